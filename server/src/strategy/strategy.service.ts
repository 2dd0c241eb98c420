import { Injectable, Logger } from '@nestjs/common';
import { ErrorCode, type Strategy, strategySchema } from '@thb/shared';
import { AppError } from '../common/problem/app-error';
import euStrategy2012 from './reference/eu-strategy-2012-2016.json';
import { type NewStrategy, StrategyRepository } from './strategy.repository';

/** Slug of the EU Strategy towards the Eradication of Trafficking in Human Beings 2012–2016. */
export const EU_STRATEGY_2012_2016 = 'eu-2012-2016';

/** The strategies the platform ships with, from the policy documents (reference data, not demo data). */
export const REFERENCE_STRATEGIES: NewStrategy[] = [
  {
    slug: EU_STRATEGY_2012_2016,
    title: 'EU Strategy towards the Eradication of Trafficking in Human Beings',
    period: '2012–2016',
    source: euStrategy2012.source,
    priorities: euStrategy2012.priorities,
  },
];

@Injectable()
export class StrategyService {
  private readonly logger = new Logger(StrategyService.name);

  constructor(private readonly strategies: StrategyRepository) {}

  async getBySlug(slug: string): Promise<Strategy> {
    const strategy = await this.strategies.findBySlug(slug);
    if (!strategy) {
      throw new AppError(ErrorCode.NotFound, `There is no strategy "${slug}".`);
    }
    // The schema narrows the stored priority codes to A–E; a row outside it is a data error, not a user error.
    return strategySchema.parse(strategy);
  }

  /** Loads the reference strategies into an empty database; leaves existing ones untouched. */
  async loadReferenceData(): Promise<void> {
    for (const strategy of REFERENCE_STRATEGIES) {
      if (await this.strategies.insertIfMissing(strategy)) {
        const actions = strategy.priorities.reduce((n, p) => n + p.actions.length, 0);
        this.logger.log(`loaded ${strategy.slug}: ${strategy.priorities.length} priorities, ${actions} actions`);
      }
    }
  }
}
