import { z } from 'zod';
import { importReportSchema, serviceSearchQuerySchema, SERVICE_STATUSES } from './directory';
import { languageCodeSchema } from './reference';

/*
 * Open Referral HSDS 3.0 interchange: the export's query parameters (the directory search's filters under
 * the same names, plus HSDS's `page`, `per_page`, `format`, `full`, `organization_id`, `modified_after`) and
 * the import report. The HSDS objects themselves are validated against the specification's JSON Schemas.
 */

const search = serviceSearchQuerySchema.shape;

const flag = z
  .enum(['true', 'false'])
  .transform((v) => v === 'true')
  .optional();

export const HSDS_FORMATS = ['json', 'ndjson'] as const;

const hsdsFilterShape = {
  q: search.q,
  search: z.string().trim().max(200).optional().describe('HSDS name of `q`: words in names and descriptions'),
  country: search.country,
  city: search.city,
  type: search.type,
  group: search.group,
  exploitation: search.exploitation,
  language: search.language,
  status: search.status.describe(`Default: every status (${SERVICE_STATUSES.join(', ')}); HSDS records carry it`),
  free: search.free,
  openNow: search.openNow,
  open247: search.open247,
  selfReferral: search.selfReferral,
  hasCapacity: search.hasCapacity,
  verifiedWithinMonths: search.verifiedWithinMonths,
  lat: search.lat,
  lng: search.lng,
  radiusKm: search.radiusKm,
  organization_id: z.uuid().optional().describe('Only services of this organisation'),
  modified_after: z.iso
    .datetime({ offset: true })
    .optional()
    .describe('Only records modified at or after this time (ISO 8601)'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  per_page: z.coerce.number().int().min(1).max(200).default(50),
  format: z
    .enum(HSDS_FORMATS)
    .default('json')
    .describe('`ndjson`: every matching record, one JSON object per line, streamed without pagination'),
};

const bothCoordinates = <T extends { lat?: number; lng?: number }>(q: T) =>
  (q.lat === undefined) === (q.lng === undefined);

/** `GET /api/hsds/services`. */
export const hsdsServiceQuerySchema = z
  .object({
    ...hsdsFilterShape,
    full: flag.describe('Fully nested services in the page (default: the one-to-one fields only)'),
  })
  .refine(bothCoordinates, { message: 'give both lat and lng', path: ['lng'] });
export type HsdsServiceQuery = z.output<typeof hsdsServiceQuerySchema>;

/** `GET /api/hsds/organizations`: organisations that provide at least one service matching the filters. */
export const hsdsOrganizationQuerySchema = z
  .object({
    ...hsdsFilterShape,
    full_service: flag.describe('Nest the organisation’s services, fully (ndjson lines and single records)'),
  })
  .refine(bothCoordinates, { message: 'give both lat and lng', path: ['lng'] });
export type HsdsOrganizationQuery = z.output<typeof hsdsOrganizationQuerySchema>;

/** `GET /api/hsds/organizations/{id}`. */
export const hsdsOrganizationParamsQuerySchema = z.object({
  full_service: flag.describe('Fully nested services (default: their one-to-one fields)'),
});

/** `GET /api/directory/export.csv`: the export's filters, without pagination. */
export const directoryCsvQuerySchema = z
  .object(
    Object.fromEntries(
      Object.entries(hsdsFilterShape).filter(([k]) => !['page', 'per_page', 'format'].includes(k)),
    ) as Omit<typeof hsdsFilterShape, 'page' | 'per_page' | 'format'>,
  )
  .refine(bothCoordinates, { message: 'give both lat and lng', path: ['lng'] });
export type DirectoryCsvQuery = z.output<typeof directoryCsvQuerySchema>;

/** `POST /api/hsds/import` (and the CLI's `--language`). */
export const hsdsImportQuerySchema = z.object({
  language: languageCodeSchema
    .default('en')
    .describe('Language of names and descriptions in records that do not say (`x_text_language`)'),
});

export const importIssueSchema = z.object({
  index: z.number().int().describe('Position of the record among the file’s services (or organisations), from 0'),
  kind: z.enum(['service', 'organization']),
  id: z.string().nullable(),
  path: z.string().describe('Where the record is in the file, e.g. `$.contents[3]` or `$[0].services[2]`'),
  reasons: z.array(z.string()),
});
export type ImportIssue = z.infer<typeof importIssueSchema>;

/** What an HSDS import did: `received`/`imported` count services; every rejected record with all its reasons. */
export const hsdsImportReportSchema = importReportSchema.extend({
  rejected: z.array(importIssueSchema),
  warnings: z.array(importIssueSchema).describe('Imported, with values left out or adjusted, and why'),
  organisations: z.object({
    received: z.number().int(),
    imported: z.number().int().describe('Created or updated as directory-only organisations'),
    untouched: z
      .number()
      .int()
      .describe('Member (or applicant) organisations: their services were imported, their profile left as it is'),
  }),
});
export type HsdsImportReport = z.infer<typeof hsdsImportReportSchema>;
