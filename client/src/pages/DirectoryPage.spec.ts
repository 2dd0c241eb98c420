import { ErrorCode } from '@thb/shared';
import { type DOMWrapper, flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setAuthBridge } from '@/api/http';
import { mockApi, problem } from '@/test/api-mock';
import { emptySearchResultFixture, searchResultFixture, SERVICE_ID } from '@/test/fixtures/directory';
import { deferred, jsonResponse, mountWithApp } from '@/test/helpers';
import DirectoryPage from './DirectoryPage.vue';

/** The filter whose label starts with `start`. */
function labelled(wrapper: { findAll(selector: string): DOMWrapper<Element>[] }, start: string) {
  return wrapper.findAll('.directory-filters label').find((l) => l.text().startsWith(start));
}

describe('DirectoryPage', () => {
  afterEach(() => {
    setAuthBridge(undefined);
    vi.useRealTimers();
  });

  it('shows a loading state, then the services as cards with the count and a count for every filter', async () => {
    const answer = deferred<Response>();
    mockApi({ 'GET /api/directory/services': () => answer.promise });
    const { wrapper, missingKeys } = await mountWithApp(DirectoryPage, { path: '/directory' });

    expect(wrapper.text()).toContain('Searching the directory…');
    expect(wrapper.get('.directory__results').attributes('aria-busy')).toBe('true');

    answer.resolve(jsonResponse(searchResultFixture()));
    await flushPromises();

    expect(wrapper.get('.directory__count').text()).toBe('2 services found');
    const cards = wrapper.findAll('.service-card');
    expect(cards).toHaveLength(2);
    expect(cards[0]!.get('h2 a').text()).toBe('Casa Rifugio Example');
    expect(cards[0]!.get('h2 a').attributes('href')).toBe(`/directory/services/${SERVICE_ID}`);
    expect(cards[0]!.text()).toContain('La Strada Example');
    expect(cards[0]!.text()).toContain('Bologna, Emilia-Romagna, Italy');
    expect(cards[0]!.text()).toContain('Shelter and safe accommodation, Psychological assistance');
    expect(cards[0]!.text()).toContain('Sample data');
    expect(cards[0]!.text()).toContain('Open now');
    expect(cards[0]!.text()).toContain('Places: 2 of 8 available');
    expect(cards[1]!.text()).toContain('Not verified for 12 months');
    expect(cards[1]!.text()).toContain('Open 24/7');

    // Every kind of filter shows its count.
    expect(labelled(wrapper, 'Italy')?.text()).toBe('Italy (1)');
    expect(labelled(wrapper, 'Hotline')?.text()).toBe('Hotline (1)');
    expect(labelled(wrapper, 'Women with children')?.text()).toBe('Women with children (1)');
    expect(labelled(wrapper, 'Sexual exploitation')?.text()).toBe('Sexual exploitation (2)');
    expect(labelled(wrapper, 'English')?.text()).toBe('English (2)');
    expect(labelled(wrapper, 'Free of charge')?.text()).toBe('Free of charge (2)');
    expect(labelled(wrapper, 'Open 24/7')?.text()).toBe('Open 24/7 (1)');
    expect(labelled(wrapper, 'Places available now')?.text()).toBe('Places available now (1)');
    expect(labelled(wrapper, 'In the last 6 months')?.text()).toBe('In the last 6 months (1)');
    expect(missingKeys).toEqual([]);
  });

  it('puts every filter in the address, and goes back to the previous search with Back', async () => {
    const api = mockApi({ 'GET /api/directory/services': searchResultFixture() });
    const { wrapper, router } = await mountWithApp(DirectoryPage, { path: '/directory' });
    await flushPromises();

    await labelled(wrapper, 'Shelter')!.get('input').setValue(true);
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ type: 'shelter' });

    await labelled(wrapper, 'Free of charge')!.get('input').setValue(true);
    await flushPromises();
    await wrapper.get('#directory-near').setValue('bologna');
    await flushPromises();
    await wrapper.get('#directory-radius').setValue('25');
    await flushPromises();
    await wrapper.get('#directory-sort').setValue('distance');
    await flushPromises();

    expect(router.currentRoute.value.query).toEqual({
      type: 'shelter',
      free: 'true',
      near: 'bologna',
      radius: '25',
      sort: 'distance',
    });
    const last = api.callsTo('GET /api/directory/services').at(-1)!;
    expect(Object.fromEntries(last.query)).toEqual({
      type: 'shelter',
      free: 'true',
      lat: '44.49',
      lng: '11.34',
      radiusKm: '25',
      sort: 'distance',
      page: '1',
      pageSize: '20',
    });

    router.back();
    await flushPromises();
    await vi.waitFor(() =>
      expect(router.currentRoute.value.query).toEqual({ type: 'shelter', free: 'true', near: 'bologna', radius: '25' }),
    );
    await flushPromises();

    expect((wrapper.get('#directory-sort').element as HTMLSelectElement).value).not.toBe('distance');
    expect(api.callsTo('GET /api/directory/services').at(-1)!.query.get('sort')).toBeNull();
  });

  it('restores the whole search from a shared address', async () => {
    const api = mockApi({ 'GET /api/directory/services': searchResultFixture() });
    const { wrapper } = await mountWithApp(DirectoryPage, {
      path: '/directory?q=shelter&country=IT,PT&city=Bologna&group=women_with_children&language=en&openNow=true&verified=6&lat=45.1&lng=9.2&radius=100&sort=relevance&page=2',
    });
    await flushPromises();

    expect((wrapper.get('#directory-q').element as HTMLInputElement).value).toBe('shelter');
    expect((wrapper.get('#directory-city').element as HTMLInputElement).value).toBe('Bologna');
    expect((labelled(wrapper, 'Italy')!.get('input').element as HTMLInputElement).checked).toBe(true);
    expect((labelled(wrapper, 'Open now')!.get('input').element as HTMLInputElement).checked).toBe(true);
    expect((labelled(wrapper, 'In the last 6 months')!.get('input').element as HTMLInputElement).checked).toBe(true);
    expect((wrapper.get('#directory-near').element as HTMLSelectElement).value).toBe('me');
    expect((wrapper.get('#directory-radius').element as HTMLSelectElement).value).toBe('100');
    expect((wrapper.get('#directory-sort').element as HTMLSelectElement).value).toBe('relevance');
    expect(Object.fromEntries(api.calls.at(-1)!.query)).toEqual({
      q: 'shelter',
      country: 'IT,PT',
      city: 'Bologna',
      group: 'women_with_children',
      language: 'en',
      openNow: 'true',
      verifiedWithinMonths: '6',
      lat: '45.1',
      lng: '9.2',
      radiusKm: '100',
      sort: 'relevance',
      page: '2',
      pageSize: '20',
    });
  });

  it('says when nothing matches and offers to clear the filters', async () => {
    mockApi({ 'GET /api/directory/services': emptySearchResultFixture() });
    const { wrapper, router } = await mountWithApp(DirectoryPage, { path: '/directory?type=shelter&view=map' });
    await flushPromises();

    expect(wrapper.text()).toContain('No service matches');
    expect(wrapper.text()).toContain('Try other words, a larger radius or fewer filters.');
    // A chosen value stays listed with 0, so it can be unticked.
    expect(labelled(wrapper, 'Shelter')?.text()).toBe('Shelter and safe accommodation (0)');

    await wrapper.get('.empty-state button').trigger('click');
    await flushPromises();

    expect(router.currentRoute.value.query).toEqual({ view: 'map' });
  });

  it('shows a readable error and searches again on Retry', async () => {
    let fail = true;
    mockApi({
      'GET /api/directory/services': () => {
        if (fail) {
          fail = false;
          return problem(ErrorCode.ServiceUnavailable, 503, { requestId: 'req-7' });
        }
        return jsonResponse(searchResultFixture());
      },
    });
    const { wrapper } = await mountWithApp(DirectoryPage, { path: '/directory' });
    await flushPromises();

    const alert = wrapper.get('[role="alert"]');
    expect(alert.text()).toContain('The search could not be completed.');
    expect(alert.text()).toContain('Reference: req-7');

    await alert.get('button').trigger('click');
    await flushPromises();

    expect(wrapper.findAll('.service-card')).toHaveLength(2);
  });

  it('suggests completions as one types, and opens a suggested service', async () => {
    vi.useFakeTimers();
    const api = mockApi({
      'GET /api/directory/services': searchResultFixture(),
      'GET /api/directory/suggest': {
        items: [
          { kind: 'service', text: 'Casa Rifugio Example', id: SERVICE_ID },
          { kind: 'city', text: 'Bologna', id: null },
        ],
      },
    });
    const { wrapper, router } = await mountWithApp(DirectoryPage, { path: '/directory' });
    await flushPromises();
    const input = wrapper.get('#directory-q');
    expect(input.attributes('role')).toBe('combobox');
    expect(input.attributes('aria-expanded')).toBe('false');

    await input.setValue('cas');
    vi.advanceTimersByTime(300);
    vi.useRealTimers();
    await flushPromises();

    expect(api.callsTo('GET /api/directory/suggest')[0]!.query.get('q')).toBe('cas');
    expect(input.attributes('aria-expanded')).toBe('true');
    const options = wrapper.findAll('[role="option"]');
    expect(options.map((o) => o.text())).toEqual(['Casa Rifugio ExampleService', 'BolognaCity']);
    expect(wrapper.text()).toContain('Suggestions: 2.');

    await input.trigger('keydown', { key: 'ArrowDown' });
    expect(input.attributes('aria-activedescendant')).toBe(options[0]!.attributes('id'));
    expect(options[0]!.attributes('aria-selected')).toBe('true');
    await input.trigger('keydown', { key: 'Enter' });
    await flushPromises();

    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('directory-service'), { timeout: 10_000 });
    expect(router.currentRoute.value.params.id).toBe(SERVICE_ID);
  });

  it('switches to the map, with more results per page, and keeps the view in the address', async () => {
    const api = mockApi({ 'GET /api/directory/services': searchResultFixture() });
    const { wrapper, router } = await mountWithApp(DirectoryPage, { path: '/directory?type=shelter' });
    await flushPromises();

    const mapButton = wrapper.findAll('.directory__views button').find((b) => b.text() === 'Map')!;
    expect(mapButton.attributes('aria-pressed')).toBe('false');
    await mapButton.trigger('click');
    await flushPromises();
    // The map (Leaflet and the borders) is a chunk of its own, loaded on first use.
    await vi.waitFor(() => expect(wrapper.find('[aria-label="Map of the results"]').exists()).toBe(true), {
      timeout: 10_000,
    });

    expect(router.currentRoute.value.query).toEqual({ type: 'shelter', view: 'map' });
    expect(mapButton.attributes('aria-pressed')).toBe('true');
    expect(wrapper.findAll('.service-card')).toHaveLength(0);
    expect(api.callsTo('GET /api/directory/services').at(-1)!.query.get('pageSize')).toBe('100');
    expect(wrapper.text()).toContain('Approximate (city-level) position');
    // Every result with a position is a marker one can reach with Tab; city-level ones say they are approximate.
    const pins = wrapper.findAll('.directory-map__pin[role="button"]');
    expect(pins.map((p) => p.text())).toEqual([
      'Casa Rifugio Example (Approximate (city-level) position)',
      'Helpline Example (Exact position)',
    ]);
  });
});
