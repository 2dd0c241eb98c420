import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  index,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { type AttachmentLink, type Audience, type NotificationPreferences } from '@thb/shared';
import { users } from './accounts';

/** An announcement of the Coordinator (or a delegate). Drafts and scheduled ones are seen by authors only. */
export const announcements = pgTable(
  'announcements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    priorityCode: varchar('priority_code', { length: 8 }),
    audience: jsonb('audience').$type<Audience>().notNull(),
    eventStartsAt: timestamp('event_starts_at', { withTimezone: true }),
    eventPlace: text('event_place'),
    pinnedUntil: timestamp('pinned_until', { withTimezone: true }),
    attachments: jsonb('attachments').$type<AttachmentLink[]>().notNull().default([]),
    isPublic: boolean('is_public').notNull().default(false),
    allowComments: boolean('allow_comments').notNull().default(false),
    status: varchar('status', { length: 16 }).notNull().default('draft'),
    publishAt: timestamp('publish_at', { withTimezone: true }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    editedAt: timestamp('edited_at', { withTimezone: true }),
  },
  (t) => [
    index('announcements_published_idx')
      .on(t.publishedAt)
      .where(sql`status = 'published'`),
    index('announcements_scheduled_idx')
      .on(t.publishAt)
      .where(sql`status = 'scheduled'`),
  ],
);

/** Earlier versions of an announcement edited after publication. */
export const announcementRevisions = pgTable(
  'announcement_revisions',
  {
    id: serial('id').primaryKey(),
    announcementId: uuid('announcement_id')
      .notNull()
      .references(() => announcements.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    body: text('body').notNull(),
    editedBy: uuid('edited_by').references(() => users.id, { onDelete: 'set null' }),
    editedAt: timestamp('edited_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('announcement_revisions_announcement_idx').on(t.announcementId)],
);

/** A member's receipt: when it reached them (a screen or a mail) and when they marked it as read. */
export const announcementReceipts = pgTable(
  'announcement_receipts',
  {
    announcementId: uuid('announcement_id')
      .notNull()
      .references(() => announcements.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
    emailedAt: timestamp('emailed_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.announcementId, t.userId] }), index('announcement_receipts_user_idx').on(t.userId)],
);

export const announcementComments = pgTable(
  'announcement_comments',
  {
    id: serial('id').primaryKey(),
    announcementId: uuid('announcement_id')
      .notNull()
      .references(() => announcements.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('announcement_comments_announcement_idx').on(t.announcementId, t.id)],
);

/** One member's notification centre. */
export const notifications = pgTable(
  'notifications',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    type: varchar('type', { length: 20 }).notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    link: text('link').notNull(),
    /** Mail it in the next daily digest (the member chose the digest for this type). */
    digest: boolean('digest').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
    emailedAt: timestamp('emailed_at', { withTimezone: true }),
  },
  (t) => [
    index('notifications_user_idx').on(t.userId, t.id),
    index('notifications_digest_idx')
      .on(t.userId)
      .where(sql`digest AND emailed_at IS NULL`),
  ],
);

/** What a member wants to hear about and how; absent means the defaults. */
export const notificationPreferences = pgTable('notification_preferences', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  preferences: jsonb('preferences').$type<NotificationPreferences>().notNull(),
  lastDigestAt: timestamp('last_digest_at', { withTimezone: true }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
