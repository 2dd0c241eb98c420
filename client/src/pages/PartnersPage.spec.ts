import { ErrorCode, type PartnerSearchResult } from '@thb/shared';
import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setAuthBridge } from '@/api/http';
import { mockApi, problem } from '@/test/api-mock';
import { memberFixture, organisationSummaryFixture, OTHER_ORGANISATION_ID } from '@/test/fixtures/accounts';
import { deferred, jsonResponse, mountWithApp } from '@/test/helpers';
import PartnersPage from './PartnersPage.vue';

function result(overrides: Partial<PartnerSearchResult> = {}): PartnerSearchResult {
  return {
    total: 2,
    page: 1,
    pageSize: 20,
    items: [
      organisationSummaryFixture(),
      organisationSummaryFixture({
        id: OTHER_ORGANISATION_ID,
        name: 'Hope Network Example',
        type: 'service_provider',
        countries: ['FR'],
        priorities: ['B'],
        seekingPartners: null,
      }),
    ],
    facets: {
      country: [
        { value: 'BE', count: 1 },
        { value: 'FR', count: 1 },
      ],
      type: [
        { value: 'ngo', count: 1 },
        { value: 'service_provider', count: 1 },
      ],
      priority: [
        { value: 'A', count: 1 },
        { value: 'B', count: 1 },
      ],
      seeking: [
        { value: 'true', count: 1 },
        { value: 'false', count: 1 },
      ],
    },
    ...overrides,
  };
}

describe('PartnersPage', () => {
  afterEach(() => {
    setAuthBridge(undefined);
  });

  it('shows a loading state, then the results as cards with the count and facet counts', async () => {
    const answer = deferred<Response>();
    mockApi({ 'GET /api/partners': () => answer.promise });
    const { wrapper, missingKeys } = await mountWithApp(PartnersPage, { path: '/partners', user: memberFixture() });

    expect(wrapper.text()).toContain('Searching…');

    answer.resolve(jsonResponse(result()));
    await flushPromises();

    expect(wrapper.get('.partners__count').text()).toBe('2 organisations found');
    const cards = wrapper.findAll('.partner-card');
    expect(cards).toHaveLength(2);
    expect(cards[0]!.get('h2 a').text()).toBe('La Strada Example');
    expect(cards[0]!.get('h2 a').attributes('href')).toBe(`/partners/${organisationSummaryFixture().id}`);
    expect(cards[0]!.text()).toContain('Belgium, Netherlands');
    expect(cards[0]!.text()).toContain('Seeking partners:');
    const belgium = wrapper.findAll('.filters__group label').find((l) => l.text().startsWith('Belgium'));
    expect(belgium?.text()).toBe('Belgium (1)');
    expect(wrapper.text()).toContain('Only organisations seeking partners (1)');
    expect(missingKeys).toEqual([]);
  });

  it('puts the filters in the address and searches with them', async () => {
    const api = mockApi({ 'GET /api/partners': result() });
    const { wrapper, router } = await mountWithApp(PartnersPage, { path: '/partners', user: memberFixture() });
    await flushPromises();

    const france = wrapper.findAll('.filters__group label').find((l) => l.text().startsWith('France'));
    await france!.get('input').setValue(true);
    await flushPromises();
    await vi.waitFor(() => expect(router.currentRoute.value.query).toEqual({ country: 'FR' }));
    await flushPromises();

    await wrapper.get('#partners-q').setValue('shelter');
    await wrapper.get('form[role="search"]').trigger('submit');
    await flushPromises();
    await vi.waitFor(() => expect(router.currentRoute.value.query).toEqual({ q: 'shelter', country: 'FR' }));
    await flushPromises();

    const last = api.callsTo('GET /api/partners').at(-1)!;
    expect(last.query.get('q')).toBe('shelter');
    expect(last.query.get('country')).toBe('FR');
    expect(last.query.get('pageSize')).toBe('20');
  });

  it('says when nothing matches, and offers to clear the filters', async () => {
    mockApi({
      'GET /api/partners': result({
        total: 0,
        items: [],
        facets: { country: [], type: [], priority: [], seeking: [] },
      }),
    });
    const { wrapper } = await mountWithApp(PartnersPage, { path: '/partners?type=ngo', user: memberFixture() });
    await flushPromises();

    expect(wrapper.text()).toContain('No organisation matches');
    expect(wrapper.text()).toContain('Try other words or remove some filters.');
    // A chosen filter value stays listed (with 0) so it can be unticked.
    expect(wrapper.text()).toContain('Non-governmental organisation (0)');
  });

  it('shows a readable error and searches again on Retry', async () => {
    let fail = true;
    mockApi({
      'GET /api/partners': () => {
        if (fail) {
          fail = false;
          return problem(ErrorCode.ServiceUnavailable, 503, { requestId: 'req-1' });
        }
        return jsonResponse(result());
      },
    });
    const { wrapper } = await mountWithApp(PartnersPage, { path: '/partners', user: memberFixture() });
    await flushPromises();

    const alert = wrapper.get('[role="alert"]');
    expect(alert.text()).toContain('The search could not be completed.');
    expect(alert.text()).toContain('Reference: req-1');

    await alert.get('button').trigger('click');
    await flushPromises();

    expect(wrapper.findAll('.partner-card')).toHaveLength(2);
  });

  it('pages through the results with links', async () => {
    mockApi({ 'GET /api/partners': result({ total: 45, page: 2 }) });
    const { wrapper } = await mountWithApp(PartnersPage, { path: '/partners?page=2', user: memberFixture() });
    await flushPromises();

    const pagination = wrapper.get('nav.pagination');
    expect(pagination.get('[aria-current="page"]').text()).toBe('2');
    expect(pagination.findAll('a').map((a) => a.attributes('href'))).toEqual([
      '/partners',
      '/partners',
      '/partners?page=2',
      '/partners?page=3',
      '/partners?page=3',
    ]);
  });
});
