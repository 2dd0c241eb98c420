import { Injectable } from '@nestjs/common';
import {
  type ChannelPerson,
  type ChannelReadState,
  type ChannelSummary,
  type createChannelSchema,
  ErrorCode,
  isAllowed,
  type PriorityCode,
  type updateChannelSchema,
} from '@thb/shared';
import { type z } from 'zod';
import { type AuthenticatedUser } from '../access/authenticated-user';
import { AuditService } from '../audit/audit.service';
import { AppError } from '../common/problem/app-error';
import { RealtimeEmitter } from '../realtime/realtime-emitter';
import {
  assertCanModerate,
  assertCanRead,
  canModerate,
  type ChannelAccess,
  channelAccess,
  channelNotFound,
  isOpenChannel,
} from './channel-access';
import { ChannelsRepository, type SummaryRow } from './channels.repository';
import { iso } from '../common/timestamps';

/** Channels, memberships and read markers: everything about a channel but its messages. */
@Injectable()
export class ChannelsService {
  constructor(
    private readonly repo: ChannelsRepository,
    private readonly emitter: RealtimeEmitter,
    private readonly audit: AuditService,
  ) {}

  /** Channel administration goes to the audit log. */
  private auditChannel(
    user: AuthenticatedUser,
    action: string,
    channelId: string,
    details: Record<string, unknown>,
  ): Promise<void> {
    return this.audit.record({
      action,
      outcome: 'success',
      actorId: user.id,
      targetType: 'channel',
      targetId: channelId,
      details,
    });
  }

  ensurePriorityChannels(): Promise<void> {
    return this.repo.ensurePriorityChannels();
  }

  /** What a user may do in a channel; not found when it does not exist. */
  async access(user: AuthenticatedUser, channelId: string): Promise<ChannelAccess> {
    const channel = await this.repo.findChannel(channelId);
    if (!channel) {
      throw channelNotFound();
    }
    return channelAccess(user, channel, await this.repo.findMembership(channelId, user.id));
  }

  /** Rooms a new connection joins: the priority channels (joined on first connect) and the user's others. */
  async channelsToJoinOnConnect(user: AuthenticatedUser): Promise<string[]> {
    await this.repo.joinPriorityChannels(user.id);
    return this.repo.memberChannelIds(user.id);
  }

  async list(user: AuthenticatedUser): Promise<ChannelSummary[]> {
    const rows = await this.repo.summaries(user.id);
    return rows.map((row) => this.toSummary(row));
  }

  async summary(user: AuthenticatedUser, channelId: string): Promise<ChannelSummary> {
    const [row] = await this.repo.summaries(user.id, [channelId]);
    if (!row) {
      throw channelNotFound();
    }
    return this.toSummary(row);
  }

  private toSummary(row: SummaryRow): ChannelSummary {
    const moderator = isAllowed(row.viewer_role, 'channels.moderate');
    const mutedUntil = row.muted_until === null ? null : new Date(row.muted_until);
    const muted = mutedUntil !== null && mutedUntil > new Date();
    const readable = isOpenChannel(row) || row.joined;
    const peer = (typeof row.peer === 'string' ? JSON.parse(row.peer) : row.peer) as ChannelPerson | null;
    return {
      id: row.id,
      kind: row.kind,
      name: row.kind === 'direct' && peer ? peer.displayName : row.name,
      topic: row.topic,
      priorityCode: (row.priority_code as PriorityCode | null) ?? null,
      directPeer: row.kind === 'direct' ? peer : null,
      readOnly: row.read_only,
      retentionDays: row.retention_days,
      joined: row.joined,
      canModerate: moderator && row.kind !== 'direct',
      canPost: readable && (!row.read_only || moderator) && !muted,
      mutedUntil: muted ? iso(mutedUntil) : null,
      lastSeq: Number(row.last_seq),
      lastReadSeq: Number(row.last_read_seq ?? 0),
      unread: Number(row.unread),
      mentions: Number(row.mentions),
      memberCount: Number(row.member_count),
      lastMessageAt: iso(row.last_message_at),
    };
  }

  /** Tells each of these users (every tab) the channel's summary as they see it. */
  async announceTo(userIds: readonly string[], channelId: string): Promise<void> {
    for (const userId of userIds) {
      const [row] = await this.repo.summaries(userId, [channelId]);
      if (row) {
        this.emitter.toUser(userId, 'channel:changed', this.toSummary(row));
      }
    }
  }

  async create(user: AuthenticatedUser, input: z.output<typeof createChannelSchema>): Promise<ChannelSummary> {
    if (!canModerate(user)) {
      throw new AppError(ErrorCode.Forbidden, 'Only moderators and the Coordinator can open channels.');
    }
    const id = await this.repo.transaction(async (tx) => {
      const created = await this.repo.createChannel(
        { kind: input.visibility, name: input.name, topic: input.topic ?? null, createdBy: user.id },
        tx,
      );
      await this.repo.addMembers(created!, [user.id, ...input.memberIds], tx);
      return created!;
    });
    const members = await this.repo.memberIds(id);
    this.emitter.joinChannel(members, id);
    await this.auditChannel(user, 'channel.create', id, {
      name: input.name,
      visibility: input.visibility,
      members: members.length,
    });
    await this.announceTo(
      members.filter((m) => m !== user.id),
      id,
    );
    return this.summary(user, id);
  }

  async update(user: AuthenticatedUser, input: z.output<typeof updateChannelSchema>): Promise<ChannelSummary> {
    const access = await this.access(user, input.channelId);
    assertCanModerate(access);
    if (access.channel.kind === 'direct') {
      throw new AppError(ErrorCode.Forbidden, 'Direct conversations have no settings to change.');
    }
    const { channelId, ...changes } = input;
    await this.repo.updateChannel(channelId, changes);
    await this.auditChannel(user, 'channel.update', channelId, changes);
    await this.announceTo(
      (await this.repo.memberIds(channelId)).filter((m) => m !== user.id),
      channelId,
    );
    return this.summary(user, channelId);
  }

  async join(user: AuthenticatedUser, channelId: string): Promise<ChannelSummary> {
    const access = await this.access(user, channelId);
    if (!isOpenChannel(access.channel) && !access.membership) {
      throw channelNotFound();
    }
    await this.ensureMember(user.id, channelId);
    const summary = await this.summary(user, channelId);
    this.emitter.toUser(user.id, 'channel:changed', summary);
    return summary;
  }

  /** Makes the user a member (joining the room with every socket) if they were not. */
  async ensureMember(userId: string, channelId: string): Promise<void> {
    const added = await this.repo.addMembers(channelId, [userId]);
    if (added.length > 0) {
      this.emitter.joinChannel(added, channelId);
    }
  }

  async leave(user: AuthenticatedUser, channelId: string): Promise<void> {
    const access = await this.access(user, channelId);
    assertCanRead(access);
    if (access.channel.kind === 'direct' || access.channel.kind === 'priority') {
      throw new AppError(ErrorCode.Forbidden, 'You cannot leave a priority channel or a direct conversation.');
    }
    await this.dropMember(user.id, channelId);
  }

  private async dropMember(userId: string, channelId: string): Promise<boolean> {
    const removed = await this.repo.removeMember(channelId, userId);
    this.emitter.leaveChannel([userId], channelId);
    this.emitter.toUser(userId, 'channel:removed', { channelId });
    return removed;
  }

  async invite(user: AuthenticatedUser, channelId: string, userIds: string[]): Promise<ChannelSummary> {
    const access = await this.access(user, channelId);
    assertCanModerate(access);
    if (access.channel.kind === 'direct') {
      throw new AppError(ErrorCode.Forbidden, 'A direct conversation is between two people.');
    }
    const added = await this.repo.addMembers(channelId, userIds);
    this.emitter.joinChannel(added, channelId);
    await this.auditChannel(user, 'channel.member.add', channelId, { userIds: added });
    await this.announceTo(added, channelId);
    return this.summary(user, channelId);
  }

  async removeMember(user: AuthenticatedUser, channelId: string, userId: string): Promise<void> {
    const access = await this.access(user, channelId);
    assertCanModerate(access);
    if (access.channel.kind === 'direct' || access.channel.kind === 'priority') {
      throw new AppError(ErrorCode.Forbidden, 'Members cannot be removed from priority channels; mute them instead.');
    }
    const removed = await this.dropMember(userId, channelId);
    if (!removed) {
      throw new AppError(ErrorCode.NotFound, 'This person is not a member of the channel.');
    }
    await this.auditChannel(user, 'channel.member.remove', channelId, { userId });
  }

  async mute(
    user: AuthenticatedUser,
    channelId: string,
    userId: string,
    minutes: number,
  ): Promise<{ mutedUntil: string | null }> {
    const access = await this.access(user, channelId);
    assertCanModerate(access);
    const target = await this.repo.findMembership(channelId, userId);
    if (!target && !isOpenChannel(access.channel)) {
      throw new AppError(ErrorCode.NotFound, 'This person is not a member of the channel.');
    }
    const until = minutes > 0 ? new Date(Date.now() + minutes * 60_000) : null;
    await this.repo.setMute(channelId, userId, until);
    await this.auditChannel(user, minutes > 0 ? 'channel.member.mute' : 'channel.member.unmute', channelId, {
      userId,
      until: until?.toISOString() ?? null,
    });
    this.emitter.joinChannel([userId], channelId);
    await this.announceTo([userId], channelId);
    return { mutedUntil: iso(until) };
  }

  async members(user: AuthenticatedUser, channelId: string): Promise<ChannelPerson[]> {
    assertCanRead(await this.access(user, channelId));
    const rows = await this.repo.members(channelId);
    return rows.map((r) => ({ id: r.id, displayName: r.display_name, organisationName: r.organisation_name }));
  }

  /** The direct conversation of two members, created on first use; both are its only members. */
  async openDirect(user: AuthenticatedUser, otherId: string): Promise<ChannelSummary> {
    if (otherId === user.id) {
      throw new AppError(ErrorCode.ValidationFailed, 'You cannot start a conversation with yourself.');
    }
    const [active] = await this.repo.activeUserIds([otherId]);
    if (!active) {
      throw new AppError(ErrorCode.NotFound, 'There is no active member with this id.');
    }
    const key = [user.id, otherId].sort().join(':');
    let id = await this.repo.findDirect(key);
    if (!id) {
      id = await this.repo.transaction(async (tx) => {
        const created = await this.repo.createChannel(
          { kind: 'direct', name: 'Direct conversation', topic: null, createdBy: user.id, directKey: key },
          tx,
        );
        if (created) {
          await this.repo.addMembers(created, [user.id, otherId], tx);
        }
        return created;
      });
      // Both opened it at the same moment: the other one's transaction created it.
      id ??= await this.repo.findDirect(key);
      if (!id) {
        throw new AppError(ErrorCode.Conflict, 'The conversation could not be opened; try again.');
      }
      this.emitter.joinChannel([user.id, otherId], id);
      await this.announceTo([otherId], id);
    }
    return this.summary(user, id);
  }

  async markRead(user: AuthenticatedUser, channelId: string, seq: number): Promise<ChannelReadState> {
    const access = await this.access(user, channelId);
    assertCanRead(access);
    if (!access.membership) {
      throw new AppError(ErrorCode.Forbidden, 'Join the channel to keep track of what you have read.');
    }
    await this.repo.markRead(channelId, user.id, seq);
    const state = { channelId, ...(await this.repo.readState(channelId, user.id)) };
    this.emitter.toUser(user.id, 'channel:read-state', state);
    return state;
  }
}
