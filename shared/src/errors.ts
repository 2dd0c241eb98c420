import { z } from 'zod';

/**
 * Stable, machine-readable error codes. Every error the API or a socket ack returns carries one.
 * Clients branch on the code, never on the human-readable text.
 */
export const ErrorCode = {
  ValidationFailed: 'validation_failed',
  MalformedRequest: 'malformed_request',
  PayloadTooLarge: 'payload_too_large',
  Unauthenticated: 'unauthenticated',
  InvalidCredentials: 'invalid_credentials',
  TwoFactorEnrolmentRequired: 'two_factor_enrolment_required',
  InvalidLink: 'invalid_link',
  Forbidden: 'forbidden',
  NotFound: 'not_found',
  MethodNotAllowed: 'method_not_allowed',
  Conflict: 'conflict',
  RateLimited: 'rate_limited',
  OriginNotAllowed: 'origin_not_allowed',
  ServiceUnavailable: 'service_unavailable',
  Internal: 'internal_error',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export const errorCodeSchema = z.enum(Object.values(ErrorCode) as [ErrorCode, ...ErrorCode[]]);

/** HTTP status each code maps to; one table, used by the server's problem filter. */
export const errorCodeStatus: Record<ErrorCode, number> = {
  validation_failed: 400,
  malformed_request: 400,
  payload_too_large: 413,
  unauthenticated: 401,
  invalid_credentials: 401,
  two_factor_enrolment_required: 403,
  invalid_link: 410,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  rate_limited: 429,
  origin_not_allowed: 403,
  service_unavailable: 503,
  internal_error: 500,
};

/** One offending field of a request, as listed in a validation problem. */
export const fieldErrorSchema = z.object({
  /** JSON pointer-like path to the field, e.g. `body.email` or `query.page`. */
  field: z.string(),
  message: z.string(),
  code: z.string(),
});
export type FieldError = z.infer<typeof fieldErrorSchema>;

/** RFC 9457 problem details, with the platform's `code` and optional field errors. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  code: errorCodeSchema,
  requestId: z.string().optional(),
  errors: z.array(fieldErrorSchema).optional(),
});
export type Problem = z.infer<typeof problemSchema>;

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Base of the `type` URI of every problem; the code is appended. */
export const PROBLEM_TYPE_BASE = 'https://thb-platform.eu/problems/';

export function problemTypeFor(code: ErrorCode): string {
  return `${PROBLEM_TYPE_BASE}${code.replaceAll('_', '-')}`;
}
