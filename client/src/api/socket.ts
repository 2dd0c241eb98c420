import {
  type Ack,
  type ClientToServerEvents,
  type ServerToClientEvents,
  SOCKET_PATH,
  type SystemPong,
} from '@thb/shared';
import { io, type Socket } from 'socket.io-client';

/** The one real-time connection of the app, typed by the event maps shared with the server. */
export type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

const PING_TIMEOUT_MS = 5_000;

let socket: AppSocket | undefined;
let accessToken: string | undefined;

/**
 * The access token sent in the handshake (`auth: { token }`); read on every (re)connection, so automatic
 * reconnections use the latest one. Changing it does not reconnect by itself: see the connection store.
 */
export function setSocketToken(token: string | undefined): void {
  accessToken = token;
}

/** The handshake payload: the token when signed in, nothing for a visitor. */
export function handshakeAuth(): { token?: string } {
  return accessToken ? { token: accessToken } : {};
}

/**
 * The app's socket, created on first use and not connected until `connect()` is called. It talks to the same
 * origin that served the page (the Vite dev server proxies it to the API) and reconnects on its own.
 */
export function getSocket(): AppSocket {
  socket ??= io({
    path: SOCKET_PATH,
    autoConnect: false,
    reconnection: true,
    reconnectionDelay: 1_000,
    reconnectionDelayMax: 15_000,
    randomizationFactor: 0.5,
    withCredentials: true,
    auth: (callback) => {
      callback(handshakeAuth());
    },
  });
  return socket;
}

/** Round trip to the server; resolves with the server's answer, rejects on timeout or an error ack. */
export function ping(target: AppSocket = getSocket()): Promise<SystemPong> {
  return new Promise((resolve, reject) => {
    target
      .timeout(PING_TIMEOUT_MS)
      .emit('system:ping', { sentAt: new Date().toISOString() }, (error: Error | null, ack: Ack<SystemPong>) => {
        if (error) {
          reject(error);
        } else if (ack.ok) {
          resolve(ack.data);
        } else {
          reject(new Error(`${ack.error.code}: ${ack.error.message}`));
        }
      });
  });
}
