import { Inject, Injectable } from '@nestjs/common';
import { type HealthResponse } from '@thb/shared';
import { APP_CONFIG } from '../config/config.module';
import { type AppConfig } from '../config/app-config';
import { DATABASE_CONNECTION, type DatabaseConnection } from '../db/database';

@Injectable()
export class HealthService {
  constructor(
    @Inject(DATABASE_CONNECTION) private readonly database: DatabaseConnection,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async check(): Promise<HealthResponse> {
    const db = await this.database.ping().then(
      (latencyMs) => ({
        status: 'up' as const,
        driver: this.database.driver,
        latencyMs: Math.round(latencyMs * 10) / 10,
      }),
      () => ({ status: 'down' as const, driver: this.database.driver }),
    );
    return {
      status: db.status === 'up' ? 'ok' : 'degraded',
      db,
      version: this.config.version,
      uptimeS: Math.floor(process.uptime()),
    };
  }
}
