import { ErrorCode } from '@thb/shared';
import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setAuthBridge } from '@/api/http';
import { mockApi, problem } from '@/test/api-mock';
import { contactResultFixture } from '@/test/fixtures/directory';
import { mountWithApp } from '@/test/helpers';
import DirectoryContactsPage from './DirectoryContactsPage.vue';

describe('DirectoryContactsPage', () => {
  afterEach(() => {
    setAuthBridge(undefined);
  });

  it('lists contacts, highlights the out-of-hours ones and says what visitors cannot see', async () => {
    mockApi({ 'GET /api/directory/contacts': contactResultFixture() });
    const { wrapper, missingKeys } = await mountWithApp(DirectoryContactsPage, { path: '/directory/contacts' });
    await flushPromises();

    expect(wrapper.get('.contacts__total').text()).toBe('2 contacts found');
    const cards = wrapper.findAll('.contact-card');
    expect(cards[0]!.classes()).toContain('contact-card--ooh');
    expect(cards[0]!.text()).toContain('Out of hours');
    expect(cards[0]!.get('h3').text()).toBe('Duty officer');
    expect(cards[0]!.find('a[href="tel:+3225551234"]').exists()).toBe(true);
    expect(cards[1]!.classes()).not.toContain('contact-card--ooh');
    expect(cards[1]!.text()).toContain('Personal details are visible to members.');
    expect(cards[1]!.get('a[href^="/sign-in"]').text()).toBe('Sign in to see them.');
    expect(wrapper.get('#contacts-country').text()).toContain('Belgium (1)');
    expect(wrapper.get('#contacts-role').text()).toContain('Law-enforcement unit (1)');
    expect(wrapper.text()).toContain('Only contacts reachable out of hours (1)');
    expect(missingKeys).toEqual([]);
  });

  it('searches by words, country, role and out-of-hours through the address', async () => {
    const api = mockApi({ 'GET /api/directory/contacts': contactResultFixture() });
    const { wrapper, router } = await mountWithApp(DirectoryContactsPage, { path: '/directory/contacts' });
    await flushPromises();

    await wrapper.get('#contacts-role').setValue('law_enforcement_unit');
    await flushPromises();
    await wrapper.get('.contacts__ooh-filter input').setValue(true);
    await flushPromises();
    await wrapper.get('#contacts-q').setValue('duty');
    await wrapper.get('form[role="search"]').trigger('submit');
    await flushPromises();
    await vi.waitFor(() =>
      expect(router.currentRoute.value.query).toEqual({ q: 'duty', role: 'law_enforcement_unit', outOfHours: 'true' }),
    );
    await flushPromises();

    const last = api.callsTo('GET /api/directory/contacts').at(-1)!;
    expect(last.query.get('q')).toBe('duty');
    expect(last.query.get('role')).toBe('law_enforcement_unit');
    expect(last.query.get('outOfHours')).toBe('true');
  });

  it('shows the empty and the error states', async () => {
    mockApi({
      'GET /api/directory/contacts': contactResultFixture({
        total: 0,
        items: [],
        facets: { country: [], role: [], outOfHours: [] },
      }),
    });
    const empty = await mountWithApp(DirectoryContactsPage, { path: '/directory/contacts?q=nobody' });
    await flushPromises();
    expect(empty.wrapper.text()).toContain('No contact matches');
    empty.wrapper.unmount();

    mockApi({ 'GET /api/directory/contacts': problem(ErrorCode.ServiceUnavailable, 503) });
    const failed = await mountWithApp(DirectoryContactsPage, { path: '/directory/contacts' });
    await flushPromises();
    expect(failed.wrapper.get('[role="alert"]').text()).toContain('The contacts could not be loaded.');
  });
});
