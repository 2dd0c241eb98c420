import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { type AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { AnnouncementsService } from './announcements.service';

/** Publishes scheduled announcements when their time comes (each is claimed once, whatever the processes). */
@Injectable()
export class AnnouncementsScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Announcements');
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly announcements: AnnouncementsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.announcements
        .publishDue()
        .catch((err: unknown) => this.logger.error({ err }, 'scheduled publication failed'));
    }, this.config.notifications.schedulerIntervalS * 1000);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }
}
