import { Injectable, Logger } from '@nestjs/common';
import {
  CHANNEL_MENTION,
  type ChannelEvent,
  type ChannelEventType,
  type ChannelMessage,
  ErrorCode,
  type HistoryPage,
  MENTION_PATTERN,
  MESSAGE_MAX_REACTIONS,
  type MessageEdit,
  type MessageReport,
  type SearchHit,
  type SyncPage,
  type ThreadPage,
} from '@thb/shared';
import { sql, type SQL } from 'drizzle-orm';
import { type AuthenticatedUser } from '../access/authenticated-user';
import { AuditService } from '../audit/audit.service';
import { AppError } from '../common/problem/app-error';
import { type DatabaseExecutor } from '../db/database';
import { excerpt, NotificationsService } from '../notifications/notifications.service';
import { RealtimeEmitter } from '../realtime/realtime-emitter';
import {
  assertCanModerate,
  assertCanPost,
  assertCanRead,
  assertModeratorRole,
  type ChannelAccess,
  isOpenChannel,
} from './channel-access';
import { ChannelsRepository } from './channels.repository';
import { ChannelsService } from './channels.service';
import { ChatLimits } from './chat-limits';
import { iso } from '../common/timestamps';
import { type MessageRow, toChannelMessage } from './message-view';

/** What a send carries once validated by the shared schema. */
export interface SendInput {
  channelId: string;
  clientId: string;
  body: string;
  threadRootId?: string;
  sharedServiceId?: string;
}

const UNIQUE_VIOLATION = '23505';

function isUniqueViolation(err: unknown): boolean {
  for (let e: unknown = err; e; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === UNIQUE_VIOLATION) {
      return true;
    }
  }
  return false;
}

/** The shape everyone in the room receives: moderator-only parts are never broadcast. */
const BROADCAST_VIEW = { canModerate: false };

/**
 * Messages: sending (acknowledged only after commit, idempotent on the client id), edits, deletions,
 * reactions, pins, moderation, history, catch-up and search. Every change takes the channel's next sequence
 * in the transaction that makes it, and is broadcast to the channel's room only after it is committed.
 */
@Injectable()
export class MessagesService {
  private readonly logger = new Logger('Channels');

  constructor(
    private readonly repo: ChannelsRepository,
    private readonly channels: ChannelsService,
    private readonly limits: ChatLimits,
    private readonly emitter: RealtimeEmitter,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  /** Moderation of messages goes to the audit log. */
  private auditMessage(
    user: AuthenticatedUser,
    action: string,
    messageId: string,
    details: Record<string, unknown>,
  ): Promise<void> {
    return this.audit.record({
      action,
      outcome: 'success',
      actorId: user.id,
      targetType: 'message',
      targetId: messageId,
      details,
    });
  }

  // ---- writing -------------------------------------------------------------------------------------------

  async send(user: AuthenticatedUser, input: SendInput): Promise<ChannelMessage> {
    // A retry of a message already stored returns it (and broadcasts it again, in case the process died
    // between commit and broadcast): before any limit, so retries never fail where the first try succeeded.
    const existing = await this.repo.findByClientId(user.id, input.clientId);
    if (existing) {
      return this.replay(existing.id, existing.channel_id, input.channelId);
    }
    const access = await this.channels.access(user, input.channelId);
    assertCanPost(access);
    const mentions = await this.mentionsIn(input.body, access);
    const mentionsChannel = new RegExp(`(^|\\W)${CHANNEL_MENTION}\\b`).test(input.body);
    if (mentionsChannel && !access.canModerate) {
      throw new AppError(ErrorCode.Forbidden, 'Only moderators can notify the whole channel with @channel.');
    }
    if (input.threadRootId) {
      const root = await this.repo.findMessageState(input.threadRootId);
      if (!root || root.channel_id !== input.channelId || root.deleted_at || root.hidden_at) {
        throw new AppError(ErrorCode.NotFound, 'The message you are replying to does not exist any more.');
      }
      if (root.thread_root_id) {
        throw new AppError(ErrorCode.ValidationFailed, 'Reply to the first message of the thread.');
      }
    }
    if (input.sharedServiceId && !(await this.repo.serviceExists(input.sharedServiceId))) {
      throw new AppError(ErrorCode.NotFound, 'The directory service you are sharing does not exist.');
    }
    await this.limits.consumeWrite(user.id);
    if (isOpenChannel(access.channel) && !access.membership) {
      await this.channels.ensureMember(user.id, input.channelId);
    }

    let event: ChannelEvent;
    try {
      event = await this.repo.transaction(async (tx) => {
        const seq = await this.repo.nextSeq(tx, input.channelId, true);
        const messageId = await this.repo.insertMessage(tx, seq, {
          channelId: input.channelId,
          authorId: user.id,
          clientId: input.clientId,
          body: input.body,
          threadRootId: input.threadRootId ?? null,
          mentions,
          mentionsChannel,
          sharedServiceId: input.sharedServiceId ?? null,
        });
        if (input.threadRootId) {
          await this.repo.touchThreadRoot(tx, input.threadRootId, seq, 1);
        }
        return this.eventIn(tx, 'message.created', messageId, input.threadRootId ?? null);
      });
    } catch (err) {
      if (isUniqueViolation(err)) {
        // The same message sent twice at once (two tabs, a retry racing the first try): the other one won.
        const winner = await this.repo.findByClientId(user.id, input.clientId);
        if (winner) {
          return this.replay(winner.id, winner.channel_id, input.channelId);
        }
      }
      this.logger.warn({ err }, 'a message could not be stored');
      throw new AppError(ErrorCode.ServiceUnavailable, 'The message was not saved. It will be sent again.');
    }
    const message = this.publish(event);
    await this.notifyMentionsAndReplies(user, access, message, mentionsChannel);
    return message;
  }

  /**
   * The notification centre hears of mentions (`<@id>`, and `@channel` for every member) and of replies in
   * a thread one started or replied to; someone mentioned in a reply gets the mention only.
   */
  private async notifyMentionsAndReplies(
    author: AuthenticatedUser,
    access: ChannelAccess,
    message: ChannelMessage,
    mentionsChannel: boolean,
  ): Promise<void> {
    const channelName = access.channel.kind === 'direct' ? 'a direct conversation' : access.channel.name;
    const link = `/channels/${message.channelId}${message.threadRootId ? `?thread=${message.threadRootId}` : ''}`;
    const body = excerpt(message.body ?? '');
    const mentioned = new Set(
      mentionsChannel ? await this.repo.memberIds(message.channelId) : message.mentions.map((m) => m.id),
    );
    mentioned.delete(author.id);
    await this.notifications.notify([...mentioned], {
      type: 'mention',
      title: `${author.displayName} mentioned you in ${channelName}`,
      body,
      link,
    });
    if (message.threadRootId) {
      const participants = (await this.repo.threadParticipants(message.threadRootId)).filter(
        (id) => id !== author.id && !mentioned.has(id),
      );
      await this.notifications.notify(participants, {
        type: 'reply',
        title: `${author.displayName} replied in a thread in ${channelName}`,
        body,
        link,
      });
    }
  }

  private async replay(id: string, storedChannelId: string, requestedChannelId: string): Promise<ChannelMessage> {
    if (storedChannelId !== requestedChannelId) {
      throw new AppError(ErrorCode.Conflict, 'This message id was already used for another message.');
    }
    const row = await this.repo.message(id);
    return this.broadcast('message.created', id, row?.thread_root_id ?? null);
  }

  /** Members mentioned with `<@id>` who can read the channel; other ids stay plain text. */
  private async mentionsIn(body: string, access: ChannelAccess): Promise<string[]> {
    const ids = [...new Set([...body.matchAll(MENTION_PATTERN)].map((m) => m[1]!))].slice(0, 50);
    if (ids.length === 0) {
      return [];
    }
    if (isOpenChannel(access.channel)) {
      return this.repo.activeUserIds(ids);
    }
    const members = new Set(await this.repo.memberIds(access.channel.id));
    return ids.filter((id) => members.has(id));
  }

  /**
   * The event of a change, read in the change's own transaction: the message (and thread root) exactly as of
   * the change's sequence, whatever commits next. Published once the transaction has committed, and right away:
   * changes of one channel commit in sequence order (the channel row's lock), so this process also broadcasts
   * them in that order. (A read after the commit could see a later change of the same message, or finish after
   * the next change's broadcast: both would send every member of the channel to `channel:sync` at once.)
   */
  private async eventIn(
    tx: DatabaseExecutor | undefined,
    type: ChannelEventType,
    id: string,
    rootId: string | null,
  ): Promise<ChannelEvent> {
    const row = await this.repo.message(id, tx);
    if (!row) {
      throw new AppError(ErrorCode.NotFound, 'This message does not exist any more.');
    }
    const rootRow = rootId ? await this.repo.message(rootId, tx) : null;
    const message = toChannelMessage(row, BROADCAST_VIEW);
    return {
      channelId: row.channel_id,
      seq: message.updatedSeq,
      type,
      message,
      root: rootRow ? toChannelMessage(rootRow, BROADCAST_VIEW) : null,
    };
  }

  /** Broadcasts a committed change to the channel's room. */
  private publish(event: ChannelEvent): ChannelMessage {
    this.emitter.toChannel(event.channelId, 'channel:event', event);
    return event.message;
  }

  /** Reads the committed message (and thread root) and broadcasts it again (a retried send). */
  private async broadcast(type: ChannelEventType, id: string, rootId: string | null): Promise<ChannelMessage> {
    return this.publish(await this.eventIn(undefined, type, id, rootId));
  }

  /** Loads a message the user may act on, with the channel access. */
  private async target(user: AuthenticatedUser, messageId: string) {
    const state = await this.repo.findMessageState(messageId);
    if (!state) {
      throw new AppError(ErrorCode.NotFound, 'This message does not exist any more.');
    }
    const access = await this.channels.access(user, state.channel_id);
    assertCanRead(access);
    return { state, access };
  }

  /** Runs one change of a message under the channel's next sequence; resolves with its event, to publish. */
  private change(
    channelId: string,
    event: { type: ChannelEventType; messageId: string; rootId: string | null },
    work: (tx: DatabaseExecutor, seq: number) => Promise<void>,
  ): Promise<ChannelEvent> {
    return this.repo.transaction(async (tx) => {
      await work(tx, await this.repo.nextSeq(tx, channelId, false));
      return this.eventIn(tx, event.type, event.messageId, event.rootId);
    });
  }

  async edit(user: AuthenticatedUser, messageId: string, body: string): Promise<ChannelMessage> {
    const { state, access } = await this.target(user, messageId);
    if (state.author_id !== user.id) {
      throw new AppError(ErrorCode.Forbidden, 'You can only edit your own messages.');
    }
    if (state.deleted_at || state.hidden_at) {
      throw new AppError(ErrorCode.Conflict, 'This message was deleted or hidden and cannot be edited.');
    }
    assertCanPost(access);
    if (body === state.body) {
      return toChannelMessage((await this.repo.message(messageId))!, BROADCAST_VIEW);
    }
    const mentions = await this.mentionsIn(body, access);
    await this.limits.consumeWrite(user.id);
    const edited = await this.change(
      state.channel_id,
      { type: 'message.edited', messageId, rootId: null },
      async (tx, seq) => {
        await this.repo.saveEdit(tx, messageId, state.body ?? '');
        await this.repo.updateMessage(
          tx,
          messageId,
          seq,
          sql`body = ${body}, edited_at = now(), mentions = ${`{${mentions.join(',')}}`}::uuid[]`,
        );
      },
    );
    return this.publish(edited);
  }

  async remove(user: AuthenticatedUser, messageId: string): Promise<ChannelMessage> {
    const { state, access } = await this.target(user, messageId);
    const own = state.author_id === user.id;
    if (!own && !access.canModerate) {
      throw new AppError(ErrorCode.Forbidden, 'You can only delete your own messages.');
    }
    if (state.deleted_at) {
      return toChannelMessage((await this.repo.message(messageId))!, BROADCAST_VIEW);
    }
    const deleted = await this.change(
      state.channel_id,
      { type: 'message.deleted', messageId, rootId: state.thread_root_id },
      async (tx, seq) => {
        // The text is gone for good: no body, no earlier versions, no reactions.
        await this.repo.deleteEdits(tx, messageId);
        await this.repo.updateMessage(tx, messageId, seq, sql`body = NULL, deleted_at = now(), pinned_at = NULL`);
        await tx.execute(sql`DELETE FROM message_reactions WHERE message_id = ${messageId}`);
        if (state.thread_root_id) {
          await this.repo.touchThreadRoot(tx, state.thread_root_id, seq, -1);
        }
      },
    );
    if (!own) {
      await this.auditMessage(user, 'channel.message.delete', messageId, {
        channelId: state.channel_id,
        authorId: state.author_id,
      });
    }
    return this.publish(deleted);
  }

  async hide(user: AuthenticatedUser, messageId: string, hidden: boolean): Promise<ChannelMessage> {
    const { state, access } = await this.target(user, messageId);
    assertCanModerate(access);
    if (state.deleted_at) {
      throw new AppError(ErrorCode.Conflict, 'This message was deleted.');
    }
    if ((state.hidden_at !== null) !== hidden) {
      const event = await this.change(
        state.channel_id,
        { type: hidden ? 'message.hidden' : 'message.restored', messageId, rootId: null },
        (tx, seq) =>
          this.repo.updateMessage(
            tx,
            messageId,
            seq,
            hidden ? sql`hidden_at = now(), hidden_by = ${user.id}` : sql`hidden_at = NULL, hidden_by = NULL`,
          ),
      );
      await this.auditMessage(user, hidden ? 'channel.message.hide' : 'channel.message.restore', messageId, {
        channelId: state.channel_id,
        authorId: state.author_id,
      });
      this.publish(event);
    }
    return toChannelMessage((await this.repo.message(messageId))!, { canModerate: true });
  }

  async react(user: AuthenticatedUser, messageId: string, emoji: string, on: boolean): Promise<ChannelMessage> {
    const { state, access } = await this.target(user, messageId);
    assertCanPost(access);
    if (state.deleted_at || state.hidden_at) {
      throw new AppError(ErrorCode.Conflict, 'This message was deleted or hidden.');
    }
    await this.limits.consumeWrite(user.id);
    const event = await this.repo
      .transaction(async (tx): Promise<ChannelEvent | null> => {
        // The sequence is taken first: its row lock serialises reactions on the channel, so the cap holds.
        const seq = await this.repo.nextSeq(tx, state.channel_id, false);
        if (on) {
          const present = await this.repo.distinctEmoji(tx, messageId);
          if (!present.includes(emoji) && present.length >= MESSAGE_MAX_REACTIONS) {
            throw new AppError(
              ErrorCode.Conflict,
              `A message can have at most ${MESSAGE_MAX_REACTIONS} different reactions. Add one of those instead.`,
            );
          }
        }
        if (!(await this.repo.setReaction(tx, messageId, user.id, emoji, on))) {
          // Nothing to record: give the sequence number back by rolling back.
          throw new NoChange();
        }
        await this.repo.updateMessage(tx, messageId, seq);
        return this.eventIn(tx, 'reaction.changed', messageId, null);
      })
      .catch((err: unknown) => {
        if (!(err instanceof NoChange)) {
          throw err;
        }
        return null;
      });
    if (!event) {
      return toChannelMessage((await this.repo.message(messageId))!, BROADCAST_VIEW);
    }
    return this.publish(event);
  }

  async pin(user: AuthenticatedUser, messageId: string, pinned: boolean): Promise<ChannelMessage> {
    const { state, access } = await this.target(user, messageId);
    assertCanPost(access);
    if (state.deleted_at || state.hidden_at) {
      throw new AppError(ErrorCode.Conflict, 'This message was deleted or hidden.');
    }
    if ((state.pinned_at !== null) === pinned) {
      return toChannelMessage((await this.repo.message(messageId))!, BROADCAST_VIEW);
    }
    const event = await this.change(
      state.channel_id,
      { type: pinned ? 'message.pinned' : 'message.unpinned', messageId, rootId: null },
      (tx, seq) =>
        this.repo.updateMessage(
          tx,
          messageId,
          seq,
          pinned ? sql`pinned_at = now(), pinned_by = ${user.id}` : sql`pinned_at = NULL, pinned_by = NULL`,
        ),
    );
    return this.publish(event);
  }

  // ---- reading -------------------------------------------------------------------------------------------

  private view(access: ChannelAccess) {
    return (row: MessageRow) => toChannelMessage(row, access);
  }

  async history(
    user: AuthenticatedUser,
    input: { channelId: string; beforeSeq?: number; limit: number },
  ): Promise<HistoryPage> {
    const access = await this.channels.access(user, input.channelId);
    assertCanRead(access);
    // The channel's sequence is read first: every change up to it is committed, so none can be missing.
    const lastSeq = access.channel.last_seq;
    const conditions: SQL[] = [
      sql`m.channel_id = ${input.channelId}`,
      sql`m.thread_root_id IS NULL`,
      sql`m.seq <= ${lastSeq}`,
    ];
    if (input.beforeSeq !== undefined) {
      conditions.push(sql`m.seq < ${input.beforeSeq}`);
    }
    const rows = await this.repo.messages(sql.join(conditions, sql` AND `), sql`m.seq DESC`, input.limit + 1);
    return {
      messages: rows.slice(0, input.limit).reverse().map(this.view(access)),
      lastSeq,
      hasMore: rows.length > input.limit,
    };
  }

  async sync(
    user: AuthenticatedUser,
    input: { channelId: string; afterSeq: number; limit: number },
  ): Promise<SyncPage> {
    const access = await this.channels.access(user, input.channelId);
    assertCanRead(access);
    const lastSeq = access.channel.last_seq;
    const base = sql`m.channel_id = ${input.channelId} AND m.updated_seq > ${input.afterSeq} AND m.updated_seq <= ${lastSeq}`;
    const rows = await this.repo.messages(base, sql`m.updated_seq, m.seq`, input.limit + 1);
    if (rows.length <= input.limit) {
      return { messages: rows.map(this.view(access)), lastSeq, hasMore: false };
    }
    // A reply and its thread root share the sequence of the reply: never cut a page between them.
    const boundary = Number(rows[input.limit]!.updated_seq);
    let page = rows.slice(0, input.limit).filter((r) => Number(r.updated_seq) < boundary);
    if (page.length === 0) {
      page = await this.repo.messages(
        sql`m.channel_id = ${input.channelId} AND m.updated_seq = ${boundary}`,
        sql`m.seq`,
      );
    }
    return {
      messages: page.map(this.view(access)),
      lastSeq: Number(page.at(-1)!.updated_seq),
      hasMore: true,
    };
  }

  async thread(user: AuthenticatedUser, messageId: string): Promise<ThreadPage> {
    const { state, access } = await this.target(user, messageId);
    const rootId = state.thread_root_id ?? state.id;
    const rows = await this.repo.messages(sql`(m.id = ${rootId} OR m.thread_root_id = ${rootId})`, sql`m.seq`);
    const view = this.view(access);
    const root = rows.find((r) => r.id === rootId)!;
    return { root: view(root), replies: rows.filter((r) => r.id !== rootId).map(view) };
  }

  async pins(user: AuthenticatedUser, channelId: string): Promise<ChannelMessage[]> {
    const access = await this.channels.access(user, channelId);
    assertCanRead(access);
    const rows = await this.repo.messages(
      sql`m.channel_id = ${channelId} AND m.pinned_at IS NOT NULL AND m.deleted_at IS NULL AND m.hidden_at IS NULL`,
      sql`m.pinned_at DESC`,
      100,
    );
    return rows.map(this.view(access));
  }

  async editHistory(user: AuthenticatedUser, messageId: string): Promise<MessageEdit[]> {
    const { state } = await this.target(user, messageId);
    if (state.deleted_at || state.hidden_at) {
      return [];
    }
    const edits = await this.repo.edits(messageId);
    return edits.map((e) => ({ body: e.body, editedAt: iso(e.edited_at)! }));
  }

  async search(user: AuthenticatedUser, input: { q: string; channelId?: string; limit: number }): Promise<SearchHit[]> {
    if (input.channelId) {
      assertCanRead(await this.channels.access(user, input.channelId));
    }
    const rows = await this.repo.search(user.id, input.q, input.channelId ?? null, input.limit);
    return rows.map((row) => ({
      message: toChannelMessage(row, BROADCAST_VIEW),
      channelName: row.channel_name,
      excerpt: row.excerpt,
    }));
  }

  // ---- reports -------------------------------------------------------------------------------------------

  async report(user: AuthenticatedUser, messageId: string, reason: string): Promise<void> {
    const { state } = await this.target(user, messageId);
    if (state.deleted_at) {
      throw new AppError(ErrorCode.Conflict, 'This message was already deleted.');
    }
    const reportId = await this.repo.insertReport(messageId, user.id, reason);
    await this.auditMessage(user, 'channel.message.report', messageId, {
      reportId,
      channelId: state.channel_id,
      reason,
    });
  }

  async openReports(user: AuthenticatedUser): Promise<MessageReport[]> {
    assertModeratorRole(user);
    const rows = await this.repo.openReports();
    return rows.map((row) => ({
      id: row.report_id,
      message: toChannelMessage(row, { canModerate: true }),
      channelName: row.channel_name,
      reporter: {
        id: row.reporter_id ?? '',
        displayName: row.reporter_name ?? 'Former member',
        organisationName: row.reporter_organisation,
      },
      reason: row.reason,
      createdAt: iso(row.reported_at)!,
      resolvedAt: iso(row.resolved_at),
    }));
  }

  async resolveReport(user: AuthenticatedUser, reportId: number): Promise<void> {
    assertModeratorRole(user);
    const resolved = await this.repo.resolveReport(reportId, user.id);
    if (!resolved) {
      throw new AppError(ErrorCode.NotFound, 'There is no open report with this id.');
    }
    await this.auditMessage(user, 'channel.report.resolve', resolved.message_id, { reportId });
  }
}

class NoChange extends Error {}
