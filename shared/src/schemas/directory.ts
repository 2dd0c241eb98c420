import { z } from 'zod';
import { emailSchema } from './auth';
import { multilingualTextSchema } from './organisations';
import {
  countryCodeSchema,
  languageCodeSchema,
  organisationTypeSchema,
  serviceTypeSchema,
  uniqueList,
} from './reference';

/*
 * The EU-wide directory of victim-support services and professional contacts. Field names follow Open
 * Referral HSDS 3.0 where HSDS has the concept (service, location, schedule, phone, contact, language,
 * service area, `assured_date`, metadata), in camelCase on the platform's own API.
 */

/** Forms of exploitation a service works with (Strategy 2012–2016, Communication 2017). */
export const EXPLOITATION_FORMS = [
  'sexual',
  'labour',
  'begging',
  'criminal_activities',
  'organ_removal',
  'domestic_servitude',
  'forced_marriage',
  'online',
] as const;
export const exploitationFormSchema = z.enum(EXPLOITATION_FORMS);
export type ExploitationForm = z.infer<typeof exploitationFormSchema>;

/** Groups a service is for (Strategy 2012–2016, Priority E Action 2, plus women with children). */
export const GROUPS_SERVED = [
  'women',
  'women_with_children',
  'men',
  'girls',
  'boys',
  'unaccompanied_children',
  'children_left_behind',
  'children_with_disabilities',
  'roma',
  'undocumented_workers',
  'domestic_workers',
  'third_country_nationals',
  'eu_citizens',
] as const;
export const groupServedSchema = z.enum(GROUPS_SERVED);
export type GroupServed = z.infer<typeof groupServedSchema>;

/** HSDS 3.0 service statuses (`temporarily closed` is written with an underscore here). */
export const SERVICE_STATUSES = ['active', 'inactive', 'defunct', 'temporarily_closed'] as const;
export const serviceStatusSchema = z.enum(SERVICE_STATUSES);
export type ServiceStatus = z.infer<typeof serviceStatusSchema>;

/** How a person reaches the service. */
export const ACCESS_MODES = ['walk_in', 'appointment', 'referral_only', 'hotline', 'online', 'outreach'] as const;
export const accessModeSchema = z.enum(ACCESS_MODES);
export type AccessMode = z.infer<typeof accessModeSchema>;

export const ELIGIBLE_GENDERS = ['any', 'women', 'men'] as const;
export const eligibleGenderSchema = z.enum(ELIGIBLE_GENDERS);

/**
 * Who may see a group of fields: everyone, signed-in members, or only the owning organisation and the
 * Coordinator. Shelter street addresses and exact coordinates are never public, whatever the provider chose.
 */
export const VISIBILITY_LEVELS = ['public', 'members', 'restricted'] as const;
export const visibilitySchema = z.enum(VISIBILITY_LEVELS);
export type Visibility = z.infer<typeof visibilitySchema>;

/** The field groups visibility is chosen for. */
export const FIELD_GROUPS = ['location', 'phones', 'email', 'contacts', 'capacity'] as const;
export const fieldVisibilitySchema = z
  .object({
    location: visibilitySchema.describe('Street address and exact coordinates (city and country are always public)'),
    phones: visibilitySchema,
    email: visibilitySchema,
    contacts: visibilitySchema.describe('Named people and functions'),
    capacity: visibilitySchema.describe('Places available'),
  })
  .meta({ id: 'FieldVisibility' });
export type FieldVisibility = z.infer<typeof fieldVisibilitySchema>;

export const DEFAULT_FIELD_VISIBILITY: FieldVisibility = {
  location: 'public',
  phones: 'public',
  email: 'public',
  contacts: 'members',
  capacity: 'members',
};

/** HSDS phone types. */
export const PHONE_TYPES = ['voice', 'text', 'fax', 'cell', 'video', 'pager', 'textphone'] as const;
export const phoneTypeSchema = z.enum(PHONE_TYPES);

export const LOCATION_TYPES = ['physical', 'postal', 'virtual'] as const;
export const locationTypeSchema = z.enum(LOCATION_TYPES);

/** Roles in the professional contacts directory. */
export const CONTACT_ROLES = [
  'national_rapporteur',
  'referral_contact_point',
  'law_enforcement_unit',
  'eu_agency',
  'international_organisation',
  'labour_inspectorate',
  'consular',
  'media',
  'service_provider',
  'other',
] as const;
export const contactRoleSchema = z.enum(CONTACT_ROLES);
export type ContactRole = z.infer<typeof contactRoleSchema>;

/** Weekday codes as in iCalendar / HSDS `byday`. */
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export const weekdaySchema = z.enum(WEEKDAYS);
export type Weekday = z.infer<typeof weekdaySchema>;

/** Months after which an unverified record is flagged as stale. */
export const STALE_AFTER_MONTHS = 12;

export const e164Schema = z
  .string()
  .trim()
  .regex(/^\+[1-9]\d{6,14}$/, 'must be an international number in E.164 form, such as +3222991111');

const timeOfDaySchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time such as 09:30')
  .describe('Local time, HH:MM');

const ianaTimeZoneSchema = z
  .string()
  .trim()
  .max(64)
  .refine((tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, 'must be an IANA time zone such as Europe/Brussels');

// ---------------------------------------------------------------------------------------------------------
// Records as written by providers (input) and read back (output)
// ---------------------------------------------------------------------------------------------------------

export const phoneSchema = z
  .object({
    number: e164Schema,
    extension: z.string().trim().max(20).nullable().default(null),
    type: phoneTypeSchema.default('voice'),
    description: z.string().trim().max(200).nullable().default(null),
    languages: uniqueList(languageCodeSchema, 30).default([]),
  })
  .meta({ id: 'DirectoryPhone' });
export type Phone = z.output<typeof phoneSchema>;

/**
 * Opening hours: one row per weekday and span (`byday` + `opensAt`/`closesAt`), or an exception for a date
 * range (`validFrom`–`validTo`), closed or with its own hours. A service open around the clock says so with
 * `open247` instead.
 */
export const scheduleSchema = z
  .object({
    byday: weekdaySchema.nullable().default(null),
    opensAt: timeOfDaySchema.nullable().default(null),
    closesAt: timeOfDaySchema.nullable().default(null),
    validFrom: z.iso.date().nullable().default(null),
    validTo: z.iso.date().nullable().default(null),
    closed: z.boolean().default(false).describe('An exception: closed on these dates'),
    description: z.string().trim().max(300).nullable().default(null),
  })
  .meta({ id: 'DirectorySchedule' });
export type Schedule = z.output<typeof scheduleSchema>;

export const locationInputSchema = z
  .object({
    locationType: locationTypeSchema.default('physical'),
    name: z.string().trim().max(200).nullable().default(null),
    address1: z.string().trim().max(200).nullable().default(null),
    address2: z.string().trim().max(200).nullable().default(null),
    postalCode: z.string().trim().max(20).nullable().default(null),
    city: z.string().trim().min(1).max(100),
    region: z.string().trim().max(100).nullable().default(null),
    country: countryCodeSchema,
    latitude: z.number().min(-90).max(90).nullable().default(null),
    longitude: z.number().min(-180).max(180).nullable().default(null),
    timeZone: ianaTimeZoneSchema.default('Europe/Brussels'),
    accessibility: z.string().trim().max(1000).nullable().default(null),
    transportation: z.string().trim().max(1000).nullable().default(null),
  })
  .meta({ id: 'DirectoryLocationInput' });
export type LocationInput = z.output<typeof locationInputSchema>;

export const contactInputSchema = z
  .object({
    name: z.string().trim().max(200).nullable().default(null).describe('A person; null for a function'),
    title: z.string().trim().max(200).nullable().default(null),
    department: z.string().trim().max(200).nullable().default(null),
    email: emailSchema.nullable().default(null),
    phones: z.array(phoneSchema).max(10).default([]),
    role: contactRoleSchema.default('other'),
    country: countryCodeSchema.nullable().default(null),
    outOfHours: z.boolean().default(false).describe('Reachable outside office hours'),
  })
  .meta({ id: 'DirectoryContactInput' });
export type ContactInput = z.output<typeof contactInputSchema>;

export const capacitySchema = z
  .object({
    available: z.number().int().min(0).max(100_000),
    total: z.number().int().min(0).max(100_000),
  })
  .refine((c) => c.available <= c.total, 'available places cannot exceed the total')
  .meta({ id: 'DirectoryCapacityInput' });

/** What a provider writes about a service. */
export const serviceInputSchema = z
  .object({
    organisationId: z.uuid(),
    name: multilingualTextSchema.refine((t) => Object.keys(t).length > 0, 'name the service in one language'),
    description: multilingualTextSchema.default({}),
    url: z
      .url({ protocol: /^https?$/, message: 'must be an http(s) address' })
      .max(500)
      .nullable()
      .default(null),
    email: emailSchema.nullable().default(null),
    status: serviceStatusSchema.default('active'),
    serviceTypes: uniqueList(serviceTypeSchema, 15).refine((xs) => xs.length > 0, 'choose at least one type'),
    groupsServed: uniqueList(groupServedSchema, GROUPS_SERVED.length).default([]),
    exploitationForms: uniqueList(exploitationFormSchema, EXPLOITATION_FORMS.length).default([]),
    languages: uniqueList(languageCodeSchema, 40).refine((xs) => xs.length > 0, 'choose at least one language'),
    minimumAge: z.number().int().min(0).max(120).nullable().default(null),
    maximumAge: z.number().int().min(0).max(120).nullable().default(null),
    eligibleGender: eligibleGenderSchema.default('any'),
    eligibilityDescription: z.string().trim().max(2000).nullable().default(null),
    free: z.boolean().default(true),
    feesDescription: z.string().trim().max(1000).nullable().default(null),
    accessModes: uniqueList(accessModeSchema, ACCESS_MODES.length).default([]),
    acceptsSelfReferral: z.boolean().default(true),
    interpretationAvailable: z.boolean().default(false),
    open247: z.boolean().default(false),
    capacity: capacitySchema.nullable().default(null),
    location: locationInputSchema,
    serviceAreas: uniqueList(countryCodeSchema, 60).default([]).describe('Countries served besides the location'),
    phones: z.array(phoneSchema).max(10).default([]),
    schedules: z.array(scheduleSchema).max(50).default([]),
    contacts: z.array(contactInputSchema).max(20).default([]),
    visibility: fieldVisibilitySchema.default(DEFAULT_FIELD_VISIBILITY),
  })
  .refine((s) => s.minimumAge === null || s.maximumAge === null || s.minimumAge <= s.maximumAge, {
    message: 'the minimum age cannot be above the maximum age',
    path: ['maximumAge'],
  });
export type ServiceInput = z.output<typeof serviceInputSchema>;
export type ServiceInputDraft = z.input<typeof serviceInputSchema>;

/** Where a service is, as the viewer may see it: street address and exact point only when allowed. */
export const serviceLocationSchema = z
  .object({
    locationType: locationTypeSchema,
    name: z.string().nullable(),
    city: z.string(),
    region: z.string().nullable(),
    country: z.string(),
    timeZone: z.string(),
    address1: z.string().nullable(),
    address2: z.string().nullable(),
    postalCode: z.string().nullable(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    precision: z.enum(['exact', 'city']).describe('`city`: the point is the rounded city-level position'),
    accessibility: z.string().nullable(),
    transportation: z.string().nullable(),
  })
  .meta({ id: 'DirectoryServiceLocation' });
export type ServiceLocation = z.infer<typeof serviceLocationSchema>;

export const capacityStateSchema = z
  .object({ available: z.number().int(), total: z.number().int(), updatedAt: z.iso.datetime() })
  .meta({ id: 'DirectoryCapacity' });

export const organisationRefSchema = z
  .object({ id: z.uuid(), name: z.string(), type: organisationTypeSchema, website: z.string().nullable() })
  .meta({ id: 'DirectoryOrganisationRef' });

/** A result card. */
export const serviceSummarySchema = z
  .object({
    id: z.uuid(),
    name: z.string().describe('In the best language for the viewer'),
    excerpt: z.string(),
    organisation: organisationRefSchema,
    status: serviceStatusSchema,
    city: z.string(),
    region: z.string().nullable(),
    country: z.string(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    precision: z.enum(['exact', 'city']),
    serviceTypes: z.array(serviceTypeSchema),
    languages: z.array(z.string()),
    free: z.boolean(),
    open247: z.boolean(),
    openNow: z.boolean(),
    acceptsSelfReferral: z.boolean(),
    capacity: capacityStateSchema.nullable().describe('Null when not published or not visible to the viewer'),
    assuredDate: z.iso.date().nullable().describe('When the record was last verified'),
    stale: z.boolean().describe(`Not verified for ${STALE_AFTER_MONTHS} months`),
    distanceKm: z.number().nullable(),
    sample: z.boolean().describe('Generated sample data, not a real service'),
  })
  .meta({ id: 'DirectoryServiceSummary' });
export type ServiceSummary = z.infer<typeof serviceSummarySchema>;

export const contactSchema = contactInputSchema
  .extend({
    id: z.uuid(),
    organisation: organisationRefSchema.nullable(),
    serviceId: z.uuid().nullable(),
  })
  .meta({ id: 'DirectoryContact' });
export type Contact = z.infer<typeof contactSchema>;

export const serviceDetailSchema = z.object({
  id: z.uuid(),
  organisation: organisationRefSchema,
  name: multilingualTextSchema,
  description: multilingualTextSchema,
  displayName: z.string(),
  url: z.string().nullable(),
  email: z.string().nullable(),
  status: serviceStatusSchema,
  serviceTypes: z.array(serviceTypeSchema),
  groupsServed: z.array(groupServedSchema),
  exploitationForms: z.array(exploitationFormSchema),
  languages: z.array(z.string()),
  minimumAge: z.number().int().nullable(),
  maximumAge: z.number().int().nullable(),
  eligibleGender: eligibleGenderSchema,
  eligibilityDescription: z.string().nullable(),
  free: z.boolean(),
  feesDescription: z.string().nullable(),
  accessModes: z.array(accessModeSchema),
  acceptsSelfReferral: z.boolean(),
  interpretationAvailable: z.boolean(),
  open247: z.boolean(),
  openNow: z.boolean(),
  capacity: capacityStateSchema.nullable(),
  location: serviceLocationSchema,
  serviceAreas: z.array(z.string()),
  phones: z.array(phoneSchema),
  schedules: z.array(scheduleSchema),
  contacts: z.array(contactSchema),
  visibility: fieldVisibilitySchema.describe('What the provider chose; only shown to those who may edit'),
  hidden: z.array(z.enum(FIELD_GROUPS)).describe('Field groups the viewer may not see (sign in to see more)'),
  assuredDate: z.iso.date().nullable(),
  assurer: z.string().nullable().describe('Who last verified the record (name), when visible'),
  stale: z.boolean(),
  lastModified: z.iso.datetime(),
  sample: z.boolean(),
  canEdit: z.boolean(),
});
export type ServiceDetail = z.infer<typeof serviceDetailSchema>;

export const serviceIdParamsSchema = z.object({ id: z.uuid() });

// ---------------------------------------------------------------------------------------------------------
// Search
// ---------------------------------------------------------------------------------------------------------

const commaList = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(item).max(30));

const flag = z
  .enum(['true', 'false'])
  .transform((v) => v === 'true')
  .optional();

export const SERVICE_SORTS = ['relevance', 'distance', 'name', 'verified'] as const;

/** Directory search. Every filter is optional; lists are comma-separated. */
export const serviceSearchQuerySchema = z
  .object({
    q: z.string().trim().max(200).optional().describe('Words in names and descriptions, in any language'),
    country: commaList(countryCodeSchema).optional(),
    city: z.string().trim().min(1).max(100).optional().describe('City or region, as written on the record'),
    type: commaList(serviceTypeSchema).optional(),
    group: commaList(groupServedSchema).optional(),
    exploitation: commaList(exploitationFormSchema).optional(),
    language: commaList(languageCodeSchema).optional().describe('A language spoken by the service'),
    status: commaList(serviceStatusSchema).optional().describe('Default: active and temporarily closed'),
    free: flag.describe('Only services free of charge'),
    openNow: flag.describe('Open at this moment, in the location’s own time zone'),
    open247: flag.describe('Open around the clock'),
    selfReferral: flag.describe('Accepts people who come on their own, without a referral'),
    hasCapacity: flag.describe('Has places available now'),
    verifiedWithinMonths: z.coerce.number().int().min(1).max(120).optional(),
    lat: z.coerce.number().min(-90).max(90).optional(),
    lng: z.coerce.number().min(-180).max(180).optional(),
    radiusKm: z.coerce.number().min(1).max(5000).optional().describe('With lat/lng; default 50'),
    sort: z.enum(SERVICE_SORTS).optional().describe('Default: relevance with words, distance near a point, else name'),
    page: z.coerce.number().int().min(1).max(1000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
  })
  .refine((q) => (q.lat === undefined) === (q.lng === undefined), {
    message: 'give both lat and lng',
    path: ['lng'],
  })
  .refine((q) => q.sort !== 'distance' || q.lat !== undefined, {
    message: 'sorting by distance needs lat and lng',
    path: ['sort'],
  });
export type ServiceSearchQuery = z.input<typeof serviceSearchQuerySchema>;
export type ServiceSearchFilter = Omit<z.output<typeof serviceSearchQuerySchema>, 'page' | 'pageSize'>;

export const facetCountsSchema = z.array(z.object({ value: z.string(), count: z.number().int() }));
export type FacetCounts = z.infer<typeof facetCountsSchema>;

export const SERVICE_FACETS = [
  'country',
  'type',
  'group',
  'exploitation',
  'language',
  'free',
  'openNow',
  'open247',
  'selfReferral',
  'hasCapacity',
  'verified',
] as const;
export type ServiceFacet = (typeof SERVICE_FACETS)[number];

export const serviceSearchResultSchema = z.object({
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  sort: z.enum(SERVICE_SORTS),
  items: z.array(serviceSummarySchema),
  facets: z
    .object(
      Object.fromEntries(SERVICE_FACETS.map((f) => [f, facetCountsSchema])) as Record<
        ServiceFacet,
        typeof facetCountsSchema
      >,
    )
    .describe(
      'Counts per value under every other filter; yes/no filters count `true`; `verified` counts by months since verification',
    ),
});
export type ServiceSearchResult = z.infer<typeof serviceSearchResultSchema>;

export const suggestQuerySchema = z.object({ q: z.string().trim().min(2).max(100) });
export const suggestionsSchema = z.object({
  items: z.array(
    z.object({ kind: z.enum(['service', 'organisation', 'city']), text: z.string(), id: z.string().nullable() }),
  ),
});
export type Suggestions = z.infer<typeof suggestionsSchema>;

// ---------------------------------------------------------------------------------------------------------
// Contacts directory
// ---------------------------------------------------------------------------------------------------------

export const contactSearchQuerySchema = z.object({
  q: z.string().trim().max(200).optional(),
  country: commaList(countryCodeSchema).optional(),
  role: commaList(contactRoleSchema).optional(),
  outOfHours: flag,
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type ContactSearchQuery = z.input<typeof contactSearchQuerySchema>;

export const contactSearchResultSchema = z.object({
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  items: z.array(contactSchema.extend({ personalDetailsHidden: z.boolean() })),
  facets: z.object({ country: facetCountsSchema, role: facetCountsSchema, outOfHours: facetCountsSchema }),
});
export type ContactSearchResult = z.infer<typeof contactSearchResultSchema>;

// ---------------------------------------------------------------------------------------------------------
// Keeping it true: suggested edits, verification, stale records
// ---------------------------------------------------------------------------------------------------------

/** Fields a suggestion may change; each is the new value, in the service input's shape. */
export const SUGGESTIBLE_FIELDS = [
  'name',
  'description',
  'url',
  'email',
  'status',
  'serviceTypes',
  'groupsServed',
  'languages',
  'free',
  'feesDescription',
  'accessModes',
  'acceptsSelfReferral',
  'open247',
  'phones',
  'schedules',
  'location',
  'eligibilityDescription',
] as const;
export type SuggestibleField = (typeof SUGGESTIBLE_FIELDS)[number];

export const suggestionInputSchema = z.object({
  changes: z
    .object({
      name: multilingualTextSchema,
      description: multilingualTextSchema,
      url: z
        .url({ protocol: /^https?$/ })
        .max(500)
        .nullable(),
      email: emailSchema.nullable(),
      status: serviceStatusSchema,
      serviceTypes: uniqueList(serviceTypeSchema, 15),
      groupsServed: uniqueList(groupServedSchema, GROUPS_SERVED.length),
      languages: uniqueList(languageCodeSchema, 40),
      free: z.boolean(),
      feesDescription: z.string().trim().max(1000).nullable(),
      accessModes: uniqueList(accessModeSchema, ACCESS_MODES.length),
      acceptsSelfReferral: z.boolean(),
      open247: z.boolean(),
      phones: z.array(phoneSchema).max(10),
      schedules: z.array(scheduleSchema).max(50),
      location: locationInputSchema,
      eligibilityDescription: z.string().trim().max(2000).nullable(),
    })
    .partial()
    .strict()
    .refine((c) => Object.keys(c).length > 0, 'change at least one field'),
  comment: z.string().trim().min(3, 'say briefly what is wrong or what changed').max(2000),
  email: emailSchema.optional().describe('Visitors: where the reviewer can reach you'),
});
export type SuggestionInput = z.input<typeof suggestionInputSchema>;

export const SUGGESTION_STATUSES = ['pending', 'accepted', 'rejected'] as const;

export const fieldDiffSchema = z.object({
  field: z.enum(SUGGESTIBLE_FIELDS),
  before: z.unknown(),
  after: z.unknown(),
});
export type FieldDiff = z.infer<typeof fieldDiffSchema>;

export const suggestionSchema = z.object({
  id: z.uuid(),
  serviceId: z.uuid(),
  serviceName: z.string(),
  organisation: organisationRefSchema,
  status: z.enum(SUGGESTION_STATUSES),
  comment: z.string(),
  submittedBy: z.string().describe('Name of the member, or the visitor’s email'),
  submittedAt: z.iso.datetime(),
  diff: z.array(fieldDiffSchema).describe('Each field: the value now and the value suggested'),
  reviewedBy: z.string().nullable(),
  reviewedAt: z.iso.datetime().nullable(),
  reviewNote: z.string().nullable(),
});
export type Suggestion = z.infer<typeof suggestionSchema>;

export const suggestionListQuerySchema = z.object({
  status: z.enum(SUGGESTION_STATUSES).default('pending'),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export const suggestionListSchema = z.object({ total: z.number().int(), items: z.array(suggestionSchema) });
export type SuggestionList = z.infer<typeof suggestionListSchema>;

export const suggestionDecisionSchema = z.object({
  decision: z.enum(['accept', 'reject']),
  note: z.string().trim().max(2000).optional(),
});
export type SuggestionDecision = z.infer<typeof suggestionDecisionSchema>;

/** One recorded change (HSDS `metadata`): who changed which field of which record, when, from what to what. */
export const changeRecordSchema = z
  .object({
    id: z.uuid(),
    resourceId: z.uuid(),
    resourceType: z.string(),
    lastActionDate: z.iso.datetime(),
    lastActionType: z.string(),
    fieldName: z.string(),
    previousValue: z.string(),
    replacementValue: z.string(),
    updatedBy: z.string(),
  })
  .meta({ id: 'DirectoryChangeRecord' });
export type ChangeRecord = z.infer<typeof changeRecordSchema>;

export const staleListQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(50),
});

export const changeListSchema = z.object({ items: z.array(changeRecordSchema) });
export type ChangeList = z.infer<typeof changeListSchema>;

export const staleListSchema = z.object({
  total: z.number().int(),
  items: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      organisation: organisationRefSchema,
      country: z.string(),
      assuredDate: z.iso.date().nullable(),
      lastModified: z.iso.datetime(),
    }),
  ),
});
export type StaleList = z.infer<typeof staleListSchema>;

// ---------------------------------------------------------------------------------------------------------
// Import report (HSDS import)
// ---------------------------------------------------------------------------------------------------------

export const importReportSchema = z.object({
  received: z.number().int(),
  imported: z.number().int(),
  rejected: z.array(z.object({ index: z.number().int(), id: z.string().nullable(), reasons: z.array(z.string()) })),
});
export type ImportReport = z.infer<typeof importReportSchema>;
