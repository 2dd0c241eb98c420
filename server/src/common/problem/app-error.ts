import { type ErrorCode, type FieldError } from '@thb/shared';

/**
 * A failure the platform expects and explains: services throw it with a code from `@thb/shared`, and the
 * problem filter (HTTP) or the socket ack helper turns it into a response. Its message is shown to users.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly errors?: FieldError[],
  ) {
    super(message);
    this.name = 'AppError';
  }
}
