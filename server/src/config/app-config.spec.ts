import path from 'node:path';
import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('defaults to embedded PGlite in ./data/pglite on port 3000', () => {
    const sut = loadConfig({});

    expect(sut.port).toBe(3000);
    expect(sut.database).toEqual({ driver: 'pglite', dataDir: path.resolve('data/pglite') });
    expect(sut.corsOrigins).toEqual([]);
    expect(sut.logLevel).toBe('info');
    expect(sut.jwt.ephemeral).toBe(true);
  });

  it('uses a PostgreSQL server when DATABASE_URL is set', () => {
    const sut = loadConfig({ DATABASE_URL: 'postgres://thb:secret@db:5432/thb', DATABASE_POOL_MAX: '4' });

    expect(sut.database).toEqual({ driver: 'postgres', url: 'postgres://thb:secret@db:5432/thb', poolMax: 4 });
  });

  it('fans broadcasts out through the PostgreSQL server, or Redis when REDIS_URL is set, else keeps them in process', () => {
    const url = 'postgres://thb:secret@db:5432/thb';

    expect(loadConfig({}).broadcast).toEqual({ adapter: 'memory' });
    expect(loadConfig({ DATABASE_URL: url }).broadcast).toEqual({ adapter: 'postgres', url });
    expect(loadConfig({ DATABASE_URL: url, REDIS_URL: 'redis://cache:6379' }).broadcast).toEqual({
      adapter: 'redis',
      url: 'redis://cache:6379',
    });
    expect(() => loadConfig({ REDIS_URL: 'http://cache:6379' })).toThrow(
      'REDIS_URL: must be a redis:// or rediss:// URL',
    );
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' })).toMatchObject({ port: 3000, database: { driver: 'pglite' } });
  });

  it('keeps PGlite in memory for PGLITE_DIR=:memory:', () => {
    expect(loadConfig({ PGLITE_DIR: ':memory:' }).database).toEqual({ driver: 'pglite', dataDir: null });
  });

  it('normalises the CORS allowlist to origins', () => {
    const sut = loadConfig({ CORS_ORIGINS: 'https://a.example.org/, http://localhost:5173' });

    expect(sut.corsOrigins).toEqual(['https://a.example.org', 'http://localhost:5173']);
  });

  it('names every wrong variable and the value it got', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', LOG_LEVEL: 'loud', CORS_ORIGINS: 'not a url' });
    } catch (err) {
      error = err;
    }

    expect(error).toBeInstanceOf(ConfigError);
    const issues = (error as ConfigError).issues;
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^PORT: .*\(got "eighty"\)$/),
        expect.stringMatching(/^LOG_LEVEL: /),
        expect.stringMatching(/^CORS_ORIGINS: /),
      ]),
    );
  });

  it('never echoes the value of a secret or a connection URL', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://root:hunter2@db/thb' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://root:hunter2@db/thb' })).not.toThrow(/hunter2/);
  });

  it('requires real secrets and a mail server in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_ACCESS_SECRET: is required/);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/DATA_ENCRYPTION_KEY: is required/);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/SMTP_URL: is required/);

    const secret = 'x'.repeat(40);
    const sut = loadConfig({
      NODE_ENV: 'production',
      JWT_ACCESS_SECRET: secret,
      JWT_REFRESH_SECRET: secret,
      DATA_ENCRYPTION_KEY: secret,
      SMTP_URL: 'smtp://mail.example.org:587',
    });
    expect(sut.jwt).toEqual({ accessSecret: secret, refreshSecret: secret, ephemeral: false });
    expect(sut.auth.developmentKey).toBe(false);
    expect(sut.mail.smtpUrl).toBe('smtp://mail.example.org:587');
  });

  it('keeps access tokens short-lived', () => {
    expect(loadConfig({}).auth.accessTokenTtlS).toBeLessThanOrEqual(900);
    expect(() => loadConfig({ ACCESS_TOKEN_TTL_S: '3600' })).toThrow(/ACCESS_TOKEN_TTL_S/);
  });

  it('reads TRUST_PROXY as a boolean or a hop count', () => {
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(() => loadConfig({ TRUST_PROXY: 'maybe' })).toThrow(/TRUST_PROXY/);
  });
});
