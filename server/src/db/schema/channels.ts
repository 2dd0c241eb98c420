import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  customType,
  index,
  integer,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { directoryServices } from './directory';
import { strategyPriorities } from './strategy';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
const seq = (name: string) => bigint(name, { mode: 'number' });

/**
 * A discussion channel: one per Strategy priority, channels moderators open (public or private), and direct
 * conversations between two members. `last_seq` is the channel's sequence: every committed change in the
 * channel takes the next value, under the row lock of this row, so sequences are strictly increasing and
 * gap-free per channel whatever the number of server processes.
 */
export const channels = pgTable(
  'channels',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: varchar('kind', { length: 16 }).notNull(),
    name: text('name').notNull(),
    topic: text('topic'),
    priorityId: integer('priority_id').references(() => strategyPriorities.id, { onDelete: 'restrict' }),
    /** The two user ids of a direct conversation, sorted and joined: one conversation per pair. */
    directKey: text('direct_key'),
    readOnly: boolean('read_only').notNull().default(false),
    retentionDays: integer('retention_days'),
    lastSeq: seq('last_seq').notNull().default(0),
    lastMessageAt: timestamp('last_message_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('channels_priority_uq').on(t.priorityId), uniqueIndex('channels_direct_key_uq').on(t.directKey)],
);

/** Who belongs to a channel, with their read marker and mute. */
export const channelMembers = pgTable(
  'channel_members',
  {
    channelId: uuid('channel_id')
      .notNull()
      .references(() => channels.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    lastReadSeq: seq('last_read_seq').notNull().default(0),
    mutedUntil: timestamp('muted_until', { withTimezone: true }),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.channelId, t.userId] }), index('channel_members_user_idx').on(t.userId)],
);

/**
 * A message, in its current state. `seq` is the sequence it was created with; `updated_seq` the sequence of
 * its last change (edit, deletion, reaction, pin, a reply in its thread), which is what catch-up reads.
 * `(author_id, client_id)` is unique: a client retrying a send gets the original message back.
 */
export const channelMessages = pgTable(
  'channel_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    channelId: uuid('channel_id')
      .notNull()
      .references(() => channels.id, { onDelete: 'cascade' }),
    seq: seq('seq').notNull(),
    updatedSeq: seq('updated_seq').notNull(),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    clientId: uuid('client_id').notNull(),
    body: text('body'),
    threadRootId: uuid('thread_root_id').references((): AnyPgColumn => channelMessages.id, { onDelete: 'cascade' }),
    replyCount: integer('reply_count').notNull().default(0),
    lastReplyAt: timestamp('last_reply_at', { withTimezone: true }),
    mentions: uuid('mentions')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    mentionsChannel: boolean('mentions_channel').notNull().default(false),
    sharedServiceId: uuid('shared_service_id').references(() => directoryServices.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    editedAt: timestamp('edited_at', { withTimezone: true }),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    hiddenAt: timestamp('hidden_at', { withTimezone: true }),
    hiddenBy: uuid('hidden_by').references(() => users.id, { onDelete: 'set null' }),
    pinnedAt: timestamp('pinned_at', { withTimezone: true }),
    pinnedBy: uuid('pinned_by').references(() => users.id, { onDelete: 'set null' }),
    search: tsvector('search').generatedAlwaysAs(
      sql`to_tsvector('simple', coalesce(regexp_replace(body, '<@[0-9a-f-]{36}>', ' ', 'g'), ''))`,
    ),
  },
  (t) => [
    uniqueIndex('channel_messages_client_uq').on(t.authorId, t.clientId),
    uniqueIndex('channel_messages_seq_uq').on(t.channelId, t.seq),
    index('channel_messages_updated_idx').on(t.channelId, t.updatedSeq),
    index('channel_messages_thread_idx').on(t.threadRootId, t.seq),
    index('channel_messages_created_idx').on(t.channelId, t.createdAt),
    index('channel_messages_search_idx').using('gin', t.search),
  ],
);

/** One member's emoji on a message. */
export const messageReactions = pgTable(
  'message_reactions',
  {
    messageId: uuid('message_id')
      .notNull()
      .references(() => channelMessages.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    emoji: varchar('emoji', { length: 32 }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.messageId, t.userId, t.emoji] })],
);

/** Earlier bodies of an edited message. */
export const messageEdits = pgTable(
  'message_edits',
  {
    id: serial('id').primaryKey(),
    messageId: uuid('message_id')
      .notNull()
      .references(() => channelMessages.id, { onDelete: 'cascade' }),
    body: text('body').notNull(),
    /** When this body was replaced. */
    editedAt: timestamp('edited_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('message_edits_message_idx').on(t.messageId)],
);

/** A member's report of a message to the moderators. */
export const messageReports = pgTable(
  'message_reports',
  {
    id: serial('id').primaryKey(),
    messageId: uuid('message_id')
      .notNull()
      .references(() => channelMessages.id, { onDelete: 'cascade' }),
    reporterId: uuid('reporter_id').references(() => users.id, { onDelete: 'set null' }),
    reason: text('reason').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    resolvedBy: uuid('resolved_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('message_reports_open_idx')
      .on(t.createdAt)
      .where(sql`resolved_at IS NULL`),
  ],
);
