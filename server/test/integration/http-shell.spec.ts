import request from 'supertest';
import { PROBLEM_CONTENT_TYPE, problemSchema } from '@thb/shared';
import { createTestApp, type TestApp } from '../support/test-app';

describe('HTTP shell: problems, limits, headers, CORS, API docs', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await createTestApp({ env: { CORS_ORIGINS: 'https://partner.example.org', BODY_LIMIT: '1kb' } });
  });

  afterAll(async () => {
    await sut.close();
  });

  const http = () => request(sut.app.getHttpServer());

  it('answers an unknown API route with a not_found problem', async () => {
    const res = await http().get('/api/no-such-thing').expect(404);

    expect(res.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
    const problem = problemSchema.parse(res.body);
    expect(problem).toMatchObject({ status: 404, code: 'not_found', instance: '/api/no-such-thing' });
    expect(problem.requestId).toBe(res.headers['x-request-id']);
  });

  it('lists the offending field, with where it was, on a validation failure', async () => {
    const res = await http().get('/api/strategies/NOT_A_SLUG!').expect(400);

    const problem = problemSchema.parse(res.body);
    expect(problem.code).toBe('validation_failed');
    expect(problem.errors).toEqual([expect.objectContaining({ field: 'param.slug' })]);
  });

  it('answers malformed JSON with a malformed_request problem that has a request id', async () => {
    const res = await http()
      .post('/api/strategies/eu-2012-2016')
      .set('Content-Type', 'application/json')
      .send('{"not json')
      .expect(400);

    const problem = problemSchema.parse(res.body);
    expect(problem.code).toBe('malformed_request');
    expect(problem.requestId).toEqual(expect.any(String));
  });

  it('refuses a body over the configured limit with payload_too_large', async () => {
    const res = await http()
      .post('/api/strategies/eu-2012-2016')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ text: 'x'.repeat(4096) }))
      .expect(413);

    expect(problemSchema.parse(res.body).code).toBe('payload_too_large');
  });

  it('keeps a well-formed incoming request id and replaces a malformed one', async () => {
    const kept = await http().get('/api/health').set('X-Request-Id', 'trace-1234abcd');
    expect(kept.headers['x-request-id']).toBe('trace-1234abcd');

    const replaced = await http().get('/api/health').set('X-Request-Id', 'bad id with spaces <script>');
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends the ASVS level 2 security headers', async () => {
    const res = await http().get('/api/health');

    const csp = res.headers['content-security-policy'] as string;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    const hsts = res.headers['strict-transport-security'] as string;
    expect(Number(/max-age=(\d+)/.exec(hsts)?.[1])).toBeGreaterThanOrEqual(31_536_000);
    expect(hsts).toContain('includeSubDomains');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('allows CORS only for origins in the allowlist', async () => {
    const allowed = await http().get('/api/health').set('Origin', 'https://partner.example.org');
    expect(allowed.headers['access-control-allow-origin']).toBe('https://partner.example.org');

    const other = await http().get('/api/health').set('Origin', 'https://evil.example.com');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('documents every route with its responses in the OpenAPI document', async () => {
    const res = await http().get('/api/docs-json').expect(200);
    const doc = res.body as {
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
      components: { schemas: Record<string, unknown> };
    };

    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/health', '/api/strategies/{slug}', '/api/auth/login']),
    );
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const statuses = Object.keys(operation.responses);
        expect({ route: `${method} ${path}`, success: statuses.some((s) => s.startsWith('2')) }).toEqual({
          route: `${method} ${path}`,
          success: true,
        });
        expect({ route: `${method} ${path}`, documents500: statuses.includes('500') }).toEqual({
          route: `${method} ${path}`,
          documents500: true,
        });
      }
    }
    expect(Object.keys(doc.paths['/api/health']!.get!.responses)).toEqual(expect.arrayContaining(['200', '503']));
    expect(Object.keys(doc.paths['/api/strategies/{slug}']!.get!.responses)).toEqual(
      expect.arrayContaining(['200', '400', '404', '500']),
    );
    expect(doc.components.schemas).toHaveProperty('Problem');
    expect(doc.components.schemas).toHaveProperty('StrategyPriority_Output');
  });

  it('serves the Swagger UI', async () => {
    const res = await http().get('/api/docs').redirects(1).expect(200);
    expect(res.text).toContain('swagger-ui');
  });
});
