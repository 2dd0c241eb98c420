import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config/app-config';
import { createPool, openPglite, pgliteConnection, postgresConnection } from '../../src/db/connect';
import { type DatabaseConnection } from '../../src/db/database';
import { type TestUser } from '../factories/accounts';
import {
  databaseUrlFor,
  PGLITE_DUMP_ENV,
  realServerUrl,
  TEMPLATE_DATABASE_ENV,
  withAdminClient,
} from './test-database';

const SERVER_ROOT = path.resolve(__dirname, '..', '..');
const REGISTER = path.join(__dirname, 'swc-register.cjs');

/**
 * Secrets every server process of a test shares, so that a token signed by one process is valid on another and
 * after a restart (random per start otherwise).
 */
const SHARED_SECRETS = {
  JWT_ACCESS_SECRET: randomBytes(32).toString('base64url'),
  JWT_REFRESH_SECRET: randomBytes(32).toString('base64url'),
};

/**
 * A database that server processes (not the test process) open: a copy of the migrated template on the real
 * server, or an embedded PGlite data directory on disk loaded from the migrated dump. `env` points a server at it.
 * PGlite is single-process: `open()` it only while no server runs on it.
 */
export interface ProcessDatabase {
  driver: 'postgres' | 'pglite';
  env: Record<string, string>;
  open(): Promise<DatabaseConnection>;
  drop(): Promise<void>;
}

export async function createProcessDatabase(): Promise<ProcessDatabase> {
  const url = realServerUrl();
  if (url) {
    const name = `thb_test_${randomBytes(6).toString('hex')}`;
    await withAdminClient(url, (c) =>
      c.query(`CREATE DATABASE "${name}" TEMPLATE "${process.env[TEMPLATE_DATABASE_ENV]}"`),
    );
    const databaseUrl = databaseUrlFor(url, name);
    return {
      driver: 'postgres',
      env: { DATABASE_URL: databaseUrl },
      open: () => Promise.resolve(postgresConnection(createPool(databaseUrl, 4, () => undefined))),
      drop: () => withAdminClient(url, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(),
    };
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'thb-process-db-'));
  const dataDir = path.join(dir, 'pglite');
  const dump = await readFile(process.env[PGLITE_DUMP_ENV]!);
  await (await openPglite({ dataDir, loadDataDir: new Blob([dump]) })).close();
  return {
    driver: 'pglite',
    env: { PGLITE_DIR: dataDir },
    open: async () => pgliteConnection(await openPglite({ dataDir })),
    drop: () => rm(dir, { recursive: true, force: true }),
  };
}

/** What the account factories need besides the database. */
export const factoryConfig = () => loadConfig({ NODE_ENV: 'test', PGLITE_DIR: ':memory:' });

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface ServerProcess {
  readonly url: string;
  readonly port: number;
  readonly child: ChildProcess;
  /** Resolves with the exit code (or signal) once the process has ended. */
  readonly exited: Promise<number | string | null>;
  /** Everything it wrote to stderr, for failure messages. */
  stderr(): string;
  /** SIGTERM (graceful shutdown) or SIGKILL, and waits until it has ended. */
  stop(signal?: 'SIGTERM' | 'SIGKILL'): Promise<number | string | null>;
}

export interface ServerProcessOptions {
  env: Record<string, string>;
  port?: number;
  /** Entry file under src/, default main.ts. */
  entry?: string;
  /** Path polled until it answers 200. */
  readyPath?: string;
}

/** Starts a server process from the TypeScript sources and waits until it answers on its port. */
export async function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  const port = options.port ?? (await freePort());
  const child = spawn(process.execPath, ['-r', REGISTER, path.join(SERVER_ROOT, 'src', options.entry ?? 'main.ts')], {
    cwd: SERVER_ROOT,
    env: {
      PATH: process.env.PATH,
      NODE_OPTIONS: '',
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      DEMO_DATA: 'false',
      RATE_LIMIT_PER_MIN: '1000000',
      SIGN_IN_RATE_LIMIT_PER_MIN: '1000000',
      CHAT_MESSAGES_PER_MIN: '1000000',
      CHAT_BURST: '1000',
      MAIL_DIR: path.join(os.tmpdir(), `thb-test-mail-${port}`),
      ...SHARED_SECRETS,
      ...options.env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | string | null>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal)),
  );
  const url = `http://127.0.0.1:${port}`;
  const server: ServerProcess = {
    url,
    port,
    child,
    exited,
    stderr: () => stderr,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill(signal);
      }
      return exited;
    },
  };
  const deadline = Date.now() + 40_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`the server process ended (${await exited}) before it was ready:\n${stderr}`);
    }
    const ready = await fetch(`${url}${options.readyPath ?? '/api/health'}`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) {
      return server;
    }
    if (Date.now() > deadline) {
      await server.stop('SIGKILL');
      throw new Error(`the server process did not become ready:\n${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Signs in through a server process's API and returns the access token. */
export async function signInOver(url: string, user: TestUser): Promise<string> {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: user.email, password: user.password }),
  });
  const body = (await response.json()) as { accessToken?: string };
  if (!response.ok || !body.accessToken) {
    throw new Error(`sign-in failed: ${response.status} ${JSON.stringify(body)}`);
  }
  return body.accessToken;
}
