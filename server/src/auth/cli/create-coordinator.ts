import 'reflect-metadata';
import { createInterface } from 'node:readline/promises';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { displayNameSchema, emailSchema, newPasswordSchema } from '@thb/shared';
import { AuditRepository } from '../../audit/audit.repository';
import { AppError } from '../../common/problem/app-error';
import { ConfigError, loadConfig } from '../../config/app-config';
import { connectDatabase } from '../../db/connect';
import { type DatabaseConnection } from '../../db/database';
import { UsersRepository } from '../../users/users.repository';
import { PasswordsService } from '../passwords.service';

const USAGE = `Usage: npm run create-coordinator -- --email <address> [--name "<display name>"]

Creates a Coordinator account (no organisation, active). The password is asked twice and not shown; when
standard input is not a terminal, its first line is the password. Two-factor authentication is set up at
the first sign-in. Uses the database of DATABASE_URL, or the embedded one (PGLITE_DIR): stop the server
first when it uses the embedded database.`;

/** A reason the account cannot be created, worded for the person at the terminal. */
export class CreateCoordinatorError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CreateCoordinatorError';
  }
}

export interface CreateCoordinatorInput {
  email: string;
  password: string;
  displayName?: string;
  connection: DatabaseConnection;
}

const passwords = new PasswordsService();

/** The normalised address, or an error naming what is wrong with it. */
export function checkCoordinatorEmail(email: string): string {
  const parsed = emailSchema.safeParse(email);
  if (!parsed.success) {
    throw new CreateCoordinatorError(`--email ${parsed.error.issues[0]?.message ?? 'is not valid'}.`);
  }
  return parsed.data;
}

/** The rules every new password meets: the shared length rule and the server's common-password check. */
export function checkCoordinatorPassword(password: string): void {
  const parsed = newPasswordSchema.safeParse(password);
  if (!parsed.success) {
    throw new CreateCoordinatorError(`The password ${parsed.error.issues[0]?.message ?? 'is not valid'}.`);
  }
  try {
    passwords.assertNotCommon(password, 'password');
  } catch (err) {
    if (err instanceof AppError) {
      throw new CreateCoordinatorError(`The password ${err.errors?.[0]?.message ?? err.message}.`);
    }
    throw err;
  }
}

function isUniqueViolation(err: unknown): boolean {
  const codeOf = (e: unknown) => (typeof e === 'object' && e !== null && 'code' in e ? e.code : undefined);
  return codeOf(err) === '23505' || codeOf((err as { cause?: unknown } | null)?.cause) === '23505';
}

/**
 * Creates a Coordinator: role `coordinator`, no organisation, active, and an audit entry. Runs outside the
 * Nest container (a one-shot command), so it uses the repositories directly on the connection it is given.
 */
export async function runCreateCoordinator(input: CreateCoordinatorInput): Promise<{ id: string; email: string }> {
  const email = checkCoordinatorEmail(input.email);
  checkCoordinatorPassword(input.password);
  const displayName = displayNameSchema.safeParse(input.displayName ?? 'Coordinator');
  if (!displayName.success) {
    throw new CreateCoordinatorError(`--name ${displayName.error.issues[0]?.message ?? 'is not valid'}.`);
  }
  const users = new UsersRepository(input.connection);
  const exists = new CreateCoordinatorError(`An account with the address ${email} exists already.`);
  if (await users.findByEmail(email)) {
    throw exists;
  }
  const passwordHash = await passwords.hashNew(input.password, 'password');
  let user;
  try {
    user = await users.insert({
      email,
      displayName: displayName.data,
      passwordHash,
      role: 'coordinator',
      status: 'active',
      organisationId: null,
    });
  } catch (err) {
    // Someone created the same address between the check and the insert.
    throw isUniqueViolation(err) ? exists : err;
  }
  await new AuditRepository(input.connection).insert({
    action: 'account.create_coordinator',
    outcome: 'success',
    actorId: null,
    targetType: 'user',
    targetId: user.id,
    details: { via: 'command line' },
  });
  return { id: user.id, email: user.email };
}

/** Asks on the terminal without echoing what is typed. */
async function askHidden(prompt: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      if (!muted) {
        process.stderr.write(chunk);
      }
      callback();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  rl.on('SIGINT', () => {
    rl.close();
    process.stderr.write('\n');
    process.exit(130);
  });
  try {
    const answer = rl.question(prompt);
    muted = true;
    return await answer;
  } finally {
    rl.close();
    process.stderr.write('\n');
  }
}

async function readFirstLineOfStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    return readFirstLineOfStdin();
  }
  const password = await askHidden('Password for the new Coordinator: ');
  checkCoordinatorPassword(password);
  if ((await askHidden('The same password again: ')) !== password) {
    throw new CreateCoordinatorError('The two passwords differ. Nothing was created.');
  }
  return password;
}

async function main(): Promise<number> {
  let options: { email?: string; name?: string; help?: boolean };
  try {
    options = parseArgs({
      options: { email: { type: 'string' }, name: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }).values;
  } catch (err) {
    console.error(`${(err as Error).message}\n\n${USAGE}`);
    return 64; // EX_USAGE
  }
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  if (!options.email) {
    console.error(`--email is required.\n\n${USAGE}`);
    return 64;
  }
  const config = loadConfig();
  const email = checkCoordinatorEmail(options.email);
  const password = await readPassword();
  // Like `npm run db:migrate`: the schema is brought up to date first, so this works on a new database.
  const connection = await connectDatabase(config.database, (err) => console.error(err));
  try {
    const user = await runCreateCoordinator({ email, password, displayName: options.name, connection });
    console.log(
      `Coordinator ${user.email} created (id ${user.id}). Two-factor authentication is set up at the first sign-in.`,
    );
    return 0;
  } finally {
    await connection.close();
  }
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (err: unknown) => {
      if (err instanceof CreateCoordinatorError) {
        console.error(err.message);
        process.exit(1);
      }
      if (err instanceof ConfigError) {
        console.error(err.message);
        process.exit(78); // EX_CONFIG
      }
      console.error(err);
      process.exit(1);
    },
  );
}
