import { Inject, Injectable } from '@nestjs/common';
import { type ActionFilter, type ActionLinkType, type ActionStatus, type StrategyKind } from '@thb/shared';
import { and, asc, desc, eq, inArray, max, sql, type SQL } from 'drizzle-orm';
import { DATABASE_CONNECTION, type DatabaseConnection, type DatabaseExecutor } from '../db/database';
import {
  channelMessages,
  channels,
  organisations,
  strategies,
  strategyActionLinks,
  strategyActions,
  strategyActionUpdates,
  strategyPriorities,
  users,
} from '../db/schema';

export interface StrategyRow {
  id: number;
  slug: string;
  title: string;
  period: string;
  kind: StrategyKind;
  source: string;
}

export interface PriorityRow {
  id: number;
  code: string;
  title: string;
  position: number;
}

export interface ActionRow {
  id: number;
  priorityId: number;
  position: number;
  title: string;
  responsible: string;
  responsibleBodies: string[];
  timing: string;
  status: ActionStatus;
  indicators: string[];
  lastStateOfPlay: string | null;
  updatedAt: Date;
}

export interface ActionContextRow extends ActionRow {
  strategy: { id: number; slug: string; title: string; period: string };
  priority: { code: string; title: string };
}

export interface StateOfPlayRow {
  id: number;
  date: string;
  status: ActionStatus;
  note: string;
  authorId: string | null;
  authorName: string | null;
  createdAt: Date;
}

/** A link with what is known of its target; targets that are gone have every field null. */
export interface LinkRow {
  id: number;
  targetType: ActionLinkType;
  targetId: string;
  createdAt: Date;
  organisation: { name: string; countries: string[]; member: boolean } | null;
  message: { body: string | null; channelId: string; channelName: string; channelKind: string; gone: boolean } | null;
  announcement: { title: string; published: boolean; isPublic: boolean } | null;
}

export interface NewAction {
  title: string;
  responsible: string;
  responsibleBodies: string[];
  timing: string;
  indicators: string[];
}

export interface NewStrategy {
  slug: string;
  title: string;
  period: string;
  kind: StrategyKind;
  source: string;
  priorities: { code: string; title: string; actions: NewAction[] }[];
}

export interface ActionChanges {
  status?: ActionStatus;
  indicators?: string[];
  responsibleBodies?: string[];
}

export interface StatusCountRow {
  strategyId: number;
  status: ActionStatus;
  count: number;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, '\\$&');

/** Channels whose messages every member may read: the only ones an action may link to. */
export const LINKABLE_CHANNEL_KINDS = ['priority', 'public'];

/** Data access of strategies, their priorities and actions, the state-of-play log and the actions' links. */
@Injectable()
export class StrategyRepository {
  constructor(@Inject(DATABASE_CONNECTION) private readonly connection: DatabaseConnection) {}

  private get db() {
    return this.connection.db;
  }

  // ---- strategies --------------------------------------------------------------------------------------

  async listStrategies(): Promise<StrategyRow[]> {
    const rows = await this.db
      .select({
        id: strategies.id,
        slug: strategies.slug,
        title: strategies.title,
        period: strategies.period,
        kind: strategies.kind,
        source: strategies.source,
      })
      .from(strategies)
      .orderBy(asc(strategies.createdAt), asc(strategies.id));
    return rows as StrategyRow[];
  }

  async countPriorities(): Promise<Map<number, number>> {
    const rows = await this.db
      .select({ strategyId: strategyPriorities.strategyId, count: sql<number>`count(*)::int` })
      .from(strategyPriorities)
      .groupBy(strategyPriorities.strategyId);
    return new Map(rows.map((r) => [r.strategyId, Number(r.count)]));
  }

  async countActionsByStatus(): Promise<StatusCountRow[]> {
    const rows = await this.db
      .select({
        strategyId: strategyPriorities.strategyId,
        status: strategyActions.status,
        count: sql<number>`count(*)::int`,
      })
      .from(strategyActions)
      .innerJoin(strategyPriorities, eq(strategyPriorities.id, strategyActions.priorityId))
      .groupBy(strategyPriorities.strategyId, strategyActions.status);
    return rows.map((r) => ({ ...r, status: r.status as ActionStatus, count: Number(r.count) }));
  }

  async findStrategy(slug: string): Promise<StrategyRow | null> {
    const [row] = await this.db
      .select({
        id: strategies.id,
        slug: strategies.slug,
        title: strategies.title,
        period: strategies.period,
        kind: strategies.kind,
        source: strategies.source,
      })
      .from(strategies)
      .where(eq(strategies.slug, slug))
      .limit(1);
    return (row as StrategyRow | undefined) ?? null;
  }

  async findPriorities(strategyId: number): Promise<PriorityRow[]> {
    return this.db
      .select({
        id: strategyPriorities.id,
        code: strategyPriorities.code,
        title: strategyPriorities.title,
        position: strategyPriorities.position,
      })
      .from(strategyPriorities)
      .where(eq(strategyPriorities.strategyId, strategyId))
      .orderBy(asc(strategyPriorities.position));
  }

  /** The strategy's actions in table order, narrowed by the filter (priority codes are matched in any case). */
  async findActions(strategyId: number, filter: ActionFilter = {}): Promise<ActionRow[]> {
    const conditions: SQL[] = [eq(strategyPriorities.strategyId, strategyId)];
    if (filter.priority?.length) {
      conditions.push(
        inArray(
          sql`upper(${strategyPriorities.code})`,
          filter.priority.map((c) => c.toUpperCase()),
        ),
      );
    }
    if (filter.status?.length) {
      conditions.push(inArray(strategyActions.status, filter.status));
    }
    if (filter.body) {
      conditions.push(
        sql`exists (select 1 from unnest(${strategyActions.responsibleBodies}) b where lower(b) = lower(${filter.body}))`,
      );
    }
    // Every word must appear somewhere: title, responsible, an indicator or a state-of-play note.
    for (const word of (filter.q ?? '').split(/\s+/).filter(Boolean).slice(0, 10)) {
      const pattern = `%${escapeLike(word)}%`;
      conditions.push(sql`(${strategyActions.title} ilike ${pattern}
        or ${strategyActions.responsible} ilike ${pattern}
        or array_to_string(${strategyActions.indicators}, ' ') ilike ${pattern}
        or exists (select 1 from ${strategyActionUpdates} u where u.action_id = ${strategyActions.id} and u.note ilike ${pattern}))`);
    }
    const rows = await this.db
      .select({ ...this.actionColumns() })
      .from(strategyActions)
      .innerJoin(strategyPriorities, eq(strategyPriorities.id, strategyActions.priorityId))
      .where(and(...conditions))
      .orderBy(asc(strategyPriorities.position), asc(strategyActions.position));
    return rows.map((r) => this.toActionRow(r));
  }

  /** Every body named in the strategy, sorted. */
  async findResponsibleBodies(strategyId: number): Promise<string[]> {
    const result = await this.db.execute<{ body: string }>(sql`
      select distinct b as body
      from ${strategyActions} a join ${strategyPriorities} p on p.id = a.priority_id, unnest(a.responsible_bodies) b
      where p.strategy_id = ${strategyId}
      order by 1`);
    return result.rows.map((r) => r.body);
  }

  async findAction(slug: string, actionId: number): Promise<ActionContextRow | null> {
    const [row] = await this.db
      .select({
        ...this.actionColumns(),
        strategyId: strategies.id,
        strategySlug: strategies.slug,
        strategyTitle: strategies.title,
        strategyPeriod: strategies.period,
        priorityCode: strategyPriorities.code,
        priorityTitle: strategyPriorities.title,
      })
      .from(strategyActions)
      .innerJoin(strategyPriorities, eq(strategyPriorities.id, strategyActions.priorityId))
      .innerJoin(strategies, eq(strategies.id, strategyPriorities.strategyId))
      .where(and(eq(strategyActions.id, actionId), eq(strategies.slug, slug)))
      .limit(1);
    if (!row) {
      return null;
    }
    return {
      ...this.toActionRow(row),
      strategy: { id: row.strategyId, slug: row.strategySlug, title: row.strategyTitle, period: row.strategyPeriod },
      priority: { code: row.priorityCode, title: row.priorityTitle },
    };
  }

  async findPriority(strategyId: number, code: string): Promise<PriorityRow | null> {
    const [row] = await this.db
      .select({
        id: strategyPriorities.id,
        code: strategyPriorities.code,
        title: strategyPriorities.title,
        position: strategyPriorities.position,
      })
      .from(strategyPriorities)
      .where(
        and(
          eq(strategyPriorities.strategyId, strategyId),
          eq(sql`upper(${strategyPriorities.code})`, code.toUpperCase()),
        ),
      )
      .limit(1);
    return row ?? null;
  }

  // ---- state of play and links -----------------------------------------------------------------------

  async findStateOfPlay(actionId: number): Promise<StateOfPlayRow[]> {
    const rows = await this.db
      .select({
        id: strategyActionUpdates.id,
        date: strategyActionUpdates.date,
        status: strategyActionUpdates.status,
        note: strategyActionUpdates.note,
        authorId: users.id,
        authorName: users.displayName,
        createdAt: strategyActionUpdates.createdAt,
      })
      .from(strategyActionUpdates)
      .leftJoin(users, eq(users.id, strategyActionUpdates.authorId))
      .where(eq(strategyActionUpdates.actionId, actionId))
      .orderBy(desc(strategyActionUpdates.date), desc(strategyActionUpdates.id));
    return rows.map((r) => ({ ...r, status: r.status as ActionStatus }));
  }

  async findLinks(actionId: number): Promise<LinkRow[]> {
    const rows = await this.db
      .select({
        id: strategyActionLinks.id,
        targetType: strategyActionLinks.targetType,
        targetId: strategyActionLinks.targetId,
        createdAt: strategyActionLinks.createdAt,
        organisationName: organisations.name,
        organisationCountries: organisations.countries,
        organisationMemberSince: organisations.memberSince,
        messageBody: channelMessages.body,
        messageDeletedAt: channelMessages.deletedAt,
        messageHiddenAt: channelMessages.hiddenAt,
        channelId: channels.id,
        channelName: channels.name,
        channelKind: channels.kind,
      })
      .from(strategyActionLinks)
      .leftJoin(
        organisations,
        and(eq(strategyActionLinks.targetType, 'organisation'), eq(organisations.id, strategyActionLinks.targetId)),
      )
      .leftJoin(
        channelMessages,
        and(
          eq(strategyActionLinks.targetType, 'channel_message'),
          eq(channelMessages.id, strategyActionLinks.targetId),
        ),
      )
      .leftJoin(channels, eq(channels.id, channelMessages.channelId))
      .where(eq(strategyActionLinks.actionId, actionId))
      .orderBy(asc(strategyActionLinks.createdAt), asc(strategyActionLinks.id));
    const announcementIds = rows.filter((r) => r.targetType === 'announcement').map((r) => r.targetId);
    const announcements = await this.findAnnouncements(announcementIds);
    return rows.map((r) => ({
      id: r.id,
      targetType: r.targetType as ActionLinkType,
      targetId: r.targetId,
      createdAt: r.createdAt,
      organisation:
        r.organisationName !== null
          ? {
              name: r.organisationName,
              countries: r.organisationCountries ?? [],
              member: r.organisationMemberSince !== null,
            }
          : null,
      message:
        r.channelId !== null
          ? {
              body: r.messageBody,
              channelId: r.channelId,
              channelName: r.channelName ?? '',
              channelKind: r.channelKind ?? '',
              gone: r.messageDeletedAt !== null || r.messageHiddenAt !== null,
            }
          : null,
      announcement: announcements.get(r.targetId) ?? null,
    }));
  }

  /** Whether what a link points at exists (and, for a message, is in a channel every member reads). */
  async targetExists(type: ActionLinkType, id: string): Promise<boolean> {
    switch (type) {
      case 'organisation': {
        const [row] = await this.db
          .select({ id: organisations.id })
          .from(organisations)
          .where(eq(organisations.id, id))
          .limit(1);
        return row !== undefined;
      }
      case 'channel_message': {
        const [row] = await this.db
          .select({ id: channelMessages.id })
          .from(channelMessages)
          .innerJoin(channels, eq(channels.id, channelMessages.channelId))
          .where(
            and(
              eq(channelMessages.id, id),
              inArray(channels.kind, LINKABLE_CHANNEL_KINDS),
              sql`${channelMessages.deletedAt} is null and ${channelMessages.hiddenAt} is null`,
            ),
          )
          .limit(1);
        return row !== undefined;
      }
      case 'announcement':
        return (await this.findAnnouncements([id])).get(id)?.published === true;
    }
  }

  /** A message of a priority or public channel by its first words (demo data links to its conversations). */
  async findChannelMessageStartingWith(start: string): Promise<string | null> {
    const [row] = await this.db
      .select({ id: channelMessages.id })
      .from(channelMessages)
      .innerJoin(channels, eq(channels.id, channelMessages.channelId))
      .where(and(inArray(channels.kind, LINKABLE_CHANNEL_KINDS), sql`starts_with(${channelMessages.body}, ${start})`))
      .orderBy(asc(channelMessages.createdAt))
      .limit(1);
    return row?.id ?? null;
  }

  /** Whether the announcements feature's table is there yet (it arrives with its own migration). */
  async hasAnnouncements(): Promise<boolean> {
    const result = await this.db.execute<{ present: boolean }>(
      sql`select to_regclass('public.announcements') is not null as present`,
    );
    return result.rows[0]?.present === true;
  }

  /**
   * Titles and visibility of announcements, read as JSON rows so that this keeps working whatever else the
   * announcements table holds; nothing before that table exists.
   */
  private async findAnnouncements(ids: string[]): Promise<Map<string, NonNullable<LinkRow['announcement']>>> {
    if (ids.length === 0 || !(await this.hasAnnouncements())) {
      return new Map();
    }
    const result = await this.db.execute<{ id: string; row: Record<string, unknown> }>(
      sql`select a.id::text as id, to_jsonb(a) - 'body' as row from announcements a where a.id::text in (${sql.join(
        ids.map((id) => sql`${id}`),
        sql`, `,
      )})`,
    );
    return new Map(
      result.rows.map(({ id, row }) => [
        id,
        {
          title: typeof row.title === 'string' ? row.title : '',
          published: row.status === 'published',
          isPublic: row.is_public === true,
        },
      ]),
    );
  }

  // ---- writes ------------------------------------------------------------------------------------------

  /** Inserts a strategy with its priorities and actions unless one with the same slug exists. */
  async insertIfMissing(strategy: NewStrategy): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const [created] = await tx
        .insert(strategies)
        .values({
          slug: strategy.slug,
          title: strategy.title,
          period: strategy.period,
          kind: strategy.kind,
          source: strategy.source,
        })
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

  /** Adds an action at the end of a priority; the priority's row lock keeps positions unique. */
  async insertAction(priorityId: number, action: NewAction): Promise<number> {
    return this.db.transaction(async (tx) => {
      await tx.execute(sql`select 1 from ${strategyPriorities} where id = ${priorityId} for update`);
      const [last] = await tx
        .select({ position: max(strategyActions.position) })
        .from(strategyActions)
        .where(eq(strategyActions.priorityId, priorityId));
      const [row] = await tx
        .insert(strategyActions)
        .values({ ...action, priorityId, position: (last?.position ?? -1) + 1 })
        .returning({ id: strategyActions.id });
      return row!.id;
    });
  }

  async updateAction(actionId: number, changes: ActionChanges): Promise<void> {
    await this.db
      .update(strategyActions)
      .set({ ...changes, updatedAt: new Date() })
      .where(eq(strategyActions.id, actionId));
  }

  /**
   * Adds an entry to the state-of-play log. The action takes the entry's status when the entry is the latest
   * one (no other entry has a later date): a back-dated entry records the past without rewriting the present.
   * The action's row lock orders concurrent entries. Resolves whether the action's status changed.
   */
  async insertStateOfPlay(
    actionId: number,
    entry: { date: string; status: ActionStatus | undefined; note: string; authorId: string | null },
  ): Promise<{ statusChanged: boolean; status: ActionStatus }> {
    return this.db.transaction(async (tx) => {
      const [action] = await tx
        .select({ status: strategyActions.status })
        .from(strategyActions)
        .where(eq(strategyActions.id, actionId))
        .for('update');
      const current = action!.status as ActionStatus;
      const later = await this.hasEntryAfter(tx, actionId, entry.date);
      const status = entry.status ?? current;
      await tx.insert(strategyActionUpdates).values({
        actionId,
        date: entry.date,
        status,
        note: entry.note,
        authorId: entry.authorId,
      });
      const statusChanged = !later && status !== current;
      await tx
        .update(strategyActions)
        .set({ ...(statusChanged ? { status } : {}), updatedAt: new Date() })
        .where(eq(strategyActions.id, actionId));
      return { statusChanged, status: statusChanged ? status : current };
    });
  }

  private async hasEntryAfter(tx: DatabaseExecutor, actionId: number, date: string): Promise<boolean> {
    const [row] = await tx
      .select({ id: strategyActionUpdates.id })
      .from(strategyActionUpdates)
      .where(and(eq(strategyActionUpdates.actionId, actionId), sql`${strategyActionUpdates.date} > ${date}`))
      .limit(1);
    return row !== undefined;
  }

  /** Links an action to a target; linking the same target again changes nothing. Resolves the link's id. */
  async insertLink(actionId: number, type: ActionLinkType, targetId: string, createdBy: string): Promise<number> {
    const [created] = await this.db
      .insert(strategyActionLinks)
      .values({ actionId, targetType: type, targetId, createdBy })
      .onConflictDoNothing()
      .returning({ id: strategyActionLinks.id });
    if (created) {
      return created.id;
    }
    const [existing] = await this.db
      .select({ id: strategyActionLinks.id })
      .from(strategyActionLinks)
      .where(
        and(
          eq(strategyActionLinks.actionId, actionId),
          eq(strategyActionLinks.targetType, type),
          eq(strategyActionLinks.targetId, targetId),
        ),
      );
    return existing!.id;
  }

  async deleteLink(actionId: number, linkId: number): Promise<{ targetType: string; targetId: string } | null> {
    const [row] = await this.db
      .delete(strategyActionLinks)
      .where(and(eq(strategyActionLinks.id, linkId), eq(strategyActionLinks.actionId, actionId)))
      .returning({ targetType: strategyActionLinks.targetType, targetId: strategyActionLinks.targetId });
    return row ?? null;
  }

  // ---- helpers -----------------------------------------------------------------------------------------

  private actionColumns() {
    return {
      id: strategyActions.id,
      priorityId: strategyActions.priorityId,
      position: strategyActions.position,
      title: strategyActions.title,
      responsible: strategyActions.responsible,
      responsibleBodies: strategyActions.responsibleBodies,
      timing: strategyActions.timing,
      status: strategyActions.status,
      indicators: strategyActions.indicators,
      updatedAt: strategyActions.updatedAt,
      lastStateOfPlay: sql<
        string | null
      >`(select max(u.date)::text from ${strategyActionUpdates} u where u.action_id = ${strategyActions.id})`,
    };
  }

  private toActionRow(row: Omit<ActionRow, 'status'> & { status: string }): ActionRow {
    return {
      id: row.id,
      priorityId: row.priorityId,
      position: row.position,
      title: row.title,
      responsible: row.responsible,
      responsibleBodies: row.responsibleBodies,
      timing: row.timing,
      status: row.status as ActionStatus,
      indicators: row.indicators,
      lastStateOfPlay: row.lastStateOfPlay,
      updatedAt: row.updatedAt,
    };
  }
}
