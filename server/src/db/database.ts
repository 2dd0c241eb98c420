import { type NodePgQueryResultHKT } from 'drizzle-orm/node-postgres';
import { type PgDatabase } from 'drizzle-orm/pg-core';
import type * as schema from './schema';

/**
 * The Drizzle database, the same type whichever driver runs underneath. Raw `execute` results are typed as
 * node-postgres's; PGlite's have the same `rows` array, which is all the code may rely on.
 */
export type Database = PgDatabase<NodePgQueryResultHKT, typeof schema>;

export type DatabaseDriver = 'pglite' | 'postgres';

/** An open database. Only the db module knows how it was opened. */
export interface DatabaseConnection {
  readonly db: Database;
  readonly driver: DatabaseDriver;
  /** Runs a trivial query; resolves with the round-trip time, rejects when the database does not answer. */
  ping(timeoutMs?: number): Promise<number>;
  close(): Promise<void>;
}

/** Injection token of the open `DatabaseConnection`. */
export const DATABASE_CONNECTION = Symbol('DATABASE_CONNECTION');

/** The database or an open transaction: repositories accept either, so services can compose a transaction. */
export type DatabaseExecutor = Database | Parameters<Parameters<Database['transaction']>[0]>[0];
