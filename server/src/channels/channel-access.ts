import { ErrorCode, isAllowed } from '@thb/shared';
import { type AuthenticatedUser } from '../access/authenticated-user';
import { AppError } from '../common/problem/app-error';
import { type ChannelRow, type MembershipRow } from './channels.repository';

/**
 * Who may do what in a channel, in one place. Priority and public channels are open to every signed-in
 * member (reading, joining, posting joins); private channels and direct conversations only to their members.
 * Read-only channels take posts from moderators only; a muted member cannot post until the mute ends.
 */
export interface ChannelAccess {
  channel: ChannelRow;
  membership: MembershipRow | null;
  canRead: boolean;
  canModerate: boolean;
  /** Why the viewer may not post now, or null when they may. */
  postBlock: 'read_only' | 'muted' | 'not_member' | null;
}

export function isOpenChannel(channel: Pick<ChannelRow, 'kind'>): boolean {
  return channel.kind === 'priority' || channel.kind === 'public';
}

export function canModerate(user: AuthenticatedUser): boolean {
  return isAllowed(user.role, 'channels.moderate');
}

export function channelAccess(
  user: AuthenticatedUser,
  channel: ChannelRow,
  membership: MembershipRow | null,
  now = new Date(),
): ChannelAccess {
  const moderator = canModerate(user);
  const canRead = isOpenChannel(channel) || membership !== null;
  let postBlock: ChannelAccess['postBlock'] = null;
  if (!canRead) {
    postBlock = 'not_member';
  } else if (channel.read_only && !moderator) {
    postBlock = 'read_only';
  } else if (membership?.muted_until && membership.muted_until > now) {
    postBlock = 'muted';
  }
  return { channel, membership, canRead, canModerate: moderator, postBlock };
}

/** The error for a viewer who may not see the channel: the same as for one that does not exist. */
export function channelNotFound(): AppError {
  return new AppError(ErrorCode.NotFound, 'There is no such channel, or you are not a member of it.');
}

export function assertCanRead(access: ChannelAccess): void {
  if (!access.canRead) {
    throw channelNotFound();
  }
}

export function assertCanPost(access: ChannelAccess): void {
  assertCanRead(access);
  switch (access.postBlock) {
    case 'read_only':
      throw new AppError(ErrorCode.Forbidden, 'This channel is read-only: only moderators can post in it.');
    case 'muted':
      throw new AppError(
        ErrorCode.Forbidden,
        `A moderator has muted you in this channel until ${access.membership?.muted_until?.toISOString()}.`,
      );
    case 'not_member':
    case null:
      break;
  }
}

const MODERATORS_ONLY = 'Only moderators and the Coordinator can do this.';

export function assertCanModerate(access: ChannelAccess): void {
  assertCanRead(access);
  if (!access.canModerate) {
    throw new AppError(ErrorCode.Forbidden, MODERATORS_ONLY);
  }
}

export function assertModeratorRole(user: AuthenticatedUser): void {
  if (!canModerate(user)) {
    throw new AppError(ErrorCode.Forbidden, MODERATORS_ONLY);
  }
}
