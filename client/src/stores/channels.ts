import {
  type Ack,
  CHANNEL_PAGE_MAX,
  type ChannelEvent,
  type ChannelMessage,
  type ChannelPerson,
  type ChannelReadState,
  type ChannelSummary,
  type ClientToServerEvents,
  type ErrorCode,
  type PresenceBatch,
  type PresenceStatus,
  type SharedServiceCard,
  type TypingEvent,
} from '@thb/shared';
import { defineStore } from 'pinia';
import { computed, reactive, ref, watch } from 'vue';
import { type AppSocket, getSocket } from '@/api/socket';
import { useAuthStore } from './auth';

/*
 * The client half of the channels' delivery model (see shared/src/schemas/channels.ts):
 * - every change in a channel has the channel's next sequence number; per loaded channel we keep `lastSeq`, the
 *   highest sequence applied with nothing missing before it;
 * - a live event at `lastSeq + 1` is applied and advances it; one at or below it was already applied (its
 *   snapshot still replaces ours if newer); one further ahead means we missed something: `channel:sync` from
 *   `lastSeq`, page after page, fetches it from the database. Every (re)connect does the same;
 * - applying a message is replacing it by id, and only by a snapshot at least as recent (`updatedSeq`), so live
 *   events, catch-up, acks and history can overlap in any order without duplicates or going back in time;
 * - a message being sent is shown at once under its client id and retried with that same id until acknowledged;
 *   whichever comes first, the ack or the broadcast of that client id, replaces it by the real message.
 */

/** Newest messages shown when a channel opens, and the size of each older page. */
export const HISTORY_PAGE = 50;
/** How long a send waits for its acknowledgement before trying again (same client id). */
export const SEND_TIMEOUT_MS = 10_000;
/** Other requests (history, sync, actions). */
export const REQUEST_TIMEOUT_MS = 15_000;
/** Automatic resend delays: 1 s, 2 s, 4 s … up to 30 s. */
const RETRY_BASE_MS = 1_000;
const RETRY_MAX_MS = 30_000;
/** After rate_limited the message is shown as failed, and tried once more after this long. */
export const RATE_LIMIT_RETRY_MS = 20_000;
/** Server errors (not validation or rights) are retried this many times before the message shows as failed. */
const MAX_SERVER_ERROR_ATTEMPTS = 5;
/** "X is typing…" disappears this long after the last typing signal. */
export const TYPING_SHOWN_MS = 5_000;
/** We tell the others at most this often that the user is typing. */
export const TYPING_THROTTLE_MS = 3_000;
/** A sync that could not finish (no answer) tries again after this long, while connected. */
const SYNC_RETRY_MS = 5_000;

/** Errors that say "try again later", as opposed to "this message cannot be sent". */
const RETRYABLE_CODES = new Set<string>(['timeout', 'service_unavailable', 'internal_error', 'unauthenticated']);

export type ChannelErrorCode = ErrorCode | 'timeout';

/** A refused or unanswered socket request: the server's code and message, or `timeout`. */
export class ChannelRequestError extends Error {
  constructor(
    readonly code: ChannelErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ChannelRequestError';
  }
}

export function isChannelRequestError(error: unknown): error is ChannelRequestError {
  return error instanceof ChannelRequestError;
}

/** A message written here and not acknowledged yet: `pending` while it is being (re)tried, `failed` once refused. */
export interface OutgoingMessage {
  clientId: string;
  channelId: string;
  body: string;
  threadRootId: string | null;
  sharedService: SharedServiceCard | null;
  createdAt: string;
  state: 'pending' | 'failed';
  error: { code: ChannelErrorCode; message: string } | undefined;
  attempts: number;
}

export interface SendOptions {
  threadRootId?: string | undefined;
  /** The card shown with the message; its id is what is sent. */
  sharedService?: SharedServiceCard | undefined;
}

export type ChannelLoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/** What we hold of one channel once it has been opened. */
export interface ChannelState {
  /** Top-level messages of the loaded window and thread replies, by id. */
  messages: Map<string, ChannelMessage>;
  /** Top-level messages known outside the loaded window (an opened thread's root, pins), kept up to date too. */
  detached: Map<string, ChannelMessage>;
  status: ChannelLoadStatus;
  error: ChannelRequestError | undefined;
  /** Highest sequence applied with nothing missing before it; undefined until the first history page. */
  lastSeq: number | undefined;
  /** Smallest top-level sequence of the loaded window; older messages come with history pages only. */
  oldestSeq: number | undefined;
  hasMoreBefore: boolean;
  loadingOlder: boolean;
  /** Read marker when the channel was opened: the "new messages" divider goes after it. */
  unreadAnchorSeq: number | undefined;
  /** Highest sequence of the events that arrived while the first page was loading. */
  seenWhileLoading: number;
}

interface TypingEntry {
  channelId: string;
  threadRootId: string | null;
  user: ChannelPerson;
}

type AckResult<F> = F extends (payload: infer P, ack: (result: Ack<infer T>) => void) => void
  ? { payload: P; data: T }
  : never;
type Events = ClientToServerEvents;
/** The client events that are answered with an acknowledgement. */
export type AckEvent = {
  [E in keyof Events]: [AckResult<Events[E]>] extends [never] ? never : E;
}[keyof Events];
type PayloadOf<E extends AckEvent> = AckResult<Events[E]>['payload'];
type DataOf<E extends AckEvent> = AckResult<Events[E]>['data'];

/** Socket.IO's ack-with-timeout call, seen without its per-event typing (checked by `request` instead). */
interface AckEmitter {
  emitWithAck(event: string, payload: unknown): Promise<unknown>;
}

/** A UUID for a new message; `crypto.randomUUID` only exists on secure origins, random bytes everywhere. */
export function newClientId(): string {
  if (typeof crypto.randomUUID === 'function') {
    return crypto.randomUUID();
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const KIND_ORDER: Record<ChannelSummary['kind'], number> = { priority: 0, public: 1, private: 2, direct: 3 };

function bySeq(a: { seq: number }, b: { seq: number }): number {
  return a.seq - b.seq;
}

export const useChannelsStore = defineStore('channels', () => {
  const auth = useAuthStore();
  const viewerId = computed(() => auth.user?.id);

  let socket: AppSocket | undefined;

  const summaries = reactive(new Map<string, ChannelSummary>());
  const listStatus = ref<ChannelLoadStatus>('idle');
  const listError = ref<ChannelRequestError | undefined>();
  const states = reactive(new Map<string, ChannelState>());
  const outbox = reactive(new Map<string, OutgoingMessage>());
  const typing = reactive(new Map<string, TypingEntry>());
  const presence = reactive(new Map<string, PresenceStatus>());
  const members = reactive(new Map<string, ChannelPerson[]>());
  /** The channel on screen. */
  const activeChannelId = ref<string | undefined>();
  /** The channel the user is reading right now (on screen, page visible, scrolled to the newest message). */
  const readingChannelId = ref<string | undefined>();

  // Bookkeeping that the screen does not show: kept out of reactivity.
  const syncs = new Map<string, { promise: Promise<void>; again: boolean }>();
  const syncRetryTimers = new Map<string, ReturnType<typeof setTimeout>>();
  const openings = new Map<string, Promise<void>>();
  const inFlight = new Set<string>();
  const retryTimers = new Map<string, ReturnType<typeof setTimeout>>();
  const typingTimers = new Map<string, ReturnType<typeof setTimeout>>();
  const typingSent = new Map<string, number>();
  const readsInFlight = new Map<string, number>();
  const presenceAsked = new Set<string>();

  // ---- requests ---------------------------------------------------------------------------------------------

  /** Emits an event and resolves with its acknowledged data; rejects with the error ack or `timeout`. */
  async function request<E extends AckEvent>(
    event: E,
    payload: PayloadOf<E>,
    timeoutMs = REQUEST_TIMEOUT_MS,
  ): Promise<DataOf<E>> {
    const target = socket ?? getSocket();
    let ack: Ack<DataOf<E>>;
    try {
      ack = (await (target.timeout(timeoutMs) as unknown as AckEmitter).emitWithAck(event, payload)) as Ack<DataOf<E>>;
    } catch {
      throw new ChannelRequestError('timeout', 'The server did not answer in time.');
    }
    if (!ack.ok) {
      throw new ChannelRequestError(ack.error.code, ack.error.message);
    }
    return ack.data;
  }

  // ---- applying snapshots -----------------------------------------------------------------------------------

  function newState(): ChannelState {
    return {
      messages: new Map(),
      detached: new Map(),
      status: 'idle',
      error: undefined,
      lastSeq: undefined,
      oldestSeq: undefined,
      hasMoreBefore: false,
      loadingOlder: false,
      unreadAnchorSeq: undefined,
      seenWhileLoading: 0,
    };
  }

  function outsideWindow(state: ChannelState, message: ChannelMessage): boolean {
    return (
      message.threadRootId === null &&
      state.hasMoreBefore &&
      state.oldestSeq !== undefined &&
      message.seq < state.oldestSeq
    );
  }

  /**
   * Puts a message snapshot in place: replaces the one with its id if it is at least as recent, settles the
   * outgoing message with its client id. `intoWindow`: the snapshot belongs to the loaded window (history pages).
   */
  function settleOutgoing(clientId: string): void {
    if (outbox.has(clientId)) {
      outbox.delete(clientId);
      clearRetry(clientId);
    }
  }

  function applyMessage(message: ChannelMessage, options: { intoWindow?: boolean; detach?: boolean } = {}): void {
    settleOutgoing(message.clientId);
    const state = states.get(message.channelId);
    if (!state) {
      return;
    }
    const inWindow = state.messages.get(message.id);
    const detached = state.detached.get(message.id);
    const known = inWindow ?? detached;
    if (known && message.updatedSeq < known.updatedSeq) {
      // Older than what we have: keep ours, but a history page still places it in the window.
      if (options.intoWindow && !inWindow && detached) {
        state.detached.delete(message.id);
        state.messages.set(message.id, detached);
      }
      return;
    }
    if (inWindow || options.intoWindow || !outsideWindow(state, message)) {
      state.detached.delete(message.id);
      state.messages.set(message.id, message);
    } else if (detached || options.detach) {
      state.detached.set(message.id, message);
    }
    // Otherwise an old message outside the window changed: history brings its current state when scrolled to.
  }

  function upsertSummary(summary: ChannelSummary): void {
    summaries.set(summary.id, summary);
  }

  function applyReadState(readState: ChannelReadState): void {
    const summary = summaries.get(readState.channelId);
    if (!summary || readState.lastReadSeq < summary.lastReadSeq) {
      return;
    }
    summaries.set(readState.channelId, {
      ...summary,
      lastReadSeq: readState.lastReadSeq,
      unread: readState.unread,
      mentions: readState.mentions,
    });
  }

  function mentionsViewer(message: ChannelMessage): boolean {
    return message.mentionsChannel || message.mentions.some((person) => person.id === viewerId.value);
  }

  // ---- live events ------------------------------------------------------------------------------------------

  function onChannelEvent(event: ChannelEvent): void {
    const summary = summaries.get(event.channelId);
    if (summary) {
      const created = event.type === 'message.created';
      const fromOther = event.message.author.id !== viewerId.value;
      // Server-exact counts come with read states; until the next one, count what we see arrive.
      const countLocally =
        created && fromOther && event.seq > summary.lastReadSeq && readingChannelId.value !== event.channelId;
      summaries.set(event.channelId, {
        ...summary,
        lastSeq: Math.max(summary.lastSeq, event.seq),
        lastMessageAt: created ? event.message.createdAt : summary.lastMessageAt,
        unread: summary.unread + (countLocally ? 1 : 0),
        mentions: summary.mentions + (countLocally && mentionsViewer(event.message) ? 1 : 0),
      });
    }
    if (event.type === 'message.created') {
      clearTyping(event.channelId, event.message.threadRootId, event.message.author.id);
    }

    settleOutgoing(event.message.clientId);
    const state = states.get(event.channelId);
    if (!state) {
      return; // not opened here: the summary is all we keep
    }
    if (state.lastSeq === undefined) {
      // The first page is on its way; whatever it does not cover is synced once it is here.
      state.seenWhileLoading = Math.max(state.seenWhileLoading, event.seq);
      return;
    }
    applyMessage(event.message);
    if (event.root) {
      applyMessage(event.root);
    }
    if (event.seq <= state.lastSeq) {
      return;
    }
    if (event.seq === state.lastSeq + 1 && !syncs.has(event.channelId)) {
      state.lastSeq = event.seq;
      return;
    }
    void syncChannel(event.channelId);
  }

  /** Fetches every change after the channel's `lastSeq`, page after page; concurrent calls share one run. */
  function syncChannel(channelId: string): Promise<void> {
    const running = syncs.get(channelId);
    if (running) {
      running.again = true;
      return running.promise;
    }
    const entry = { promise: Promise.resolve(), again: false };
    syncs.set(channelId, entry);
    entry.promise = (async () => {
      try {
        do {
          entry.again = false;
          let more = true;
          while (more) {
            const state = states.get(channelId);
            if (!state || state.lastSeq === undefined) {
              return;
            }
            const afterSeq = state.lastSeq;
            const page = await request('channel:sync', { channelId, afterSeq, limit: CHANNEL_PAGE_MAX });
            const current = states.get(channelId);
            if (!current) {
              return;
            }
            for (const message of page.messages) {
              applyMessage(message);
            }
            current.lastSeq = Math.max(current.lastSeq ?? afterSeq, page.lastSeq);
            // A page that moves nothing forward would loop for ever.
            more = page.hasMore && page.lastSeq > afterSeq;
          }
        } while (entry.again);
      } catch (error) {
        if (isChannelRequestError(error) && (error.code === 'forbidden' || error.code === 'not_found')) {
          forgetChannel(channelId);
        } else {
          scheduleSyncRetry(channelId);
        }
      } finally {
        syncs.delete(channelId);
      }
    })();
    return entry.promise;
  }

  function scheduleSyncRetry(channelId: string): void {
    if (syncRetryTimers.has(channelId)) {
      return;
    }
    syncRetryTimers.set(
      channelId,
      setTimeout(() => {
        syncRetryTimers.delete(channelId);
        // Disconnected: the reconnect syncs anyway.
        if (socket?.connected) {
          void syncChannel(channelId);
        }
      }, SYNC_RETRY_MS),
    );
  }

  function forgetChannel(channelId: string): void {
    summaries.delete(channelId);
    states.delete(channelId);
    members.delete(channelId);
    for (const [clientId, item] of outbox) {
      if (item.channelId === channelId) {
        outbox.delete(clientId);
        clearRetry(clientId);
      }
    }
  }

  function onReadState(readState: ChannelReadState): void {
    applyReadState(readState);
  }

  function onChannelChanged(summary: ChannelSummary): void {
    upsertSummary(summary);
  }

  function onChannelRemoved({ channelId }: { channelId: string }): void {
    forgetChannel(channelId);
  }

  function typingKey(channelId: string, threadRootId: string | null, userId: string): string {
    return `${channelId}|${threadRootId ?? ''}|${userId}`;
  }

  function clearTyping(channelId: string, threadRootId: string | null, userId: string): void {
    const key = typingKey(channelId, threadRootId, userId);
    typing.delete(key);
    const timer = typingTimers.get(key);
    if (timer !== undefined) {
      clearTimeout(timer);
      typingTimers.delete(key);
    }
  }

  function onTyping(event: TypingEvent): void {
    if (event.user.id === viewerId.value) {
      return;
    }
    const key = typingKey(event.channelId, event.threadRootId, event.user.id);
    clearTyping(event.channelId, event.threadRootId, event.user.id);
    typing.set(key, { channelId: event.channelId, threadRootId: event.threadRootId, user: event.user });
    typingTimers.set(
      key,
      setTimeout(() => {
        typing.delete(key);
        typingTimers.delete(key);
      }, TYPING_SHOWN_MS),
    );
  }

  function onPresence(batch: PresenceBatch): void {
    for (const change of batch.changes) {
      presence.set(change.userId, change.status);
    }
  }

  // ---- connection -------------------------------------------------------------------------------------------

  /** Loads the channel list; on every (re)connect it also catches up the opened channels and resends. */
  async function refreshList(): Promise<void> {
    listStatus.value = summaries.size === 0 ? 'loading' : listStatus.value;
    listError.value = undefined;
    try {
      const list = await request('channels:list', {});
      const seen = new Set(list.map((summary) => summary.id));
      for (const id of [...summaries.keys()]) {
        if (!seen.has(id)) {
          forgetChannel(id);
        }
      }
      for (const summary of list) {
        upsertSummary(summary);
      }
      listStatus.value = 'ready';
    } catch (error) {
      listError.value = isChannelRequestError(error) ? error : new ChannelRequestError('timeout', String(error));
      listStatus.value = 'error';
    }
  }

  async function onConnect(): Promise<void> {
    presenceAsked.clear();
    flushOutbox();
    await refreshList();
    for (const [channelId, state] of states) {
      if (state.lastSeq !== undefined) {
        void syncChannel(channelId);
      }
    }
    const active = activeChannelId.value;
    if (active && states.get(active)?.status === 'error') {
      void openChannel(active);
    }
  }

  const handlers = {
    connect: () => void onConnect(),
    'channel:event': onChannelEvent,
    'channel:read-state': onReadState,
    'channel:changed': onChannelChanged,
    'channel:removed': onChannelRemoved,
    'channel:typing': onTyping,
    'presence:batch': onPresence,
  } as const;

  /** Starts listening on the app's socket (the connection store opens it); calling it again is harmless. */
  function start(target: AppSocket = getSocket()): void {
    if (socket) {
      return;
    }
    socket = target;
    socket.on('connect', handlers.connect);
    socket.on('channel:event', handlers['channel:event']);
    socket.on('channel:read-state', handlers['channel:read-state']);
    socket.on('channel:changed', handlers['channel:changed']);
    socket.on('channel:removed', handlers['channel:removed']);
    socket.on('channel:typing', handlers['channel:typing']);
    socket.on('presence:batch', handlers['presence:batch']);
    if (socket.connected) {
      void onConnect();
    } else {
      listStatus.value = 'loading';
    }
  }

  function stop(): void {
    if (!socket) {
      return;
    }
    socket.off('connect', handlers.connect);
    socket.off('channel:event', handlers['channel:event']);
    socket.off('channel:read-state', handlers['channel:read-state']);
    socket.off('channel:changed', handlers['channel:changed']);
    socket.off('channel:removed', handlers['channel:removed']);
    socket.off('channel:typing', handlers['channel:typing']);
    socket.off('presence:batch', handlers['presence:batch']);
    socket = undefined;
  }

  /** Forgets everything of the previous user (sign-out, another account): nothing of theirs may show. */
  function reset(): void {
    for (const timer of [...retryTimers.values(), ...typingTimers.values(), ...syncRetryTimers.values()]) {
      clearTimeout(timer);
    }
    retryTimers.clear();
    typingTimers.clear();
    syncRetryTimers.clear();
    syncs.clear();
    openings.clear();
    inFlight.clear();
    typingSent.clear();
    readsInFlight.clear();
    presenceAsked.clear();
    summaries.clear();
    states.clear();
    outbox.clear();
    typing.clear();
    presence.clear();
    members.clear();
    activeChannelId.value = undefined;
    readingChannelId.value = undefined;
    listStatus.value = 'idle';
    listError.value = undefined;
  }

  watch(viewerId, (next, previous) => {
    if (next !== previous) {
      reset();
    }
  });

  // ---- opening and history ----------------------------------------------------------------------------------

  /** Shows a channel: its newest page the first time, what is already here afterwards (kept live and synced). */
  function openChannel(channelId: string): Promise<void> {
    activeChannelId.value = channelId;
    const summary = summaries.get(channelId);
    const existing = states.get(channelId);
    if (existing && existing.status !== 'error') {
      if (existing.status === 'ready') {
        existing.unreadAnchorSeq = summary && summary.unread > 0 ? summary.lastReadSeq : undefined;
      }
      return openings.get(channelId) ?? Promise.resolve();
    }
    if (summary && !summary.joined) {
      // A public channel the user has not joined: the page offers to join first.
      return Promise.resolve();
    }
    const state = newState();
    state.status = 'loading';
    state.unreadAnchorSeq = summary && summary.unread > 0 ? summary.lastReadSeq : undefined;
    states.set(channelId, state);
    const opening = (async () => {
      try {
        const page = await request('channel:history', { channelId, limit: HISTORY_PAGE });
        const current = states.get(channelId);
        if (!current) {
          return;
        }
        for (const message of page.messages) {
          applyMessage(message, { intoWindow: true });
        }
        const seqs = page.messages.filter((m) => m.threadRootId === null).map((m) => m.seq);
        current.oldestSeq = seqs.length > 0 ? Math.min(...seqs) : undefined;
        current.hasMoreBefore = page.hasMore;
        current.lastSeq = page.lastSeq;
        current.status = 'ready';
        if (current.seenWhileLoading > page.lastSeq) {
          void syncChannel(channelId);
        }
      } catch (error) {
        const current = states.get(channelId);
        if (current) {
          current.status = 'error';
          current.error = isChannelRequestError(error) ? error : new ChannelRequestError('timeout', String(error));
        }
      } finally {
        openings.delete(channelId);
      }
    })();
    openings.set(channelId, opening);
    return opening;
  }

  function closeChannel(): void {
    activeChannelId.value = undefined;
    readingChannelId.value = undefined;
  }

  /** The page before the oldest loaded top-level message (infinite scroll upwards). */
  async function loadOlder(channelId: string): Promise<void> {
    const state = states.get(channelId);
    if (!state || state.status !== 'ready' || !state.hasMoreBefore || state.loadingOlder) {
      return;
    }
    state.loadingOlder = true;
    try {
      const page = await request('channel:history', {
        channelId,
        limit: HISTORY_PAGE,
        ...(state.oldestSeq !== undefined ? { beforeSeq: state.oldestSeq } : {}),
      });
      for (const message of page.messages) {
        applyMessage(message, { intoWindow: true });
      }
      const seqs = page.messages.filter((m) => m.threadRootId === null).map((m) => m.seq);
      if (seqs.length > 0) {
        state.oldestSeq = Math.min(state.oldestSeq ?? Infinity, ...seqs);
      }
      state.hasMoreBefore = page.hasMore && seqs.length > 0;
    } finally {
      state.loadingOlder = false;
    }
  }

  async function join(channelId: string): Promise<ChannelSummary> {
    const summary = await request('channel:join', { channelId });
    upsertSummary(summary);
    if (activeChannelId.value === channelId) {
      states.delete(channelId);
      await openChannel(channelId);
    }
    return summary;
  }

  async function leave(channelId: string): Promise<void> {
    await request('channel:leave', { channelId });
    states.delete(channelId);
    const summary = summaries.get(channelId);
    if (summary?.kind === 'public') {
      summaries.set(channelId, { ...summary, joined: false, unread: 0, mentions: 0 });
    } else {
      summaries.delete(channelId);
    }
  }

  async function openDirect(userId: string): Promise<ChannelSummary> {
    const summary = await request('direct:open', { userId });
    upsertSummary(summary);
    return summary;
  }

  // ---- sending ----------------------------------------------------------------------------------------------

  function clearRetry(clientId: string): void {
    const timer = retryTimers.get(clientId);
    if (timer !== undefined) {
      clearTimeout(timer);
      retryTimers.delete(clientId);
    }
  }

  function scheduleRetry(item: OutgoingMessage, delayMs: number): void {
    clearRetry(item.clientId);
    retryTimers.set(
      item.clientId,
      setTimeout(() => {
        retryTimers.delete(item.clientId);
        const current = outbox.get(item.clientId);
        if (current) {
          current.state = 'pending';
          void deliver(current);
        }
      }, delayMs),
    );
  }

  async function deliver(item: OutgoingMessage): Promise<void> {
    if (inFlight.has(item.clientId) || !outbox.has(item.clientId) || item.state !== 'pending') {
      return;
    }
    clearRetry(item.clientId);
    if (!socket?.connected) {
      // Sent as soon as the connection is back (flushOutbox).
      return;
    }
    inFlight.add(item.clientId);
    item.attempts += 1;
    try {
      const message = await request(
        'message:send',
        {
          channelId: item.channelId,
          clientId: item.clientId,
          body: item.body,
          ...(item.threadRootId ? { threadRootId: item.threadRootId } : {}),
          ...(item.sharedService ? { sharedServiceId: item.sharedService.id } : {}),
        },
        SEND_TIMEOUT_MS,
      );
      applyMessage(message);
    } catch (error) {
      const current = outbox.get(item.clientId);
      if (!current) {
        return; // the broadcast of this client id arrived first
      }
      const failure = isChannelRequestError(error) ? error : new ChannelRequestError('timeout', String(error));
      if (failure.code === 'rate_limited') {
        current.state = 'failed';
        current.error = { code: failure.code, message: failure.message };
        scheduleRetry(current, RATE_LIMIT_RETRY_MS);
      } else if (
        RETRYABLE_CODES.has(failure.code) &&
        (failure.code === 'timeout' || current.attempts < MAX_SERVER_ERROR_ATTEMPTS)
      ) {
        current.state = 'pending';
        current.error = failure.code === 'timeout' ? undefined : { code: failure.code, message: failure.message };
        scheduleRetry(current, Math.min(RETRY_BASE_MS * 2 ** (current.attempts - 1), RETRY_MAX_MS));
      } else {
        current.state = 'failed';
        current.error = { code: failure.code, message: failure.message };
      }
    } finally {
      inFlight.delete(item.clientId);
    }
  }

  function flushOutbox(): void {
    for (const item of outbox.values()) {
      if (item.state === 'pending') {
        void deliver(item);
      }
    }
  }

  /** Shows the message at once and sends it until it is acknowledged; returns its client id. */
  function send(channelId: string, body: string, options: SendOptions = {}): string {
    const clientId = newClientId();
    outbox.set(clientId, {
      clientId,
      channelId,
      body,
      threadRootId: options.threadRootId ?? null,
      sharedService: options.sharedService ?? null,
      createdAt: new Date().toISOString(),
      state: 'pending',
      error: undefined,
      attempts: 0,
    });
    const item = outbox.get(clientId);
    if (item) {
      void deliver(item);
    }
    return clientId;
  }

  /** The "Retry" button of a failed message: the same client id, so it can never be stored twice. */
  function retry(clientId: string): void {
    const item = outbox.get(clientId);
    if (!item) {
      return;
    }
    clearRetry(clientId);
    item.state = 'pending';
    item.error = undefined;
    item.attempts = 0;
    void deliver(item);
  }

  function discard(clientId: string): void {
    clearRetry(clientId);
    outbox.delete(clientId);
  }

  /** Tells the others the user is typing, at most every few seconds. */
  function notifyTyping(channelId: string, threadRootId?: string): void {
    const key = `${channelId}|${threadRootId ?? ''}`;
    const now = Date.now();
    if (!socket?.connected || now - (typingSent.get(key) ?? -Infinity) < TYPING_THROTTLE_MS) {
      return;
    }
    typingSent.set(key, now);
    socket.emit('channel:typing', { channelId, ...(threadRootId ? { threadRootId } : {}) });
  }

  // ---- read markers -----------------------------------------------------------------------------------------

  /** Moves the read marker to the newest sequence we have (the page calls it while the user reads the end). */
  function markRead(channelId: string): void {
    const state = states.get(channelId);
    const summary = summaries.get(channelId);
    if (!state || state.lastSeq === undefined || !summary?.joined) {
      return;
    }
    const seq = state.lastSeq;
    const nothingNew = seq <= summary.lastReadSeq && summary.unread === 0 && summary.mentions === 0;
    if (nothingNew || (readsInFlight.get(channelId) ?? -1) >= seq) {
      return;
    }
    readsInFlight.set(channelId, seq);
    request('channel:read', { channelId, seq })
      .then(applyReadState)
      .catch(() => {
        // The next read (or the next read state) puts it right.
      })
      .finally(() => {
        if (readsInFlight.get(channelId) === seq) {
          readsInFlight.delete(channelId);
        }
      });
  }

  function setReading(channelId: string | undefined): void {
    readingChannelId.value = channelId;
  }

  // ---- presence ---------------------------------------------------------------------------------------------

  /** Asks once for the status of people on screen; changes then arrive in batches. */
  async function queryPresence(userIds: readonly string[]): Promise<void> {
    const unknown = [...new Set(userIds)].filter((id) => !presenceAsked.has(id)).slice(0, 500);
    if (unknown.length === 0 || !socket?.connected) {
      return;
    }
    for (const id of unknown) {
      presenceAsked.add(id);
    }
    try {
      const statuses = await request('presence:query', { userIds: unknown });
      for (const [id, status] of Object.entries(statuses)) {
        presence.set(id, status);
      }
    } catch {
      for (const id of unknown) {
        presenceAsked.delete(id);
      }
    }
  }

  function setPresence(status: 'online' | 'away'): void {
    if (socket?.connected) {
      socket.emit('presence:set', { status });
    }
  }

  // ---- actions on messages ----------------------------------------------------------------------------------

  async function applied<T extends ChannelMessage>(promise: Promise<T>): Promise<T> {
    const message = await promise;
    applyMessage(message);
    return message;
  }

  const edit = (messageId: string, body: string) => applied(request('message:edit', { messageId, body }));
  const remove = (messageId: string) => applied(request('message:delete', { messageId }));
  const react = (messageId: string, emoji: string, on: boolean) =>
    applied(request('message:react', { messageId, emoji, on }));
  const pin = (messageId: string, pinned: boolean) => applied(request('message:pin', { messageId, pinned }));
  const hide = (messageId: string, hidden: boolean) => applied(request('message:hide', { messageId, hidden }));
  const report = (messageId: string, reason: string) => request('message:report', { messageId, reason });
  const editHistory = (messageId: string) => request('message:history', { messageId });
  const search = (q: string, channelId?: string) =>
    request('messages:search', { q, limit: 30, ...(channelId ? { channelId } : {}) });

  async function fetchThread(rootId: string): Promise<void> {
    const page = await request('message:thread', { messageId: rootId });
    applyMessage(page.root, { detach: true });
    for (const reply of page.replies) {
      applyMessage(reply);
    }
  }

  async function fetchPins(channelId: string): Promise<ChannelMessage[]> {
    const pins = await request('channel:pins', { channelId });
    for (const message of pins) {
      applyMessage(message, { detach: true });
    }
    return pins;
  }

  async function fetchMembers(channelId: string): Promise<ChannelPerson[]> {
    const list = await request('channel:members', { channelId });
    members.set(channelId, list);
    return list;
  }

  async function mute(channelId: string, userId: string, minutes: number): Promise<string | null> {
    const result = await request('channel:mute', { channelId, userId, minutes });
    return result.mutedUntil;
  }

  async function updateChannel(payload: PayloadOf<'channel:update'>): Promise<ChannelSummary> {
    const summary = await request('channel:update', payload);
    upsertSummary(summary);
    return summary;
  }

  // ---- reading the state ------------------------------------------------------------------------------------

  /** Channels in the order of the list: priorities A–E, then public, private, direct; by name within a group. */
  const channelList = computed(() =>
    [...summaries.values()].sort(
      (a, b) =>
        KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
        (a.priorityCode ?? '').localeCompare(b.priorityCode ?? '') ||
        (a.directPeer?.displayName ?? a.name).localeCompare(b.directPeer?.displayName ?? b.name),
    ),
  );

  const totalUnread = computed(() => [...summaries.values()].reduce((n, s) => n + (s.joined ? s.unread : 0), 0));

  function summary(channelId: string): ChannelSummary | undefined {
    return summaries.get(channelId);
  }

  function state(channelId: string): ChannelState | undefined {
    return states.get(channelId);
  }

  /** Top-level messages in sequence order (the loaded window). */
  function timeline(channelId: string): ChannelMessage[] {
    const current = states.get(channelId);
    if (!current) {
      return [];
    }
    return [...current.messages.values()].filter((m) => m.threadRootId === null).sort(bySeq);
  }

  function replies(channelId: string, rootId: string): ChannelMessage[] {
    const current = states.get(channelId);
    if (!current) {
      return [];
    }
    return [...current.messages.values()].filter((m) => m.threadRootId === rootId).sort(bySeq);
  }

  function message(channelId: string, messageId: string): ChannelMessage | undefined {
    const current = states.get(channelId);
    return current?.messages.get(messageId) ?? current?.detached.get(messageId);
  }

  /** Messages being sent in a channel (top level, or in one thread), oldest first. */
  function outgoing(channelId: string, threadRootId: string | null = null): OutgoingMessage[] {
    return [...outbox.values()]
      .filter((item) => item.channelId === channelId && item.threadRootId === threadRootId)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  function typingIn(channelId: string, threadRootId: string | null = null): ChannelPerson[] {
    return [...typing.values()]
      .filter((entry) => entry.channelId === channelId && entry.threadRootId === threadRootId)
      .map((entry) => entry.user);
  }

  /** The first top-level message by someone else after the read marker the channel was opened with. */
  function firstUnread(channelId: string): ChannelMessage | undefined {
    const anchor = states.get(channelId)?.unreadAnchorSeq;
    if (anchor === undefined) {
      return undefined;
    }
    return timeline(channelId).find((m) => m.seq > anchor && m.author.id !== viewerId.value);
  }

  return {
    // state
    summaries,
    listStatus,
    listError,
    states,
    outbox,
    presence,
    members,
    activeChannelId,
    readingChannelId,
    channelList,
    totalUnread,
    // lifecycle
    start,
    stop,
    reset,
    refreshList,
    // channels
    openChannel,
    closeChannel,
    loadOlder,
    syncChannel,
    join,
    leave,
    openDirect,
    updateChannel,
    mute,
    fetchMembers,
    fetchPins,
    // messages
    send,
    retry,
    discard,
    edit,
    remove,
    react,
    pin,
    hide,
    report,
    editHistory,
    fetchThread,
    search,
    notifyTyping,
    markRead,
    setReading,
    queryPresence,
    setPresence,
    // getters
    summary,
    state,
    timeline,
    replies,
    message,
    outgoing,
    typingIn,
    firstUnread,
  };
});
