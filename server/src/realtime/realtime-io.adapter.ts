import { type INestApplicationContext, Logger } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { type Server as HttpServer } from 'node:http';
import { SOCKET_PATH } from '@thb/shared';
import { Server, type ServerOptions } from 'socket.io';
import { isOriginAllowed } from './origin-policy';

/**
 * Socket.IO server options for the whole platform. The Origin check lives in `allowRequest` because the
 * `cors` option only shapes headers and does not stop cross-site WebSocket hijacking.
 */
export class RealtimeIoAdapter extends IoAdapter {
  private readonly logger = new Logger('Realtime');

  constructor(
    app: INestApplicationContext,
    private readonly allowedOrigins: readonly string[],
  ) {
    super(app);
  }

  override createIOServer(port: number, options?: Partial<ServerOptions>): Server {
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
    };
    // Port 0 means "share the HTTP server", as in Nest's IoAdapter: API, client and sockets on one port.
    const httpServer = this.httpServer as HttpServer | undefined;
    return port === 0 && httpServer ? new Server(httpServer, merged) : new Server(port, merged);
  }
}
