import { Injectable, Logger } from '@nestjs/common';
import {
  type ActionFilter,
  type ActionLink,
  type ActionLinkInput,
  type ActionStatus,
  type ActionStatusCounts,
  type ActionUpdateInput,
  ErrorCode,
  type newActionInputSchema,
  type newStrategyInputSchema,
  type StateOfPlayInput,
  type Strategy,
  type StrategyAction,
  type StrategyActionDetail,
  type StrategyList,
  type StrategyProgress,
} from '@thb/shared';
import { type z } from 'zod';
import { type AuthenticatedUser } from '../access/authenticated-user';
import { AuditService } from '../audit/audit.service';
import { AppError } from '../common/problem/app-error';
import euStrategy2012 from './reference/eu-strategy-2012-2016.json';
import { splitResponsible } from './responsible-bodies';
import {
  type ActionContextRow,
  type ActionRow,
  type LinkRow,
  LINKABLE_CHANNEL_KINDS,
  type NewAction,
  type NewStrategy,
  StrategyRepository,
  type StrategyRow,
} from './strategy.repository';

/** Slug of the EU Strategy towards the Eradication of Trafficking in Human Beings 2012–2016. */
export const EU_STRATEGY_2012_2016 = 'eu-2012-2016';

/** Slug of the priorities the Commission set in December 2017 to step up the Strategy's implementation. */
export const EU_PRIORITIES_2017 = 'eu-2017-priorities';

const referenceAction = (action: { title: string; responsible: string; timing: string }): NewAction => ({
  ...action,
  responsibleBodies: splitResponsible(action.responsible),
  indicators: [],
});

const later = euStrategy2012.later_priorities_2017;

/** The strategies the platform ships with, from the policy documents (reference data, not demo data). */
export const REFERENCE_STRATEGIES: NewStrategy[] = [
  {
    slug: EU_STRATEGY_2012_2016,
    title: 'EU Strategy towards the Eradication of Trafficking in Human Beings',
    period: '2012–2016',
    kind: 'strategy',
    source: euStrategy2012.source,
    priorities: euStrategy2012.priorities.map((p) => ({ ...p, actions: p.actions.map(referenceAction) })),
  },
  {
    // The Communication names its three targeted priorities A–C and adds two cross-cutting ones; it lists
    // actions in prose, so the Coordinator adds them as they are taken up.
    slug: EU_PRIORITIES_2017,
    title: 'Stepping up EU action to prevent trafficking in human beings',
    period: '2017–',
    kind: 'action_plan',
    source: later.source,
    priorities: [
      ...later.targeted.map((title, i) => ({ code: String.fromCharCode(65 + i), title, actions: [] })),
      ...later.cross_cutting.map((title, i) => ({ code: `X${i + 1}`, title, actions: [] })),
    ],
  },
];

/** Link targets only members may see: discussions are confidential to members; announcements have audiences. */
const MEMBERS_ONLY_LINKS = new Set(['channel_message']);

const EXCERPT_LENGTH = 140;

/** A one-line excerpt of a Markdown message: mentions as "@", emphasis and code marks dropped. */
export function messageExcerpt(body: string): string {
  const text = body
    .replace(/<@[0-9a-f-]{36}>/g, '@')
    .replace(/[*_`~#>]+/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH - 1).trimEnd()}…` : text;
}

function emptyCounts(): ActionStatusCounts {
  return { planned: 0, ongoing: 0, completed: 0, delayed: 0, total: 0 };
}

function countOf(actions: { status: ActionStatus }[]): ActionStatusCounts {
  const counts = emptyCounts();
  for (const action of actions) {
    counts[action.status]++;
    counts.total++;
  }
  return counts;
}

function toAction(row: ActionRow): StrategyAction {
  return {
    id: row.id,
    number: row.position + 1,
    title: row.title,
    responsible: row.responsible,
    responsibleBodies: row.responsibleBodies,
    timing: row.timing,
    status: row.status,
    indicators: row.indicators,
    lastStateOfPlay: row.lastStateOfPlay,
  };
}

/** Today's date in UTC plus one day: a state of play may be dated "today" in any time zone, not later. */
function latestAllowedDate(now = new Date()): string {
  return new Date(now.getTime() + 24 * 3600 * 1000).toISOString().slice(0, 10);
}

/**
 * The strategies and action plans against trafficking, and the tracker of their actions: status, the dated
 * state-of-play log, indicators, responsible bodies and links to announcements, discussions and organisations.
 * Reading is public; changes are the Coordinator's (`strategy.manage`) and are audit-logged.
 */
@Injectable()
export class StrategyService {
  private readonly logger = new Logger(StrategyService.name);

  constructor(
    private readonly strategies: StrategyRepository,
    private readonly audit: AuditService,
  ) {}

  // ---- reading -----------------------------------------------------------------------------------------

  async list(): Promise<StrategyList> {
    const [rows, priorityCounts, statusCounts] = await Promise.all([
      this.strategies.listStrategies(),
      this.strategies.countPriorities(),
      this.strategies.countActionsByStatus(),
    ]);
    return {
      items: rows.map((row) => {
        const counts = emptyCounts();
        for (const { status, count } of statusCounts.filter((c) => c.strategyId === row.id)) {
          counts[status] += count;
          counts.total += count;
        }
        return {
          slug: row.slug,
          title: row.title,
          period: row.period,
          kind: row.kind,
          priorityCount: priorityCounts.get(row.id) ?? 0,
          counts,
        };
      }),
    };
  }

  async getBySlug(slug: string): Promise<Strategy> {
    const strategy = await this.strategyOrThrow(slug);
    const [priorities, actions] = await Promise.all([
      this.strategies.findPriorities(strategy.id),
      this.strategies.findActions(strategy.id),
    ]);
    return {
      slug: strategy.slug,
      title: strategy.title,
      period: strategy.period,
      kind: strategy.kind,
      source: strategy.source,
      priorities: priorities.map((p) => ({
        code: p.code,
        title: p.title,
        actions: actions.filter((a) => a.priorityId === p.id).map(toAction),
      })),
    };
  }

  /** Per priority, the actions the filter keeps and their counts by status. */
  async progress(slug: string, filter: ActionFilter): Promise<StrategyProgress> {
    const strategy = await this.strategyOrThrow(slug);
    const [priorities, actions, bodies] = await Promise.all([
      this.strategies.findPriorities(strategy.id),
      this.strategies.findActions(strategy.id, filter),
      this.strategies.findResponsibleBodies(strategy.id),
    ]);
    const wanted = filter.priority?.map((c) => c.toUpperCase());
    const kept = wanted?.length ? priorities.filter((p) => wanted.includes(p.code.toUpperCase())) : priorities;
    return {
      strategy: { slug: strategy.slug, title: strategy.title, period: strategy.period, kind: strategy.kind },
      priorities: kept.map((p) => {
        const own = actions.filter((a) => a.priorityId === p.id);
        return { code: p.code, title: p.title, counts: countOf(own), actions: own.map(toAction) };
      }),
      totals: countOf(actions),
      responsibleBodies: bodies,
      allPriorities: priorities.map((p) => ({ code: p.code, title: p.title })),
    };
  }

  /** The filtered actions as CSV rows (columns: `CSV_COLUMNS`). */
  async csvRows(slug: string, filter: ActionFilter): Promise<Record<(typeof CSV_COLUMNS)[number], string>[]> {
    const progress = await this.progress(slug, filter);
    return progress.priorities.flatMap((p) =>
      p.actions.map((a) => ({
        priority: p.code,
        priority_title: spreadsheetSafe(p.title),
        action: `${p.code}.${a.number}`,
        title: spreadsheetSafe(a.title),
        responsible: spreadsheetSafe(a.responsible),
        responsible_bodies: spreadsheetSafe(a.responsibleBodies.join('; ')),
        timing: spreadsheetSafe(a.timing),
        status: a.status,
        indicators: spreadsheetSafe(a.indicators.join('; ')),
        last_state_of_play: a.lastStateOfPlay ?? '',
      })),
    );
  }

  async getAction(viewer: AuthenticatedUser | null, slug: string, actionId: number): Promise<StrategyActionDetail> {
    const action = await this.actionOrThrow(slug, actionId);
    const [log, links] = await Promise.all([
      this.strategies.findStateOfPlay(action.id),
      this.strategies.findLinks(action.id),
    ]);
    return {
      ...toAction(action),
      strategy: { slug: action.strategy.slug, title: action.strategy.title, period: action.strategy.period },
      priority: action.priority,
      stateOfPlay: log.map((entry) => ({
        id: entry.id,
        date: entry.date,
        status: entry.status,
        note: entry.note,
        author: entry.authorId ? { id: entry.authorId, displayName: entry.authorName ?? '' } : null,
        createdAt: entry.createdAt.toISOString(),
      })),
      links: links.flatMap((link) => this.visibleLink(viewer, link)),
      updatedAt: action.updatedAt.toISOString(),
    };
  }

  /** The link as the viewer may see it, or nothing (a visitor and a discussion, a target that is gone). */
  private visibleLink(viewer: AuthenticatedUser | null, link: LinkRow): ActionLink[] {
    if (!viewer && MEMBERS_ONLY_LINKS.has(link.targetType)) {
      return [];
    }
    const base = { id: link.id, targetType: link.targetType, targetId: link.targetId };
    const createdAt = link.createdAt.toISOString();
    switch (link.targetType) {
      case 'organisation':
        return link.organisation
          ? [
              {
                ...base,
                label: link.organisation.name,
                context: link.organisation.countries.join(', ') || null,
                channelId: null,
                isMember: link.organisation.member,
                createdAt,
              },
            ]
          : [];
      case 'channel_message': {
        const message = link.message;
        if (!message || message.gone || !message.body || !LINKABLE_CHANNEL_KINDS.includes(message.channelKind)) {
          return [];
        }
        return [
          {
            ...base,
            label: messageExcerpt(message.body),
            context: message.channelName,
            channelId: message.channelId,
            isMember: false,
            createdAt,
          },
        ];
      }
      case 'announcement': {
        const announcement = link.announcement;
        if (!announcement?.published || (!viewer && !announcement.isPublic)) {
          return [];
        }
        return [{ ...base, label: announcement.title, context: null, channelId: null, isMember: false, createdAt }];
      }
    }
  }

  // ---- the Coordinator's changes -----------------------------------------------------------------------

  async createStrategy(user: AuthenticatedUser, input: z.output<typeof newStrategyInputSchema>): Promise<Strategy> {
    const created = await this.strategies.insertIfMissing({
      slug: input.slug,
      title: input.title,
      period: input.period,
      kind: input.kind,
      source: input.source,
      priorities: input.priorities.map((p) => ({ code: p.code, title: p.title, actions: p.actions.map(newAction) })),
    });
    if (!created) {
      throw new AppError(ErrorCode.Conflict, `There is already a strategy "${input.slug}".`, [
        { field: 'body.slug', message: 'this identifier is taken', code: 'taken' },
      ]);
    }
    await this.audit.record({
      action: 'strategy.create',
      outcome: 'success',
      actorId: user.id,
      targetType: 'strategy',
      targetId: input.slug,
      details: {
        kind: input.kind,
        priorities: input.priorities.length,
        actions: input.priorities.reduce((n, p) => n + p.actions.length, 0),
      },
    });
    return this.getBySlug(input.slug);
  }

  async addAction(
    user: AuthenticatedUser,
    slug: string,
    code: string,
    input: z.output<typeof newActionInputSchema>,
  ): Promise<StrategyActionDetail> {
    const strategy = await this.strategyOrThrow(slug);
    const priority = await this.strategies.findPriority(strategy.id, code);
    if (!priority) {
      throw new AppError(ErrorCode.NotFound, `The strategy "${slug}" has no priority "${code}".`);
    }
    const id = await this.strategies.insertAction(priority.id, newAction(input));
    await this.recordActionChange(user, 'strategy.action.create', id, { priority: priority.code, title: input.title });
    return this.getAction(user, slug, id);
  }

  async updateAction(
    user: AuthenticatedUser,
    slug: string,
    actionId: number,
    input: ActionUpdateInput,
  ): Promise<StrategyActionDetail> {
    const action = await this.actionOrThrow(slug, actionId);
    await this.strategies.updateAction(action.id, input);
    const details: Record<string, unknown> = {};
    if (input.status !== undefined) {
      details.status = { from: action.status, to: input.status };
    }
    if (input.indicators !== undefined) {
      details.indicators = input.indicators.length;
    }
    if (input.responsibleBodies !== undefined) {
      details.responsibleBodies = { from: action.responsibleBodies, to: input.responsibleBodies };
    }
    await this.recordActionChange(user, 'strategy.action.update', action.id, details);
    return this.getAction(user, slug, action.id);
  }

  async addStateOfPlay(
    user: AuthenticatedUser,
    slug: string,
    actionId: number,
    input: StateOfPlayInput,
  ): Promise<StrategyActionDetail> {
    if (input.date > latestAllowedDate()) {
      throw new AppError(ErrorCode.ValidationFailed, 'A state of play cannot be dated in the future.', [
        { field: 'body.date', message: 'must not be after today', code: 'future_date' },
      ]);
    }
    const action = await this.actionOrThrow(slug, actionId);
    const result = await this.strategies.insertStateOfPlay(action.id, {
      date: input.date,
      status: input.status,
      note: input.note,
      authorId: user.id,
    });
    await this.recordActionChange(user, 'strategy.action.state_of_play', action.id, {
      date: input.date,
      ...(result.statusChanged ? { status: { from: action.status, to: result.status } } : {}),
    });
    return this.getAction(user, slug, action.id);
  }

  async addLink(
    user: AuthenticatedUser,
    slug: string,
    actionId: number,
    input: ActionLinkInput,
  ): Promise<StrategyActionDetail> {
    const action = await this.actionOrThrow(slug, actionId);
    if (input.targetType === 'announcement' && !(await this.strategies.hasAnnouncements())) {
      throw new AppError(ErrorCode.ValidationFailed, 'Announcements cannot be linked before they exist.', [
        { field: 'body.targetType', message: 'announcements are not available yet', code: 'unavailable' },
      ]);
    }
    if (!(await this.strategies.targetExists(input.targetType, input.targetId))) {
      throw new AppError(ErrorCode.ValidationFailed, LINK_TARGET_MISSING[input.targetType], [
        { field: 'body.targetId', message: LINK_TARGET_MISSING[input.targetType], code: 'not_found' },
      ]);
    }
    const linkId = await this.strategies.insertLink(action.id, input.targetType, input.targetId, user.id);
    await this.recordActionChange(user, 'strategy.action.link', action.id, { linkId, ...input });
    return this.getAction(user, slug, action.id);
  }

  async removeLink(user: AuthenticatedUser, slug: string, actionId: number, linkId: number): Promise<void> {
    const action = await this.actionOrThrow(slug, actionId);
    const removed = await this.strategies.deleteLink(action.id, linkId);
    if (!removed) {
      throw new AppError(ErrorCode.NotFound, 'This action has no such link.');
    }
    await this.recordActionChange(user, 'strategy.action.unlink', action.id, { linkId, ...removed });
  }

  // ---- reference data ----------------------------------------------------------------------------------

  /** Loads the reference strategies into an empty database; leaves existing ones untouched. */
  async loadReferenceData(): Promise<void> {
    for (const strategy of REFERENCE_STRATEGIES) {
      if (await this.strategies.insertIfMissing(strategy)) {
        const actions = strategy.priorities.reduce((n, p) => n + p.actions.length, 0);
        this.logger.log(`loaded ${strategy.slug}: ${strategy.priorities.length} priorities, ${actions} actions`);
      }
    }
  }

  // ---- helpers -----------------------------------------------------------------------------------------

  private async strategyOrThrow(slug: string): Promise<StrategyRow> {
    const strategy = await this.strategies.findStrategy(slug);
    if (!strategy) {
      throw new AppError(ErrorCode.NotFound, `There is no strategy "${slug}".`);
    }
    return strategy;
  }

  private async actionOrThrow(slug: string, actionId: number): Promise<ActionContextRow> {
    const action = await this.strategies.findAction(slug, actionId);
    if (!action) {
      throw new AppError(ErrorCode.NotFound, `The strategy "${slug}" has no action ${actionId}.`);
    }
    return action;
  }

  private recordActionChange(
    user: AuthenticatedUser,
    action: string,
    actionId: number,
    details: Record<string, unknown>,
  ): Promise<void> {
    return this.audit.record({
      action,
      outcome: 'success',
      actorId: user.id,
      targetType: 'strategy_action',
      targetId: String(actionId),
      details,
    });
  }
}

const LINK_TARGET_MISSING: Record<ActionLinkInput['targetType'], string> = {
  organisation: 'There is no such organisation.',
  channel_message: 'There is no such message in a priority or public channel.',
  announcement: 'There is no such published announcement.',
};

function newAction(input: z.output<typeof newActionInputSchema>): NewAction {
  return {
    title: input.title,
    responsible: input.responsible,
    responsibleBodies: input.responsibleBodies ?? splitResponsible(input.responsible),
    timing: input.timing,
    indicators: input.indicators,
  };
}

/** Columns of the CSV export of actions, in order. */
export const CSV_COLUMNS = [
  'priority',
  'priority_title',
  'action',
  'title',
  'responsible',
  'responsible_bodies',
  'timing',
  'status',
  'indicators',
  'last_state_of_play',
] as const;

/** A spreadsheet runs a cell starting with `=`, `+`, `-`, `@`, tab or CR as a formula: such text gets a `'`. */
function spreadsheetSafe(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
