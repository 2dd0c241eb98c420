import { Module } from '@nestjs/common';
import { StrategyController } from './strategy.controller';
import { StrategyDemoService } from './strategy-demo.service';
import { StrategyRepository } from './strategy.repository';
import { StrategyService } from './strategy.service';

/** The strategies and action plans, and the tracker of their actions. */
@Module({
  controllers: [StrategyController],
  providers: [StrategyService, StrategyRepository, StrategyDemoService],
  exports: [StrategyService, StrategyDemoService],
})
export class StrategyModule {}
