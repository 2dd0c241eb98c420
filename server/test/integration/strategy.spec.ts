import request from 'supertest';
import { strategySchema } from '@thb/shared';
import { StrategyService } from '../../src/strategy/strategy.service';
import { createTestApp, type TestApp } from '../support/test-app';

describe('Strategy reference data', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await createTestApp();
  });

  afterAll(async () => {
    await sut.close();
  });

  it('loads the EU Strategy 2012–2016 with its five priorities and their actions at start-up', async () => {
    const res = await request(sut.app.getHttpServer()).get('/api/strategies/eu-2012-2016').expect(200);

    const strategy = strategySchema.parse(res.body);
    expect(strategy.priorities.map((p) => p.code)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(strategy.priorities[0]!.title).toBe('Identifying, protecting and assisting victims of trafficking');
    expect(strategy.priorities[0]!.actions[0]).toMatchObject({
      title: 'Development of national referral mechanisms',
      responsible: 'MS/COM',
      timing: '2012',
    });
    expect(strategy.priorities.reduce((n, p) => n + p.actions.length, 0)).toBe(42);
  });

  it('does not load the reference data twice', async () => {
    await sut.app.get(StrategyService).loadReferenceData();

    const res = await request(sut.app.getHttpServer()).get('/api/strategies/eu-2012-2016').expect(200);
    expect(strategySchema.parse(res.body).priorities.reduce((n, p) => n + p.actions.length, 0)).toBe(42);
  });

  it('answers an unknown strategy with not_found', async () => {
    const res = await request(sut.app.getHttpServer()).get('/api/strategies/eu-1999-2000').expect(404);
    expect(res.body).toMatchObject({ code: 'not_found', detail: 'There is no strategy "eu-1999-2000".' });
  });
});
