import { Injectable, Logger } from '@nestjs/common';
import {
  type Announcement,
  type AnnouncementComment,
  type AnnouncementList,
  type AnnouncementReach,
  type AnnouncementRevision,
  type createAnnouncementSchema,
  ErrorCode,
  isAllowed,
  type PriorityCode,
  type updateAnnouncementSchema,
} from '@thb/shared';
import { Feed } from 'feed';
import { type z } from 'zod';
import { type AuthenticatedUser } from '../access/authenticated-user';
import { AuditService } from '../audit/audit.service';
import { AppError } from '../common/problem/app-error';
import { iso } from '../common/timestamps';
import { MailService } from '../mail/mail.service';
import { excerpt } from '../notifications/notifications.service';
import { NotificationsService } from '../notifications/notifications.service';
import { RealtimeEmitter } from '../realtime/realtime-emitter';
import { type AnnouncementRow, AnnouncementsRepository, type AnnouncementValues } from './announcements.repository';

function toAnnouncement(row: AnnouncementRow): Announcement {
  return {
    id: row.id,
    title: row.title,
    body: row.body,
    priorityCode: row.priority_code as PriorityCode | null,
    audience: row.audience,
    eventStartsAt: iso(row.event_starts_at),
    eventPlace: row.event_place,
    pinnedUntil: iso(row.pinned_until),
    attachments: row.attachments,
    isPublic: row.is_public,
    allowComments: row.allow_comments,
    status: row.status,
    publishAt: iso(row.publish_at),
    publishedAt: iso(row.published_at),
    withdrawnAt: iso(row.withdrawn_at),
    author: row.author_id ? { id: row.author_id, displayName: row.author_name ?? '' } : null,
    createdAt: iso(row.created_at)!,
    updatedAt: iso(row.updated_at)!,
    editedAt: iso(row.edited_at),
    commentCount: Number(row.comment_count),
    readAt: iso(row.read_at),
  };
}

export const announcementLink = (id: string) => `/announcements/${id}`;

const canPublish = (user: AuthenticatedUser | null) => user !== null && isAllowed(user.role, 'announcements.publish');

/**
 * Announcements: writing (drafts, scheduling, edits with history, withdrawal), reaching the audience in real
 * time, in the notification centre and by mail, receipts and reach, comments, and the public feed.
 */
@Injectable()
export class AnnouncementsService {
  private readonly logger = new Logger('Announcements');
  /** Mail goes out after the request; this chain lets tests and shutdown wait for it. */
  private mailQueue: Promise<void> = Promise.resolve();

  constructor(
    private readonly repo: AnnouncementsRepository,
    private readonly notifications: NotificationsService,
    private readonly emitter: RealtimeEmitter,
    private readonly mail: MailService,
    private readonly audit: AuditService,
  ) {}

  mailSettled(): Promise<void> {
    return this.mailQueue;
  }

  private async audited(user: AuthenticatedUser, action: string, id: string, details: Record<string, unknown> = {}) {
    await this.audit.record({
      action,
      outcome: 'success',
      actorId: user.id,
      targetType: 'announcement',
      targetId: id,
      details,
    });
  }

  async create(user: AuthenticatedUser, input: z.output<typeof createAnnouncementSchema>): Promise<Announcement> {
    const { publish, publishAt, ...values } = input;
    if (publish === 'schedule' && new Date(publishAt!).getTime() <= Date.now()) {
      throw new AppError(ErrorCode.ValidationFailed, 'The publication time must be in the future.', [
        { field: 'body.publishAt', message: 'must be in the future', code: 'too_small' },
      ]);
    }
    const id = await this.repo.insert({
      ...values,
      authorId: user.id,
      status: publish === 'now' ? 'draft' : publish === 'schedule' ? 'scheduled' : 'draft',
      publishAt: publish === 'schedule' ? publishAt! : null,
    });
    await this.audited(user, 'announcement.create', id, { publish });
    if (publish === 'now') {
      await this.repo.setPublished(id, null);
      await this.reachAudience(id, 'published');
    }
    return this.view(id, null);
  }

  private async view(id: string, viewerId: string | null): Promise<Announcement> {
    const row = await this.repo.find(id, viewerId);
    if (!row) {
      throw notFound();
    }
    return toAnnouncement(row);
  }

  private async editable(id: string): Promise<AnnouncementRow> {
    const row = await this.repo.find(id, null);
    if (!row) {
      throw notFound();
    }
    if (row.status === 'withdrawn') {
      throw new AppError(ErrorCode.Conflict, 'This announcement was withdrawn and can no longer change.');
    }
    return row;
  }

  async update(
    user: AuthenticatedUser,
    id: string,
    changes: z.output<typeof updateAnnouncementSchema>,
  ): Promise<Announcement> {
    const row = await this.editable(id);
    const current = toAnnouncement(row);
    const next: AnnouncementValues = {
      title: changes.title ?? current.title,
      body: changes.body ?? current.body,
      priorityCode: changes.priorityCode !== undefined ? changes.priorityCode : current.priorityCode,
      audience: changes.audience ?? current.audience,
      eventStartsAt: changes.eventStartsAt !== undefined ? changes.eventStartsAt : current.eventStartsAt,
      eventPlace: changes.eventPlace !== undefined ? changes.eventPlace : current.eventPlace,
      pinnedUntil: changes.pinnedUntil !== undefined ? changes.pinnedUntil : current.pinnedUntil,
      attachments: changes.attachments ?? current.attachments,
      isPublic: changes.isPublic ?? current.isPublic,
      allowComments: changes.allowComments ?? current.allowComments,
    };
    await this.repo.transaction(async (tx) => {
      if (row.status === 'published' && (next.title !== row.title || next.body !== row.body)) {
        await this.repo.saveRevision(tx, id, row.title, row.body, user.id);
      }
      await this.repo.update(id, next, tx);
    });
    await this.audited(user, 'announcement.update', id, { fields: Object.keys(changes) });
    if (row.status === 'published') {
      // Members see the edited version live; those newly in the audience receive it now.
      await this.reachAudience(id, 'edited');
    }
    return this.view(id, null);
  }

  async publish(user: AuthenticatedUser, id: string, publishAt: string | undefined): Promise<Announcement> {
    await this.editable(id);
    const outcome = await this.repo.setPublished(id, publishAt ? new Date(publishAt) : null);
    if (!outcome) {
      throw new AppError(ErrorCode.Conflict, 'This announcement is already published.');
    }
    await this.audited(user, outcome === 'published' ? 'announcement.publish' : 'announcement.schedule', id, {
      publishAt: publishAt ?? null,
    });
    if (outcome === 'published') {
      await this.reachAudience(id, 'published');
    }
    return this.view(id, null);
  }

  /** Publishes what was scheduled up to `now`; returns the ids published. */
  async publishDue(now = new Date()): Promise<string[]> {
    const ids = await this.repo.publishDue(now);
    for (const id of ids) {
      await this.audit.record({
        action: 'announcement.publish',
        outcome: 'success',
        targetType: 'announcement',
        targetId: id,
        details: { scheduled: true },
      });
      await this.reachAudience(id, 'published');
    }
    return ids;
  }

  async withdraw(user: AuthenticatedUser, id: string): Promise<Announcement> {
    if (!(await this.repo.withdraw(id))) {
      const row = await this.repo.find(id, null);
      throw row
        ? new AppError(ErrorCode.Conflict, 'Only published or scheduled announcements can be withdrawn.')
        : notFound();
    }
    await this.audited(user, 'announcement.withdraw', id);
    for (const member of await this.repo.audienceMembers(id)) {
      this.emitter.toUser(member.id, 'announcement:withdrawn', { id });
    }
    return this.view(id, null);
  }

  /**
   * Sends a published announcement to its audience: live to every open tab, into the notification centre
   * (and the digest of those who chose it), and by mail to those who want each one at once. On an edit, only
   * the live update goes out, plus the notification and mail for members who were not in the audience before.
   */
  private async reachAudience(id: string, reason: 'published' | 'edited'): Promise<void> {
    const row = (await this.repo.find(id, null))!;
    const announcement = toAnnouncement(row);
    const members = await this.repo.audienceMembers(id);
    for (const member of members) {
      this.emitter.toUser(member.id, 'announcement:published', announcement);
    }
    const already = reason === 'edited' ? new Set(await this.repo.reachedUsers(id)) : new Set<string>();
    const newcomers = members.filter((m) => !already.has(m.id));
    await this.notifications.notify(
      newcomers.map((m) => m.id),
      { type: 'announcement', title: row.title, body: excerpt(row.body), link: announcementLink(id) },
      newcomers.filter((m) => m.announcement_email === 'daily').map((m) => m.id),
    );
    const byMail = newcomers.filter((m) => m.announcement_email === 'immediately');
    this.mailQueue = this.mailQueue.then(() => this.mailNow(announcement, byMail));
  }

  private async mailNow(announcement: Announcement, members: { id: string; email: string; display_name: string }[]) {
    const event = announcement.eventStartsAt
      ? `\nWhen: ${new Date(announcement.eventStartsAt).toUTCString()}${announcement.eventPlace ? `\nWhere: ${announcement.eventPlace}` : ''}\n`
      : '';
    for (const member of members) {
      try {
        await this.mail.send({
          to: member.email,
          subject: `Announcement: ${announcement.title}`,
          text: [
            `Hello ${member.display_name},`,
            '',
            `The EU Anti-Trafficking Coordinator has published an announcement on THB Platform:`,
            '',
            announcement.title,
            event,
            announcement.body,
            '',
            `Read it and mark it as read: ${this.mail.link(announcementLink(announcement.id))}`,
            `Change how you receive announcements: ${this.mail.link('/account#notifications')}`,
          ].join('\n'),
        });
        await this.repo.markEmailed(announcement.id, member.id);
      } catch (err) {
        this.logger.error({ err, userId: member.id }, 'an announcement mail could not be sent');
      }
    }
  }

  async list(
    user: AuthenticatedUser,
    query: { status?: Announcement['status']; unread?: boolean; page: number; pageSize: number },
  ): Promise<AnnouncementList> {
    const paging = { limit: query.pageSize, offset: (query.page - 1) * query.pageSize };
    if (query.status && query.status !== 'published') {
      if (!canPublish(user)) {
        throw new AppError(
          ErrorCode.Forbidden,
          'Only the Coordinator and her delegates see unpublished announcements.',
        );
      }
      const { items, total } = await this.repo.listAll(query.status, paging);
      return { items: items.map(toAnnouncement), total, unread: 0, page: query.page, pageSize: query.pageSize };
    }
    const { items, total, unread } = await this.repo.listForMember(user.id, { unread: query.unread, ...paging });
    await this.repo.markDelivered(
      items.map((i) => i.id),
      user.id,
    );
    return { items: items.map(toAnnouncement), total, unread, page: query.page, pageSize: query.pageSize };
  }

  /** One announcement as the viewer may see it: authors any; members published ones for them; visitors public ones. */
  async get(user: AuthenticatedUser | null, id: string): Promise<Announcement> {
    const row = await this.repo.find(id, user?.id ?? null);
    if (!row || !(await this.visible(user, row))) {
      throw notFound();
    }
    if (user && row.status === 'published') {
      await this.repo.markDelivered([id], user.id);
    }
    return toAnnouncement(row);
  }

  private async visible(user: AuthenticatedUser | null, row: AnnouncementRow): Promise<boolean> {
    if (canPublish(user)) {
      return true;
    }
    if (row.status !== 'published') {
      return false;
    }
    if (row.is_public) {
      return true;
    }
    return user !== null && (await this.repo.isInAudience(row.id, user.id));
  }

  async markRead(user: AuthenticatedUser, id: string): Promise<Announcement> {
    const announcement = await this.get(user, id);
    if (announcement.status !== 'published') {
      throw new AppError(ErrorCode.Conflict, 'Only published announcements can be marked as read.');
    }
    const readAt = (await this.repo.markRead(id, user.id)).toISOString();
    this.emitter.toUser(user.id, 'announcement:read', { id, readAt });
    await this.notifications.markReadByLink(user.id, announcementLink(id));
    return { ...announcement, readAt };
  }

  async reach(id: string): Promise<AnnouncementReach> {
    if (!(await this.repo.find(id, null))) {
      throw notFound();
    }
    const { total, byCountry, byType } = await this.repo.reach(id);
    const counts = (r: { audience: string; delivered: string; read: string }) => ({
      audience: Number(r.audience),
      delivered: Number(r.delivered),
      read: Number(r.read),
    });
    return {
      ...counts(total),
      byCountry: byCountry.map((r) => ({ country: r.country, ...counts(r) })),
      byOrganisationType: byType.map((r) => ({ organisationType: r.organisation_type, ...counts(r) })),
    };
  }

  async revisions(user: AuthenticatedUser | null, id: string): Promise<AnnouncementRevision[]> {
    await this.get(user, id);
    const rows = await this.repo.revisions(id);
    return rows.map((r) => ({
      title: r.title,
      body: r.body,
      editedAt: iso(r.edited_at)!,
      editedBy: r.edited_by ? { id: r.edited_by, displayName: r.editor_name ?? '' } : null,
    }));
  }

  async comments(user: AuthenticatedUser, id: string): Promise<AnnouncementComment[]> {
    await this.get(user, id);
    const rows = await this.repo.comments(id);
    return rows.map((r) => ({
      id: r.id,
      author: r.author_id ? { id: r.author_id, displayName: r.author_name ?? '' } : null,
      body: r.body,
      createdAt: iso(r.created_at)!,
    }));
  }

  async addComment(user: AuthenticatedUser, id: string, body: string): Promise<AnnouncementComment[]> {
    const announcement = await this.get(user, id);
    if (announcement.status !== 'published' || !announcement.allowComments) {
      throw new AppError(ErrorCode.Forbidden, 'Comments are not open on this announcement.');
    }
    await this.repo.addComment(id, user.id, body);
    return this.comments(user, id);
  }

  /** The public announcements as an Atom or RSS feed. */
  async feed(format: 'atom' | 'rss', link: (path: string) => string): Promise<string> {
    const items = await this.repo.listPublic(50);
    const feed = new Feed({
      title: 'THB Platform: announcements of the EU Anti-Trafficking Coordinator',
      description: 'Public announcements of the EU Anti-Trafficking Coordinator to the Civil Society Platform',
      id: link('/announcements'),
      link: link('/'),
      language: 'en',
      updated: items[0]?.published_at ? new Date(items[0].published_at) : new Date(0),
      copyright: 'European Union',
      feedLinks: { atom: link('/api/announcements/feed.atom'), rss: link('/api/announcements/feed.rss') },
    });
    for (const row of items) {
      feed.addItem({
        title: row.title,
        id: link(announcementLink(row.id)),
        link: link(announcementLink(row.id)),
        description: excerpt(row.body, 500),
        content: row.body,
        date: new Date(row.published_at!),
        author: [{ name: row.author_name ?? 'EU Anti-Trafficking Coordinator' }],
      });
    }
    return format === 'atom' ? feed.atom1() : feed.rss2();
  }

  async listPublic(limit: number): Promise<Announcement[]> {
    return (await this.repo.listPublic(limit)).map(toAnnouncement);
  }
}

function notFound(): AppError {
  return new AppError(ErrorCode.NotFound, 'There is no such announcement, or it is not addressed to you.');
}
