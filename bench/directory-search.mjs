#!/usr/bin/env node
// Directory search latency at volume: generates N sample services (default 100,000) into a throw-away
// database, then replays a fixed, seeded mix of realistic searches (text in several languages, filters,
// facets on every response, distance from a city) one at a time:
//   1. through the API of the built server (HTTP, validation, serialisation: what a browser waits for);
//   2. as the same queries' SQL alone (the search statements and the cards query, through the same driver).
// Prints p50/p95/p99 of both and their ratio, for embedded PGlite and/or the real PostgreSQL server.
//
//   npm run build && node bench/directory-search.mjs [--count 100000] [--queries 1000] [--seed 7]
//       [--database-url postgres://postgres@127.0.0.1:5432/postgres] [--pglite] [--keep]
//       [--database <name>]   (an existing database of that server, generated before with --keep: no generation)
//       [--slowest <n>]       (also list the n slowest searches of the SQL run, with their times)
//       [--sql-only]          (skip the API run)
//
// With --database-url (or DATABASE_URL) it runs on a fresh database of that server; with --pglite on a
// fresh embedded data directory; with both, on both. Generating 100k services takes minutes, most on PGlite.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'server', 'dist');
const require = createRequire(path.join(root, 'server', 'package.json'));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const flag = (name) => args.includes(`--${name}`);
const count = Number(option('count', '100000'));
const queries = Number(option('queries', '1000'));
const seed = Number(option('seed', '7'));
const adminUrl = option('database-url', process.env.DATABASE_URL);
const onPglite = flag('pglite') || !adminUrl;
const keep = flag('keep');
const existing = option('database', null);
const slowest = Number(option('slowest', '0'));
const sqlOnly = flag('sql-only');

for (const file of ['main.js', 'directory/sample/cli/generate.js', 'directory/directory-search.repository.js']) {
  if (!existsSync(path.join(dist, file))) {
    console.error(`server/dist/${file} not found: run \`npm run build\` first`);
    process.exit(1);
  }
}

// ---------------------------------------------------------------------------------------------------------
// The query mix: seeded, so every run (and both databases) replays the same 1,000 searches.
// ---------------------------------------------------------------------------------------------------------
function mulberry32(a) {
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const WORDS = [
  'shelter', 'legal aid', 'counselling', 'hotline', 'children', 'women', 'interpretation', 'reintegration',
  'Schutzwohnung', 'Beratung', 'Menschenhandel', 'hébergement', 'victimes', 'accompagnement juridique',
  'tratta', 'accoglienza', 'asistencia', 'víctimas', 'apoio', 'vítimas', 'opvang', 'slachtoffers', 'pomoc',
  'ofiar', 'trafic', 'schronisko', 'sprijin', 'κακοποίηση', 'segítség', 'stöd', 'hjælp', 'apua', 'tugi',
  'forced labour', 'sexual exploitation', 'domestic work', 'safe return', 'psychological', 'medical',
  'Frauenhaus', 'Beratungstelle', 'shelterr', 'La Strada', 'Caritas', 'Payoke', 'Fundación',
]; // prettier-ignore
const COUNTRIES = ['AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IT',
  'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK', 'NG', 'UA']; // prettier-ignore
const TYPES = ['shelter', 'medical', 'psychological', 'counselling', 'interpretation', 'legal', 'reintegration',
  'safe_return', 'hotline', 'identification_referral', 'child_protection', 'material_assistance']; // prettier-ignore
const LANGUAGES = ['en', 'fr', 'de', 'it', 'es', 'pt', 'nl', 'pl', 'ro', 'bg', 'el', 'hu', 'ar', 'ru', 'uk'];
const GROUPS = ['women', 'women_with_children', 'men', 'unaccompanied_children', 'third_country_nationals'];
const CITIES = [
  [50.8467, 4.3525], [48.8566, 2.3522], [52.52, 13.405], [41.9028, 12.4964], [40.4168, -3.7038],
  [38.7223, -9.1393], [52.3676, 4.9041], [52.2297, 21.0122], [44.4268, 26.1025], [42.6977, 23.3219],
  [37.9838, 23.7275], [47.4979, 19.0402], [48.2082, 16.3738], [50.0755, 14.4378], [59.3293, 18.0686],
  [55.6761, 12.5683], [60.1699, 24.9384], [53.3498, -6.2603], [44.4949, 11.3426], [45.4642, 9.19],
]; // prettier-ignore

function buildMix(n, s) {
  const random = mulberry32(s);
  const pick = (xs) => xs[Math.floor(random() * xs.length)];
  const some = (xs, max) => [...new Set(Array.from({ length: 1 + Math.floor(random() * max) }, () => pick(xs)))];
  const mix = [];
  for (let i = 0; i < n; i++) {
    const q = {};
    const r = random();
    if (r < 0.3) {
      q.q = pick(WORDS);
    } else if (r < 0.55) {
      q.q = pick(WORDS);
      q.country = some(COUNTRIES, 2);
    } else if (r < 0.75) {
      q.country = [pick(COUNTRIES)];
      q.type = some(TYPES, 2);
      if (random() < 0.5) q.language = [pick(LANGUAGES)];
    } else if (r < 0.9) {
      const [lat, lng] = pick(CITIES);
      Object.assign(q, { lat, lng, radiusKm: pick([10, 25, 50, 100]) });
      if (random() < 0.7) q.type = [pick(TYPES)];
      if (random() < 0.3) q.q = pick(WORDS);
      if (!q.q) q.sort = 'distance';
    } else {
      q.country = [pick(COUNTRIES)];
      const f = pick(['openNow', 'free', 'hasCapacity', 'open247', 'selfReferral']);
      q[f] = true;
      if (random() < 0.5) q.group = [pick(GROUPS)];
      if (random() < 0.3) q.verifiedWithinMonths = 12;
    }
    if (random() < 0.1) q.page = 2;
    mix.push(q);
  }
  return mix;
}

function toQueryString(q) {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) {
    params.set(k, Array.isArray(v) ? v.join(',') : String(v));
  }
  return params.toString();
}

// ---------------------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------------------
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
function summary(times) {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) };
}

function baseEnv(extra) {
  return {
    PATH: process.env.PATH,
    NODE_ENV: 'development',
    DEMO_DATA: 'false',
    LOG_LEVEL: 'warn',
    RATE_LIMIT_PER_MIN: '10000000',
    ...extra,
  };
}

function generate(env) {
  const started = performance.now();
  const run = spawnSync(
    process.execPath,
    [path.join(dist, 'directory/sample/cli/generate.js'), '--count', String(count), '--seed', '1'],
    { env: baseEnv(env), stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (run.status !== 0) {
    throw new Error(`the generator failed (${run.status})`);
  }
  return (performance.now() - started) / 1000;
}

async function startServer(env, port) {
  const child = spawn(process.execPath, [path.join(dist, 'main.js')], {
    env: baseEnv({ PORT: String(port), HOST: '127.0.0.1', ...env }),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const deadline = performance.now() + 120_000;
  while (performance.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`server exited with ${child.exitCode}: ${stderr}`);
    }
    if (
      await fetch(`http://127.0.0.1:${port}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    ) {
      return child;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill('SIGKILL');
  throw new Error('server did not become healthy');
}

async function stopServer(child) {
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

/**
 * GET and parse a JSON answer over one kept-alive connection, as a browser would reuse it (node:http rather than
 * fetch: undici's streams add about 0.3 ms per request on this machine that no browser pays).
 */
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
function getJson(url) {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent }, (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('end', () => {
          try {
            resolve({ status: response.statusCode, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
          } catch (err) {
            reject(err);
          }
        });
        response.on('error', reject);
      })
      .on('error', reject);
  });
}

async function measureApi(port, mix) {
  const url = (q) => `http://127.0.0.1:${port}/api/directory/services?${toQueryString(q)}`;
  // Warm-up: plans, caches, JIT; not measured.
  for (const q of mix.slice(0, 50)) {
    await getJson(url(q));
  }
  const times = [];
  let totalHits = 0;
  for (const q of mix) {
    const started = performance.now();
    const { status, body } = await getJson(url(q));
    times.push(performance.now() - started);
    if (status !== 200) {
      throw new Error(`search ${toQueryString(q)} answered ${status}: ${JSON.stringify(body)}`);
    }
    totalHits += body.total;
  }
  return { times, meanHits: totalHits / mix.length };
}

/** The same queries as the API runs them (page and counts statements at once, then the cards), straight through the driver. */
async function measureSql(connection, mix) {
  const { DirectorySearchRepository } = require(path.join(dist, 'directory/directory-search.repository.js'));
  const { DirectoryRecordsRepository } = require(path.join(dist, 'directory/directory-records.repository.js'));
  const { defaultSort, searchViewer } = require(path.join(dist, 'directory/directory-search.service.js'));
  const { serviceSearchQuerySchema } = require(path.join(root, 'shared', 'dist', 'index.js'));
  const search = new DirectorySearchRepository(connection);
  const records = new DirectoryRecordsRepository(connection);
  const viewer = searchViewer(null);
  const run = async (q) => {
    const { page, pageSize, ...filter } = serviceSearchQuerySchema.parse(
      Object.fromEntries(new URLSearchParams(toQueryString(q))),
    );
    const result = await search.search(filter, viewer, page, pageSize, defaultSort(filter));
    await Promise.all([records.findServiceCards(result.items.map((i) => i.id)), result.facets]);
  };
  for (const q of mix.slice(0, 50)) {
    await run(q);
  }
  const times = [];
  for (const q of mix) {
    const started = performance.now();
    await run(q);
    times.push(performance.now() - started);
  }
  if (slowest > 0) {
    console.log(`\nslowest ${slowest} searches (SQL):`);
    for (const i of [...times.keys()].sort((a, b) => times[b] - times[a]).slice(0, slowest)) {
      console.log(`  ${times[i].toFixed(1).padStart(7)} ms  ${toQueryString(mix[i])}`);
    }
  }
  return times;
}

const fmt = (x) => `${x.toFixed(1).padStart(7)} ms`;
function report(label, api, sql, extra) {
  const a = summary(api);
  const s = summary(sql);
  console.log(`\n${label}: ${count.toLocaleString('en')} services, ${queries} searches, one at a time (${extra})`);
  console.log('            p50        p95        p99');
  console.log(`  API   ${fmt(a.p50)} ${fmt(a.p95)} ${fmt(a.p99)}`);
  console.log(`  SQL   ${fmt(s.p50)} ${fmt(s.p95)} ${fmt(s.p99)}`);
  console.log(
    `  API/SQL  ${(a.p50 / s.p50).toFixed(2)}×      ${(a.p95 / s.p95).toFixed(2)}×      ${(a.p99 / s.p99).toFixed(2)}×`,
  );
}

// ---------------------------------------------------------------------------------------------------------
// Runs
// ---------------------------------------------------------------------------------------------------------
const mix = buildMix(queries, seed);
const { connectDatabase, createPool, postgresConnection } = require(path.join(dist, 'db/connect.js'));
const { loadConfig } = require(path.join(dist, 'config/app-config.js'));

if (adminUrl) {
  const name = existing ?? `thb_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  if (!existing) {
    await admin.query(`CREATE DATABASE "${name}"`);
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  try {
    const generated = existing ? 0 : generate({ DATABASE_URL: url.toString() });
    const version = (await admin.query('show server_version')).rows[0].server_version;
    const server = await startServer({ DATABASE_URL: url.toString() }, 3470);
    let api = { times: [NaN], meanHits: NaN };
    try {
      if (!sqlOnly) {
        api = await measureApi(3470, mix);
      }
    } finally {
      await stopServer(server);
    }
    const connection = postgresConnection(createPool(url.toString(), 2, () => undefined));
    const sql = await measureSql(connection, mix);
    await connection.close();
    report(
      `PostgreSQL ${version}`,
      api.times,
      sql,
      `${existing ? `existing database ${name}` : `generated in ${generated.toFixed(0)} s`}, mean ${api.meanHits.toFixed(0)} hits`,
    );
  } finally {
    if (!keep && !existing) {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    } else {
      console.log(`kept database ${name}`);
    }
    await admin.end();
  }
}

if (onPglite) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'thb-bench-'));
  const dataDir = path.join(dir, 'pglite');
  try {
    const generated = generate({ PGLITE_DIR: dataDir });
    const server = await startServer({ PGLITE_DIR: dataDir }, 3471);
    let api;
    try {
      api = await measureApi(3471, mix);
    } finally {
      await stopServer(server);
    }
    // The server held the data directory; now the bench opens it itself for the SQL-only run.
    const connection = await connectDatabase(loadConfig(baseEnv({ PGLITE_DIR: dataDir })).database);
    const sql = await measureSql(connection, mix);
    await connection.close();
    report(
      'PGlite (embedded)',
      api.times,
      sql,
      `generated in ${generated.toFixed(0)} s, mean ${api.meanHits.toFixed(0)} hits`,
    );
  } finally {
    if (!keep) {
      rmSync(dir, { recursive: true, force: true });
    } else {
      console.log(`kept ${dataDir}`);
    }
  }
}
