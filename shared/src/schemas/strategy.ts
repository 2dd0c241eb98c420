import { z } from 'zod';

/** Letter of a priority of the EU Strategy 2012–2016 (A–E). */
export const priorityCodeSchema = z.enum(['A', 'B', 'C', 'D', 'E']);
export type PriorityCode = z.infer<typeof priorityCodeSchema>;

export const strategyActionSchema = z
  .object({
    id: z.number().int(),
    title: z.string(),
    responsible: z.string().describe('Bodies responsible, as written in the Strategy (e.g. `MS/COM`)'),
    timing: z.string().describe('Timing as written in the Strategy (a year or `Ongoing`)'),
  })
  .meta({ id: 'StrategyAction' });
export type StrategyAction = z.infer<typeof strategyActionSchema>;

export const strategyPrioritySchema = z
  .object({
    code: priorityCodeSchema,
    title: z.string(),
    actions: z.array(strategyActionSchema),
  })
  .meta({ id: 'StrategyPriority' });
export type StrategyPriority = z.infer<typeof strategyPrioritySchema>;

export const strategySchema = z.object({
  slug: z.string(),
  title: z.string(),
  period: z.string(),
  source: z.string(),
  priorities: z.array(strategyPrioritySchema),
});
export type Strategy = z.infer<typeof strategySchema>;

export const strategySlugParamsSchema = z.object({
  slug: z
    .string()
    .regex(/^[a-z0-9-]{1,64}$/, 'a strategy slug is lower-case letters, digits and dashes')
    .describe('Strategy identifier, e.g. `eu-2012-2016`'),
});
