import { z } from 'zod';
import { roleSchema } from '../access';
import { localeSchema } from '../locales';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/** Email addresses are compared after trimming and lower-casing. */
export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, 'must be at most 254 characters')
  .pipe(z.email('must be a valid email address'))
  .describe('Email address (normalised: trimmed, lower case)');

/**
 * A new password: 12–128 characters, any characters, no composition rules (ASVS 6.2). Whether it is
 * among the most common passwords is checked by the server, which answers with a field error.
 */
export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `must be at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH, `must be at most ${PASSWORD_MAX_LENGTH} characters`)
  .describe('12 to 128 characters; spaces and any symbols allowed');

/** A password being checked (sign-in, confirmation): never trimmed, only bounded. */
export const passwordSchema = z.string().min(1, 'is required').max(PASSWORD_MAX_LENGTH);

export const displayNameSchema = z.string().trim().min(1, 'is required').max(120);

export const totpCodeSchema = z
  .string()
  .trim()
  .regex(/^\d{6}$/, 'must be the 6-digit code from your authenticator app');
/** A 6-digit authenticator code or a recovery code (`xxxxx-xxxxx`). */
export const secondFactorCodeSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(\d{6}|[a-z0-9]{5}-[a-z0-9]{5})$/, 'must be a 6-digit code or a recovery code')
  .describe('6-digit authenticator code, or one of the recovery codes (xxxxx-xxxxx)');

export const currentUserSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  role: roleSchema,
  locale: localeSchema,
  organisation: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  twoFactorEnabled: z.boolean(),
  twoFactorRequired: z
    .boolean()
    .describe('The role requires 2FA and it is not enrolled yet: only enrolment and sign-out are possible'),
});
export type CurrentUser = z.infer<typeof currentUserSchema>;

export const loginRequestSchema = z.object({
  email: emailSchema,
  password: passwordSchema,
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const sessionGrantSchema = z.object({
  status: z.literal('signed_in'),
  accessToken: z.string().describe('Bearer token for the API and the socket handshake'),
  expiresAt: z.iso.datetime(),
  user: currentUserSchema,
});
export type SessionGrant = z.infer<typeof sessionGrantSchema>;

export const twoFactorChallengeSchema = z.object({
  status: z.literal('two_factor_required'),
  challengeToken: z.string().describe('Send it back with the code to finish signing in (valid 5 minutes)'),
});

export const loginResponseSchema = z.discriminatedUnion('status', [sessionGrantSchema, twoFactorChallengeSchema]);
export type LoginResponse = z.infer<typeof loginResponseSchema>;

export const twoFactorLoginRequestSchema = z.object({
  challengeToken: z.string().min(1).max(2048),
  code: secondFactorCodeSchema,
});
export type TwoFactorLoginRequest = z.infer<typeof twoFactorLoginRequestSchema>;

export const sessionSummarySchema = z
  .object({
    id: z.uuid(),
    device: z.string().describe('Browser and operating system, from the user agent'),
    ipAddress: z.string().nullable(),
    createdAt: z.iso.datetime(),
    lastSeenAt: z.iso.datetime(),
    current: z.boolean(),
  })
  .meta({ id: 'SessionSummary' });
export type SessionSummary = z.infer<typeof sessionSummarySchema>;
export const sessionListSchema = z.object({ sessions: z.array(sessionSummarySchema) });
export type SessionList = z.infer<typeof sessionListSchema>;

export const sessionIdParamsSchema = z.object({ id: z.uuid() });

export const changePasswordRequestSchema = z.object({
  currentPassword: passwordSchema,
  newPassword: newPasswordSchema,
});
export type ChangePasswordRequest = z.infer<typeof changePasswordRequestSchema>;

export const updateProfileRequestSchema = z.object({
  displayName: displayNameSchema.optional(),
  locale: localeSchema.optional(),
});
export type UpdateProfileRequest = z.infer<typeof updateProfileRequestSchema>;

export const passwordResetRequestSchema = z.object({ email: emailSchema });
export type PasswordResetRequest = z.infer<typeof passwordResetRequestSchema>;

export const passwordResetConfirmSchema = z.object({
  token: z.string().min(16).max(256),
  newPassword: newPasswordSchema,
});
export type PasswordResetConfirm = z.infer<typeof passwordResetConfirmSchema>;

export const twoFactorEnrolmentSchema = z.object({
  secret: z.string().describe('Base32 secret, for typing into an authenticator app by hand'),
  otpauthUri: z.string(),
  qrCodeSvg: z.string().describe('The otpauth URI as an SVG QR code'),
});
export type TwoFactorEnrolment = z.infer<typeof twoFactorEnrolmentSchema>;

export const twoFactorConfirmRequestSchema = z.object({ code: totpCodeSchema });
export type TwoFactorConfirmRequest = z.infer<typeof twoFactorConfirmRequestSchema>;

export const recoveryCodesSchema = z.object({
  recoveryCodes: z.array(z.string()).describe('Each code works once; shown only now'),
});
export type RecoveryCodes = z.infer<typeof recoveryCodesSchema>;

export const twoFactorDisableRequestSchema = z.object({
  password: passwordSchema,
  code: secondFactorCodeSchema,
});
export type TwoFactorDisableRequest = z.infer<typeof twoFactorDisableRequestSchema>;

export const deleteAccountRequestSchema = z.object({ password: passwordSchema });
export type DeleteAccountRequest = z.infer<typeof deleteAccountRequestSchema>;
