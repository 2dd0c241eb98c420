import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../../../config/app-config';
import { connectDatabase } from '../../../db/connect';
import { type DatabaseConnection } from '../../../db/database';
import { DirectoryRecordsRepository } from '../../directory-records.repository';
import { DirectorySampleRepository } from '../directory-sample.repository';
import { DirectorySampleService } from '../directory-sample.service';

const USAGE = `Usage: npm run directory:generate -- --count <services> [--seed <n>] [--batch <services>] [--parallel <n>]

Writes <count> generated sample services (and their sample organisations) into the configured database:
DATABASE_URL, or the embedded one (PGLITE_DIR; stop the server first). The same seed always gives the same
records with the same ids, so running again with the same seed replaces them; another seed adds new ones.
Defaults: --count 1000, --seed 1, --batch 2000 services per transaction, --parallel 2 transactions at once on
a PostgreSQL server (the embedded database has one connection: always 1).`;

export interface GenerateRun {
  count: number;
  seed: number;
  batchSize: number;
  /** Batches written at once; only a PostgreSQL server can take more than one. */
  parallel?: number;
  connection: DatabaseConnection;
  onProgress?: (services: number) => void;
}

/** Generates and inserts the sample services; resolves with the counts and the time it took. */
export async function runGenerate(run: GenerateRun): Promise<{ organisations: number; services: number; ms: number }> {
  const samples = new DirectorySampleRepository(run.connection);
  const service = new DirectorySampleService(new DirectoryRecordsRepository(run.connection), samples);
  const started = performance.now();
  const loaded = await service.loadGenerated({
    count: run.count,
    seed: run.seed,
    batchSize: run.batchSize,
    parallel: run.connection.driver === 'postgres' ? (run.parallel ?? 2) : 1,
    onBatch: (done) => run.onProgress?.(done.services),
  });
  await samples.compactAfterBulkLoad();
  return { organisations: loaded.organisations, services: loaded.services, ms: performance.now() - started };
}

function positiveInteger(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) {
    return fallback;
  }
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) {
    throw new ConfigError([`--${name} must be a whole number of at least 1 (got "${value}")`]);
  }
  return n;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      count: { type: 'string' },
      seed: { type: 'string' },
      batch: { type: 'string' },
      parallel: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const count = positiveInteger(values.count, 'count', 1000);
  const seed = positiveInteger(values.seed, 'seed', 1);
  const batchSize = positiveInteger(values.batch, 'batch', 2000);
  const parallel = positiveInteger(values.parallel, 'parallel', 2);
  const config = loadConfig();
  const target = config.database.driver === 'postgres' ? 'the PostgreSQL server' : 'the embedded database';
  const connection = await connectDatabase(config.database, (err) => console.error(err));
  try {
    let reported = 0;
    const result = await runGenerate({
      count,
      seed,
      batchSize,
      parallel,
      connection,
      onProgress: (services) => {
        if (services - reported >= 10_000 || services === count) {
          reported = services;
          console.error(`  ${services.toLocaleString('en')} / ${count.toLocaleString('en')} services`);
        }
      },
    });
    const seconds = result.ms / 1000;
    console.log(
      `Generated ${result.services.toLocaleString('en')} sample services and ${result.organisations.toLocaleString('en')} organisations (seed ${seed}) into ${target} in ${seconds.toFixed(1)} s (${Math.round(result.services / seconds).toLocaleString('en')} services/s).`,
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
      console.error(err instanceof ConfigError ? err.message : err);
      process.exit(1);
    },
  );
}
