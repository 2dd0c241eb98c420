import { z } from 'zod';
import { announcementEmailPreferenceSchema } from './announcements';

/** One notification centre per member: what happened that concerns them, newest first. */
export const NOTIFICATION_TYPES = ['mention', 'reply', 'announcement', 'membership', 'suggestion'] as const;
export const notificationTypeSchema = z.enum(NOTIFICATION_TYPES);
export type NotificationType = z.infer<typeof notificationTypeSchema>;

/** Where each type goes: the centre only, the centre and the daily mail digest, or nowhere. */
export const NOTIFICATION_DELIVERIES = ['in_app', 'email_digest', 'off'] as const;
export const notificationDeliverySchema = z.enum(NOTIFICATION_DELIVERIES);
export type NotificationDelivery = z.infer<typeof notificationDeliverySchema>;

export const notificationSchema = z.object({
  id: z.number().int(),
  type: notificationTypeSchema,
  title: z.string(),
  /** Plain text excerpt (never HTML). */
  body: z.string(),
  /** Path in the web client to open, e.g. `/channels/…?message=…`. */
  link: z.string(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type Notification = z.infer<typeof notificationSchema>;

export const notificationListQuerySchema = z.object({
  unread: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  /** Keyset pagination: notifications older than this id. */
  before: z.coerce.number().int().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(30),
});

export const notificationListSchema = z.object({
  items: z.array(notificationSchema),
  unread: z.number().int(),
  nextBefore: z.number().int().nullable(),
});
export type NotificationList = z.infer<typeof notificationListSchema>;

export const markNotificationsReadSchema = z.object({
  /** These ids, or every notification up to and including `upTo`. */
  ids: z.array(z.number().int().min(1)).max(500).optional(),
  upTo: z.number().int().min(1).optional(),
});

/** Pushed to every socket of the member when their unread count changes. */
export const notificationsChangedSchema = z.object({
  unread: z.number().int(),
  latest: notificationSchema.nullable(),
});
export type NotificationsChanged = z.infer<typeof notificationsChangedSchema>;

export const notificationPreferencesSchema = z.object({
  types: z.object(
    Object.fromEntries(NOTIFICATION_TYPES.map((t) => [t, notificationDeliverySchema])) as Record<
      NotificationType,
      typeof notificationDeliverySchema
    >,
  ),
  /** Announcement mail: each one as it is published, one daily digest, or none. */
  announcementEmail: announcementEmailPreferenceSchema,
});
export type NotificationPreferences = z.infer<typeof notificationPreferencesSchema>;

export const updateNotificationPreferencesSchema = z.object({
  types: z
    .object(
      Object.fromEntries(NOTIFICATION_TYPES.map((t) => [t, notificationDeliverySchema.optional()])) as Record<
        NotificationType,
        z.ZodOptional<typeof notificationDeliverySchema>
      >,
    )
    .optional(),
  announcementEmail: announcementEmailPreferenceSchema.optional(),
});

export const DEFAULT_NOTIFICATION_PREFERENCES: NotificationPreferences = {
  types: { mention: 'in_app', reply: 'in_app', announcement: 'in_app', membership: 'in_app', suggestion: 'in_app' },
  announcementEmail: 'immediately',
};
