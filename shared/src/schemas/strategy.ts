import { z } from 'zod';

/** Letter of a priority of the EU Strategy 2012–2016 (A–E). */
export const priorityCodeSchema = z.enum(['A', 'B', 'C', 'D', 'E']);
export type PriorityCode = z.infer<typeof priorityCodeSchema>;

/**
 * Code of a priority of any strategy or action plan: the letters A–E of 2012–2016, or what a later plan uses
 * (`1`, `X1`…). Unique within its strategy.
 */
export const strategyCodeSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9.-]{0,7}$/, 'a priority code is 1–8 letters, digits, dots or dashes')
  .describe('Priority code within its strategy, e.g. `A` or `X1`');
export type StrategyCode = z.infer<typeof strategyCodeSchema>;

export const STRATEGY_KINDS = ['strategy', 'action_plan'] as const;
export const strategyKindSchema = z.enum(STRATEGY_KINDS);
export type StrategyKind = z.infer<typeof strategyKindSchema>;

/** Where an action stands. `delayed`: past its timing, or stalled. */
export const ACTION_STATUSES = ['planned', 'ongoing', 'completed', 'delayed'] as const;
export const actionStatusSchema = z.enum(ACTION_STATUSES);
export type ActionStatus = z.infer<typeof actionStatusSchema>;

/** What an action can be linked to: an announcement, a message in a channel, an organisation of the directory. */
export const ACTION_LINK_TYPES = ['announcement', 'channel_message', 'organisation'] as const;
export const actionLinkTypeSchema = z.enum(ACTION_LINK_TYPES);
export type ActionLinkType = z.infer<typeof actionLinkTypeSchema>;

export const actionStatusCountsSchema = z
  .object({
    planned: z.number().int(),
    ongoing: z.number().int(),
    completed: z.number().int(),
    delayed: z.number().int(),
    total: z.number().int(),
  })
  .meta({ id: 'ActionStatusCounts' });
export type ActionStatusCounts = z.infer<typeof actionStatusCountsSchema>;

export const strategyActionSchema = z
  .object({
    id: z.number().int(),
    number: z.number().int().describe('Place of the action in its priority, from 1 (`A.3` is the third of A)'),
    title: z.string(),
    responsible: z.string().describe('Bodies responsible, as written in the Strategy (e.g. `MS/COM`)'),
    responsibleBodies: z.array(z.string()).describe('The same bodies one by one (`MS`, `COM`), for filtering'),
    timing: z.string().describe('Timing as written in the Strategy (a year or `Ongoing`)'),
    status: actionStatusSchema,
    indicators: z.array(z.string()).describe('How progress is assessed'),
    lastStateOfPlay: z.iso.date().nullable().describe('Date of the latest state-of-play entry'),
  })
  .meta({ id: 'StrategyAction' });
export type StrategyAction = z.infer<typeof strategyActionSchema>;

export const strategyPrioritySchema = z
  .object({
    code: z.string(),
    title: z.string(),
    actions: z.array(strategyActionSchema),
  })
  .meta({ id: 'StrategyPriority' });
export type StrategyPriority = z.infer<typeof strategyPrioritySchema>;

export const strategySchema = z.object({
  slug: z.string(),
  title: z.string(),
  period: z.string(),
  kind: strategyKindSchema,
  source: z.string(),
  priorities: z.array(strategyPrioritySchema),
});
export type Strategy = z.infer<typeof strategySchema>;

export const strategySummarySchema = z
  .object({
    slug: z.string(),
    title: z.string(),
    period: z.string(),
    kind: strategyKindSchema,
    priorityCount: z.number().int(),
    counts: actionStatusCountsSchema,
  })
  .meta({ id: 'StrategySummary' });
export type StrategySummary = z.infer<typeof strategySummarySchema>;

export const strategyListSchema = z.object({ items: z.array(strategySummarySchema) });
export type StrategyList = z.infer<typeof strategyListSchema>;

const slugSchema = z
  .string()
  .regex(/^[a-z0-9-]{1,64}$/, 'a strategy slug is lower-case letters, digits and dashes')
  .describe('Strategy identifier, e.g. `eu-2012-2016`');

export const strategySlugParamsSchema = z.object({ slug: slugSchema });

export const strategyActionParamsSchema = z.object({
  slug: slugSchema,
  actionId: z.coerce.number().int().min(1).max(2_147_483_647),
});

export const strategyPriorityParamsSchema = z.object({ slug: slugSchema, code: strategyCodeSchema });

export const strategyActionLinkParamsSchema = strategyActionParamsSchema.extend({
  linkId: z.coerce.number().int().min(1).max(2_147_483_647),
});

// ---------------------------------------------------------------------------------------------------------
// One action: its state-of-play log and links
// ---------------------------------------------------------------------------------------------------------

export const stateOfPlayEntrySchema = z
  .object({
    id: z.number().int(),
    date: z.iso.date(),
    status: actionStatusSchema.describe('The action’s status as of this entry'),
    note: z.string(),
    author: z.object({ id: z.uuid(), displayName: z.string() }).nullable().describe('Null once the account is gone'),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'StateOfPlayEntry' });
export type StateOfPlayEntry = z.infer<typeof stateOfPlayEntrySchema>;

export const actionLinkSchema = z
  .object({
    id: z.number().int(),
    targetType: actionLinkTypeSchema,
    targetId: z.uuid(),
    label: z.string().describe('Organisation name, announcement title or an excerpt of the message'),
    context: z.string().nullable().describe('The channel of a message; the countries of an organisation'),
    channelId: z.uuid().nullable().describe('For a message: its channel'),
    isMember: z.boolean().describe('For an organisation: a member of the Civil Society Platform, with a profile'),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'ActionLink' });
export type ActionLink = z.infer<typeof actionLinkSchema>;

export const strategyActionDetailSchema = strategyActionSchema.extend({
  strategy: z.object({ slug: z.string(), title: z.string(), period: z.string() }),
  priority: z.object({ code: z.string(), title: z.string() }),
  stateOfPlay: z.array(stateOfPlayEntrySchema).describe('Newest first'),
  links: z.array(actionLinkSchema).describe('Only those the caller may see (messages: members only)'),
  updatedAt: z.iso.datetime(),
});
export type StrategyActionDetail = z.infer<typeof strategyActionDetailSchema>;

// ---------------------------------------------------------------------------------------------------------
// Progress (public): counts per priority and the matching actions
// ---------------------------------------------------------------------------------------------------------

const commaList = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(item).max(30));

export const actionFilterQuerySchema = z.object({
  priority: commaList(strategyCodeSchema).optional().describe('Priority codes, comma-separated'),
  status: commaList(actionStatusSchema).optional().describe('Statuses, comma-separated'),
  body: z.string().trim().min(1).max(80).optional().describe('A responsible body, e.g. `COM` or `MS`'),
  q: z.string().trim().max(200).optional().describe('Words in titles, indicators and states of play'),
});
export type ActionFilterQuery = z.input<typeof actionFilterQuerySchema>;
export type ActionFilter = z.output<typeof actionFilterQuerySchema>;

export const priorityProgressSchema = z
  .object({
    code: z.string(),
    title: z.string(),
    counts: actionStatusCountsSchema.describe('The matching actions of this priority, by status'),
    actions: z.array(strategyActionSchema).describe('The matching actions'),
  })
  .meta({ id: 'PriorityProgress' });
export type PriorityProgress = z.infer<typeof priorityProgressSchema>;

export const strategyProgressSchema = z.object({
  strategy: z.object({ slug: z.string(), title: z.string(), period: z.string(), kind: strategyKindSchema }),
  priorities: z.array(priorityProgressSchema).describe('Every priority the priority filter keeps, in order'),
  totals: actionStatusCountsSchema,
  responsibleBodies: z.array(z.string()).describe('Every body named in the strategy, for the filter'),
  allPriorities: z
    .array(z.object({ code: z.string(), title: z.string() }))
    .describe('Every priority of the strategy, for the filter'),
});
export type StrategyProgress = z.infer<typeof strategyProgressSchema>;

// ---------------------------------------------------------------------------------------------------------
// Coordinator's changes
// ---------------------------------------------------------------------------------------------------------

const indicatorsSchema = z.array(z.string().trim().min(1).max(300)).max(20);
const bodiesSchema = z
  .array(z.string().trim().min(1).max(80))
  .max(12)
  .refine((xs) => new Set(xs.map((x) => x.toLowerCase())).size === xs.length, 'must not repeat a body');

export const actionUpdateInputSchema = z
  .object({
    status: actionStatusSchema.optional(),
    indicators: indicatorsSchema.optional(),
    responsibleBodies: bodiesSchema.optional(),
  })
  .refine((v) => v.status !== undefined || v.indicators !== undefined || v.responsibleBodies !== undefined, {
    message: 'change at least one of status, indicators, responsible bodies',
  });
export type ActionUpdateInput = z.infer<typeof actionUpdateInputSchema>;

export const STATE_OF_PLAY_NOTE_MAX = 4000;

export const stateOfPlayInputSchema = z.object({
  date: z.iso.date().describe('When this was the state of play (not after today)'),
  status: actionStatusSchema
    .optional()
    .describe('The status from then on; the action takes it unless a later-dated entry exists'),
  note: z.string().trim().min(1).max(STATE_OF_PLAY_NOTE_MAX),
});
export type StateOfPlayInput = z.infer<typeof stateOfPlayInputSchema>;

export const actionLinkInputSchema = z.object({ targetType: actionLinkTypeSchema, targetId: z.uuid() });
export type ActionLinkInput = z.infer<typeof actionLinkInputSchema>;

export const newActionInputSchema = z.object({
  title: z.string().trim().min(1).max(500),
  responsible: z.string().trim().min(1).max(200).describe('As written, e.g. `COM/MS`'),
  timing: z.string().trim().min(1).max(32),
  indicators: indicatorsSchema.default([]),
  responsibleBodies: bodiesSchema.optional().describe('Default: `responsible` split at `/`'),
});
export type NewActionInput = z.input<typeof newActionInputSchema>;

export const newStrategyInputSchema = z.object({
  slug: slugSchema,
  title: z.string().trim().min(1).max(300),
  period: z.string().trim().min(1).max(32),
  kind: strategyKindSchema,
  source: z.string().trim().max(2000).default(''),
  priorities: z
    .array(
      z.object({
        code: strategyCodeSchema,
        title: z.string().trim().min(1).max(300),
        actions: z.array(newActionInputSchema).max(100).default([]),
      }),
    )
    .min(1)
    .max(20)
    .refine((ps) => new Set(ps.map((p) => p.code)).size === ps.length, 'priority codes must differ'),
});
export type NewStrategyInput = z.input<typeof newStrategyInputSchema>;
