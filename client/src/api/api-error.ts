import { ErrorCode, errorCodeStatus, type FieldError, type Problem } from '@thb/shared';

/** Failures that happen before or outside the server's problem responses. */
export const ClientErrorCode = {
  /** The request never got an HTTP response: offline, DNS, CORS, server down. */
  Network: 'network_error',
  /** The server answered 2xx, but with a body that does not match the expected schema. */
  InvalidResponse: 'invalid_response',
} as const;
export type ClientErrorCode = (typeof ClientErrorCode)[keyof typeof ClientErrorCode];

export type ApiErrorCode = ErrorCode | ClientErrorCode;

interface ApiErrorInit {
  code: ApiErrorCode;
  status: number;
  title: string;
  detail?: string | undefined;
  fieldErrors?: FieldError[] | undefined;
  requestId?: string | undefined;
  problem?: Problem | undefined;
  cause?: unknown;
}

/** Every failed API call rejects with this: the server's problem details, or a client-side equivalent. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly code: ApiErrorCode;
  /** HTTP status, or 0 when no response was received. */
  readonly status: number;
  readonly title: string;
  readonly detail: string | undefined;
  readonly fieldErrors: readonly FieldError[];
  readonly requestId: string | undefined;
  /** The problem document as received, when the server sent one. */
  readonly problem: Problem | undefined;

  constructor(init: ApiErrorInit) {
    super(init.detail ?? init.title, { cause: init.cause });
    this.code = init.code;
    this.status = init.status;
    this.title = init.title;
    this.detail = init.detail;
    this.fieldErrors = init.fieldErrors ?? [];
    this.requestId = init.requestId;
    this.problem = init.problem;
  }

  static fromProblem(problem: Problem): ApiError {
    return new ApiError({
      code: problem.code,
      status: problem.status,
      title: problem.title,
      detail: problem.detail,
      fieldErrors: problem.errors,
      requestId: problem.requestId,
      problem,
    });
  }

  /** Field errors keyed by field path, for showing them next to form controls. */
  fieldErrorMap(): Record<string, string> {
    return Object.fromEntries(this.fieldErrors.map((e) => [e.field, e.message]));
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/**
 * Code for a non-2xx response without a problem body (e.g. a proxy's 502, a gateway timeout): the error code
 * whose HTTP status matches, gateway errors counting as service unavailable.
 */
export function codeForStatus(status: number): ErrorCode {
  if (status === 502 || status === 503 || status === 504) {
    return ErrorCode.ServiceUnavailable;
  }
  const match = (Object.entries(errorCodeStatus) as [ErrorCode, number][]).find(([, s]) => s === status);
  if (match) {
    return match[0];
  }
  return status >= 500 ? ErrorCode.Internal : ErrorCode.MalformedRequest;
}
