import {
  EU_OFFICIAL_LANGUAGES,
  type Organisation,
  type OrganisationProfileInput,
  type OrganisationType,
  type PriorityCode,
  type ServiceType,
} from '@thb/shared';
import { type FieldMessages } from '@/composables/useFormErrors';

/** What the organisation profile form edits: strings where the API has nulls, rows for the texts per language. */
export interface OrganisationFormState {
  name: string;
  type: OrganisationType | '';
  countries: string[];
  website: string;
  descriptions: { language: string; text: string }[];
  expertise: string[];
  priorities: PriorityCode[];
  services: ServiceType[];
  languages: string[];
  seekingPartners: string;
  contactEmail: string;
  contactPhone: string;
}

/** Field paths of the profile, in the order the form shows them. */
export const PROFILE_FIELDS = [
  'name',
  'type',
  'countries',
  'website',
  'description',
  'expertise',
  'priorities',
  'services',
  'languages',
  'seekingPartners',
  'contactEmail',
  'contactPhone',
] as const;

export const MAX_EXPERTISE = 20;

export function profileFieldPaths(prefix: string): string[] {
  return PROFILE_FIELDS.map((field) => (prefix ? `${prefix}.${field}` : field));
}

/** Messages for the rules of the profile that the generic wording cannot say. */
export function profileFieldMessages(prefix: string): FieldMessages {
  const at = (field: string) => (prefix ? `${prefix}.${field}` : field);
  return {
    [at('type')]: 'validation.chooseType',
    [at('countries')]: 'validation.chooseCountry',
    [at('description')]: 'validation.description',
    [at('languages')]: 'validation.chooseLanguage',
    [at('contactPhone')]: 'validation.phone',
    [at('name')]: 'validation.organisationName',
  };
}

export function emptyOrganisationForm(locale: string): OrganisationFormState {
  return {
    name: '',
    type: '',
    countries: [],
    website: '',
    descriptions: [
      { language: (EU_OFFICIAL_LANGUAGES as readonly string[]).includes(locale) ? locale : 'en', text: '' },
    ],
    expertise: [],
    priorities: [],
    services: [],
    languages: [],
    seekingPartners: '',
    contactEmail: '',
    contactPhone: '',
  };
}

export function organisationFormFrom(organisation: Organisation): OrganisationFormState {
  const descriptions = Object.entries(organisation.description).map(([language, text]) => ({ language, text }));
  return {
    name: organisation.name,
    type: organisation.type,
    countries: [...organisation.countries],
    website: organisation.website ?? '',
    descriptions: descriptions.length > 0 ? descriptions : [{ language: 'en', text: '' }],
    expertise: [...organisation.expertise],
    priorities: [...organisation.priorities],
    services: [...organisation.services],
    languages: [...organisation.languages],
    seekingPartners: organisation.seekingPartners ?? '',
    contactEmail: organisation.contactEmail,
    contactPhone: organisation.contactPhone ?? '',
  };
}

/** Spaces, dots, dashes and brackets people type in phone numbers; the API wants `+3222991111`. */
export function normalisePhone(value: string): string {
  return value.replace(/[\s().-]/g, '');
}

/** The request body, before the shared schema checks it. Empty optional texts become null. */
export function toProfileInput(state: OrganisationFormState): OrganisationProfileInput {
  const description: Record<string, string> = {};
  // A language row left empty is simply not sent.
  for (const row of state.descriptions) {
    if (row.language && row.text.trim()) {
      description[row.language] = row.text;
    }
  }
  return {
    name: state.name,
    // An empty choice is sent as undefined, so the schema reports it as missing.
    type: (state.type || undefined) as OrganisationType,
    countries: state.countries,
    website: state.website.trim() || null,
    description,
    expertise: state.expertise,
    priorities: state.priorities,
    services: state.services,
    languages: state.languages,
    seekingPartners: state.seekingPartners.trim() || null,
    contactEmail: state.contactEmail,
    contactPhone: normalisePhone(state.contactPhone) || null,
  };
}
