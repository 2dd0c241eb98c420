import {
  type Announcement,
  type AnnouncementComment,
  announcementCommentListSchema,
  type AnnouncementList,
  announcementListSchema,
  type AnnouncementReach,
  announcementReachSchema,
  type AnnouncementRevision,
  announcementRevisionSchema,
  announcementSchema,
  type AnnouncementStatus,
  type CreateAnnouncementInput,
  type UpdateAnnouncementInput,
} from '@thb/shared';
import { z } from 'zod';
import { apiGet, apiPatch, apiPost } from './http';

const one = (id: string) => `/announcements/${encodeURIComponent(id)}`;
const itemsOf = <S extends z.ZodType>(schema: S) => z.object({ items: z.array(schema) });

export interface AnnouncementListParams {
  status?: AnnouncementStatus | undefined;
  unread?: boolean | undefined;
  page?: number;
  pageSize?: number;
}

export function fetchAnnouncements(
  params: AnnouncementListParams = {},
  signal?: AbortSignal,
): Promise<AnnouncementList> {
  return apiGet('/announcements', announcementListSchema, {
    signal,
    query: {
      status: params.status,
      unread: params.unread === undefined ? undefined : String(params.unread),
      page: params.page,
      pageSize: params.pageSize,
    },
  });
}

export async function fetchPublicAnnouncements(signal?: AbortSignal): Promise<Announcement[]> {
  const list = await apiGet('/announcements/public', itemsOf(announcementSchema), { signal });
  return list.items;
}

export function fetchAnnouncement(id: string, signal?: AbortSignal): Promise<Announcement> {
  return apiGet(one(id), announcementSchema, { signal });
}

export function createAnnouncement(body: CreateAnnouncementInput): Promise<Announcement> {
  return apiPost('/announcements', body, announcementSchema);
}

export function updateAnnouncement(id: string, body: UpdateAnnouncementInput): Promise<Announcement> {
  return apiPatch(one(id), body, announcementSchema);
}

export function publishAnnouncement(id: string, publishAt?: string): Promise<Announcement> {
  return apiPost(`${one(id)}/publish`, publishAt ? { publishAt } : {}, announcementSchema);
}

export function withdrawAnnouncement(id: string): Promise<Announcement> {
  return apiPost(`${one(id)}/withdraw`, {}, announcementSchema);
}

export function markAnnouncementRead(id: string): Promise<Announcement> {
  return apiPost(`${one(id)}/read`, {}, announcementSchema);
}

export function fetchAnnouncementReach(id: string, signal?: AbortSignal): Promise<AnnouncementReach> {
  return apiGet(`${one(id)}/reach`, announcementReachSchema, { signal });
}

export async function fetchAnnouncementRevisions(id: string, signal?: AbortSignal): Promise<AnnouncementRevision[]> {
  return (await apiGet(`${one(id)}/revisions`, itemsOf(announcementRevisionSchema), { signal })).items;
}

export async function fetchAnnouncementComments(id: string, signal?: AbortSignal): Promise<AnnouncementComment[]> {
  return (await apiGet(`${one(id)}/comments`, announcementCommentListSchema, { signal })).items;
}

export async function addAnnouncementComment(id: string, body: string): Promise<AnnouncementComment[]> {
  return (await apiPost(`${one(id)}/comments`, { body }, announcementCommentListSchema)).items;
}
