import {
  type Ack,
  type ChannelEvent,
  type ChannelMessage,
  type ChannelSummary,
  type ClientToServerEvents,
  type ServerToClientEvents,
  SOCKET_PATH,
} from '@thb/shared';
import { io, type Socket } from 'socket.io-client';
import { createUser, signIn, type TestUser } from '../factories/accounts';
import { type TestApp } from './test-app';

export type ChatSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

type EventWithAck = {
  [E in keyof ClientToServerEvents]: Parameters<ClientToServerEvents[E]> extends [unknown, (r: never) => void]
    ? E
    : never;
}[keyof ClientToServerEvents];
type PayloadOf<E extends EventWithAck> = Parameters<ClientToServerEvents[E]>[0];
type ResultOf<E extends EventWithAck> =
  Parameters<ClientToServerEvents[E]> extends [unknown, (r: Ack<infer T>) => void] ? T : never;

/** A member signed in through the API, with a connected socket. */
export interface ChatMember {
  user: TestUser;
  token: string;
  socket: ChatSocket;
}

/** Opens a socket with a token; resolves once connected, rejects with the server's refusal. */
export function connectSocket(url: string, token: string | undefined): Promise<ChatSocket> {
  const socket: ChatSocket = io(url, {
    path: SOCKET_PATH,
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    auth: token ? { token } : {},
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (err) => {
      socket.disconnect();
      reject(err);
    });
  });
}

export async function chatMember(sut: TestApp, options: Parameters<typeof createUser>[1] = {}): Promise<ChatMember> {
  const user = await createUser(sut, options);
  const { accessToken } = await signIn(sut, user);
  return { user, token: accessToken, socket: await connectSocket(sut.url, accessToken) };
}

/** Emits an event and resolves with its acknowledgement. */
export function call<E extends EventWithAck>(
  socket: ChatSocket,
  event: E,
  payload: PayloadOf<E>,
  timeoutMs = 10_000,
): Promise<Ack<ResultOf<E>>> {
  // The typed emitter cannot follow the generic event name; the event maps above keep callers typed.
  const emit = socket.timeout(timeoutMs).emitWithAck.bind(socket.timeout(timeoutMs)) as unknown as (
    e: string,
    p: unknown,
  ) => Promise<Ack<ResultOf<E>>>;
  return emit(event, payload);
}

/** Like `call`, but fails the test with the error when the ack is not ok. */
export async function ok<E extends EventWithAck>(
  socket: ChatSocket,
  event: E,
  payload: PayloadOf<E>,
): Promise<ResultOf<E>> {
  const ack = await call(socket, event, payload);
  if (!ack.ok) {
    throw new Error(`${event} failed: ${ack.error.code} ${ack.error.message}`);
  }
  return ack.data;
}

/** Collects every `channel:event` the socket receives. */
export function collectEvents(socket: ChatSocket): ChannelEvent[] {
  const events: ChannelEvent[] = [];
  socket.on('channel:event', (e) => events.push(e));
  return events;
}

/** Waits until `predicate` holds, checking on every event loop turn for up to `timeoutMs`. */
export async function eventually(predicate: () => boolean, timeoutMs = 5_000, what = 'condition'): Promise<void> {
  const started = Date.now();
  while (!predicate()) {
    if (Date.now() - started > timeoutMs) {
      throw new Error(`timed out waiting for ${what}`);
    }
    await new Promise((r) => setTimeout(r, 10));
  }
}

export async function priorityChannel(socket: ChatSocket, code: string): Promise<ChannelSummary> {
  const channels = await ok(socket, 'channels:list', {});
  const channel = channels.find((c) => c.priorityCode === code);
  if (!channel) {
    throw new Error(`no channel for priority ${code}`);
  }
  return channel;
}

/**
 * Follows one channel the way the real client does: applies the next event in sequence, ignores what it
 * has already applied, and on a gap fetches what it missed with `channel:sync`. `seqs` is every sequence
 * position it moved to, in order; `messages` the latest state of every message seen.
 */
export class ChannelFollower {
  readonly seqs: number[] = [];
  readonly messages = new Map<string, ChannelMessage>();
  syncs = 0;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private socket: ChatSocket,
    readonly channelId: string,
    public lastSeq: number,
  ) {
    this.listen(socket);
  }

  private listen(socket: ChatSocket): void {
    socket.on('channel:event', (event) => {
      if (event.channelId === this.channelId) {
        this.queue = this.queue.then(() => this.onEvent(event));
      }
    });
  }

  /** Switches to a new socket (after a reconnect) and catches up from the last sequence applied. */
  async reattach(socket: ChatSocket): Promise<void> {
    this.socket = socket;
    this.listen(socket);
    await (this.queue = this.queue.then(() => this.catchUp()));
  }

  private async onEvent(event: ChannelEvent): Promise<void> {
    if (event.seq <= this.lastSeq) {
      return;
    }
    if (event.seq === this.lastSeq + 1) {
      this.messages.set(event.message.id, event.message);
      if (event.root) {
        this.messages.set(event.root.id, event.root);
      }
      this.moveTo(event.seq);
      return;
    }
    await this.catchUp();
  }

  async catchUp(): Promise<void> {
    for (;;) {
      this.syncs += 1;
      const page = await ok(this.socket, 'channel:sync', { channelId: this.channelId, afterSeq: this.lastSeq });
      for (const m of page.messages) {
        this.messages.set(m.id, m);
      }
      this.moveTo(page.lastSeq);
      if (!page.hasMore) {
        return;
      }
    }
  }

  private moveTo(seq: number): void {
    if (seq > this.lastSeq) {
      this.lastSeq = seq;
      this.seqs.push(seq);
    }
  }

  /** Resolves once everything queued so far has been applied. */
  settled(): Promise<void> {
    return this.queue;
  }
}
