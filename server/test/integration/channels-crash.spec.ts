import { sql } from 'drizzle-orm';
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
import { type Acked, SimulatedMember } from '../support/simulated-member';

const MEMBERS = 4;
const MESSAGES_EACH = 25;
/** Acknowledged messages (of all members) after which the server is killed. */
const KILL_AFTER = 30;

interface Stored {
  seq: number;
  id: string;
  client_id: string;
}

async function waitFor(predicate: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}`);
    }
    await new Promise((r) => setTimeout(r, 10));
  }
}

/**
 * The server process is killed with SIGKILL in the middle of a stream of messages (no shutdown of any kind: what
 * a crash, an OOM kill or a pulled plug does to the process), then started again on the same database. Runs on
 * the database the suite runs on: the real PostgreSQL server, or the embedded PGlite with its data directory on
 * disk.
 */
describe('Channels: a server crash in the middle of a stream of messages', () => {
  let database: ProcessDatabase;
  let server: ServerProcess | null = null;
  const members: SimulatedMember[] = [];

  afterAll(async () => {
    members.forEach((m) => m.close());
    await server?.stop('SIGKILL');
    await database?.drop();
  });

  it('loses no acknowledged message, stores each once, and every member ends up with all of them in order', async () => {
    database = await createProcessDatabase();
    // PGlite is single-process: the test writes its accounts before the server opens the data directory.
    const setup = await database.open();
    const users = await Promise.all(
      Array.from({ length: MEMBERS }, () => createUser({ database: setup, config: factoryConfig() })),
    );
    await setup.close();
    server = await startServerProcess({ env: database.env });
    const tokens = await Promise.all(users.map((u) => signInOver(server!.url, u)));
    const first = await connectSocket(server.url, tokens[0]);
    const channel = await priorityChannel(first, 'B');
    first.disconnect();
    for (const [i, token] of tokens.entries()) {
      members.push(new SimulatedMember(`member ${i}`, server.url, token, channel.id, channel.lastSeq));
    }
    await Promise.all(members.map((m) => m.connected()));

    const streams = members.map(async (m) => {
      const mine: Acked[] = [];
      for (let n = 0; n < MESSAGES_EACH; n += 1) {
        mine.push(await m.send(`${m.name}: message ${n}`));
      }
      return mine;
    });
    const ackedSoFar = () => members.reduce((sum, m) => sum + m.acked.length, 0);
    await waitFor(() => ackedSoFar() >= KILL_AFTER, 'the stream to be under way');
    const killedAt = ackedSoFar();
    await server.stop('SIGKILL');
    server = await startServerProcess({ env: database.env, port: server.port });

    const acked = (await Promise.all(streams)).flat();
    const last = Math.max(...acked.map((a) => a.seq));
    await waitFor(() => members.every((m) => m.lastSeq >= last), 'every member to catch up');
    await Promise.all(members.map((m) => m.settled()));
    members.forEach((m) => m.close());
    // Stopped before reading: the embedded database can only be opened by one process at a time.
    await server.stop('SIGTERM');
    server = null;

    const check = await database.open();
    const result = await check.db.execute(
      sql`SELECT seq::int AS seq, id, client_id FROM channel_messages WHERE channel_id = ${channel.id} AND seq > ${channel.lastSeq} ORDER BY seq`,
    );
    await check.close();
    const stored = result.rows as unknown as Stored[];

    expect(killedAt).toBeLessThan(MEMBERS * MESSAGES_EACH);
    expect(acked).toHaveLength(MEMBERS * MESSAGES_EACH);
    // Every acknowledged message is stored, once, under the id and sequence its sender was given; nothing else is.
    const byClientId = new Map(stored.map((s) => [s.client_id, s]));
    expect(byClientId.size).toBe(stored.length);
    expect(stored).toHaveLength(acked.length);
    for (const a of acked) {
      expect(byClientId.get(a.clientId)).toEqual({ seq: a.seq, id: a.id, client_id: a.clientId });
    }
    // Gap-free sequence, and every member holds exactly that, in that order.
    expect(stored.map((s) => s.seq)).toEqual(stored.map((_, i) => channel.lastSeq + 1 + i));
    const expected = stored.map((s) => ({ seq: s.seq, id: s.id, clientId: s.client_id }));
    for (const member of members) {
      expect({ member: member.name, timeline: member.timeline }).toEqual({ member: member.name, timeline: expected });
      expect(member.connects).toBeGreaterThanOrEqual(2);
    }
  }, 60_000);
});
