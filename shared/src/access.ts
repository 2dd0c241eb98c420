import { z } from 'zod';

/** Roles of signed-in accounts. A visitor is someone who is not signed in. */
export const ROLES = ['member', 'moderator', 'coordinator'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;
export type Actor = 'visitor' | Role;
export const ACTORS: readonly Actor[] = ['visitor', ...ROLES];

/** Roles that must use two-factor authentication before they can do anything else. */
export const ROLES_REQUIRING_TWO_FACTOR: readonly Role[] = ['moderator', 'coordinator'];

const signedIn: Role[] = ['member', 'moderator', 'coordinator'];
const everyone: Actor[] = ['visitor', ...signedIn];

/**
 * What each role may do: the single table the server's guard, the socket handlers, the client's
 * navigation and the README's access table are all derived from. Anything not listed is denied.
 * Some permissions also depend on the resource (e.g. "own organisation"); the policy functions on the
 * server add that check.
 */
export const PERMISSIONS = {
  'public.read': { roles: everyone, description: 'Read public pages: health, strategy, API docs' },
  'auth.session': { roles: everyone, description: 'Sign in, refresh the session, reset a forgotten password' },
  'membership.apply': { roles: everyone, description: 'Apply for membership on behalf of an organisation' },
  'invitation.accept': { roles: everyone, description: 'Create an account from an invitation link' },
  'account.self': {
    roles: signedIn,
    description: 'See and change own account: profile, password, 2FA, sessions, data export, deletion',
  },
  'partners.search': { roles: signedIn, description: 'Search member organisations and view their profiles' },
  'organisation.edit': {
    roles: signedIn,
    description: 'Edit an organisation profile (own organisation only; the Coordinator: any)',
  },
  'invitation.create': { roles: signedIn, description: 'Invite colleagues of own organisation' },
  'directory.read': {
    roles: everyone,
    description: 'Search the directory of services and contacts, export it (visitors: public fields only)',
  },
  'directory.suggest': { roles: everyone, description: 'Suggest an edit to a directory record' },
  'directory.edit': {
    roles: signedIn,
    description: 'Add and edit services, review suggested edits (own organisation only; the Coordinator: any)',
  },
  'directory.curate': {
    roles: ['coordinator'],
    description: 'Import HSDS data, list records not verified for 12 months',
  },
  'strategy.manage': {
    roles: ['coordinator'],
    description:
      'Track the Strategy’s actions (status, state of play, indicators, links), add strategies, action plans and actions',
  },
  'channels.participate': {
    roles: signedIn,
    description:
      'Read and post in the priority and public channels, private channels one is invited to, direct conversations',
  },
  'channels.moderate': {
    roles: ['moderator', 'coordinator'],
    description: 'Open channels, invite and remove members, mute, hide messages, read-only mode, retention, @channel',
  },
  'announcements.read': {
    roles: signedIn,
    description: 'Read the announcements addressed to one, acknowledge them, comment where allowed',
  },
  'announcements.publish': {
    roles: ['moderator', 'coordinator'],
    description:
      'Write, schedule, edit and withdraw announcements, see their reach (the Coordinator delegates by giving the moderator role)',
  },
  'notifications.self': {
    roles: signedIn,
    description: 'Own notification centre and notification preferences',
  },
  'membership.review': { roles: ['coordinator'], description: 'Review membership applications' },
  'users.manage': { roles: ['coordinator'], description: 'Disable users, change roles, reset 2FA' },
  'audit.read': { roles: ['coordinator'], description: 'Read the audit log' },
} as const satisfies Record<string, { roles: readonly Actor[]; description: string }>;

export type Permission = keyof typeof PERMISSIONS;

export function isAllowed(actor: Actor, permission: Permission): boolean {
  return (PERMISSIONS[permission].roles as readonly Actor[]).includes(actor);
}
