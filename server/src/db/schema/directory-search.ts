import {
  bigint,
  boolean,
  customType,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { dateMultirange, directoryServices, earthPoint, openWeek, tsvector } from './directory';

const bitVarying = customType<{ data: string }>({ dataType: () => 'bit varying' });

/**
 * The directory's search index, derived from `directory_services` by PostgreSQL itself (statement triggers
 * of migration 0010; nothing in the application writes these tables). A search reads these narrow rows
 * instead of the wide records, and counts facets with bit operations on `directory_facet_bits`.
 *
 * One row per service: its bit position (`ordinal`), what the search filters and sorts on, and its facet
 * values as codes (`c:FR`, `t:shelter`, `s:active`, `k:members` for places available at that visibility,
 * `v:2026-11` for the month it was last verified, `h:<hours pattern>` or `h:dated`).
 */
export const directorySearchRows = pgTable(
  'directory_search_rows',
  {
    serviceId: uuid('service_id')
      .primaryKey()
      .references(() => directoryServices.id, { onDelete: 'cascade' }),
    ordinal: integer('ordinal').notNull().unique().generatedAlwaysAsIdentity({ startWith: 0, minValue: 0 }),
    organisationId: uuid('organisation_id').notNull(),
    status: varchar('status', { length: 24 }).notNull(),
    codes: text('codes').array().notNull(),
    sortName: text('sort_name').notNull(),
    /** The names and the organisation's name (weights A and B of the search vector): what relevance ranks on. */
    titleVector: tsvector('title_vector'),
    /** Names and descriptions in every language; the first value moved out of line when a row passes 2 KB. */
    searchVector: tsvector('search_vector'),
    cityKey: text('city_key').notNull(),
    regionKey: text('region_key'),
    earthPublic: earthPoint('earth_public'),
    earthMembers: earthPoint('earth_members'),
    assuredDate: date('assured_date', { mode: 'string' }),
    /** The `directory_hour_patterns` code of the weekly hours in the location's time zone. */
    hoursCode: text('hours_code'),
    hoursHaveDates: boolean('hours_have_dates').notNull(),
    closedOn: dateMultirange('closed_on'),
    timeZone: text('time_zone').notNull(),
  },
  (t) => [
    index('directory_search_rows_search_idx').using('gin', t.searchVector),
    index('directory_search_rows_name_trgm_idx').using('gin', t.sortName.op('gin_trgm_ops')),
    index('directory_search_rows_codes_idx').using('gin', t.codes),
    // Both GiST indexes of the positions also include the ordinal (migration 0012: drizzle cannot say INCLUDE).
    index('directory_search_rows_earth_public_idx').using('gist', t.earthPublic),
    index('directory_search_rows_earth_members_idx').using('gist', t.earthMembers),
    index('directory_search_rows_closed_idx').using('gist', t.closedOn),
    index('directory_search_rows_city_idx').on(t.cityKey),
    index('directory_search_rows_region_idx').on(t.regionKey),
    index('directory_search_rows_assured_idx').on(t.assuredDate),
    // The orders a page is read in, walked while testing each service's bit in the results (ordinal included).
    index('directory_search_rows_name_order_idx').on(t.sortName, t.serviceId, t.ordinal),
    index('directory_search_rows_verified_order_idx').on(
      t.assuredDate.desc().nullsLast(),
      t.sortName,
      t.serviceId,
      t.ordinal,
    ),
    index('directory_search_rows_organisation_idx').on(t.organisationId),
  ],
);

/**
 * The services having one facet value, as bits at their ordinals, in blocks of 4,096 bits: a facet count is
 * `bit_count(results & value)` over a few blocks, whatever the number of services.
 */
export const directoryFacetBits = pgTable(
  'directory_facet_bits',
  {
    /** The code's prefix: c(ountry), t(ype), g(roup), e(xploitation), l(anguage), f(lag), s(tatus), k, v, h. */
    facet: text('facet').notNull(),
    value: text('value').notNull(),
    block: integer('block').notNull(),
    bits: bitVarying('bits').notNull(),
  },
  (t) => [primaryKey({ columns: [t.facet, t.value, t.block] })],
);

/** Each distinct week of opening hours in a time zone, so that "open now" is decided once per pattern. */
export const directoryHourPatterns = pgTable('directory_hour_patterns', {
  code: text('code').primaryKey(),
  openWeek: openWeek('open_week').notNull(),
  timeZone: text('time_zone').notNull(),
});

/**
 * Every word of the services' names and organisations (as lexemes of the search vectors), for typo
 * tolerance: a query word no service has is replaced by the similar words here (trigrams).
 */
export const directoryNameLexemes = pgTable('directory_name_lexemes', { lexeme: text('lexeme').primaryKey() }, (t) => [
  index('directory_name_lexemes_trgm_idx').using('gin', t.lexeme.op('gin_trgm_ops')),
]);

/**
 * The version of the search index: raised by every statement that changes search rows (a trigger), so that
 * sets derived from the whole index are reused exactly as long as it is unchanged.
 */
export const directorySearchVersion = pgTable('directory_search_version', {
  id: boolean('id').primaryKey().default(true),
  version: bigint('version', { mode: 'number' }).notNull(),
  /** How many search rows there were when `directory_name_ranges` was last worked out. */
  nameRangesFor: integer('name_ranges_for').notNull().default(0),
});

/**
 * The name order cut into ranges of about as many services (`first_name` the first name of each, in the
 * column's collation), each range's services as the bits of the code `o:<range>`: a page in name order starts
 * walking the name index at the range holding its first result, instead of at the first name (migration 0012;
 * worked out again by the triggers each time the directory has doubled).
 */
export const directoryNameRanges = pgTable('directory_name_ranges', {
  range: integer('range').primaryKey(),
  firstName: text('first_name').notNull(),
});

/**
 * Bit sets derived from the whole search index and the moment, shared by every search while valid: "open now"
 * (`open`, valid for one five-minute slot) and "verified since" (`verified:<months>`, valid for one day), at one
 * `directory_search_version`. Written by the SQL function `directory_search_set` when missing or stale.
 */
export const directorySearchSets = pgTable('directory_search_sets', {
  name: text('name').primaryKey(),
  version: bigint('version', { mode: 'number' }).notNull(),
  validFor: text('valid_for').notNull(),
  set: bitVarying('set').array().notNull(),
});
