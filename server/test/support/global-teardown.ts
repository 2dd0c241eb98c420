import { rm } from 'node:fs/promises';
import { PGLITE_DUMP_ENV, realServerUrl, TEMPLATE_DATABASE_ENV, withAdminClient } from './test-database';

export default async function globalTeardown(): Promise<void> {
  const url = realServerUrl();
  const template = process.env[TEMPLATE_DATABASE_ENV];
  if (url && template) {
    await withAdminClient(url, (c) => c.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`));
  }
  const dump = process.env[PGLITE_DUMP_ENV];
  if (dump) {
    await rm(dump, { force: true });
  }
}
