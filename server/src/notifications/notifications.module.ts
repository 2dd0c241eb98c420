import { Module } from '@nestjs/common';
import { NotificationsController } from './notifications.controller';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsService } from './notifications.service';
import { DigestJob } from './digest.job';

/** Each member's notification centre, preferences and the daily mail digest. */
@Module({
  controllers: [NotificationsController],
  providers: [NotificationsRepository, NotificationsService, DigestJob],
  exports: [NotificationsService],
})
export class NotificationsModule {}
