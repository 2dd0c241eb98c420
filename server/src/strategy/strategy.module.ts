import { Module } from '@nestjs/common';
import { StrategyController } from './strategy.controller';
import { StrategyRepository } from './strategy.repository';
import { StrategyService } from './strategy.service';

@Module({
  controllers: [StrategyController],
  providers: [StrategyService, StrategyRepository],
  exports: [StrategyService],
})
export class StrategyModule {}
