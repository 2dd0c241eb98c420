import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { Client } from 'pg';
import { createPool, openPglite, pgliteConnection, postgresConnection } from '../../src/db/connect';
import { type DatabaseConnection } from '../../src/db/database';

/** Set by the global set-up: the migrated template every test file's database is copied from. */
export const TEMPLATE_DATABASE_ENV = 'THB_TEST_TEMPLATE_DATABASE';
export const PGLITE_DUMP_ENV = 'THB_TEST_PGLITE_DUMP';

export function realServerUrl(): string | undefined {
  return process.env.DATABASE_URL || undefined;
}

export function databaseUrlFor(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function withAdminClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A fresh, migrated database for one test file: a copy of the template database on the real server when
 * DATABASE_URL is set (dropped on close), otherwise an in-memory PGlite loaded from the migrated dump.
 */
export async function createTestDatabase(): Promise<DatabaseConnection> {
  const url = realServerUrl();
  if (url) {
    const template = process.env[TEMPLATE_DATABASE_ENV];
    if (!template) {
      throw new Error(`${TEMPLATE_DATABASE_ENV} is not set: run the integration tests through jest's global set-up`);
    }
    const name = `thb_test_${randomBytes(6).toString('hex')}`;
    await withAdminClient(url, (c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
    const connection = postgresConnection(createPool(databaseUrlFor(url, name), 5, () => undefined));
    return {
      ...connection,
      async close() {
        await connection.close();
        await withAdminClient(url, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
      },
    };
  }
  const dumpPath = process.env[PGLITE_DUMP_ENV];
  if (!dumpPath) {
    throw new Error(`${PGLITE_DUMP_ENV} is not set: run the integration tests through jest's global set-up`);
  }
  const dump = await readFile(dumpPath);
  return pgliteConnection(await openPglite({ dataDir: null, loadDataDir: new Blob([dump]) }));
}
