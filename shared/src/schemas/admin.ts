import { z } from 'zod';
import { roleSchema } from '../access';

export const USER_STATUSES = ['active', 'disabled'] as const;
export const userStatusSchema = z.enum(USER_STATUSES);

export const managedUserSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  role: roleSchema,
  status: userStatusSchema,
  organisation: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  twoFactorEnabled: z.boolean(),
  createdAt: z.iso.datetime(),
  lastSignInAt: z.iso.datetime().nullable(),
});
export type ManagedUser = z.infer<typeof managedUserSchema>;

export const userListQuerySchema = z.object({
  q: z.string().trim().max(200).optional(),
  role: roleSchema.optional(),
  status: userStatusSchema.optional(),
});
export const userListSchema = z.object({ items: z.array(managedUserSchema) });

export const userIdParamsSchema = z.object({ id: z.uuid() });
export const userUpdateRequestSchema = z
  .object({ role: roleSchema.optional(), status: userStatusSchema.optional() })
  .refine((v) => v.role !== undefined || v.status !== undefined, 'change the role or the status');
export type UserUpdateRequest = z.infer<typeof userUpdateRequestSchema>;

export const AUDIT_OUTCOMES = ['success', 'failure'] as const;
export const auditEntrySchema = z
  .object({
    id: z.number().int(),
    at: z.iso.datetime(),
    action: z.string(),
    outcome: z.enum(AUDIT_OUTCOMES),
    actorId: z.uuid().nullable(),
    actorEmail: z.string().nullable().describe('Email of the actor when the account still exists'),
    targetType: z.string().nullable(),
    targetId: z.string().nullable(),
    ipAddress: z.string().nullable(),
    details: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditQuerySchema = z.object({
  action: z.string().trim().max(80).optional().describe('Action prefix, e.g. `auth.` or `membership.approve`'),
  actorId: z.uuid().optional(),
  outcome: z.enum(AUDIT_OUTCOMES).optional(),
  since: z.iso.datetime().optional(),
  until: z.iso.datetime().optional(),
  before: z.coerce.number().int().positive().optional().describe('Keyset cursor: entries with a smaller id'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export const auditPageSchema = z.object({
  items: z.array(auditEntrySchema),
  nextBefore: z.number().int().nullable(),
});
