import {
  type NotificationList,
  notificationListSchema,
  type NotificationPreferences,
  notificationPreferencesSchema,
  type updateNotificationPreferencesSchema,
} from '@thb/shared';
import { z } from 'zod';
import { apiGet, apiPost, apiPut } from './http';

export const NOTIFICATION_PAGE = 30;

export function fetchNotifications(
  params: { before?: number | undefined; unread?: boolean } = {},
  signal?: AbortSignal,
): Promise<NotificationList> {
  return apiGet('/notifications', notificationListSchema, {
    signal,
    query: { before: params.before, unread: params.unread ? 'true' : undefined, limit: NOTIFICATION_PAGE },
  });
}

/** Marks some notifications, or every one up to `upTo`, as read; resolves with the unread count after. */
export async function markNotificationsRead(body: { ids?: number[]; upTo?: number }): Promise<number> {
  return (await apiPost('/notifications/read', body, z.object({ unread: z.number().int() }))).unread;
}

export function fetchNotificationPreferences(signal?: AbortSignal): Promise<NotificationPreferences> {
  return apiGet('/notifications/preferences', notificationPreferencesSchema, { signal });
}

export function updateNotificationPreferences(
  body: z.input<typeof updateNotificationPreferencesSchema>,
): Promise<NotificationPreferences> {
  return apiPut('/notifications/preferences', body, notificationPreferencesSchema);
}
