import { Module } from '@nestjs/common';
import { StrategyModule } from '../strategy/strategy.module';
import { SeedService } from './seed.service';

@Module({
  imports: [StrategyModule],
  providers: [SeedService],
})
export class SeedModule {}
