import { ErrorCode } from '@thb/shared';
import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { setAuthBridge } from '@/api/http';
import { mockApi, problem, validationProblem } from '@/test/api-mock';
import { coordinatorFixture, memberFixture } from '@/test/fixtures/accounts';
import {
  actionDetailFixture,
  progressFixture,
  strategyListFixture,
  trackedActionFixture,
} from '@/test/fixtures/tracker';
import { deferred, jsonResponse, mountWithApp, submitFormOf } from '@/test/helpers';
import ActionsPage from './ActionsPage.vue';

const PROGRESS = 'GET /api/strategies/eu-2012-2016/progress';
const STRATEGIES = 'GET /api/strategies';

function segments(row: {
  findAll(selector: string): { attributes(name: string): string | undefined; text(): string }[];
}) {
  return row.findAll('.chart__segment').map((s) => [s.attributes('data-status'), s.text(), s.attributes('style')]);
}

describe('ActionsPage', () => {
  afterEach(() => {
    setAuthBridge(undefined);
  });

  it('shows a loading state, then the totals and a bar per priority cut by status, with a table of the figures', async () => {
    const answer = deferred<Response>();
    mockApi({ [PROGRESS]: () => answer.promise, [STRATEGIES]: strategyListFixture() });
    const { wrapper, missingKeys } = await mountWithApp(ActionsPage, { path: '/actions' });

    expect(wrapper.text()).toContain('Loading the actions…');

    answer.resolve(jsonResponse(progressFixture()));
    await flushPromises();

    expect(wrapper.get('[data-testid="summary-completed"]').text()).toBe('2');
    expect(wrapper.get('[data-testid="summary-planned"]').text()).toBe('1');
    expect(wrapper.get('.summary').text()).toContain('of 5');
    const rows = wrapper.findAll('.chart__row');
    expect(rows.map((r) => r.get('.chart__name').text())).toEqual([
      'Identifying, protecting and assisting victims',
      'Prevention',
    ]);
    // Bars are scaled to the largest priority (3 actions): one action is a third of the track.
    expect(segments(rows[0]!)).toEqual([
      ['completed', '1', 'width: 33.33333333333333%;'],
      ['ongoing', '1', 'width: 33.33333333333333%;'],
      ['delayed', '1', 'width: 33.33333333333333%;'],
    ]);
    expect(segments(rows[1]!).map(([status, n]) => [status, n])).toEqual([
      ['completed', '1'],
      ['planned', '1'],
    ]);
    expect(wrapper.get('[data-testid="actions-chart"]').attributes('aria-hidden')).toBe('true');
    const table = wrapper.get('[data-testid="actions-chart-table"]');
    expect(table.findAll('tbody tr').map((r) => r.findAll('td').map((c) => c.text()))).toEqual([
      ['1', '1', '1', '0', '3'],
      ['1', '0', '0', '1', '2'],
    ]);
    expect(wrapper.findAll('.item').map((i) => i.get('.item__code').text())).toEqual([
      'A.1',
      'A.2',
      'A.5',
      'B.1',
      'B.3',
    ]);
    expect(wrapper.get('a[download]').attributes('href')).toBe('/api/strategies/eu-2012-2016/actions.csv');
    expect(missingKeys).toEqual([]);
  });

  it('shows the table instead of the chart on request', async () => {
    mockApi({ [PROGRESS]: progressFixture(), [STRATEGIES]: strategyListFixture() });
    const { wrapper } = await mountWithApp(ActionsPage, { path: '/actions' });
    await flushPromises();

    await wrapper.get('button[aria-pressed]').trigger('click');

    expect(wrapper.find('[data-testid="actions-chart"]').exists()).toBe(false);
    expect(wrapper.get('[data-testid="actions-chart-table"]').classes()).not.toContain('visually-hidden');
    expect(wrapper.get('button[aria-pressed]').attributes('aria-pressed')).toBe('true');
  });

  it('reads the filters from the address (a priority has its own address) and asks the API with them', async () => {
    const api = mockApi({ [PROGRESS]: progressFixture(), [STRATEGIES]: strategyListFixture() });
    const { wrapper } = await mountWithApp(ActionsPage, { path: '/actions?priority=a&status=delayed&body=COM' });
    await flushPromises();

    const query = api.callsTo(PROGRESS)[0]!.query;
    expect([query.get('priority'), query.get('status'), query.get('body')]).toEqual(['A', 'delayed', 'COM']);
    expect((wrapper.get('#actions-priority').element as HTMLSelectElement).value).toBe('A');
    expect((wrapper.get('#actions-status').element as HTMLSelectElement).value).toBe('delayed');
    expect(wrapper.get('a[download]').attributes('href')).toBe(
      '/api/strategies/eu-2012-2016/actions.csv?priority=A&status=delayed&body=COM',
    );
  });

  it('puts a chosen filter and submitted words in the address and loads again', async () => {
    const api = mockApi({ [PROGRESS]: progressFixture(), [STRATEGIES]: strategyListFixture() });
    const { wrapper, router } = await mountWithApp(ActionsPage, { path: '/actions' });
    await flushPromises();

    await wrapper.get('#actions-status').setValue('completed');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ status: 'completed' });

    await wrapper.get('#actions-q').setValue('guidelines');
    await submitFormOf(wrapper, '#actions-q');
    expect(router.currentRoute.value.query).toEqual({ status: 'completed', q: 'guidelines' });
    const last = api.callsTo(PROGRESS).at(-1)!.query;
    expect([last.get('status'), last.get('q')]).toEqual(['completed', 'guidelines']);
  });

  it('switches to another plan, whose priorities keep their own titles', async () => {
    const other = progressFixture();
    other.strategy.slug = 'eu-2017-priorities';
    other.priorities[0]!.code = 'X1';
    other.priorities[0]!.title = 'A sound knowledge base';
    const api = mockApi({
      [PROGRESS]: progressFixture(),
      'GET /api/strategies/eu-2017-priorities/progress': other,
      [STRATEGIES]: strategyListFixture(),
    });
    const { wrapper, router } = await mountWithApp(ActionsPage, { path: '/actions?status=ongoing' });
    await flushPromises();

    await wrapper.get('#actions-strategy').setValue('eu-2017-priorities');
    await flushPromises();

    expect(router.currentRoute.value.query).toEqual({ strategy: 'eu-2017-priorities' });
    expect(api.callsTo('GET /api/strategies/eu-2017-priorities/progress')).toHaveLength(1);
    expect(wrapper.get('.chart__row .chart__name').text()).toBe('A sound knowledge base');
  });

  it('says when no action matches and clears the filters', async () => {
    const empty = progressFixture({ A: [], B: [] });
    mockApi({ [PROGRESS]: (call) => jsonResponse(call.query.get('q') ? empty : progressFixture()) });
    const { wrapper, router } = await mountWithApp(ActionsPage, { path: '/actions?q=nothing' });
    await flushPromises();

    expect(wrapper.text()).toContain('No action matches these filters.');
    expect(wrapper.find('.item').exists()).toBe(false);

    await wrapper.get('.empty-state button').trigger('click');
    await flushPromises();

    expect(router.currentRoute.value.query).toEqual({});
    expect(wrapper.findAll('.item')).toHaveLength(5);
  });

  it('shows an error with a retry', async () => {
    let calls = 0;
    mockApi({
      [PROGRESS]: () => (++calls === 1 ? problem(ErrorCode.ServiceUnavailable, 503) : jsonResponse(progressFixture())),
    });
    const { wrapper } = await mountWithApp(ActionsPage, { path: '/actions' });
    await flushPromises();

    expect(wrapper.get('[role="alert"]').text()).toContain('The actions could not be loaded.');

    await wrapper.get('[role="alert"] button').trigger('click');
    await flushPromises();

    expect(wrapper.findAll('.chart__row')).toHaveLength(2);
  });

  it('opens an action: its indicators, bodies, state of play and links, without forms for visitors', async () => {
    const api = mockApi({
      [PROGRESS]: progressFixture(),
      'GET /api/strategies/eu-2012-2016/actions/1': actionDetailFixture(),
    });
    const { wrapper } = await mountWithApp(ActionsPage, { path: '/actions' });
    await flushPromises();

    const toggle = wrapper.get('.item button[aria-expanded]');
    expect(toggle.attributes('aria-expanded')).toBe('false');
    await toggle.trigger('click');
    await flushPromises();

    expect(api.callsTo('GET /api/strategies/eu-2012-2016/actions/1')).toHaveLength(1);
    expect(toggle.attributes('aria-expanded')).toBe('true');
    const detail = wrapper.get('.detail');
    expect(detail.text()).toContain('Member States with a formal national referral mechanism');
    expect(detail.text()).toContain('As written in the plan: MS/COM');
    const entries = detail.findAll('[data-testid="state-of-play"] li');
    expect(entries.map((e) => e.get('time').attributes('datetime'))).toEqual(['2016-05-19', '2012-10-18']);
    expect(entries[0]!.text()).toContain('May 19, 2016');
    expect(entries[0]!.text()).toContain('Recorded by Demo Coordinator');
    expect(entries[1]!.text()).toContain('Recorded by a former account');
    // A visitor cannot open member profiles: the organisation is named, not linked.
    expect(detail.find('.detail__link a').exists()).toBe(false);
    expect(detail.text()).toContain('Harbour Shelter Network');
    expect(detail.text()).toContain('Members who sign in also see the discussions');
    expect(detail.find('form').exists()).toBe(false);
  });

  it('links member organisations and discussions for members', async () => {
    const detail = actionDetailFixture();
    detail.links.push({
      id: 8,
      targetType: 'channel_message',
      targetId: '5d8f0a3c-1b2e-4c7d-9e6f-0a1b2c3d4e5f',
      label: 'Has anyone set up joint identification interviews?',
      context: 'A. Identifying, protecting and assisting victims',
      channelId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
      isMember: false,
      createdAt: '2026-01-10T10:00:00.000Z',
    });
    mockApi({ [PROGRESS]: progressFixture(), 'GET /api/strategies/eu-2012-2016/actions/1': detail });
    const { wrapper } = await mountWithApp(ActionsPage, { path: '/actions?action=1', user: memberFixture() });
    await flushPromises();

    const links = wrapper.findAll('.detail__link a').map((a) => a.attributes('href'));
    expect(links).toEqual([
      '/partners/2b1f7e6a-3c4d-4e5f-8a9b-0c1d2e3f4a5b',
      '/channels/9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
    ]);
    expect(wrapper.find('.detail form').exists()).toBe(false);
  });

  it('lets the Coordinator add a state of play that changes the status, and the chart follows', async () => {
    const before = progressFixture();
    const after = progressFixture();
    after.priorities[0]!.actions[0] = trackedActionFixture({ status: 'completed', lastStateOfPlay: '2024-06-01' });
    after.priorities[0]!.counts = { planned: 0, ongoing: 0, completed: 2, delayed: 1, total: 3 };
    let progressCalls = 0;
    const api = mockApi({
      [PROGRESS]: () => jsonResponse(++progressCalls === 1 ? before : after),
      'GET /api/strategies/eu-2012-2016/actions/1': actionDetailFixture(),
      'POST /api/strategies/eu-2012-2016/actions/1/state-of-play': (call) =>
        jsonResponse(
          actionDetailFixture({
            status: 'completed',
            stateOfPlay: [
              {
                id: 9,
                date: (call.body as { date: string }).date,
                status: 'completed',
                note: (call.body as { note: string }).note,
                author: { id: coordinatorFixture().id, displayName: 'Demo Coordinator' },
                createdAt: '2026-01-11T10:00:00.000Z',
              },
              ...actionDetailFixture().stateOfPlay,
            ],
          }),
          { status: 201 },
        ),
    });
    const { wrapper } = await mountWithApp(ActionsPage, { path: '/actions?action=1', user: coordinatorFixture() });
    await flushPromises();

    const form = wrapper.get('.entry-form');
    await form.get('input[type="date"]').setValue('2024-06-01');
    await form.get('select').setValue('completed');
    await form.get('textarea').setValue('Guidelines issued.');
    await form.trigger('submit');
    await flushPromises();

    expect(api.callsTo('POST /api/strategies/eu-2012-2016/actions/1/state-of-play')[0]!.body).toEqual({
      date: '2024-06-01',
      status: 'completed',
      note: 'Guidelines issued.',
    });
    expect(wrapper.get('.entry-form').text()).toContain('State of play added.');
    expect(wrapper.findAll('[data-testid="state-of-play"] li')[0]!.text()).toContain('Guidelines issued.');
    expect(progressCalls).toBe(2);
    expect(segments(wrapper.findAll('.chart__row')[0]!).map(([status, n]) => [status, n])).toEqual([
      ['completed', '2'],
      ['delayed', '1'],
    ]);
    expect(wrapper.get('.item').get('.status').text()).toBe('Completed');
  });

  it('checks the entry before sending it and shows the server’s field errors', async () => {
    const api = mockApi({
      [PROGRESS]: progressFixture(),
      'GET /api/strategies/eu-2012-2016/actions/1': actionDetailFixture(),
      'POST /api/strategies/eu-2012-2016/actions/1/state-of-play': validationProblem([
        { field: 'body.note', message: 'Too long', code: 'too_big' },
      ]),
    });
    const { wrapper } = await mountWithApp(ActionsPage, { path: '/actions?action=1', user: coordinatorFixture() });
    await flushPromises();
    const form = wrapper.get('.entry-form');

    await form.trigger('submit');
    await flushPromises();
    expect(form.text()).toContain('Fill in this field.');
    expect(api.callsTo('POST /api/strategies/eu-2012-2016/actions/1/state-of-play')).toHaveLength(0);

    await form.get('input[type="date"]').setValue('2999-01-01');
    await form.get('textarea').setValue('Planned for later.');
    await form.trigger('submit');
    await flushPromises();
    expect(form.text()).toContain('Choose a date that is not after today.');

    await form.get('input[type="date"]').setValue('2020-01-01');
    await form.trigger('submit');
    await flushPromises();
    expect(form.get('textarea').attributes('aria-invalid')).toBe('true');
    expect(form.text()).toContain('Too long');
  });

  it('lets the Coordinator edit indicators and bodies, and link a pasted message', async () => {
    const api = mockApi({
      [PROGRESS]: progressFixture(),
      'GET /api/strategies/eu-2012-2016/actions/1': actionDetailFixture(),
      'PATCH /api/strategies/eu-2012-2016/actions/1': actionDetailFixture({ indicators: ['One', 'Two'] }),
      'POST /api/strategies/eu-2012-2016/actions/1/links': jsonResponse(actionDetailFixture(), { status: 201 }),
    });
    const { wrapper } = await mountWithApp(ActionsPage, { path: '/actions?action=1', user: coordinatorFixture() });
    await flushPromises();

    await wrapper.get('#edit-1-indicators').setValue('One\n\n  Two  ');
    await submitFormOf(wrapper, '#edit-1-indicators');
    expect(api.callsTo('PATCH /api/strategies/eu-2012-2016/actions/1')[0]!.body).toEqual({
      status: 'ongoing',
      indicators: ['One', 'Two'],
      responsibleBodies: ['MS', 'COM'],
    });
    expect(wrapper.text()).toContain('Changes saved.');

    await wrapper.get('#link-1-targetType').setValue('channel_message');
    await wrapper
      .get('#link-1-targetId')
      .setValue('https://thb.example.eu/channels/x?message=5D8F0A3C-1B2E-4C7D-9E6F-0A1B2C3D4E5F');
    await submitFormOf(wrapper, '#link-1-targetId');
    expect(api.callsTo('POST /api/strategies/eu-2012-2016/actions/1/links')[0]!.body).toEqual({
      targetType: 'channel_message',
      targetId: '5d8f0a3c-1b2e-4c7d-9e6f-0a1b2c3d4e5f',
    });
  });

  it('renders in French', async () => {
    mockApi({ [PROGRESS]: progressFixture() });
    const { wrapper, missingKeys } = await mountWithApp(ActionsPage, { path: '/actions', locale: 'fr' });
    await flushPromises();

    expect(wrapper.get('h1').text()).toBe('Avancement de la Stratégie');
    expect(wrapper.get('.status').text()).toBe('En cours');
    expect(missingKeys).toEqual([]);
  });
});
