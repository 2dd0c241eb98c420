import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ErrorCode } from '@thb/shared';
import { type Request } from 'express';
import { AppError } from '../common/problem/app-error';
import { type AuthenticatedUser } from './authenticated-user';

/** The signed-in user of a route that requires one. */
export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthenticatedUser => {
  const user = ctx.switchToHttp().getRequest<Request>().user as AuthenticatedUser | undefined;
  if (!user) {
    throw new AppError(ErrorCode.Unauthenticated, 'Sign in to continue.');
  }
  return user;
});

/** The signed-in user, or null for a visitor (on routes open to both). */
export const OptionalUser = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): AuthenticatedUser | null =>
    (ctx.switchToHttp().getRequest<Request>().user as AuthenticatedUser | undefined) ?? null,
);
