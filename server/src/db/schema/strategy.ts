import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { users } from './accounts';

/** A strategy or action plan of the EU against trafficking (e.g. the EU Strategy 2012–2016). */
export const strategies = pgTable('strategies', {
  id: serial('id').primaryKey(),
  slug: varchar('slug', { length: 64 }).notNull().unique(),
  title: text('title').notNull(),
  period: varchar('period', { length: 32 }).notNull(),
  /** `strategy` or `action_plan`. */
  kind: varchar('kind', { length: 16 }).notNull().default('strategy'),
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

/**
 * An action under a priority, as listed in the strategy's summary table, with where it stands. `responsible`
 * is the text as written (`MS/COM`); `responsible_bodies` the same bodies one by one, for filtering.
 */
export const strategyActions = pgTable(
  'strategy_actions',
  {
    id: serial('id').primaryKey(),
    priorityId: integer('priority_id')
      .notNull()
      .references(() => strategyPriorities.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    responsible: text('responsible').notNull(),
    responsibleBodies: text('responsible_bodies')
      .array()
      .notNull()
      .default(sql`'{}'`),
    timing: varchar('timing', { length: 32 }).notNull(),
    position: integer('position').notNull(),
    status: varchar('status', { length: 16 }).notNull().default('planned'),
    indicators: text('indicators')
      .array()
      .notNull()
      .default(sql`'{}'`),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('strategy_actions_priority_position_uq').on(t.priorityId, t.position),
    check('strategy_actions_status_ck', sql`${t.status} IN ('planned', 'ongoing', 'completed', 'delayed')`),
  ],
);

/**
 * The dated "state of play" log of an action, as in the Council's follow-up tables: what had happened by that
 * date, and the action's status as of then.
 */
export const strategyActionUpdates = pgTable(
  'strategy_action_updates',
  {
    id: serial('id').primaryKey(),
    actionId: integer('action_id')
      .notNull()
      .references(() => strategyActions.id, { onDelete: 'cascade' }),
    date: date('date', { mode: 'string' }).notNull(),
    status: varchar('status', { length: 16 }).notNull(),
    note: text('note').notNull(),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('strategy_action_updates_action_idx').on(t.actionId, t.date),
    check('strategy_action_updates_status_ck', sql`${t.status} IN ('planned', 'ongoing', 'completed', 'delayed')`),
  ],
);

/**
 * What an action is linked to: an announcement, a channel message or an organisation. The target lives in
 * another feature's table (and announcements may not exist yet), so it is a type and an id rather than a
 * foreign key; links whose target is gone are not shown.
 */
export const strategyActionLinks = pgTable(
  'strategy_action_links',
  {
    id: serial('id').primaryKey(),
    actionId: integer('action_id')
      .notNull()
      .references(() => strategyActions.id, { onDelete: 'cascade' }),
    targetType: varchar('target_type', { length: 24 }).notNull(),
    targetId: uuid('target_id').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('strategy_action_links_target_uq').on(t.actionId, t.targetType, t.targetId),
    check('strategy_action_links_type_ck', sql`${t.targetType} IN ('announcement', 'channel_message', 'organisation')`),
  ],
);
