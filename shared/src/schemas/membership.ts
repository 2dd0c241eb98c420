import { z } from 'zod';
import { displayNameSchema, emailSchema, newPasswordSchema } from './auth';
import { organisationProfileInputSchema } from './organisations';

export const APPLICATION_STATUSES = ['pending', 'info_requested', 'approved', 'rejected'] as const;
export const applicationStatusSchema = z.enum(APPLICATION_STATUSES);
export type ApplicationStatus = z.infer<typeof applicationStatusSchema>;

const consentSchema = z.literal(true, { error: 'you must accept the privacy notice' });

/** An organisation asks to join the Civil Society Platform; its contact person chooses a password now. */
export const membershipApplicationRequestSchema = z.object({
  organisation: organisationProfileInputSchema,
  contact: z.object({
    displayName: displayNameSchema,
    email: emailSchema,
    jobTitle: z.string().trim().max(120).nullable().default(null),
    password: newPasswordSchema,
  }),
  motivation: z.string().trim().min(20, 'tell the Coordinator in a few words why you wish to join').max(4000),
  privacyConsent: consentSchema,
});
export type MembershipApplicationRequest = z.input<typeof membershipApplicationRequestSchema>;

export const membershipApplicationSchema = z.object({
  id: z.uuid(),
  status: applicationStatusSchema,
  organisation: organisationProfileInputSchema,
  contact: z.object({ displayName: z.string(), email: z.string(), jobTitle: z.string().nullable() }),
  motivation: z.string(),
  submittedAt: z.iso.datetime(),
  decidedAt: z.iso.datetime().nullable(),
  decisionNote: z.string().nullable().describe('Reason for a rejection, or what information is missing'),
  organisationId: z.uuid().nullable().describe('The member organisation created on approval'),
});
export type MembershipApplication = z.infer<typeof membershipApplicationSchema>;

export const membershipApplicationReceiptSchema = z.object({
  id: z.uuid(),
  status: applicationStatusSchema,
});

export const applicationListQuerySchema = z.object({
  status: applicationStatusSchema.optional(),
});
export const applicationListSchema = z.object({ items: z.array(membershipApplicationSchema) });

/** `reject` needs a `reason` and `request_info` a `message`; both are sent to the applicant. */
export const applicationDecisionSchema = z
  .object({
    decision: z.enum(['approve', 'reject', 'request_info']),
    reason: z.string().trim().min(5, 'must be at least 5 characters').max(2000).optional(),
    message: z.string().trim().min(5, 'must be at least 5 characters').max(2000).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.decision === 'reject' && !value.reason) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'give the applicant a reason' });
    }
    if (value.decision === 'request_info' && !value.message) {
      ctx.addIssue({ code: 'custom', path: ['message'], message: 'say what information is missing' });
    }
  });
export type ApplicationDecision = z.infer<typeof applicationDecisionSchema>;

export const invitationRequestSchema = z.object({ email: emailSchema });
export type InvitationRequest = z.infer<typeof invitationRequestSchema>;
export const invitationSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  expiresAt: z.iso.datetime(),
  acceptedAt: z.iso.datetime().nullable(),
});

export const invitationPreviewSchema = z.object({
  email: z.string(),
  organisationName: z.string(),
  expiresAt: z.iso.datetime(),
});
export const invitationTokenParamsSchema = z.object({ token: z.string().min(16).max(256) });
export const invitationAcceptRequestSchema = z.object({
  displayName: displayNameSchema,
  password: newPasswordSchema,
  privacyConsent: consentSchema,
});
export type InvitationAcceptRequest = z.infer<typeof invitationAcceptRequestSchema>;
