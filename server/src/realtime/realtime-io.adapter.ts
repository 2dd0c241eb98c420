import { type INestApplicationContext, Logger } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { type Server as HttpServer } from 'node:http';
import { createAdapter as createPostgresAdapter } from '@socket.io/postgres-adapter';
import { createAdapter as createRedisStreamsAdapter } from '@socket.io/redis-streams-adapter';
import { SOCKET_PATH } from '@thb/shared';
import { Pool } from 'pg';
import { createClient } from 'redis';
import { Server, type ServerOptions } from 'socket.io';
import { type BroadcastConfig } from '../config/app-config';
import { isOriginAllowed } from './origin-policy';

/** How the broadcast adapter's PostgreSQL connections of this process are named in `pg_stat_activity`. */
export const broadcastApplicationName = () => `thb-broadcast-${process.pid}`;

type AdapterFactory = NonNullable<ServerOptions['adapter']>;

/** A cross-process Socket.IO adapter and the connections it needs, to close once the socket server is closed. */
interface FanOut {
  adapter: AdapterFactory;
  close(): Promise<void>;
}

/**
 * Socket.IO server options for the whole platform. The Origin check lives in `allowRequest` because the
 * `cors` option only shapes headers and does not stop cross-site WebSocket hijacking.
 *
 * With several server processes, broadcasts (`to(room).emit`, `socketsJoin`, `disconnectSockets`) go through an
 * adapter to the sockets of the other processes: PostgreSQL LISTEN/NOTIFY on its own small pool, or a Redis
 * stream. It only fans out: a broadcast lost on the way is caught up from the database by the clients.
 */
export class RealtimeIoAdapter extends IoAdapter {
  private readonly logger = new Logger('Realtime');
  private fanOut: FanOut | null = null;

  constructor(
    app: INestApplicationContext,
    private readonly allowedOrigins: readonly string[],
    private readonly broadcast: BroadcastConfig = { adapter: 'memory' },
    private readonly onServer?: (server: Server) => void,
  ) {
    super(app);
  }

  override createIOServer(port: number, options?: Partial<ServerOptions>): Server {
    this.fanOut ??= this.createFanOut();
    const merged: Partial<ServerOptions> = {
      ...options,
      path: SOCKET_PATH,
      serveClient: false,
      maxHttpBufferSize: 64 * 1024,
      cors: { origin: [...this.allowedOrigins], credentials: true },
      allowRequest: (req, callback) => {
        const allowed = isOriginAllowed(req.headers.origin, req.headers.host, this.allowedOrigins);
        if (!allowed) {
          this.logger.warn({ origin: req.headers.origin }, 'refused a socket connection from an origin not allowed');
        }
        callback(allowed ? null : 'origin not allowed', allowed);
      },
      ...(this.fanOut ? { adapter: this.fanOut.adapter } : {}),
    };
    // Port 0 means "share the HTTP server", as in Nest's IoAdapter: API, client and sockets on one port.
    const httpServer = this.httpServer as HttpServer | undefined;
    const server = port === 0 && httpServer ? new Server(httpServer, merged) : new Server(port, merged);
    this.onServer?.(server);
    return server;
  }

  // Nest calls this after closing the socket servers (which closes their adapters), before the database closes.
  override async dispose(): Promise<void> {
    await super.dispose();
    const fanOut = this.fanOut;
    this.fanOut = null;
    await fanOut?.close();
  }

  private createFanOut(): FanOut | null {
    switch (this.broadcast.adapter) {
      case 'memory':
        return null;
      case 'postgres':
        return this.postgresFanOut(this.broadcast.url);
      case 'redis':
        return this.redisFanOut(this.broadcast.url);
    }
  }

  private postgresFanOut(url: string): FanOut {
    // One connection holds the LISTEN, the others send NOTIFYs and read large payloads from
    // socket_io_attachments (migration 0007); kept apart from the application's pool so a busy pool never
    // delays a broadcast, and a broadcast never takes a connection a request needs.
    const pool = new Pool({
      connectionString: url,
      max: 3,
      connectionTimeoutMillis: 5000,
      idleTimeoutMillis: 30_000,
      application_name: broadcastApplicationName(),
    });
    pool.on('error', (err) => this.logger.warn({ err }, 'a connection of the broadcast adapter failed'));
    let closing = false;
    return {
      adapter: createPostgresAdapter(pool, {
        errorHandler: (err: Error) => {
          if (!closing) {
            this.logger.warn({ err }, 'the PostgreSQL broadcast adapter failed to send or receive');
          }
        },
      }),
      async close() {
        closing = true;
        await pool.end();
      },
    };
  }

  private redisFanOut(url: string): FanOut {
    const client = createClient({ url });
    client.on('error', (err: Error) =>
      this.logger.warn({ err }, 'the Redis connection of the broadcast adapter failed'),
    );
    // Commands sent before the connection is up wait in the client's queue.
    client.connect().catch((err: unknown) => this.logger.error({ err }, 'could not connect to Redis (REDIS_URL)'));
    return {
      // A short blocking read, so that the reader connection closes soon after the adapter on shutdown.
      adapter: createRedisStreamsAdapter(client, { blockTimeInMs: 1000 }),
      async close() {
        if (client.isOpen) {
          await client.quit();
        }
      },
    };
  }
}
