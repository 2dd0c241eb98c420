import { Injectable, Logger } from '@nestjs/common';
import {
  DEFAULT_NOTIFICATION_PREFERENCES,
  type Notification,
  type NotificationList,
  type NotificationPreferences,
} from '@thb/shared';
import { type updateNotificationPreferencesSchema } from '@thb/shared';
import { type z } from 'zod';
import { iso } from '../common/timestamps';
import { MailService } from '../mail/mail.service';
import { RealtimeEmitter } from '../realtime/realtime-emitter';
import { type NewNotification, type NotificationRow, NotificationsRepository } from './notifications.repository';

export function toNotification(row: NotificationRow): Notification {
  return {
    id: Number(row.id),
    type: row.type,
    title: row.title,
    body: row.body,
    link: row.link,
    createdAt: iso(row.created_at)!,
    readAt: iso(row.read_at),
  };
}

/** A plain-text excerpt for a notification or a mail: Markdown marks and mention tokens left out. */
export function excerpt(markdown: string, max = 200): string {
  const text = markdown
    .replace(/<@[0-9a-f-]{36}>/g, '@…')
    .replace(/[*_`>#~[\]]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * The notification centre: features call `notify`; each member's unread count is pushed to all of their
 * sockets whenever it changes, and the digest job mails what members asked to get by mail.
 */
@Injectable()
export class NotificationsService {
  private readonly logger = new Logger('Notifications');

  constructor(
    private readonly repo: NotificationsRepository,
    private readonly emitter: RealtimeEmitter,
    private readonly mail: MailService,
  ) {}

  /** Notifies these users (minus those who turned the type off); `digestFor` also get it in their digest. */
  async notify(userIds: readonly string[], n: NewNotification, digestFor: readonly string[] = []): Promise<string[]> {
    const unique = [...new Set(userIds)];
    const rows = await this.repo.insertFor(unique, n, digestFor);
    if (rows.length === 0) {
      return [];
    }
    const counts = await this.repo.unreadCounts(rows.map((r) => r.user_id));
    for (const row of rows) {
      this.emitter.toUser(row.user_id, 'notifications:changed', {
        unread: counts.get(row.user_id) ?? 0,
        latest: toNotification(row),
      });
    }
    return rows.map((r) => r.user_id);
  }

  /** Notifies the active accounts of an organisation. */
  async notifyOrganisation(organisationId: string, n: NewNotification): Promise<string[]> {
    return this.notify(await this.repo.organisationMemberIds(organisationId), n);
  }

  /** Notifies the account with this email address, if there is one. */
  async notifyEmail(email: string, n: NewNotification): Promise<string[]> {
    const id = await this.repo.userIdByEmail(email);
    return id ? this.notify([id], n) : [];
  }

  async list(userId: string, query: { unread?: boolean; before?: number; limit: number }): Promise<NotificationList> {
    const rows = await this.repo.list(userId, { ...query, limit: query.limit + 1 });
    const page = rows.slice(0, query.limit);
    return {
      items: page.map(toNotification),
      unread: await this.repo.unreadCount(userId),
      nextBefore: rows.length > query.limit ? Number(page.at(-1)!.id) : null,
    };
  }

  async markRead(userId: string, selection: { ids?: number[]; upTo?: number }): Promise<{ unread: number }> {
    const changed = await this.repo.markRead(userId, selection);
    return this.afterRead(userId, changed);
  }

  async markReadByLink(userId: string, link: string): Promise<void> {
    await this.afterRead(userId, await this.repo.markReadByLink(userId, link));
  }

  private async afterRead(userId: string, changed: number): Promise<{ unread: number }> {
    const unread = await this.repo.unreadCount(userId);
    if (changed > 0) {
      this.emitter.toUser(userId, 'notifications:changed', { unread, latest: null });
    }
    return { unread };
  }

  async preferences(userId: string): Promise<NotificationPreferences> {
    const stored = await this.repo.preferences(userId);
    return {
      types: { ...DEFAULT_NOTIFICATION_PREFERENCES.types, ...stored?.types },
      announcementEmail: stored?.announcementEmail ?? DEFAULT_NOTIFICATION_PREFERENCES.announcementEmail,
    };
  }

  async updatePreferences(
    userId: string,
    changes: z.output<typeof updateNotificationPreferencesSchema>,
  ): Promise<NotificationPreferences> {
    const current = await this.preferences(userId);
    const next: NotificationPreferences = {
      types: { ...current.types, ...Object.fromEntries(Object.entries(changes.types ?? {}).filter(([, v]) => v)) },
      announcementEmail: changes.announcementEmail ?? current.announcementEmail,
    };
    await this.repo.savePreferences(userId, next);
    return next;
  }

  /** Mails each member one digest of what waited for it; returns the number of mails sent. */
  async sendDigests(): Promise<number> {
    const pending = await this.repo.claimDigests();
    const byUser = new Map<string, typeof pending>();
    for (const row of pending) {
      byUser.set(row.user_id, [...(byUser.get(row.user_id) ?? []), row]);
    }
    let sent = 0;
    for (const rows of byUser.values()) {
      const first = rows[0]!;
      const lines = rows.map((r) => `- ${r.title}\n  ${r.body}\n  ${this.mail.link(r.link)}`);
      try {
        await this.mail.send({
          to: first.email,
          subject: `THB Platform: ${rows.length} update${rows.length === 1 ? '' : 's'} for you`,
          text: [
            `Hello ${first.display_name},`,
            '',
            'Here is what happened on THB Platform since your last digest:',
            '',
            ...lines,
            '',
            `Choose what you receive by mail: ${this.mail.link('/account#notifications')}`,
          ].join('\n'),
        });
        sent += 1;
      } catch (err) {
        await this.repo.unclaimDigests(rows.map((r) => r.id));
        this.logger.error({ err, userId: first.user_id }, 'a digest could not be sent; it stays pending');
      }
    }
    return sent;
  }
}
