import { randomUUID } from 'node:crypto';
import { type ChannelMessage, type ChannelReadState, MESSAGE_MAX_BYTES } from '@thb/shared';
import { sql } from 'drizzle-orm';
import { RetentionService } from '../../src/channels/retention.service';
import { setUserStatus } from '../factories/accounts';
import {
  call,
  ChannelFollower,
  type ChatMember,
  type ChatSocket,
  chatMember,
  collectEvents,
  connectSocket,
  eventually,
  ok,
  priorityChannel,
} from '../support/chat-client';
import { createTestApp, type TestApp } from '../support/test-app';

describe('Channels: durable, ordered, exactly-once messaging', () => {
  let sut: TestApp;
  const open: ChatSocket[] = [];

  beforeAll(async () => {
    sut = await createTestApp({ listen: true, env: { CHAT_MESSAGES_PER_MIN: '100000' } });
  });

  afterEach(() => {
    open.splice(0).forEach((s) => s.disconnect());
  });

  afterAll(async () => {
    await sut.close();
  });

  async function member(options: Parameters<typeof chatMember>[1] = {}): Promise<ChatMember> {
    const m = await chatMember(sut, options);
    open.push(m.socket);
    return m;
  }

  async function moderator(): Promise<ChatMember> {
    return member({ role: 'moderator', twoFactor: true });
  }

  const send = (m: ChatMember, channelId: string, body: string, extra: { threadRootId?: string } = {}) =>
    ok(m.socket, 'message:send', { channelId, clientId: randomUUID(), body, ...extra });

  async function storedCount(where: string): Promise<number> {
    const result = await sut.database.db.execute(
      sql.raw(`SELECT count(*)::int AS n FROM channel_messages WHERE ${where}`),
    );
    return Number((result.rows[0] as { n: number }).n);
  }

  it('lists the five priority channels of the Strategy, joined on first connection', async () => {
    const alice = await member();

    const channels = await ok(alice.socket, 'channels:list', {});

    expect(channels.filter((c) => c.kind === 'priority').map((c) => c.priorityCode)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(channels.every((c) => c.kind !== 'priority' || (c.joined && c.canPost && c.unread === 0))).toBe(true);
  });

  it('acks a message once stored and broadcasts it to the other members with the next sequence', async () => {
    const [alice, bob] = [await member(), await member()];
    const channel = await priorityChannel(alice.socket, 'A');
    const bobEvents = collectEvents(bob.socket);

    const sent = await send(alice, channel.id, 'Hello **everyone**');

    expect(sent).toMatchObject({ body: 'Hello **everyone**', seq: channel.lastSeq + 1, channelId: channel.id });
    expect(await storedCount(`id = '${sent.id}'`)).toBe(1);
    await eventually(() => bobEvents.length === 1, 5000, 'the broadcast');
    expect(bobEvents[0]).toMatchObject({ type: 'message.created', seq: sent.seq, message: { id: sent.id } });
  });

  it('makes retries idempotent: the same client id returns the original message, stored once', async () => {
    const alice = await member();
    const channel = await priorityChannel(alice.socket, 'B');
    const clientId = randomUUID();
    const payload = { channelId: channel.id, clientId, body: 'sent twice' };

    const [first, second] = await Promise.all([
      ok(alice.socket, 'message:send', payload),
      ok(alice.socket, 'message:send', payload),
    ]);
    alice.socket.disconnect();
    const again = await connectSocket(sut.url, alice.token);
    open.push(again);
    const afterReconnect = await ok(again, 'message:send', payload);

    expect(second.id).toBe(first.id);
    expect(afterReconnect).toMatchObject({ id: first.id, seq: first.seq });
    expect(await storedCount(`client_id = '${clientId}'`)).toBe(1);
  });

  it('delivers every message of concurrent senders once, and followers apply one gap-free order', async () => {
    const senders = [await member(), await member(), await member()];
    const readers = [await member(), await member()];
    const channel = await priorityChannel(senders[0]!.socket, 'C');
    const received = readers.map((r) => collectEvents(r.socket));
    const followers = readers.map((r) => new ChannelFollower(r.socket, channel.id, channel.lastSeq));

    const sent = await Promise.all(
      senders.map(async (s, i) => {
        const mine: ChannelMessage[] = [];
        for (let n = 0; n < 15; n += 1) {
          mine.push(await send(s, channel.id, `sender ${i} message ${n}`));
        }
        return mine;
      }),
    );

    const all = sent.flat();
    const end = channel.lastSeq + 45;
    expect(all.map((m) => m.seq).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 45 }, (_, i) => channel.lastSeq + 1 + i),
    );
    await eventually(() => received.every((r) => r.length === 45), 10_000, 'all broadcasts');
    for (const events of received) {
      // Broadcasts leave after each commit and may overtake each other; each arrives exactly once.
      expect(new Set(events.map((e) => e.seq)).size).toBe(45);
    }
    for (const follower of followers) {
      await eventually(() => follower.lastSeq === end, 10_000, 'the follower to catch up');
      await follower.settled();
      expect(follower.seqs).toEqual([...follower.seqs].sort((a, b) => a - b));
      expect([...follower.messages.keys()].sort()).toEqual(all.map((m) => m.id).sort());
      // Within each sender, the order they sent in is the order of the channel.
      for (const mine of sent) {
        expect(mine.map((m) => m.seq)).toEqual([...mine.map((m) => m.seq)].sort((a, b) => a - b));
      }
    }
  });

  it('lets a client that was offline catch up on everything it missed, edits and reactions included', async () => {
    const [alice, bob] = [await member(), await member()];
    const channel = await priorityChannel(alice.socket, 'D');
    const before = await send(alice, channel.id, 'before the drop');
    const lastSeen = before.seq;
    bob.socket.disconnect();

    const during = await send(alice, channel.id, 'while bob was away');
    await ok(alice.socket, 'message:edit', { messageId: before.id, body: 'before the drop (edited)' });
    await ok(alice.socket, 'message:react', { messageId: during.id, emoji: '👍', on: true });
    const bobAgain = await connectSocket(sut.url, bob.token);
    open.push(bobAgain);
    const page = await ok(bobAgain, 'channel:sync', { channelId: channel.id, afterSeq: lastSeen });

    expect(page.hasMore).toBe(false);
    expect(page.lastSeq).toBe(lastSeen + 3);
    const byId = new Map(page.messages.map((m) => [m.id, m]));
    expect(byId.get(before.id)).toMatchObject({ body: 'before the drop (edited)', editedAt: expect.any(String) });
    expect(byId.get(during.id)?.reactions).toEqual([{ emoji: '👍', userIds: [alice.user.id] }]);
  });

  it('pages catch-up without cutting between a reply and its thread root', async () => {
    const alice = await member();
    const channel = await priorityChannel(alice.socket, 'E');
    const root = await send(alice, channel.id, 'thread root');
    await send(alice, channel.id, 'first reply', { threadRootId: root.id });
    await send(alice, channel.id, 'second reply', { threadRootId: root.id });

    const seen: ChannelMessage[] = [];
    let after = root.seq - 1;
    for (let guard = 0; guard < 10; guard += 1) {
      const page = await ok(alice.socket, 'channel:sync', { channelId: channel.id, afterSeq: after, limit: 1 });
      seen.push(...page.messages);
      after = page.lastSeq;
      if (!page.hasMore) break;
    }

    const latestRoot = seen.filter((m) => m.id === root.id).at(-1);
    expect(latestRoot?.replyCount).toBe(2);
    expect(seen.filter((m) => m.threadRootId === root.id).map((m) => m.body)).toEqual(['first reply', 'second reply']);
    const thread = await ok(alice.socket, 'message:thread', { messageId: root.id });
    expect(thread.replies.map((r) => r.body)).toEqual(['first reply', 'second reply']);
  });

  it('returns history newest first in keyset pages of top-level messages', async () => {
    const mod = await moderator();
    const channel = await ok(mod.socket, 'channel:create', { name: 'History test', visibility: 'private' });
    const sent: ChannelMessage[] = [];
    for (let i = 0; i < 5; i += 1) sent.push(await send(mod, channel.id, `message ${i}`));
    await send(mod, channel.id, 'a reply', { threadRootId: sent[0]!.id });

    const newest = await ok(mod.socket, 'channel:history', { channelId: channel.id, limit: 3 });
    const older = await ok(mod.socket, 'channel:history', {
      channelId: channel.id,
      limit: 3,
      beforeSeq: newest.messages[0]!.seq,
    });

    expect(newest.messages.map((m) => m.body)).toEqual(['message 2', 'message 3', 'message 4']);
    expect(newest.hasMore).toBe(true);
    expect(older.messages.map((m) => m.body)).toEqual(['message 0', 'message 1']);
    expect(older.hasMore).toBe(false);
    expect(older.messages[0]!.replyCount).toBe(1);
  });

  it('counts unread messages and mentions exactly and syncs the read marker to every tab', async () => {
    const [alice, bob] = [await member(), await member()];
    const channel = await ok((await moderator()).socket, 'channel:create', {
      name: 'Unread counts',
      visibility: 'private',
      memberIds: [alice.user.id, bob.user.id],
    });
    const bobSecondTab = await connectSocket(sut.url, bob.token);
    open.push(bobSecondTab);
    const states: ChannelReadState[] = [];
    bobSecondTab.on('channel:read-state', (s) => states.push(s));

    await send(alice, channel.id, 'one');
    const two = await send(alice, channel.id, `two for <@${bob.user.id}>`);
    await send(bob, channel.id, 'my own message does not count');
    const deleted = await send(alice, channel.id, 'three, deleted');
    await ok(alice.socket, 'message:delete', { messageId: deleted.id });

    const summary = (await ok(bob.socket, 'channels:list', {})).find((c) => c.id === channel.id)!;
    expect(summary).toMatchObject({ unread: 2, mentions: 1 });
    expect(two.mentions).toEqual([expect.objectContaining({ id: bob.user.id })]);

    const state = await ok(bob.socket, 'channel:read', { channelId: channel.id, seq: two.seq - 1 });
    expect(state).toMatchObject({ unread: 1, mentions: 1 });
    await ok(bob.socket, 'channel:read', { channelId: channel.id, seq: 1 }); // an old tab: never moves back
    await eventually(() => states.length === 2, 5000, 'read state on the other tab');
    expect(states[1]).toMatchObject({ lastReadSeq: two.seq - 1, unread: 1 });
  });

  describe('permissions, on every event', () => {
    it('refuses channel events to visitors', async () => {
      const visitor = await connectSocket(sut.url, undefined);
      open.push(visitor);

      const ack = await call(visitor, 'channels:list', {});

      expect(ack).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    });

    it('keeps private channels to their members for reading, writing, sync and search', async () => {
      const mod = await moderator();
      const [insider, outsider] = [await member(), await member()];
      const channel = await ok(mod.socket, 'channel:create', {
        name: 'Private case work',
        visibility: 'private',
        memberIds: [insider.user.id],
      });
      await send(insider, channel.id, 'confidential zebra');

      const attempts = await Promise.all([
        call(outsider.socket, 'channel:history', { channelId: channel.id }),
        call(outsider.socket, 'channel:sync', { channelId: channel.id, afterSeq: 0 }),
        call(outsider.socket, 'message:send', { channelId: channel.id, clientId: randomUUID(), body: 'let me in' }),
        call(outsider.socket, 'channel:join', { channelId: channel.id }),
      ]);
      const outsiderSearch = await ok(outsider.socket, 'messages:search', { q: 'zebra' });
      const insiderSearch = await ok(insider.socket, 'messages:search', { q: 'zebra' });

      expect(attempts.map((a) => !a.ok && a.error.code)).toEqual(['not_found', 'not_found', 'not_found', 'not_found']);
      expect(outsiderSearch).toEqual([]);
      expect(insiderSearch.map((h) => h.excerpt)).toEqual(['confidential [[zebra]]']);
      expect((await ok(outsider.socket, 'channels:list', {})).some((c) => c.id === channel.id)).toBe(false);
    });

    it('lets only moderators open channels, use @channel and post in read-only channels', async () => {
      const [mod, alice] = [await moderator(), await member()];
      const created = await call(alice.socket, 'channel:create', { name: 'Mine', visibility: 'public' });
      const channel = await ok(mod.socket, 'channel:create', { name: 'Announcements test', visibility: 'public' });
      const everyone = await call(alice.socket, 'message:send', {
        channelId: channel.id,
        clientId: randomUUID(),
        body: '@channel look',
      });
      await ok(mod.socket, 'channel:update', { channelId: channel.id, readOnly: true });
      const readOnly = await call(alice.socket, 'message:send', {
        channelId: channel.id,
        clientId: randomUUID(),
        body: 'hello',
      });
      const modPost = await send(mod, channel.id, '@channel the meeting moved');

      expect(created).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(everyone).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(readOnly).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(modPost.mentionsChannel).toBe(true);
      expect(await storedCount(`channel_id = '${channel.id}'`)).toBe(1);
    });

    it('lets members edit only their own messages, moderators delete and hide anyone’s', async () => {
      const [mod, alice, bob] = [await moderator(), await member(), await member()];
      const channel = await priorityChannel(alice.socket, 'A');
      const message = await send(alice, channel.id, 'something inappropriate');
      const bobEvents = collectEvents(bob.socket);

      const bobEdit = await call(bob.socket, 'message:edit', { messageId: message.id, body: 'hijacked' });
      const bobDelete = await call(bob.socket, 'message:delete', { messageId: message.id });
      await ok(bob.socket, 'message:report', { messageId: message.id, reason: 'Shares a victim’s name' });
      const reports = await ok(mod.socket, 'reports:list', {});
      const hidden = await ok(mod.socket, 'message:hide', { messageId: message.id, hidden: true });

      expect(bobEdit).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(bobDelete).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(reports.find((r) => r.message.id === message.id)).toMatchObject({ reason: 'Shares a victim’s name' });
      expect(hidden).toMatchObject({ body: null, hiddenBody: 'something inappropriate' });
      await eventually(() => bobEvents.some((e) => e.type === 'message.hidden'), 5000, 'the hide broadcast');
      expect(bobEvents.find((e) => e.type === 'message.hidden')!.message).toMatchObject({ body: null });
      expect(bobEvents.find((e) => e.type === 'message.hidden')!.message.hiddenBody).toBeUndefined();
      const audit = await sut.database.db.execute(
        sql`SELECT action FROM audit_log WHERE target_id = ${message.id} ORDER BY id`,
      );
      expect(audit.rows.map((r) => (r as { action: string }).action)).toEqual([
        'channel.message.report',
        'channel.message.hide',
      ]);
    });

    it('stops a muted member from posting until the mute ends, and audits it', async () => {
      const [mod, alice] = [await moderator(), await member()];
      const channel = await priorityChannel(alice.socket, 'B');

      await ok(mod.socket, 'channel:mute', { channelId: channel.id, userId: alice.user.id, minutes: 30 });
      const muted = await call(alice.socket, 'message:send', {
        channelId: channel.id,
        clientId: randomUUID(),
        body: 'can I speak?',
      });
      await ok(mod.socket, 'channel:mute', { channelId: channel.id, userId: alice.user.id, minutes: 0 });
      const unmuted = await call(alice.socket, 'message:send', {
        channelId: channel.id,
        clientId: randomUUID(),
        body: 'thanks',
      });

      expect(muted).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(!muted.ok && muted.error.message).toContain('muted');
      expect(unmuted.ok).toBe(true);
    });

    it('takes a removed member out of the room at once: no more events, channel:removed sent', async () => {
      const [mod, alice] = [await moderator(), await member()];
      const channel = await ok(mod.socket, 'channel:create', {
        name: 'Removal',
        visibility: 'private',
        memberIds: [alice.user.id],
      });
      const aliceEvents = collectEvents(alice.socket);
      const removed = new Promise((resolve) => alice.socket.once('channel:removed', resolve));

      await ok(mod.socket, 'channel:remove-member', { channelId: channel.id, userId: alice.user.id });
      await removed;
      await send(mod, channel.id, 'after alice left');
      const marker = await ok(mod.socket, 'channel:create', {
        name: 'Marker',
        visibility: 'private',
        memberIds: [alice.user.id],
      });
      await send(mod, marker.id, 'marker');

      await eventually(() => aliceEvents.some((e) => e.channelId === marker.id), 5000, 'the marker event');
      expect(aliceEvents.filter((e) => e.channelId === channel.id)).toEqual([]);
    });

    it('disconnects the sockets of a disabled member on their next event', async () => {
      const alice = await member();
      const channel = await priorityChannel(alice.socket, 'C');
      await setUserStatus(sut.database, alice.user.id, 'disabled');

      const ack = await call(alice.socket, 'message:send', {
        channelId: channel.id,
        clientId: randomUUID(),
        body: 'x',
      });

      expect(ack).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
      await eventually(() => !alice.socket.connected, 5000, 'the disconnect');
    });
  });

  it('passes typing notices to the other members of the channel only, throttled', async () => {
    const mod = await moderator();
    const [alice, bob, outsider] = [await member(), await member(), await member()];
    const channel = await ok(mod.socket, 'channel:create', {
      name: 'Typing',
      visibility: 'private',
      memberIds: [alice.user.id, bob.user.id],
    });
    const bobSaw: string[] = [];
    const outsiderSaw: string[] = [];
    bob.socket.on('channel:typing', (e) => bobSaw.push(e.user.id));
    outsider.socket.on('channel:typing', (e) => outsiderSaw.push(e.user.id));

    alice.socket.emit('channel:typing', { channelId: channel.id });
    alice.socket.emit('channel:typing', { channelId: channel.id });
    outsider.socket.emit('channel:typing', { channelId: channel.id });
    await eventually(() => bobSaw.length > 0, 5000, 'the typing notice');
    await ok(alice.socket, 'channels:list', {}); // a round trip, so a second notice would have arrived

    expect(bobSaw).toEqual([alice.user.id]);
    expect(outsiderSaw).toEqual([]);
  });

  it('reports presence in batches and answers presence queries', async () => {
    const alice = await member();
    const bob = await member();
    const batches: { userId: string; status: string }[][] = [];
    alice.socket.on('presence:batch', (b) => batches.push(b.changes));

    const online = await ok(alice.socket, 'presence:query', { userIds: [bob.user.id, randomUUID()] });
    bob.socket.emit('presence:set', { status: 'away' });
    await eventually(
      () => batches.flat().some((c) => c.userId === bob.user.id && c.status === 'away'),
      10_000,
      'the presence batch',
    );

    expect(Object.values(online)).toEqual(['online', 'offline']);
  });

  describe('limits', () => {
    it('refuses a message over the size limit with a clear error and stores nothing', async () => {
      const alice = await member();
      const channel = await priorityChannel(alice.socket, 'D');
      const clientId = randomUUID();

      const ack = await call(alice.socket, 'message:send', {
        channelId: channel.id,
        clientId,
        body: 'é'.repeat(MESSAGE_MAX_BYTES / 2 + 1),
      });

      expect(ack).toMatchObject({ ok: false, error: { code: 'validation_failed' } });
      expect(!ack.ok && ack.error.message).toContain('8 KB');
      expect(await storedCount(`client_id = '${clientId}'`)).toBe(0);
    });

    it('caps the number of different reactions on a message', async () => {
      const alice = await member();
      const channel = await priorityChannel(alice.socket, 'E');
      const message = await send(alice, channel.id, 'react to me');
      const emoji = [
        '😀',
        '😃',
        '😄',
        '😁',
        '😆',
        '😅',
        '😂',
        '🤣',
        '😊',
        '😇',
        '🙂',
        '🙃',
        '😉',
        '😌',
        '😍',
        '🥰',
        '😘',
        '😗',
        '😙',
        '😚',
      ];
      for (const e of emoji) {
        await ok(alice.socket, 'message:react', { messageId: message.id, emoji: e, on: true });
      }

      const over = await call(alice.socket, 'message:react', { messageId: message.id, emoji: '🤩', on: true });

      expect(over).toMatchObject({ ok: false, error: { code: 'conflict' } });
    });
  });

  it('acknowledges nothing when the commit fails, and the retry then stores the message once', async () => {
    const alice = await member();
    const channel = await priorityChannel(alice.socket, 'A');
    // The database refuses this one message, as a lost connection would, until the fault is cleared.
    const kill =
      sut.database.driver === 'postgres'
        ? `PERFORM pg_terminate_backend(pg_backend_pid());`
        : `RAISE EXCEPTION 'connection lost';`;
    await sut.database.db.execute(
      sql.raw(`CREATE FUNCTION test_fail_send() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF NEW.body = 'doomed first try' THEN ${kill} END IF; RETURN NEW; END $$`),
    );
    await sut.database.db.execute(
      sql.raw(`CREATE TRIGGER test_fail_send BEFORE INSERT ON channel_messages
               FOR EACH ROW EXECUTE FUNCTION test_fail_send()`),
    );
    const payload = { channelId: channel.id, clientId: randomUUID(), body: 'doomed first try' };
    const before = (await priorityChannel(alice.socket, 'A')).lastSeq;

    const first = await call(alice.socket, 'message:send', payload);
    await sut.database.db.execute(sql.raw(`DROP TRIGGER test_fail_send ON channel_messages`));
    await sut.database.db.execute(sql.raw(`DROP FUNCTION test_fail_send()`));
    const retry = await call(alice.socket, 'message:send', payload);

    expect(first).toMatchObject({ ok: false, error: { code: 'service_unavailable' } });
    expect(retry.ok).toBe(true);
    expect(await storedCount(`client_id = '${payload.clientId}'`)).toBe(1);
    // The failed try gave its sequence number back: the channel has no gap.
    expect(retry.ok && retry.data.seq).toBe(before + 1);
  });

  it('deletes messages past the channel’s retention period, for real', async () => {
    const mod = await moderator();
    const channel = await ok(mod.socket, 'channel:create', { name: 'Short memory', visibility: 'public' });
    await ok(mod.socket, 'channel:update', { channelId: channel.id, retentionDays: 30 });
    const old = await send(mod, channel.id, 'from last year');
    const recent = await send(mod, channel.id, 'from today');
    await sut.database.db.execute(
      sql`UPDATE channel_messages SET created_at = now() - interval '31 days' WHERE id = ${old.id}`,
    );
    const kept = await priorityChannel(mod.socket, 'A');
    const keptMessage = await send(mod, kept.id, 'no retention here');
    await sut.database.db.execute(
      sql`UPDATE channel_messages SET created_at = now() - interval '400 days' WHERE id = ${keptMessage.id}`,
    );

    const deleted = await sut.app.get(RetentionService).purgeExpired();

    expect(deleted).toBe(1);
    expect(await storedCount(`id = '${old.id}'`)).toBe(0);
    expect(await storedCount(`id IN ('${recent.id}', '${keptMessage.id}')`)).toBe(2);
  });
});

describe('Channels: write rate limit', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await createTestApp({ listen: true, env: { CHAT_MESSAGES_PER_MIN: '3', CHAT_BURST: '2' } });
  });

  afterAll(async () => {
    await sut.close();
  });

  it('allows the rate plus the burst, then refuses with rate_limited and stores nothing', async () => {
    const alice = await chatMember(sut);
    const channel = await priorityChannel(alice.socket, 'A');
    const acks = [];
    for (let i = 0; i < 6; i += 1) {
      acks.push(
        await call(alice.socket, 'message:send', { channelId: channel.id, clientId: randomUUID(), body: `m${i}` }),
      );
    }
    alice.socket.disconnect();

    expect(acks.map((a) => a.ok)).toEqual([true, true, true, true, true, false]);
    expect(acks[5]).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
    const stored = await sut.database.db.execute(sql`SELECT count(*)::int AS n FROM channel_messages`);
    expect(Number((stored.rows[0] as { n: number }).n)).toBe(5);
  });
});
