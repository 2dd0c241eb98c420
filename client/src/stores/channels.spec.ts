import { type ChannelEvent, type ChannelMessage, type SyncPage } from '@thb/shared';
import { flushPromises } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nextTick } from 'vue';
import { fakeSocket, type FakeSocket, ok, refused } from '@/test/fake-socket';
import { coordinatorFixture, grantFixture } from '@/test/fixtures/accounts';
import {
  ANA,
  CHANNEL_A,
  CHANNEL_B,
  CHANNEL_DIRECT,
  CHANNEL_PRIVATE,
  CHANNEL_PUBLIC,
  JONAS,
  messageFixture,
  summaryFixture,
} from '@/test/fixtures/channels';
import { useAuthStore } from './auth';
import { HISTORY_PAGE, RATE_LIMIT_RETRY_MS, TYPING_SHOWN_MS, useChannelsStore } from './channels';

function event(message: ChannelMessage, overrides: Partial<ChannelEvent> = {}): ChannelEvent {
  return {
    channelId: message.channelId,
    seq: message.updatedSeq,
    type: 'message.created',
    message,
    root: null,
    ...overrides,
  };
}

function seqsOf(messages: { seq: number }[]): number[] {
  return messages.map((m) => m.seq);
}

describe('channels store', () => {
  let server: FakeSocket;

  beforeEach(() => {
    setActivePinia(createPinia());
    useAuthStore().applyGrant(grantFixture());
    server = fakeSocket();
    server.respond('channels:list', () => ok([summaryFixture({ lastSeq: 3 })]));
    server.respond('channel:history', () =>
      ok({ messages: [messageFixture(1), messageFixture(2), messageFixture(3)], lastSeq: 3, hasMore: false }),
    );
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  /** A started store with channel A open on messages 1–3. */
  async function openA() {
    const sut = useChannelsStore();
    sut.start(server.asAppSocket);
    await flushPromises();
    await sut.openChannel(CHANNEL_A);
    return sut;
  }

  it('lists the channels on connect: priorities A–E, then public, private and direct conversations', async () => {
    server.respond('channels:list', () =>
      ok([
        summaryFixture({ id: CHANNEL_DIRECT, kind: 'direct', name: 'x', priorityCode: null, directPeer: JONAS }),
        summaryFixture({ id: CHANNEL_PRIVATE, kind: 'private', name: 'Coordination', priorityCode: null }),
        summaryFixture({ id: CHANNEL_B, name: 'Priority B', priorityCode: 'B' }),
        summaryFixture({ id: CHANNEL_PUBLIC, kind: 'public', name: 'Announcements', priorityCode: null }),
        summaryFixture(),
      ]),
    );
    const sut = useChannelsStore();

    sut.start(server.asAppSocket);
    await flushPromises();

    expect(server.callsOf('channels:list')).toEqual([{}]);
    expect(sut.listStatus).toBe('ready');
    expect(sut.channelList.map((c) => c.id)).toEqual([
      CHANNEL_A,
      CHANNEL_B,
      CHANNEL_PUBLIC,
      CHANNEL_PRIVATE,
      CHANNEL_DIRECT,
    ]);
  });

  it('opens a channel with its newest page and keeps the page’s lastSeq as the sync point', async () => {
    const sut = await openA();

    expect(server.callsOf('channel:history')).toEqual([{ channelId: CHANNEL_A, limit: HISTORY_PAGE }]);
    expect(seqsOf(sut.timeline(CHANNEL_A))).toEqual([1, 2, 3]);
    expect(sut.state(CHANNEL_A)?.lastSeq).toBe(3);
    expect(sut.state(CHANNEL_A)?.status).toBe('ready');
  });

  it('applies the next event in sequence and advances, without asking the server', async () => {
    const sut = await openA();

    server.push('channel:event', event(messageFixture(4)));

    expect(seqsOf(sut.timeline(CHANNEL_A))).toEqual([1, 2, 3, 4]);
    expect(sut.state(CHANNEL_A)?.lastSeq).toBe(4);
    expect(server.callsOf('channel:sync')).toEqual([]);
  });

  it('never duplicates an event it already has, and never goes back to an older snapshot', async () => {
    const sut = await openA();
    const edited = messageFixture(2, { body: 'Edited', updatedSeq: 4, editedAt: '2026-11-23T10:00:00.000Z' });

    server.push('channel:event', event(edited, { type: 'message.edited', seq: 4 }));
    server.push('channel:event', event(edited, { type: 'message.edited', seq: 4 }));
    server.push('channel:event', event(messageFixture(3)));
    // A late copy of message 2 as it was before the edit.
    server.push('channel:event', event(messageFixture(2)));

    expect(seqsOf(sut.timeline(CHANNEL_A))).toEqual([1, 2, 3]);
    expect(sut.message(CHANNEL_A, edited.id)?.body).toBe('Edited');
    expect(sut.state(CHANNEL_A)?.lastSeq).toBe(4);
    expect(server.callsOf('channel:sync')).toEqual([]);
  });

  it('syncs from lastSeq when an event leaves a gap, page after page while hasMore', async () => {
    const pages: SyncPage[] = [
      { messages: [messageFixture(4), messageFixture(5)], lastSeq: 5, hasMore: true },
      { messages: [messageFixture(6), messageFixture(7)], lastSeq: 7, hasMore: false },
    ];
    server.respond('channel:sync', () => ok(pages.shift()));
    const sut = await openA();

    server.push('channel:event', event(messageFixture(7)));
    await flushPromises();

    expect(server.callsOf('channel:sync')).toEqual([
      { channelId: CHANNEL_A, afterSeq: 3, limit: 200 },
      { channelId: CHANNEL_A, afterSeq: 5, limit: 200 },
    ]);
    expect(seqsOf(sut.timeline(CHANNEL_A))).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(sut.state(CHANNEL_A)?.lastSeq).toBe(7);
  });

  it('catches up every opened channel on reconnect, from the sequence it kept', async () => {
    server.respond('channel:sync', () =>
      ok({
        messages: [messageFixture(4), messageFixture(2, { updatedSeq: 5, body: null, deletedAt: 'x' })],
        lastSeq: 5,
        hasMore: false,
      }),
    );
    const sut = await openA();

    server.disconnect();
    server.connect();
    await flushPromises();

    expect(server.callsOf('channels:list')).toHaveLength(2);
    expect(server.callsOf('channel:sync')).toEqual([{ channelId: CHANNEL_A, afterSeq: 3, limit: 200 }]);
    expect(seqsOf(sut.timeline(CHANNEL_A))).toEqual([1, 2, 3, 4]);
    expect(sut.timeline(CHANNEL_A)[1]?.deletedAt).toBe('x');
    expect(sut.state(CHANNEL_A)?.lastSeq).toBe(5);
  });

  it('syncs after the first page what arrived while it was loading', async () => {
    let answerHistory: (value: unknown) => void = () => undefined;
    server.respond('channel:history', () => new Promise((resolve) => (answerHistory = resolve)) as never);
    server.respond('channel:sync', () => ok({ messages: [messageFixture(4)], lastSeq: 4, hasMore: false }));
    const sut = useChannelsStore();
    sut.start(server.asAppSocket);
    await flushPromises();

    const opening = sut.openChannel(CHANNEL_A);
    server.push('channel:event', event(messageFixture(4)));
    answerHistory(ok({ messages: [messageFixture(3)], lastSeq: 3, hasMore: true }));
    await opening;
    await flushPromises();

    expect(server.callsOf('channel:sync')).toEqual([{ channelId: CHANNEL_A, afterSeq: 3, limit: 200 }]);
    expect(seqsOf(sut.timeline(CHANNEL_A))).toEqual([3, 4]);
  });

  it('loads older pages before the smallest top-level sequence it has', async () => {
    server.respond('channel:history', (payload: { beforeSeq?: number }) =>
      payload.beforeSeq === undefined
        ? ok({ messages: [messageFixture(51), messageFixture(52)], lastSeq: 53, hasMore: true })
        : ok({ messages: [messageFixture(49), messageFixture(50)], lastSeq: 53, hasMore: false }),
    );
    const sut = await openA();

    await sut.loadOlder(CHANNEL_A);

    expect(server.callsOf('channel:history')[1]).toEqual({ channelId: CHANNEL_A, limit: HISTORY_PAGE, beforeSeq: 51 });
    expect(seqsOf(sut.timeline(CHANNEL_A))).toEqual([49, 50, 51, 52]);
    expect(sut.state(CHANNEL_A)?.hasMoreBefore).toBe(false);
  });

  it('leaves a change to a message older than the loaded page out of the timeline', async () => {
    server.respond('channel:history', () => ok({ messages: [messageFixture(51)], lastSeq: 51, hasMore: true }));
    const sut = await openA();

    server.push(
      'channel:event',
      event(messageFixture(7, { updatedSeq: 52, body: 'old, edited' }), { seq: 52, type: 'message.edited' }),
    );

    expect(seqsOf(sut.timeline(CHANNEL_A))).toEqual([51]);
    expect(sut.state(CHANNEL_A)?.lastSeq).toBe(52);
  });

  describe('sending', () => {
    it('shows the message at once as pending, then replaces it by the acknowledged one', async () => {
      let ack: (value: unknown) => void = () => undefined;
      server.respond('message:send', () => new Promise((resolve) => (ack = resolve)) as never);
      const sut = await openA();

      const clientId = sut.send(CHANNEL_A, 'Hello');

      expect(sut.outgoing(CHANNEL_A)).toMatchObject([{ clientId, body: 'Hello', state: 'pending' }]);
      expect(server.callsOf('message:send')).toEqual([{ channelId: CHANNEL_A, clientId, body: 'Hello' }]);

      ack(ok(messageFixture(4, { clientId, author: ANA, body: 'Hello' })));
      await flushPromises();

      expect(sut.outgoing(CHANNEL_A)).toEqual([]);
      expect(sut.timeline(CHANNEL_A).filter((m) => m.clientId === clientId)).toHaveLength(1);
    });

    it('settles on the broadcast of its client id when it comes before the ack: still once', async () => {
      let ack: (value: unknown) => void = () => undefined;
      server.respond('message:send', () => new Promise((resolve) => (ack = resolve)) as never);
      const sut = await openA();
      const clientId = sut.send(CHANNEL_A, 'Hello');
      const stored = messageFixture(4, { clientId, author: ANA, body: 'Hello' });

      server.push('channel:event', event(stored));
      expect(sut.outgoing(CHANNEL_A)).toEqual([]);
      ack(ok(stored));
      await flushPromises();

      expect(sut.timeline(CHANNEL_A).filter((m) => m.clientId === clientId)).toHaveLength(1);
      expect(sut.outgoing(CHANNEL_A)).toEqual([]);
    });

    it('retries with the same client id while there is no answer', async () => {
      vi.useFakeTimers();
      let attempts = 0;
      server.respond('message:send', (payload: { clientId: string }) =>
        ++attempts < 3 ? 'timeout' : ok(messageFixture(4, { clientId: payload.clientId, author: ANA })),
      );
      const sut = await openA();

      const clientId = sut.send(CHANNEL_A, 'Hello');
      await flushPromises();
      expect(sut.outgoing(CHANNEL_A)[0]?.state).toBe('pending');
      await vi.advanceTimersByTimeAsync(1_000);
      await vi.advanceTimersByTimeAsync(2_000);

      const sends = server.callsOf('message:send') as { clientId: string }[];
      expect(sends).toHaveLength(3);
      expect(new Set(sends.map((s) => s.clientId))).toEqual(new Set([clientId]));
      expect(sut.outgoing(CHANNEL_A)).toEqual([]);
      expect(sut.timeline(CHANNEL_A).filter((m) => m.clientId === clientId)).toHaveLength(1);
    });

    it('waits for the connection while offline and sends as soon as it is back', async () => {
      server.respond('message:send', (payload: { clientId: string }) =>
        ok(messageFixture(4, { clientId: payload.clientId, author: ANA })),
      );
      const sut = await openA();
      server.disconnect();

      const clientId = sut.send(CHANNEL_A, 'While offline');
      await flushPromises();
      expect(server.callsOf('message:send')).toEqual([]);
      expect(sut.outgoing(CHANNEL_A)[0]?.state).toBe('pending');

      server.connect();
      await flushPromises();

      expect(server.callsOf('message:send')).toMatchObject([{ clientId }]);
      expect(sut.outgoing(CHANNEL_A)).toEqual([]);
    });

    it('shows a refused message as failed with the reason, and retries it by hand with the same client id', async () => {
      server.respond('message:send', () => refused('validation_failed', 'a message is at most 8 KB'));
      const sut = await openA();

      const clientId = sut.send(CHANNEL_A, 'x'.repeat(9000));
      await flushPromises();

      expect(sut.outgoing(CHANNEL_A)[0]).toMatchObject({
        state: 'failed',
        error: { code: 'validation_failed', message: 'a message is at most 8 KB' },
      });

      server.respond('message:send', (payload: { clientId: string }) =>
        ok(messageFixture(4, { clientId: payload.clientId, author: ANA })),
      );
      sut.retry(clientId);
      await flushPromises();

      expect(server.callsOf('message:send').map((p) => (p as { clientId: string }).clientId)).toEqual([
        clientId,
        clientId,
      ]);
      expect(sut.outgoing(CHANNEL_A)).toEqual([]);
    });

    it('shows rate_limited as failed and tries once more later by itself', async () => {
      vi.useFakeTimers();
      server.respond('message:send', () => refused('rate_limited', 'Too many messages'));
      const sut = await openA();

      sut.send(CHANNEL_A, 'Fast');
      await flushPromises();
      expect(sut.outgoing(CHANNEL_A)[0]).toMatchObject({ state: 'failed', error: { code: 'rate_limited' } });

      server.respond('message:send', (payload: { clientId: string }) =>
        ok(messageFixture(4, { clientId: payload.clientId, author: ANA })),
      );
      await vi.advanceTimersByTimeAsync(RATE_LIMIT_RETRY_MS);

      expect(server.callsOf('message:send')).toHaveLength(2);
      expect(sut.outgoing(CHANNEL_A)).toEqual([]);
    });

    it('sends a reply in its thread and a shared service by id', async () => {
      server.respond('message:send', () => 'timeout');
      const sut = await openA();
      const root = sut.timeline(CHANNEL_A)[0]!;
      const service = {
        id: '5e5e5e5e-0000-4000-8000-000000000005',
        name: 'Shelter',
        organisationName: 'Harbour',
        city: 'Gent',
        country: 'BE',
        serviceTypes: [],
      };

      sut.send(CHANNEL_A, 'Reply', { threadRootId: root.id, sharedService: service });

      expect(server.callsOf('message:send')[0]).toMatchObject({ threadRootId: root.id, sharedServiceId: service.id });
      expect(sut.outgoing(CHANNEL_A, root.id)).toHaveLength(1);
      expect(sut.outgoing(CHANNEL_A)).toHaveLength(0);
    });
  });

  describe('read markers and counts', () => {
    it('marks read up to the newest sequence it has, and applies the answer', async () => {
      server.respond('channels:list', () =>
        ok([summaryFixture({ lastSeq: 3, lastReadSeq: 1, unread: 2, mentions: 1 })]),
      );
      server.respond('channel:read', () => ok({ channelId: CHANNEL_A, lastReadSeq: 3, unread: 0, mentions: 0 }));
      const sut = await openA();

      sut.markRead(CHANNEL_A);
      await flushPromises();
      sut.markRead(CHANNEL_A);

      expect(server.callsOf('channel:read')).toEqual([{ channelId: CHANNEL_A, seq: 3 }]);
      expect(sut.summary(CHANNEL_A)).toMatchObject({ lastReadSeq: 3, unread: 0, mentions: 0 });
    });

    it('applies read states pushed from the other tabs and devices, never an older one', async () => {
      server.respond('channels:list', () =>
        ok([summaryFixture({ lastSeq: 9, lastReadSeq: 2, unread: 7, mentions: 2 })]),
      );
      const sut = useChannelsStore();
      sut.start(server.asAppSocket);
      await flushPromises();

      server.push('channel:read-state', { channelId: CHANNEL_A, lastReadSeq: 8, unread: 1, mentions: 0 });
      server.push('channel:read-state', { channelId: CHANNEL_A, lastReadSeq: 5, unread: 4, mentions: 1 });

      expect(sut.summary(CHANNEL_A)).toMatchObject({ lastReadSeq: 8, unread: 1, mentions: 0 });
    });

    it('counts a live message from someone else until the next read state, but not in the channel being read', async () => {
      server.respond('channels:list', () =>
        ok([
          summaryFixture({ lastSeq: 3, lastReadSeq: 3 }),
          summaryFixture({ id: CHANNEL_B, lastSeq: 0, priorityCode: 'B' }),
        ]),
      );
      const sut = await openA();
      sut.setReading(CHANNEL_A);

      server.push('channel:event', event(messageFixture(4)));
      server.push('channel:event', event(messageFixture(1, { channelId: CHANNEL_B, mentions: [ANA] })));
      server.push('channel:event', event(messageFixture(2, { channelId: CHANNEL_B, author: ANA })));

      expect(sut.summary(CHANNEL_A)?.unread).toBe(0);
      expect(sut.summary(CHANNEL_B)).toMatchObject({ unread: 1, mentions: 1, lastSeq: 2 });

      server.push('channel:read-state', { channelId: CHANNEL_B, lastReadSeq: 0, unread: 1, mentions: 1 });
      expect(sut.summary(CHANNEL_B)).toMatchObject({ unread: 1, mentions: 1 });
    });

    it('puts the "new messages" divider before the first message by someone else after the read marker', async () => {
      server.respond('channels:list', () => ok([summaryFixture({ lastSeq: 3, lastReadSeq: 1, unread: 2 })]));
      const sut = await openA();

      expect(sut.firstUnread(CHANNEL_A)?.seq).toBe(2);
    });
  });

  it('shows who is typing for a few seconds, and tells the others at most every 3 seconds', async () => {
    vi.useFakeTimers();
    const sut = await openA();

    server.push('channel:typing', { channelId: CHANNEL_A, threadRootId: null, user: JONAS });
    server.push('channel:typing', { channelId: CHANNEL_A, threadRootId: null, user: ANA });
    expect(sut.typingIn(CHANNEL_A)).toEqual([JONAS]);
    await vi.advanceTimersByTimeAsync(TYPING_SHOWN_MS);
    expect(sut.typingIn(CHANNEL_A)).toEqual([]);

    sut.notifyTyping(CHANNEL_A);
    sut.notifyTyping(CHANNEL_A);
    await vi.advanceTimersByTimeAsync(3_000);
    sut.notifyTyping(CHANNEL_A);
    expect(server.callsOf('channel:typing')).toEqual([{ channelId: CHANNEL_A }, { channelId: CHANNEL_A }]);
  });

  it('keeps presence from queries and batches', async () => {
    server.respond('presence:query', () => ok({ [JONAS.id]: 'online' }));
    const sut = await openA();

    await sut.queryPresence([JONAS.id, JONAS.id]);
    await sut.queryPresence([JONAS.id]);
    server.push('presence:batch', { changes: [{ userId: JONAS.id, status: 'away' }] });

    expect(server.callsOf('presence:query')).toEqual([{ userIds: [JONAS.id] }]);
    expect(sut.presence.get(JONAS.id)).toBe('away');
  });

  it('updates a changed channel and forgets a removed one', async () => {
    const sut = await openA();

    server.push('channel:changed', summaryFixture({ readOnly: true, canPost: false }));
    expect(sut.summary(CHANNEL_A)?.canPost).toBe(false);

    server.push('channel:removed', { channelId: CHANNEL_A });
    expect(sut.summary(CHANNEL_A)).toBeUndefined();
    expect(sut.timeline(CHANNEL_A)).toEqual([]);
  });

  it('forgets everything of the previous user when another one signs in', async () => {
    const sut = await openA();

    useAuthStore().applyGrant(grantFixture(coordinatorFixture()));
    await nextTick();

    expect(sut.channelList).toEqual([]);
    expect(sut.timeline(CHANNEL_A)).toEqual([]);
  });
});
