import { sql } from 'drizzle-orm';
import { type DatabaseConnection } from '../../src/db/database';
import { createUser } from '../factories/accounts';
import { connectSocket, priorityChannel } from '../support/chat-client';
import {
  createProcessDatabase,
  factoryConfig,
  type ProcessDatabase,
  type ServerProcess,
  signInOver,
  startServerProcess,
} from '../support/server-process';
import { SimulatedMember } from '../support/simulated-member';
import { realServerUrl } from '../support/test-database';

/**
 * Several server processes share one PostgreSQL server; their Socket.IO broadcasts go through an adapter
 * (PostgreSQL NOTIFY, or a Redis stream with REDIS_URL). The embedded PGlite belongs to one process, so there is
 * nothing to test there.
 */
const describeOnServer = realServerUrl() ? describe : describe.skip;
if (!realServerUrl()) {
  describe('Channels across several server processes', () => {
    it.skip('needs DATABASE_URL: the embedded PGlite database cannot be shared by two processes', () => undefined);
  });
}

interface Stored {
  seq: number;
  id: string;
  client_id: string;
}

async function storedMessages(db: DatabaseConnection, channelId: string, afterSeq: number): Promise<Stored[]> {
  const result = await db.db.execute(
    sql`SELECT seq::int AS seq, id, client_id FROM channel_messages WHERE channel_id = ${channelId} AND seq > ${afterSeq} ORDER BY seq`,
  );
  return result.rows as unknown as Stored[];
}

async function waitFor(predicate: () => boolean | Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}`);
    }
    await new Promise((r) => setTimeout(r, 25));
  }
}

function crossProcessSuite(label: string, extraEnv: () => Record<string, string>, withRestart: boolean) {
  describeOnServer(label, () => {
    let database: ProcessDatabase;
    let db: DatabaseConnection;
    const servers: ServerProcess[] = [];
    const members: SimulatedMember[] = [];
    let channelId: string;
    let startSeq: number;

    beforeAll(async () => {
      database = await createProcessDatabase();
      const env = { ...database.env, ...extraEnv() };
      servers.push(await startServerProcess({ env }), await startServerProcess({ env }));
      db = await database.open();
      const config = factoryConfig();
      const users = await Promise.all([0, 1, 2, 3].map(() => createUser({ database: db, config })));
      // Two members on each process.
      const tokens = await Promise.all(users.map((u, i) => signInOver(servers[i % 2]!.url, u)));
      const first = await connectSocket(servers[0]!.url, tokens[0]);
      const channel = await priorityChannel(first, 'A');
      first.disconnect();
      channelId = channel.id;
      startSeq = channel.lastSeq;
      for (const [i, token] of tokens.entries()) {
        const member = new SimulatedMember(
          `member ${i} on process ${i % 2}`,
          servers[i % 2]!.url,
          token,
          channelId,
          startSeq,
        );
        members.push(member);
        await member.connected();
      }
    }, 90_000);

    afterAll(async () => {
      members.forEach((m) => m.close());
      await Promise.all(servers.map((s) => s.stop()));
      await db?.close();
      await database?.drop();
    });

    /** Sends probes until one from each process has reached a member of the other one live. */
    async function adapterReady(): Promise<void> {
      for (const [from, to] of [
        [0, 1],
        [1, 0],
      ] as const) {
        await waitFor(async () => {
          const { seq } = await members[from]!.send('probe');
          await new Promise((r) => setTimeout(r, 200));
          return (members[to]!.liveCount.get(seq) ?? 0) > 0;
        }, `the broadcast adapter between process ${from} and ${to}`);
      }
    }

    async function everyoneHas(lastSeq: number): Promise<void> {
      await waitFor(() => members.every((m) => m.lastSeq >= lastSeq), `every member to reach ${lastSeq}`);
      await Promise.all(members.map((m) => m.settled()));
    }

    async function expectEveryoneHasEverythingOnce(): Promise<Stored[]> {
      const stored = await storedMessages(db, channelId, startSeq);
      const expected = stored.map((s) => ({ seq: s.seq, id: s.id, clientId: s.client_id }));
      for (const member of members) {
        expect({ member: member.name, timeline: member.timeline }).toEqual({ member: member.name, timeline: expected });
      }
      return stored;
    }

    it('fans every message out to the members on both processes, live, once each, in one order', async () => {
      await adapterReady();
      const before = Math.max(...members.map((m) => m.lastSeq));

      const acked = (
        await Promise.all(
          members.map(async (m) => {
            const mine = [];
            for (let n = 0; n < 10; n += 1) {
              mine.push(await m.send(`${m.name}: message ${n}`));
            }
            return mine;
          }),
        )
      ).flat();

      const last = Math.max(...acked.map((a) => a.seq));
      await everyoneHas(last);
      await expectEveryoneHasEverythingOnce();
      // Reaching the members of the other process is the adapter's doing: each message came live, once.
      const sent = acked.map((a) => a.seq).sort((a, b) => a - b);
      expect(sent).toEqual(Array.from({ length: 40 }, (_, i) => before + 1 + i));
      for (const member of members) {
        expect({ member: member.name, live: sent.map((seq) => member.liveCount.get(seq) ?? 0) }).toEqual({
          member: member.name,
          live: sent.map(() => 1),
        });
      }
    });

    if (withRestart) {
      it('keeps delivering through a restart of one process: nothing lost, nothing twice', async () => {
        const ackedBefore = members.map((m) => m.acked.length);
        const sending = Promise.all(
          members.map(async (m) => {
            const mine = [];
            for (let n = 0; n < 15; n += 1) {
              mine.push(await m.send(`${m.name}: during the restart ${n}`));
            }
            return mine;
          }),
        );
        await waitFor(
          () => members.every((m, i) => m.acked.length >= ackedBefore[i]! + 3),
          'the stream to be under way',
        );
        const connectsBefore = members.map((m) => m.connects);
        const restarted = servers[1]!;
        await restarted.stop('SIGTERM');
        servers[1] = await startServerProcess({ env: { ...database.env, ...extraEnv() }, port: restarted.port });

        const acked = (await sending).flat();
        const last = Math.max(...acked.map((a) => a.seq));
        await everyoneHas(last);

        const stored = await expectEveryoneHasEverythingOnce();
        // Every acknowledged message is stored once, under the id and sequence its sender was given.
        const byClientId = new Map(stored.map((s) => [s.client_id, s]));
        expect(stored).toHaveLength(byClientId.size);
        for (const a of acked) {
          expect(byClientId.get(a.clientId)).toEqual({ seq: a.seq, id: a.id, client_id: a.clientId });
        }
        // The members of the restarted process did reconnect (and so caught up from the database).
        members.forEach((m, i) => {
          if (i % 2 === 1) {
            expect(m.connects).toBeGreaterThan(connectsBefore[i]!);
          }
        });
      }, 60_000);
    }
  });
}

crossProcessSuite('Channels across two server processes (PostgreSQL broadcast adapter)', () => ({}), true);

// The Redis Streams adapter, when a Redis server is given to the tests.
const redisUrl = process.env.REDIS_URL;
if (redisUrl) {
  crossProcessSuite(
    'Channels across two server processes (Redis Streams adapter)',
    () => ({ REDIS_URL: redisUrl }),
    false,
  );
}

/** `npm run start:cluster`: one port, the primary hands each connection to a worker (sticky sessions). */
describeOnServer('Channels on `npm run start:cluster` (two workers behind one port)', () => {
  let database: ProcessDatabase;
  let db: DatabaseConnection;
  let primary: ServerProcess;
  const members: SimulatedMember[] = [];

  /** Worker pids, from the names of their broadcast adapters' connections. */
  async function workerPids(): Promise<number[]> {
    const result = await db.db.execute(
      sql`SELECT DISTINCT application_name AS name FROM pg_stat_activity
          WHERE datname = current_database() AND application_name LIKE 'thb-broadcast-%'`,
    );
    return (result.rows as { name: string }[]).map((r) => Number(r.name.slice('thb-broadcast-'.length))).sort();
  }

  beforeAll(async () => {
    database = await createProcessDatabase();
    primary = await startServerProcess({ env: { ...database.env, CLUSTER_WORKERS: '2' }, entry: 'cluster.ts' });
    db = await database.open();
    await waitFor(async () => (await workerPids()).length === 2, 'both workers');
  }, 90_000);

  afterAll(async () => {
    members.forEach((m) => m.close());
    await primary?.stop();
    await db?.close();
    await database?.drop();
  });

  it('spreads members over the workers, long-polling included, and survives a worker killed mid-stream', async () => {
    const config = factoryConfig();
    const users = await Promise.all([0, 1, 2, 3].map(() => createUser({ database: db, config })));
    const tokens = await Promise.all(users.map((u) => signInOver(primary.url, u)));
    const first = await connectSocket(primary.url, tokens[0]);
    const channel = await priorityChannel(first, 'C');
    first.disconnect();
    for (const [i, token] of tokens.entries()) {
      // Half of them start with long-polling, which only works when every request of a session reaches one worker.
      const transports = i % 2 === 0 ? (['polling', 'websocket'] as const) : (['websocket'] as const);
      const member = new SimulatedMember(`member ${i}`, primary.url, token, channel.id, channel.lastSeq, [
        ...transports,
      ]);
      members.push(member);
      await member.connected();
    }
    const [victim] = await workerPids();

    const sending = Promise.all(
      members.map(async (m) => {
        const mine = [];
        for (let n = 0; n < 15; n += 1) {
          mine.push(await m.send(`${m.name}: message ${n}`));
        }
        return mine;
      }),
    );
    await waitFor(() => members.every((m) => m.acked.length >= 3), 'the stream to be under way');
    process.kill(victim!, 'SIGKILL');
    const acked = (await sending).flat();
    const last = Math.max(...acked.map((a) => a.seq));
    await waitFor(() => members.every((m) => m.lastSeq >= last), 'every member to catch up');
    await Promise.all(members.map((m) => m.settled()));

    const stored = await storedMessages(db, channel.id, channel.lastSeq);
    const expected = stored.map((s) => ({ seq: s.seq, id: s.id, clientId: s.client_id }));
    expect(stored).toHaveLength(acked.length);
    expect(new Set(stored.map((s) => s.client_id)).size).toBe(acked.length);
    for (const member of members) {
      expect({ member: member.name, timeline: member.timeline }).toEqual({ member: member.name, timeline: expected });
    }
    // The killed worker's members reconnected to the other one, and the primary started a replacement.
    expect(members.some((m) => m.connects >= 2)).toBe(true);
    await waitFor(async () => {
      const pids = await workerPids();
      return pids.length === 2 && !pids.includes(victim!);
    }, 'a replacement worker');
  }, 60_000);
});
