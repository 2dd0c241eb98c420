import { Inject, Injectable } from '@nestjs/common';
import { type Role } from '@thb/shared';
import { sql, type SQL } from 'drizzle-orm';
import { DATABASE_CONNECTION, type DatabaseConnection, type DatabaseExecutor } from '../db/database';
import { anyUuid } from '../db/recordset';
import { MESSAGE_COLUMNS, MESSAGE_FROM, type MessageRow } from './message-view';

export interface ChannelRow {
  id: string;
  kind: 'priority' | 'public' | 'private' | 'direct';
  name: string;
  topic: string | null;
  read_only: boolean;
  retention_days: number | null;
  last_seq: number;
}

export interface MembershipRow {
  last_read_seq: number;
  muted_until: Date | null;
}

export interface SummaryRow {
  id: string;
  kind: ChannelRow['kind'];
  name: string;
  topic: string | null;
  priority_code: string | null;
  read_only: boolean;
  retention_days: number | null;
  last_seq: number | string;
  last_message_at: Date | string | null;
  joined: boolean;
  last_read_seq: number | string | null;
  muted_until: Date | string | null;
  member_count: number | string;
  unread: number | string;
  mentions: number | string;
  peer: unknown;
  viewer_role: Role;
}

export interface NewMessage {
  channelId: string;
  authorId: string;
  clientId: string;
  body: string;
  threadRootId: string | null;
  mentions: string[];
  mentionsChannel: boolean;
  sharedServiceId: string | null;
}

/** Messages counted as unread by `userId`: by someone else, still visible. */
const unreadBy = (userId: string) =>
  sql`m.author_id IS DISTINCT FROM ${userId}::uuid AND m.deleted_at IS NULL AND m.hidden_at IS NULL`;
const mentioning = (userId: string) => sql`(${userId}::uuid = ANY(m.mentions) OR m.mentions_channel)`;

/** Data access of channels, memberships and messages. Sequence numbers are taken only here. */
@Injectable()
export class ChannelsRepository {
  constructor(@Inject(DATABASE_CONNECTION) private readonly connection: DatabaseConnection) {}

  get db() {
    return this.connection.db;
  }

  transaction<T>(work: (tx: DatabaseExecutor) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  private async rows<T>(query: SQL, tx: DatabaseExecutor = this.db): Promise<T[]> {
    const result = await tx.execute(query);
    return result.rows as T[];
  }

  // ---- channels ------------------------------------------------------------------------------------------

  /**
   * One channel per priority (A–E) of the EU Strategy 2012–2016; later strategies and action plans have no
   * channels of their own. Safe to run at every start and from several processes.
   */
  async ensurePriorityChannels(): Promise<void> {
    await this.db.execute(sql`
      INSERT INTO channels (kind, name, topic, priority_id)
      SELECT 'priority', p.code || '. ' || p.title, NULL, p.id
      FROM strategy_priorities p JOIN strategies s ON s.id = p.strategy_id
      WHERE s.slug = 'eu-2012-2016'
      ON CONFLICT (priority_id) DO NOTHING`);
  }

  async findChannel(id: string, tx: DatabaseExecutor = this.db): Promise<ChannelRow | null> {
    const [row] = await this.rows<ChannelRow>(
      sql`SELECT id, kind, name, topic, read_only, retention_days, last_seq::int8 AS last_seq FROM channels WHERE id = ${id}`,
      tx,
    );
    return row ? { ...row, last_seq: Number(row.last_seq) } : null;
  }

  async findMembership(channelId: string, userId: string): Promise<MembershipRow | null> {
    const [row] = await this.rows<{ last_read_seq: string | number; muted_until: Date | string | null }>(
      sql`SELECT last_read_seq, muted_until FROM channel_members WHERE channel_id = ${channelId} AND user_id = ${userId}`,
    );
    return row
      ? {
          last_read_seq: Number(row.last_read_seq),
          muted_until: row.muted_until === null ? null : new Date(row.muted_until),
        }
      : null;
  }

  /** The channel list of one user, or one channel of it: visible channels with read state and counts. */
  async summaries(userId: string, channelIds?: readonly string[]): Promise<SummaryRow[]> {
    const only = channelIds ? sql`AND ${anyUuid(sql`c.id`, channelIds)}` : sql``;
    return this.rows<SummaryRow>(sql`
      SELECT c.id, c.kind, c.name, c.topic, p.code AS priority_code, c.read_only, c.retention_days, c.last_seq,
             c.last_message_at, cm.user_id IS NOT NULL AS joined, cm.last_read_seq, cm.muted_until,
             (SELECT count(*) FROM channel_members x WHERE x.channel_id = c.id) AS member_count,
             CASE WHEN cm.user_id IS NULL THEN 0 ELSE (
               SELECT count(*) FROM channel_messages m
               WHERE m.channel_id = c.id AND m.seq > cm.last_read_seq AND ${unreadBy(userId)}) END AS unread,
             CASE WHEN cm.user_id IS NULL THEN 0 ELSE (
               SELECT count(*) FROM channel_messages m
               WHERE m.channel_id = c.id AND m.seq > cm.last_read_seq AND ${unreadBy(userId)}
                 AND ${mentioning(userId)}) END AS mentions,
             CASE WHEN c.kind = 'direct' THEN (
               SELECT json_build_object('id', pu.id, 'displayName', pu.display_name, 'organisationName', po.name)
               FROM channel_members pm JOIN users pu ON pu.id = pm.user_id
               LEFT JOIN organisations po ON po.id = pu.organisation_id
               WHERE pm.channel_id = c.id AND pm.user_id <> ${userId}::uuid LIMIT 1) END AS peer,
             (SELECT role FROM users WHERE id = ${userId}::uuid) AS viewer_role
      FROM channels c
      LEFT JOIN strategy_priorities p ON p.id = c.priority_id
      LEFT JOIN channel_members cm ON cm.channel_id = c.id AND cm.user_id = ${userId}::uuid
      WHERE (c.kind IN ('priority', 'public') OR cm.user_id IS NOT NULL) ${only}
      ORDER BY CASE c.kind WHEN 'priority' THEN 0 WHEN 'public' THEN 1 WHEN 'private' THEN 2 ELSE 3 END,
               p.position NULLS LAST, c.last_message_at DESC NULLS LAST, c.name`);
  }

  /** Read state of one member: marker and exact counts. */
  async readState(
    channelId: string,
    userId: string,
  ): Promise<{ lastReadSeq: number; unread: number; mentions: number }> {
    const [row] = await this.rows<{ last_read_seq: string; unread: string; mentions: string }>(sql`
      SELECT cm.last_read_seq,
             (SELECT count(*) FROM channel_messages m WHERE m.channel_id = cm.channel_id
                AND m.seq > cm.last_read_seq AND ${unreadBy(userId)}) AS unread,
             (SELECT count(*) FROM channel_messages m WHERE m.channel_id = cm.channel_id
                AND m.seq > cm.last_read_seq AND ${unreadBy(userId)} AND ${mentioning(userId)}) AS mentions
      FROM channel_members cm WHERE cm.channel_id = ${channelId} AND cm.user_id = ${userId}`);
    return {
      lastReadSeq: Number(row?.last_read_seq ?? 0),
      unread: Number(row?.unread ?? 0),
      mentions: Number(row?.mentions ?? 0),
    };
  }

  /** Channels whose room a user's sockets join on connect: every channel they are a member of. */
  async memberChannelIds(userId: string): Promise<string[]> {
    const rows = await this.rows<{ channel_id: string }>(
      sql`SELECT channel_id FROM channel_members WHERE user_id = ${userId}`,
    );
    return rows.map((r) => r.channel_id);
  }

  /** Makes the user a member of every priority channel not joined yet, caught up to the current sequence. */
  async joinPriorityChannels(userId: string): Promise<void> {
    await this.db.execute(sql`
      INSERT INTO channel_members (channel_id, user_id, last_read_seq)
      SELECT c.id, ${userId}::uuid, c.last_seq FROM channels c WHERE c.kind = 'priority'
      ON CONFLICT DO NOTHING`);
  }

  /** Adds members (caught up to the current sequence); returns the ones that were not members before. */
  async addMembers(channelId: string, userIds: readonly string[], tx: DatabaseExecutor = this.db): Promise<string[]> {
    if (userIds.length === 0) {
      return [];
    }
    const rows = await this.rows<{ user_id: string }>(
      sql`
      INSERT INTO channel_members (channel_id, user_id, last_read_seq)
      SELECT c.id, u.id, c.last_seq FROM channels c, users u
      WHERE c.id = ${channelId} AND ${anyUuid(sql`u.id`, userIds)} AND u.status = 'active'
      ON CONFLICT DO NOTHING RETURNING user_id`,
      tx,
    );
    return rows.map((r) => r.user_id);
  }

  async removeMember(channelId: string, userId: string): Promise<boolean> {
    const rows = await this.rows<{ user_id: string }>(
      sql`DELETE FROM channel_members WHERE channel_id = ${channelId} AND user_id = ${userId} RETURNING user_id`,
    );
    return rows.length > 0;
  }

  async memberIds(channelId: string): Promise<string[]> {
    const rows = await this.rows<{ user_id: string }>(
      sql`SELECT user_id FROM channel_members WHERE channel_id = ${channelId}`,
    );
    return rows.map((r) => r.user_id);
  }

  async members(channelId: string) {
    return this.rows<{ id: string; display_name: string; organisation_name: string | null }>(sql`
      SELECT u.id, u.display_name, o.name AS organisation_name
      FROM channel_members cm JOIN users u ON u.id = cm.user_id LEFT JOIN organisations o ON o.id = u.organisation_id
      WHERE cm.channel_id = ${channelId} AND u.status = 'active' ORDER BY u.display_name`);
  }

  /** Of these users, the active ones (for mentions). */
  async activeUserIds(userIds: readonly string[]): Promise<string[]> {
    if (userIds.length === 0) {
      return [];
    }
    const rows = await this.rows<{ id: string }>(
      sql`SELECT id FROM users WHERE ${anyUuid(sql`id`, userIds)} AND status = 'active'`,
    );
    return rows.map((r) => r.id);
  }

  async createChannel(
    values: {
      kind: 'public' | 'private' | 'direct';
      name: string;
      topic: string | null;
      createdBy: string;
      directKey?: string;
    },
    tx: DatabaseExecutor = this.db,
  ): Promise<string | null> {
    const [row] = await this.rows<{ id: string }>(
      sql`
      INSERT INTO channels (kind, name, topic, created_by, direct_key)
      VALUES (${values.kind}, ${values.name}, ${values.topic}, ${values.createdBy}, ${values.directKey ?? null})
      ON CONFLICT DO NOTHING RETURNING id`,
      tx,
    );
    return row?.id ?? null;
  }

  async findDirect(directKey: string): Promise<string | null> {
    const [row] = await this.rows<{ id: string }>(sql`SELECT id FROM channels WHERE direct_key = ${directKey}`);
    return row?.id ?? null;
  }

  async updateChannel(
    id: string,
    values: { name?: string; topic?: string | null; readOnly?: boolean; retentionDays?: number | null },
  ): Promise<void> {
    const sets: SQL[] = [];
    if (values.name !== undefined) sets.push(sql`name = ${values.name}`);
    if (values.topic !== undefined) sets.push(sql`topic = ${values.topic}`);
    if (values.readOnly !== undefined) sets.push(sql`read_only = ${values.readOnly}`);
    if (values.retentionDays !== undefined) sets.push(sql`retention_days = ${values.retentionDays}`);
    if (sets.length > 0) {
      await this.db.execute(sql`UPDATE channels SET ${sql.join(sets, sql`, `)} WHERE id = ${id}`);
    }
  }

  async setMute(channelId: string, userId: string, until: Date | null): Promise<void> {
    await this.db.execute(sql`
      INSERT INTO channel_members (channel_id, user_id, last_read_seq, muted_until)
      SELECT c.id, ${userId}::uuid, c.last_seq, ${until} FROM channels c WHERE c.id = ${channelId}
      ON CONFLICT (channel_id, user_id) DO UPDATE SET muted_until = excluded.muted_until`);
  }

  /**
   * Moves the read marker forward only (never back, never past the channel's sequence): tabs racing each
   * other cannot make a channel unread again.
   */
  async markRead(channelId: string, userId: string, seq: number): Promise<void> {
    await this.db.execute(sql`
      UPDATE channel_members cm SET last_read_seq = greatest(cm.last_read_seq, least(${seq}::int8, c.last_seq))
      FROM channels c WHERE c.id = cm.channel_id AND cm.channel_id = ${channelId} AND cm.user_id = ${userId}`);
  }

  // ---- sequence ------------------------------------------------------------------------------------------

  /**
   * Takes the channel's next sequence number inside `tx`. The row lock it takes serialises writers of one
   * channel until `tx` ends, so a later change can never commit with a smaller number than an earlier one,
   * and a rolled-back change gives its number back.
   */
  async nextSeq(tx: DatabaseExecutor, channelId: string, isNewMessage: boolean): Promise<number> {
    const [row] = await this.rows<{ last_seq: string }>(
      sql`
      UPDATE channels SET last_seq = last_seq + 1
        ${isNewMessage ? sql`, last_message_at = now()` : sql``}
      WHERE id = ${channelId} RETURNING last_seq`,
      tx,
    );
    if (!row) {
      throw new Error(`channel ${channelId} vanished`);
    }
    return Number(row.last_seq);
  }

  // ---- messages ------------------------------------------------------------------------------------------

  async insertMessage(tx: DatabaseExecutor, seq: number, m: NewMessage): Promise<string> {
    const [row] = await this.rows<{ id: string }>(
      sql`
      INSERT INTO channel_messages (channel_id, seq, updated_seq, author_id, client_id, body, thread_root_id,
                                    mentions, mentions_channel, shared_service_id)
      VALUES (${m.channelId}, ${seq}, ${seq}, ${m.authorId}, ${m.clientId}, ${m.body}, ${m.threadRootId},
              ${`{${m.mentions.join(',')}}`}::uuid[], ${m.mentionsChannel}, ${m.sharedServiceId})
      RETURNING id`,
      tx,
    );
    return row!.id;
  }

  /** Counts a new or removed reply on its thread root, as part of the same change (same sequence). */
  async touchThreadRoot(tx: DatabaseExecutor, rootId: string, seq: number, delta: 1 | -1): Promise<void> {
    await tx.execute(sql`
      UPDATE channel_messages SET reply_count = greatest(reply_count + ${delta}, 0), updated_seq = ${seq}
        ${delta > 0 ? sql`, last_reply_at = now()` : sql``}
      WHERE id = ${rootId}`);
  }

  /** Applies a change to a message and stamps it with the change's sequence. */
  async updateMessage(tx: DatabaseExecutor, id: string, seq: number, set?: SQL): Promise<void> {
    await tx.execute(
      sql`UPDATE channel_messages SET ${set ? sql`${set}, ` : sql``}updated_seq = ${seq} WHERE id = ${id}`,
    );
  }

  async saveEdit(tx: DatabaseExecutor, messageId: string, previousBody: string): Promise<void> {
    await tx.execute(sql`INSERT INTO message_edits (message_id, body) VALUES (${messageId}, ${previousBody})`);
  }

  async deleteEdits(tx: DatabaseExecutor, messageId: string): Promise<void> {
    await tx.execute(sql`DELETE FROM message_edits WHERE message_id = ${messageId}`);
  }

  async edits(messageId: string) {
    return this.rows<{ body: string; edited_at: Date | string }>(
      sql`SELECT body, edited_at FROM message_edits WHERE message_id = ${messageId} ORDER BY id`,
    );
  }

  /** Adds or removes a reaction; true when something changed. */
  async setReaction(tx: DatabaseExecutor, messageId: string, userId: string, emoji: string, on: boolean) {
    const rows = on
      ? await this.rows(
          sql`INSERT INTO message_reactions (message_id, user_id, emoji) VALUES (${messageId}, ${userId}, ${emoji})
              ON CONFLICT DO NOTHING RETURNING emoji`,
          tx,
        )
      : await this.rows(
          sql`DELETE FROM message_reactions WHERE message_id = ${messageId} AND user_id = ${userId}
              AND emoji = ${emoji} RETURNING emoji`,
          tx,
        );
    return rows.length > 0;
  }

  async distinctEmoji(tx: DatabaseExecutor, messageId: string): Promise<string[]> {
    const rows = await this.rows<{ emoji: string }>(
      sql`SELECT DISTINCT emoji FROM message_reactions WHERE message_id = ${messageId}`,
      tx,
    );
    return rows.map((r) => r.emoji);
  }

  /** Raw state of a message for permission checks (no joins). */
  async findMessageState(id: string, tx: DatabaseExecutor = this.db) {
    const [row] = await this.rows<{
      id: string;
      channel_id: string;
      author_id: string | null;
      body: string | null;
      thread_root_id: string | null;
      deleted_at: Date | null;
      hidden_at: Date | null;
      pinned_at: Date | null;
    }>(
      sql`SELECT id, channel_id, author_id, body, thread_root_id, deleted_at, hidden_at, pinned_at
          FROM channel_messages WHERE id = ${id}`,
      tx,
    );
    return row ?? null;
  }

  async findByClientId(authorId: string, clientId: string): Promise<{ id: string; channel_id: string } | null> {
    const [row] = await this.rows<{ id: string; channel_id: string }>(
      sql`SELECT id, channel_id FROM channel_messages WHERE author_id = ${authorId} AND client_id = ${clientId}`,
    );
    return row ?? null;
  }

  async messages(where: SQL, order: SQL, limit?: number, tx: DatabaseExecutor = this.db): Promise<MessageRow[]> {
    return this.rows<MessageRow>(
      sql`
      SELECT ${MESSAGE_COLUMNS} FROM ${MESSAGE_FROM} WHERE ${where} ORDER BY ${order}
      ${limit !== undefined ? sql`LIMIT ${limit}` : sql``}`,
      tx,
    );
  }

  async message(id: string, tx: DatabaseExecutor = this.db): Promise<MessageRow | null> {
    const [row] = await this.messages(sql`m.id = ${id}`, sql`m.seq`, undefined, tx);
    return row ?? null;
  }

  /** Who wrote the thread's first message or a reply in it. */
  async threadParticipants(rootId: string): Promise<string[]> {
    const rows = await this.rows<{ author_id: string }>(sql`
      SELECT DISTINCT author_id FROM channel_messages
      WHERE (id = ${rootId} OR thread_root_id = ${rootId}) AND author_id IS NOT NULL`);
    return rows.map((r) => r.author_id);
  }

  async serviceExists(serviceId: string): Promise<boolean> {
    const rows = await this.rows(sql`SELECT 1 FROM directory_services WHERE id = ${serviceId}`);
    return rows.length > 0;
  }

  /** Full-text search in the channels a user may read, newest first, with highlighted excerpts. */
  async search(userId: string, q: string, channelId: string | null, limit: number) {
    return this.rows<MessageRow & { channel_name: string; excerpt: string }>(sql`
      WITH query AS (SELECT websearch_to_tsquery('simple', ${q}) AS tsq)
      SELECT ${MESSAGE_COLUMNS}, c.name AS channel_name,
             ts_headline('simple', m.body, query.tsq, 'StartSel=[[, StopSel=]], MaxFragments=2, MaxWords=18, MinWords=6')
               AS excerpt
      FROM ${MESSAGE_FROM}
      JOIN channels c ON c.id = m.channel_id
      CROSS JOIN query
      LEFT JOIN channel_members cm ON cm.channel_id = c.id AND cm.user_id = ${userId}::uuid
      WHERE m.search @@ query.tsq AND m.deleted_at IS NULL AND m.hidden_at IS NULL
        AND (c.kind IN ('priority', 'public') OR cm.user_id IS NOT NULL)
        ${channelId ? sql`AND m.channel_id = ${channelId}` : sql``}
      ORDER BY m.created_at DESC LIMIT ${limit}`);
  }

  // ---- reports -------------------------------------------------------------------------------------------

  async insertReport(messageId: string, reporterId: string, reason: string): Promise<number> {
    const [row] = await this.rows<{ id: number }>(
      sql`INSERT INTO message_reports (message_id, reporter_id, reason) VALUES (${messageId}, ${reporterId}, ${reason})
          RETURNING id`,
    );
    return row!.id;
  }

  async openReports() {
    return this.rows<
      MessageRow & {
        report_id: number;
        channel_name: string;
        reason: string;
        reported_at: Date | string;
        resolved_at: Date | string | null;
        reporter_id: string | null;
        reporter_name: string | null;
        reporter_organisation: string | null;
      }
    >(sql`
      SELECT ${MESSAGE_COLUMNS}, r.id AS report_id, c.name AS channel_name, r.reason, r.created_at AS reported_at,
             r.resolved_at, r.reporter_id, ru.display_name AS reporter_name, ro.name AS reporter_organisation
      FROM message_reports r
      JOIN ${MESSAGE_FROM} ON m.id = r.message_id
      JOIN channels c ON c.id = m.channel_id
      LEFT JOIN users ru ON ru.id = r.reporter_id LEFT JOIN organisations ro ON ro.id = ru.organisation_id
      WHERE r.resolved_at IS NULL ORDER BY r.created_at`);
  }

  async resolveReport(reportId: number, userId: string): Promise<{ message_id: string } | null> {
    const [row] = await this.rows<{ message_id: string }>(
      sql`UPDATE message_reports SET resolved_at = now(), resolved_by = ${userId}
          WHERE id = ${reportId} AND resolved_at IS NULL RETURNING message_id`,
    );
    return row ?? null;
  }

  // ---- retention -----------------------------------------------------------------------------------------

  /**
   * Deletes, for real, the messages older than their channel's retention period (replies go with their
   * root), then recounts the replies of the threads that lost some. Returns the number deleted per channel.
   */
  async purgeExpired(now: Date): Promise<{ channel_id: string; deleted: number }[]> {
    return this.transaction(async (tx) => {
      const deleted = await this.rows<{ id: string; channel_id: string; thread_root_id: string | null }>(
        sql`
        DELETE FROM channel_messages m USING channels c
        WHERE m.channel_id = c.id AND c.retention_days IS NOT NULL
          AND m.created_at < ${now}::timestamptz - make_interval(days => c.retention_days)
        RETURNING m.id, m.channel_id, m.thread_root_id`,
        tx,
      );
      const roots = [...new Set(deleted.map((d) => d.thread_root_id).filter((r): r is string => r !== null))];
      if (roots.length > 0) {
        await tx.execute(sql`
          UPDATE channel_messages r SET reply_count = (
            SELECT count(*) FROM channel_messages x WHERE x.thread_root_id = r.id AND x.deleted_at IS NULL)
          WHERE ${anyUuid(sql`r.id`, roots)}`);
      }
      const perChannel = new Map<string, number>();
      for (const d of deleted) {
        perChannel.set(d.channel_id, (perChannel.get(d.channel_id) ?? 0) + 1);
      }
      return [...perChannel].map(([channel_id, count]) => ({ channel_id, deleted: count }));
    });
  }
}
