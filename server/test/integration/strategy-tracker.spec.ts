import { randomUUID } from 'node:crypto';
import {
  auditPageSchema,
  PROBLEM_CONTENT_TYPE,
  strategyActionDetailSchema,
  strategyListSchema,
  strategyProgressSchema,
  strategySchema,
  type StrategyActionDetail,
} from '@thb/shared';
import { eq, sql } from 'drizzle-orm';
import request from 'supertest';
import { ChannelsService } from '../../src/channels/channels.service';
import { channelMessages, channels } from '../../src/db/schema';
import { createOrganisation, createUser, type SignedIn, signIn } from '../factories/accounts';
import { createTestApp, type TestApp } from '../support/test-app';

describe('Strategy action tracker', () => {
  let sut: TestApp;
  let coordinator: SignedIn;
  let member: SignedIn;
  let moderator: SignedIn;
  const http = () => request(sut.app.getHttpServer());

  /** A strategy of the test's own, so its counts depend on nothing else. */
  async function createPlan(actions: { code: string; title: string; responsible: string; indicators?: string[] }[]) {
    const slug = `plan-${randomUUID().slice(0, 8)}`;
    const codes = [...new Set(actions.map((a) => a.code))];
    const response = await http()
      .post('/api/strategies')
      .set(coordinator.auth)
      .send({
        slug,
        title: 'Action plan under test',
        period: '2025–2027',
        kind: 'action_plan',
        priorities: codes.map((code) => ({
          code,
          title: `Priority ${code}`,
          actions: actions
            .filter((a) => a.code === code)
            .map(({ title, responsible, indicators }) => ({ title, responsible, timing: '2026', indicators })),
        })),
      });
    expect(response.status).toBe(201);
    const strategy = strategySchema.parse(response.body);
    const ids = new Map(strategy.priorities.flatMap((p) => p.actions.map((a) => [a.title, a.id] as const)));
    return { slug, strategy, id: (title: string) => ids.get(title)! };
  }

  async function stateOfPlay(slug: string, actionId: number, body: Record<string, unknown>) {
    return http().post(`/api/strategies/${slug}/actions/${actionId}/state-of-play`).set(coordinator.auth).send(body);
  }

  async function action(slug: string, actionId: number, auth?: SignedIn): Promise<StrategyActionDetail> {
    const call = http().get(`/api/strategies/${slug}/actions/${actionId}`);
    const response = await (auth ? call.set(auth.auth) : call);
    expect(response.status).toBe(200);
    return strategyActionDetailSchema.parse(response.body);
  }

  async function progress(slug: string, query: Record<string, string> = {}) {
    const response = await http().get(`/api/strategies/${slug}/progress`).query(query);
    expect(response.status).toBe(200);
    return strategyProgressSchema.parse(response.body);
  }

  /** A message in a new channel of the given kind. */
  async function message(kind: 'public' | 'private', body: string): Promise<{ id: string; channelId: string }> {
    const [channel] = await sut.database.db
      .insert(channels)
      .values({ kind, name: `Channel ${randomUUID().slice(0, 6)}`, lastSeq: 1 })
      .returning({ id: channels.id });
    const [row] = await sut.database.db
      .insert(channelMessages)
      .values({ channelId: channel!.id, seq: 1, updatedSeq: 1, clientId: randomUUID(), body })
      .returning({ id: channelMessages.id });
    return { id: row!.id, channelId: channel!.id };
  }

  beforeAll(async () => {
    sut = await createTestApp();
    coordinator = await signIn(sut, await createUser(sut, { role: 'coordinator', twoFactor: true }));
    moderator = await signIn(sut, await createUser(sut, { role: 'moderator', twoFactor: true }));
    member = await signIn(sut, await createUser(sut, { role: 'member' }));
  });

  afterAll(async () => {
    await sut.close();
  });

  describe('reference data', () => {
    it('lists the 2012–2016 Strategy and the 2017 priorities, with the actions counted by status', async () => {
      const response = await http().get('/api/strategies').expect(200);

      const { items } = strategyListSchema.parse(response.body);
      expect(items[0]).toMatchObject({ slug: 'eu-2012-2016', kind: 'strategy', priorityCount: 5 });
      expect(items[0]!.counts.total).toBe(42);
      expect(items[1]).toMatchObject({
        slug: 'eu-2017-priorities',
        kind: 'action_plan',
        priorityCount: 5,
        counts: { planned: 0, ongoing: 0, completed: 0, delayed: 0, total: 0 },
      });
    });

    it('gives every action of the Strategy a status and its responsible bodies one by one', async () => {
      const response = await http().get('/api/strategies/eu-2012-2016').expect(200);

      const strategy = strategySchema.parse(response.body);
      const first = strategy.priorities[0]!.actions[0]!;
      expect(first).toMatchObject({ number: 1, responsible: 'MS/COM', responsibleBodies: ['MS', 'COM'] });
      const d4 = strategy.priorities[3]!.actions[3]!;
      expect(d4.responsibleBodies).toEqual(['COM', 'International Organisations', 'EEAS']);
    });

    it('shows the 2017 priorities A–C and the cross-cutting X1, X2', async () => {
      const response = await http().get('/api/strategies/eu-2017-priorities').expect(200);

      expect(strategySchema.parse(response.body).priorities.map((p) => p.code)).toEqual(['A', 'B', 'C', 'X1', 'X2']);
    });

    it('keeps the priority channels to the five priorities of 2012–2016 when other plans have priorities', async () => {
      await createPlan([{ code: 'A', title: 'An action', responsible: 'COM' }]);
      await sut.app.get(ChannelsService).ensurePriorityChannels();

      const [row] = await sut.database.db
        .select({ n: sql<number>`count(*)::int` })
        .from(channels)
        .where(eq(channels.kind, 'priority'));
      expect(Number(row!.n)).toBe(5);
    });
  });

  describe('permissions', () => {
    it.each([
      ['post', '/api/strategies'],
      ['post', '/api/strategies/eu-2012-2016/priorities/A/actions'],
      ['patch', '/api/strategies/eu-2012-2016/actions/1'],
      ['post', '/api/strategies/eu-2012-2016/actions/1/state-of-play'],
      ['post', '/api/strategies/eu-2012-2016/actions/1/links'],
      ['delete', '/api/strategies/eu-2012-2016/actions/1/links/1'],
    ] as const)('%s %s: visitors must sign in, members and moderators are refused', async (method, path) => {
      const visitor = await http()[method](path).send({});
      expect(visitor.status).toBe(401);
      expect(visitor.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
      for (const session of [member, moderator]) {
        const response = await http()[method](path).set(session.auth).send({});
        expect(response.status).toBe(403);
        expect(response.body).toMatchObject({ code: 'forbidden', status: 403 });
      }
    });

    it('lets visitors read strategies, progress, actions and the CSV', async () => {
      const { slug, id } = await createPlan([{ code: '1', title: 'Readable', responsible: 'COM' }]);

      await http().get('/api/strategies').expect(200);
      await http().get(`/api/strategies/${slug}`).expect(200);
      await http().get(`/api/strategies/${slug}/progress`).expect(200);
      await http()
        .get(`/api/strategies/${slug}/actions/${id('Readable')}`)
        .expect(200);
      await http().get(`/api/strategies/${slug}/actions.csv`).expect(200);
    });
  });

  describe('new strategies and actions', () => {
    it('adds an action plan with free-text priority codes; bodies default to the responsible text split', async () => {
      const { slug, strategy } = await createPlan([
        { code: '1', title: 'First', responsible: 'COM/MS' },
        { code: 'X1', title: 'Cross-cutting', responsible: 'Europol, Eurojust' },
      ]);

      expect(strategy).toMatchObject({ slug, kind: 'action_plan' });
      expect(strategy.priorities.map((p) => p.code)).toEqual(['1', 'X1']);
      expect(strategy.priorities[0]!.actions[0]).toMatchObject({
        number: 1,
        status: 'planned',
        responsibleBodies: ['COM', 'MS'],
        lastStateOfPlay: null,
      });
      expect(strategy.priorities[1]!.actions[0]!.responsibleBodies).toEqual(['Europol', 'Eurojust']);
    });

    it('answers a taken slug with a conflict', async () => {
      const { slug } = await createPlan([{ code: '1', title: 'First', responsible: 'COM' }]);

      const response = await http()
        .post('/api/strategies')
        .set(coordinator.auth)
        .send({ slug, title: 'Again', period: '2030', kind: 'strategy', priorities: [{ code: 'A', title: 'A' }] });

      expect(response.status).toBe(409);
      expect(response.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
      expect(response.body).toMatchObject({ code: 'conflict', errors: [{ field: 'body.slug' }] });
    });

    it('rejects repeated priority codes, no priorities and bad codes, naming the fields', async () => {
      const base = { slug: 'bad-plan', title: 'Bad', period: '2030', kind: 'strategy' };
      const cases = [
        [{ ...base, priorities: [] }, 'body.priorities'],
        [
          {
            ...base,
            priorities: [
              { code: 'A', title: 'One' },
              { code: 'A', title: 'Two' },
            ],
          },
          'body.priorities',
        ],
        [{ ...base, priorities: [{ code: 'a b', title: 'Space' }] }, 'body.priorities.0.code'],
        [{ ...base, kind: 'wish_list', priorities: [{ code: 'A', title: 'One' }] }, 'body.kind'],
        [{ ...base, slug: 'Not A Slug', priorities: [{ code: 'A', title: 'One' }] }, 'body.slug'],
      ] as const;
      for (const [body, field] of cases) {
        const response = await http().post('/api/strategies').set(coordinator.auth).send(body);
        expect(response.status).toBe(400);
        expect(response.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
        expect(response.body).toMatchObject({ code: 'validation_failed' });
        expect((response.body as { errors: { field: string }[] }).errors.map((e) => e.field)).toContain(field);
      }
    });

    it('adds an action at the end of a priority, found by its code in any case', async () => {
      const { slug } = await createPlan([
        { code: 'X1', title: 'One', responsible: 'COM' },
        { code: 'X1', title: 'Two', responsible: 'COM' },
      ]);

      const response = await http()
        .post(`/api/strategies/${slug}/priorities/x1/actions`)
        .set(coordinator.auth)
        .send({ title: 'Three', responsible: 'MS / EU agencies', timing: 'Ongoing', indicators: ['Report issued'] });

      expect(response.status).toBe(201);
      expect(strategyActionDetailSchema.parse(response.body)).toMatchObject({
        number: 3,
        title: 'Three',
        responsibleBodies: ['MS', 'EU agencies'],
        indicators: ['Report issued'],
        priority: { code: 'X1' },
      });
    });

    it('answers an unknown priority or strategy with not_found', async () => {
      const { slug } = await createPlan([{ code: '1', title: 'One', responsible: 'COM' }]);
      const body = { title: 'T', responsible: 'COM', timing: '2026' };

      const noPriority = await http()
        .post(`/api/strategies/${slug}/priorities/9/actions`)
        .set(coordinator.auth)
        .send(body);
      const noStrategy = await http()
        .post('/api/strategies/nope/priorities/1/actions')
        .set(coordinator.auth)
        .send(body);

      expect(noPriority.status).toBe(404);
      expect(noPriority.body).toMatchObject({ code: 'not_found' });
      expect(noStrategy.status).toBe(404);
    });
  });

  describe('status and the state-of-play log', () => {
    it('takes the status of a new state-of-play entry and logs it, newest first, with its author', async () => {
      const { slug, id } = await createPlan([{ code: '1', title: 'Guidelines', responsible: 'COM' }]);

      const first = await stateOfPlay(slug, id('Guidelines'), {
        date: '2024-03-01',
        status: 'ongoing',
        note: 'Questionnaire sent to the Member States.',
      });
      expect(first.status).toBe(201);
      expect(strategyActionDetailSchema.parse(first.body).status).toBe('ongoing');

      await stateOfPlay(slug, id('Guidelines'), {
        date: '2024-09-15',
        status: 'completed',
        note: 'Guidelines issued.',
      });
      const detail = await action(slug, id('Guidelines'));

      expect(detail.status).toBe('completed');
      expect(detail.lastStateOfPlay).toBe('2024-09-15');
      expect(detail.stateOfPlay.map((e) => [e.date, e.status, e.note])).toEqual([
        ['2024-09-15', 'completed', 'Guidelines issued.'],
        ['2024-03-01', 'ongoing', 'Questionnaire sent to the Member States.'],
      ]);
      expect(detail.stateOfPlay[0]!.author).toMatchObject({ displayName: 'Test coordinator' });
    });

    it('records an entry without a status at the current status, leaving the status alone', async () => {
      const { slug, id } = await createPlan([{ code: '1', title: 'Seminar', responsible: 'MS' }]);
      await stateOfPlay(slug, id('Seminar'), { date: '2024-01-10', status: 'delayed', note: 'Postponed to spring.' });

      const response = await stateOfPlay(slug, id('Seminar'), { date: '2024-02-10', note: 'New date agreed.' });

      const detail = strategyActionDetailSchema.parse(response.body);
      expect(detail.status).toBe('delayed');
      expect(detail.stateOfPlay[0]).toMatchObject({ date: '2024-02-10', status: 'delayed' });
    });

    it('keeps the current status when a back-dated entry is added', async () => {
      const { slug, id } = await createPlan([{ code: '1', title: 'Network', responsible: 'COM' }]);
      await stateOfPlay(slug, id('Network'), { date: '2024-06-01', status: 'completed', note: 'Network launched.' });

      const response = await stateOfPlay(slug, id('Network'), {
        date: '2023-11-01',
        status: 'ongoing',
        note: 'Call for expressions of interest published.',
      });

      const detail = strategyActionDetailSchema.parse(response.body);
      expect(detail.status).toBe('completed');
      expect(detail.stateOfPlay.map((e) => e.date)).toEqual(['2024-06-01', '2023-11-01']);
    });

    it('audit-logs the status change of an entry', async () => {
      const { slug, id } = await createPlan([{ code: '1', title: 'Audited', responsible: 'COM' }]);
      await stateOfPlay(slug, id('Audited'), { date: '2024-05-05', status: 'ongoing', note: 'Started.' });

      const response = await http()
        .get('/api/audit')
        .query({ action: 'strategy.action.state_of_play' })
        .set(coordinator.auth)
        .expect(200);

      const entry = auditPageSchema.parse(response.body).items.find((e) => e.targetId === String(id('Audited')));
      expect(entry).toMatchObject({
        targetType: 'strategy_action',
        details: { date: '2024-05-05', status: { from: 'planned', to: 'ongoing' } },
      });
    });

    it('rejects a future date, an empty note and an unknown status as problem JSON naming the field', async () => {
      const { slug, id } = await createPlan([{ code: '1', title: 'Strict', responsible: 'COM' }]);
      const cases = [
        [{ date: '2999-01-01', note: 'Too early.' }, 'body.date'],
        [{ date: '2024-13-01', note: 'No such month.' }, 'body.date'],
        [{ date: '2024-01-01', note: '   ' }, 'body.note'],
        [{ date: '2024-01-01', note: 'Fine.', status: 'abandoned' }, 'body.status'],
      ] as const;
      for (const [body, field] of cases) {
        const response = await stateOfPlay(slug, id('Strict'), body);
        expect(response.status).toBe(400);
        expect(response.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
        expect(response.body).toMatchObject({ code: 'validation_failed', errors: [{ field }] });
      }
      expect((await action(slug, id('Strict'))).stateOfPlay).toEqual([]);
    });

    it('changes status, indicators and responsible bodies directly, and audit-logs it', async () => {
      const { slug, id } = await createPlan([{ code: '1', title: 'Edited', responsible: 'COM/MS' }]);

      const response = await http()
        .patch(`/api/strategies/${slug}/actions/${id('Edited')}`)
        .set(coordinator.auth)
        .send({ status: 'delayed', indicators: ['Report published'], responsibleBodies: ['COM', 'FRA'] });

      expect(response.status).toBe(200);
      expect(strategyActionDetailSchema.parse(response.body)).toMatchObject({
        status: 'delayed',
        indicators: ['Report published'],
        responsible: 'COM/MS',
        responsibleBodies: ['COM', 'FRA'],
      });
      const audit = await http().get('/api/audit').query({ action: 'strategy.action.update' }).set(coordinator.auth);
      expect(auditPageSchema.parse(audit.body).items.some((e) => e.targetId === String(id('Edited')))).toBe(true);
    });

    it('rejects an empty change and repeated bodies', async () => {
      const { slug, id } = await createPlan([{ code: '1', title: 'Unchanged', responsible: 'COM' }]);
      const path = `/api/strategies/${slug}/actions/${id('Unchanged')}`;

      const empty = await http().patch(path).set(coordinator.auth).send({});
      const repeated = await http()
        .patch(path)
        .set(coordinator.auth)
        .send({ responsibleBodies: ['COM', 'com'] });

      expect(empty.status).toBe(400);
      expect(repeated.status).toBe(400);
      expect(repeated.body).toMatchObject({ code: 'validation_failed', errors: [{ field: 'body.responsibleBodies' }] });
    });

    it('answers an action of another strategy with not_found', async () => {
      const { id } = await createPlan([{ code: '1', title: 'Elsewhere', responsible: 'COM' }]);

      const response = await http().get(`/api/strategies/eu-2012-2016/actions/${id('Elsewhere')}`);

      expect(response.status).toBe(404);
      expect(response.body).toMatchObject({ code: 'not_found' });
    });
  });

  describe('progress, filters and CSV', () => {
    async function trackedPlan() {
      const plan = await createPlan([
        { code: 'A', title: 'National referral mechanisms', responsible: 'MS/COM' },
        { code: 'A', title: 'Guidelines for consular services', responsible: 'COM', indicators: ['Guidelines issued'] },
        { code: 'A', title: 'Child protection systems', responsible: 'MS' },
        { code: 'B', title: 'Business coalition', responsible: 'COM/European Business Coalition' },
        { code: 'B', title: 'Awareness raising', responsible: 'COM' },
      ]);
      await stateOfPlay(plan.slug, plan.id('National referral mechanisms'), {
        date: '2024-02-01',
        status: 'ongoing',
        note: 'Questionnaire to the national coordinators.',
      });
      await stateOfPlay(plan.slug, plan.id('Guidelines for consular services'), {
        date: '2024-04-01',
        status: 'completed',
        note: 'Published for the EU Anti-Trafficking Day.',
      });
      await stateOfPlay(plan.slug, plan.id('Business coalition'), {
        date: '2024-04-02',
        status: 'delayed',
        note: 'No partners yet.',
      });
      return plan;
    }

    it('counts the actions of each priority by status', async () => {
      const { slug } = await trackedPlan();

      const result = await progress(slug);

      expect(result.priorities.map((p) => [p.code, p.counts])).toEqual([
        ['A', { planned: 1, ongoing: 1, completed: 1, delayed: 0, total: 3 }],
        ['B', { planned: 1, ongoing: 0, completed: 0, delayed: 1, total: 2 }],
      ]);
      expect(result.totals).toEqual({ planned: 2, ongoing: 1, completed: 1, delayed: 1, total: 5 });
      expect(result.responsibleBodies).toEqual(['COM', 'European Business Coalition', 'MS']);
    });

    it('filters by priority (any case) and lists only that priority', async () => {
      const { slug } = await trackedPlan();

      const result = await progress(slug, { priority: 'b' });

      expect(result.priorities.map((p) => p.code)).toEqual(['B']);
      expect(result.totals.total).toBe(2);
    });

    it('filters by status and by responsible body, keeping every priority with its counts', async () => {
      const { slug } = await trackedPlan();

      const planned = await progress(slug, { status: 'planned,delayed' });
      const ms = await progress(slug, { body: 'ms' });

      expect(planned.priorities.map((p) => [p.code, p.actions.map((a) => a.title)])).toEqual([
        ['A', ['Child protection systems']],
        ['B', ['Business coalition', 'Awareness raising']],
      ]);
      expect(ms.priorities.map((p) => [p.code, p.counts.total])).toEqual([
        ['A', 2],
        ['B', 0],
      ]);
    });

    it('finds words in titles, indicators and state-of-play notes', async () => {
      const { slug } = await trackedPlan();

      const titles = async (q: string) =>
        (await progress(slug, { q })).priorities.flatMap((p) => p.actions.map((a) => a.title));

      expect(await titles('referral')).toEqual(['National referral mechanisms']);
      expect(await titles('issued')).toEqual(['Guidelines for consular services']);
      expect(await titles('anti-trafficking day')).toEqual(['Guidelines for consular services']);
      expect(await titles('100%')).toEqual([]);
    });

    it('combines filters', async () => {
      const { slug } = await trackedPlan();

      const result = await progress(slug, { priority: 'A', status: 'completed,ongoing', body: 'COM', q: 'guidelines' });

      expect(result.totals).toMatchObject({ total: 1, completed: 1 });
    });

    it('rejects an unknown status filter as problem JSON', async () => {
      const { slug } = await trackedPlan();

      const response = await http().get(`/api/strategies/${slug}/progress`).query({ status: 'done' });

      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
      expect(response.body).toMatchObject({ code: 'validation_failed', errors: [{ field: 'query.status.0' }] });
    });

    it('exports the filtered actions as CSV, formulas neutralised', async () => {
      const { slug } = await trackedPlan();
      await http()
        .post(`/api/strategies/${slug}/priorities/A/actions`)
        .set(coordinator.auth)
        .send({ title: '=HYPERLINK("http://x")', responsible: 'COM', timing: '2026' })
        .expect(201);

      const all = await http().get(`/api/strategies/${slug}/actions.csv`).expect(200);
      const delayed = await http().get(`/api/strategies/${slug}/actions.csv`).query({ status: 'delayed' }).expect(200);

      expect(all.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(all.headers['content-disposition']).toBe(`attachment; filename="thb-actions-${slug}.csv"`);
      const lines = all.text.trim().split('\n');
      expect(lines[0]).toBe(
        'priority,priority_title,action,title,responsible,responsible_bodies,timing,status,indicators,last_state_of_play',
      );
      expect(lines).toHaveLength(7);
      expect(lines[2]).toBe(
        'A,Priority A,A.2,Guidelines for consular services,COM,COM,2026,completed,Guidelines issued,2024-04-01',
      );
      expect(lines[4]).toBe(`A,Priority A,A.4,"'=HYPERLINK(""http://x"")",COM,COM,2026,planned,,`);
      expect(delayed.text.trim().split('\n')).toEqual([
        lines[0],
        'B,Priority B,B.1,Business coalition,COM/European Business Coalition,COM; European Business Coalition,2026,delayed,,2024-04-02',
      ]);
    });
  });

  describe('links', () => {
    it('links an organisation, which visitors see by name; linking twice keeps one link', async () => {
      const { slug, id } = await createPlan([{ code: '1', title: 'Linked', responsible: 'COM' }]);
      const organisation = await createOrganisation(sut.database, {
        name: 'Harbour Shelter',
        countries: ['BE', 'NL'],
        memberSince: new Date(),
      });
      const path = `/api/strategies/${slug}/actions/${id('Linked')}/links`;

      const first = await http()
        .post(path)
        .set(coordinator.auth)
        .send({ targetType: 'organisation', targetId: organisation.id });
      await http()
        .post(path)
        .set(coordinator.auth)
        .send({ targetType: 'organisation', targetId: organisation.id })
        .expect(201);

      expect(first.status).toBe(201);
      const links = (await action(slug, id('Linked'))).links;
      expect(links).toEqual([
        expect.objectContaining({
          targetType: 'organisation',
          targetId: organisation.id,
          label: 'Harbour Shelter',
          context: 'BE, NL',
          isMember: true,
        }),
      ]);
    });

    it('shows links to channel messages to members only', async () => {
      const { slug, id } = await createPlan([{ code: '1', title: 'Discussed', responsible: 'COM' }]);
      const posted = await message(
        'public',
        'Has anyone set up **joint identification interviews** with <@0b6b6f3e-8f4e-4f59-9d1a-1f2d3c4b5a69>?',
      );

      await http()
        .post(`/api/strategies/${slug}/actions/${id('Discussed')}/links`)
        .set(coordinator.auth)
        .send({ targetType: 'channel_message', targetId: posted.id })
        .expect(201);

      expect((await action(slug, id('Discussed'))).links).toEqual([]);
      expect((await action(slug, id('Discussed'), member)).links).toEqual([
        expect.objectContaining({
          targetType: 'channel_message',
          label: 'Has anyone set up joint identification interviews with @?',
          channelId: posted.channelId,
        }),
      ]);
    });

    it('hides a link once its message is deleted', async () => {
      const { slug, id } = await createPlan([{ code: '1', title: 'Gone', responsible: 'COM' }]);
      const posted = await message('public', 'Soon deleted');
      await http()
        .post(`/api/strategies/${slug}/actions/${id('Gone')}/links`)
        .set(coordinator.auth)
        .send({ targetType: 'channel_message', targetId: posted.id })
        .expect(201);

      await sut.database.db
        .update(channelMessages)
        .set({ deletedAt: new Date(), body: null })
        .where(eq(channelMessages.id, posted.id));

      expect((await action(slug, id('Gone'), member)).links).toEqual([]);
    });

    it('refuses targets that do not exist and messages of private channels, naming the field', async () => {
      const { slug, id } = await createPlan([{ code: '1', title: 'Refused', responsible: 'COM' }]);
      const secret = await message('private', 'Private discussion');
      const path = `/api/strategies/${slug}/actions/${id('Refused')}/links`;

      for (const body of [
        { targetType: 'organisation', targetId: randomUUID() },
        { targetType: 'channel_message', targetId: randomUUID() },
        { targetType: 'channel_message', targetId: secret.id },
      ]) {
        const response = await http().post(path).set(coordinator.auth).send(body);
        expect(response.status).toBe(400);
        expect(response.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
        expect(response.body).toMatchObject({ code: 'validation_failed', errors: [{ field: 'body.targetId' }] });
      }
      const invalid = await http().post(path).set(coordinator.auth).send({ targetType: 'page', targetId: 'x' });
      expect(invalid.status).toBe(400);
      expect((invalid.body as { errors: { field: string }[] }).errors.map((e) => e.field).sort()).toEqual([
        'body.targetId',
        'body.targetType',
      ]);
    });

    it('links published announcements only; visitors see public ones only', async () => {
      const { slug, id } = await createPlan([{ code: '1', title: 'Announced', responsible: 'COM' }]);
      const insert = async (title: string, status: string, isPublic: boolean) => {
        const result = await sut.database.db.execute<{ id: string }>(sql`
          insert into announcements (title, body, audience, status, is_public, published_at)
          values (${title}, 'Body', '{}'::jsonb, ${status}, ${isPublic}, now()) returning id`);
        return result.rows[0]!.id;
      };
      const path = `/api/strategies/${slug}/actions/${id('Announced')}/links`;
      const day = await insert('EU Anti-Trafficking Day', 'published', true);
      const meeting = await insert('Platform meeting', 'published', false);
      const draft = await insert('Draft', 'draft', false);

      for (const targetId of [day, meeting]) {
        await http().post(path).set(coordinator.auth).send({ targetType: 'announcement', targetId }).expect(201);
      }
      const refused = await http()
        .post(path)
        .set(coordinator.auth)
        .send({ targetType: 'announcement', targetId: draft });

      expect(refused.status).toBe(400);
      expect((await action(slug, id('Announced'))).links.map((l) => l.label)).toEqual(['EU Anti-Trafficking Day']);
      expect((await action(slug, id('Announced'), member)).links.map((l) => l.label)).toEqual([
        'EU Anti-Trafficking Day',
        'Platform meeting',
      ]);
    });

    it('removes a link, then answers not_found for it', async () => {
      const { slug, id } = await createPlan([{ code: '1', title: 'Unlinked', responsible: 'COM' }]);
      const organisation = await createOrganisation(sut.database);
      const created = await http()
        .post(`/api/strategies/${slug}/actions/${id('Unlinked')}/links`)
        .set(coordinator.auth)
        .send({ targetType: 'organisation', targetId: organisation.id });
      const linkId = strategyActionDetailSchema.parse(created.body).links[0]!.id;
      const path = `/api/strategies/${slug}/actions/${id('Unlinked')}/links/${linkId}`;

      await http().delete(path).set(coordinator.auth).expect(204);
      const again = await http().delete(path).set(coordinator.auth);

      expect(again.status).toBe(404);
      expect((await action(slug, id('Unlinked'))).links).toEqual([]);
    });
  });
});
