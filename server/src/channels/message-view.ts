import { type ChannelMessage, type ChannelPerson, type SharedServiceCard } from '@thb/shared';
import { sql, type SQL } from 'drizzle-orm';
import { iso } from '../common/timestamps';

/**
 * The one way a message is read out of the database and shaped for clients: the select list below and the
 * mapping from its row. History, catch-up, threads, pins, search and broadcasts all go through it.
 */
export const MESSAGE_COLUMNS: SQL = sql`
  m.id, m.channel_id, m.seq, m.updated_seq, m.client_id, m.body, m.thread_root_id, m.reply_count,
  m.last_reply_at, m.mentions_channel, m.created_at, m.edited_at, m.deleted_at, m.hidden_at, m.pinned_at,
  m.author_id, au.display_name AS author_name, ao.name AS author_organisation,
  coalesce((
    SELECT json_agg(json_build_object('emoji', r.emoji, 'userIds', r.user_ids) ORDER BY r.first_at, r.emoji)
    FROM (SELECT emoji, array_agg(user_id ORDER BY created_at, user_id) AS user_ids, min(created_at) AS first_at
          FROM message_reactions WHERE message_id = m.id GROUP BY emoji) r
  ), '[]'::json) AS reactions,
  CASE WHEN cardinality(m.mentions) = 0 THEN '[]'::json ELSE coalesce((
    SELECT json_agg(json_build_object('id', mu.id, 'displayName', mu.display_name, 'organisationName', mo.name))
    FROM users mu LEFT JOIN organisations mo ON mo.id = mu.organisation_id WHERE mu.id = ANY(m.mentions)
  ), '[]'::json) END AS mentions,
  CASE WHEN m.shared_service_id IS NULL THEN NULL ELSE (
    SELECT json_build_object('id', s.id, 'name', s.sort_name, 'organisationName', so.name, 'city', s.city,
                             'country', s.country, 'serviceTypes', s.service_types)
    FROM directory_services s JOIN organisations so ON so.id = s.organisation_id WHERE s.id = m.shared_service_id
  ) END AS shared_service`;

/** FROM clause matching `MESSAGE_COLUMNS`. */
export const MESSAGE_FROM: SQL = sql`channel_messages m
  LEFT JOIN users au ON au.id = m.author_id
  LEFT JOIN organisations ao ON ao.id = au.organisation_id`;

export interface MessageRow {
  id: string;
  channel_id: string;
  seq: number | string;
  updated_seq: number | string;
  client_id: string;
  body: string | null;
  thread_root_id: string | null;
  reply_count: number;
  last_reply_at: Date | string | null;
  mentions_channel: boolean;
  created_at: Date | string;
  edited_at: Date | string | null;
  deleted_at: Date | string | null;
  hidden_at: Date | string | null;
  pinned_at: Date | string | null;
  author_id: string | null;
  author_name: string | null;
  author_organisation: string | null;
  reactions: unknown;
  mentions: unknown;
  shared_service: unknown;
}

function json<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

/** Who a message is shown as written by: a deleted account shows as a former member. */
const FORMER_MEMBER: ChannelPerson = { id: '', displayName: 'Former member', organisationName: null };

/**
 * Shapes a row for a viewer. A deleted message has no body for anyone; a hidden one keeps its body only for
 * moderators (`hiddenBody`), so they can review and restore it.
 */
export function toChannelMessage(row: MessageRow, viewer: { canModerate: boolean }): ChannelMessage {
  const hidden = row.hidden_at !== null;
  const deleted = row.deleted_at !== null;
  return {
    id: row.id,
    channelId: row.channel_id,
    seq: Number(row.seq),
    updatedSeq: Number(row.updated_seq),
    clientId: row.client_id,
    author: row.author_id
      ? { id: row.author_id, displayName: row.author_name ?? '', organisationName: row.author_organisation }
      : FORMER_MEMBER,
    body: hidden || deleted ? null : row.body,
    ...(hidden && !deleted && viewer.canModerate ? { hiddenBody: row.body } : {}),
    threadRootId: row.thread_root_id,
    replyCount: row.reply_count,
    lastReplyAt: iso(row.last_reply_at),
    reactions: deleted ? [] : json<ChannelMessage['reactions']>(row.reactions),
    mentions: json<ChannelPerson[]>(row.mentions),
    mentionsChannel: row.mentions_channel,
    sharedService: deleted || hidden ? null : json<SharedServiceCard | null>(row.shared_service),
    createdAt: iso(row.created_at) ?? '',
    editedAt: iso(row.edited_at),
    deletedAt: iso(row.deleted_at),
    hiddenAt: iso(row.hidden_at),
    pinnedAt: iso(row.pinned_at),
  };
}
