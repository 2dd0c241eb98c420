import { Injectable } from '@nestjs/common';
import {
  type CurrentUser,
  DEFAULT_LOCALE,
  ErrorCode,
  localeSchema,
  type ManagedUser,
  ROLES_REQUIRING_TWO_FACTOR,
  type Role,
} from '@thb/shared';
import { AppError } from '../common/problem/app-error';
import { type UserWithOrganisation, UsersRepository } from './users.repository';

export function toCurrentUser(user: UserWithOrganisation): CurrentUser {
  const role = user.role as Role;
  const twoFactorEnabled = user.totpEnabledAt !== null;
  const locale = localeSchema.safeParse(user.locale);
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role,
    locale: locale.success ? locale.data : DEFAULT_LOCALE,
    organisation:
      user.organisationId && user.organisationName ? { id: user.organisationId, name: user.organisationName } : null,
    twoFactorEnabled,
    twoFactorRequired: ROLES_REQUIRING_TWO_FACTOR.includes(role) && !twoFactorEnabled,
  };
}

export function toManagedUser(user: UserWithOrganisation): ManagedUser {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role as Role,
    status: user.status as ManagedUser['status'],
    organisation:
      user.organisationId && user.organisationName ? { id: user.organisationId, name: user.organisationName } : null,
    twoFactorEnabled: user.totpEnabledAt !== null,
    createdAt: user.createdAt.toISOString(),
    lastSignInAt: user.lastSignInAt?.toISOString() ?? null,
  };
}

/** Looking up accounts; the rules for changing them live with the feature that changes them. */
@Injectable()
export class UsersService {
  constructor(private readonly users: UsersRepository) {}

  async get(id: string): Promise<UserWithOrganisation> {
    const user = await this.users.findById(id);
    if (!user) {
      throw new AppError(ErrorCode.NotFound, 'There is no such account.');
    }
    return user;
  }

  async currentUser(id: string): Promise<CurrentUser> {
    return toCurrentUser(await this.get(id));
  }
}
