#!/usr/bin/env node
// Cold start of the built server (build excluded): time from spawning `node server/dist/main.js` until
// GET /api/health answers 200, on embedded PGlite (first start on an empty data directory, and a restart
// reusing it) and on a real PostgreSQL server (empty database, then restart).
//
//   npm run build && node bench/cold-start.mjs [--runs 5] [--database-url postgres://postgres@127.0.0.1/postgres]
//
// Without --database-url (or DATABASE_URL) the real-server rows are skipped.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const main = path.join(root, 'server', 'dist', 'main.js');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const runs = Number(option('runs', '5'));
const adminUrl = option('database-url', process.env.DATABASE_URL);
let nextPort = 3400;

if (!existsSync(main)) {
  console.error('server/dist/main.js not found: run `npm run build` first');
  process.exit(1);
}

async function startAndTime(env) {
  const port = nextPort++;
  const started = performance.now();
  const child = spawn(process.execPath, [main], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      JWT_ACCESS_SECRET: 'b'.repeat(40),
      JWT_REFRESH_SECRET: 'c'.repeat(40),
      DATA_ENCRYPTION_KEY: 'd'.repeat(40),
      SMTP_URL: 'smtp://127.0.0.1:2525',
      LOG_LEVEL: 'warn',
      PORT: String(port),
      HOST: '127.0.0.1',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const deadline = started + 60_000;
  try {
    while (performance.now() < deadline) {
      if (child.exitCode !== null) {
        throw new Error(`server exited with ${child.exitCode}: ${stderr}`);
      }
      const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) {
        return performance.now() - started;
      }
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error('server did not become healthy within 60 s');
  } finally {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (xs) =>
  `median ${Math.round(median(xs))} ms  (min ${Math.round(Math.min(...xs))}, max ${Math.round(Math.max(...xs))}, n=${xs.length})`;

const rows = [];

{
  const first = [];
  const again = [];
  for (let i = 0; i < runs; i++) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'thb-bench-'));
    try {
      first.push(await startAndTime({ PGLITE_DIR: path.join(dir, 'pglite') }));
      again.push(await startAndTime({ PGLITE_DIR: path.join(dir, 'pglite') }));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  rows.push(['embedded PGlite, first start (empty data dir: migrations + reference data)', first]);
  rows.push(['embedded PGlite, restart reusing the data dir', again]);
}

if (adminUrl) {
  const first = [];
  const again = [];
  for (let i = 0; i < runs; i++) {
    const name = `thb_bench_${process.pid}_${i}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    try {
      first.push(await startAndTime({ DATABASE_URL: url.toString() }));
      again.push(await startAndTime({ DATABASE_URL: url.toString() }));
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    }
  }
  rows.push(['PostgreSQL server, first start (empty database)', first]);
  rows.push(['PostgreSQL server, restart', again]);
} else {
  rows.push(['PostgreSQL server (skipped: pass --database-url)', []]);
}

console.log(
  `Cold start to first healthy /api/health (build excluded), ${os.cpus().length} cores, Node ${process.version}`,
);
for (const [label, xs] of rows) {
  console.log(`  ${label.padEnd(75)} ${xs.length ? fmt(xs) : '-'}`);
}
