import cookieParser from 'cookie-parser';
import { json } from 'express';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { cleanupOpenApiDoc } from 'nestjs-zod';
import { assignRequestId } from './common/http/request-id';
import { securityHeaders } from './common/http/security';
import { type Server as SocketServer } from 'socket.io';
import { type AppConfig } from './config/app-config';
import { RealtimeIoAdapter } from './realtime/realtime-io.adapter';

export const API_PREFIX = 'api';

/** Origins allowed to call the API and open sockets from a browser, besides the server's own. */
export function allowedOrigins(config: AppConfig): string[] {
  const origins = new Set(config.corsOrigins);
  if (config.publicUrl) {
    origins.add(new URL(config.publicUrl).origin);
  }
  return [...origins];
}

/**
 * Everything around the modules: logger, parsers with size limits, security headers, CORS, sockets and the
 * API documentation. Used by main.ts and by the integration tests, so tests run the app as it ships.
 */
export interface AppSetupOptions {
  /** Called with the Socket.IO server once created (the cluster worker hands it the connections). */
  onSocketServer?: (server: SocketServer) => void;
}

export function configureApp(app: NestExpressApplication, config: AppConfig, options: AppSetupOptions = {}): void {
  app.useLogger(app.get(Logger));
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  app.use(assignRequestId);
  app.use(securityHeaders);
  app.use(cookieParser());
  // HSDS imports are whole directories: their route reads larger JSON bodies; the general parser then
  // finds the body read and leaves it alone.
  app.use(
    `/${API_PREFIX}/hsds/import`,
    json({ limit: config.hsdsImportBodyLimit, type: ['application/json', 'application/*+json'] }),
  );
  app.useBodyParser('json', { limit: config.bodyLimit, type: ['application/json', 'application/*+json'] });
  // Organisation logos are uploaded as the raw image; its type is checked from its bytes.
  app.useBodyParser('raw', { limit: '256kb', type: ['image/png', 'image/jpeg', 'image/webp'] });
  app.useBodyParser('urlencoded', { limit: config.bodyLimit, extended: false });
  const origins = allowedOrigins(config);
  app.enableCors({ origin: origins, credentials: true, maxAge: 600, exposedHeaders: ['X-Request-Id'] });
  app.setGlobalPrefix(API_PREFIX);
  app.useWebSocketAdapter(new RealtimeIoAdapter(app, origins, config.broadcast, options.onSocketServer));

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('THB Platform API')
      .setDescription(
        'The EU platform against trafficking in human beings: directory of support services and contacts, ' +
          'Civil Society Platform membership, channels, announcements and the Strategy action tracker. ' +
          'Errors are RFC 9457 problem JSON (`application/problem+json`) with a stable `code`.',
      )
      .setVersion(config.version)
      .build(),
  );
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, cleanupOpenApiDoc(document), {
    jsonDocumentUrl: `${API_PREFIX}/docs-json`,
    customSiteTitle: 'THB Platform API',
  });
}
