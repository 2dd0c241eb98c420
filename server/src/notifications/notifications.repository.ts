import { Inject, Injectable } from '@nestjs/common';
import { type NotificationPreferences, type NotificationType } from '@thb/shared';
import { sql } from 'drizzle-orm';
import { DATABASE_CONNECTION, type DatabaseConnection } from '../db/database';
import { anyUuid } from '../db/recordset';

export interface NotificationRow {
  id: number | string;
  user_id: string;
  type: NotificationType;
  title: string;
  body: string;
  link: string;
  created_at: Date | string;
  read_at: Date | string | null;
}

export interface NewNotification {
  type: NotificationType;
  title: string;
  body: string;
  link: string;
}

/** Data access of notification centres, preferences and digests. */
@Injectable()
export class NotificationsRepository {
  constructor(@Inject(DATABASE_CONNECTION) private readonly connection: DatabaseConnection) {}

  private async rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
    return (await this.connection.db.execute(query)).rows as T[];
  }

  /**
   * Adds one notification for each of these users who has not turned the type off, marked for the digest
   * where they chose it. Returns the users notified.
   */
  async insertFor(
    userIds: readonly string[],
    n: NewNotification,
    digestFor: readonly string[] = [],
  ): Promise<NotificationRow[]> {
    if (userIds.length === 0) {
      return [];
    }
    return this.rows<NotificationRow>(sql`
      INSERT INTO notifications (user_id, type, title, body, link, digest)
      SELECT u.id, ${n.type}, ${n.title}, ${n.body}, ${n.link},
             coalesce(p.preferences->'types'->>${n.type}, 'in_app') = 'email_digest' OR ${anyUuid(sql`u.id`, digestFor)}
      FROM users u LEFT JOIN notification_preferences p ON p.user_id = u.id
      WHERE ${anyUuid(sql`u.id`, userIds)} AND u.status = 'active'
        AND coalesce(p.preferences->'types'->>${n.type}, 'in_app') <> 'off'
      RETURNING id, user_id, type, title, body, link, created_at, read_at`);
  }

  /** Active accounts of an organisation (who hears about its services). */
  async organisationMemberIds(organisationId: string): Promise<string[]> {
    const rows = await this.rows<{ id: string }>(
      sql`SELECT id FROM users WHERE organisation_id = ${organisationId} AND status = 'active'`,
    );
    return rows.map((r) => r.id);
  }

  async userIdByEmail(email: string): Promise<string | null> {
    const [row] = await this.rows<{ id: string }>(sql`SELECT id FROM users WHERE email = ${email}`);
    return row?.id ?? null;
  }

  /** Unread counts of several users at once. */
  async unreadCounts(userIds: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.rows<{ user_id: string; n: string }>(sql`
      SELECT user_id, count(*) AS n FROM notifications
      WHERE ${anyUuid(sql`user_id`, userIds)} AND read_at IS NULL GROUP BY user_id`);
    return new Map(rows.map((r) => [r.user_id, Number(r.n)]));
  }

  async list(
    userId: string,
    options: { unread?: boolean; before?: number; limit: number },
  ): Promise<NotificationRow[]> {
    return this.rows<NotificationRow>(sql`
      SELECT id, user_id, type, title, body, link, created_at, read_at FROM notifications
      WHERE user_id = ${userId}
        ${options.unread ? sql`AND read_at IS NULL` : sql``}
        ${options.before ? sql`AND id < ${options.before}` : sql``}
      ORDER BY id DESC LIMIT ${options.limit}`);
  }

  async latest(userId: string): Promise<NotificationRow | null> {
    const [row] = await this.list(userId, { limit: 1 });
    return row ?? null;
  }

  async unreadCount(userId: string): Promise<number> {
    return (await this.unreadCounts([userId])).get(userId) ?? 0;
  }

  async markRead(userId: string, selection: { ids?: number[]; upTo?: number }): Promise<number> {
    const which = selection.ids
      ? sql`id = any(${`{${selection.ids.join(',')}}`}::int8[])`
      : sql`id <= ${selection.upTo ?? Number.MAX_SAFE_INTEGER}`;
    const rows = await this.rows(sql`
      UPDATE notifications SET read_at = now()
      WHERE user_id = ${userId} AND read_at IS NULL AND ${which} RETURNING id`);
    return rows.length;
  }

  /** Marks read the notifications pointing at a link (e.g. an announcement read on its page). */
  async markReadByLink(userId: string, link: string): Promise<number> {
    const rows = await this.rows(sql`
      UPDATE notifications SET read_at = now()
      WHERE user_id = ${userId} AND read_at IS NULL AND link = ${link} RETURNING id`);
    return rows.length;
  }

  async preferences(userId: string): Promise<NotificationPreferences | null> {
    const [row] = await this.rows<{ preferences: NotificationPreferences }>(
      sql`SELECT preferences FROM notification_preferences WHERE user_id = ${userId}`,
    );
    return row?.preferences ?? null;
  }

  async savePreferences(userId: string, preferences: NotificationPreferences): Promise<void> {
    await this.connection.db.execute(sql`
      INSERT INTO notification_preferences (user_id, preferences) VALUES (${userId}, ${JSON.stringify(preferences)}::jsonb)
      ON CONFLICT (user_id) DO UPDATE SET preferences = excluded.preferences, updated_at = now()`);
  }

  /**
   * Claims the notifications waiting for a digest (marks them mailed in one statement, so two server processes
   * never mail the same one) and returns them with their member, oldest first.
   */
  async claimDigests(): Promise<(NotificationRow & { email: string; display_name: string })[]> {
    return this.rows(sql`
      WITH claimed AS (
        UPDATE notifications n SET emailed_at = now()
        FROM users u
        WHERE u.id = n.user_id AND n.digest AND n.emailed_at IS NULL AND u.status = 'active'
        RETURNING n.id, n.user_id, n.type, n.title, n.body, n.link, n.created_at, n.read_at, u.email, u.display_name
      )
      SELECT * FROM claimed ORDER BY user_id, id`);
  }

  /** Gives claimed notifications back to the next digest (their mail could not be sent). */
  async unclaimDigests(ids: readonly (number | string)[]): Promise<void> {
    await this.connection.db.execute(
      sql`UPDATE notifications SET emailed_at = NULL WHERE id = any(${`{${ids.join(',')}}`}::int8[])`,
    );
  }
}
