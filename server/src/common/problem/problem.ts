import { HttpException } from '@nestjs/common';
import { ErrorCode, errorCodeStatus, type FieldError, type Problem, problemTypeFor } from '@thb/shared';
import { ZodValidationException } from 'nestjs-zod';
import { type ZodError } from 'zod';
import { AppError } from './app-error';

const TITLES: Record<ErrorCode, string> = {
  validation_failed: 'The request has invalid fields',
  malformed_request: 'The request could not be read',
  payload_too_large: 'The request body is too large',
  unauthenticated: 'Sign-in required',
  invalid_credentials: 'Sign-in failed',
  two_factor_enrolment_required: 'Two-factor authentication required',
  invalid_link: 'This link is no longer valid',
  forbidden: 'Not allowed',
  not_found: 'Not found',
  method_not_allowed: 'Method not allowed',
  conflict: 'Conflict',
  rate_limited: 'Too many requests',
  origin_not_allowed: 'Origin not allowed',
  service_unavailable: 'Service unavailable',
  internal_error: 'Internal server error',
};

export function fieldErrorsFromZod(error: ZodError, location?: string): FieldError[] {
  return error.issues.map((issue) => ({
    field: [location, ...issue.path.map(String)].filter(Boolean).join('.') || location || '(root)',
    message: issue.message,
    code: issue.code,
  }));
}

/** Errors raised by Express's body parser carry a `type` and an HTTP status. */
interface BodyParserError {
  type: string;
  status: number;
  expose?: boolean;
}

function isBodyParserError(err: unknown): err is BodyParserError {
  return typeof err === 'object' && err !== null && 'type' in err && 'status' in err && typeof err.type === 'string';
}

function codeForStatus(status: number): ErrorCode {
  switch (status) {
    case 400:
      return ErrorCode.MalformedRequest;
    case 401:
      return ErrorCode.Unauthenticated;
    case 403:
      return ErrorCode.Forbidden;
    case 404:
      return ErrorCode.NotFound;
    case 405:
      return ErrorCode.MethodNotAllowed;
    case 409:
      return ErrorCode.Conflict;
    case 413:
      return ErrorCode.PayloadTooLarge;
    case 429:
      return ErrorCode.RateLimited;
    case 503:
      return ErrorCode.ServiceUnavailable;
    default:
      return status >= 500 ? ErrorCode.Internal : ErrorCode.MalformedRequest;
  }
}

export interface ClassifiedError {
  problem: Omit<Problem, 'instance' | 'requestId'>;
  /** Unexpected errors are logged in full and answered with a generic message. */
  unexpected: boolean;
}

function problem(code: ErrorCode, detail?: string, errors?: FieldError[]): ClassifiedError['problem'] {
  return {
    type: problemTypeFor(code),
    title: TITLES[code],
    status: errorCodeStatus[code],
    code,
    ...(detail ? { detail } : {}),
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
}

/** Turns anything thrown while handling a request into RFC 9457 problem details. */
export function classifyError(err: unknown): ClassifiedError {
  if (err instanceof AppError) {
    return { problem: problem(err.code, err.message, err.errors), unexpected: false };
  }
  if (err instanceof RequestValidationError) {
    return {
      problem: problem(ErrorCode.ValidationFailed, 'Correct the listed fields and try again.', err.errors),
      unexpected: false,
    };
  }
  if (err instanceof ZodValidationException) {
    const errors = fieldErrorsFromZod(err.getZodError() as ZodError);
    return {
      problem: problem(ErrorCode.ValidationFailed, 'Correct the listed fields and try again.', errors),
      unexpected: false,
    };
  }
  if (isBodyParserError(err)) {
    if (err.type === 'entity.too.large') {
      return { problem: problem(ErrorCode.PayloadTooLarge, 'Send a smaller request body.'), unexpected: false };
    }
    if (err.type === 'entity.parse.failed') {
      return { problem: problem(ErrorCode.MalformedRequest, 'The request body is not valid JSON.'), unexpected: false };
    }
    if (err.status >= 400 && err.status < 500) {
      return { problem: problem(codeForStatus(err.status), undefined), unexpected: false };
    }
  }
  if (err instanceof HttpException) {
    const status = err.getStatus();
    if (status < 500) {
      const response = err.getResponse();
      const message =
        typeof response === 'object' && response !== null && 'message' in response
          ? String(response.message)
          : err.message;
      const code = codeForStatus(status);
      return { problem: { ...problem(code, message), status }, unexpected: false };
    }
  }
  return {
    problem: problem(ErrorCode.Internal, 'Something went wrong on our side. Quote the request id if you contact us.'),
    unexpected: true,
  };
}

/** Thrown by the validation pipe; knows which part of the request (body, query, param) failed. */
export class RequestValidationError extends Error {
  constructor(readonly errors: FieldError[]) {
    super('request validation failed');
    this.name = 'RequestValidationError';
  }
}
