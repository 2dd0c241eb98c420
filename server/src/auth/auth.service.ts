import { Injectable, Logger } from '@nestjs/common';
import { ErrorCode, type SessionGrant } from '@thb/shared';
import { AuditService } from '../audit/audit.service';
import { AppError } from '../common/problem/app-error';
import { MailService } from '../mail/mail.service';
import { type UserRow, UsersRepository } from '../users/users.repository';
import { UsersService } from '../users/users.service';
import { PasswordResetRepository } from './password-reset.repository';
import { PasswordsService } from './passwords.service';
import { type ClientInfo, type IssuedSession, SessionsService } from './sessions.service';
import { SignInThrottleService } from './sign-in-throttle.service';
import { TokensService } from './tokens.service';
import { TwoFactorService } from './two-factor.service';

const PASSWORD_RESET_TTL_MS = 30 * 60_000;
const WRONG_CREDENTIALS = 'The email address or password is not correct.';

export type SignInOutcome = { kind: 'session'; session: IssuedSession } | { kind: 'challenge'; challengeToken: string };

/** Signing in and out, the second factor at sign-in, refreshing sessions and resetting passwords. */
@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    private readonly users: UsersRepository,
    private readonly usersService: UsersService,
    private readonly passwords: PasswordsService,
    private readonly sessions: SessionsService,
    private readonly tokens: TokensService,
    private readonly twoFactor: TwoFactorService,
    private readonly throttle: SignInThrottleService,
    private readonly resets: PasswordResetRepository,
    private readonly mail: MailService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Checks email and password (Passport's local strategy calls this). The answer is the same whether the
   * account does not exist, is disabled or the password is wrong, and takes the same time.
   */
  async verifyCredentials(email: string, password: string, client: ClientInfo): Promise<UserRow> {
    await this.throttle.assertNotDelayed(email, client.ipAddress);
    const user = await this.users.findByEmail(email);
    const passwordOk = await this.passwords.verify(user?.passwordHash, password);
    if (!user || !passwordOk || user.status !== 'active') {
      const failures = await this.throttle.recordFailure(email, client.ipAddress);
      await this.audit.record({
        action: 'auth.sign_in',
        outcome: 'failure',
        actorId: user?.id ?? null,
        ipAddress: client.ipAddress,
        details: {
          reason: !user ? 'unknown_account' : !passwordOk ? 'wrong_password' : 'account_disabled',
          consecutiveFailures: failures,
        },
      });
      throw new AppError(ErrorCode.InvalidCredentials, WRONG_CREDENTIALS);
    }
    await this.throttle.recordSuccess(email, client.ipAddress);
    return user;
  }

  /** After the password: a session, or a challenge when the account has a second factor. */
  async signIn(user: UserRow, client: ClientInfo): Promise<SignInOutcome> {
    if (user.totpEnabledAt) {
      return { kind: 'challenge', challengeToken: await this.tokens.signTwoFactorChallenge(user.id) };
    }
    return { kind: 'session', session: await this.startSession(user, client, 'password') };
  }

  async completeTwoFactor(challengeToken: string, code: string, client: ClientInfo): Promise<IssuedSession> {
    const userId = await this.tokens.verifyTwoFactorChallenge(challengeToken);
    const user = userId ? await this.users.findById(userId) : null;
    if (!user || user.status !== 'active' || !user.totpEnabledAt) {
      throw new AppError(ErrorCode.Unauthenticated, 'This sign-in attempt has expired. Start again.');
    }
    const throttleKey = `2fa:${user.id}`;
    await this.throttle.assertNotDelayed(throttleKey, client.ipAddress);
    const step = this.twoFactor.matchCode(user, code);
    const ok = step !== null || (code.includes('-') && (await this.twoFactor.useRecoveryCode(user.id, code)));
    if (!ok) {
      await this.throttle.recordFailure(throttleKey, client.ipAddress);
      await this.audit.record({
        action: 'auth.two_factor',
        outcome: 'failure',
        actorId: user.id,
        ipAddress: client.ipAddress,
      });
      throw new AppError(ErrorCode.InvalidCredentials, 'The code is not correct, or was already used.');
    }
    await this.throttle.recordSuccess(throttleKey, client.ipAddress);
    if (step !== null) {
      await this.users.update(user.id, { totpLastStep: step });
    }
    return this.startSession(user, client, step !== null ? 'totp' : 'recovery_code');
  }

  private async startSession(user: UserRow, client: ClientInfo, method: string): Promise<IssuedSession> {
    const session = await this.sessions.start(user.id, client);
    await this.users.update(user.id, { lastSignInAt: new Date() });
    await this.audit.record({
      action: 'auth.sign_in',
      outcome: 'success',
      actorId: user.id,
      targetType: 'session',
      targetId: session.sessionId,
      ipAddress: client.ipAddress,
      details: { method },
    });
    return session;
  }

  /** The answer to a successful sign-in or refresh: a fresh access token and who the user is. */
  async grant(session: IssuedSession): Promise<SessionGrant> {
    const access = await this.tokens.signAccessToken({ sub: session.userId, sid: session.sessionId });
    return {
      status: 'signed_in',
      accessToken: access.token,
      expiresAt: access.expiresAt.toISOString(),
      user: await this.usersService.currentUser(session.userId),
    };
  }

  async refresh(refreshToken: string, client: ClientInfo): Promise<IssuedSession> {
    const session = await this.sessions.rotate(refreshToken, client);
    const user = await this.users.findById(session.userId);
    if (!user || user.status !== 'active') {
      await this.sessions.end(session.userId, session.sessionId, 'account_disabled');
      throw new AppError(ErrorCode.Unauthenticated, 'Your session has ended. Sign in again.');
    }
    return session;
  }

  /** Ends the session of this browser: the one of the refresh cookie, or of the access token. */
  async signOut(
    refreshToken: string | undefined,
    sessionFromToken: { userId: string; sessionId: string } | null,
    client: ClientInfo,
  ): Promise<void> {
    const session = refreshToken ? await this.sessions.sessionOfRefreshToken(refreshToken) : null;
    const target = session ? { userId: session.userId, sessionId: session.id } : sessionFromToken;
    if (!target) {
      return;
    }
    if (await this.sessions.end(target.userId, target.sessionId, 'sign_out')) {
      await this.audit.record({
        action: 'auth.sign_out',
        outcome: 'success',
        actorId: target.userId,
        targetType: 'session',
        targetId: target.sessionId,
        ipAddress: client.ipAddress,
      });
    }
  }

  /** Sends a reset link if the account exists; answers the same either way. */
  async requestPasswordReset(email: string, client: ClientInfo): Promise<void> {
    const user = await this.users.findByEmail(email);
    await this.audit.record({
      action: 'auth.password_reset_requested',
      outcome: user && user.status === 'active' ? 'success' : 'failure',
      actorId: user?.id ?? null,
      ipAddress: client.ipAddress,
    });
    if (!user || user.status !== 'active') {
      return;
    }
    const token = this.tokens.newOpaqueToken();
    await this.resets.create(user.id, this.tokens.hashOpaqueToken(token), new Date(Date.now() + PASSWORD_RESET_TTL_MS));
    const link = this.mail.link(`/reset-password?token=${encodeURIComponent(token)}`);
    // Not awaited: the answer must take as long, and succeed as surely, as for an address without an account.
    this.mail
      .send({
        to: user.email,
        subject: 'Reset your THB Platform password',
        text: [
          `Hello ${user.displayName},`,
          '',
          'Someone (hopefully you) asked to reset the password of your THB Platform account.',
          `Choose a new password here within 30 minutes:`,
          '',
          link,
          '',
          'The link works once. If you did not ask for it, ignore this message: your password stays as it is.',
        ].join('\n'),
      })
      .catch((err: unknown) => this.logger.error({ err }, 'could not send a password reset mail'));
  }

  async confirmPasswordReset(token: string, newPassword: string, client: ClientInfo): Promise<void> {
    // Before the link is used up: a refused password must not cost the person their link.
    this.passwords.assertNotCommon(newPassword, 'body.newPassword');
    const userId = await this.resets.consume(this.tokens.hashOpaqueToken(token));
    if (!userId) {
      throw new AppError(ErrorCode.InvalidLink, 'This reset link has expired or was already used. Ask for a new one.');
    }
    const passwordHash = await this.passwords.hashNew(newPassword, 'body.newPassword');
    await this.users.update(userId, { passwordHash, passwordChangedAt: new Date() });
    await this.resets.invalidateAll(userId);
    const ended = await this.sessions.endAll(userId, 'password_reset');
    await this.audit.record({
      action: 'auth.password_reset',
      outcome: 'success',
      actorId: userId,
      ipAddress: client.ipAddress,
      details: { sessionsEnded: ended },
    });
  }
}
