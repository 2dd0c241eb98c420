import { z } from 'zod';
import { countryCodeSchema, organisationTypeSchema, uniqueList } from './reference';
import { priorityCodeSchema } from './strategy';

/**
 * The Coordinator's announcements. The audience is evaluated when someone reads, not frozen at publication:
 * a member whose organisation later starts working in an audience country sees the announcement too.
 * Within one dimension any value matches; across dimensions all must match; an empty audience is every member.
 */

export const ANNOUNCEMENT_STATUSES = ['draft', 'scheduled', 'published', 'withdrawn'] as const;
export const announcementStatusSchema = z.enum(ANNOUNCEMENT_STATUSES);
export type AnnouncementStatus = z.infer<typeof announcementStatusSchema>;

export const audienceSchema = z
  .object({
    countries: uniqueList(countryCodeSchema, 60).default([]),
    organisationTypes: uniqueList(organisationTypeSchema, 20).default([]),
    priorities: uniqueList(priorityCodeSchema, 5).default([]),
  })
  .describe(
    'Who receives it: members in any of these countries, of any of these organisation types, working on any of these priorities; empty lists do not narrow',
  );
export type Audience = z.infer<typeof audienceSchema>;

export const attachmentLinkSchema = z.object({
  title: z.string().trim().min(1).max(200),
  url: z.url({ protocol: /^https?$/, message: 'must be an http(s) address' }).max(1000),
});
export type AttachmentLink = z.infer<typeof attachmentLinkSchema>;

const datetime = z.iso.datetime({ offset: true });

const announcementFields = {
  title: z.string().trim().min(3, 'must be at least 3 characters').max(200),
  /** Markdown, rendered safely by the client as in chat. */
  body: z.string().trim().min(1, 'write the announcement').max(20_000),
  priorityCode: priorityCodeSchema.nullable().default(null),
  audience: audienceSchema.default({ countries: [], organisationTypes: [], priorities: [] }),
  eventStartsAt: datetime.nullable().default(null),
  eventPlace: z.string().trim().max(200).nullable().default(null),
  pinnedUntil: datetime.nullable().default(null),
  attachments: z.array(attachmentLinkSchema).max(10).default([]),
  /** Also shown to visitors on the home page and in the Atom feed. */
  isPublic: z.boolean().default(false),
  /** Members of the audience may comment. */
  allowComments: z.boolean().default(false),
};

export const createAnnouncementSchema = z
  .object({
    ...announcementFields,
    /** Keep as a draft, publish now, or publish at `publishAt`. */
    publish: z.enum(['draft', 'now', 'schedule']).default('draft'),
    publishAt: datetime.optional(),
  })
  .refine((a) => a.publish !== 'schedule' || a.publishAt !== undefined, {
    path: ['publishAt'],
    message: 'choose when to publish',
  });
export type CreateAnnouncementInput = z.input<typeof createAnnouncementSchema>;

export const updateAnnouncementSchema = z.object({
  title: announcementFields.title.optional(),
  body: announcementFields.body.optional(),
  priorityCode: priorityCodeSchema.nullable().optional(),
  audience: audienceSchema.optional(),
  eventStartsAt: datetime.nullable().optional(),
  eventPlace: z.string().trim().max(200).nullable().optional(),
  pinnedUntil: datetime.nullable().optional(),
  attachments: z.array(attachmentLinkSchema).max(10).optional(),
  isPublic: z.boolean().optional(),
  allowComments: z.boolean().optional(),
});
export type UpdateAnnouncementInput = z.input<typeof updateAnnouncementSchema>;

export const publishAnnouncementSchema = z.object({
  /** Publish at this time; omitted: now. */
  publishAt: datetime.optional(),
});

export const announcementIdParamsSchema = z.object({ id: z.uuid() });

export const announcementPersonSchema = z.object({ id: z.string(), displayName: z.string() });

export const announcementSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  body: z.string(),
  priorityCode: priorityCodeSchema.nullable(),
  audience: audienceSchema,
  eventStartsAt: z.string().nullable(),
  eventPlace: z.string().nullable(),
  pinnedUntil: z.string().nullable(),
  attachments: z.array(attachmentLinkSchema),
  isPublic: z.boolean(),
  allowComments: z.boolean(),
  status: announcementStatusSchema,
  publishAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  withdrawnAt: z.string().nullable(),
  author: announcementPersonSchema.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Set once edited after publication. */
  editedAt: z.string().nullable(),
  commentCount: z.number().int(),
  /** The viewer's receipt (members); null for visitors and the authors' own views. */
  readAt: z.string().nullable(),
});
export type Announcement = z.infer<typeof announcementSchema>;

export const announcementListQuerySchema = z.object({
  /** Authors (the Coordinator) may list drafts, scheduled and withdrawn ones. */
  status: announcementStatusSchema.optional(),
  unread: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const announcementListSchema = z.object({
  items: z.array(announcementSchema),
  total: z.number().int(),
  unread: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type AnnouncementList = z.infer<typeof announcementListSchema>;

export const announcementRevisionSchema = z.object({
  title: z.string(),
  body: z.string(),
  editedAt: z.string(),
  editedBy: announcementPersonSchema.nullable(),
});
export type AnnouncementRevision = z.infer<typeof announcementRevisionSchema>;

const reachRowSchema = z.object({
  audience: z.number().int(),
  delivered: z.number().int(),
  read: z.number().int(),
});
/** Who it reached: the audience now, how many received it (on a screen or by mail), how many read it. */
export const announcementReachSchema = reachRowSchema.extend({
  byCountry: z.array(reachRowSchema.extend({ country: z.string() })),
  byOrganisationType: z.array(reachRowSchema.extend({ organisationType: z.string() })),
});
export type AnnouncementReach = z.infer<typeof announcementReachSchema>;

export const announcementCommentInputSchema = z.object({ body: z.string().trim().min(1).max(4000) });
export const announcementCommentSchema = z.object({
  id: z.number().int(),
  author: announcementPersonSchema.nullable(),
  body: z.string(),
  createdAt: z.string(),
});
export type AnnouncementComment = z.infer<typeof announcementCommentSchema>;
export const announcementCommentListSchema = z.object({ items: z.array(announcementCommentSchema) });

/** Per-member choice of announcement mail. */
export const ANNOUNCEMENT_EMAIL_PREFERENCES = ['immediately', 'daily', 'never'] as const;
export const announcementEmailPreferenceSchema = z.enum(ANNOUNCEMENT_EMAIL_PREFERENCES);
