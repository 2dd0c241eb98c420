import { Logger } from '@nestjs/common';
import { type Ack, ErrorCode } from '@thb/shared';
import { type z } from 'zod';
import { AppError } from '../common/problem/app-error';

const logger = new Logger('Realtime');

/**
 * Runs a socket event handler on a validated payload and turns its outcome into an acknowledgement: the
 * socket counterpart of the validation pipe and problem filter of the HTTP side.
 */
export async function handleEvent<S extends z.ZodType, T>(
  schema: S,
  payload: unknown,
  handler: (input: z.output<S>) => T | Promise<T>,
): Promise<Ack<T>> {
  const parsed = schema.safeParse(payload);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => `${i.path.join('.') || '(payload)'}: ${i.message}`).join('; ');
    return { ok: false, error: { code: ErrorCode.ValidationFailed, message: fields } };
  }
  try {
    return { ok: true, data: await handler(parsed.data) };
  } catch (err) {
    if (err instanceof AppError) {
      return { ok: false, error: { code: err.code, message: err.message } };
    }
    logger.error({ err }, 'unhandled error in a socket event handler');
    return { ok: false, error: { code: ErrorCode.Internal, message: 'Something went wrong on our side.' } };
  }
}
