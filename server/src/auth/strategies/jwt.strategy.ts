import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { type AuthenticatedUser } from '../../access/authenticated-user';
import { type AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { SessionsService } from '../sessions.service';
import { ACCESS_TOKEN_AUDIENCE, JWT_ALGORITHMS, jwtIssuer } from '../tokens.service';

/**
 * Bearer access tokens: HS256 only, audience, issuer and expiry checked by passport-jwt; then the session
 * must still be live and the account active, so that revocation takes effect on the very next request.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly sessions: SessionsService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.jwt.accessSecret,
      algorithms: [...JWT_ALGORITHMS],
      audience: ACCESS_TOKEN_AUDIENCE,
      issuer: jwtIssuer(config),
      ignoreExpiration: false,
    });
  }

  async validate(payload: { sub?: unknown; sid?: unknown }): Promise<AuthenticatedUser | false> {
    if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string') {
      return false;
    }
    return (await this.sessions.resolve(payload.sub, payload.sid)) ?? false;
  }
}
