#!/usr/bin/env node
// Channels under load, three figures, on a throw-away database served by the built server:
//   1. a ceiling test in the style of Mattermost's (mattermost-load-test-ng's simulative controller): simulated
//      members sign in through the API, connect a socket and repeat Mattermost's action mix at Mattermost's pace
//      (an action every 1–39 s, 20 s on average; per message sent: 6.52 channel switches, each a history page and
//      a read marker, 1.99 scrolls up, 1 unread check, 0.13 reactions, 0.144 reconnects with catch-up
//      `channel:sync` of every channel; 18 % of messages are thread replies). The user count rises step by step
//      (new users arriving at --arrival per second; Mattermost's coordinator adds 16 every 10 s)
//      until one of Mattermost's criteria fails: average request ≤ 100 ms, p99 ≤ 2 s, no error, and no message
//      lost or duplicated (checked after each step: every acknowledged message stored once, and seen by every
//      member of its channel through live events or catch-up). Prints the highest user count that passed. A step
//      that fails while other processes took over a quarter of a core is measured again (twice at most).
//   2. fan-out latency of one message to 1,000 sockets in one channel (send → each socket's receipt), p50/p99;
//   3. sustained persisted messages per second (senders waiting for each ack, spread over 10 channels);
// 2 and 3 each next to the same measurement on a bare Socket.IO broadcast server without authentication or
// database (the practical ceiling on this machine), as a ratio. The load generator runs on the same machine.
//
//   npm run build && node bench/chat-ceiling.mjs [--database-url postgres://postgres@127.0.0.1:5432/postgres]
//       [--pglite] [--start 500] [--step 500] [--max 5000] [--arrival 16] [--duration 60] [--fanout 1000] [--sustain 20]
//       [--senders 100] [--only ceiling|fanout|sustain] [--profile <dir>] [--keep]
//
// With --database-url (or DATABASE_URL) it runs on a fresh database of that server; with --pglite on a fresh
// embedded data directory; with both, on both. Accounts are written straight into the database with cheap argon2
// parameters (the sign-in itself goes through the API); rate limits are raised for the run. Sockets use the
// WebSocket transport from the start (browsers begin with long-polling and upgrade). --profile writes a V8 CPU
// profile of each server process into <dir> (open it in Chrome DevTools or speedscope).
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'server', 'dist');
const require = createRequire(path.join(root, 'server', 'package.json'));
const { io } = require('socket.io-client');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const flag = (name) => args.includes(`--${name}`);
const SOCKET_PATH = '/socket.io';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A message as the platform broadcasts it, for the bare server (same size on the wire, about 700 bytes). */
function fakeMessage(channelId, seq, clientId, body) {
  const now = new Date().toISOString();
  return {
    id: randomUUID(), channelId, seq, updatedSeq: seq, clientId,
    author: { id: randomUUID(), displayName: 'Bench user 12', organisationName: 'Bench organisation 3' },
    body, threadRootId: null, replyCount: 0, lastReplyAt: null, reactions: [], mentions: [], mentionsChannel: false,
    sharedService: null, createdAt: now, editedAt: null, deletedAt: null, hiddenAt: null, pinnedAt: null,
  }; // prettier-ignore
}

// ---------------------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------------------
const percentile = (sorted, p) =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const mean = (xs) => (xs.length === 0 ? NaN : xs.reduce((a, b) => a + b, 0) / xs.length);
const fmtMs = (x) =>
  Number.isNaN(x) ? '–' : x < 10 ? `${x.toFixed(1)} ms` : `${Math.round(x).toLocaleString('en')} ms`;

function mulberry32(a) {
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(Number(option('seed', '7')));
const pick = (xs) => xs[Math.floor(random() * xs.length)];
const WORDS = ('referral shelter meeting agenda report minutes draft partners victims identification training ' +
  'funding hotline outreach labour exploitation guidelines national rapporteur network update question thanks ' +
  'deadline translation workshop Brussels Lisbon Vienna evaluation monitoring data children').split(' '); // prettier-ignore
const sentence = (min, max) =>
  Array.from({ length: min + Math.floor(random() * (max - min + 1)) }, () => pick(WORDS)).join(' ');
const EMOJI = ['👍', '🎉', '❤️', '😄', '🙏'];

/** CPU seconds used so far by a process (user + system), from /proc. */
function cpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

/** Busy CPU seconds of the whole machine (all cores), from /proc/stat. */
function machineBusySeconds() {
  try {
    const [, ...f] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
    const n = f.map(Number);
    return (n.reduce((a, b) => a + b, 0) - n[3] - n[4]) / 100;
  } catch {
    return NaN;
  }
}

/** CPU seconds of every PostgreSQL server process (0 on the embedded database). */
function postgresCpuSeconds() {
  let total = 0;
  try {
    for (const pid of spawnSyncLines('pgrep', ['-x', 'postgres'])) {
      const s = cpuSeconds(Number(pid));
      if (!Number.isNaN(s)) total += s;
    }
  } catch {
    return NaN;
  }
  return total;
}
function spawnSyncLines(cmd, cmdArgs) {
  const out = require('node:child_process').spawnSync(cmd, cmdArgs, { encoding: 'utf8' });
  return out.stdout.split('\n').filter(Boolean);
}

// ---------------------------------------------------------------------------------------------------------
// The server under test
// ---------------------------------------------------------------------------------------------------------
const JWT = {
  JWT_ACCESS_SECRET: 'bench-access-secret-'.padEnd(48, 'a'),
  JWT_REFRESH_SECRET: 'bench-refresh-'.padEnd(48, 'b'),
};
const ACCESS_TOKEN_TTL_S = 900;

function serverEnv(extra) {
  return {
    PATH: process.env.PATH,
    NODE_ENV: 'production',
    ...JWT,
    DATA_ENCRYPTION_KEY: 'bench-data-key-'.padEnd(48, 'c'),
    SMTP_URL: 'smtp://127.0.0.1:2525',
    LOG_LEVEL: 'warn',
    DEMO_DATA: 'false',
    ACCESS_TOKEN_TTL_S: String(ACCESS_TOKEN_TTL_S),
    RATE_LIMIT_PER_MIN: '100000000',
    SIGN_IN_RATE_LIMIT_PER_MIN: '100000000',
    CHAT_MESSAGES_PER_MIN: '100000',
    CHAT_BURST: '10000',
    ...extra,
  };
}

async function waitHealthy(child, port, stderr) {
  const deadline = performance.now() + 120_000;
  while (performance.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`server exited with ${child.exitCode}: ${stderr()}`);
    }
    if (
      await fetch(`http://127.0.0.1:${port}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    ) {
      return;
    }
    await sleep(50);
  }
  child.kill('SIGKILL');
  throw new Error('server did not become healthy');
}

async function startServer(env, port) {
  const profile = option('profile', null);
  const nodeArgs = profile ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(profile)}`] : [];
  const child = spawn(process.execPath, [...nodeArgs, path.join(dist, 'main.js')], {
    env: serverEnv({ PORT: String(port), HOST: '127.0.0.1', ...env }),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-20_000)));
  await waitHealthy(child, port, () => stderr);
  return { child, url: `http://127.0.0.1:${port}`, stderr: () => stderr };
}

async function startBareServer(port) {
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--bare-server', String(port)], {
    env: { PATH: process.env.PATH },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  await new Promise((resolve, reject) => {
    child.stderr.on('data', (d) => String(d).includes('ready') && resolve());
    child.once('exit', (code) => reject(new Error(`bare server exited with ${code}`)));
  });
  return { child, url: `http://127.0.0.1:${port}` };
}

async function stopServer(server) {
  if (server.child.exitCode !== null) return;
  const exited = new Promise((r) => server.child.once('exit', r));
  server.child.kill('SIGTERM');
  await exited;
}

// ---------------------------------------------------------------------------------------------------------
// Data: accounts, organisations and public channels written straight into the database before the server starts
// (the embedded database belongs to one process at a time).
// ---------------------------------------------------------------------------------------------------------
const PASSWORD = 'bench passphrase 2026';
const PUBLIC_CHANNELS = 20;
const PUBLIC_PER_USER = 4;
const email = (i) => `bench-${i}@bench.example`;

async function prepareDatabase(env, users) {
  const { connectDatabase } = require(path.join(dist, 'db/connect.js'));
  const { loadConfig } = require(path.join(dist, 'config/app-config.js'));
  const { sql } = require('drizzle-orm');
  const { hash, Algorithm } = require('@node-rs/argon2');
  const passwordHash = await hash(PASSWORD, {
    algorithm: Algorithm.Argon2id,
    memoryCost: 1024,
    timeCost: 1,
    parallelism: 1,
  });
  const connection = await connectDatabase(loadConfig(serverEnv(env)).database);
  const db = connection.db;
  const orgs = Math.max(1, Math.ceil(users / 10));
  await db.execute(sql`
    INSERT INTO organisations (name, type, countries, description, languages, contact_email)
    SELECT 'Bench organisation ' || i, 'ngo', ARRAY['BE'], '{}'::jsonb, ARRAY['en'], 'contact@bench.example'
    FROM generate_series(0, ${orgs - 1}::int) i`);
  await db.execute(sql`
    WITH o AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM organisations WHERE name LIKE 'Bench organisation %')
    INSERT INTO users (email, display_name, password_hash, role, organisation_id, privacy_consent_at)
    SELECT 'bench-' || i || '@bench.example', 'Bench user ' || i, ${passwordHash}, 'member', o.id, now()
    FROM generate_series(0, ${users - 1}::int) i JOIN o ON o.n = i % ${orgs}::int`);
  await db.execute(sql`
    INSERT INTO channels (kind, name, topic)
    SELECT 'public', 'Bench public channel ' || i, 'A public channel of the benchmark'
    FROM generate_series(1, ${PUBLIC_CHANNELS}::int) i`);
  // Everyone in PUBLIC_PER_USER public channels picked by hash; user 0 (the auditor) in all of them.
  await db.execute(sql`
    INSERT INTO channel_members (channel_id, user_id)
    SELECT c.id, u.id FROM users u
    CROSS JOIN LATERAL (
      SELECT id FROM channels WHERE kind = 'public'
      ORDER BY CASE WHEN u.email = 'bench-0@bench.example' THEN '' ELSE md5(u.id::text || id::text) END
      LIMIT CASE WHEN u.email = 'bench-0@bench.example' THEN ${PUBLIC_CHANNELS}::int ELSE ${PUBLIC_PER_USER}::int END) c
    WHERE u.email LIKE 'bench-%@bench.example'`);
  await connection.close();
}

// ---------------------------------------------------------------------------------------------------------
// Measurements
// ---------------------------------------------------------------------------------------------------------
class Metrics {
  constructor() {
    this.reset();
  }
  reset() {
    this.times = new Map(); // kind → ms[]
    this.errors = new Map(); // kind: reason → count
  }
  record(kind, ms) {
    let list = this.times.get(kind);
    if (!list) this.times.set(kind, (list = []));
    list.push(ms);
  }
  error(kind, reason) {
    const key = `${kind}: ${reason}`;
    this.errors.set(key, (this.errors.get(key) ?? 0) + 1);
  }
  all() {
    return [...this.times.values()].flat();
  }
  errorCount() {
    return [...this.errors.values()].reduce((a, b) => a + b, 0);
  }
}
const metrics = new Metrics();
/** Syncs started because a live event was not the next one (a broadcast overtaken by a later one, or lost). */
const gapSyncs = { count: 0 };
const REQUEST_TIMEOUT_MS = 10_000;

async function timedFetch(kind, url, init) {
  const started = performance.now();
  try {
    const response = await fetch(url, init);
    const body = await response.json();
    metrics.record(kind, performance.now() - started);
    if (!response.ok) metrics.error(kind, `HTTP ${response.status}`);
    return response.ok ? body : null;
  } catch (err) {
    metrics.record(kind, performance.now() - started);
    metrics.error(kind, err.message);
    return null;
  }
}

async function signIn(url, i, kind = 'sign-in') {
  const body = await timedFetch(kind, `${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: email(i), password: PASSWORD }),
  });
  return body?.accessToken ?? null;
}

// ---------------------------------------------------------------------------------------------------------
// A simulated member (the real client's delivery logic: apply the next sequence, ignore what it has, catch up
// with channel:sync on a gap and on every reconnect; sends retried with the same client id)
// ---------------------------------------------------------------------------------------------------------
const ACTIONS = [
  ['switchChannel', 6.5219],
  ['scrollChannel', 1.9873],
  ['unreadCheck', 1],
  ['createPost', 1],
  ['addReaction', 0.1306],
  ['reconnect', 0.144],
];
const ACTION_TOTAL = ACTIONS.reduce((a, [, f]) => a + f, 0);
function pickAction() {
  let r = random() * ACTION_TOTAL;
  for (const [name, f] of ACTIONS) {
    if ((r -= f) < 0) return name;
  }
  return ACTIONS[0][0];
}

class Member {
  constructor(url, index, { measured = true } = {}) {
    this.url = url;
    this.index = index;
    this.measured = measured;
    this.channels = new Map(); // id → { lastSeq, start, seen: Set, queue: Promise, recent: ids }
    this.current = null;
    this.acked = [];
    this.busy = 0;
    this.stopped = false;
  }

  async start() {
    this.token = await signIn(this.url, this.index);
    this.tokenAt = Date.now();
    if (!this.token) return false;
    this.socket = io(this.url, {
      path: SOCKET_PATH,
      transports: ['websocket'],
      forceNew: true,
      auth: { token: this.token },
      reconnectionDelay: 1_000,
      reconnectionDelayMax: 15_000,
    });
    this.socket.on('channel:event', (event) => this.onEvent(event));
    this.socket.on('connect', () => {
      if (this.listed) {
        for (const st of this.channels.values()) this.enqueue(st, () => this.catchUp(st));
      }
    });
    const connected = await new Promise((resolve) => {
      this.socket.once('connect', () => resolve(true));
      this.socket.once('connect_error', (err) => {
        metrics.error('connect', err.message);
        resolve(false);
      });
    });
    if (!connected) return false;
    const list = await this.request('channels:list', {}, 'initial channel list');
    if (!list?.ok) return false;
    for (const c of list.data.filter((c) => c.joined)) {
      this.channels.set(c.id, {
        id: c.id,
        lastSeq: c.lastSeq,
        start: c.lastSeq,
        seen: new Set(),
        queue: Promise.resolve(),
        recent: [],
      });
    }
    this.listed = true;
    this.current = pick([...this.channels.keys()]);
    return true;
  }

  /** Emits an event and waits for its ack, timed; null on a timeout or a dropped connection. */
  request(event, payload, kind = event) {
    const started = performance.now();
    return this.socket
      .timeout(REQUEST_TIMEOUT_MS)
      .emitWithAck(event, payload)
      .then(
        (ack) => {
          if (this.measured) {
            metrics.record(kind, performance.now() - started);
            if (!ack.ok) metrics.error(kind, ack.error.code);
          }
          return ack;
        },
        () => {
          if (this.measured) {
            metrics.record(kind, performance.now() - started);
            metrics.error(kind, this.socket.connected ? 'timeout' : 'disconnected');
          }
          return null;
        },
      );
  }

  enqueue(st, work) {
    st.queue = st.queue.then(work).catch(() => undefined);
    return st.queue;
  }

  onEvent(event) {
    const st = this.channels.get(event.channelId);
    if (!st) return;
    this.enqueue(st, async () => {
      if (event.seq <= st.lastSeq) return;
      if (event.seq === st.lastSeq + 1) {
        st.seen.add(event.message.id);
        st.lastSeq = event.seq;
        return;
      }
      gapSyncs.count += 1;
      await this.catchUp(st);
    });
  }

  async catchUp(st) {
    for (;;) {
      const ack = await this.request('channel:sync', { channelId: st.id, afterSeq: st.lastSeq }, 'channel:sync');
      if (!ack?.ok) return;
      for (const m of ack.data.messages) st.seen.add(m.id);
      st.lastSeq = Math.max(st.lastSeq, ack.data.lastSeq);
      if (!ack.data.hasMore) return;
    }
  }

  /** Mattermost's idle time: uniform in [min, 2 × avg − min), so avg on average. */
  async run(minIdleMs, avgIdleMs) {
    while (!this.stopped) {
      await sleep(minIdleMs + random() * (2 * avgIdleMs - 2 * minIdleMs));
      while (this.paused && !this.stopped) await sleep(100);
      if (this.stopped || !this.socket.connected) continue;
      this.busy += 1;
      try {
        await this[pickAction()]();
      } finally {
        this.busy -= 1;
      }
    }
  }

  async switchChannel() {
    const others = [...this.channels.keys()].filter((id) => id !== this.current);
    this.current = pick(others);
    const page = await this.request('channel:history', { channelId: this.current, limit: 50 });
    if (!page?.ok) return;
    const st = this.channels.get(this.current);
    st.recent = page.data.messages.filter((m) => !m.deletedAt && !m.hiddenAt).map((m) => ({ id: m.id, seq: m.seq }));
    await this.request('channel:read', { channelId: this.current, seq: page.data.lastSeq });
  }

  async scrollChannel() {
    const st = this.channels.get(this.current);
    const oldest = st.recent[0]?.seq ?? st.lastSeq + 1;
    await this.request('channel:history', { channelId: this.current, beforeSeq: Math.max(0, oldest), limit: 50 });
  }

  async unreadCheck() {
    await this.request('channels:list', {});
  }

  async createPost() {
    const st = this.channels.get(this.current);
    const root = random() < 0.18 && st.recent.length > 0 ? pick(st.recent.slice(-10)) : null;
    const payload = {
      channelId: this.current,
      clientId: randomUUID(),
      body: sentence(4, 30),
      ...(root ? { threadRootId: root.id } : {}),
    };
    // Retried with the same client id until acknowledged, as the client does (3 tries here).
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const ack = await this.request('message:send', payload);
      if (ack?.ok) {
        this.acked.push({ clientId: payload.clientId, id: ack.data.id, channelId: this.current });
        return;
      }
      if (ack) return; // refused: counted as an error
      await sleep(500);
    }
    this.unacked = (this.unacked ?? 0) + 1;
  }

  async addReaction() {
    const st = this.channels.get(this.current);
    if (st.recent.length === 0) return;
    await this.request('message:react', { messageId: pick(st.recent.slice(-10)).id, emoji: pick(EMOJI), on: true });
  }

  async reconnect() {
    this.socket.disconnect();
    await sleep(500 + random() * 1000);
    // Access tokens last 15 minutes: sign in again before one runs out, as the client refreshes it.
    if (Date.now() - this.tokenAt > (ACCESS_TOKEN_TTL_S - 180) * 1000) {
      const token = await signIn(this.url, this.index);
      if (token) {
        this.token = token;
        this.tokenAt = Date.now();
      }
    }
    this.socket.auth = { token: this.token };
    const connected = new Promise((resolve) => {
      this.socket.once('connect', () => resolve(true));
      this.socket.once('connect_error', (err) => {
        metrics.error('reconnect', err.message);
        resolve(false);
      });
    });
    this.socket.connect();
    if (await connected) {
      await Promise.all([...this.channels.values()].map((st) => st.queue));
    }
  }

  async settled() {
    while (this.busy > 0) await sleep(50);
    await Promise.all([...this.channels.values()].map((st) => st.queue));
  }

  close() {
    this.stopped = true;
    this.socket?.disconnect();
  }
}

// ---------------------------------------------------------------------------------------------------------
// 1. Ceiling
// ---------------------------------------------------------------------------------------------------------
/** An unmeasured request of the auditor (user 0), waiting for its connection and trying again after a timeout. */
async function auditCall(auditor, event, payload) {
  for (let attempt = 1; ; attempt += 1) {
    while (!auditor.socket.connected) await sleep(100);
    try {
      return await auditor.socket.timeout(30_000).emitWithAck(event, payload);
    } catch (err) {
      if (attempt === 3) throw new Error(`the auditor's ${event} failed three times: ${err.message}`);
    }
  }
}

/** Every message of a channel created after `afterSeq`, read through the API by the auditor. */
async function messagesAfter(auditor, channelId, afterSeq) {
  const found = new Map();
  for (let seq = afterSeq; ;) {
    const ack = await auditCall(auditor, 'channel:sync', { channelId, afterSeq: seq });
    if (!ack.ok) throw new Error(`audit sync failed: ${ack.error.code}`);
    for (const m of ack.data.messages) if (m.seq > afterSeq) found.set(m.id, m);
    seq = ack.data.lastSeq;
    if (!ack.data.hasMore) return [...found.values()];
  }
}

/** After a step: every acked message stored once, and seen by every member following its channel. */
async function audit(auditor, members, channelStart) {
  let lost = 0;
  let duplicated = 0;
  let unacked = 0;
  const stored = new Map();
  for (const [channelId, start] of channelStart) {
    stored.set(channelId, await messagesAfter(auditor, channelId, start));
  }
  const acked = members.flatMap((m) => m.acked);
  const byClientId = new Map();
  for (const m of [...stored.values()].flat()) {
    if (byClientId.has(m.clientId)) duplicated += 1;
    byClientId.set(m.clientId, m);
  }
  for (const a of acked) {
    const m = byClientId.get(a.clientId);
    if (!m) lost += 1;
    else if (m.id !== a.id) duplicated += 1;
  }
  const ackedIds = new Set(acked.map((a) => a.clientId));
  unacked = [...byClientId.keys()].filter((c) => !ackedIds.has(c)).length;
  let missedDeliveries = 0;
  for (const member of members) {
    for (const st of member.channels.values()) {
      for (const m of stored.get(st.id) ?? []) {
        if (m.seq > st.start && !st.seen.has(m.id)) missedDeliveries += 1;
      }
    }
  }
  return { messages: byClientId.size, lost, duplicated, unacked, missedDeliveries };
}

/** A failed step is measured again (at most MAX_REPEATS times) when other work took more than this of a core. */
const DISTURBED = 0.25;
const MAX_REPEATS = 2;

async function ceiling(url, serverPid) {
  const start = Number(option('start', '500'));
  const stepSize = Number(option('step', '500'));
  const max = Number(option('max', '5000'));
  const duration = Number(option('duration', '60')) * 1000;
  // Mattermost's coordinator adds 16 users every 10 s; this adds `arrival` users per second.
  const arrival = Number(option('arrival', '16'));
  const minIdle = 1_000;
  const avgIdle = 20_000;
  const auditor = new Member(url, 0, { measured: false });
  if (!(await auditor.start())) throw new Error('the auditor could not sign in');
  const members = [];
  const results = [];
  let best = 0;
  const lag = monitorEventLoopDelay({ resolution: 10 });
  lag.enable();
  console.log(
    `\nCeiling: steps of ${stepSize} users from ${start}, arriving ${arrival}/s, then ${duration / 1000} s; an action every ${minIdle / 1000}–${(2 * avgIdle - minIdle) / 1000} s per user; all of each step measured`,
  );
  console.log(
    '  users  requests  req/s   avg      p99      errors  lost  dup  missed  server CPU  PG CPU  load gen CPU  other CPU  gen lag p99  verdict',
  );
  let repeats = 0;
  for (let target = start; target <= max; target += stepSize) {
    // Everyone pauses between steps, so that the audit sees a settled state.
    metrics.reset();
    gapSyncs.count = 0;
    lag.reset();
    const channelStart = new Map([...auditor.channels.values()].map((st) => [st.id, st.lastSeq]));
    // The auditor's view of each channel's sequence is refreshed from the server.
    const list = await auditCall(auditor, 'channels:list', {});
    for (const c of list.data) if (channelStart.has(c.id)) channelStart.set(c.id, c.lastSeq);
    for (const m of members) {
      for (const st of m.channels.values()) {
        st.start = st.lastSeq;
        st.seen.clear();
      }
      m.acked = [];
      m.unacked = 0;
      m.paused = false;
    }
    const cpu0 = {
      server: cpuSeconds(serverPid),
      pg: postgresCpuSeconds(),
      gen: process.cpuUsage(),
      machine: machineBusySeconds(),
      at: performance.now(),
    };
    // New users sign in and connect at `arrival` per second while the others go on; then `duration` of steady load.
    const newcomers = target - members.length;
    for (let i = 0; i < newcomers; i += 1) {
      const m = new Member(url, members.length + 1);
      members.push(m);
      void sleep((i / arrival) * 1000)
        .then(() => m.start())
        .then((ok) => ok && m.run(minIdle, avgIdle));
    }
    const stepEnds = performance.now() + (newcomers / arrival) * 1000 + duration;
    while (performance.now() < stepEnds) {
      await sleep(Math.min(15_000, stepEnds - performance.now()));
      if (flag('verbose')) {
        const t = metrics.all();
        const connected = members.filter((m) => m.socket?.connected).length;
        console.log(
          `      … ${connected} connected, ${t.length} requests, avg ${fmtMs(mean(t))}, errors ${metrics.errorCount()}, gap syncs ${gapSyncs.count}`,
        );
      }
    }
    for (const m of members) m.paused = true;
    await Promise.all(members.map((m) => m.settled()));
    await sleep(1_500);
    await Promise.all(members.map((m) => m.settled()));
    const elapsed = (performance.now() - cpu0.at) / 1000;
    const gen = process.cpuUsage(cpu0.gen);
    const cpu = {
      server: (cpuSeconds(serverPid) - cpu0.server) / elapsed,
      pg: (postgresCpuSeconds() - cpu0.pg) / elapsed,
      gen: (gen.user + gen.system) / 1e6 / elapsed,
    };
    // Whatever else ran on the machine meanwhile (other work sharing the cores skews the figures).
    cpu.other = (machineBusySeconds() - cpu0.machine) / elapsed - cpu.server - cpu.pg - cpu.gen;
    let checked;
    try {
      checked = await audit(auditor, members, channelStart);
    } catch (err) {
      console.log(
        `  ${String(target).padStart(5)}  the check after the step failed (${err.message}): counted as a failure`,
      );
      break;
    }
    const times = metrics.all().sort((a, b) => a - b);
    const avg = mean(times);
    const p99 = percentile(times, 99);
    const errors = metrics.errorCount() + members.reduce((a, m) => a + (m.unacked ?? 0), 0);
    const pass =
      avg <= 100 &&
      p99 <= 2000 &&
      errors === 0 &&
      checked.lost === 0 &&
      checked.duplicated === 0 &&
      checked.missedDeliveries === 0;
    results.push({
      target,
      times,
      avg,
      p99,
      errors,
      checked,
      cpu,
      pass,
      errorsByKind: new Map(metrics.errors),
      byKind: new Map(metrics.times),
    });
    const pct = (x) => (Number.isNaN(x) ? '   –' : `${Math.round(x * 100)} %`.padStart(6));
    console.log(
      `  ${String(target).padStart(5)}  ${String(times.length).padStart(8)}  ${(times.length / elapsed).toFixed(0).padStart(5)}  ${fmtMs(avg).padStart(8)} ${fmtMs(p99).padStart(8)}  ${String(errors).padStart(6)}  ${String(checked.lost).padStart(4)}  ${String(checked.duplicated).padStart(3)}  ${String(checked.missedDeliveries).padStart(6)}  ${pct(cpu.server).padStart(10)}  ${pct(cpu.pg).padStart(6)}  ${pct(cpu.gen).padStart(12)}  ${pct(cpu.other).padStart(9)}  ${fmtMs(lag.percentile(99) / 1e6).padStart(11)}  ${pass ? 'pass' : 'FAIL'}  (${checked.messages} messages)`,
    );
    if (!pass) {
      for (const [k, n] of metrics.errors) console.log(`      error ${k} × ${n}`);
      // On a shared machine, other work can take the cores the step needed: measure the same count again.
      if (cpu.other > DISTURBED && repeats < MAX_REPEATS) {
        repeats += 1;
        console.log(
          `      other work used ${Math.round(cpu.other * 100)} % of a core meanwhile: measuring ${target} again`,
        );
        target -= stepSize;
        continue;
      }
      break;
    }
    repeats = 0;
    best = target;
  }
  lag.disable();
  const last = results.at(-1);
  if (last) {
    console.log('  per request kind (last step):');
    for (const [kind, list] of [...last.byKind].sort((a, b) => b[1].length - a[1].length)) {
      const sorted = [...list].sort((a, b) => a - b);
      console.log(
        `    ${kind.padEnd(22)} ${String(sorted.length).padStart(7)}  avg ${fmtMs(mean(sorted)).padStart(8)}  p99 ${fmtMs(percentile(sorted, 99)).padStart(8)}`,
      );
    }
  }
  for (const m of members) m.close();
  auditor.close();
  console.log(
    `  highest user count that passed: ${best.toLocaleString('en')}${best === max ? ' (the --max given; raise it to go on)' : ''}`,
  );
  return { best, results };
}

// ---------------------------------------------------------------------------------------------------------
// 2. Fan-out and 3. sustained messages/s, on the platform and on the bare server
// ---------------------------------------------------------------------------------------------------------
/** Opens `n` sockets; `connectOne(i)` → a connected socket. A few at a time, as people arrive. */
async function openSockets(n, connectOne) {
  const sockets = new Array(n);
  let next = 0;
  await Promise.all(
    Array.from({ length: 20 }, async () => {
      while (next < n) {
        const i = next++;
        sockets[i] = await connectOne(i);
      }
    }),
  );
  return sockets;
}

function connect(url, options) {
  const socket = io(url, {
    path: SOCKET_PATH,
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
    ...options,
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

/**
 * Sends `messages` messages one after the other (each when the previous one has reached everybody) from socket 0
 * and records, for every receiving socket, the time from the send to its receipt.
 */
async function measureFanOut(sockets, eventName, send) {
  const messages = Number(option('fanout-messages', '30'));
  const latencies = [];
  const receivers = sockets.slice(1);
  for (let n = 0; n < messages + 3; n += 1) {
    const body = `fan-out ${n} ${sentence(8, 16)}`;
    let received = 0;
    let sentAt = 0;
    const warmup = n < 3;
    const all = new Promise((resolve) => {
      const handler = (event) => {
        if (event.message.body !== body) return;
        if (!warmup) latencies.push(performance.now() - sentAt);
        if (++received === receivers.length) resolve();
      };
      for (const s of receivers) s.on(eventName, handler);
    });
    sentAt = performance.now();
    const ack = await send(sockets[0], body);
    if (!ack?.ok) throw new Error(`a fan-out message was refused: ${JSON.stringify(ack)}`);
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`fan-out ${n}: ${received} of ${receivers.length} received`)), 30_000);
    });
    await Promise.race([all, timeout]).finally(() => clearTimeout(timer));
    for (const s of receivers) s.removeAllListeners(eventName);
    await sleep(100);
  }
  latencies.sort((a, b) => a - b);
  return { p50: percentile(latencies, 50), p99: percentile(latencies, 99), samples: latencies.length };
}

/** `senders` sockets each send, wait for the ack, send again, for `seconds`; acknowledged messages per second. */
async function measureSustained(senders, send, seconds, eventName) {
  let acked = 0;
  let errors = 0;
  let measuring = false;
  let stop = false;
  // Broadcasts that reach a socket out of sequence order (each would send a real client to channel:sync).
  let outOfOrder = 0;
  let delivered = 0;
  for (const socket of senders) {
    const last = new Map();
    socket.on(eventName, (event) => {
      const before = last.get(event.channelId);
      if (before !== undefined && event.seq !== before + 1) outOfOrder += 1;
      if (before === undefined || event.seq > before) last.set(event.channelId, event.seq);
      delivered += 1;
    });
  }
  const loops = senders.map(async (socket, i) => {
    while (!stop) {
      const ack = await send(socket, i, `sustained ${sentence(4, 30)}`);
      if (ack?.ok) {
        if (measuring) acked += 1;
      } else {
        errors += 1;
      }
    }
  });
  await sleep(3_000);
  measuring = true;
  const started = performance.now();
  await sleep(seconds * 1000);
  const rate = acked / ((performance.now() - started) / 1000);
  measuring = false;
  stop = true;
  await Promise.all(loops);
  for (const socket of senders) socket.removeAllListeners(eventName);
  return { rate, errors, outOfOrder, delivered };
}

async function fanOutAndSustained(url, label) {
  const fanout = Number(option('fanout', '1000'));
  const sendersCount = Number(option('senders', '100'));
  const seconds = Number(option('sustain', '20'));
  const only = option('only', null);
  const out = {};
  // Sign in the members once (a few at a time); the same tokens open the sockets of both measurements.
  const tokens = [];
  let next = 1;
  await Promise.all(
    Array.from({ length: 20 }, async () => {
      while (next <= Math.max(fanout + 1, sendersCount)) {
        const i = next++;
        tokens[i - 1] = await signIn(url, i, 'sign-in (fan-out)');
      }
    }),
  );
  if (tokens.some((t) => !t)) throw new Error('some members could not sign in');
  const bare = await startBareServer(3482);
  try {
    if (!only || only === 'fanout') {
      const probe = await connect(url, { auth: { token: tokens[0] } });
      const channel = (await probe.timeout(30_000).emitWithAck('channels:list', {})).data.find(
        (c) => c.priorityCode === 'A',
      );
      probe.disconnect();
      // The sender and `fanout` receivers.
      const ours = await openSockets(fanout + 1, (i) => connect(url, { auth: { token: tokens[i] } }));
      out.fanout = await measureFanOut(ours, 'channel:event', (s, body) =>
        s.timeout(30_000).emitWithAck('message:send', { channelId: channel.id, clientId: randomUUID(), body }),
      );
      ours.forEach((s) => s.disconnect());
      const theirs = await openSockets(fanout + 1, () => connect(bare.url, { query: { rooms: 'A' } }));
      out.fanoutBare = await measureFanOut(theirs, 'event', (s, body) =>
        s.timeout(30_000).emitWithAck('send', { room: 'A', clientId: randomUUID(), body }),
      );
      theirs.forEach((s) => s.disconnect());
    }
    if (!only || only === 'sustain') {
      const probe = await connect(url, { auth: { token: tokens[0] } });
      const channels = (await probe.timeout(30_000).emitWithAck('channels:list', {})).data;
      probe.disconnect();
      // Ten channels: the five priority channels (every sender is a member) and five public ones (joined now).
      const ten = [
        ...channels.filter((c) => c.kind === 'priority'),
        ...channels.filter((c) => c.kind === 'public').slice(0, 5),
      ];
      const ours = await openSockets(sendersCount, (i) => connect(url, { auth: { token: tokens[i] } }));
      for (const s of ours) {
        for (const c of ten.filter((c) => c.kind === 'public'))
          await s.timeout(30_000).emitWithAck('channel:join', { channelId: c.id });
      }
      out.sustained = await measureSustained(
        ours,
        (s, i, body) =>
          s
            .timeout(30_000)
            .emitWithAck('message:send', { channelId: ten[i % 10].id, clientId: randomUUID(), body })
            .catch(() => null),
        seconds,
        'channel:event',
      );
      ours.forEach((s) => s.disconnect());
      const rooms = ten.map((_, i) => `room-${i}`);
      const theirs = await openSockets(sendersCount, () => connect(bare.url, { query: { rooms: rooms.join(',') } }));
      out.sustainedBare = await measureSustained(
        theirs,
        (s, i, body) =>
          s
            .timeout(30_000)
            .emitWithAck('send', { room: rooms[i % 10], clientId: randomUUID(), body })
            .catch(() => null),
        seconds,
        'event',
      );
      theirs.forEach((s) => s.disconnect());
    }
  } finally {
    await stopServer(bare);
  }
  console.log(`\n${label}: fan-out and sustained rate, next to a bare Socket.IO server (no auth, no database)`);
  console.log('                                             platform      bare Socket.IO   platform / bare');
  if (out.fanout) {
    const r = (a, b) => `${(a / b).toFixed(1)}×`;
    console.log(
      `  fan-out to ${fanout.toLocaleString('en')} sockets, p50 (send → receipt) ${fmtMs(out.fanout.p50).padStart(10)}   ${fmtMs(out.fanoutBare.p50).padStart(10)}   ${r(out.fanout.p50, out.fanoutBare.p50).padStart(10)}`,
    );
    console.log(
      `  fan-out to ${fanout.toLocaleString('en')} sockets, p99               ${fmtMs(out.fanout.p99).padStart(10)}   ${fmtMs(out.fanoutBare.p99).padStart(10)}   ${r(out.fanout.p99, out.fanoutBare.p99).padStart(10)}`,
    );
  }
  if (out.sustained) {
    console.log(
      `  sustained messages/s, ${sendersCount} senders, 10 channels  ${out.sustained.rate.toFixed(0).padStart(10)}   ${out.sustainedBare.rate.toFixed(0).padStart(10)}   ${(out.sustained.rate / out.sustainedBare.rate).toFixed(2).padStart(9)}×   (errors: ${out.sustained.errors} / ${out.sustainedBare.errors}; broadcasts out of sequence order: ${out.sustained.outOfOrder} of ${out.sustained.delivered} / ${out.sustainedBare.outOfOrder} of ${out.sustainedBare.delivered})`,
    );
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Runs
// ---------------------------------------------------------------------------------------------------------
async function runOn(label, env, serverPortBase) {
  const only = option('only', null);
  const max = Number(option('max', '5000'));
  const users = Math.max(max, Number(option('fanout', '1000')) + 1, Number(option('senders', '100'))) + 1;
  const started = performance.now();
  await prepareDatabase(env, users);
  console.log(
    `\n${label}: ${users.toLocaleString('en')} accounts written in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  if (!only || only === 'ceiling') {
    const server = await startServer(env, serverPortBase);
    try {
      await ceiling(server.url, server.child.pid);
    } finally {
      await stopServer(server);
    }
  }
  if (!only || only === 'fanout' || only === 'sustain') {
    // A fresh server process: the ceiling's members and their sockets are gone.
    const server = await startServer(env, serverPortBase + 1);
    try {
      await fanOutAndSustained(server.url, label);
    } finally {
      await stopServer(server);
    }
  }
}

async function main() {
  for (const file of ['main.js', 'db/connect.js']) {
    if (!existsSync(path.join(dist, file))) {
      console.error(`server/dist/${file} not found: run \`npm run build\` first`);
      process.exit(1);
    }
  }
  const adminUrl = option('database-url', process.env.DATABASE_URL);
  const onPglite = flag('pglite') || !adminUrl;
  const keep = flag('keep');
  console.log(
    `${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), Node ${process.version}; load generator in this process`,
  );
  if (adminUrl) {
    const name = `thb_bench_chat_${Date.now()}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const version = (await admin.query('show server_version')).rows[0].server_version;
    try {
      await runOn(`PostgreSQL ${version}`, { DATABASE_URL: url.toString() }, 3480);
    } finally {
      if (!keep) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    }
  }
  if (onPglite) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'thb-bench-chat-'));
    try {
      await runOn('PGlite (embedded)', { PGLITE_DIR: path.join(dir, 'pglite') }, 3485);
    } finally {
      if (!keep) rmSync(dir, { recursive: true, force: true });
      else console.log(`kept ${dir}`);
    }
  }
  process.exit(0);
}

// ---------------------------------------------------------------------------------------------------------
// The bare Socket.IO server: `node bench/chat-ceiling.mjs --bare-server <port>`, spawned by the bench itself.
// No authentication, no database: it joins sockets to the rooms they ask for, and acknowledges and broadcasts
// what they send, in a payload shaped like the platform's channel events.
// ---------------------------------------------------------------------------------------------------------
if (flag('bare-server')) {
  const { Server } = require('socket.io');
  const port = Number(option('bare-server', '0'));
  const server = new Server(port, { path: SOCKET_PATH, serveClient: false, maxHttpBufferSize: 64 * 1024 });
  const seqs = new Map();
  server.on('connection', (socket) => {
    const rooms = String(socket.handshake.query.rooms ?? '')
      .split(',')
      .filter(Boolean);
    socket.join(rooms);
    socket.on('send', (payload, ack) => {
      const seq = (seqs.get(payload.room) ?? 0) + 1;
      seqs.set(payload.room, seq);
      const message = fakeMessage(payload.room, seq, payload.clientId, payload.body);
      server
        .to(payload.room)
        .emit('event', { channelId: payload.room, seq, type: 'message.created', message, root: null });
      ack({ ok: true, data: message });
    });
  });
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
  console.error('bare server ready');
} else {
  await main();
}
