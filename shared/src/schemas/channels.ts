import { z } from 'zod';
import { priorityCodeSchema } from './strategy';

/**
 * Real-time discussion channels: the contract of every channel socket event (payloads the client sends,
 * acknowledgements and broadcasts it receives). The server validates each payload with these schemas.
 *
 * Delivery model: every change in a channel (a message, a reply, an edit, a deletion, a reaction, a pin)
 * takes the channel's next sequence number when it is committed. Clients keep the last sequence they have
 * per channel; a broadcast whose `seq` is not `last + 1`, and every (re)connect, makes them call
 * `channel:sync` to fetch what they missed from the database. Applying a message snapshot is idempotent
 * (replace by id), so overlapping live events and catch-up never duplicate anything.
 */

/** Largest message body, in UTF-8 bytes. */
export const MESSAGE_MAX_BYTES = 8 * 1024;
/** Most distinct emoji on one message. */
export const MESSAGE_MAX_REACTIONS = 20;
/** Page size limits of history, sync and search. */
export const CHANNEL_PAGE_MAX = 200;
/** Mention of a member inside a message body, Slack style: `<@3f0c…uuid>`; `@channel` notifies everyone. */
export const MENTION_PATTERN = /<@([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})>/g;
export const CHANNEL_MENTION = '@channel';

export const CHANNEL_KINDS = ['priority', 'public', 'private', 'direct'] as const;
export const channelKindSchema = z.enum(CHANNEL_KINDS);
export type ChannelKind = z.infer<typeof channelKindSchema>;

const utf8Bytes = (s: string) => new TextEncoder().encode(s).length;

export const messageBodySchema = z
  .string()
  .transform((s) => s.replace(/\r\n?/g, '\n').trim())
  .pipe(
    z
      .string()
      .min(1, 'a message cannot be empty')
      .refine((s) => utf8Bytes(s) <= MESSAGE_MAX_BYTES, `a message is at most ${MESSAGE_MAX_BYTES / 1024} KB`),
  );

/** Client-generated id of a message (a UUID); retrying with the same id never creates a second message. */
export const clientMessageIdSchema = z.uuid();
const idSchema = z.uuid();
const seqSchema = z.number().int().min(0);

export const channelPersonSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  organisationName: z.string().nullable(),
});
export type ChannelPerson = z.infer<typeof channelPersonSchema>;

export const messageReactionSchema = z.object({
  emoji: z.string(),
  /** Who reacted, in the order they did. */
  userIds: z.array(z.string()),
});
export type MessageReaction = z.infer<typeof messageReactionSchema>;

/** A directory service shared into a message, shown as a card (public fields only). */
export const sharedServiceCardSchema = z.object({
  id: z.string(),
  name: z.string(),
  organisationName: z.string(),
  city: z.string().nullable(),
  country: z.string().nullable(),
  serviceTypes: z.array(z.string()),
});
export type SharedServiceCard = z.infer<typeof sharedServiceCardSchema>;

/**
 * The current state of a message. `body` is null once it is deleted or hidden by a moderator (then
 * `deletedAt` / `hiddenAt` tell which); moderators still see a hidden body in `hiddenBody`.
 */
export const channelMessageSchema = z.object({
  id: z.string(),
  channelId: z.string(),
  /** Sequence the message was created with: its place in the channel. */
  seq: z.number().int(),
  /** Sequence of the last change to this message (creation, edit, reaction, reply count…). */
  updatedSeq: z.number().int(),
  clientId: z.string(),
  author: channelPersonSchema,
  body: z.string().nullable(),
  hiddenBody: z.string().nullable().optional(),
  threadRootId: z.string().nullable(),
  replyCount: z.number().int(),
  lastReplyAt: z.string().nullable(),
  reactions: z.array(messageReactionSchema),
  /** Members mentioned with `<@id>`, with their names so the client can render `@Name`. */
  mentions: z.array(channelPersonSchema),
  mentionsChannel: z.boolean(),
  sharedService: sharedServiceCardSchema.nullable(),
  createdAt: z.string(),
  editedAt: z.string().nullable(),
  deletedAt: z.string().nullable(),
  hiddenAt: z.string().nullable(),
  pinnedAt: z.string().nullable(),
});
export type ChannelMessage = z.infer<typeof channelMessageSchema>;

export const CHANNEL_EVENT_TYPES = [
  'message.created',
  'message.edited',
  'message.deleted',
  'message.hidden',
  'message.restored',
  'reaction.changed',
  'message.pinned',
  'message.unpinned',
] as const;
export const channelEventTypeSchema = z.enum(CHANNEL_EVENT_TYPES);
export type ChannelEventType = z.infer<typeof channelEventTypeSchema>;

/** A committed change, broadcast to the channel's room. `root` is the updated thread root of a reply. */
export const channelEventSchema = z.object({
  channelId: z.string(),
  seq: z.number().int(),
  type: channelEventTypeSchema,
  message: channelMessageSchema,
  root: channelMessageSchema.nullable(),
});
export type ChannelEvent = z.infer<typeof channelEventSchema>;

/** A channel as one member sees it in the channel list. */
export const channelSummarySchema = z.object({
  id: z.string(),
  kind: channelKindSchema,
  name: z.string(),
  topic: z.string().nullable(),
  /** Priority of the EU Strategy this channel discusses (priority channels only). */
  priorityCode: priorityCodeSchema.nullable(),
  /** The other person of a direct conversation. */
  directPeer: channelPersonSchema.nullable(),
  readOnly: z.boolean(),
  /** Messages older than this many days are deleted; null keeps them. */
  retentionDays: z.number().int().nullable(),
  /** Whether the viewer is a member (receives its events, has read state). Public channels can be joined. */
  joined: z.boolean(),
  /** Whether the viewer may moderate it (platform moderators and the Coordinator). */
  canModerate: z.boolean(),
  /** Whether the viewer may post now (not read-only for them, not muted). */
  canPost: z.boolean(),
  mutedUntil: z.string().nullable(),
  lastSeq: z.number().int(),
  lastReadSeq: z.number().int(),
  /** Messages by others after the read marker (not deleted). */
  unread: z.number().int(),
  /** Of those, the ones that mention the viewer (or @channel). */
  mentions: z.number().int(),
  memberCount: z.number().int(),
  lastMessageAt: z.string().nullable(),
});
export type ChannelSummary = z.infer<typeof channelSummarySchema>;

/** The viewer's read state of one channel, pushed to all their sockets when it changes. */
export const channelReadStateSchema = z.object({
  channelId: z.string(),
  lastReadSeq: z.number().int(),
  unread: z.number().int(),
  mentions: z.number().int(),
});
export type ChannelReadState = z.infer<typeof channelReadStateSchema>;

// ---- payloads the client sends -------------------------------------------------------------------------

export const channelRefSchema = z.object({ channelId: idSchema });
export const messageRefSchema = z.object({ messageId: idSchema });

export const sendMessageSchema = z.object({
  channelId: idSchema,
  clientId: clientMessageIdSchema,
  body: messageBodySchema,
  /** Reply in the thread of this (top-level) message. */
  threadRootId: idSchema.optional(),
  /** A directory service to show as a card under the message. */
  sharedServiceId: idSchema.optional(),
});
export type SendMessageInput = z.input<typeof sendMessageSchema>;

export const editMessageSchema = z.object({ messageId: idSchema, body: messageBodySchema });
export const reactSchema = z.object({
  messageId: idSchema,
  emoji: z
    .string()
    .min(1)
    .max(32)
    .refine((s) => /\p{Extended_Pictographic}/u.test(s) && !/[\s<>]/.test(s), 'an emoji'),
  /** true adds the viewer's reaction, false removes it. */
  on: z.boolean(),
});
export const pinSchema = z.object({ messageId: idSchema, pinned: z.boolean() });

export const historySchema = z.object({
  channelId: idSchema,
  /** Top-level messages created before this sequence; omitted for the newest page. */
  beforeSeq: seqSchema.optional(),
  limit: z.number().int().min(1).max(CHANNEL_PAGE_MAX).default(50),
});
export const historyPageSchema = z.object({
  messages: z.array(channelMessageSchema),
  /** The channel's sequence when the page was read: the client's starting point for `channel:sync`. */
  lastSeq: z.number().int(),
  hasMore: z.boolean(),
});
export type HistoryPage = z.infer<typeof historyPageSchema>;

export const syncSchema = z.object({
  channelId: idSchema,
  afterSeq: seqSchema,
  limit: z.number().int().min(1).max(CHANNEL_PAGE_MAX).default(CHANNEL_PAGE_MAX),
});
/** Current state of every message changed after `afterSeq` (and of the thread roots of changed replies). */
export const syncPageSchema = z.object({
  messages: z.array(channelMessageSchema),
  /** Highest sequence covered by this page; call again from here while `hasMore`. */
  lastSeq: z.number().int(),
  hasMore: z.boolean(),
});
export type SyncPage = z.infer<typeof syncPageSchema>;

export const threadPageSchema = z.object({ root: channelMessageSchema, replies: z.array(channelMessageSchema) });
export type ThreadPage = z.infer<typeof threadPageSchema>;

export const markReadSchema = z.object({ channelId: idSchema, seq: seqSchema });

export const createChannelSchema = z.object({
  name: z.string().trim().min(2).max(80),
  topic: z.string().trim().max(500).optional(),
  visibility: z.enum(['public', 'private']),
  /** Members to invite (private channels). */
  memberIds: z.array(idSchema).max(500).default([]),
});
export const updateChannelSchema = z.object({
  channelId: idSchema,
  name: z.string().trim().min(2).max(80).optional(),
  topic: z.string().trim().max(500).nullable().optional(),
  readOnly: z.boolean().optional(),
  /** Days to keep messages; null keeps them for ever. */
  retentionDays: z.number().int().min(1).max(3650).nullable().optional(),
});
export const channelMembersChangeSchema = z.object({ channelId: idSchema, userIds: z.array(idSchema).min(1).max(500) });
export const removeMemberSchema = z.object({ channelId: idSchema, userId: idSchema });
export const openDirectSchema = z.object({ userId: idSchema });
export const muteSchema = z.object({
  channelId: idSchema,
  userId: idSchema,
  /** Minutes the member may not post; 0 lifts the mute. */
  minutes: z
    .number()
    .int()
    .min(0)
    .max(60 * 24 * 365),
});
export const reportMessageSchema = z.object({ messageId: idSchema, reason: z.string().trim().min(3).max(1000) });
export const hideMessageSchema = z.object({ messageId: idSchema, hidden: z.boolean() });
export const typingSchema = z.object({ channelId: idSchema, threadRootId: idSchema.optional() });
export const presenceSetSchema = z.object({ status: z.enum(['online', 'away']) });
export const presenceQuerySchema = z.object({ userIds: z.array(idSchema).max(500) });
export const searchMessagesSchema = z.object({
  q: z.string().trim().min(2).max(200),
  channelId: idSchema.optional(),
  limit: z.number().int().min(1).max(100).default(30),
});
export const searchHitSchema = z.object({
  message: channelMessageSchema,
  channelName: z.string(),
  /** Excerpt with matches wrapped in `[[` and `]]` (plain text; the client turns them into <mark>). */
  excerpt: z.string(),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

export const messageReportSchema = z.object({
  id: z.number().int(),
  message: channelMessageSchema,
  channelName: z.string(),
  reporter: channelPersonSchema,
  reason: z.string(),
  createdAt: z.string(),
  resolvedAt: z.string().nullable(),
});
export type MessageReport = z.infer<typeof messageReportSchema>;
export const resolveReportSchema = z.object({ reportId: z.number().int() });

export const presenceStatusSchema = z.enum(['online', 'away', 'offline']);
export type PresenceStatus = z.infer<typeof presenceStatusSchema>;
/** Presence changes, batched and sent at most every few seconds so they do not grow quadratically. */
export const presenceBatchSchema = z.object({
  changes: z.array(z.object({ userId: z.string(), status: presenceStatusSchema })),
});
export type PresenceBatch = z.infer<typeof presenceBatchSchema>;

export const typingEventSchema = z.object({
  channelId: z.string(),
  threadRootId: z.string().nullable(),
  user: channelPersonSchema,
});
export type TypingEvent = z.infer<typeof typingEventSchema>;

export const messageEditSchema = z.object({ body: z.string(), editedAt: z.string() });
export type MessageEdit = z.infer<typeof messageEditSchema>;
