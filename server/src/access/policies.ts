import { ErrorCode, isAllowed, type Permission } from '@thb/shared';
import { AppError } from '../common/problem/app-error';
import { actorOf, type AuthenticatedUser } from './authenticated-user';

/**
 * Resource-level rules on top of the role table: one place for "may this person act on this thing".
 * Services call these; controllers only declare the role-level permission with @Allow.
 */
export const policies = {
  /** Members edit their own organisation's profile and invite its staff; the Coordinator any organisation. */
  actsForOrganisation(user: AuthenticatedUser, organisationId: string): boolean {
    return user.role === 'coordinator' || user.organisationId === organisationId;
  },
};

/** Self-service that stays possible while a required second factor is not enrolled yet. */
const ALLOWED_WHILE_ENROLLING: ReadonlySet<Permission> = new Set(['public.read', 'auth.session', 'account.self']);

/**
 * The role-level rule, for HTTP routes (access guard) and socket events alike: the role must hold the
 * permission, and a role that requires 2FA is limited to self-service until it is enrolled.
 */
export function assertPermission(user: AuthenticatedUser | null, permission: Permission): void {
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
}

export function assertActsForOrganisation(user: AuthenticatedUser, organisationId: string): void {
  if (!policies.actsForOrganisation(user, organisationId)) {
    throw new AppError(ErrorCode.Forbidden, 'Only members of this organisation and the Coordinator may do this.');
  }
}
