import { Module } from '@nestjs/common';
import { ChannelsModule } from '../channels/channels.module';
import { DemoModule } from '../demo/demo.module';
import { StrategyModule } from '../strategy/strategy.module';
import { SeedService } from './seed.service';

@Module({
  imports: [StrategyModule, ChannelsModule, DemoModule],
  providers: [SeedService],
})
export class SeedModule {}
