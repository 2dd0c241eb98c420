import { Global, Injectable, Module } from '@nestjs/common';
import { type ClientToServerEvents, type ServerToClientEvents } from '@thb/shared';
import { type Server } from 'socket.io';

export type RealtimeServer = Server<ClientToServerEvents, ServerToClientEvents>;

/** Room every socket of a signed-in session joins; sockets of a revoked session are dropped from it. */
export const sessionRoom = (sessionId: string) => `session:${sessionId}`;
/** Room every socket of a user joins. */
export const userRoom = (userId: string) => `user:${userId}`;

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
}

@Global()
@Module({ providers: [RealtimeEmitter], exports: [RealtimeEmitter] })
export class RealtimeEmitterModule {}
