import { type DynamicModule, Logger, Module } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import { type ServerResponse } from 'node:http';
import path from 'node:path';
import { type AppConfig } from '../config/app-config';

/**
 * Serves the built Vue client on `/`, with the single-page-app fallback to index.html for client routes.
 * Hashed assets are cached for a year; index.html is revalidated so a deploy shows at once.
 */
@Module({})
export class WebModule {
  static register(config: AppConfig): DynamicModule {
    if (!config.clientDist) {
      if (config.env !== 'test') {
        new Logger('Web').warn('client/dist not found: serving the API only (run `npm run build` for the web client)');
      }
      return { module: WebModule };
    }
    return {
      module: WebModule,
      imports: [
        ServeStaticModule.forRoot({
          rootPath: config.clientDist,
          exclude: ['/api/{*path}', '/socket.io/{*path}'],
          serveStaticOptions: {
            index: 'index.html',
            setHeaders(res: ServerResponse, filePath: string) {
              const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
              res.setHeader('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
            },
          },
        }),
      ],
    };
  }
}
