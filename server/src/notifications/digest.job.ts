import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { type AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { NotificationsService } from './notifications.service';

/** How often the job looks whether the digest hour has come. */
const CHECK_EVERY_MS = 5 * 60_000;

/**
 * Sends the daily digest once a day, at the first check after `DIGEST_HOUR_UTC`. Each notification is claimed
 * before it is mailed, so several server processes running the job never mail one twice.
 */
@Injectable()
export class DigestJob implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Digest');
  private timer: NodeJS.Timeout | undefined;
  private lastRunDay: string | null = null;

  constructor(
    private readonly notifications: NotificationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.tick(new Date()), CHECK_EVERY_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  /** Runs the digest if it is due at `now`; returns the number of mails sent. */
  async tick(now: Date): Promise<number> {
    const day = now.toISOString().slice(0, 10);
    if (now.getUTCHours() < this.config.notifications.digestHourUtc || this.lastRunDay === day) {
      return 0;
    }
    this.lastRunDay = day;
    try {
      const sent = await this.notifications.sendDigests();
      this.logger.log(`daily digest: ${sent} mails`);
      return sent;
    } catch (err) {
      this.logger.error({ err }, 'the daily digest failed');
      return 0;
    }
  }
}
