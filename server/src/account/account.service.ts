import { Injectable } from '@nestjs/common';
import {
  type CurrentUser,
  ErrorCode,
  type RecoveryCodes,
  ROLES_REQUIRING_TWO_FACTOR,
  type SessionSummary,
  type TwoFactorEnrolment,
  type UpdateProfileRequest,
} from '@thb/shared';
import { type AuthenticatedUser } from '../access/authenticated-user';
import { AuditService } from '../audit/audit.service';
import { PasswordsService } from '../auth/passwords.service';
import { type ClientInfo, SessionsService } from '../auth/sessions.service';
import { TwoFactorService } from '../auth/two-factor.service';
import { AppError } from '../common/problem/app-error';
import { UsersRepository } from '../users/users.repository';
import { UsersService } from '../users/users.service';
import { AccountDataRepository } from './account-data.repository';

/** What a signed-in person can do with their own account. */
@Injectable()
export class AccountService {
  constructor(
    private readonly users: UsersRepository,
    private readonly usersService: UsersService,
    private readonly passwords: PasswordsService,
    private readonly sessions: SessionsService,
    private readonly twoFactor: TwoFactorService,
    private readonly accountData: AccountDataRepository,
    private readonly audit: AuditService,
  ) {}

  get(user: AuthenticatedUser): Promise<CurrentUser> {
    return this.usersService.currentUser(user.id);
  }

  async updateProfile(user: AuthenticatedUser, changes: UpdateProfileRequest): Promise<CurrentUser> {
    const values = {
      ...(changes.displayName !== undefined ? { displayName: changes.displayName } : {}),
      ...(changes.locale !== undefined ? { locale: changes.locale } : {}),
    };
    if (Object.keys(values).length > 0) {
      await this.users.update(user.id, values);
    }
    return this.usersService.currentUser(user.id);
  }

  private async assertPassword(
    user: AuthenticatedUser,
    password: string,
    field: string,
    client: ClientInfo,
    action: string,
  ) {
    const row = await this.usersService.get(user.id);
    if (!(await this.passwords.verify(row.passwordHash, password))) {
      await this.audit.record({
        action,
        outcome: 'failure',
        actorId: user.id,
        ipAddress: client.ipAddress,
        details: { reason: 'wrong_password' },
      });
      throw new AppError(ErrorCode.ValidationFailed, 'Your current password is not correct.', [
        { field, message: 'is not your current password', code: 'wrong_password' },
      ]);
    }
    return row;
  }

  /** Changes the password; every other session of the account ends. */
  async changePassword(
    user: AuthenticatedUser,
    currentPassword: string,
    newPassword: string,
    client: ClientInfo,
  ): Promise<void> {
    await this.assertPassword(user, currentPassword, 'body.currentPassword', client, 'account.password_change');
    const passwordHash = await this.passwords.hashNew(newPassword, 'body.newPassword');
    await this.users.update(user.id, { passwordHash, passwordChangedAt: new Date() });
    const ended = await this.sessions.endAll(user.id, 'password_changed', user.sessionId);
    await this.audit.record({
      action: 'account.password_change',
      outcome: 'success',
      actorId: user.id,
      ipAddress: client.ipAddress,
      details: { otherSessionsEnded: ended },
    });
  }

  listSessions(user: AuthenticatedUser): Promise<SessionSummary[]> {
    return this.sessions.list(user.id, user.sessionId);
  }

  async endSession(user: AuthenticatedUser, sessionId: string, client: ClientInfo): Promise<void> {
    if (!(await this.sessions.end(user.id, sessionId, 'ended_by_user'))) {
      throw new AppError(ErrorCode.NotFound, 'There is no such active session.');
    }
    await this.audit.record({
      action: 'account.session_end',
      outcome: 'success',
      actorId: user.id,
      targetType: 'session',
      targetId: sessionId,
      ipAddress: client.ipAddress,
    });
  }

  async signOutEverywhere(user: AuthenticatedUser, client: ClientInfo): Promise<void> {
    const ended = await this.sessions.endAll(user.id, 'sign_out_everywhere');
    await this.audit.record({
      action: 'auth.sign_out_everywhere',
      outcome: 'success',
      actorId: user.id,
      ipAddress: client.ipAddress,
      details: { sessionsEnded: ended },
    });
  }

  async startTwoFactorEnrolment(user: AuthenticatedUser): Promise<TwoFactorEnrolment> {
    if (user.twoFactorEnabled) {
      throw new AppError(
        ErrorCode.Conflict,
        'Two-factor authentication is already on. Turn it off first to change it.',
      );
    }
    const { sealedSecret, enrolment } = await this.twoFactor.newEnrolment(user.email);
    await this.users.update(user.id, { totpSecret: sealedSecret, totpLastStep: null });
    return enrolment;
  }

  async confirmTwoFactor(user: AuthenticatedUser, code: string, client: ClientInfo): Promise<RecoveryCodes> {
    const row = await this.usersService.get(user.id);
    if (row.totpEnabledAt) {
      throw new AppError(ErrorCode.Conflict, 'Two-factor authentication is already on.');
    }
    if (!row.totpSecret) {
      throw new AppError(ErrorCode.Conflict, 'Start the set-up first: scan the QR code, then enter a code.');
    }
    const step = this.twoFactor.matchCode(row, code);
    if (step === null) {
      await this.audit.record({
        action: 'account.two_factor_enable',
        outcome: 'failure',
        actorId: user.id,
        ipAddress: client.ipAddress,
      });
      throw new AppError(ErrorCode.ValidationFailed, 'The code is not correct.', [
        {
          field: 'body.code',
          message: 'does not match; check the time on your device and try the next code',
          code: 'wrong_code',
        },
      ]);
    }
    await this.users.update(user.id, { totpEnabledAt: new Date(), totpLastStep: step });
    const recoveryCodes = await this.twoFactor.newRecoveryCodes(user.id);
    await this.audit.record({
      action: 'account.two_factor_enable',
      outcome: 'success',
      actorId: user.id,
      ipAddress: client.ipAddress,
    });
    return { recoveryCodes };
  }

  async disableTwoFactor(user: AuthenticatedUser, password: string, code: string, client: ClientInfo): Promise<void> {
    if (ROLES_REQUIRING_TWO_FACTOR.includes(user.role)) {
      throw new AppError(ErrorCode.Forbidden, 'Your role requires two-factor authentication; it cannot be turned off.');
    }
    const row = await this.assertPassword(user, password, 'body.password', client, 'account.two_factor_disable');
    const ok = this.twoFactor.matchCode(row, code) !== null || (await this.twoFactor.useRecoveryCode(user.id, code));
    if (!ok) {
      throw new AppError(ErrorCode.ValidationFailed, 'The code is not correct.', [
        { field: 'body.code', message: 'does not match', code: 'wrong_code' },
      ]);
    }
    await this.users.update(user.id, { totpEnabledAt: null, totpSecret: null, totpLastStep: null });
    await this.twoFactor.clearRecoveryCodes(user.id);
    await this.audit.record({
      action: 'account.two_factor_disable',
      outcome: 'success',
      actorId: user.id,
      ipAddress: client.ipAddress,
    });
  }

  /** Everything the platform holds about the person (GDPR Art. 15 and 20), as JSON. */
  async exportData(user: AuthenticatedUser, client: ClientInfo): Promise<Record<string, unknown>> {
    const data = await this.accountData.collect(user.id);
    await this.audit.record({
      action: 'account.data_export',
      outcome: 'success',
      actorId: user.id,
      ipAddress: client.ipAddress,
    });
    return { exportedAt: new Date().toISOString(), ...data };
  }

  /** Erases the account (GDPR Art. 17). The audit log keeps its entries, without the person's email. */
  async deleteAccount(user: AuthenticatedUser, password: string, client: ClientInfo): Promise<void> {
    await this.assertPassword(user, password, 'body.password', client, 'account.delete');
    if (user.role === 'coordinator' && (await this.users.countByRole('coordinator')) <= 1) {
      throw new AppError(
        ErrorCode.Conflict,
        'You are the only Coordinator: appoint another one before deleting your account.',
      );
    }
    await this.sessions.endAll(user.id, 'account_deleted');
    await this.users.delete(user.id);
    await this.audit.record({
      action: 'account.delete',
      outcome: 'success',
      actorId: user.id,
      targetType: 'user',
      targetId: user.id,
      ipAddress: client.ipAddress,
    });
  }
}
