import { sql } from 'drizzle-orm';
import {
  boolean,
  customType,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  time,
  timestamp,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { type FieldVisibility } from '@thb/shared';
import { users } from './accounts';
import { organisations } from './organisations';

export const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
/** Opening hours of a week as 2,016 five-minute slots from Monday 00:00 local time (`bit(2016)`). */
export const openWeek = customType<{ data: string }>({ dataType: () => 'bit(2016)' });
export const dateMultirange = customType<{ data: string }>({ dataType: () => 'datemultirange' });
/** A point on the earth as earthdistance's `ll_to_earth` makes it (a `cube`), for radius search with GiST. */
export const earthPoint = customType<{ data: string }>({ dataType: () => 'cube' });

const textArray = (name: string) =>
  text(name)
    .array()
    .notNull()
    .default(sql`'{}'`);

/**
 * A service an organisation provides to victims (HSDS `service`), with its one location (HSDS `location` +
 * `address`, kept on the row so that search filters, geo distance and "open now" need no join). Names and
 * descriptions hold a text per ISO 639-1 language. Visibility of field groups is chosen by the provider;
 * the service layer applies it for each viewer.
 */
export const directoryServices = pgTable(
  'directory_services',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    name: jsonb('name').$type<Record<string, string>>().notNull(),
    /** The name in its first language: for sorting, trigram matching and display when no better language. */
    sortName: text('sort_name').notNull(),
    description: jsonb('description').$type<Record<string, string>>().notNull().default({}),
    url: text('url'),
    email: text('email'),
    status: varchar('status', { length: 24 }).notNull().default('active'),
    serviceTypes: textArray('service_types'),
    groupsServed: textArray('groups_served'),
    exploitationForms: textArray('exploitation_forms'),
    languages: textArray('languages'),
    accessModes: textArray('access_modes'),
    minimumAge: smallint('minimum_age'),
    maximumAge: smallint('maximum_age'),
    eligibleGender: varchar('eligible_gender', { length: 10 }).notNull().default('any'),
    eligibilityDescription: text('eligibility_description'),
    free: boolean('free').notNull().default(true),
    feesDescription: text('fees_description'),
    acceptsSelfReferral: boolean('accepts_self_referral').notNull().default(true),
    interpretationAvailable: boolean('interpretation_available').notNull().default(false),
    open247: boolean('open_247').notNull().default(false),
    /**
     * The weekly schedule rows folded into one bit per five minutes, so "open now" is one bit lookup per row.
     * Null when there are no weekly hours. Records with dated opening rows (seasonal or extra hours) set
     * `hoursHaveDates` and are evaluated row by row by the `directory_open_at` SQL function instead.
     */
    openWeek: openWeek('open_week'),
    /** Dates it is closed (exceptions such as public holidays): they close the week's hours and 24/7 alike. */
    closedOn: dateMultirange('closed_on'),
    hoursHaveDates: boolean('hours_have_dates').notNull().default(false),
    capacityAvailable: integer('capacity_available'),
    capacityTotal: integer('capacity_total'),
    capacityUpdatedAt: timestamp('capacity_updated_at', { withTimezone: true }),
    /** Countries served besides the location's (HSDS `service_area`). */
    serviceAreas: textArray('service_areas'),
    /** The location's country and the service areas: what the country filter matches. */
    countries: textArray('countries'),
    visibility: jsonb('visibility').$type<FieldVisibility>().notNull(),

    locationId: uuid('location_id').notNull().defaultRandom(),
    locationType: varchar('location_type', { length: 10 }).notNull().default('physical'),
    locationName: text('location_name'),
    address1: text('address_1'),
    address2: text('address_2'),
    postalCode: text('postal_code'),
    city: text('city').notNull(),
    region: text('region'),
    country: varchar('country', { length: 2 }).notNull(),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    timeZone: text('time_zone').notNull().default('Europe/Brussels'),
    accessibility: text('accessibility'),
    transportation: text('transportation'),
    /** The position anyone may see: exact when the location is public, otherwise rounded to city level. */
    publicLatitude: doublePrecision('public_latitude'),
    publicLongitude: doublePrecision('public_longitude'),
    earthPublic: earthPoint('earth_public'),
    /** The position members see: exact unless the provider restricted it to its own organisation. */
    earthMembers: earthPoint('earth_members'),

    assuredDate: date('assured_date', { mode: 'string' }),
    assurerEmail: text('assurer_email'),
    assurerName: text('assurer_name'),
    /** Generated demo or benchmark data, marked as such wherever it is shown. */
    sample: boolean('sample').notNull().default(false),
    /** Names and descriptions, each in its language's text-search configuration. */
    searchVector: tsvector('search_vector'),
    /**
     * Every facet value of the record as one array (`c:FR`, `t:shelter`, `g:women`, `e:labour`, `l:de`,
     * `f:free`…), kept by PostgreSQL itself (see the `directory_facet_codes` SQL function): the search index's
     * codes and bit sets are made from it (`directory_search_row`).
     */
    facetCodes: text('facet_codes')
      .array()
      .generatedAlwaysAs(
        sql`directory_facet_codes(countries, service_types, groups_served, exploitation_forms, languages, free, open_247, accepts_self_referral)`,
      ),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastModified: timestamp('last_modified', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('directory_services_search_idx').using('gin', t.searchVector),
    index('directory_services_name_trgm_idx').using('gin', t.sortName.op('gin_trgm_ops')),
    index('directory_services_organisation_idx').on(t.organisationId),
    index('directory_services_sort_name_idx').on(t.sortName, t.id),
    index('directory_services_assured_idx').on(t.assuredDate),
  ],
);

/** Phone numbers (HSDS `phone`) of a service or of a contact, E.164. */
export const directoryPhones = pgTable(
  'directory_phones',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    serviceId: uuid('service_id').references(() => directoryServices.id, { onDelete: 'cascade' }),
    contactId: uuid('contact_id').references(() => directoryContacts.id, { onDelete: 'cascade' }),
    number: text('number').notNull(),
    extension: text('extension'),
    type: varchar('type', { length: 12 }).notNull().default('voice'),
    description: text('description'),
    languages: textArray('languages'),
    position: smallint('position').notNull().default(0),
  },
  (t) => [index('directory_phones_service_idx').on(t.serviceId), index('directory_phones_contact_idx').on(t.contactId)],
);

/**
 * Opening hours (HSDS `schedule`, weekly `byday` rows) and exceptions for date ranges. A span whose
 * closing time is not after its opening time runs past midnight.
 */
export const directorySchedules = pgTable(
  'directory_schedules',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => directoryServices.id, { onDelete: 'cascade' }),
    byday: varchar('byday', { length: 2 }),
    opensAt: time('opens_at'),
    closesAt: time('closes_at'),
    validFrom: date('valid_from', { mode: 'string' }),
    validTo: date('valid_to', { mode: 'string' }),
    closed: boolean('closed').notNull().default(false),
    description: text('description'),
    position: smallint('position').notNull().default(0),
  },
  (t) => [index('directory_schedules_service_idx').on(t.serviceId)],
);

/**
 * A professional contact (HSDS `contact`): a person or a function, of an organisation and possibly of one
 * of its services. Names, emails and phones of persons are visible to members only.
 */
export const directoryContacts = pgTable(
  'directory_contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'cascade' }),
    serviceId: uuid('service_id').references(() => directoryServices.id, { onDelete: 'cascade' }),
    name: text('name'),
    title: text('title'),
    department: text('department'),
    email: text('email'),
    role: varchar('role', { length: 32 }).notNull().default('other'),
    country: varchar('country', { length: 2 }),
    outOfHours: boolean('out_of_hours').notNull().default(false),
    position: smallint('position').notNull().default(0),
    /** Title, department and the organisation's name (the person's name is not searchable by visitors). */
    searchVector: tsvector('search_vector'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastModified: timestamp('last_modified', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('directory_contacts_organisation_idx').on(t.organisationId),
    index('directory_contacts_service_idx').on(t.serviceId),
    index('directory_contacts_search_idx').using('gin', t.searchVector),
  ],
);

/** An edit someone suggested to a service, waiting for the owning organisation or the Coordinator. */
export const directorySuggestions = pgTable(
  'directory_suggestions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => directoryServices.id, { onDelete: 'cascade' }),
    /** The suggested values, per field, in the service input's shape. */
    changes: jsonb('changes').$type<Record<string, unknown>>().notNull(),
    /** The same fields as they were when the suggestion was made, for the diff. */
    previous: jsonb('previous').$type<Record<string, unknown>>().notNull(),
    comment: text('comment').notNull(),
    submitterId: uuid('submitter_id').references(() => users.id, { onDelete: 'set null' }),
    submitterName: text('submitter_name'),
    submitterEmail: text('submitter_email'),
    status: varchar('status', { length: 10 }).notNull().default('pending'),
    reviewerId: uuid('reviewer_id').references(() => users.id, { onDelete: 'set null' }),
    reviewerName: text('reviewer_name'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewNote: text('review_note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('directory_suggestions_service_idx').on(t.serviceId),
    index('directory_suggestions_status_idx').on(t.status, t.createdAt),
  ],
);

/** Who changed which field of which record, when, from what to what (HSDS `metadata`). */
export const directoryChanges = pgTable(
  'directory_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    resourceId: uuid('resource_id').notNull(),
    resourceType: varchar('resource_type', { length: 20 }).notNull(),
    lastActionDate: timestamp('last_action_date', { withTimezone: true }).notNull().defaultNow(),
    lastActionType: varchar('last_action_type', { length: 20 }).notNull(),
    fieldName: text('field_name').notNull(),
    previousValue: text('previous_value').notNull(),
    replacementValue: text('replacement_value').notNull(),
    updatedBy: text('updated_by').notNull(),
  },
  (t) => [index('directory_changes_resource_idx').on(t.resourceId, t.lastActionDate)],
);
