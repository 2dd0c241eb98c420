import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createPool, migratePglite, migratePostgres, openPglite } from '../../src/db/connect';
import {
  databaseUrlFor,
  PGLITE_DUMP_ENV,
  realServerUrl,
  TEMPLATE_DATABASE_ENV,
  withAdminClient,
} from './test-database';

/** Migrates once per run; each test file then copies the result instead of migrating again. */
export default async function globalSetup(): Promise<void> {
  const url = realServerUrl();
  if (url) {
    const template = `thb_template_${randomBytes(6).toString('hex')}`;
    await withAdminClient(url, (c) => c.query(`CREATE DATABASE "${template}"`));
    const pool = createPool(databaseUrlFor(url, template), 1, () => undefined);
    try {
      await migratePostgres(pool);
    } finally {
      await pool.end();
    }
    process.env[TEMPLATE_DATABASE_ENV] = template;
    return;
  }
  const pglite = await openPglite({ dataDir: null });
  try {
    await migratePglite(pglite);
    const dump = await pglite.dumpDataDir('gzip');
    const dumpPath = path.join(os.tmpdir(), `thb-test-${process.pid}-${randomBytes(4).toString('hex')}.tar.gz`);
    await writeFile(dumpPath, Buffer.from(await dump.arrayBuffer()));
    process.env[PGLITE_DUMP_ENV] = dumpPath;
  } finally {
    await pglite.close();
  }
}
