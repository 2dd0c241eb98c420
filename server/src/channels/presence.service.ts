import { Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { type PresenceStatus } from '@thb/shared';
import { RealtimeEmitter } from '../realtime/realtime-emitter';

/** How often presence changes are sent, batched: one broadcast per interval whatever the number of changes. */
export const PRESENCE_FLUSH_MS = 3_000;

/**
 * Who is online or away, from the sockets this process holds. A user is online when any of their sockets
 * is, away when all are, offline with none. Changes are not broadcast one by one (which grows with the
 * square of the users when everybody connects at 9:00) but collected and sent as one batch per interval.
 */
@Injectable()
export class PresenceService implements OnModuleInit, OnModuleDestroy {
  private readonly sockets = new Map<string, Map<string, 'online' | 'away'>>();
  private readonly pending = new Map<string, PresenceStatus>();
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly emitter: RealtimeEmitter) {}

  onModuleInit(): void {
    this.timer = setInterval(() => this.flush(), PRESENCE_FLUSH_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  status(userId: string): PresenceStatus {
    const states = this.sockets.get(userId);
    if (!states || states.size === 0) {
      return 'offline';
    }
    return [...states.values()].includes('online') ? 'online' : 'away';
  }

  set(userId: string, socketId: string, status: 'online' | 'away' | null): void {
    const before = this.status(userId);
    const states = this.sockets.get(userId) ?? new Map<string, 'online' | 'away'>();
    if (status === null) {
      states.delete(socketId);
    } else {
      states.set(socketId, status);
    }
    if (states.size === 0) {
      this.sockets.delete(userId);
    } else {
      this.sockets.set(userId, states);
    }
    const after = this.status(userId);
    if (after !== before) {
      this.pending.set(userId, after);
    }
  }

  query(userIds: readonly string[]): Record<string, PresenceStatus> {
    return Object.fromEntries(userIds.map((id) => [id, this.status(id)]));
  }

  /** Sends the changes collected since the last flush, if any. */
  flush(): void {
    if (this.pending.size === 0) {
      return;
    }
    const changes = [...this.pending].map(([userId, status]) => ({ userId, status }));
    this.pending.clear();
    this.emitter.toEveryone('presence:batch', { changes });
  }
}
