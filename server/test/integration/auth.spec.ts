import { createHmac } from 'node:crypto';
import { eq } from 'drizzle-orm';
import request from 'supertest';
import { auditLog, sessions } from '../../src/db/schema';
import { createUser, refreshCookieOf, setUserStatus, signIn, totpCode } from '../factories/accounts';
import { createTestApp, type TestApp } from '../support/test-app';

describe('Accounts and sessions', () => {
  let sut: TestApp;
  const http = () => request(sut.app.getHttpServer());

  beforeAll(async () => {
    sut = await createTestApp();
  });

  afterAll(async () => {
    await sut.close();
  });

  describe('signing in', () => {
    it('answers with a short-lived access token and a strict refresh cookie', async () => {
      const user = await createUser(sut);

      const response = await http()
        .post('/api/auth/login')
        .send({ email: `  ${user.email.toUpperCase()} `, password: user.password });

      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        status: 'signed_in',
        user: { id: user.id, email: user.email, role: 'member' },
      });
      const ttlS = (Date.parse((response.body as { expiresAt: string }).expiresAt) - Date.now()) / 1000;
      expect(ttlS).toBeLessThanOrEqual(900);
      const cookie = ([] as string[])
        .concat(response.headers['set-cookie'] ?? [])
        .find((c) => c.startsWith('thb_refresh='));
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/Secure/);
      expect(cookie).toMatch(/SameSite=Strict/);
      expect(cookie).toMatch(/Path=\/api\/auth/);
      expect(JSON.stringify(response.body)).not.toContain(refreshCookieOf(response).split('=')[1]);
    });

    it('gives the same answer for an unknown account, a wrong password and a disabled account', async () => {
      const user = await createUser(sut);
      const disabled = await createUser(sut, { status: 'disabled' });

      const answers = await Promise.all([
        http().post('/api/auth/login').send({ email: 'nobody@test.example', password: 'whatever password' }),
        http().post('/api/auth/login').send({ email: user.email, password: 'not the password at all' }),
        http().post('/api/auth/login').send({ email: disabled.email, password: disabled.password }),
      ]);

      for (const answer of answers) {
        expect(answer.status).toBe(401);
        expect(answer.body).toMatchObject({
          code: 'invalid_credentials',
          detail: 'The email address or password is not correct.',
        });
      }
      const failures = await sut.database.db.select().from(auditLog).where(eq(auditLog.action, 'auth.sign_in'));
      expect(failures.filter((f) => f.outcome === 'failure').length).toBeGreaterThanOrEqual(3);
    });

    it('lists the fields of an invalid sign-in request', async () => {
      const response = await http().post('/api/auth/login').send({ email: 'not-an-email' });

      expect(response.status).toBe(400);
      expect((response.body as { errors: { field: string }[] }).errors.map((e) => e.field).sort()).toEqual([
        'body.email',
        'body.password',
      ]);
    });
  });

  describe('access tokens', () => {
    it('are required, and checked for algorithm, audience and signature', async () => {
      const user = await createUser(sut);
      const { accessToken } = await signIn(sut, user);
      const [header, payload] = accessToken.split('.');
      const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${payload}.`;
      const otherAudience = Buffer.from(
        JSON.stringify({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), aud: 'someone-else' }),
      ).toString('base64url');
      const sign = (h: string, p: string) =>
        `${h}.${p}.${createHmac('sha256', sut.config.jwt.accessSecret).update(`${h}.${p}`).digest('base64url')}`;

      expect((await http().get('/api/account')).status).toBe(401);
      expect((await http().get('/api/account').set('Authorization', `Bearer ${accessToken}`)).status).toBe(200);
      expect((await http().get('/api/account').set('Authorization', `Bearer ${unsigned}`)).status).toBe(401);
      expect(
        (
          await http()
            .get('/api/account')
            .set('Authorization', `Bearer ${sign(header!, otherAudience)}`)
        ).status,
      ).toBe(401);
      expect(
        (
          await http()
            .get('/api/account')
            .set('Authorization', `Bearer ${accessToken.slice(0, -2)}xx`)
        ).status,
      ).toBe(401);
    });
  });

  describe('refresh tokens', () => {
    it('rotate on every use', async () => {
      const user = await createUser(sut);
      const { refreshCookie } = await signIn(sut, user);

      const first = await http().post('/api/auth/refresh').set('Cookie', refreshCookie);
      expect(first.status).toBe(200);
      const next = refreshCookieOf(first);
      expect(next).not.toEqual(refreshCookie);

      const second = await http().post('/api/auth/refresh').set('Cookie', next);
      expect(second.status).toBe(200);
    });

    it('revoke the whole session when a used one is presented again', async () => {
      const user = await createUser(sut);
      const stolen = await signIn(sut, user);
      const rotated = await http().post('/api/auth/refresh').set('Cookie', stolen.refreshCookie);
      const legitimate = refreshCookieOf(rotated);
      const newAccess = (rotated.body as { accessToken: string }).accessToken;

      const replay = await http().post('/api/auth/refresh').set('Cookie', stolen.refreshCookie);

      expect(replay.status).toBe(401);
      expect((await http().post('/api/auth/refresh').set('Cookie', legitimate)).status).toBe(401);
      expect((await http().get('/api/account').set('Authorization', `Bearer ${newAccess}`)).status).toBe(401);
      const [session] = await sut.database.db.select().from(sessions).where(eq(sessions.userId, user.id));
      expect(session?.revokedReason).toBe('refresh_token_reuse');
      const reuse = await sut.database.db
        .select()
        .from(auditLog)
        .where(eq(auditLog.action, 'auth.refresh_token_reuse'));
      expect(reuse.some((e) => e.actorId === user.id)).toBe(true);
    });
  });

  describe('ending sessions', () => {
    it('sign-out ends the session at once, for its access token too', async () => {
      const user = await createUser(sut);
      const session = await signIn(sut, user);

      const out = await http().post('/api/auth/logout').set('Cookie', session.refreshCookie);

      expect(out.status).toBe(204);
      expect((await http().get('/api/account').set(session.auth)).status).toBe(401);
      expect((await http().post('/api/auth/refresh').set('Cookie', session.refreshCookie)).status).toBe(401);
    });

    it('"sign out everywhere" ends every session of the account', async () => {
      const user = await createUser(sut);
      const laptop = await signIn(sut, user);
      const phone = await signIn(sut, user);

      expect((await http().post('/api/account/sessions/revoke-all').set(laptop.auth)).status).toBe(204);

      expect((await http().get('/api/account').set(laptop.auth)).status).toBe(401);
      expect((await http().get('/api/account').set(phone.auth)).status).toBe(401);
    });

    it('lists sessions with their device and ends one of them', async () => {
      const user = await createUser(sut);
      const laptop = await signIn(sut, user);
      const phone = await signIn(sut, user);

      const list = await http()
        .get('/api/account/sessions')
        .set(laptop.auth)
        .set('User-Agent', 'Mozilla/5.0 (X11; Linux x86_64) Chrome/120.0');
      const items = (list.body as { sessions: { id: string; current: boolean; device: string }[] }).sessions;
      expect(items).toHaveLength(2);
      expect(items.filter((s) => s.current)).toHaveLength(1);
      const other = items.find((s) => !s.current)!;

      expect((await http().delete(`/api/account/sessions/${other.id}`).set(laptop.auth)).status).toBe(204);
      expect((await http().get('/api/account').set(phone.auth)).status).toBe(401);
      expect((await http().get('/api/account').set(laptop.auth)).status).toBe(200);
    });

    it('changing the password needs the current one and ends the other sessions', async () => {
      const user = await createUser(sut);
      const here = await signIn(sut, user);
      const elsewhere = await signIn(sut, user);

      const wrong = await http()
        .post('/api/account/password')
        .set(here.auth)
        .send({ currentPassword: 'not my password', newPassword: 'a brand new passphrase' });
      expect(wrong.status).toBe(400);
      expect(wrong.body).toMatchObject({ errors: [{ field: 'body.currentPassword' }] });

      const common = await http()
        .post('/api/account/password')
        .set(here.auth)
        .send({ currentPassword: user.password, newPassword: 'scandinavian' });
      expect(common.status).toBe(400);
      expect(common.body).toMatchObject({ errors: [{ field: 'body.newPassword', code: 'common_password' }] });

      const ok = await http()
        .post('/api/account/password')
        .set(here.auth)
        .send({ currentPassword: user.password, newPassword: 'a brand new passphrase' });
      expect(ok.status).toBe(204);
      expect((await http().get('/api/account').set(here.auth)).status).toBe(200);
      expect((await http().get('/api/account').set(elsewhere.auth)).status).toBe(401);
      expect(
        (await http().post('/api/auth/login').send({ email: user.email, password: 'a brand new passphrase' })).status,
      ).toBe(200);
    });

    it('a disabled account loses access on its next request', async () => {
      const user = await createUser(sut);
      const session = await signIn(sut, user);

      await setUserStatus(sut.database, user.id, 'disabled');

      expect((await http().get('/api/account').set(session.auth)).status).toBe(401);
      expect((await http().post('/api/auth/refresh').set('Cookie', session.refreshCookie)).status).toBe(401);
    });
  });

  describe('two-factor authentication', () => {
    it('enrols with a code, then asks for one at every sign-in; codes and recovery codes work once', async () => {
      const user = await createUser(sut);
      const session = await signIn(sut, user);

      const enrol = await http().post('/api/account/two-factor/enrol').set(session.auth);
      expect(enrol.status).toBe(201);
      const { secret, otpauthUri, qrCodeSvg } = enrol.body as { secret: string; otpauthUri: string; qrCodeSvg: string };
      expect(otpauthUri).toMatch(/^otpauth:\/\/totp\/THB%20Platform:/);
      expect(qrCodeSvg).toMatch(/^<svg/);

      const bad = await http().post('/api/account/two-factor/confirm').set(session.auth).send({ code: '000000' });
      expect(bad.status).toBe(400);
      const confirm = await http()
        .post('/api/account/two-factor/confirm')
        .set(session.auth)
        .send({ code: totpCode(secret) });
      expect(confirm.status).toBe(201);
      const { recoveryCodes } = confirm.body as { recoveryCodes: string[] };
      expect(recoveryCodes).toHaveLength(10);

      const login = await http().post('/api/auth/login').send({ email: user.email, password: user.password });
      expect(login.body).toEqual({ status: 'two_factor_required', challengeToken: expect.any(String) });
      const challengeToken = (login.body as { challengeToken: string }).challengeToken;

      // The code used to confirm cannot be replayed; the next one works.
      const replay = await http()
        .post('/api/auth/login/two-factor')
        .send({ challengeToken, code: totpCode(secret) });
      expect(replay.status).toBe(401);
      const next = await http()
        .post('/api/auth/login/two-factor')
        .send({ challengeToken, code: totpCode(secret, 1) });
      expect(next.status).toBe(200);

      const withRecovery = await http()
        .post('/api/auth/login/two-factor')
        .send({ challengeToken, code: recoveryCodes[0] });
      expect(withRecovery.status).toBe(200);
      const recoveryAgain = await http()
        .post('/api/auth/login/two-factor')
        .send({ challengeToken, code: recoveryCodes[0] });
      expect(recoveryAgain.status).toBe(401);
    });

    it('is required before a Coordinator can do anything but enrol', async () => {
      const coordinator = await createUser(sut, { role: 'coordinator' });
      const session = await signIn(sut, coordinator);

      const account = await http().get('/api/account').set(session.auth);
      expect(account.body).toMatchObject({ role: 'coordinator', twoFactorRequired: true });
      const audit = await http().get('/api/audit').set(session.auth);
      expect(audit.status).toBe(403);
      expect(audit.body).toMatchObject({ code: 'two_factor_enrolment_required' });

      const enrolled = await createUser(sut, { role: 'coordinator', twoFactor: true });
      const enrolledSession = await signIn(sut, enrolled);
      expect((await http().get('/api/audit').set(enrolledSession.auth)).status).toBe(200);
      const disable = await http()
        .delete('/api/account/two-factor')
        .set(enrolledSession.auth)
        .send({ password: enrolled.password, code: totpCode(enrolled.totpSecret!, 1) });
      expect(disable.status).toBe(403);
    });
  });
});

describe('Brute-force protection', () => {
  it('delays an account more and more after failures from one address, without locking out other addresses', async () => {
    const sut = await createTestApp({ env: { TRUST_PROXY: 'true' } });
    try {
      const user = await createUser(sut);
      const attempt = (password: string, ip: string) =>
        request(sut.app.getHttpServer())
          .post('/api/auth/login')
          .set('X-Forwarded-For', ip)
          .send({ email: user.email, password });

      for (let i = 0; i < 3; i++) {
        expect((await attempt('wrong password guess', '203.0.113.7')).status).toBe(401);
      }
      const delayed = await attempt(user.password, '203.0.113.7');
      expect(delayed.status).toBe(429);
      expect(delayed.body).toMatchObject({
        code: 'rate_limited',
        detail: expect.stringMatching(/Try again in \d+ second/),
      });

      const owner = await attempt(user.password, '198.51.100.20');
      expect(owner.status).toBe(200);
    } finally {
      await sut.close();
    }
  });
});

describe('Per-address request limits on sign-in', () => {
  it('answers 429 once an address has used its sign-in budget', async () => {
    const sut = await createTestApp({ env: { SIGN_IN_RATE_LIMIT_PER_MIN: '3' } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) {
        statuses.push(
          (
            await request(sut.app.getHttpServer())
              .post('/api/auth/login')
              .send({ email: `x${i}@test.example`, password: 'whatever it is' })
          ).status,
        );
      }
      expect(statuses).toEqual([401, 401, 401, 429]);
      // Other routes keep their own, larger budget.
      expect((await request(sut.app.getHttpServer()).get('/api/health')).status).toBe(200);
    } finally {
      await sut.close();
    }
  });
});
