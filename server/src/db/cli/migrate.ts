import { ConfigError, loadConfig } from '../../config/app-config';
import { connectDatabase } from '../connect';

/** `npm run db:migrate`: applies the committed migrations to the configured database and exits. */
async function main(): Promise<void> {
  const config = loadConfig();
  const connection = await connectDatabase(config.database, (err) => console.error(err));
  await connection.close();
  const target = config.database.driver === 'postgres' ? 'the PostgreSQL server' : 'the embedded database';
  console.warn(`Migrations applied to ${target}.`);
}

main().catch((err: unknown) => {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
});
