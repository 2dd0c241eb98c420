import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { simpleParser } from 'mailparser';
import request from 'supertest';
import { auditLog, passwordResetTokens, sessions } from '../../src/db/schema';
import { createUser, signIn } from '../factories/accounts';
import { MailReceiver } from '../support/mail-receiver';
import { createTestApp, type TestApp } from '../support/test-app';

const NEW_PASSWORD = 'correct horse battery staple';

/** The reset link in a mail's text, and the token in it. */
function resetLinkIn(text: string): { link: URL; token: string } {
  const match = /https?:\/\/\S+\/reset-password\?token=\S+/.exec(text);
  if (!match) {
    throw new Error(`no reset link in:\n${text}`);
  }
  const link = new URL(match[0]);
  return { link, token: link.searchParams.get('token')! };
}

describe('Password reset through a real SMTP server', () => {
  let mail: MailReceiver;
  let sut: TestApp;
  const http = () => request(sut.app.getHttpServer());

  beforeAll(async () => {
    mail = await MailReceiver.start();
    sut = await createTestApp({ env: { SMTP_URL: mail.smtpUrl } });
  });

  afterAll(async () => {
    await sut?.close();
    await mail?.close();
  });

  async function requestResetLink(email: string): Promise<string> {
    const response = await http().post('/api/auth/password-reset').send({ email });
    expect(response.status).toBe(202);
    return resetLinkIn((await mail.nextMailTo(email)).text).token;
  }

  it('mails a single-use link that sets a new password and ends every session', async () => {
    const user = await createUser(sut);
    const laptop = await signIn(sut, user);
    const phone = await signIn(sut, user);

    const asked = await http().post('/api/auth/password-reset').send({ email: user.email.toUpperCase() });

    expect(asked.status).toBe(202);
    const message = await mail.nextMailTo(user.email);
    expect(message.subject).toBe('Reset your THB Platform password');
    expect(message.from).toBe('no-reply@thb-platform.example');
    const { link, token } = resetLinkIn(message.text);
    expect(link.pathname).toBe('/reset-password');
    expect(token.length).toBeGreaterThanOrEqual(32);

    const confirmed = await http().post('/api/auth/password-reset/confirm').send({ token, newPassword: NEW_PASSWORD });

    expect(confirmed.status).toBe(204);
    expect((await http().get('/api/account').set(laptop.auth)).status).toBe(401);
    expect((await http().get('/api/account').set(phone.auth)).status).toBe(401);
    expect((await http().post('/api/auth/refresh').set('Cookie', laptop.refreshCookie)).status).toBe(401);
    const ended = await sut.database.db.select().from(sessions).where(eq(sessions.userId, user.id));
    expect(ended.map((s) => s.revokedReason)).toEqual(['password_reset', 'password_reset']);

    const withNew = await http().post('/api/auth/login').send({ email: user.email, password: NEW_PASSWORD });
    expect(withNew.status).toBe(200);
    const withOld = await http().post('/api/auth/login').send({ email: user.email, password: user.password });
    expect(withOld.status).toBe(401);

    const again = await http()
      .post('/api/auth/password-reset/confirm')
      .send({ token, newPassword: 'yet another new passphrase' });
    expect(again.status).toBe(410);
    expect(again.body).toMatchObject({ code: 'invalid_link' });

    const audit = await sut.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'auth.password_reset'), eq(auditLog.actorId, user.id)));
    expect(audit).toEqual([expect.objectContaining({ outcome: 'success', details: { sessionsEnded: 2 } })]);
  });

  it('refuses an expired link with 410 and leaves the password as it was', async () => {
    const user = await createUser(sut);
    const token = await requestResetLink(user.email);
    await sut.database.db
      .update(passwordResetTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(passwordResetTokens.userId, user.id));

    const response = await http().post('/api/auth/password-reset/confirm').send({ token, newPassword: NEW_PASSWORD });

    expect(response.status).toBe(410);
    expect(response.body).toMatchObject({ code: 'invalid_link' });
    expect((await http().post('/api/auth/login').send({ email: user.email, password: user.password })).status).toBe(
      200,
    );
  });

  it('refuses a made-up token with 410', async () => {
    const response = await http()
      .post('/api/auth/password-reset/confirm')
      .send({ token: 'x'.repeat(43), newPassword: NEW_PASSWORD });

    expect(response.status).toBe(410);
    expect(response.body).toMatchObject({ code: 'invalid_link' });
  });

  it('answers an unknown address exactly as a known one, and mails nothing to it', async () => {
    const known = await createUser(sut);
    const unknown = 'nobody-here@test.example';

    const forUnknown = await http().post('/api/auth/password-reset').send({ email: unknown });
    const forKnown = await http().post('/api/auth/password-reset').send({ email: known.email });

    expect(forUnknown.status).toBe(202);
    expect(forUnknown.status).toBe(forKnown.status);
    expect(forUnknown.text).toBe(forKnown.text);
    // Mail goes out in order: once the known account's mail is in, one to the unknown address would be too.
    await mail.nextMailTo(known.email);
    expect(mail.mailsTo(unknown)).toEqual([]);
  });

  it('sends nothing to a disabled account', async () => {
    const disabled = await createUser(sut, { status: 'disabled' });
    const active = await createUser(sut);

    expect((await http().post('/api/auth/password-reset').send({ email: disabled.email })).status).toBe(202);
    expect((await http().post('/api/auth/password-reset').send({ email: active.email })).status).toBe(202);

    await mail.nextMailTo(active.email);
    expect(mail.mailsTo(disabled.email)).toEqual([]);
  });

  it('refuses a common password with a field error, and the link still works afterwards', async () => {
    const user = await createUser(sut);
    const token = await requestResetLink(user.email);

    const common = await http().post('/api/auth/password-reset/confirm').send({ token, newPassword: 'scandinavian' });

    expect(common.status).toBe(400);
    expect(common.body).toMatchObject({
      code: 'validation_failed',
      errors: [{ field: 'body.newPassword', code: 'common_password' }],
    });
    const retry = await http().post('/api/auth/password-reset/confirm').send({ token, newPassword: NEW_PASSWORD });
    expect(retry.status).toBe(204);
  });

  it('lists a too short password and a missing token as field errors', async () => {
    const response = await http().post('/api/auth/password-reset/confirm').send({ newPassword: 'short' });

    expect(response.status).toBe(400);
    expect((response.body as { errors: { field: string }[] }).errors.map((e) => e.field).sort()).toEqual([
      'body.newPassword',
      'body.token',
    ]);
  });
});

describe('Password reset mail without an SMTP server', () => {
  it('is written as an .eml file into MAIL_DIR, with a link that works', async () => {
    const sut = await createTestApp();
    try {
      const user = await createUser(sut);

      const response = await request(sut.app.getHttpServer()).post('/api/auth/password-reset').send({
        email: user.email,
      });

      expect(response.status).toBe(202);
      // The mail is sent after the answer (so that the answer does not tell whether the account exists).
      let files: string[] = [];
      for (let i = 0; i < 50 && files.length === 0; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        files = await readdir(sut.config.mail.dir).catch(() => []);
      }
      expect(files).toEqual([expect.stringMatching(new RegExp(`-${user.email.replace(/[.]/g, '\\.')}\\.eml$`))]);
      const parsed = await simpleParser(await readFile(path.join(sut.config.mail.dir, files[0]!)));
      expect(parsed.subject).toBe('Reset your THB Platform password');
      expect(parsed.to).toMatchObject({ text: user.email });
      const { token } = resetLinkIn(parsed.text ?? '');
      const confirmed = await request(sut.app.getHttpServer())
        .post('/api/auth/password-reset/confirm')
        .send({ token, newPassword: NEW_PASSWORD });
      expect(confirmed.status).toBe(204);
    } finally {
      await sut.close();
      await rm(sut.config.mail.dir, { recursive: true, force: true });
    }
  });
});
