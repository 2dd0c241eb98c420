import { type CanActivate, type ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { ErrorCode, isAllowed, type Permission } from '@thb/shared';
import { type Request } from 'express';
import { AppError } from '../common/problem/app-error';
import { ALLOW_KEY } from './allow.decorator';
import { actorOf, type AuthenticatedUser } from './authenticated-user';

/** Passport's JWT strategy, answering with the platform's problem JSON when the token is not accepted. */
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  override handleRequest<TUser>(err: unknown, user: TUser | false): TUser {
    if (err || !user) {
      throw new AppError(ErrorCode.Unauthenticated, 'Your session has ended. Sign in again.');
    }
    return user;
  }
}

/** Self-service that stays possible while a required second factor is not enrolled yet. */
export const ALLOWED_WHILE_ENROLLING: ReadonlySet<Permission> = new Set([
  'public.read',
  'auth.session',
  'account.self',
]);

/**
 * The one authorisation gate of the HTTP API, applied to every route: deny by default, authenticate the
 * bearer token with Passport when one is sent, then check the route's permission against the access table.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtAuthGuard,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') {
      return true; // sockets are authorised per event by their gateways
    }
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(ALLOW_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    const request = context.switchToHttp().getRequest<Request>();
    if (!permission) {
      this.logger.error(`route ${request.method} ${request.path} has no access rule; denied`);
      throw new AppError(ErrorCode.Forbidden, 'This route is not open to anyone.');
    }
    if (request.headers.authorization) {
      await this.jwt.canActivate(context);
    }
    const user = (request.user as AuthenticatedUser | undefined) ?? null;
    if (!isAllowed(actorOf(user), permission)) {
      throw user
        ? new AppError(ErrorCode.Forbidden, 'Your role does not allow this.')
        : new AppError(ErrorCode.Unauthenticated, 'Sign in to continue.');
    }
    if (user?.twoFactorPending && !ALLOWED_WHILE_ENROLLING.has(permission)) {
      throw new AppError(
        ErrorCode.TwoFactorEnrolmentRequired,
        'Your role requires two-factor authentication. Set it up in My account to continue.',
      );
    }
    return true;
  }
}
