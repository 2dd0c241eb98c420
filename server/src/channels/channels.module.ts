import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { RealtimeModule } from '../realtime/realtime.module';
import { ChannelsDemoService } from './channels-demo.service';
import { ChannelsGateway } from './channels.gateway';
import { ChannelsRepository } from './channels.repository';
import { ChannelsService } from './channels.service';
import { ChatLimits } from './chat-limits';
import { MessagesService } from './messages.service';
import { PresenceService } from './presence.service';
import { RetentionService } from './retention.service';

/** Real-time discussion channels: priority channels, channels moderators open, direct conversations. */
@Module({
  imports: [AuthModule, RealtimeModule, NotificationsModule],
  providers: [
    ChannelsRepository,
    ChannelsService,
    MessagesService,
    ChatLimits,
    PresenceService,
    RetentionService,
    ChannelsGateway,
    ChannelsDemoService,
  ],
  exports: [ChannelsService, MessagesService, RetentionService, ChannelsDemoService],
})
export class ChannelsModule {}
