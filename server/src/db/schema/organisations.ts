import { sql } from 'drizzle-orm';
import { boolean, customType, index, jsonb, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

/**
 * An organisation taking part in the Civil Society Platform (members) — and, with the directory issue,
 * the organisations that run listed services. Codes are ISO 3166-1 alpha-2 (countries) and ISO 639-1
 * (languages); `description` holds a text per language.
 */
export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    type: varchar('type', { length: 40 }).notNull(),
    countries: text('countries')
      .array()
      .notNull()
      .default(sql`'{}'`),
    website: text('website'),
    description: jsonb('description').$type<Record<string, string>>().notNull().default({}),
    expertise: text('expertise')
      .array()
      .notNull()
      .default(sql`'{}'`),
    priorities: text('priorities')
      .array()
      .notNull()
      .default(sql`'{}'`),
    services: text('services')
      .array()
      .notNull()
      .default(sql`'{}'`),
    languages: text('languages')
      .array()
      .notNull()
      .default(sql`'{}'`),
    seekingPartners: text('seeking_partners'),
    /** Required of member organisations (their profile form asks for it); directory-only ones may lack one. */
    contactEmail: text('contact_email'),
    contactPhone: text('contact_phone'),
    logo: bytea('logo'),
    logoContentType: varchar('logo_content_type', { length: 40 }),
    /** When the organisation was admitted to the Civil Society Platform; null for organisations only listed. */
    memberSince: timestamp('member_since', { withTimezone: true }),
    /** Generated demo or benchmark data, marked as such wherever it is shown. */
    sample: boolean('sample').notNull().default(false),
    /** Name, expertise and every description, each in its language's text-search configuration. */
    searchVector: tsvector('search_vector'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('organisations_search_idx').using('gin', t.searchVector),
    index('organisations_name_trgm_idx').using('gin', t.name.op('gin_trgm_ops')),
    index('organisations_countries_idx').using('gin', t.countries),
  ],
);
