import { type Locale, type Role } from '@thb/shared';

/** Who is making a request or holds a socket, resolved from a valid access token and a live session. */
export interface AuthenticatedUser {
  id: string;
  sessionId: string;
  email: string;
  displayName: string;
  locale: Locale;
  role: Role;
  organisationId: string | null;
  twoFactorEnabled: boolean;
  /** The role requires 2FA and it is not enrolled yet: only account self-service is possible. */
  twoFactorPending: boolean;
}

/** The request's actor as the access table names it. */
export function actorOf(user: AuthenticatedUser | null | undefined): 'visitor' | Role {
  return user ? user.role : 'visitor';
}
