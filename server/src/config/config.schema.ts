import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const originList = z
  .string()
  .transform((raw) =>
    raw
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  )
  .pipe(
    z.array(
      z
        .url({ protocol: /^https?$/, message: 'each origin must be an http(s) URL such as https://example.org' })
        .transform((u) => new URL(u).origin),
    ),
  );

/**
 * Every setting the server reads from the environment. The README's configuration table documents the same
 * variables; `loadConfig` is the only place that reads `process.env`.
 */
export const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().min(1).default('0.0.0.0'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
    DATABASE_URL: z
      .url({ protocol: /^postgres(ql)?$/, message: 'must be a postgres:// or postgresql:// connection URL' })
      .optional(),
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
    PGLITE_DIR: z.string().min(1).default('./data/pglite'),
    REDIS_URL: z.url({ protocol: /^rediss?$/, message: 'must be a redis:// or rediss:// URL' }).optional(),
    CLUSTER_WORKERS: z.coerce.number().int().min(1).max(64).default(2),
    JWT_ACCESS_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    JWT_REFRESH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    ACCESS_TOKEN_TTL_S: z.coerce.number().int().min(60).max(900, 'must be at most 900 (15 minutes)').default(600),
    SESSION_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(14),
    DATA_ENCRYPTION_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
    SMTP_URL: z.url({ protocol: /^smtps?$/, message: 'must be an smtp:// or smtps:// URL' }).optional(),
    MAIL_FROM: z.string().min(3).default('THB Platform <no-reply@thb-platform.example>'),
    MAIL_DIR: z.string().min(1).default('./data/mail'),
    DEMO_DATA: z.enum(['auto', 'true', 'false']).default('auto'),
    RATE_LIMIT_PER_MIN: z.coerce.number().int().min(1).default(600),
    SIGN_IN_RATE_LIMIT_PER_MIN: z.coerce.number().int().min(1).default(10),
    CHAT_MESSAGES_PER_MIN: z.coerce.number().int().min(1).default(30),
    CHAT_BURST: z.coerce.number().int().min(0).default(10),
    CHAT_MAX_CONNECTIONS_PER_USER: z.coerce.number().int().min(1).default(20),
    CHAT_RETENTION_INTERVAL_MIN: z.coerce.number().int().min(1).default(60),
    DIGEST_HOUR_UTC: z.coerce.number().int().min(0).max(23).default(7),
    ANNOUNCEMENT_SCHEDULER_INTERVAL_S: z.coerce.number().int().min(1).max(3600).default(30),
    CORS_ORIGINS: originList.default([]),
    TRUST_PROXY: z
      .string()
      .regex(/^(true|false|\d+)$/, 'must be true, false or a number of proxy hops')
      .default('false')
      .transform((v) => (v === 'true' ? true : v === 'false' ? false : Number(v))),
    BODY_LIMIT: z
      .string()
      .regex(/^\d+(b|kb|mb)$/i, 'must be a size such as 100kb or 1mb')
      .default('100kb'),
    HSDS_IMPORT_BODY_LIMIT: z
      .string()
      .regex(/^\d+(b|kb|mb)$/i, 'must be a size such as 20mb')
      .default('20mb'),
    LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
    SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
    CLIENT_DIST: z.string().min(1).optional(),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production') {
      for (const key of ['JWT_ACCESS_SECRET', 'JWT_REFRESH_SECRET', 'DATA_ENCRYPTION_KEY', 'SMTP_URL'] as const) {
        if (!env[key]) {
          ctx.addIssue({ code: 'custom', path: [key], message: 'is required when NODE_ENV=production' });
        }
      }
    }
  });

export type Env = z.infer<typeof envSchema>;
