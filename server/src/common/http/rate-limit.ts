import { type ExecutionContext, SetMetadata } from '@nestjs/common';
import { type Reflector } from '@nestjs/core';
import { type ThrottlerModuleOptions } from '@nestjs/throttler';
import { type AppConfig } from '../../config/app-config';

const SIGN_IN_RATE_LIMITED = 'thb:sign-in-rate-limited';

/** Routes that guess-able secrets go through (sign-in, 2FA, password reset) get the tight per-address limit. */
export const SignInRateLimited = () => SetMetadata(SIGN_IN_RATE_LIMITED, true);

/** Two per-address throttles: a generous one on every route, a tight one on sign-in routes only. */
export function rateLimitOptions(config: AppConfig, reflector: Reflector): ThrottlerModuleOptions {
  const isSignInRoute = (context: ExecutionContext) =>
    reflector.getAllAndOverride<boolean>(SIGN_IN_RATE_LIMITED, [context.getHandler(), context.getClass()]) === true;
  return {
    throttlers: [
      { name: 'default', limit: config.rateLimit.perMinute, ttl: 60_000 },
      {
        name: 'sign-in',
        limit: config.rateLimit.signInPerMinute,
        ttl: 60_000,
        skipIf: (context) => !isSignInRoute(context),
      },
    ],
    errorMessage: 'Too many requests from your address. Wait a minute and try again.',
  };
}
