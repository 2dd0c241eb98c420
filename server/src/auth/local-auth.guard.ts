import { type ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { ErrorCode, loginRequestSchema } from '@thb/shared';
import { type Request } from 'express';
import { AppError } from '../common/problem/app-error';
import { fieldErrorsFromZod } from '../common/problem/problem';

/**
 * Runs Passport's local strategy on a sign-in request. Guards run before pipes, so the body is validated
 * (and the email normalised) here first, with the same field errors the validation pipe would give.
 */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request>();
    const parsed = loginRequestSchema.safeParse(request.body);
    if (!parsed.success) {
      throw new AppError(
        ErrorCode.ValidationFailed,
        'Correct the listed fields and try again.',
        fieldErrorsFromZod(parsed.error, 'body'),
      );
    }
    request.body = parsed.data;
    return (await super.canActivate(context)) as boolean;
  }

  override handleRequest<TUser>(err: unknown, user: TUser | false): TUser {
    if (err instanceof Error) {
      throw err;
    }
    if (!user) {
      throw new AppError(ErrorCode.InvalidCredentials, 'The email address or password is not correct.');
    }
    return user;
  }
}
