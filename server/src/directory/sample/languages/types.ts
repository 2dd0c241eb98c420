import { type ServiceType } from '@thb/shared';

/** A service type's name and one sentence describing it; `shelter_women` is the women's-shelter variant. */
export type TypeTexts = Record<ServiceType | 'shelter_women', readonly [name: string, sentence: string]>;

/**
 * Everything the generator writes in one language: real sentences, so that PostgreSQL's text-search
 * configuration for the language stems them as it would a provider's own description.
 */
export interface LanguagePack {
  types: TypeTexts;
  phrases: {
    free: string;
    fees: string;
    interpretation: string;
    open247: string;
    selfReferral: string;
    referralOnly: string;
    holidays: string;
    renovation: string;
    /** Says that the record is generated sample data. */
    sample: string;
  };
  /** Organisation names: `{word}` and `{city}` are filled in; " (sample)" is appended. */
  organisationPatterns: readonly string[];
  organisationWords: readonly string[];
  streets: readonly string[];
  /** House number before the street name (English, French…) or after it (most others). */
  numberFirst: boolean;
  /** Fictional people (common given and family names put together). */
  people: readonly string[];
}
