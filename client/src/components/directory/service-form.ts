import {
  type AccessMode,
  DEFAULT_FIELD_VISIBILITY,
  EU_OFFICIAL_LANGUAGES,
  type ExploitationForm,
  type FieldVisibility,
  type GroupServed,
  type Phone,
  type Schedule,
  type ServiceDetail,
  type ServiceInputDraft,
  type ServiceStatus,
  type ServiceType,
} from '@thb/shared';
import { type FieldMessages } from '@/composables/useFormErrors';
import {
  emptyLocation,
  type HoursRow,
  hoursRows,
  type LocationForm,
  locationForm,
  locationFrom,
  normalisePhone,
  orNull,
  type PhoneRow,
  phoneRows,
  phonesFrom,
  schedulesFrom,
} from './form-rows';

/** One language of the service: its name and description in that language. */
export interface TextRow {
  language: string;
  name: string;
  description: string;
}

export interface ContactRow {
  name: string;
  title: string;
  department: string;
  email: string;
  phone: string;
  /** Numbers beyond the first, kept as they were (the form edits one number per contact). */
  morePhones: Phone[];
  role: ServiceDetail['contacts'][number]['role'];
  country: string;
  outOfHours: boolean;
}

/** What the service editor edits: strings where the API has numbers or nulls, rows for the lists. */
export interface ServiceFormState {
  organisationId: string;
  texts: TextRow[];
  url: string;
  email: string;
  status: ServiceStatus;
  serviceTypes: ServiceType[];
  groupsServed: GroupServed[];
  exploitationForms: ExploitationForm[];
  languages: string[];
  minimumAge: string;
  maximumAge: string;
  eligibleGender: ServiceDetail['eligibleGender'];
  eligibilityDescription: string;
  free: boolean;
  feesDescription: string;
  accessModes: AccessMode[];
  acceptsSelfReferral: boolean;
  interpretationAvailable: boolean;
  open247: boolean;
  publishCapacity: boolean;
  capacityAvailable: string;
  capacityTotal: string;
  location: LocationForm;
  serviceAreas: string[];
  phones: PhoneRow[];
  hours: HoursRow[];
  keptSchedules: Schedule[];
  contacts: ContactRow[];
  visibility: FieldVisibility;
}

const LOCATION_PARTS = [
  'locationType',
  'name',
  'address1',
  'address2',
  'postalCode',
  'city',
  'region',
  'country',
  'latitude',
  'longitude',
  'timeZone',
  'accessibility',
  'transportation',
] as const;

/** Field paths of the form, in the order it shows them (the error summary follows this order). */
export const SERVICE_FIELDS = [
  'organisationId',
  'name',
  'description',
  'status',
  'serviceTypes',
  'url',
  'email',
  'groupsServed',
  'exploitationForms',
  'languages',
  'minimumAge',
  'maximumAge',
  'eligibleGender',
  'eligibilityDescription',
  'free',
  'feesDescription',
  'accessModes',
  'acceptsSelfReferral',
  'interpretationAvailable',
  'capacity',
  'open247',
  'schedules',
  ...LOCATION_PARTS.map((part) => `location.${part}`),
  'serviceAreas',
  'phones',
  'contacts',
  'visibility',
] as const;

export const SERVICE_FIELD_MESSAGES: FieldMessages = {
  organisationId: 'validation.choose',
  name: 'directory.edit.nameNeeded',
  serviceTypes: 'directory.edit.typeNeeded',
  languages: 'validation.chooseLanguage',
  url: 'validation.url',
  phones: 'validation.phone',
  capacity: 'directory.edit.capacityInvalid',
  maximumAge: 'directory.edit.agesInvalid',
  'location.city': 'directory.edit.cityNeeded',
  'location.country': 'directory.edit.countryNeeded',
  'location.timeZone': 'directory.edit.timeZoneInvalid',
  'location.latitude': 'directory.edit.coordinateInvalid',
  'location.longitude': 'directory.edit.coordinateInvalid',
};

export function emptyServiceForm(organisationId: string, locale: string): ServiceFormState {
  const language = (EU_OFFICIAL_LANGUAGES as readonly string[]).includes(locale) ? locale : 'en';
  return {
    organisationId,
    texts: [{ language, name: '', description: '' }],
    url: '',
    email: '',
    status: 'active',
    serviceTypes: [],
    groupsServed: [],
    exploitationForms: [],
    languages: [],
    minimumAge: '',
    maximumAge: '',
    eligibleGender: 'any',
    eligibilityDescription: '',
    free: true,
    feesDescription: '',
    accessModes: [],
    acceptsSelfReferral: true,
    interpretationAvailable: false,
    open247: false,
    publishCapacity: false,
    capacityAvailable: '',
    capacityTotal: '',
    location: emptyLocation(),
    serviceAreas: [],
    phones: [],
    hours: [],
    keptSchedules: [],
    contacts: [],
    visibility: { ...DEFAULT_FIELD_VISIBILITY },
  };
}

export function serviceFormFrom(service: ServiceDetail): ServiceFormState {
  const languages = [...new Set([...Object.keys(service.name), ...Object.keys(service.description)])];
  const { rows, kept } = hoursRows(service.schedules);
  return {
    organisationId: service.organisation.id,
    texts: languages.map((language) => ({
      language,
      name: service.name[language] ?? '',
      description: service.description[language] ?? '',
    })),
    url: service.url ?? '',
    email: service.email ?? '',
    status: service.status,
    serviceTypes: [...service.serviceTypes],
    groupsServed: [...service.groupsServed],
    exploitationForms: [...service.exploitationForms],
    languages: [...service.languages],
    minimumAge: service.minimumAge === null ? '' : String(service.minimumAge),
    maximumAge: service.maximumAge === null ? '' : String(service.maximumAge),
    eligibleGender: service.eligibleGender,
    eligibilityDescription: service.eligibilityDescription ?? '',
    free: service.free,
    feesDescription: service.feesDescription ?? '',
    accessModes: [...service.accessModes],
    acceptsSelfReferral: service.acceptsSelfReferral,
    interpretationAvailable: service.interpretationAvailable,
    open247: service.open247,
    publishCapacity: service.capacity !== null,
    capacityAvailable: service.capacity ? String(service.capacity.available) : '',
    capacityTotal: service.capacity ? String(service.capacity.total) : '',
    location: locationForm(service.location),
    serviceAreas: [...service.serviceAreas],
    phones: phoneRows(service.phones),
    hours: rows,
    keptSchedules: kept,
    contacts: service.contacts.map((c) => ({
      name: c.name ?? '',
      title: c.title ?? '',
      department: c.department ?? '',
      email: c.email ?? '',
      phone: c.phones[0]?.number ?? '',
      morePhones: c.phones.slice(1),
      role: c.role,
      country: c.country ?? '',
      outOfHours: c.outOfHours,
    })),
    visibility: { ...service.visibility },
  };
}

export function emptyContact(country: string): ContactRow {
  return {
    name: '',
    title: '',
    department: '',
    email: '',
    phone: '',
    morePhones: [],
    role: 'service_provider',
    country,
    outOfHours: false,
  };
}

/** A number typed as text; empty is null, anything else goes to the schema as typed so it can say what is wrong. */
function whole(text: string): number | null {
  const value = text.trim();
  if (!value) {
    return null;
  }
  return /^\d+$/.test(value) ? Number(value) : (value as unknown as number);
}

/** The request body, before the shared schema checks it. */
export function toServiceInput(state: ServiceFormState): ServiceInputDraft {
  const name: Record<string, string> = {};
  const description: Record<string, string> = {};
  for (const row of state.texts) {
    if (row.name.trim()) {
      name[row.language] = row.name;
    }
    if (row.description.trim()) {
      description[row.language] = row.description;
    }
  }
  return {
    organisationId: state.organisationId,
    name,
    description,
    url: orNull(state.url),
    email: orNull(state.email),
    status: state.status,
    serviceTypes: state.serviceTypes,
    groupsServed: state.groupsServed,
    exploitationForms: state.exploitationForms,
    languages: state.languages,
    minimumAge: whole(state.minimumAge),
    maximumAge: whole(state.maximumAge),
    eligibleGender: state.eligibleGender,
    eligibilityDescription: orNull(state.eligibilityDescription),
    free: state.free,
    feesDescription: orNull(state.feesDescription),
    accessModes: state.accessModes,
    acceptsSelfReferral: state.acceptsSelfReferral,
    interpretationAvailable: state.interpretationAvailable,
    open247: state.open247,
    capacity: state.publishCapacity
      ? { available: whole(state.capacityAvailable) ?? 0, total: whole(state.capacityTotal) ?? 0 }
      : null,
    location: locationFrom(state.location),
    serviceAreas: state.serviceAreas,
    phones: phonesFrom(state.phones),
    schedules: schedulesFrom(state.hours, state.keptSchedules),
    contacts: state.contacts.map((c) => ({
      name: orNull(c.name),
      title: orNull(c.title),
      department: orNull(c.department),
      email: orNull(c.email),
      phones: [
        ...(c.phone.trim()
          ? [
              {
                number: normalisePhone(c.phone),
                extension: null,
                type: 'voice' as const,
                description: null,
                languages: [],
              },
            ]
          : []),
        ...c.morePhones,
      ],
      role: c.role,
      country: c.country || null,
      outOfHours: c.outOfHours,
    })),
    visibility: state.visibility,
  };
}
