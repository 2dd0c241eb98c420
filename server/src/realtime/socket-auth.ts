import { Inject, Injectable } from '@nestjs/common';
import { ErrorCode, type Permission } from '@thb/shared';
import { type Socket } from 'socket.io';
import { assertPermission } from '../access/policies';
import { type AuthenticatedUser } from '../access/authenticated-user';
import { SessionsService } from '../auth/sessions.service';
import { TokensService } from '../auth/tokens.service';
import { AppError } from '../common/problem/app-error';
import { type AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { sessionRoom, userRoom } from './realtime-emitter';

export interface SocketData {
  user: AuthenticatedUser | null;
}

/**
 * Socket authentication and authorisation: the access token is checked at the handshake (same checks as
 * the HTTP JWT strategy), and every event re-checks that the session is still live and the role allowed.
 */
@Injectable()
export class SocketAuth {
  /** Open sockets per user on this process, for CHAT_MAX_CONNECTIONS_PER_USER. */
  private readonly socketsPerUser = new Map<string, number>();

  constructor(
    private readonly tokens: TokensService,
    private readonly sessions: SessionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Socket.IO middleware: no token → visitor; a bad or revoked token → the connection is refused. */
  middleware() {
    return (socket: Socket, next: (err?: Error) => void) => {
      this.authenticate(socket).then(
        () => {
          const user = (socket.data as SocketData).user;
          if (user && !this.countSocket(user.id, socket)) {
            next(
              Object.assign(new Error('You have too many open connections. Close some tabs and try again.'), {
                data: { code: ErrorCode.RateLimited },
              }),
            );
            return;
          }
          next();
        },
        () =>
          next(
            Object.assign(new Error('Your session has ended. Sign in again.'), {
              data: { code: ErrorCode.Unauthenticated },
            }),
          ),
      );
    };
  }

  /** Counts the socket against its user's limit until it disconnects; false over the limit. */
  private countSocket(userId: string, socket: Socket): boolean {
    const count = this.socketsPerUser.get(userId) ?? 0;
    if (count >= this.config.chat.maxConnectionsPerUser) {
      return false;
    }
    this.socketsPerUser.set(userId, count + 1);
    socket.once('disconnect', () => {
      const left = (this.socketsPerUser.get(userId) ?? 1) - 1;
      if (left <= 0) {
        this.socketsPerUser.delete(userId);
      } else {
        this.socketsPerUser.set(userId, left);
      }
    });
    return true;
  }

  private async authenticate(socket: Socket): Promise<void> {
    const auth = socket.handshake.auth as { token?: unknown } | undefined;
    const token = typeof auth?.token === 'string' && auth.token.length > 0 ? auth.token : null;
    const data = socket.data as SocketData;
    data.user = null;
    if (!token) {
      return;
    }
    const payload = await this.tokens.verifyAccessToken(token);
    const user = await this.sessions.resolve(payload.sub, payload.sid);
    if (!user) {
      throw new Error('session not live');
    }
    data.user = user;
    await socket.join([sessionRoom(user.sessionId), userRoom(user.id)]);
  }

  /** For each event: the session must still be live and the role must hold the permission. */
  async authorise(socket: Socket, permission: Permission): Promise<AuthenticatedUser | null> {
    const data = socket.data as SocketData;
    let user = data.user ?? null;
    if (user) {
      user = await this.sessions.resolve(user.id, user.sessionId);
      if (!user) {
        // Only once the error ack is out: Nest drops the answer of an event whose socket has disconnected.
        setImmediate(() => socket.disconnect(true));
        throw new AppError(ErrorCode.Unauthenticated, 'Your session has ended. Sign in again.');
      }
      data.user = user;
    }
    assertPermission(user, permission);
    return user;
  }

  /**
   * Closes the gap between the handshake check and the socket joining its rooms: a session ended in between
   * would miss the disconnect, so the session is checked once more when the connection is complete.
   */
  async recheckOnConnect(socket: Socket): Promise<void> {
    const user = (socket.data as SocketData).user;
    if (user && !(await this.sessions.resolve(user.id, user.sessionId))) {
      socket.disconnect(true);
    }
  }
}
