import {
  type AccessMode,
  type FieldDiff,
  type GroupServed,
  type ServiceDetail,
  type ServiceStatus,
  type ServiceType,
  type SuggestibleField,
  type SuggestionInput,
} from '@thb/shared';
import {
  type HoursRow,
  hoursRows,
  type LocationForm,
  locationForm,
  locationFrom,
  orNull,
  type PhoneRow,
  phoneRows,
  phonesFrom,
  schedulesFrom,
} from './form-rows';

type Changes = NonNullable<SuggestionInput['changes']>;

/** The values someone may correct, as the suggest-an-edit form edits them. */
export interface SuggestState {
  name: Record<string, string>;
  description: Record<string, string>;
  url: string;
  email: string;
  status: ServiceStatus;
  serviceTypes: ServiceType[];
  groupsServed: GroupServed[];
  languages: string[];
  free: boolean;
  feesDescription: string;
  accessModes: AccessMode[];
  acceptsSelfReferral: boolean;
  open247: boolean;
  phones: PhoneRow[];
  schedules: HoursRow[];
  location: LocationForm;
  eligibilityDescription: string;
}

export function suggestStateFrom(service: ServiceDetail): SuggestState {
  return {
    name: { ...service.name },
    description: { ...service.description },
    url: service.url ?? '',
    email: service.email ?? '',
    status: service.status,
    serviceTypes: [...service.serviceTypes],
    groupsServed: [...service.groupsServed],
    languages: [...service.languages],
    free: service.free,
    feesDescription: service.feesDescription ?? '',
    accessModes: [...service.accessModes],
    acceptsSelfReferral: service.acceptsSelfReferral,
    open247: service.open247,
    phones: phoneRows(service.phones),
    schedules: hoursRows(service.schedules).rows,
    location: locationForm(service.location),
    eligibilityDescription: service.eligibilityDescription ?? '',
  };
}

function texts(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([, text]) => text.trim()));
}

/** One field's value in the API's shape (what is sent, and what the preview compares). */
export function valueOf(state: SuggestState, field: SuggestibleField, service: ServiceDetail): Changes[typeof field] {
  switch (field) {
    case 'name':
      return texts(state.name);
    case 'description':
      return texts(state.description);
    case 'url':
      return orNull(state.url);
    case 'email':
      return orNull(state.email);
    case 'feesDescription':
      return orNull(state.feesDescription);
    case 'eligibilityDescription':
      return orNull(state.eligibilityDescription);
    case 'phones':
      return phonesFrom(state.phones);
    case 'schedules':
      // Dated exceptions are not edited here; they go back unchanged.
      return schedulesFrom(state.schedules, hoursRows(service.schedules).kept);
    case 'location':
      return locationFrom(state.location);
    case 'status':
    case 'serviceTypes':
    case 'groupsServed':
    case 'languages':
    case 'free':
    case 'accessModes':
    case 'acceptsSelfReferral':
    case 'open247':
      return state[field];
  }
}

/** The chosen fields whose value differs from the record, each with its value now and the value suggested. */
export function previewDiff(state: SuggestState, chosen: readonly SuggestibleField[], service: ServiceDetail) {
  const before = suggestStateFrom(service);
  const diff: FieldDiff[] = [];
  for (const field of chosen) {
    const was = valueOf(before, field, service);
    const now = valueOf(state, field, service);
    if (JSON.stringify(was) !== JSON.stringify(now)) {
      diff.push({ field, before: was, after: now });
    }
  }
  return diff;
}

/** The `changes` of the request: only the fields that really change. */
export function changesFrom(diff: readonly FieldDiff[]): Changes {
  return Object.fromEntries(diff.map((d) => [d.field, d.after]));
}
