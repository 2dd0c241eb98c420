import { Module } from '@nestjs/common';
import { DemoModule } from '../demo/demo.module';
import { StrategyModule } from '../strategy/strategy.module';
import { SeedService } from './seed.service';

@Module({
  imports: [StrategyModule, DemoModule],
  providers: [SeedService],
})
export class SeedModule {}
