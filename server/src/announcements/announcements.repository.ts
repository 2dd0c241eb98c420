import { Inject, Injectable } from '@nestjs/common';
import { type AttachmentLink, type Audience } from '@thb/shared';
import { sql, type SQL } from 'drizzle-orm';
import { DATABASE_CONNECTION, type DatabaseConnection, type DatabaseExecutor } from '../db/database';
import { anyUuid } from '../db/recordset';

export interface AnnouncementRow {
  id: string;
  title: string;
  body: string;
  priority_code: string | null;
  audience: Audience;
  event_starts_at: Date | string | null;
  event_place: string | null;
  pinned_until: Date | string | null;
  attachments: AttachmentLink[];
  is_public: boolean;
  allow_comments: boolean;
  status: 'draft' | 'scheduled' | 'published' | 'withdrawn';
  publish_at: Date | string | null;
  published_at: Date | string | null;
  withdrawn_at: Date | string | null;
  author_id: string | null;
  author_name: string | null;
  created_at: Date | string;
  updated_at: Date | string;
  edited_at: Date | string | null;
  comment_count: number | string;
  read_at: Date | string | null;
}

export interface AnnouncementValues {
  title: string;
  body: string;
  priorityCode: string | null;
  audience: Audience;
  eventStartsAt: string | null;
  eventPlace: string | null;
  pinnedUntil: string | null;
  attachments: AttachmentLink[];
  isPublic: boolean;
  allowComments: boolean;
}

export interface AudienceMember {
  id: string;
  email: string;
  display_name: string;
  announcement_email: 'immediately' | 'daily' | 'never';
}

/**
 * The members an audience reaches, as SQL over `users u LEFT JOIN organisations o`: active accounts of member
 * organisations (and accounts without one, such as the Coordinator, when the audience is everyone).
 */
const inAudience = (audience: SQL) => sql`
  u.status = 'active' AND (o.member_since IS NOT NULL OR u.organisation_id IS NULL)
  AND announcement_audience_match(${audience}, o.countries, o.type, o.priorities)`;

/** Data access of announcements, their revisions, receipts and comments. */
@Injectable()
export class AnnouncementsRepository {
  constructor(@Inject(DATABASE_CONNECTION) private readonly connection: DatabaseConnection) {}

  private async rows<T>(query: SQL, tx: DatabaseExecutor = this.connection.db): Promise<T[]> {
    return (await tx.execute(query)).rows as T[];
  }

  transaction<T>(work: (tx: DatabaseExecutor) => Promise<T>): Promise<T> {
    return this.connection.db.transaction(work);
  }

  /** Select list of an announcement for a viewer (`viewerId` null: no receipt). */
  private select(viewerId: string | null): SQL {
    return sql`
      SELECT a.*, au.display_name AS author_name,
             (SELECT count(*) FROM announcement_comments c WHERE c.announcement_id = a.id) AS comment_count,
             ${viewerId ? sql`(SELECT r.read_at FROM announcement_receipts r WHERE r.announcement_id = a.id AND r.user_id = ${viewerId}::uuid)` : sql`NULL::timestamptz`} AS read_at
      FROM announcements a LEFT JOIN users au ON au.id = a.author_id`;
  }

  async insert(
    values: AnnouncementValues & { authorId: string; status: string; publishAt: string | null },
  ): Promise<string> {
    const [row] = await this.rows<{ id: string }>(sql`
      INSERT INTO announcements (title, body, priority_code, audience, event_starts_at, event_place, pinned_until,
                                 attachments, is_public, allow_comments, status, publish_at, author_id)
      VALUES (${values.title}, ${values.body}, ${values.priorityCode}, ${JSON.stringify(values.audience)}::jsonb,
              ${values.eventStartsAt}, ${values.eventPlace}, ${values.pinnedUntil},
              ${JSON.stringify(values.attachments)}::jsonb, ${values.isPublic}, ${values.allowComments},
              ${values.status}, ${values.publishAt}, ${values.authorId})
      RETURNING id`);
    return row!.id;
  }

  async update(id: string, values: AnnouncementValues, tx?: DatabaseExecutor): Promise<void> {
    await (tx ?? this.connection.db).execute(sql`
      UPDATE announcements SET title = ${values.title}, body = ${values.body}, priority_code = ${values.priorityCode},
        audience = ${JSON.stringify(values.audience)}::jsonb, event_starts_at = ${values.eventStartsAt},
        event_place = ${values.eventPlace}, pinned_until = ${values.pinnedUntil},
        attachments = ${JSON.stringify(values.attachments)}::jsonb, is_public = ${values.isPublic},
        allow_comments = ${values.allowComments}, updated_at = now(),
        edited_at = CASE WHEN status = 'published' THEN now() ELSE edited_at END
      WHERE id = ${id}`);
  }

  async saveRevision(tx: DatabaseExecutor, id: string, title: string, body: string, editedBy: string): Promise<void> {
    await tx.execute(sql`
      INSERT INTO announcement_revisions (announcement_id, title, body, edited_by) VALUES (${id}, ${title}, ${body}, ${editedBy})`);
  }

  async revisions(id: string) {
    return this.rows<{
      title: string;
      body: string;
      edited_at: Date | string;
      edited_by: string | null;
      editor_name: string | null;
    }>(sql`
      SELECT r.title, r.body, r.edited_at, r.edited_by, u.display_name AS editor_name
      FROM announcement_revisions r LEFT JOIN users u ON u.id = r.edited_by
      WHERE r.announcement_id = ${id} ORDER BY r.id`);
  }

  async find(id: string, viewerId: string | null): Promise<AnnouncementRow | null> {
    const [row] = await this.rows<AnnouncementRow>(sql`${this.select(viewerId)} WHERE a.id = ${id}`);
    return row ?? null;
  }

  /** Whether the member is in the announcement's audience now. */
  async isInAudience(id: string, userId: string): Promise<boolean> {
    const rows = await this.rows(sql`
      SELECT 1 FROM announcements a, users u LEFT JOIN organisations o ON o.id = u.organisation_id
      WHERE a.id = ${id} AND u.id = ${userId} AND ${inAudience(sql`a.audience`)}`);
    return rows.length > 0;
  }

  /** Published announcements whose audience includes the member, pinned ones first, then newest. */
  async listForMember(userId: string, options: { unread?: boolean; limit: number; offset: number }) {
    const where = sql`
      a.status = 'published' AND EXISTS (
        SELECT 1 FROM users u LEFT JOIN organisations o ON o.id = u.organisation_id
        WHERE u.id = ${userId} AND ${inAudience(sql`a.audience`)})
      ${options.unread ? sql`AND NOT EXISTS (SELECT 1 FROM announcement_receipts r WHERE r.announcement_id = a.id AND r.user_id = ${userId}::uuid AND r.read_at IS NOT NULL)` : sql``}`;
    const items = await this.rows<AnnouncementRow>(sql`
      ${this.select(userId)} WHERE ${where}
      ORDER BY (a.pinned_until IS NOT NULL AND a.pinned_until > now()) DESC, a.published_at DESC
      LIMIT ${options.limit} OFFSET ${options.offset}`);
    const [counts] = await this.rows<{ total: string; unread: string }>(sql`
      SELECT count(*) AS total,
             count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM announcement_receipts r
               WHERE r.announcement_id = a.id AND r.user_id = ${userId}::uuid AND r.read_at IS NOT NULL)) AS unread
      FROM announcements a WHERE ${where}`);
    return { items, total: Number(counts?.total ?? 0), unread: Number(counts?.unread ?? 0) };
  }

  /** Every announcement, for authors; optionally of one status. */
  async listAll(status: string | undefined, options: { limit: number; offset: number }) {
    const where = status ? sql`a.status = ${status}` : sql`TRUE`;
    const items = await this.rows<AnnouncementRow>(sql`
      ${this.select(null)} WHERE ${where}
      ORDER BY coalesce(a.published_at, a.publish_at, a.updated_at) DESC LIMIT ${options.limit} OFFSET ${options.offset}`);
    const [counts] = await this.rows<{ total: string }>(
      sql`SELECT count(*) AS total FROM announcements a WHERE ${where}`,
    );
    return { items, total: Number(counts?.total ?? 0) };
  }

  /** Public announcements for visitors, newest first. */
  async listPublic(limit: number): Promise<AnnouncementRow[]> {
    return this.rows<AnnouncementRow>(sql`
      ${this.select(null)} WHERE a.status = 'published' AND a.is_public
      ORDER BY a.published_at DESC LIMIT ${limit}`);
  }

  /** Moves to published (now, or at `publishAt` when in the future); returns whether it changed. */
  async setPublished(id: string, publishAt: Date | null): Promise<'published' | 'scheduled' | null> {
    const future = publishAt !== null && publishAt.getTime() > Date.now();
    const rows = await this.rows<{ status: 'published' | 'scheduled' }>(sql`
      UPDATE announcements SET
        status = ${future ? 'scheduled' : 'published'},
        publish_at = ${future ? publishAt : null},
        published_at = ${future ? null : sql`now()`},
        updated_at = now()
      WHERE id = ${id} AND status IN ('draft', 'scheduled') RETURNING status`);
    return rows[0]?.status ?? null;
  }

  /** Publishes the scheduled announcements that are due; each is claimed once even with several processes. */
  async publishDue(now: Date): Promise<string[]> {
    const rows = await this.rows<{ id: string }>(sql`
      UPDATE announcements SET status = 'published', published_at = now(), updated_at = now()
      WHERE status = 'scheduled' AND publish_at <= ${now} RETURNING id`);
    return rows.map((r) => r.id);
  }

  async withdraw(id: string): Promise<boolean> {
    const rows = await this.rows(sql`
      UPDATE announcements SET status = 'withdrawn', withdrawn_at = now(), updated_at = now()
      WHERE id = ${id} AND status IN ('published', 'scheduled') RETURNING id`);
    return rows.length > 0;
  }

  async audienceMembers(id: string): Promise<AudienceMember[]> {
    return this.rows<AudienceMember>(sql`
      SELECT u.id, u.email, u.display_name,
             coalesce(p.preferences->>'announcementEmail', 'immediately') AS announcement_email
      FROM announcements a, users u
      LEFT JOIN organisations o ON o.id = u.organisation_id
      LEFT JOIN notification_preferences p ON p.user_id = u.id
      WHERE a.id = ${id} AND ${inAudience(sql`a.audience`)}`);
  }

  /** Records that these announcements reached the member (first time only). */
  async markDelivered(announcementIds: readonly string[], userId: string): Promise<void> {
    if (announcementIds.length > 0) {
      await this.connection.db.execute(sql`
        INSERT INTO announcement_receipts (announcement_id, user_id)
        SELECT id, ${userId}::uuid FROM announcements WHERE ${anyUuid(sql`id`, announcementIds)}
        ON CONFLICT DO NOTHING`);
    }
  }

  async markEmailed(id: string, userId: string): Promise<void> {
    await this.connection.db.execute(sql`
      INSERT INTO announcement_receipts (announcement_id, user_id, emailed_at) VALUES (${id}, ${userId}, now())
      ON CONFLICT (announcement_id, user_id) DO UPDATE SET emailed_at = now()`);
  }

  async markRead(id: string, userId: string): Promise<Date> {
    const [row] = await this.rows<{ read_at: Date | string }>(sql`
      INSERT INTO announcement_receipts (announcement_id, user_id, read_at) VALUES (${id}, ${userId}, now())
      ON CONFLICT (announcement_id, user_id) DO UPDATE SET read_at = coalesce(announcement_receipts.read_at, now())
      RETURNING read_at`);
    return new Date(row!.read_at);
  }

  /** Reach: the audience now, with receipts, overall, per country and per organisation type. */
  async reach(id: string) {
    const base = sql`
      SELECT u.id, o.countries, o.type, r.delivered_at, r.read_at
      FROM announcements a, users u
      LEFT JOIN organisations o ON o.id = u.organisation_id
      LEFT JOIN announcement_receipts r ON r.announcement_id = ${id}::uuid AND r.user_id = u.id
      WHERE a.id = ${id} AND ${inAudience(sql`a.audience`)}`;
    const counts = sql`count(*) AS audience, count(delivered_at) AS delivered, count(read_at) AS read`;
    const [total] = await this.rows<{ audience: string; delivered: string; read: string }>(
      sql`WITH m AS (${base}) SELECT ${counts} FROM m`,
    );
    const byCountry = await this.rows<{ country: string; audience: string; delivered: string; read: string }>(sql`
      WITH m AS (${base}) SELECT coalesce(c, '—') AS country, ${counts}
      FROM m LEFT JOIN LATERAL unnest(m.countries) c ON TRUE GROUP BY 1 ORDER BY 1`);
    const byType = await this.rows<{
      organisation_type: string;
      audience: string;
      delivered: string;
      read: string;
    }>(sql`
      WITH m AS (${base}) SELECT coalesce(m.type, '—') AS organisation_type, ${counts} FROM m GROUP BY 1 ORDER BY 1`);
    return { total: total!, byCountry, byType };
  }

  /** Members it already reached (notified, mailed or seen), so an edit only notifies newcomers. */
  async reachedUsers(id: string): Promise<string[]> {
    const rows = await this.rows<{ user_id: string }>(sql`
      SELECT user_id FROM notifications WHERE type = 'announcement' AND link = ${`/announcements/${id}`}
      UNION SELECT user_id FROM announcement_receipts WHERE announcement_id = ${id}`);
    return rows.map((r) => r.user_id);
  }

  async comments(id: string) {
    return this.rows<{
      id: number;
      author_id: string | null;
      author_name: string | null;
      body: string;
      created_at: Date | string;
    }>(sql`
      SELECT c.id, c.author_id, u.display_name AS author_name, c.body, c.created_at
      FROM announcement_comments c LEFT JOIN users u ON u.id = c.author_id
      WHERE c.announcement_id = ${id} ORDER BY c.id`);
  }

  async addComment(id: string, authorId: string, body: string): Promise<number> {
    const [row] = await this.rows<{ id: number }>(sql`
      INSERT INTO announcement_comments (announcement_id, author_id, body) VALUES (${id}, ${authorId}, ${body}) RETURNING id`);
    return row!.id;
  }
}
