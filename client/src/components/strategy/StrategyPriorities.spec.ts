import { ErrorCode } from '@thb/shared';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { strategyFixture } from '@/test/fixtures/strategy';
import { deferred, jsonResponse, mountWithApp, problemResponse } from '@/test/helpers';
import StrategyPriorities from './StrategyPriorities.vue';

describe('StrategyPriorities', () => {
  const fetchMock = vi.fn<typeof fetch>();

  beforeEach(() => {
    fetchMock.mockReset();
    vi.stubGlobal('fetch', fetchMock);
  });

  it('asks the API for the EU Strategy 2012–2016', async () => {
    fetchMock.mockResolvedValue(jsonResponse(strategyFixture()));

    await mountWithApp(StrategyPriorities);
    await flushPromises();

    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/strategies/eu-2012-2016');
  });

  it('shows a busy loading state while the request is in flight', async () => {
    const response = deferred<Response>();
    fetchMock.mockReturnValue(response.promise);

    const { wrapper } = await mountWithApp(StrategyPriorities);

    expect(wrapper.get('.priorities__body').attributes('aria-busy')).toBe('true');
    expect(wrapper.get('[role="status"]').text()).toBe('Loading the priorities…');
    expect(wrapper.findAll('.priorities__skeleton')).toHaveLength(5);
    expect(wrapper.find('[role="alert"]').exists()).toBe(false);

    response.resolve(jsonResponse(strategyFixture()));
    await flushPromises();

    expect(wrapper.get('.priorities__body').attributes('aria-busy')).toBe('false');
    expect(wrapper.get('[role="status"]').text()).toBe('');
    expect(wrapper.findAll('.priorities__skeleton')).toHaveLength(0);
  });

  it('shows the five priorities with their number of actions, and discloses the actions on demand', async () => {
    fetchMock.mockResolvedValue(jsonResponse(strategyFixture()));

    const { wrapper } = await mountWithApp(StrategyPriorities);
    await flushPromises();

    const cards = wrapper.findAll('.priority-card');
    expect(cards).toHaveLength(5);
    expect(cards.map((c) => c.get('h3').text().replace(/\s+/g, ' '))).toEqual([
      'Priority A Identifying, protecting and assisting victims of trafficking',
      'Priority B Stepping up the prevention of trafficking in human beings',
      'Priority C Increased prosecution of traffickers',
      'Priority D Enhanced coordination and cooperation among key actors and policy coherence',
      'Priority E Increased knowledge of and effective response to emerging concerns related to all forms of trafficking in human beings',
    ]);
    const first = cards[0]!;
    expect(first.get('.priority-card__count').text()).toBe('10 actions');
    expect(first.get('h3 [lang="en"]').text()).toBe('Identifying, protecting and assisting victims of trafficking');

    const toggle = first.get('button');
    const list = first.get(`#${toggle.attributes('aria-controls')}`);
    expect(toggle.attributes('aria-expanded')).toBe('false');
    expect(toggle.text()).toContain('Show actions');
    expect(list.isVisible()).toBe(false);

    await toggle.trigger('click');

    expect(toggle.attributes('aria-expanded')).toBe('true');
    expect(toggle.text()).toContain('Hide actions');
    expect(list.isVisible()).toBe(true);
    const items = list.findAll('li');
    expect(items).toHaveLength(10);
    expect(items[0]!.text()).toContain('Development of national referral mechanisms');
    expect(items[0]!.text()).toContain('Responsible');
    expect(items[0]!.text()).toContain('MS/COM');
    expect(items[0]!.text()).toContain('Timing');
    expect(items[0]!.text()).toContain('2012');
  });

  it('shows a readable error with the request reference, and recovers on Retry', async () => {
    fetchMock.mockResolvedValueOnce(
      problemResponse({
        type: 'https://thb-platform.eu/problems/service-unavailable',
        title: 'Service unavailable',
        status: 503,
        code: ErrorCode.ServiceUnavailable,
        requestId: 'req-abcdef12',
      }),
    );

    const { wrapper } = await mountWithApp(StrategyPriorities);
    await flushPromises();

    const alert = wrapper.get('[role="alert"]');
    expect(alert.text()).toContain('The priorities could not be loaded.');
    expect(alert.text()).toContain('The service is temporarily unavailable. Please try again in a few minutes.');
    expect(alert.text()).toContain('Reference: req-abcdef12');
    expect(wrapper.find('.priority-card').exists()).toBe(false);

    fetchMock.mockResolvedValueOnce(jsonResponse(strategyFixture()));
    await alert.get('button').trigger('click');
    await flushPromises();

    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(wrapper.find('[role="alert"]').exists()).toBe(false);
    expect(wrapper.findAll('.priority-card')).toHaveLength(5);
    expect(document.activeElement?.id).toBe('priorities-heading');
  });

  it('explains a network failure in the interface language', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));

    const { wrapper } = await mountWithApp(StrategyPriorities, { locale: 'fr' });
    await flushPromises();

    const alert = wrapper.get('[role="alert"]');
    expect(alert.text()).toContain('Les priorités n’ont pas pu être chargées.');
    expect(alert.text()).toContain('Le serveur est injoignable.');
    expect(alert.get('button').text()).toBe('Réessayer');
  });

  it('says so when the Strategy has no priorities', async () => {
    fetchMock.mockResolvedValue(jsonResponse({ ...strategyFixture(), priorities: [] }));

    const { wrapper } = await mountWithApp(StrategyPriorities);
    await flushPromises();

    expect(wrapper.get('.priorities__empty').text()).toBe('No priorities have been published yet.');
    expect(wrapper.find('.priority-card').exists()).toBe(false);
  });
});
