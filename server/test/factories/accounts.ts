import { randomUUID } from 'node:crypto';
import { Algorithm, hash } from '@node-rs/argon2';
import { type Role } from '@thb/shared';
import { eq } from 'drizzle-orm';
import { Secret, TOTP } from 'otpauth';
import request from 'supertest';
import { SecretBox } from '../../src/auth/secret-box';
import { type AppConfig } from '../../src/config/app-config';
import { type DatabaseConnection } from '../../src/db/database';
import { organisations, users } from '../../src/db/schema';
import { type TestApp } from '../support/test-app';

export const DEFAULT_PASSWORD = 'a long enough test passphrase';

/** Cheap argon2id parameters: factories create many accounts, and verification reads them from the hash. */
const FAST_ARGON2 = { algorithm: Algorithm.Argon2id, memoryCost: 1024, timeCost: 1, parallelism: 1 };

export interface TestOrganisation {
  id: string;
  name: string;
}

export async function createOrganisation(
  database: DatabaseConnection,
  overrides: Partial<typeof organisations.$inferInsert> = {},
): Promise<TestOrganisation> {
  const [row] = await database.db
    .insert(organisations)
    .values({
      name: `Organisation ${randomUUID().slice(0, 8)}`,
      type: 'ngo',
      countries: ['BE'],
      description: { en: 'Supports victims of trafficking.' },
      languages: ['en'],
      contactEmail: 'contact@org.example',
      ...overrides,
    })
    .returning({ id: organisations.id, name: organisations.name });
  return row!;
}

export interface TestUser {
  id: string;
  email: string;
  password: string;
  role: Role;
  organisationId: string | null;
  /** Base32 TOTP secret when created with two-factor authentication on. */
  totpSecret?: string;
}

export async function createUser(
  sut: { database: DatabaseConnection; config: AppConfig },
  options: {
    role?: Role;
    email?: string;
    password?: string;
    organisationId?: string | null;
    twoFactor?: boolean;
    status?: string;
  } = {},
): Promise<TestUser> {
  const role = options.role ?? 'member';
  const password = options.password ?? DEFAULT_PASSWORD;
  const email = options.email ?? `${role}-${randomUUID().slice(0, 8)}@test.example`;
  const organisationId =
    options.organisationId !== undefined
      ? options.organisationId
      : role === 'coordinator'
        ? null
        : (await createOrganisation(sut.database)).id;
  const secret = options.twoFactor ? new Secret({ size: 20 }) : null;
  const [row] = await sut.database.db
    .insert(users)
    .values({
      email,
      displayName: `Test ${role}`,
      passwordHash: await hash(password, FAST_ARGON2),
      role,
      status: options.status ?? 'active',
      organisationId,
      totpSecret: secret ? new SecretBox(sut.config.auth.dataEncryptionKey, 'totp-secret').seal(secret.base32) : null,
      totpEnabledAt: secret ? new Date() : null,
      privacyConsentAt: new Date(),
    })
    .returning({ id: users.id });
  return { id: row!.id, email, password, role, organisationId, ...(secret ? { totpSecret: secret.base32 } : {}) };
}

/** The current code of an authenticator app holding this secret (or the next one, to avoid reuse). */
export function totpCode(secret: string, offsetSteps = 0): string {
  const totp = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' });
  return totp.generate({ timestamp: Date.now() + offsetSteps * 30_000 });
}

export interface SignedIn {
  accessToken: string;
  refreshCookie: string;
  auth: { Authorization: string };
}

/** Signs in through the API (completing 2FA if the user has it) and returns the tokens. */
export async function signIn(sut: TestApp, user: TestUser): Promise<SignedIn> {
  const http = request(sut.app.getHttpServer());
  let response = await http.post('/api/auth/login').send({ email: user.email, password: user.password });
  if (response.status === 200 && (response.body as { status: string }).status === 'two_factor_required') {
    response = await http.post('/api/auth/login/two-factor').send({
      challengeToken: (response.body as { challengeToken: string }).challengeToken,
      code: totpCode(user.totpSecret!),
    });
  }
  if (response.status !== 200) {
    throw new Error(`sign-in failed: ${response.status} ${JSON.stringify(response.body)}`);
  }
  const body = response.body as { accessToken: string };
  return {
    accessToken: body.accessToken,
    refreshCookie: refreshCookieOf(response),
    auth: { Authorization: `Bearer ${body.accessToken}` },
  };
}

export function refreshCookieOf(response: { headers: Record<string, unknown> }): string {
  const cookies = ([] as string[]).concat((response.headers['set-cookie'] as string[] | string | undefined) ?? []);
  const cookie = cookies.find((c) => c.startsWith('thb_refresh='));
  if (!cookie) {
    throw new Error('no refresh cookie in the response');
  }
  return cookie.split(';')[0]!;
}

export async function setUserStatus(database: DatabaseConnection, userId: string, status: string): Promise<void> {
  await database.db.update(users).set({ status }).where(eq(users.id, userId));
}
