import { Injectable } from '@nestjs/common';
import { ErrorCode, type ManagedUser, type Role, type UserUpdateRequest } from '@thb/shared';
import { type AuthenticatedUser } from '../access/authenticated-user';
import { AuditService } from '../audit/audit.service';
import { SessionsService } from '../auth/sessions.service';
import { TwoFactorService } from '../auth/two-factor.service';
import { AppError } from '../common/problem/app-error';
import { UsersRepository } from '../users/users.repository';
import { toManagedUser, UsersService } from '../users/users.service';

/** The Coordinator's user management: roles, disabling accounts, resetting a lost second factor. */
@Injectable()
export class UserAdminService {
  constructor(
    private readonly users: UsersRepository,
    private readonly usersService: UsersService,
    private readonly sessions: SessionsService,
    private readonly twoFactor: TwoFactorService,
    private readonly audit: AuditService,
  ) {}

  async list(filter: { q?: string; role?: Role; status?: 'active' | 'disabled' }): Promise<ManagedUser[]> {
    return (await this.users.list(filter)).map(toManagedUser);
  }

  async update(
    actor: AuthenticatedUser,
    id: string,
    changes: UserUpdateRequest,
    ipAddress: string | null,
  ): Promise<ManagedUser> {
    if (id === actor.id) {
      throw new AppError(ErrorCode.Forbidden, 'You cannot change your own role or status; ask another Coordinator.');
    }
    const target = await this.usersService.get(id);
    const losesCoordinator =
      target.role === 'coordinator' &&
      target.status === 'active' &&
      ((changes.role && changes.role !== 'coordinator') || changes.status === 'disabled');
    if (losesCoordinator && (await this.users.countByRole('coordinator')) <= 1) {
      throw new AppError(ErrorCode.Conflict, 'The platform must keep at least one active Coordinator.');
    }
    await this.users.update(id, {
      ...(changes.role ? { role: changes.role } : {}),
      ...(changes.status ? { status: changes.status } : {}),
    });
    if (changes.status === 'disabled') {
      await this.sessions.endAll(id, 'account_disabled');
    }
    if (changes.role && changes.role !== target.role) {
      await this.audit.record({
        action: 'users.role_change',
        outcome: 'success',
        actorId: actor.id,
        targetType: 'user',
        targetId: id,
        ipAddress,
        details: { from: target.role, to: changes.role },
      });
    }
    if (changes.status && changes.status !== target.status) {
      await this.audit.record({
        action: changes.status === 'disabled' ? 'users.disable' : 'users.enable',
        outcome: 'success',
        actorId: actor.id,
        targetType: 'user',
        targetId: id,
        ipAddress,
      });
    }
    return toManagedUser(await this.usersService.get(id));
  }

  /** For someone who lost their authenticator and recovery codes: they enrol again at next sign-in. */
  async resetTwoFactor(actor: AuthenticatedUser, id: string, ipAddress: string | null): Promise<void> {
    await this.usersService.get(id);
    await this.users.update(id, { totpSecret: null, totpEnabledAt: null, totpLastStep: null });
    await this.twoFactor.clearRecoveryCodes(id);
    await this.sessions.endAll(id, 'two_factor_reset');
    await this.audit.record({
      action: 'users.two_factor_reset',
      outcome: 'success',
      actorId: actor.id,
      targetType: 'user',
      targetId: id,
      ipAddress,
    });
  }
}
