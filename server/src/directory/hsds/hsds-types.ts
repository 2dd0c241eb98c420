/*
 * The parts of Open Referral HSDS 3.0 objects the platform writes and reads (snake_case, as in the spec).
 * Every field but the ids the spec requires is optional; `x_` fields are the platform's extensions, which
 * the spec allows. Imported objects are checked against the spec's JSON Schema before these types apply.
 */

export interface HsdsLanguage {
  id: string;
  name?: string;
  code?: string;
  note?: string;
}

export interface HsdsPhone {
  id: string;
  number: string;
  extension?: number;
  type?: string;
  description?: string;
  languages?: HsdsLanguage[];
  /** An extension that is not a number (HSDS types `extension` as a number). */
  x_extension?: string;
}

export interface HsdsSchedule {
  id: string;
  valid_from?: string;
  valid_to?: string;
  freq?: 'WEEKLY' | 'MONTHLY';
  /** UTC offset in hours. */
  timezone?: number;
  byday?: string;
  opens_at?: string;
  closes_at?: string;
  description?: string;
  notes?: string;
  /** An exception: closed from `valid_from` to `valid_to`. */
  x_closed?: boolean;
}

export interface HsdsServiceArea {
  id: string;
  name?: string;
  description?: string;
  extent?: string;
  extent_type?: string;
  /** ISO 3166-1 alpha-2 code of the country served. */
  x_country?: string;
}

export interface HsdsAddress {
  id: string;
  address_1: string;
  address_2?: string;
  city: string;
  region?: string;
  state_province: string;
  postal_code: string;
  country: string;
  address_type: 'physical' | 'postal' | 'virtual';
}

export interface HsdsAccessibility {
  id: string;
  description?: string;
  details?: string;
}

export interface HsdsContact {
  id: string;
  name?: string;
  title?: string;
  department?: string;
  email?: string;
  phones?: HsdsPhone[];
  x_role?: string;
  x_country?: string;
  x_out_of_hours?: boolean;
}

export interface HsdsLocation {
  id: string;
  location_type: 'physical' | 'postal' | 'virtual';
  name?: string;
  description?: string;
  transportation?: string;
  latitude?: number;
  longitude?: number;
  languages?: HsdsLanguage[];
  addresses?: HsdsAddress[];
  contacts?: HsdsContact[];
  accessibility?: HsdsAccessibility[];
  phones?: HsdsPhone[];
  schedules?: HsdsSchedule[];
  /** IANA time zone of the opening hours (HSDS times carry no zone rules). */
  x_time_zone?: string;
  /** `city`: the point is a rounded city-level position and the street address is left out. */
  x_precision?: 'exact' | 'city';
}

export interface HsdsServiceAtLocation {
  id: string;
  description?: string;
  contacts?: HsdsContact[];
  phones?: HsdsPhone[];
  schedules?: HsdsSchedule[];
  location?: HsdsLocation;
}

export interface HsdsTaxonomy {
  id: string;
  name: string;
  description: string;
  uri?: string;
  version?: string;
}

export interface HsdsTaxonomyTerm {
  id: string;
  code?: string;
  name: string;
  description: string;
  taxonomy?: string;
  taxonomy_id?: string;
  taxonomy_detail?: HsdsTaxonomy;
  language?: string;
}

export interface HsdsAttribute {
  id: string;
  link_id?: string;
  link_type?: string;
  link_entity?: string;
  value?: string;
  taxonomy_term_id?: string;
  taxonomy_term?: HsdsTaxonomyTerm;
}

export interface HsdsMetadata {
  id: string;
  resource_id?: string;
  resource_type?: string;
  last_action_date: string;
  last_action_type: string;
  field_name: string;
  previous_value: string;
  replacement_value: string;
  updated_by: string;
}

export interface HsdsCostOption {
  id: string;
  amount?: number;
  option?: string;
}

/** Names and descriptions in languages other than the record's main one, keyed by ISO 639-1 code. */
export type HsdsTranslations = Record<string, { name?: string; description?: string }>;

export interface HsdsOrganization {
  id: string;
  name: string;
  description: string;
  alternate_name?: string;
  email?: string;
  website?: string;
  locations?: HsdsLocation[];
  services?: HsdsService[];
  x_type?: string;
  x_text_language?: string;
  x_translations?: HsdsTranslations;
}

export interface HsdsService {
  id: string;
  name: string;
  status: string;
  organization_id?: string;
  alternate_name?: string;
  description?: string;
  url?: string;
  email?: string;
  interpretation_services?: string;
  application_process?: string;
  fees_description?: string;
  fees?: string;
  eligibility_description?: string;
  minimum_age?: number;
  maximum_age?: number;
  assured_date?: string;
  assurer_email?: string;
  alert?: string;
  last_modified?: string;
  phones?: HsdsPhone[];
  schedules?: HsdsSchedule[];
  service_areas?: HsdsServiceArea[];
  service_at_locations?: HsdsServiceAtLocation[];
  languages?: HsdsLanguage[];
  organization?: HsdsOrganization;
  contacts?: HsdsContact[];
  attributes?: HsdsAttribute[];
  cost_options?: HsdsCostOption[];
  metadata?: HsdsMetadata[];

  /** Language (ISO 639-1) of `name` and `description`. */
  x_text_language?: string;
  x_translations?: HsdsTranslations;
  x_free?: boolean;
  x_accepts_self_referral?: boolean;
  x_interpretation_available?: boolean;
  x_open_247?: boolean;
  x_eligible_gender?: string;
  x_capacity?: { available: number; total: number; updated_at: string };
  x_visibility?: Record<string, string>;
  /** Field groups left out because the viewer may not see them (sign in to see more). */
  x_hidden?: string[];
  /**
   * Whose view of the record this is: `public` (a visitor: persons' names, emails and phones withheld),
   * `member`, or `editor` (the owning organisation or the Coordinator: everything).
   */
  x_view?: 'public' | 'member' | 'editor';
  x_sample?: boolean;
}

/** The paginated envelope of the HSDS API (`schema/openapi.json`, `Page` + `contents`). */
export interface HsdsPage<T> {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
}
