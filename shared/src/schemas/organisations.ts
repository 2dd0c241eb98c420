import { z } from 'zod';
import { emailSchema } from './auth';
import { priorityCodeSchema } from './strategy';
import {
  countryCodeSchema,
  languageCodeSchema,
  organisationTypeSchema,
  serviceTypeSchema,
  uniqueList,
} from './reference';

/** A text per language, keyed by ISO 639-1 code: `{ "en": "…", "fr": "…" }`. */
export const multilingualTextSchema = z
  .record(languageCodeSchema, z.string().trim().min(1).max(4000))
  .refine((texts) => Object.keys(texts).length <= 24, 'at most 24 languages')
  .describe('A text per language, keyed by ISO 639-1 code');
export type MultilingualText = z.infer<typeof multilingualTextSchema>;

/** The fields an organisation fills in about itself (on applying, and when editing its profile). */
export const organisationProfileInputSchema = z.object({
  name: z.string().trim().min(2, 'must be at least 2 characters').max(200),
  type: organisationTypeSchema,
  countries: uniqueList(countryCodeSchema, 60).refine((xs) => xs.length > 0, 'choose at least one country'),
  website: z
    .url({ protocol: /^https?$/, message: 'must be an http(s) address' })
    .max(500)
    .nullable()
    .default(null),
  description: multilingualTextSchema.refine((t) => Object.keys(t).length > 0, 'write a description in one language'),
  expertise: uniqueList(z.string().trim().min(2).max(80), 20).default([]),
  priorities: uniqueList(priorityCodeSchema, 5).default([]),
  services: uniqueList(serviceTypeSchema, 20).default([]),
  languages: uniqueList(languageCodeSchema, 30).refine((xs) => xs.length > 0, 'choose at least one language'),
  seekingPartners: z.string().trim().max(2000).nullable().default(null),
  contactEmail: emailSchema,
  contactPhone: z
    .string()
    .trim()
    .regex(/^\+[1-9]\d{6,14}$/, 'must be an international number such as +32 2 299 11 11, without spaces')
    .nullable()
    .default(null),
});
export type OrganisationProfileInput = z.input<typeof organisationProfileInputSchema>;
export type OrganisationProfile = z.output<typeof organisationProfileInputSchema>;

export const organisationSchema = organisationProfileInputSchema.extend({
  id: z.uuid(),
  hasLogo: z.boolean(),
  memberCount: z.number().int().nonnegative(),
  joinedAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Organisation = z.infer<typeof organisationSchema>;

export const organisationIdParamsSchema = z.object({ id: z.uuid() });

/** The people of a member organisation other members can write to (a direct conversation). */
export const organisationPeopleSchema = z.object({
  items: z.array(z.object({ id: z.uuid(), displayName: z.string() })),
});
export type OrganisationPeople = z.infer<typeof organisationPeopleSchema>;

const commaList = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(item).max(30));

/** Partner search: free text plus filters; every filter is optional. Lists are comma-separated. */
export const partnerSearchQuerySchema = z.object({
  q: z.string().trim().max(200).optional().describe('Words to find in names, descriptions, expertise'),
  country: commaList(countryCodeSchema).optional(),
  type: commaList(organisationTypeSchema).optional(),
  priority: commaList(priorityCodeSchema).optional(),
  expertise: z.string().trim().max(80).optional(),
  seeking: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .describe('Only organisations that say they are seeking partners'),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(20),
});
export type PartnerSearchQuery = z.input<typeof partnerSearchQuerySchema>;

export const organisationSummarySchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    type: organisationTypeSchema,
    countries: z.array(z.string()),
    priorities: z.array(priorityCodeSchema),
    expertise: z.array(z.string()),
    languages: z.array(z.string()),
    seekingPartners: z.string().nullable(),
    excerpt: z.string().describe('Start of the description, in the best matching language'),
    hasLogo: z.boolean(),
  })
  .meta({ id: 'OrganisationSummary' });
export type OrganisationSummary = z.infer<typeof organisationSummarySchema>;

const facetSchema = z.array(z.object({ value: z.string(), count: z.number().int() }));
export const partnerSearchResultSchema = z.object({
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  items: z.array(organisationSummarySchema),
  facets: z.object({
    country: facetSchema,
    type: facetSchema,
    priority: facetSchema,
    seeking: facetSchema,
  }),
});
export type PartnerSearchResult = z.infer<typeof partnerSearchResultSchema>;
