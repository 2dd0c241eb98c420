import { randomUUID } from 'node:crypto';
import { type Ack, type ChannelEvent, type ChannelMessage, ErrorCode, SOCKET_PATH, type SyncPage } from '@thb/shared';
import { io } from 'socket.io-client';
import { type ChatSocket } from './chat-client';

/** One message as a member's timeline holds it. */
export interface TimelineEntry {
  seq: number;
  id: string;
  clientId: string;
}

/** A message this member sent and got acknowledged. */
export interface Acked {
  clientId: string;
  id: string;
  seq: number;
  /** How many times it was sent before the ack came (1 = first try). */
  attempts: number;
}

/**
 * A member behaving like the real client across network drops and server restarts: the socket reconnects by
 * itself; on every (re)connect the channel is caught up with `channel:sync` from the last sequence applied; a
 * live event is applied when it is the next one, ignored when already applied, and a gap triggers a sync; a
 * message is sent with a client id and sent again with the same id until it is acknowledged.
 */
export class SimulatedMember {
  readonly socket: ChatSocket;
  /** Messages in the order they were applied: must be the channel's sequence, each once. */
  readonly timeline: TimelineEntry[] = [];
  /** How many times each sequence arrived as a live broadcast (not through a sync). */
  readonly liveCount = new Map<number, number>();
  readonly acked: Acked[] = [];
  connects = 0;
  syncs = 0;
  private queue: Promise<void> = Promise.resolve();
  private closed = false;

  constructor(
    readonly name: string,
    url: string,
    token: string,
    readonly channelId: string,
    public lastSeq: number,
    /** Default: WebSocket only; `['polling', 'websocket']` starts with long-polling and upgrades, as browsers do. */
    transports: ('polling' | 'websocket')[] = ['websocket'],
  ) {
    this.socket = io(url, {
      path: SOCKET_PATH,
      transports,
      forceNew: true,
      auth: { token },
      reconnectionDelay: 100,
      reconnectionDelayMax: 500,
    });
    this.socket.on('connect', () => {
      this.connects += 1;
      this.enqueue(() => this.catchUp());
    });
    this.socket.on('channel:event', (event) => {
      if (event.channelId === this.channelId) {
        this.liveCount.set(event.seq, (this.liveCount.get(event.seq) ?? 0) + 1);
        this.enqueue(() => this.onEvent(event));
      }
    });
  }

  /** Resolves once connected (the first time, or again after a drop). */
  connected(timeoutMs = 30_000): Promise<void> {
    if (this.socket.connected) {
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${this.name} did not connect`)), timeoutMs);
      this.socket.once('connect', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  /** Sends one message, retrying with the same client id until it is acknowledged. */
  async send(body: string, deadlineMs = 45_000): Promise<Acked> {
    const clientId = randomUUID();
    const deadline = Date.now() + deadlineMs;
    for (let attempts = 1; ; attempts += 1) {
      if (Date.now() > deadline || this.closed) {
        throw new Error(`${this.name}: "${body}" was never acknowledged`);
      }
      await this.connected();
      const ack = await this.attempt({ channelId: this.channelId, clientId, body });
      if (ack?.ok) {
        const acked = { clientId, id: ack.data.id, seq: ack.data.seq, attempts };
        this.acked.push(acked);
        return acked;
      }
      // Not saved (the database was unreachable) or failed on the server's side: try again, as the client does.
      if (ack && ack.error.code !== ErrorCode.ServiceUnavailable && ack.error.code !== ErrorCode.Internal) {
        throw new Error(`${this.name}: "${body}" was refused: ${ack.error.code} ${ack.error.message}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** One try: the ack, or null when the connection dropped or no answer came in time. */
  private attempt(payload: { channelId: string; clientId: string; body: string }): Promise<Ack<ChannelMessage> | null> {
    return new Promise((resolve) => {
      const done = (ack: Ack<ChannelMessage> | null) => {
        this.socket.off('disconnect', onDrop);
        resolve(ack);
      };
      const onDrop = () => done(null);
      this.socket.once('disconnect', onDrop);
      this.socket
        .timeout(5_000)
        .emit('message:send', payload, (err: Error | null, ack: Ack<ChannelMessage>) => done(err ? null : ack));
    });
  }

  /** Resolves once everything received so far has been applied. */
  settled(): Promise<void> {
    return this.queue;
  }

  close(): void {
    this.closed = true;
    this.socket.disconnect();
  }

  private enqueue(work: () => Promise<void>): void {
    this.queue = this.queue.then(work).catch(() => {
      // A sync cut short by a dropped connection: the next connect catches up again.
    });
  }

  private async onEvent(event: ChannelEvent): Promise<void> {
    if (event.seq <= this.lastSeq) {
      return;
    }
    if (event.seq === this.lastSeq + 1) {
      this.apply(event.message);
      this.lastSeq = event.seq;
      return;
    }
    await this.catchUp();
  }

  private async catchUp(): Promise<void> {
    for (;;) {
      this.syncs += 1;
      const ack = (await this.socket
        .timeout(5_000)
        .emitWithAck('channel:sync', { channelId: this.channelId, afterSeq: this.lastSeq })) as Ack<SyncPage>;
      if (!ack.ok) {
        throw new Error(`${this.name}: sync failed: ${ack.error.code}`);
      }
      for (const message of ack.data.messages) {
        if (message.seq > this.lastSeq) {
          this.apply(message);
        }
      }
      this.lastSeq = Math.max(this.lastSeq, ack.data.lastSeq);
      if (!ack.data.hasMore) {
        return;
      }
    }
  }

  private apply(message: ChannelMessage): void {
    this.timeline.push({ seq: message.seq, id: message.id, clientId: message.clientId });
  }
}
