import { Inject, Injectable } from '@nestjs/common';
import { asc, eq, inArray } from 'drizzle-orm';
import { DATABASE_CONNECTION, type DatabaseConnection } from '../db/database';
import { strategies, strategyActions, strategyPriorities } from '../db/schema';

export interface StrategyRecord {
  slug: string;
  title: string;
  period: string;
  source: string;
  priorities: {
    code: string;
    title: string;
    actions: { id: number; title: string; responsible: string; timing: string }[];
  }[];
}

export interface NewStrategy {
  slug: string;
  title: string;
  period: string;
  source: string;
  priorities: { code: string; title: string; actions: { title: string; responsible: string; timing: string }[] }[];
}

@Injectable()
export class StrategyRepository {
  constructor(@Inject(DATABASE_CONNECTION) private readonly connection: DatabaseConnection) {}

  private get db() {
    return this.connection.db;
  }

  async findBySlug(slug: string): Promise<StrategyRecord | null> {
    const [strategy] = await this.db.select().from(strategies).where(eq(strategies.slug, slug)).limit(1);
    if (!strategy) {
      return null;
    }
    const priorities = await this.db
      .select()
      .from(strategyPriorities)
      .where(eq(strategyPriorities.strategyId, strategy.id))
      .orderBy(asc(strategyPriorities.position));
    const actions =
      priorities.length === 0
        ? []
        : await this.db
            .select()
            .from(strategyActions)
            .where(
              inArray(
                strategyActions.priorityId,
                priorities.map((p) => p.id),
              ),
            )
            .orderBy(asc(strategyActions.priorityId), asc(strategyActions.position));
    return {
      slug: strategy.slug,
      title: strategy.title,
      period: strategy.period,
      source: strategy.source,
      priorities: priorities.map((p) => ({
        code: p.code,
        title: p.title,
        actions: actions
          .filter((a) => a.priorityId === p.id)
          .map(({ id, title, responsible, timing }) => ({ id, title, responsible, timing })),
      })),
    };
  }

  /** Inserts a strategy with its priorities and actions unless one with the same slug exists. */
  async insertIfMissing(strategy: NewStrategy): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const [created] = await tx
        .insert(strategies)
        .values({ slug: strategy.slug, title: strategy.title, period: strategy.period, source: strategy.source })
        .onConflictDoNothing({ target: strategies.slug })
        .returning({ id: strategies.id });
      if (!created) {
        return false;
      }
      for (const [index, priority] of strategy.priorities.entries()) {
        const [row] = await tx
          .insert(strategyPriorities)
          .values({ strategyId: created.id, code: priority.code, title: priority.title, position: index })
          .returning({ id: strategyPriorities.id });
        if (priority.actions.length > 0 && row) {
          await tx
            .insert(strategyActions)
            .values(priority.actions.map((action, position) => ({ ...action, priorityId: row.id, position })));
        }
      }
      return true;
    });
  }
}
