import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp } from './app.factory';
import { type AppConfig, ConfigError, loadConfig } from './config/app-config';

function readConfigOrExit(): AppConfig {
  try {
    return loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`THB Platform cannot start. ${err.message}`);
      process.exit(78); // EX_CONFIG
    }
    throw err;
  }
}

async function bootstrap(): Promise<void> {
  const startedAt = performance.now();
  const config = readConfigOrExit();
  const app = await createApp(config);
  const logger = new Logger('Bootstrap');

  // On SIGTERM/SIGINT Nest stops accepting connections, lets in-flight requests finish, closes the sockets,
  // then the database. A hung shutdown must not keep a deploy waiting forever.
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      logger.log(`${signal} received, shutting down`);
      setTimeout(() => {
        logger.error(`shutdown did not finish within ${config.shutdownTimeoutMs} ms, exiting`);
        process.exit(1);
      }, config.shutdownTimeoutMs).unref();
    });
  }

  await app.listen(config.port, config.host);
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = config.publicUrl ?? `http://localhost:${port}`;
  const readyMs = Math.round(performance.now() - startedAt);
  logger.log(
    { url, readyMs, database: config.database.driver, broadcast: config.broadcast.adapter },
    `listening on ${url}`,
  );
  if (config.env !== 'production') {
    // The one line a newcomer running `npm start` is looking for, outside the JSON log.
    console.warn(`\n  THB Platform is ready at ${url}  (API docs: ${url}/api/docs, started in ${readyMs} ms)\n`);
  }
}

bootstrap().catch((err: unknown) => {
  console.error('THB Platform failed to start:', err);
  process.exit(1);
});
