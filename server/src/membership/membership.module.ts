import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { UsersModule } from '../users/users.module';
import { MembershipController } from './membership.controller';
import { MembershipRepository } from './membership.repository';
import { MembershipService } from './membership.service';

@Module({
  imports: [AuthModule, OrganisationsModule, UsersModule, NotificationsModule],
  controllers: [MembershipController],
  providers: [MembershipRepository, MembershipService],
  exports: [MembershipRepository],
})
export class MembershipModule {}
