import { Inject, Injectable } from '@nestjs/common';
import {
  DEFAULT_LOCALE,
  ErrorCode,
  localeSchema,
  ROLES_REQUIRING_TWO_FACTOR,
  type Role,
  type SessionSummary,
} from '@thb/shared';
import { UAParser } from 'ua-parser-js';
import { type AuthenticatedUser } from '../access/authenticated-user';
import { AuditService } from '../audit/audit.service';
import { AppError } from '../common/problem/app-error';
import { type AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { RealtimeEmitter } from '../realtime/realtime-emitter';
import { SessionsRepository } from './sessions.repository';
import { TokensService } from './tokens.service';

export interface ClientInfo {
  userAgent: string | null;
  ipAddress: string | null;
}

export interface IssuedSession {
  sessionId: string;
  userId: string;
  refreshToken: string;
  expiresAt: Date;
}

/** How often a session's "last seen" is written, at most. */
const TOUCH_INTERVAL_MS = 60_000;

export type SessionEndReason =
  | 'sign_out'
  | 'sign_out_everywhere'
  | 'ended_by_user'
  | 'password_changed'
  | 'password_reset'
  | 'account_disabled'
  | 'account_deleted'
  | 'role_changed'
  | 'two_factor_reset'
  | 'refresh_token_reuse';

function describeDevice(userAgent: string | null): string {
  if (!userAgent) {
    return 'Unknown device';
  }
  const { browser, os } = new UAParser(userAgent).getResult();
  const parts = [browser.name, os.name].filter(Boolean);
  return parts.length > 0 ? parts.join(' on ') : 'Unknown device';
}

/**
 * Server-side sessions with rotating refresh tokens. Every authenticated request and socket resolves its
 * session here, so ending a session takes effect on the next request and drops its sockets at once.
 */
@Injectable()
export class SessionsService {
  constructor(
    private readonly sessions: SessionsRepository,
    private readonly tokens: TokensService,
    private readonly realtime: RealtimeEmitter,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async start(userId: string, client: ClientInfo): Promise<IssuedSession> {
    const refreshToken = this.tokens.newOpaqueToken();
    const expiresAt = new Date(Date.now() + this.config.auth.sessionTtlDays * 86_400_000);
    const session = await this.sessions.create({
      userId,
      userAgent: client.userAgent?.slice(0, 512) ?? null,
      ipAddress: client.ipAddress,
      expiresAt,
      tokenHash: this.tokens.hashOpaqueToken(refreshToken),
    });
    return { sessionId: session.id, userId, refreshToken, expiresAt };
  }

  /**
   * Exchanges a refresh token for a new one. A token presented a second time means it was stolen or
   * replayed: the whole session (the token family) is revoked.
   */
  async rotate(refreshToken: string, client: ClientInfo): Promise<IssuedSession> {
    const outcome = await this.sessions.transaction(async (tx) => {
      const consumed = await this.sessions.consumeRefreshToken(this.tokens.hashOpaqueToken(refreshToken), tx);
      if (!consumed) {
        return { kind: 'unknown' as const };
      }
      const session = await this.sessions.findById(consumed.sessionId, tx);
      if (!session) {
        return { kind: 'unknown' as const };
      }
      if (consumed.alreadyUsed) {
        await this.sessions.revoke(session.id, 'refresh_token_reuse', tx);
        return { kind: 'reused' as const, session };
      }
      if (session.revokedAt || session.expiresAt.getTime() <= Date.now()) {
        return { kind: 'ended' as const };
      }
      const next = this.tokens.newOpaqueToken();
      await this.sessions.addRefreshToken(session.id, this.tokens.hashOpaqueToken(next), tx);
      return { kind: 'rotated' as const, session, next };
    });
    switch (outcome.kind) {
      case 'rotated':
        return {
          sessionId: outcome.session.id,
          userId: outcome.session.userId,
          refreshToken: outcome.next,
          expiresAt: outcome.session.expiresAt,
        };
      case 'reused':
        this.realtime.disconnectSessions([outcome.session.id]);
        await this.audit.record({
          action: 'auth.refresh_token_reuse',
          outcome: 'failure',
          actorId: outcome.session.userId,
          targetType: 'session',
          targetId: outcome.session.id,
          ipAddress: client.ipAddress,
          details: { revoked: 'session' },
        });
        throw new AppError(ErrorCode.Unauthenticated, 'This session was ended for your safety. Sign in again.');
      case 'ended':
      case 'unknown':
        throw new AppError(ErrorCode.Unauthenticated, 'Your session has ended. Sign in again.');
    }
  }

  /** The user behind a live session, or null when the session or the account no longer allows access. */
  async resolve(userId: string, sessionId: string): Promise<AuthenticatedUser | null> {
    const row = await this.sessions.findLive(sessionId);
    if (!row || row.user.id !== userId || row.user.status !== 'active') {
      return null;
    }
    if (Date.now() - row.session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      await this.sessions.touch(sessionId);
    }
    const role = row.user.role as Role;
    const twoFactorEnabled = row.user.totpEnabledAt !== null;
    return {
      id: row.user.id,
      sessionId,
      email: row.user.email,
      displayName: row.user.displayName,
      locale: localeSchema.catch(DEFAULT_LOCALE).parse(row.user.locale),
      role,
      organisationId: row.user.organisationId,
      twoFactorEnabled,
      twoFactorPending: ROLES_REQUIRING_TWO_FACTOR.includes(role) && !twoFactorEnabled,
    };
  }

  async list(userId: string, currentSessionId: string | null): Promise<SessionSummary[]> {
    const rows = await this.sessions.listLive(userId);
    return rows.map((s) => ({
      id: s.id,
      device: describeDevice(s.userAgent),
      ipAddress: s.ipAddress,
      createdAt: s.createdAt.toISOString(),
      lastSeenAt: s.lastSeenAt.toISOString(),
      current: s.id === currentSessionId,
    }));
  }

  /** Ends one session of a user (ignored if it is not theirs or already ended). */
  async end(userId: string, sessionId: string, reason: SessionEndReason): Promise<boolean> {
    const session = await this.sessions.findById(sessionId);
    if (!session || session.userId !== userId) {
      return false;
    }
    const revoked = await this.sessions.revoke(sessionId, reason);
    this.realtime.disconnectSessions(revoked);
    return revoked.length > 0;
  }

  /** Ends every session of a user (but `keep`, if given) on the API and on sockets. */
  async endAll(userId: string, reason: SessionEndReason, keep?: string): Promise<number> {
    const revoked = await this.sessions.revokeAllOfUser(userId, reason, keep);
    this.realtime.disconnectSessions(revoked);
    return revoked.length;
  }

  /** Finds the session a refresh token belongs to without using it (for sign-out). */
  async sessionOfRefreshToken(refreshToken: string): Promise<{ id: string; userId: string } | null> {
    return this.sessions.findByRefreshTokenHash(this.tokens.hashOpaqueToken(refreshToken));
  }
}
