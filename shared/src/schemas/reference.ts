import countries from 'i18n-iso-countries';
import ISO6391 from 'iso-639-1';
import { z } from 'zod';

/** ISO 3166-1 alpha-2 codes, upper case (e.g. `BE`). */
export const COUNTRY_CODES = Object.keys(countries.getAlpha2Codes()).sort() as [string, ...string[]];
export const countryCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine((code): boolean => countries.isValid(code) && code.length === 2, 'must be an ISO 3166-1 alpha-2 country code')
  .describe('ISO 3166-1 alpha-2 country code, e.g. `BE`');

/** The 27 EU Member States (ISO 3166-1 alpha-2; Greece is `GR`). */
export const EU_MEMBER_STATES = [
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU',
  'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK',
] as const; // prettier-ignore

/** ISO 639-1 codes, lower case (e.g. `fr`). */
export const LANGUAGE_CODES = ISO6391.getAllCodes() as [string, ...string[]];
export const languageCodeSchema = z
  .string()
  .trim()
  .toLowerCase()
  .refine((code): boolean => ISO6391.validate(code), 'must be an ISO 639-1 language code')
  .describe('ISO 639-1 language code, e.g. `fr`');

/** The 24 official languages of the EU. */
export const EU_OFFICIAL_LANGUAGES = [
  'bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga', 'hr',
  'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv',
] as const; // prettier-ignore

/** Services a victim needs (Directive 2011/36/EU Art. 11, plus hotlines and identification/referral). */
export const SERVICE_TYPES = [
  'shelter',
  'material_assistance',
  'medical',
  'psychological',
  'counselling',
  'interpretation',
  'legal',
  'compensation',
  'residence_support',
  'witness_protection',
  'child_protection',
  'reintegration',
  'safe_return',
  'hotline',
  'identification_referral',
] as const;
export const serviceTypeSchema = z.enum(SERVICE_TYPES);
export type ServiceType = z.infer<typeof serviceTypeSchema>;

/** Kinds of organisation that take part in the platform or appear in its directory. */
export const ORGANISATION_TYPES = [
  'ngo',
  'service_provider',
  'national_rapporteur',
  'referral_mechanism',
  'law_enforcement',
  'eu_agency',
  'international_organisation',
  'social_partner',
  'other',
] as const;
export const organisationTypeSchema = z.enum(ORGANISATION_TYPES);
export type OrganisationType = z.infer<typeof organisationTypeSchema>;

/** A list of at most `max` values without repeats (rejected rather than silently dropped, so the schema stays JSON-Schema-able). */
export const uniqueList = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .refine((xs) => new Set(xs).size === xs.length, 'must not repeat a value');
