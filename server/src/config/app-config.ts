import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type z } from 'zod';
import { envSchema } from './config.schema';

export type DatabaseConfig =
  | { driver: 'postgres'; url: string; poolMax: number }
  | { driver: 'pglite'; dataDir: string | null /* null = in memory */ };

/**
 * How Socket.IO broadcasts reach the sockets held by other server processes: not at all with the embedded
 * database (one process), through PostgreSQL NOTIFY on a real server, through a Redis stream when REDIS_URL is
 * set. Delivery does not depend on it (clients catch up from the database); it only fans out.
 */
export type BroadcastConfig =
  { adapter: 'memory' } | { adapter: 'postgres'; url: string } | { adapter: 'redis'; url: string };

/** The server's settings, parsed once from the environment at start-up. */
export interface AppConfig {
  env: 'development' | 'production' | 'test';
  version: string;
  host: string;
  port: number;
  publicUrl: string | undefined;
  database: DatabaseConfig;
  broadcast: BroadcastConfig;
  /** Server processes `npm run start:cluster` runs. */
  clusterWorkers: number;
  jwt: { accessSecret: string; refreshSecret: string; ephemeral: boolean };
  auth: {
    accessTokenTtlS: number;
    sessionTtlDays: number;
    /** Key material for secrets stored encrypted (TOTP seeds). */
    dataEncryptionKey: string;
    /** True when DATA_ENCRYPTION_KEY is unset and a fixed development key is used. */
    developmentKey: boolean;
  };
  mail: { smtpUrl: string | null; from: string; dir: string };
  /** Requests per minute and client address: all routes, and the sign-in and reset routes. */
  rateLimit: { perMinute: number; signInPerMinute: number };
  chat: {
    /** Messages, edits and reactions per user and minute, plus a burst allowance on top. */
    messagesPerMinute: number;
    burst: number;
    /** Sockets one user may hold open on one server process. */
    maxConnectionsPerUser: number;
    /** How often the retention job deletes messages past their channel's retention period. */
    retentionIntervalMinutes: number;
  };
  notifications: {
    /** Hour (UTC) after which the daily digest mail goes out. */
    digestHourUtc: number;
    /** How often scheduled announcements are looked for and published. */
    schedulerIntervalS: number;
  };
  /** Load demo organisations and accounts into an empty database. */
  demoData: 'auto' | 'on' | 'off';
  corsOrigins: string[];
  trustProxy: boolean | number;
  bodyLimit: string;
  /** Largest HSDS JSON document `POST /api/hsds/import` accepts. */
  hsdsImportBodyLimit: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  shutdownTimeoutMs: number;
  /** Folder of the built client, served on `/`; null when it has not been built. */
  clientDist: string | null;
}

export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid configuration:\n${issues.map((i) => `  - ${i}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Used when DATA_ENCRYPTION_KEY is unset outside production (production refuses to start without it), so
 * that a development database keeps working across restarts. It protects nothing: it is in the source.
 */
const DEVELOPMENT_DATA_KEY = 'thb-platform-development-only-data-encryption-key';

const SERVER_ROOT = path.resolve(__dirname, '..', '..');

function readVersion(): string {
  const pkg = JSON.parse(readFileSync(path.join(SERVER_ROOT, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

function describeIssue(issue: z.core.$ZodIssue, env: Record<string, string | undefined>): string {
  const name = issue.path.length > 0 ? String(issue.path[0]) : 'environment';
  const value = env[name];
  const shown = value === undefined || /SECRET|PASSWORD|URL/.test(name) ? '' : ` (got "${value}")`;
  return `${name}: ${issue.message}${shown}`;
}

/** Parses the environment; throws a ConfigError naming every wrong variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  // An empty variable (common in compose files and CI) means "not set", not "set to nothing".
  const parsed = envSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => describeIssue(issue, env)));
  }
  const e = parsed.data;
  const database: DatabaseConfig = e.DATABASE_URL
    ? { driver: 'postgres', url: e.DATABASE_URL, poolMax: e.DATABASE_POOL_MAX }
    : { driver: 'pglite', dataDir: e.PGLITE_DIR === ':memory:' ? null : path.resolve(e.PGLITE_DIR) };
  const broadcast: BroadcastConfig = e.REDIS_URL
    ? { adapter: 'redis', url: e.REDIS_URL }
    : database.driver === 'postgres'
      ? { adapter: 'postgres', url: database.url }
      : { adapter: 'memory' };
  const ephemeralSecrets = !e.JWT_ACCESS_SECRET || !e.JWT_REFRESH_SECRET;
  const defaultClientDist = path.resolve(SERVER_ROOT, '..', 'client', 'dist');
  const clientDist = path.resolve(e.CLIENT_DIST ?? defaultClientDist);
  return {
    env: e.NODE_ENV,
    version: readVersion(),
    host: e.HOST,
    port: e.PORT,
    publicUrl: e.PUBLIC_URL,
    database,
    broadcast,
    clusterWorkers: e.CLUSTER_WORKERS,
    jwt: {
      accessSecret: e.JWT_ACCESS_SECRET ?? randomBytes(32).toString('base64url'),
      refreshSecret: e.JWT_REFRESH_SECRET ?? randomBytes(32).toString('base64url'),
      ephemeral: ephemeralSecrets,
    },
    auth: {
      accessTokenTtlS: e.ACCESS_TOKEN_TTL_S,
      sessionTtlDays: e.SESSION_TTL_DAYS,
      dataEncryptionKey: e.DATA_ENCRYPTION_KEY ?? DEVELOPMENT_DATA_KEY,
      developmentKey: !e.DATA_ENCRYPTION_KEY,
    },
    mail: { smtpUrl: e.SMTP_URL ?? null, from: e.MAIL_FROM, dir: path.resolve(e.MAIL_DIR) },
    rateLimit: { perMinute: e.RATE_LIMIT_PER_MIN, signInPerMinute: e.SIGN_IN_RATE_LIMIT_PER_MIN },
    chat: {
      messagesPerMinute: e.CHAT_MESSAGES_PER_MIN,
      burst: e.CHAT_BURST,
      maxConnectionsPerUser: e.CHAT_MAX_CONNECTIONS_PER_USER,
      retentionIntervalMinutes: e.CHAT_RETENTION_INTERVAL_MIN,
    },
    notifications: {
      digestHourUtc: e.DIGEST_HOUR_UTC,
      schedulerIntervalS: e.ANNOUNCEMENT_SCHEDULER_INTERVAL_S,
    },
    demoData: e.DEMO_DATA === 'auto' ? 'auto' : e.DEMO_DATA === 'true' ? 'on' : 'off',
    corsOrigins: e.CORS_ORIGINS,
    trustProxy: e.TRUST_PROXY,
    bodyLimit: e.BODY_LIMIT,
    hsdsImportBodyLimit: e.HSDS_IMPORT_BODY_LIMIT,
    logLevel: e.LOG_LEVEL,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    clientDist: existsSync(path.join(clientDist, 'index.html')) ? clientDist : null,
  };
}
