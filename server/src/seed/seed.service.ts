import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { ChannelsService } from '../channels/channels.service';
import { DemoService } from '../demo/demo.service';
import { StrategyService } from '../strategy/strategy.service';

/**
 * Loads the data every installation needs (the Strategy's priorities and actions, a channel per priority) into an empty database at
 * start-up. Each feature owns its data and the rule for "already there"; this only runs them in order.
 */
@Injectable()
export class SeedService implements OnApplicationBootstrap {
  constructor(
    private readonly strategy: StrategyService,
    private readonly channels: ChannelsService,
    private readonly demo: DemoService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.strategy.loadReferenceData();
    await this.channels.ensurePriorityChannels();
    await this.demo.loadIfEmpty();
  }
}
