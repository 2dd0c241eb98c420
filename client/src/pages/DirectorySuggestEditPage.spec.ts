import { type DOMWrapper, flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { setAuthBridge } from '@/api/http';
import { mockApi } from '@/test/api-mock';
import { memberFixture } from '@/test/fixtures/accounts';
import { SERVICE_ID, serviceDetailFixture, suggestionFixture } from '@/test/fixtures/directory';
import { jsonResponse, mountWithApp } from '@/test/helpers';
import DirectorySuggestEditPage from './DirectorySuggestEditPage.vue';

const PATH = `/directory/services/${SERVICE_ID}/suggest`;
const POST = `POST /api/directory/services/${SERVICE_ID}/suggestions`;

function checkbox(wrapper: { findAll(selector: string): DOMWrapper<Element>[] }, label: string) {
  return wrapper
    .findAll('label.checkbox')
    .find((l) => l.text() === label)!
    .get('input');
}

describe('DirectorySuggestEditPage', () => {
  afterEach(() => {
    setAuthBridge(undefined);
  });

  it('shows the change as a diff, asks a visitor for an email, and sends only what changed', async () => {
    const api = mockApi({
      [`GET /api/directory/services/${SERVICE_ID}`]: serviceDetailFixture(),
      [POST]: () => jsonResponse(suggestionFixture(), { status: 201 }),
    });
    const { wrapper, missingKeys } = await mountWithApp(DirectorySuggestEditPage, {
      path: PATH,
      props: { id: SERVICE_ID },
    });
    await flushPromises();

    expect(wrapper.get('h1').text()).toBe('Suggest an edit');
    expect(wrapper.text()).toContain('Tell the team of La Strada Example what to change.');
    expect(wrapper.text()).toContain('Tick a field and change its value to see your changes here.');

    await checkbox(wrapper, 'Website').setValue(true);
    await checkbox(wrapper, 'Groups served').setValue(true);
    // Ticking a field alone changes nothing yet.
    expect(wrapper.find('table.diff').exists()).toBe(false);

    await wrapper.get('#suggest-changes-url').setValue('https://new.casarifugio.example.org');
    await checkbox(wrapper, 'Men').setValue(true);

    const rows = wrapper.findAll('table.diff tbody tr').map((r) => r.findAll('th, td').map((c) => c.text()));
    expect(rows).toEqual([
      ['Website', 'https://casarifugio.example.org', 'https://new.casarifugio.example.org'],
      ['Groups served', 'WomenWomen with children', 'WomenWomen with childrenMen'],
    ]);

    await wrapper.get('#suggest-comment').setValue('The shelter now also takes men.');
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    expect(api.callsTo(POST)).toHaveLength(0);
    expect(wrapper.get('.error-summary').text()).toContain('Enter your email address');

    await wrapper.get('#suggest-email').setValue('visitor@example.org');
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    expect(api.callsTo(POST)[0]!.body).toEqual({
      changes: {
        url: 'https://new.casarifugio.example.org',
        groupsServed: ['women', 'women_with_children', 'men'],
      },
      comment: 'The shelter now also takes men.',
      email: 'visitor@example.org',
    });
    expect(wrapper.get('[role="status"]').text()).toContain('Your suggestion has been sent for review.');
    expect(missingKeys).toEqual([]);
  });

  it('refuses a suggestion that changes nothing, and lets members send without an email', async () => {
    const api = mockApi({
      [`GET /api/directory/services/${SERVICE_ID}`]: serviceDetailFixture(),
      [POST]: () => jsonResponse(suggestionFixture(), { status: 201 }),
    });
    const { wrapper } = await mountWithApp(DirectorySuggestEditPage, {
      path: PATH,
      props: { id: SERVICE_ID },
      user: memberFixture(),
    });
    await flushPromises();
    expect(wrapper.find('#suggest-email').exists()).toBe(false);

    await checkbox(wrapper, 'Open 24/7').setValue(true);
    await wrapper.get('#suggest-comment').setValue('Open day and night since May.');
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    expect(api.callsTo(POST)).toHaveLength(0);
    expect(wrapper.get('.error-summary').text()).toContain('Change at least one value.');

    await wrapper.get('#suggest-changes-open247').setValue(true);
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    expect(api.callsTo(POST)[0]!.body).toEqual({
      changes: { open247: true },
      comment: 'Open day and night since May.',
    });
  });
});
