import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import request from 'supertest';
import { runCreateCoordinator } from '../../src/auth/cli/create-coordinator';
import { auditLog, users } from '../../src/db/schema';
import { createUser } from '../factories/accounts';
import { createTestApp, type TestApp } from '../support/test-app';

const PASSWORD = 'a long enough coordinator passphrase';

describe('Creating a Coordinator from the command line', () => {
  let sut: TestApp;
  const http = () => request(sut.app.getHttpServer());
  const newEmail = () => `coordinator-${randomUUID().slice(0, 8)}@test.example`;
  const usersWithEmail = (email: string) => sut.database.db.select().from(users).where(eq(users.email, email));

  beforeAll(async () => {
    sut = await createTestApp();
  });

  afterAll(async () => {
    await sut.close();
  });

  it('creates an active Coordinator without an organisation, who must enrol 2FA at first sign-in', async () => {
    const email = newEmail();

    const created = await runCreateCoordinator({
      email: `  ${email.toUpperCase()} `,
      password: PASSWORD,
      displayName: 'Jana Novak',
      connection: sut.database,
    });

    expect(created.email).toBe(email);
    const [row] = await usersWithEmail(email);
    expect(row).toMatchObject({
      id: created.id,
      role: 'coordinator',
      status: 'active',
      organisationId: null,
      displayName: 'Jana Novak',
      totpEnabledAt: null,
    });
    expect(row?.passwordHash).toMatch(/^\$argon2id\$/);
    const audit = await sut.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'account.create_coordinator'), eq(auditLog.targetId, created.id)));
    expect(audit).toEqual([expect.objectContaining({ outcome: 'success', targetType: 'user', actorId: null })]);

    const login = await http().post('/api/auth/login').send({ email, password: PASSWORD });
    expect(login.status).toBe(200);
    expect(login.body).toMatchObject({ user: { role: 'coordinator', organisation: null, twoFactorRequired: true } });
    const token = (login.body as { accessToken: string }).accessToken;
    const beforeEnrolment = await http().get('/api/audit').set('Authorization', `Bearer ${token}`);
    expect(beforeEnrolment.status).toBe(403);
    expect(beforeEnrolment.body).toMatchObject({ code: 'two_factor_enrolment_required' });
  });

  it('refuses an address that has an account already, whatever its case', async () => {
    const existing = await createUser(sut);

    await expect(
      runCreateCoordinator({ email: existing.email.toUpperCase(), password: PASSWORD, connection: sut.database }),
    ).rejects.toThrow(`An account with the address ${existing.email} exists already.`);

    const [row] = await usersWithEmail(existing.email);
    expect(row?.role).toBe('member');
  });

  it.each([
    ['an invalid address', { email: 'not-an-address' }, '--email must be a valid email address.'],
    ['a short password', { password: 'too short' }, 'The password must be at least 12 characters.'],
    [
      'a common password',
      { password: 'scandinavian' },
      'The password is one of the most common passwords; choose another.',
    ],
    ['an empty display name', { displayName: '   ' }, '--name is required.'],
  ])('refuses %s and creates nothing', async (_, change, message) => {
    const email = newEmail();

    await expect(
      runCreateCoordinator({ email, password: PASSWORD, connection: sut.database, ...change }),
    ).rejects.toThrow(message);

    expect(await usersWithEmail(email)).toEqual([]);
  });
});

/** The built command, run as an operator would; only when `npm run build -w server` has produced it. */
const CLI = path.resolve(__dirname, '../../dist/auth/cli/create-coordinator.js');
const describeBuilt = existsSync(CLI) ? describe : describe.skip;

describeBuilt('The built create-coordinator command', () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'thb-cli-'));
  });

  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  function run(args: string[], stdin: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [CLI, ...args], {
        // A fresh embedded database of its own, never the server the tests may be using.
        env: { ...process.env, NODE_OPTIONS: '', DATABASE_URL: '', PGLITE_DIR: path.join(dataDir, 'pglite') },
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
      child.stdin.end(stdin);
    });
  }

  it('migrates a new database, creates the Coordinator from a password on stdin, and refuses it twice', async () => {
    const first = await run(['--email', 'first.coordinator@test.example'], `${PASSWORD}\n`);
    expect(first).toMatchObject({ code: 0, stdout: expect.stringContaining('first.coordinator@test.example created') });

    const again = await run(['--email', 'first.coordinator@test.example'], `${PASSWORD}\n`);
    expect(again).toMatchObject({ code: 1, stderr: expect.stringContaining('exists already') });
  }, 60_000);

  it('explains its usage when --email is missing', async () => {
    const result = await run([], '');

    expect(result.code).toBe(64);
    expect(result.stderr).toContain('--email is required.');
  });
});
