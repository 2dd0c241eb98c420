import 'reflect-metadata';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type HsdsImportReport, hsdsImportQuerySchema } from '@thb/shared';
import { PinoLogger } from 'nestjs-pino';
import { AuditRepository } from '../../../audit/audit.repository';
import { AuditService } from '../../../audit/audit.service';
import { AppError } from '../../../common/problem/app-error';
import { ConfigError, loadConfig } from '../../../config/app-config';
import { connectDatabase } from '../../../db/connect';
import { type DatabaseConnection } from '../../../db/database';
import { DirectoryChangesRepository } from '../../directory-changes.repository';
import { DirectoryRecordsRepository } from '../../directory-records.repository';
import { HsdsImportService } from '../hsds-import.service';
import { HsdsRepository } from '../hsds.repository';

const USAGE = `Usage: npm run directory:import -- <file.json> [--language <code>] [--json]

Imports Open Referral HSDS 3.0 JSON into the directory: a service, an array of services or organisations,
a paginated list (contents) or organisations with their services. Records are validated first; rejected
ones are listed with their reasons, the rest is imported. HSDS ids are kept, so importing the same file
again updates the same records. --language names the language of texts in records that do not say it
(default en); --json prints the report as JSON. Exits with 1 when a record was rejected.
Uses the database of DATABASE_URL, or the embedded one (PGLITE_DIR): stop the server first when it uses
the embedded database.`;

/** A reason the import cannot start, worded for the person at the terminal. */
export class ImportCommandError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportCommandError';
  }
}

/** Reads and parses the file. */
export async function readHsdsFile(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new ImportCommandError(`Cannot read ${file}: ${(err as Error).message}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new ImportCommandError(`${file} is not JSON: ${(err as Error).message}`);
  }
}

/**
 * Imports one file on the given connection, as the command line does. Runs outside the Nest container (a
 * one-shot command), so the import service gets its repositories directly; its audit entry has no actor.
 */
export async function runHsdsImport(
  connection: DatabaseConnection,
  file: string,
  language = 'en',
): Promise<HsdsImportReport> {
  const data = await readHsdsFile(file);
  const importer = new HsdsImportService(
    new DirectoryRecordsRepository(connection),
    new DirectoryChangesRepository(connection),
    new HsdsRepository(connection),
    new AuditService(new AuditRepository(connection), new PinoLogger({ pinoHttp: { level: 'silent' } })),
  );
  return importer.import(data, { user: null, source: `command line, ${path.basename(file)}` }, { language });
}

/** The report as lines for the terminal. */
export function formatReport(report: HsdsImportReport): string {
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const o = report.organisations;
  const lines = [
    `${report.imported} of ${count(report.received, 'service', 'services')} imported, ` +
      `${count(report.rejected.length, 'record', 'records')} rejected.`,
    `Organisations: ${o.received} in the file, ${o.imported} created or updated, ` +
      `${count(o.untouched, 'member organisation', 'member organisations')} left as they are.`,
  ];
  for (const r of report.rejected) {
    lines.push('', `Rejected ${r.kind} ${r.id ?? '(no id)'} at ${r.path}:`, ...r.reasons.map((x) => `  - ${x}`));
  }
  if (report.warnings.length > 0) {
    lines.push('', `Warnings (${count(report.warnings.length, 'record', 'records')} imported with changes):`);
    for (const w of report.warnings) {
      lines.push(`  ${w.kind} ${w.id ?? '(no id)'} at ${w.path}:`, ...w.reasons.map((x) => `    - ${x}`));
    }
  }
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<number> {
  let parsed: { values: { language?: string; json?: boolean; help?: boolean }; positionals: string[] };
  try {
    parsed = parseArgs({
      options: {
        language: { type: 'string', short: 'l' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
    });
  } catch (err) {
    console.error(`${(err as Error).message}\n\n${USAGE}`);
    return 64; // EX_USAGE
  }
  if (parsed.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (parsed.positionals.length !== 1) {
    console.error(`Name one file to import.\n\n${USAGE}`);
    return 64;
  }
  const language = hsdsImportQuerySchema.shape.language.safeParse(parsed.values.language);
  if (!language.success) {
    console.error(`--language ${language.error.issues[0]?.message ?? 'is not valid'}.`);
    return 64;
  }
  const config = loadConfig();
  const connection = await connectDatabase(config.database, (err) => console.error(err));
  try {
    const report = await runHsdsImport(connection, path.resolve(parsed.positionals[0]!), language.data);
    process.stdout.write(parsed.values.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
    return report.rejected.length > 0 ? 1 : 0;
  } finally {
    await connection.close();
  }
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (err: unknown) => {
      if (err instanceof ImportCommandError || err instanceof ConfigError || err instanceof AppError) {
        console.error(err.message);
        process.exit(2);
      }
      console.error(err);
      process.exit(2);
    },
  );
}
