import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { type AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { ChannelsRepository } from './channels.repository';

/**
 * Enforces each channel's retention period: a scheduled job deletes (really, not softly) the messages older
 * than it. Several server processes may run it at once; deleting is idempotent.
 */
@Injectable()
export class RetentionService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Retention');
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly repo: ChannelsRepository,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const every = this.config.chat.retentionIntervalMinutes * 60_000;
    this.timer = setInterval(() => {
      this.purgeExpired().catch((err: unknown) => this.logger.error({ err }, 'the retention job failed'));
    }, every);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  /** Deletes what is past retention at `now`; returns how many messages were deleted. */
  async purgeExpired(now = new Date()): Promise<number> {
    const perChannel = await this.repo.purgeExpired(now);
    let total = 0;
    for (const { channel_id, deleted } of perChannel) {
      total += deleted;
      await this.audit.record({
        action: 'channel.retention.purge',
        outcome: 'success',
        targetType: 'channel',
        targetId: channel_id,
        details: { deleted, at: now.toISOString() },
      });
    }
    return total;
  }
}
