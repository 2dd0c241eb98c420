import { type CanActivate, type ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { ErrorCode, type Permission } from '@thb/shared';
import { type Request } from 'express';
import { AppError } from '../common/problem/app-error';
import { ALLOW_KEY } from './allow.decorator';
import { type AuthenticatedUser } from './authenticated-user';
import { assertPermission } from './policies';

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
    assertPermission(user, permission);
    return true;
  }
}
