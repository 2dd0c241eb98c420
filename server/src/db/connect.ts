import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { cube } from '@electric-sql/pglite/contrib/cube';
import { earthdistance } from '@electric-sql/pglite/contrib/earthdistance';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import { migrate as migratePgliteWithDrizzle } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgresWithDrizzle } from 'drizzle-orm/node-postgres/migrator';
import path from 'node:path';
import { Pool } from 'pg';
import { type DatabaseConfig } from '../config/app-config';
import { type Database, type DatabaseConnection } from './database';
import * as schema from './schema';

export const MIGRATIONS_FOLDER = path.resolve(__dirname, '..', '..', 'drizzle');

/** Arbitrary but fixed key of the advisory lock that serialises migrations between server processes. */
const MIGRATION_LOCK_KEY = 72_416_001;

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Opens PGlite (embedded PostgreSQL in WASM) with the extensions the schema uses. */
export async function openPglite(options: { dataDir: string | null; loadDataDir?: Blob }): Promise<PGlite> {
  if (options.dataDir) {
    mkdirSync(path.dirname(options.dataDir), { recursive: true });
  }
  return PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    // Order matters in PGlite 0.5: with pg_trgm loaded before cube, pg_trgm's `%` operator (similarity_op)
    // returns nothing and the WASM then spins at 100% CPU, hanging every search with words in it.
    extensions: { cube, earthdistance, pg_trgm },
  });
}

export function pgliteConnection(client: PGlite): DatabaseConnection {
  const db = drizzlePglite({ client, schema, casing: 'snake_case' }) as unknown as Database;
  return {
    db,
    driver: 'pglite',
    async ping(timeoutMs = 2000) {
      if (client.closed) {
        throw new Error('the embedded database is closed');
      }
      const started = performance.now();
      await withTimeout(client.query('SELECT 1'), timeoutMs, 'database ping');
      return performance.now() - started;
    },
    async close() {
      if (!client.closed) {
        await client.close();
      }
    },
  };
}

export function postgresConnection(pool: Pool): DatabaseConnection {
  const db = drizzlePostgres({ client: pool, schema, casing: 'snake_case' }) as unknown as Database;
  let closed = false;
  return {
    db,
    driver: 'postgres',
    async ping(timeoutMs = 2000) {
      const started = performance.now();
      await withTimeout(pool.query('SELECT 1'), timeoutMs, 'database ping');
      return performance.now() - started;
    },
    async close() {
      if (!closed) {
        closed = true;
        await pool.end();
      }
    },
  };
}

export function createPool(url: string, max: number, onError: (err: Error) => void): Pool {
  const pool = new Pool({ connectionString: url, max, connectionTimeoutMillis: 5000, idleTimeoutMillis: 30_000 });
  // A client losing its connection (server restart, network, a terminated backend) must not crash the
  // process: idle ones are reported by the pool, checked-out ones by themselves (their query fails too).
  pool.on('error', onError);
  pool.on('connect', (client) => client.on('error', onError));
  return pool;
}

/** Applies the committed Drizzle migrations to a real server; safe when several processes start at once. */
export async function migratePostgres(pool: Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await migratePostgresWithDrizzle(drizzlePostgres({ client }), { migrationsFolder: MIGRATIONS_FOLDER });
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    client.release();
  }
}

/** Applies the committed Drizzle migrations to an embedded database. */
export async function migratePglite(client: PGlite): Promise<void> {
  await migratePgliteWithDrizzle(drizzlePglite({ client }), { migrationsFolder: MIGRATIONS_FOLDER });
}

async function closeOnFailure(connection: DatabaseConnection, step: Promise<void>): Promise<DatabaseConnection> {
  try {
    await step;
    return connection;
  } catch (err) {
    await connection.close();
    throw err;
  }
}

/** Opens the database the configuration names and brings its schema up to date. */
export async function connectDatabase(
  config: DatabaseConfig,
  onPoolError: (err: Error) => void = () => undefined,
): Promise<DatabaseConnection> {
  if (config.driver === 'postgres') {
    const pool = createPool(config.url, config.poolMax, onPoolError);
    return closeOnFailure(postgresConnection(pool), migratePostgres(pool));
  }
  const client = await openPglite({ dataDir: config.dataDir });
  return closeOnFailure(pgliteConnection(client), migratePglite(client));
}
