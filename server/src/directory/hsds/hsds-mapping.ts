import {
  ACCESS_MODES,
  type AccessMode,
  contactRoleSchema,
  COUNTRY_CODES,
  countryCodeSchema,
  DEFAULT_FIELD_VISIBILITY,
  eligibleGenderSchema,
  emailSchema,
  EXPLOITATION_FORMS,
  type ExploitationForm,
  fieldVisibilitySchema,
  GROUPS_SERVED,
  type GroupServed,
  LANGUAGE_CODES,
  languageCodeSchema,
  LOCATION_TYPES,
  organisationTypeSchema,
  PHONE_TYPES,
  type FieldVisibility,
  type Phone,
  type Schedule,
  type ServiceDetail,
  type ServiceInputDraft,
  type ServiceStatus,
  SERVICE_TYPES,
  type ServiceType,
  WEEKDAYS,
  type Weekday,
} from '@thb/shared';
import { type ServiceRecord } from '../directory-records.repository';
import { childId, THB_HSDS_NAMESPACE, uuidV5 } from './hsds-ids';
import {
  type HsdsAddress,
  type HsdsAttribute,
  type HsdsContact,
  type HsdsLanguage,
  type HsdsLocation,
  type HsdsMetadata,
  type HsdsOrganization,
  type HsdsPage,
  type HsdsPhone,
  type HsdsSchedule,
  type HsdsService,
  type HsdsServiceArea,
  type HsdsTranslations,
} from './hsds-types';

/*
 * Platform records ↔ Open Referral HSDS 3.0 objects, both ways, as pure functions.
 *
 * Export: built from a `ServiceDetail`, i.e. from what the viewer may see — nothing else about the record
 * is read — so a visitor's export cannot contain restricted data. Objects the platform stores without an
 * id (addresses, languages, phones, schedules…) get ids derived from their parent's id, kind and position.
 *
 * Import: an HSDS service already valid against the spec's JSON Schema becomes a draft `ServiceInput`
 * (validated by the caller with `serviceInputSchema`) plus what the platform records about the record.
 * Values that cannot be kept (a phone number without a country code, coordinates out of range…) are left
 * out with a warning; what the platform needs and HSDS does not say gets the defaults documented on
 * `fromHsdsService`.
 */

// ---------------------------------------------------------------------------------------------------------
// The platform's own taxonomies (service types, groups, forms of exploitation, ways to access a service)
// ---------------------------------------------------------------------------------------------------------

export interface PlatformTaxonomy<C extends string = string> {
  /** HSDS `taxonomy` name, also the `link_type` of the attributes that use it. */
  name: string;
  description: string;
  codes: readonly C[];
}

export const HSDS_TAXONOMIES = {
  serviceTypes: {
    name: 'thb_service_type',
    description:
      'Services a victim of trafficking in human beings needs (Directive 2011/36/EU Art. 11), plus hotlines and identification/referral',
    codes: SERVICE_TYPES,
  } satisfies PlatformTaxonomy<ServiceType>,
  groupsServed: {
    name: 'thb_group_served',
    description: 'Groups a service is for (EU Strategy towards the Eradication of Trafficking 2012–2016, Priority E)',
    codes: GROUPS_SERVED,
  } satisfies PlatformTaxonomy<GroupServed>,
  exploitationForms: {
    name: 'thb_exploitation_form',
    description: 'Forms of exploitation a service works with',
    codes: EXPLOITATION_FORMS,
  } satisfies PlatformTaxonomy<ExploitationForm>,
  accessModes: {
    name: 'thb_access_mode',
    description: 'How a person reaches the service',
    codes: ACCESS_MODES,
  } satisfies PlatformTaxonomy<AccessMode>,
} as const;

type TaxonomyKey = keyof typeof HSDS_TAXONOMIES;

export function taxonomyId(taxonomy: PlatformTaxonomy): string {
  return uuidV5(`taxonomy:${taxonomy.name}`, THB_HSDS_NAMESPACE);
}

export function taxonomyTermId(taxonomy: PlatformTaxonomy, code: string): string {
  return uuidV5(`taxonomy_term:${taxonomy.name}:${code}`, THB_HSDS_NAMESPACE);
}

/** `women_with_children` → `Women with children`. */
export function codeLabel(code: string): string {
  const words = code.replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

// ---------------------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------------------

const STATUS_TO_HSDS: Record<ServiceStatus, string> = {
  active: 'active',
  inactive: 'inactive',
  defunct: 'defunct',
  temporarily_closed: 'temporarily closed',
};

/** HSDS optional fields are absent rather than null: drops null and undefined values. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined)) as T;
}

const languageNames = new Intl.DisplayNames('en', { type: 'language', fallback: 'none' });
const regionNames = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });

export function languageName(code: string): string {
  return languageNames.of(code) ?? code;
}

/**
 * The language a record's main HSDS `name` and `description` are written in: the first language the
 * service speaks that it is named in, else English, else the first language it is named in.
 */
export function primaryLanguage(name: Record<string, string>, languages: readonly string[] = []): string {
  return languages.find((l) => name[l]) ?? (name.en ? 'en' : (Object.keys(name)[0] ?? 'en'));
}

function translationsOf(
  name: Record<string, string>,
  description: Record<string, string>,
  primary: string,
): HsdsTranslations | undefined {
  const out: HsdsTranslations = {};
  for (const [language, text] of Object.entries(name)) {
    if (language !== primary) {
      out[language] = { ...out[language], name: text };
    }
  }
  for (const [language, text] of Object.entries(description)) {
    if (language !== primary) {
      out[language] = { ...out[language], description: text };
    }
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function hsdsLanguage(code: string, id: string): HsdsLanguage {
  return { id, name: languageName(code), code };
}

// ---------------------------------------------------------------------------------------------------------
// Export
// ---------------------------------------------------------------------------------------------------------

/** An organisation as the export may show it; `description` is null when the viewer may not see it. */
export interface OrganisationSource {
  id: string;
  name: string;
  type: string;
  website: string | null;
  description: Record<string, string> | null;
}

/** A change of the record's trail (HSDS `metadata`), for viewers who may edit the record. */
export interface ChangeSource {
  id: string;
  resourceId: string;
  resourceType: string;
  lastActionDate: Date | string;
  lastActionType: string;
  fieldName: string;
  previousValue: string;
  replacementValue: string;
  updatedBy: string;
}

export interface ServiceExportContext {
  organisation: OrganisationSource;
  /** The stored location's id (kept from an HSDS import), or null to derive one. */
  locationId: string | null;
  /** Who last verified the record, already limited to viewers who may see it. */
  assurerEmail: string | null;
  /** The change trail, only when the viewer may edit the record (`detail.canEdit`). */
  changes: ChangeSource[];
  /** Whether the viewer is signed in (the detail says whether they may edit). */
  signedIn: boolean;
}

export function toHsdsOrganization(organisation: OrganisationSource, services?: HsdsService[]): HsdsOrganization {
  const description = organisation.description ?? {};
  const primary = description.en ? 'en' : (Object.keys(description)[0] ?? 'en');
  const translations = translationsOf({}, description, primary);
  return compact({
    id: organisation.id,
    name: organisation.name,
    // Required by HSDS; empty when there is none or the viewer may not see it.
    description: description[primary] ?? '',
    website: organisation.website ?? undefined,
    x_type: organisation.type,
    x_text_language: description[primary] ? primary : undefined,
    x_translations: translations,
    services,
  });
}

function exportPhone(phone: Phone, id: string): HsdsPhone {
  const numericExtension =
    phone.extension !== null && /^[1-9]\d{0,14}$/.test(phone.extension) ? Number(phone.extension) : undefined;
  return compact({
    id,
    number: phone.number,
    extension: numericExtension,
    x_extension: numericExtension === undefined ? (phone.extension ?? undefined) : undefined,
    type: phone.type,
    description: phone.description ?? undefined,
    languages: phone.languages.map((code, i) => hsdsLanguage(code, childId(id, 'language', i))),
  });
}

const EVERY_DAY = WEEKDAYS.join(',');

function exportSchedule(schedule: Schedule, id: string): HsdsSchedule {
  const timed = schedule.opensAt !== null || schedule.closesAt !== null;
  const weekly = timed || schedule.byday !== null;
  return compact({
    id,
    freq: weekly ? ('WEEKLY' as const) : undefined,
    // A row without a weekday applies every day.
    byday: weekly ? (schedule.byday ?? EVERY_DAY) : undefined,
    // Local times in the location's time zone (`x_time_zone`): HSDS offsets cannot follow summer time.
    opens_at: schedule.opensAt ?? undefined,
    closes_at: schedule.closesAt ?? undefined,
    valid_from: schedule.validFrom ?? undefined,
    valid_to: schedule.validTo ?? undefined,
    description: schedule.description ?? undefined,
    x_closed: schedule.closed ? true : undefined,
  });
}

function exportAttributes(detail: ServiceDetail): HsdsAttribute[] {
  const entries: [TaxonomyKey, string][] = [
    ...detail.serviceTypes.map((c) => ['serviceTypes', c] as [TaxonomyKey, string]),
    ...detail.groupsServed.map((c) => ['groupsServed', c] as [TaxonomyKey, string]),
    ...detail.exploitationForms.map((c) => ['exploitationForms', c] as [TaxonomyKey, string]),
    ...detail.accessModes.map((c) => ['accessModes', c] as [TaxonomyKey, string]),
  ];
  return entries.map(([key, code], i) => {
    const taxonomy = HSDS_TAXONOMIES[key];
    const termId = taxonomyTermId(taxonomy, code);
    return {
      id: childId(detail.id, 'attribute', i),
      link_id: detail.id,
      link_type: taxonomy.name,
      link_entity: 'service',
      value: code,
      taxonomy_term_id: termId,
      taxonomy_term: {
        id: termId,
        code,
        name: codeLabel(code),
        description: `${codeLabel(code)} (${taxonomy.description})`,
        taxonomy: taxonomy.name,
        taxonomy_id: taxonomyId(taxonomy),
        taxonomy_detail: {
          id: taxonomyId(taxonomy),
          name: taxonomy.name,
          description: taxonomy.description,
          version: '1',
        },
        language: 'en',
      },
    };
  });
}

const ACCESS_TEXT: Record<AccessMode, string> = {
  walk_in: 'Walk in without an appointment.',
  appointment: 'By appointment.',
  referral_only: 'By referral only.',
  hotline: 'By telephone hotline.',
  online: 'Online.',
  outreach: 'Outreach: the service comes to the person.',
};

function applicationProcess(detail: ServiceDetail): string | undefined {
  const parts = detail.accessModes.map((m) => ACCESS_TEXT[m]);
  if (detail.acceptsSelfReferral && !detail.accessModes.includes('referral_only')) {
    parts.push('People may contact the service themselves, without a referral.');
  }
  return parts.length > 0 ? parts.join(' ') : undefined;
}

function exportMetadata(change: ChangeSource): HsdsMetadata {
  return {
    id: change.id,
    resource_id: change.resourceId,
    resource_type: change.resourceType,
    last_action_date:
      typeof change.lastActionDate === 'string' ? change.lastActionDate : change.lastActionDate.toISOString(),
    last_action_type: change.lastActionType,
    field_name: change.fieldName,
    previous_value: change.previousValue,
    replacement_value: change.replacementValue,
    updated_by: change.updatedBy,
  };
}

/**
 * A fully nested HSDS service from what the viewer may see of it. City-level viewers get an address with
 * city, region and country only (street and postal code empty, as HSDS requires the fields) and the rounded
 * position the detail carries; hidden phones, email, contacts and capacity are simply absent.
 */
export function toHsdsService(detail: ServiceDetail, context: ServiceExportContext): HsdsService {
  const primary = primaryLanguage(detail.name, detail.languages);
  const location = detail.location;
  const locationId = context.locationId ?? childId(detail.id, 'location', 0);
  const exact = location.precision === 'exact';
  const hsdsLocation: HsdsLocation = compact({
    id: locationId,
    location_type: location.locationType,
    name: location.name ?? undefined,
    transportation: location.transportation ?? undefined,
    latitude: location.latitude ?? undefined,
    longitude: location.longitude ?? undefined,
    addresses: [
      compact({
        id: childId(locationId, 'address', 0),
        address_1: exact ? (location.address1 ?? '') : '',
        address_2: exact ? (location.address2 ?? undefined) : undefined,
        city: location.city,
        region: location.region ?? undefined,
        state_province: location.region ?? '',
        postal_code: exact ? (location.postalCode ?? '') : '',
        country: location.country,
        address_type: location.locationType,
      }),
    ],
    accessibility: location.accessibility
      ? [{ id: childId(locationId, 'accessibility', 0), description: location.accessibility }]
      : undefined,
    x_time_zone: location.timeZone,
    x_precision: location.precision,
  });
  const serviceAreas: HsdsServiceArea[] = detail.serviceAreas.map((code, i) => ({
    id: childId(detail.id, 'service_area', i),
    name: regionNames.of(code) ?? code,
    x_country: code,
  }));
  const contacts: HsdsContact[] = detail.contacts.map((c) =>
    compact({
      id: c.id,
      name: c.name ?? undefined,
      title: c.title ?? undefined,
      department: c.department ?? undefined,
      email: c.email ?? undefined,
      phones: c.phones.map((p, j) => exportPhone(p, childId(c.id, 'phone', j))),
      x_role: c.role,
      x_country: c.country ?? undefined,
      x_out_of_hours: c.outOfHours,
    }),
  );
  return compact({
    id: detail.id,
    organization_id: context.organisation.id,
    name: detail.name[primary] ?? detail.displayName,
    // Only in the main language: the others are in `x_translations`, so an import files each text correctly.
    description: detail.description[primary],
    url: detail.url ?? undefined,
    email: detail.email ?? undefined,
    status: STATUS_TO_HSDS[detail.status],
    interpretation_services: detail.interpretationAvailable ? 'Interpretation is available.' : undefined,
    application_process: applicationProcess(detail),
    fees_description: detail.feesDescription ?? undefined,
    eligibility_description: detail.eligibilityDescription ?? undefined,
    minimum_age: detail.minimumAge ?? undefined,
    maximum_age: detail.maximumAge ?? undefined,
    assured_date: detail.assuredDate ?? undefined,
    assurer_email: context.assurerEmail ?? undefined,
    last_modified: detail.lastModified,
    phones: detail.phones.map((p, i) => exportPhone(p, childId(detail.id, 'phone', i))),
    schedules: detail.schedules.map((s, i) => exportSchedule(s, childId(detail.id, 'schedule', i))),
    service_areas: serviceAreas,
    service_at_locations: [{ id: childId(detail.id, 'service_at_location', 0), location: hsdsLocation }],
    languages: detail.languages.map((code, i) => hsdsLanguage(code, childId(detail.id, 'language', i))),
    organization: toHsdsOrganization(context.organisation),
    contacts,
    attributes: exportAttributes(detail),
    metadata: detail.canEdit ? context.changes.map(exportMetadata) : undefined,
    x_text_language: primary,
    x_translations: translationsOf(detail.name, detail.description, primary),
    x_free: detail.free,
    x_accepts_self_referral: detail.acceptsSelfReferral,
    x_interpretation_available: detail.interpretationAvailable,
    x_open_247: detail.open247,
    x_eligible_gender: detail.eligibleGender,
    x_capacity: detail.capacity
      ? { available: detail.capacity.available, total: detail.capacity.total, updated_at: detail.capacity.updatedAt }
      : undefined,
    x_visibility: detail.canEdit ? { ...detail.visibility } : undefined,
    x_hidden: detail.hidden.length > 0 ? detail.hidden : undefined,
    x_view: detail.canEdit ? 'editor' : context.signedIn ? 'member' : 'public',
    x_sample: detail.sample ? true : undefined,
  });
}

const LIST_FIELDS_LEFT_OUT = new Set([
  'phones',
  'schedules',
  'service_areas',
  'service_at_locations',
  'languages',
  'contacts',
  'attributes',
  'metadata',
  'cost_options',
]);

/** A service as HSDS list pages carry it: its one-to-one fields and its organisation. */
export function toHsdsServiceListItem(service: HsdsService): HsdsService {
  return Object.fromEntries(Object.entries(service).filter(([k]) => !LIST_FIELDS_LEFT_OUT.has(k))) as HsdsService;
}

/** An organisation as HSDS list pages carry it (no nested records). */
export function toHsdsOrganizationListItem(organization: HsdsOrganization): HsdsOrganization {
  return Object.fromEntries(Object.entries(organization).filter(([k]) => k !== 'services')) as HsdsOrganization;
}

/** The HSDS API's page envelope. `size` is the page size asked for. */
export function hsdsPage<T>(contents: T[], totalItems: number, page: number, size: number): HsdsPage<T> {
  const totalPages = Math.ceil(totalItems / size);
  return {
    total_items: totalItems,
    total_pages: totalPages,
    page_number: page,
    size,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

// ---------------------------------------------------------------------------------------------------------
// CSV
// ---------------------------------------------------------------------------------------------------------

export const CSV_COLUMNS = [
  'id',
  'name',
  'organisation_id',
  'organisation',
  'status',
  'service_types',
  'groups_served',
  'exploitation_forms',
  'languages',
  'access_modes',
  'free',
  'open_247',
  'accepts_self_referral',
  'interpretation_available',
  'address_1',
  'address_2',
  'postal_code',
  'city',
  'region',
  'country',
  'latitude',
  'longitude',
  'location_precision',
  'service_areas',
  'phones',
  'email',
  'url',
  'assured_date',
  'last_modified',
  'sample',
] as const;
export type CsvRow = Record<(typeof CSV_COLUMNS)[number], string | number | boolean | null>;

/**
 * A spreadsheet program runs a cell that starts with `=`, `+`, `-`, `@`, tab or carriage return as a
 * formula; free text (names, addresses…) is written with a leading apostrophe then. Numbers, E.164 phone
 * numbers and codes are validated values and stay as they are.
 */
export function spreadsheetSafe(text: string | null): string | null {
  return text !== null && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** One CSV row of the export, from what the viewer may see (lists are separated by `; `). */
export function toCsvRow(detail: ServiceDetail): CsvRow {
  const primary = primaryLanguage(detail.name, detail.languages);
  const location = detail.location;
  return {
    id: detail.id,
    name: spreadsheetSafe(detail.name[primary] ?? detail.displayName),
    organisation_id: detail.organisation.id,
    organisation: spreadsheetSafe(detail.organisation.name),
    status: detail.status,
    service_types: detail.serviceTypes.join('; '),
    groups_served: detail.groupsServed.join('; '),
    exploitation_forms: detail.exploitationForms.join('; '),
    languages: detail.languages.join('; '),
    access_modes: detail.accessModes.join('; '),
    free: detail.free,
    open_247: detail.open247,
    accepts_self_referral: detail.acceptsSelfReferral,
    interpretation_available: detail.interpretationAvailable,
    address_1: spreadsheetSafe(location.address1),
    address_2: spreadsheetSafe(location.address2),
    postal_code: spreadsheetSafe(location.postalCode),
    city: spreadsheetSafe(location.city),
    region: spreadsheetSafe(location.region),
    country: location.country,
    latitude: location.latitude,
    longitude: location.longitude,
    location_precision: location.precision,
    service_areas: detail.serviceAreas.join('; '),
    phones: detail.phones.map((p) => (p.extension ? `${p.number} ext. ${p.extension}` : p.number)).join('; '),
    email: spreadsheetSafe(detail.email),
    url: spreadsheetSafe(detail.url),
    assured_date: detail.assuredDate,
    last_modified: detail.lastModified,
    sample: detail.sample,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Import
// ---------------------------------------------------------------------------------------------------------

type WithId<T> = T & { id: string };
type PhoneDraft = WithId<NonNullable<ServiceInputDraft['phones']>[number]>;
type ScheduleDraft = WithId<NonNullable<ServiceInputDraft['schedules']>[number]>;
type ContactDraft = WithId<
  Omit<NonNullable<ServiceInputDraft['contacts']>[number], 'phones'> & { phones: PhoneDraft[] }
>;

/** A service input before `serviceInputSchema` checks it; children carry the ids they will be stored with. */
export type ServiceDraft = Omit<ServiceInputDraft, 'phones' | 'schedules' | 'contacts'> & {
  phones: PhoneDraft[];
  schedules: ScheduleDraft[];
  contacts: ContactDraft[];
};

/** What an HSDS service becomes on the platform, before validation. */
export interface MappedService {
  id: string;
  draft: ServiceDraft;
  locationId: string;
  assuredDate: string | null;
  assurerEmail: string | null;
  lastModified: Date | undefined;
  capacityUpdatedAt: Date | null;
  sample: boolean;
}

export interface MappingResult<T> {
  value: T | null;
  /** Why the record cannot be imported (empty when it can). */
  reasons: string[];
  /** What was left out or adjusted. */
  warnings: string[];
}

/** A directory-only organisation to create or update. */
export interface MappedOrganisation {
  id: string;
  name: string;
  description: Record<string, string>;
  website: string | null;
  email: string | null;
  type: string | null;
}

export interface ImportOptions {
  /** Language of names and descriptions when the record does not say (`x_text_language`). */
  language: string;
}

const MAX = { phones: 10, contacts: 20, schedules: 50, languages: 40, serviceAreas: 60, serviceTypes: 15 };

class Notes {
  readonly reasons: string[] = [];
  readonly warnings: string[] = [];

  warn(message: string): void {
    if (!this.warnings.includes(message)) {
      this.warnings.push(message);
    }
  }

  reject(message: string): void {
    this.reasons.push(message);
  }
}

/** Trimmed text, null when empty; shortened (with a warning) beyond what the platform stores. */
function text(value: unknown, max: number, field: string, notes: Notes): string | null {
  if (typeof value !== 'string') {
    return null;
  }
  const trimmed = value.trim();
  if (!trimmed) {
    return null;
  }
  if (trimmed.length > max) {
    notes.warn(`${field}: shortened to ${max} characters`);
    return `${trimmed.slice(0, max - 1).trimEnd()}…`;
  }
  return trimmed;
}

function capped<T>(items: T[], max: number, field: string, notes: Notes): T[] {
  if (items.length > max) {
    notes.warn(`${field}: only the first ${max} kept (of ${items.length})`);
    return items.slice(0, max);
  }
  return items;
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) {
      return false;
    }
    seen.add(k);
    return true;
  });
}

/**
 * A phone number in E.164 form: quotes, spaces, dots, dashes, slashes and brackets removed, a leading `00`
 * read as `+`. Null when no country code can be read from it (the platform stores international numbers).
 */
export function normaliseE164(raw: string): string | null {
  let number = raw.replace(/["'\s().\-/]/g, '');
  if (number.startsWith('00')) {
    number = `+${number.slice(2)}`;
  }
  return /^\+[1-9]\d{6,14}$/.test(number) ? number : null;
}

let languageByName: Map<string, string> | undefined;
let countryByName: Map<string, string> | undefined;

/** An ISO 639-1 code from an HSDS language: its code (639-1, or 639-2/3 canonicalised) or its English name. */
export function languageCodeOf(language: { code?: string; name?: string }): string | null {
  if (language.code) {
    try {
      const code = new Intl.Locale(language.code.trim().replace('_', '-')).language;
      if (languageCodeSchema.safeParse(code).success) {
        return code;
      }
    } catch {
      // not a language tag; try the name
    }
  }
  if (language.name) {
    languageByName ??= new Map(LANGUAGE_CODES.map((c) => [languageName(c).toLowerCase(), c]));
    return languageByName.get(language.name.trim().toLowerCase()) ?? null;
  }
  return null;
}

/** An ISO 3166-1 alpha-2 code from a code or an English country name. */
export function countryCodeOf(value: unknown): string | null {
  if (typeof value !== 'string' || !value.trim()) {
    return null;
  }
  const parsed = countryCodeSchema.safeParse(value);
  if (parsed.success) {
    return parsed.data;
  }
  countryByName ??= new Map(COUNTRY_CODES.map((c) => [(regionNames.of(c) ?? c).toLowerCase(), c]));
  return countryByName.get(value.trim().toLowerCase()) ?? null;
}

/** Where a country's services keep their hours when the record names no time zone: its capital's. */
const COUNTRY_TIME_ZONES: Record<string, string> = {
  AT: 'Europe/Vienna',
  BE: 'Europe/Brussels',
  BG: 'Europe/Sofia',
  CY: 'Asia/Nicosia',
  CZ: 'Europe/Prague',
  DE: 'Europe/Berlin',
  DK: 'Europe/Copenhagen',
  EE: 'Europe/Tallinn',
  ES: 'Europe/Madrid',
  FI: 'Europe/Helsinki',
  FR: 'Europe/Paris',
  GR: 'Europe/Athens',
  HR: 'Europe/Zagreb',
  HU: 'Europe/Budapest',
  IE: 'Europe/Dublin',
  IT: 'Europe/Rome',
  LT: 'Europe/Vilnius',
  LU: 'Europe/Luxembourg',
  LV: 'Europe/Riga',
  MT: 'Europe/Malta',
  NL: 'Europe/Amsterdam',
  PL: 'Europe/Warsaw',
  PT: 'Europe/Lisbon',
  RO: 'Europe/Bucharest',
  SE: 'Europe/Stockholm',
  SI: 'Europe/Ljubljana',
  SK: 'Europe/Bratislava',
  AL: 'Europe/Tirane',
  BA: 'Europe/Sarajevo',
  BY: 'Europe/Minsk',
  CH: 'Europe/Zurich',
  GB: 'Europe/London',
  GE: 'Asia/Tbilisi',
  IS: 'Atlantic/Reykjavik',
  LI: 'Europe/Vaduz',
  MD: 'Europe/Chisinau',
  ME: 'Europe/Podgorica',
  MK: 'Europe/Skopje',
  NG: 'Africa/Lagos',
  NO: 'Europe/Oslo',
  RS: 'Europe/Belgrade',
  TR: 'Europe/Istanbul',
  UA: 'Europe/Kiev',
  VN: 'Asia/Ho_Chi_Minh',
};

function validTimeZone(zone: unknown): string | null {
  if (typeof zone !== 'string' || !zone) {
    return null;
  }
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone;
  } catch {
    return null;
  }
}

/** HH:MM from `10:00`, `10:00:00`, `10:00Z`, `09:00-05:00`… (the offset is dropped: hours are local). */
function timeOfDay(value: string | undefined, field: string, notes: Notes): string | null {
  if (!value) {
    return null;
  }
  const match = /^(\d{1,2}):(\d{2})/.exec(value.trim());
  const hours = match ? Number(match[1]) : NaN;
  const minutes = match ? Number(match[2]) : NaN;
  if (hours === 24 && minutes === 0) {
    return '00:00'; // closing at midnight: a span ending at 00:00 runs to the end of the day
  }
  if (!(hours >= 0 && hours <= 23 && minutes >= 0 && minutes <= 59)) {
    notes.warn(`${field}: "${value}" is not a time of day; left out`);
    return null;
  }
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

function isoDate(value: string | undefined, field: string, notes: Notes): string | null {
  if (!value) {
    return null;
  }
  const date = /^\d{4}-\d{2}-\d{2}/.exec(value.trim())?.[0];
  if (!date || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) {
    notes.warn(`${field}: "${value}" is not a date; left out`);
    return null;
  }
  return date;
}

function validEmail(value: string | undefined, field: string, notes: Notes): string | null {
  if (!value?.trim()) {
    return null;
  }
  const parsed = emailSchema.safeParse(value);
  if (!parsed.success) {
    notes.warn(`${field}: "${value}" is not an email address; left out`);
    return null;
  }
  return parsed.data;
}

function validWebAddress(value: string | undefined, field: string, notes: Notes): string | null {
  if (!value?.trim()) {
    return null;
  }
  const trimmed = value.trim();
  try {
    const url = new URL(trimmed);
    if ((url.protocol === 'http:' || url.protocol === 'https:') && trimmed.length <= 500) {
      return trimmed;
    }
  } catch {
    // fall through
  }
  notes.warn(`${field}: "${value}" is not an http(s) address; left out`);
  return null;
}

function languageCodes(languages: HsdsLanguage[] | undefined, field: string, notes: Notes): string[] {
  const codes: string[] = [];
  for (const language of languages ?? []) {
    const code = languageCodeOf(language);
    if (code) {
      codes.push(code);
    } else {
      notes.warn(`${field}: "${language.code ?? language.name ?? language.id}" is not a known language; left out`);
    }
  }
  return [...new Set(codes)];
}

function importPhone(phone: HsdsPhone, field: string, notes: Notes): PhoneDraft | null {
  const number = normaliseE164(phone.number);
  if (!number) {
    notes.warn(`${field}: "${phone.number}" has no country code (E.164); left out`);
    return null;
  }
  const type = (PHONE_TYPES as readonly string[]).includes(phone.type ?? 'voice') ? phone.type : undefined;
  if (phone.type && !type) {
    notes.warn(`${field}: type "${phone.type}" read as voice`);
  }
  const extension = phone.x_extension ?? (phone.extension !== undefined ? String(phone.extension) : null);
  return {
    id: phone.id,
    number,
    extension: text(extension, 20, `${field}.extension`, notes),
    type: (type ?? 'voice') as Phone['type'],
    description: text(phone.description, 200, `${field}.description`, notes),
    languages: languageCodes(phone.languages, `${field}.languages`, notes),
  };
}

function importPhones(phones: HsdsPhone[], field: string, notes: Notes): PhoneDraft[] {
  const drafts = uniqueBy(phones, (p) => p.id).flatMap((p, i) => importPhone(p, `${field}[${i}]`, notes) ?? []);
  return capped(
    uniqueBy(drafts, (p) => `${p.number};${p.extension ?? ''}`),
    MAX.phones,
    field,
    notes,
  );
}

/** One HSDS schedule as the platform's rows: one per weekday, or one for every day / an exception. */
function importSchedule(schedule: HsdsSchedule, field: string, notes: Notes): ScheduleDraft[] {
  const opensAt = timeOfDay(schedule.opens_at, `${field}.opens_at`, notes);
  const closesAt = timeOfDay(schedule.closes_at, `${field}.closes_at`, notes);
  const validFrom = isoDate(schedule.valid_from, `${field}.valid_from`, notes);
  const validTo = isoDate(schedule.valid_to, `${field}.valid_to`, notes);
  const description = text(schedule.description, 300, `${field}.description`, notes);
  const closed = schedule.x_closed === true;
  if (schedule.freq === 'MONTHLY') {
    notes.warn(`${field}: monthly opening hours cannot be kept${description ? '; only the description' : ''}`);
    return description ? [{ id: schedule.id, description }] : [];
  }
  const days = (schedule.byday ?? '')
    .split(',')
    .map((d) =>
      d
        .trim()
        .toUpperCase()
        .replace(/^[+-]?\d+/, ''),
    )
    .filter(Boolean);
  const unknown = days.filter((d) => !(WEEKDAYS as readonly string[]).includes(d));
  if (unknown.length > 0) {
    notes.warn(`${field}.byday: ${unknown.join(', ')} left out`);
  }
  const weekdays = [...new Set(days.filter((d): d is Weekday => (WEEKDAYS as readonly string[]).includes(d)))];
  if (!opensAt && !closesAt && !validFrom && !validTo && !description && !closed && weekdays.length === 0) {
    return [];
  }
  const row = { opensAt, closesAt, validFrom, validTo, closed, description };
  if (weekdays.length === 0 || weekdays.length === WEEKDAYS.length) {
    return [{ id: schedule.id, byday: null, ...row }];
  }
  return weekdays.map((byday, i) => ({
    id: i === 0 ? schedule.id : childId(schedule.id, 'byday', byday),
    byday,
    ...row,
  }));
}

function importContact(contact: HsdsContact, field: string, notes: Notes): ContactDraft {
  const role = contactRoleSchema.safeParse(contact.x_role);
  return {
    id: contact.id,
    name: text(contact.name, 200, `${field}.name`, notes),
    title: text(contact.title, 200, `${field}.title`, notes),
    department: text(contact.department, 200, `${field}.department`, notes),
    email: validEmail(contact.email, `${field}.email`, notes),
    phones: importPhones(contact.phones ?? [], `${field}.phones`, notes),
    role: role.success ? role.data : 'other',
    country: countryCodeOf(contact.x_country),
    outOfHours: contact.x_out_of_hours === true,
  };
}

/** Codes of one of the platform's taxonomies among the record's attributes. */
function taxonomyCodes<C extends string>(
  attributes: HsdsAttribute[] | undefined,
  taxonomy: PlatformTaxonomy<C>,
  notes: Notes,
): C[] {
  const id = taxonomyId(taxonomy);
  const codes: C[] = [];
  for (const attribute of attributes ?? []) {
    const term = attribute.taxonomy_term;
    const ours =
      term?.taxonomy === taxonomy.name ||
      term?.taxonomy_id === id ||
      term?.taxonomy_detail?.id === id ||
      term?.taxonomy_detail?.name === taxonomy.name ||
      attribute.link_type === taxonomy.name;
    if (!ours) {
      continue;
    }
    const code = term?.code ?? attribute.value ?? '';
    if ((taxonomy.codes as readonly string[]).includes(code)) {
      codes.push(code as C);
    } else {
      notes.warn(`attributes: "${code}" is not a ${taxonomy.name} code; left out`);
    }
  }
  return [...new Set(codes)];
}

/** Service types named by another directory's taxonomy, when a term's code or name is one of ours. */
function foreignServiceTypes(attributes: HsdsAttribute[] | undefined): ServiceType[] {
  const found = (attributes ?? []).flatMap((a) => {
    const term = a.taxonomy_term;
    return [term?.code, term?.name]
      .filter((v): v is string => typeof v === 'string')
      .map((v) =>
        v
          .trim()
          .toLowerCase()
          .replace(/[\s-]+/g, '_'),
      )
      .filter((v): v is ServiceType => (SERVICE_TYPES as readonly string[]).includes(v));
  });
  return [...new Set(found)];
}

function importTranslations(
  translations: HsdsTranslations | undefined,
  notes: Notes,
): { name: Record<string, string>; description: Record<string, string> } {
  const name: Record<string, string> = {};
  const description: Record<string, string> = {};
  if (translations !== undefined && (typeof translations !== 'object' || translations === null)) {
    notes.warn('x_translations: not an object of languages; left out');
    return { name, description };
  }
  for (const [language, texts] of Object.entries(translations ?? {})) {
    const code = languageCodeSchema.safeParse(language);
    if (!code.success || typeof texts !== 'object' || texts === null) {
      notes.warn(`x_translations: "${language}" is not an ISO 639-1 language; left out`);
      continue;
    }
    const n = text(texts.name, 4000, `x_translations.${language}.name`, notes);
    const d = text(texts.description, 4000, `x_translations.${language}.description`, notes);
    if (n) {
      name[code.data] = n;
    }
    if (d) {
      description[code.data] = d;
    }
  }
  return { name, description };
}

function textLanguage(declared: string | undefined, fallback: string, notes: Notes): string {
  if (declared === undefined) {
    return fallback;
  }
  const parsed = languageCodeSchema.safeParse(declared);
  if (!parsed.success) {
    notes.warn(`x_text_language: "${declared}" is not an ISO 639-1 language; ${fallback} assumed`);
    return fallback;
  }
  return parsed.data;
}

/** A directory-only organisation from an HSDS organization (its services are imported separately). */
export function fromHsdsOrganization(
  organization: HsdsOrganization,
  options: ImportOptions,
): MappingResult<MappedOrganisation> {
  const notes = new Notes();
  const name = text(organization.name, 200, 'name', notes);
  if (!name || name.length < 2) {
    notes.reject('name: an organisation needs a name of at least 2 characters');
  }
  const language = textLanguage(organization.x_text_language, options.language, notes);
  const description = importTranslations(organization.x_translations, notes).description;
  const main = text(organization.description, 4000, 'description', notes);
  if (main) {
    description[language] = main;
  }
  return {
    value:
      notes.reasons.length > 0
        ? null
        : {
            id: organization.id,
            name: name!,
            description,
            website: validWebAddress(organization.website, 'website', notes),
            email: validEmail(organization.email, 'email', notes),
            type: organisationTypeSchema.safeParse(organization.x_type).data ?? null,
          },
    reasons: notes.reasons,
    warnings: notes.warnings,
  };
}

type FieldGroup = keyof FieldVisibility;

/** The record as stored, when the service is in the directory already (children with their ids). */
export interface StoredService {
  input: ServiceRecord['input'];
  locationId: string;
}

function storedDraftChildren(stored: StoredService): Pick<ServiceDraft, 'phones' | 'schedules' | 'contacts'> {
  const { input } = stored;
  return {
    phones: input.phones.map((p) => ({ ...p, id: p.id! })),
    schedules: input.schedules.map((s) => ({ ...s, id: s.id! })),
    contacts: input.contacts.map((c) => ({ ...c, id: c.id!, phones: c.phones.map((p) => ({ ...p, id: p.id! })) })),
  };
}

/**
 * An HSDS service as a platform record of the organisation `organisationId`. Where HSDS does not say what
 * the platform needs:
 * - names and descriptions are in `x_text_language`, else in `options.language` (English by default);
 *   `x_translations` adds the other languages;
 * - the location is the first `service_at_locations[].location` with an address (a `physical` address
 *   first), else the first of `fallbackLocations` (the organisation's); one with a city and an ISO 3166-1
 *   country is required for a new service, or the record is rejected;
 * - the time zone of opening hours is `x_time_zone`, else the capital's of the location's country (EU and
 *   neighbouring countries), else the schedule's numeric UTC offset, else UTC;
 * - service types, groups, forms of exploitation and ways of access come from attributes in the platform's
 *   taxonomies (`thb_service_type`…); a term of another taxonomy whose code or name is one of the platform's
 *   service types counts too; no service type at all: the stored ones, else `counselling` (with a warning);
 * - languages: the service's, else its location's, else the language of its texts;
 * - free of charge: `x_free`, else unless a cost option has an amount above 0;
 * - accepts self-referral: `x_accepts_self_referral`, else unless a way of access is `referral_only`;
 * - interpretation: `x_interpretation_available`, else when `interpretation_services` says anything;
 * - phones, schedules and contacts of the service, of its service-at-location and of its location are
 *   merged (once per id); service areas are kept when they name a country (`x_country`, a code or an
 *   English name); visibility is `x_visibility`, else the platform's default (shelters' addresses are
 *   members-only whatever is chosen); `assured_date`, `assurer_email` and `last_modified` are kept.
 *
 * A service already in the directory (`stored`) keeps what the record does not carry at all — as HSDS list
 * items carry only one-to-one fields: its location (also when the record's has no address), phones,
 * schedules, contacts, languages, service areas, attribute-based fields (types, groups, forms, access),
 * capacity and visibility. It also keeps what the exporting viewer could not see: the field groups in
 * `x_hidden`, and contacts when the record is a visitor's view (`x_view: public`). What the record does
 * carry replaces the stored values.
 */
export function fromHsdsService(
  service: HsdsService,
  options: ImportOptions & { organisationId: string; fallbackLocations?: HsdsLocation[]; stored?: StoredService },
): MappingResult<MappedService> {
  const notes = new Notes();
  const stored = options.stored;
  // What the exporting viewer could not see is not said to be empty: a stored record keeps it.
  const hidden = new Set(Array.isArray(service.x_hidden) ? service.x_hidden : []);
  const keeps = (group: FieldGroup) => stored !== undefined && hidden.has(group);
  const keepsContacts = keeps('contacts') || (stored !== undefined && service.x_view === 'public');
  const language = textLanguage(service.x_text_language, options.language, notes);
  const translations = importTranslations(service.x_translations, notes);
  const name = { ...translations.name };
  const description = { ...translations.description };
  const mainName = text(service.name, 4000, 'name', notes);
  const mainDescription = text(service.description, 4000, 'description', notes);
  if (mainName) {
    name[language] = mainName;
  }
  if (mainDescription) {
    description[language] = mainDescription;
  }

  // Where: the first location with an address.
  const salList = service.service_at_locations ?? [];
  const serviceLocations = salList.flatMap((sal) => (sal.location ? [sal.location] : []));
  const usable = (a: HsdsAddress) => Boolean(a.city?.trim() && a.country?.trim());
  const location = [...serviceLocations, ...(options.fallbackLocations ?? [])].find((l) =>
    (l.addresses ?? []).some(usable),
  );
  const addresses = (location?.addresses ?? []).filter(usable);
  const address = keeps('location')
    ? undefined
    : (addresses.find((a) => a.address_type === 'physical') ?? addresses[0]);
  if (!address && !stored) {
    notes.reject(
      'location: no service_at_locations[].location (nor organization location) with an address giving a city and a country',
    );
  } else if (!address && serviceLocations.length > 0 && !keeps('location')) {
    notes.warn('location: no address with a city and a country; the stored location kept');
  }
  const country = address ? countryCodeOf(address.country) : null;
  if (address && !country) {
    notes.reject(`location: "${address.country}" is not an ISO 3166-1 alpha-2 country code`);
  }
  let latitude = location?.latitude ?? null;
  let longitude = location?.longitude ?? null;
  if (
    latitude === null ||
    longitude === null ||
    !(latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180)
  ) {
    if (latitude !== null || longitude !== null) {
      notes.warn(`location: latitude ${latitude}, longitude ${longitude} is not a position on earth; left out`);
    }
    latitude = null;
    longitude = null;
  }

  // Children, merged from the service, its service-at-locations and its location; absent: the stored ones.
  const given = (pick: (o: { phones?: unknown; schedules?: unknown; contacts?: unknown }) => unknown) =>
    pick(service) !== undefined ||
    salList.some((s) => pick(s) !== undefined) ||
    (location !== undefined && pick(location) !== undefined);
  const storedChildren = stored ? storedDraftChildren(stored) : undefined;
  const phones =
    storedChildren && (!given((o) => o.phones) || keeps('phones'))
      ? storedChildren.phones
      : importPhones(
          [...(service.phones ?? []), ...salList.flatMap((s) => s.phones ?? []), ...(location?.phones ?? [])],
          'phones',
          notes,
        );
  const hsdsSchedules = uniqueBy(
    [...(service.schedules ?? []), ...salList.flatMap((s) => s.schedules ?? []), ...(location?.schedules ?? [])],
    (s) => s.id,
  );
  const schedules =
    storedChildren && !given((o) => o.schedules)
      ? storedChildren.schedules
      : capped(
          hsdsSchedules.flatMap((s, i) => importSchedule(s, `schedules[${i}]`, notes)),
          MAX.schedules,
          'schedules',
          notes,
        );
  const contacts =
    storedChildren && (!given((o) => o.contacts) || keepsContacts)
      ? storedChildren.contacts
      : capped(
          uniqueBy(
            [...(service.contacts ?? []), ...salList.flatMap((s) => s.contacts ?? []), ...(location?.contacts ?? [])],
            (c) => c.id,
          ).map((c, i) => importContact(c, `contacts[${i}]`, notes)),
          MAX.contacts,
          'contacts',
          notes,
        );

  const timed = schedules.some((s) => s.opensAt || s.closesAt);
  const offset = hsdsSchedules.find((s) => typeof s.timezone === 'number')?.timezone;
  const offsetZone =
    offset !== undefined && Number.isInteger(offset) && Math.abs(offset) <= 14
      ? offset === 0
        ? 'UTC'
        : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}` // POSIX signs are inverted
      : null;
  const declaredZone = validTimeZone(location?.x_time_zone);
  if (location?.x_time_zone && !declaredZone) {
    notes.warn(`location.x_time_zone: "${String(location.x_time_zone)}" is not an IANA time zone`);
  }
  const countryZone = country ? COUNTRY_TIME_ZONES[country] : undefined;
  const timeZone = declaredZone ?? countryZone ?? validTimeZone(offsetZone) ?? 'UTC';
  if (address && timed && !declaredZone && !countryZone && !offsetZone) {
    notes.warn('schedules: no time zone given; opening hours read as UTC');
  }

  // What kind of service, for whom: from attributes, or the stored values when the record has none.
  const keepAttributes = stored !== undefined && service.attributes === undefined;
  let serviceTypes: ServiceType[] = keepAttributes
    ? stored.input.serviceTypes
    : taxonomyCodes(service.attributes, HSDS_TAXONOMIES.serviceTypes, notes);
  if (serviceTypes.length === 0) {
    serviceTypes = foreignServiceTypes(service.attributes);
  }
  if (serviceTypes.length === 0 && stored) {
    serviceTypes = stored.input.serviceTypes;
  }
  if (serviceTypes.length === 0) {
    notes.warn('attributes: no service type (thb_service_type) given; counselling assumed');
    serviceTypes = ['counselling'];
  }
  const accessModes = keepAttributes
    ? stored.input.accessModes
    : taxonomyCodes(service.attributes, HSDS_TAXONOMIES.accessModes, notes);
  let languages =
    stored && service.languages === undefined && location?.languages === undefined
      ? stored.input.languages
      : languageCodes(service.languages, 'languages', notes);
  if (languages.length === 0) {
    languages = languageCodes(location?.languages, 'location.languages', notes);
  }
  if (languages.length === 0) {
    languages = [language];
  }
  const serviceAreas =
    stored && service.service_areas === undefined
      ? stored.input.serviceAreas
      : (service.service_areas ?? []).flatMap((area) => {
          const code = countryCodeOf(area.x_country) ?? countryCodeOf(area.name);
          if (!code) {
            notes.warn(`service_areas: "${area.name ?? area.id}" is not a country; left out`);
          }
          return code ? [code] : [];
        });

  let minimumAge = ageOf(service.minimum_age, 'minimum_age', notes);
  let maximumAge = ageOf(service.maximum_age, 'maximum_age', notes);
  if (minimumAge !== null && maximumAge !== null && minimumAge > maximumAge) {
    notes.warn(`minimum_age ${minimumAge} is above maximum_age ${maximumAge}; both left out`);
    minimumAge = null;
    maximumAge = null;
  }
  const gender = eligibleGenderSchema.safeParse(service.x_eligible_gender);
  const visibility = fieldVisibilitySchema.safeParse(service.x_visibility);
  if (service.x_visibility !== undefined && !visibility.success) {
    notes.warn('x_visibility: not a valid visibility; the platform’s default applied');
  }
  const capacity = service.x_capacity;
  const capacityValid =
    typeof capacity === 'object' &&
    capacity !== null &&
    Number.isInteger(capacity.available) &&
    Number.isInteger(capacity.total) &&
    capacity.available >= 0 &&
    capacity.available <= capacity.total;
  const capacityUpdatedAt =
    capacityValid && typeof capacity.updated_at === 'string' ? new Date(capacity.updated_at) : null;
  const lastModified = service.last_modified ? new Date(service.last_modified) : undefined;

  if (notes.reasons.length > 0) {
    return { value: null, reasons: notes.reasons, warnings: notes.warnings };
  }
  const accessibility = (location?.accessibility ?? [])
    .map((a) => [a.description, a.details].filter(Boolean).join(' '))
    .filter(Boolean)
    .join('\n');
  const platformLocation: ServiceDraft['location'] =
    address && location
      ? {
          locationType: (LOCATION_TYPES as readonly string[]).includes(location.location_type)
            ? location.location_type
            : 'physical',
          name: text(location.name, 200, 'location.name', notes),
          address1: text(address.address_1, 200, 'location.address_1', notes),
          address2: text(address.address_2, 200, 'location.address_2', notes),
          postalCode: text(address.postal_code, 20, 'location.postal_code', notes),
          city: text(address.city, 100, 'location.city', notes)!,
          region: text(address.region ?? address.state_province, 100, 'location.region', notes),
          country: country!,
          latitude,
          longitude,
          timeZone,
          accessibility: text(accessibility, 1000, 'location.accessibility', notes),
          transportation: text(location.transportation, 1000, 'location.transportation', notes),
        }
      : stored!.input.location;
  return {
    value: {
      id: service.id,
      locationId: address && location ? location.id : stored!.locationId,
      draft: {
        organisationId: options.organisationId,
        name,
        description,
        url: validWebAddress(service.url, 'url', notes),
        email: keeps('email') ? stored!.input.email : validEmail(service.email, 'email', notes),
        status: service.status === 'temporarily closed' ? 'temporarily_closed' : (service.status as ServiceStatus),
        serviceTypes: capped(serviceTypes, MAX.serviceTypes, 'service types', notes),
        groupsServed: keepAttributes
          ? stored.input.groupsServed
          : taxonomyCodes(service.attributes, HSDS_TAXONOMIES.groupsServed, notes),
        exploitationForms: keepAttributes
          ? stored.input.exploitationForms
          : taxonomyCodes(service.attributes, HSDS_TAXONOMIES.exploitationForms, notes),
        languages: capped(languages, MAX.languages, 'languages', notes),
        minimumAge,
        maximumAge,
        eligibleGender: gender.success ? gender.data : 'any',
        eligibilityDescription: text(service.eligibility_description, 2000, 'eligibility_description', notes),
        free:
          typeof service.x_free === 'boolean'
            ? service.x_free
            : !(service.cost_options ?? []).some((c) => (c.amount ?? 0) > 0),
        feesDescription: text(service.fees_description ?? service.fees, 1000, 'fees_description', notes),
        accessModes,
        acceptsSelfReferral:
          typeof service.x_accepts_self_referral === 'boolean'
            ? service.x_accepts_self_referral
            : !accessModes.includes('referral_only'),
        interpretationAvailable:
          typeof service.x_interpretation_available === 'boolean'
            ? service.x_interpretation_available
            : Boolean(service.interpretation_services?.trim()),
        open247: service.x_open_247 === true,
        capacity: capacityValid
          ? { available: capacity.available, total: capacity.total }
          : (service.x_capacity === undefined || keeps('capacity')) && stored
            ? stored.input.capacity
            : null,
        location: platformLocation,
        serviceAreas: capped([...new Set(serviceAreas)], MAX.serviceAreas, 'service_areas', notes),
        phones,
        schedules,
        contacts,
        visibility: visibility.success
          ? visibility.data
          : service.x_visibility === undefined && stored
            ? stored.input.visibility
            : DEFAULT_FIELD_VISIBILITY,
      },
      assuredDate: isoDate(service.assured_date, 'assured_date', notes),
      assurerEmail: validEmail(service.assurer_email, 'assurer_email', notes),
      lastModified: lastModified && !Number.isNaN(lastModified.getTime()) ? lastModified : undefined,
      capacityUpdatedAt: capacityUpdatedAt && !Number.isNaN(capacityUpdatedAt.getTime()) ? capacityUpdatedAt : null,
      sample: service.x_sample === true,
    },
    reasons: [],
    warnings: notes.warnings,
  };
}

function ageOf(value: number | undefined, field: string, notes: Notes): number | null {
  if (value === undefined) {
    return null;
  }
  const age = Math.round(value);
  if (age < 0 || age > 120) {
    notes.warn(`${field}: ${value} is not an age; left out`);
    return null;
  }
  return age;
}
