import { integer, pgTable, serial, text, timestamp, uniqueIndex, varchar } from 'drizzle-orm/pg-core';

/** A strategy or action plan of the EU against trafficking (e.g. the EU Strategy 2012–2016). */
export const strategies = pgTable('strategies', {
  id: serial('id').primaryKey(),
  slug: varchar('slug', { length: 64 }).notNull().unique(),
  title: text('title').notNull(),
  period: varchar('period', { length: 32 }).notNull(),
  source: text('source').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** One priority of a strategy (A–E for 2012–2016); each has a discussion channel and tracked actions. */
export const strategyPriorities = pgTable(
  'strategy_priorities',
  {
    id: serial('id').primaryKey(),
    strategyId: integer('strategy_id')
      .notNull()
      .references(() => strategies.id, { onDelete: 'cascade' }),
    code: varchar('code', { length: 8 }).notNull(),
    title: text('title').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [uniqueIndex('strategy_priorities_strategy_code_uq').on(t.strategyId, t.code)],
);

/** An action under a priority, as listed in the strategy's summary table. */
export const strategyActions = pgTable(
  'strategy_actions',
  {
    id: serial('id').primaryKey(),
    priorityId: integer('priority_id')
      .notNull()
      .references(() => strategyPriorities.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    responsible: text('responsible').notNull(),
    timing: varchar('timing', { length: 32 }).notNull(),
    position: integer('position').notNull(),
  },
  (t) => [uniqueIndex('strategy_actions_priority_position_uq').on(t.priorityId, t.position)],
);
