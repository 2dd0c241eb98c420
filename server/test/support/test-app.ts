import { randomUUID } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { type Type } from '@nestjs/common';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { AppModule } from '../../src/app.module';
import { configureApp } from '../../src/app.setup';
import { type AppConfig, loadConfig } from '../../src/config/app-config';
import { DATABASE_CONNECTION, type DatabaseConnection } from '../../src/db/database';
import { createTestDatabase } from './test-database';

export interface TestApp {
  app: NestExpressApplication;
  config: AppConfig;
  database: DatabaseConnection;
  /** Base URL when started with `listen: true` (needed for sockets), e.g. http://127.0.0.1:41234 */
  url: string;
  close(): Promise<void>;
}

export interface TestAppOptions {
  env?: Record<string, string>;
  /** Extra controllers, for tests that need a route the product does not have (e.g. a slow one). */
  controllers?: Type[];
  listen?: boolean;
}

/** The whole application, configured as main.ts does, on a fresh database of its own. */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    PGLITE_DIR: ':memory:',
    // Tests sign in many times from one address; the throttling tests set their own limits.
    RATE_LIMIT_PER_MIN: '100000',
    SIGN_IN_RATE_LIMIT_PER_MIN: '100000',
    MAIL_DIR: path.join(os.tmpdir(), `thb-test-mail-${randomUUID()}`),
    ...options.env,
  });
  const database = await createTestDatabase();
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.forRoot(config)],
    controllers: options.controllers ?? [],
  })
    .overrideProvider(DATABASE_CONNECTION)
    .useValue(database)
    .compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, logger: false });
  configureApp(app, config);
  let url = '';
  if (options.listen) {
    await app.listen(0, '127.0.0.1');
    const address = app.getHttpServer().address();
    url = typeof address === 'object' && address ? `http://127.0.0.1:${address.port}` : '';
  } else {
    await app.init();
  }
  return { app, config, database, url, close: () => app.close() };
}
