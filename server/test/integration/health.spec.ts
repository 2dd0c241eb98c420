import request from 'supertest';
import { healthResponseSchema } from '@thb/shared';
import { createTestApp, type TestApp } from '../support/test-app';

describe('GET /api/health', () => {
  let sut: TestApp;

  beforeEach(async () => {
    sut = await createTestApp();
  });

  afterEach(async () => {
    await sut.close();
  });

  it('reports ok with the database up, the version and the uptime', async () => {
    const res = await request(sut.app.getHttpServer()).get('/api/health').expect(200);

    const body = healthResponseSchema.parse(res.body);
    expect(body.status).toBe('ok');
    expect(body.db.status).toBe('up');
    expect(body.db.driver).toBe(process.env.DATABASE_URL ? 'postgres' : 'pglite');
    expect(body.version).toBe(sut.config.version);
    expect(body.uptimeS).toBeGreaterThanOrEqual(0);
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('answers 503 with the database down when the database is unreachable', async () => {
    await sut.database.close();

    const res = await request(sut.app.getHttpServer()).get('/api/health').expect(503);

    expect(res.body).toMatchObject({ status: 'degraded', db: { status: 'down' } });
  });
});
