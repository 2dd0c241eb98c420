import { Global, Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module';
import { type AppConfig } from '../config/app-config';
import { connectDatabase } from './connect';
import { DATABASE_CONNECTION, type DatabaseConnection } from './database';

/**
 * Opens the database once (PGlite or a PostgreSQL pool, as configured), applies migrations before anything
 * else starts, and closes it after the HTTP server and sockets have shut down.
 */
@Global()
@Module({
  providers: [
    {
      provide: DATABASE_CONNECTION,
      inject: [APP_CONFIG],
      useFactory: async (config: AppConfig): Promise<DatabaseConnection> => {
        const logger = new Logger('Database');
        const started = performance.now();
        const connection = await connectDatabase(config.database, (err) =>
          logger.error({ err }, 'idle PostgreSQL client failed'),
        );
        const where =
          config.database.driver === 'pglite'
            ? `embedded PGlite at ${config.database.dataDir ?? 'memory'}`
            : 'PostgreSQL server';
        logger.log(`${where} ready, migrations applied in ${Math.round(performance.now() - started)} ms`);
        return connection;
      },
    },
  ],
  exports: [DATABASE_CONNECTION],
})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(DATABASE_CONNECTION) private readonly connection: DatabaseConnection) {}

  // Runs after Nest has closed the HTTP server, so requests still in flight at SIGTERM finish first.
  async onApplicationShutdown(): Promise<void> {
    await this.connection.close();
  }
}
