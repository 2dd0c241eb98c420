import { z } from 'zod';
import { type ErrorCode } from './errors';
import { type Announcement } from './schemas/announcements';
import { type NotificationsChanged } from './schemas/notifications';
import {
  channelMembersChangeSchema,
  channelRefSchema,
  type ChannelEvent,
  type ChannelMessage,
  type ChannelPerson,
  type ChannelReadState,
  type ChannelSummary,
  createChannelSchema,
  editMessageSchema,
  hideMessageSchema,
  historySchema,
  type HistoryPage,
  markReadSchema,
  type MessageEdit,
  type MessageReport,
  messageRefSchema,
  muteSchema,
  openDirectSchema,
  pinSchema,
  type PresenceBatch,
  presenceQuerySchema,
  presenceSetSchema,
  type PresenceStatus,
  reactSchema,
  removeMemberSchema,
  reportMessageSchema,
  resolveReportSchema,
  searchMessagesSchema,
  type SearchHit,
  sendMessageSchema,
  syncSchema,
  type SyncPage,
  type ThreadPage,
  typingSchema,
  type TypingEvent,
  updateChannelSchema,
} from './schemas/channels';

/**
 * Socket.IO event contracts. Both `Server<ClientToServerEvents, ServerToClientEvents>` on the server
 * and `Socket<ServerToClientEvents, ClientToServerEvents>` on the client are typed from here, and every
 * payload a client sends is validated with the schema next to its event.
 */

/** Every acknowledgement has this shape: either the result or a problem-like error. */
export type Ack<T> = { ok: true; data: T } | { ok: false; error: { code: ErrorCode; message: string } };

export const systemWelcomeSchema = z.object({
  version: z.string(),
  serverTime: z.string().datetime(),
});
export type SystemWelcome = z.infer<typeof systemWelcomeSchema>;

export const systemPingSchema = z.object({
  sentAt: z.string().datetime(),
});
export type SystemPing = z.infer<typeof systemPingSchema>;

export const systemPongSchema = z.object({
  sentAt: z.string().datetime(),
  serverTime: z.string().datetime(),
});
export type SystemPong = z.infer<typeof systemPongSchema>;

export interface ServerToClientEvents {
  /** Sent once after a connection is accepted. */
  'system:welcome': (payload: SystemWelcome) => void;
  /** Sent to every client before the server shuts down, so they reconnect elsewhere quietly. */
  'system:shutdown': () => void;
  /** A committed change in a channel the socket's user belongs to, in sequence order per channel. */
  'channel:event': (event: ChannelEvent) => void;
  /** The user's read marker moved (on this or another tab or device). */
  'channel:read-state': (state: ChannelReadState) => void;
  /** A channel the user can see was created, changed, or the user was added to it: refresh its summary. */
  'channel:changed': (channel: ChannelSummary) => void;
  /** The user was removed from a channel (or it was deleted); its room has been left. */
  'channel:removed': (payload: { channelId: string }) => void;
  'channel:typing': (event: TypingEvent) => void;
  'presence:batch': (batch: PresenceBatch) => void;
  /** An announcement whose audience includes the user was published (or edited after publication). */
  'announcement:published': (announcement: Announcement) => void;
  'announcement:withdrawn': (payload: { id: string }) => void;
  /** The user read an announcement on another tab or device. */
  'announcement:read': (payload: { id: string; readAt: string }) => void;
  /** The user's unread notification count changed (a new one, or read on another tab). */
  'notifications:changed': (payload: NotificationsChanged) => void;
}

export interface ClientToServerEvents {
  /** Round trip used by clients to measure latency and check the connection. */
  'system:ping': (payload: SystemPing, ack: (result: Ack<SystemPong>) => void) => void;

  /** Channels the user can see, with unread and mention counts; joins the priority channels on first use. */
  'channels:list': (payload: Record<string, never>, ack: (result: Ack<ChannelSummary[]>) => void) => void;
  'channel:create': (payload: z.input<typeof createChannelSchema>, ack: (result: Ack<ChannelSummary>) => void) => void;
  'channel:update': (payload: z.input<typeof updateChannelSchema>, ack: (result: Ack<ChannelSummary>) => void) => void;
  'channel:join': (payload: z.input<typeof channelRefSchema>, ack: (result: Ack<ChannelSummary>) => void) => void;
  'channel:leave': (payload: z.input<typeof channelRefSchema>, ack: (result: Ack<null>) => void) => void;
  'channel:invite': (
    payload: z.input<typeof channelMembersChangeSchema>,
    ack: (result: Ack<ChannelSummary>) => void,
  ) => void;
  'channel:remove-member': (payload: z.input<typeof removeMemberSchema>, ack: (result: Ack<null>) => void) => void;
  'channel:members': (payload: z.input<typeof channelRefSchema>, ack: (result: Ack<ChannelPerson[]>) => void) => void;
  'channel:mute': (
    payload: z.input<typeof muteSchema>,
    ack: (result: Ack<{ mutedUntil: string | null }>) => void,
  ) => void;
  /** Opens (or finds) the direct conversation with another member. */
  'direct:open': (payload: z.input<typeof openDirectSchema>, ack: (result: Ack<ChannelSummary>) => void) => void;
  /** Newest top-level messages, or those before `beforeSeq` (keyset pagination by sequence). */
  'channel:history': (payload: z.input<typeof historySchema>, ack: (result: Ack<HistoryPage>) => void) => void;
  /** Catch-up: every message changed after `afterSeq`. */
  'channel:sync': (payload: z.input<typeof syncSchema>, ack: (result: Ack<SyncPage>) => void) => void;
  'channel:pins': (payload: z.input<typeof channelRefSchema>, ack: (result: Ack<ChannelMessage[]>) => void) => void;
  'channel:read': (payload: z.input<typeof markReadSchema>, ack: (result: Ack<ChannelReadState>) => void) => void;
  'channel:typing': (payload: z.input<typeof typingSchema>) => void;
  /** Acked only once the message is committed; the same clientId returns the original message. */
  'message:send': (payload: z.input<typeof sendMessageSchema>, ack: (result: Ack<ChannelMessage>) => void) => void;
  'message:edit': (payload: z.input<typeof editMessageSchema>, ack: (result: Ack<ChannelMessage>) => void) => void;
  'message:delete': (payload: z.input<typeof messageRefSchema>, ack: (result: Ack<ChannelMessage>) => void) => void;
  'message:react': (payload: z.input<typeof reactSchema>, ack: (result: Ack<ChannelMessage>) => void) => void;
  'message:pin': (payload: z.input<typeof pinSchema>, ack: (result: Ack<ChannelMessage>) => void) => void;
  'message:history': (payload: z.input<typeof messageRefSchema>, ack: (result: Ack<MessageEdit[]>) => void) => void;
  'message:thread': (payload: z.input<typeof messageRefSchema>, ack: (result: Ack<ThreadPage>) => void) => void;
  'message:report': (payload: z.input<typeof reportMessageSchema>, ack: (result: Ack<null>) => void) => void;
  'message:hide': (payload: z.input<typeof hideMessageSchema>, ack: (result: Ack<ChannelMessage>) => void) => void;
  'messages:search': (payload: z.input<typeof searchMessagesSchema>, ack: (result: Ack<SearchHit[]>) => void) => void;
  'reports:list': (payload: Record<string, never>, ack: (result: Ack<MessageReport[]>) => void) => void;
  'reports:resolve': (payload: z.input<typeof resolveReportSchema>, ack: (result: Ack<null>) => void) => void;
  'presence:set': (payload: z.input<typeof presenceSetSchema>) => void;
  'presence:query': (
    payload: z.input<typeof presenceQuerySchema>,
    ack: (result: Ack<Record<string, PresenceStatus>>) => void,
  ) => void;
}

const emptySchema = z.object({}).strict();

/** Schemas of client-sent payloads, keyed by event name; the server validates every event with these. */
export const clientEventSchemas = {
  'system:ping': systemPingSchema,
  'channels:list': emptySchema,
  'channel:create': createChannelSchema,
  'channel:update': updateChannelSchema,
  'channel:join': channelRefSchema,
  'channel:leave': channelRefSchema,
  'channel:invite': channelMembersChangeSchema,
  'channel:remove-member': removeMemberSchema,
  'channel:members': channelRefSchema,
  'channel:mute': muteSchema,
  'direct:open': openDirectSchema,
  'channel:history': historySchema,
  'channel:sync': syncSchema,
  'channel:pins': channelRefSchema,
  'channel:read': markReadSchema,
  'channel:typing': typingSchema,
  'message:send': sendMessageSchema,
  'message:edit': editMessageSchema,
  'message:delete': messageRefSchema,
  'message:react': reactSchema,
  'message:pin': pinSchema,
  'message:history': messageRefSchema,
  'message:thread': messageRefSchema,
  'message:report': reportMessageSchema,
  'message:hide': hideMessageSchema,
  'messages:search': searchMessagesSchema,
  'reports:list': emptySchema,
  'reports:resolve': resolveReportSchema,
  'presence:set': presenceSetSchema,
  'presence:query': presenceQuerySchema,
} satisfies Record<keyof ClientToServerEvents, z.ZodType>;

export const SOCKET_PATH = '/socket.io';
