import { z } from 'zod';

export const healthStatusSchema = z.enum(['ok', 'degraded']);

export const healthResponseSchema = z.object({
  status: healthStatusSchema.describe('`ok` when every dependency answers, `degraded` otherwise'),
  db: z
    .object({
      status: z.enum(['up', 'down']),
      driver: z.enum(['pglite', 'postgres']),
      latencyMs: z.number().nonnegative().optional(),
    })
    .describe('State of the PostgreSQL database'),
  version: z.string().describe('Version of the running server'),
  uptimeS: z.number().int().nonnegative().describe('Seconds since the process started'),
});
export type HealthResponse = z.infer<typeof healthResponseSchema>;
