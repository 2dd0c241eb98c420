import { createHmac, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { type AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';

export const ACCESS_TOKEN_AUDIENCE = 'thb-platform:api';
export const TWO_FACTOR_CHALLENGE_AUDIENCE = 'thb-platform:two-factor';
/** Only HMAC-SHA256 is accepted: a token announcing `none` or another algorithm is rejected. */
export const JWT_ALGORITHMS = ['HS256'] as const;
const TWO_FACTOR_CHALLENGE_TTL_S = 300;

export interface AccessTokenPayload {
  sub: string;
  sid: string;
}

export function jwtIssuer(config: AppConfig): string {
  return config.publicUrl ?? 'thb-platform';
}

/** Signs and checks the platform's tokens: JWT access tokens and opaque tokens stored as keyed hashes. */
@Injectable()
export class TokensService {
  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async signAccessToken(payload: AccessTokenPayload): Promise<{ token: string; expiresAt: Date }> {
    const ttl = this.config.auth.accessTokenTtlS;
    const token = await this.jwt.signAsync(
      { sid: payload.sid },
      {
        subject: payload.sub,
        audience: ACCESS_TOKEN_AUDIENCE,
        issuer: jwtIssuer(this.config),
        expiresIn: ttl,
        algorithm: 'HS256',
        secret: this.config.jwt.accessSecret,
      },
    );
    return { token, expiresAt: new Date(Date.now() + ttl * 1000) };
  }

  /** Checks signature, algorithm, audience, issuer and expiry; throws when any is wrong. */
  async verifyAccessToken(token: string): Promise<AccessTokenPayload> {
    const payload = await this.jwt.verifyAsync<{ sub: string; sid: string }>(token, {
      audience: ACCESS_TOKEN_AUDIENCE,
      issuer: jwtIssuer(this.config),
      algorithms: [...JWT_ALGORITHMS],
      secret: this.config.jwt.accessSecret,
    });
    return { sub: payload.sub, sid: payload.sid };
  }

  signTwoFactorChallenge(userId: string): Promise<string> {
    return this.jwt.signAsync(
      {},
      {
        subject: userId,
        audience: TWO_FACTOR_CHALLENGE_AUDIENCE,
        issuer: jwtIssuer(this.config),
        expiresIn: TWO_FACTOR_CHALLENGE_TTL_S,
        algorithm: 'HS256',
        secret: this.config.jwt.refreshSecret,
      },
    );
  }

  async verifyTwoFactorChallenge(token: string): Promise<string | null> {
    try {
      const payload = await this.jwt.verifyAsync<{ sub: string }>(token, {
        audience: TWO_FACTOR_CHALLENGE_AUDIENCE,
        issuer: jwtIssuer(this.config),
        algorithms: [...JWT_ALGORITHMS],
        secret: this.config.jwt.refreshSecret,
      });
      return payload.sub;
    } catch {
      return null;
    }
  }

  /** A new opaque token (refresh token, reset or invitation link): 256 random bits. */
  newOpaqueToken(): string {
    return randomBytes(32).toString('base64url');
  }

  /** The stored form of an opaque token: HMAC-SHA256 keyed with the refresh secret, so a leaked table is useless. */
  hashOpaqueToken(token: string): string {
    return createHmac('sha256', this.config.jwt.refreshSecret).update(token).digest('base64url');
  }
}
