import { Global, Injectable, Module } from '@nestjs/common';
import { type ClientToServerEvents, type ServerToClientEvents } from '@thb/shared';
import { type Server } from 'socket.io';

export type RealtimeServer = Server<ClientToServerEvents, ServerToClientEvents>;

/** Room every socket of a signed-in session joins; sockets of a revoked session are dropped from it. */
export const sessionRoom = (sessionId: string) => `session:${sessionId}`;
/** Room every socket of a user joins. */
export const userRoom = (userId: string) => `user:${userId}`;
/** Room of the sockets of a channel's members: its events are broadcast there. */
export const channelRoom = (channelId: string) => `channel:${channelId}`;

type ServerEvent = keyof ServerToClientEvents;

/**
 * The one way services reach connected clients. Features call it; only the gateways hold the server.
 * Through the Socket.IO adapter it also reaches sockets held by other server processes.
 */
@Injectable()
export class RealtimeEmitter {
  private server: RealtimeServer | null = null;

  attach(server: RealtimeServer): void {
    this.server = server;
  }

  /** Disconnects at once every socket of these sessions (sign-out, revocation, disabled account). */
  disconnectSessions(sessionIds: readonly string[]): void {
    if (!this.server || sessionIds.length === 0) {
      return;
    }
    this.server.in(sessionIds.map(sessionRoom)).disconnectSockets(true);
  }

  /** Sends an event to every socket in the channel's room, on every server process. */
  toChannel<E extends ServerEvent>(channelId: string, event: E, ...args: Parameters<ServerToClientEvents[E]>): void {
    this.server?.to(channelRoom(channelId)).emit(event, ...args);
  }

  /** Sends an event to every socket (tab, device) of a user. */
  toUser<E extends ServerEvent>(userId: string, event: E, ...args: Parameters<ServerToClientEvents[E]>): void {
    this.server?.to(userRoom(userId)).emit(event, ...args);
  }

  /** Sends an event to every connected socket. */
  toEveryone<E extends ServerEvent>(event: E, ...args: Parameters<ServerToClientEvents[E]>): void {
    this.server?.emit(event, ...args);
  }

  /** Makes every socket of the user join (or leave) the channel's room at once, wherever they are connected. */
  joinChannel(userIds: readonly string[], channelId: string): void {
    if (this.server && userIds.length > 0) {
      this.server.in(userIds.map(userRoom)).socketsJoin(channelRoom(channelId));
    }
  }

  leaveChannel(userIds: readonly string[], channelId: string): void {
    if (this.server && userIds.length > 0) {
      this.server.in(userIds.map(userRoom)).socketsLeave(channelRoom(channelId));
    }
  }
}

@Global()
@Module({ providers: [RealtimeEmitter], exports: [RealtimeEmitter] })
export class RealtimeEmitterModule {}
