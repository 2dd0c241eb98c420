import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { ChannelsModule } from '../channels/channels.module';
import { DirectorySampleModule } from '../directory/sample/directory-sample.module';
import { MembershipModule } from '../membership/membership.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { StrategyModule } from '../strategy/strategy.module';
import { UsersModule } from '../users/users.module';
import { DemoService } from './demo.service';

@Module({
  imports: [
    AuthModule,
    ChannelsModule,
    UsersModule,
    OrganisationsModule,
    MembershipModule,
    DirectorySampleModule,
    StrategyModule,
  ],
  providers: [DemoService],
  exports: [DemoService],
})
export class DemoModule {}
