import {
  type LOCATION_TYPES,
  type LocationInput,
  type Phone,
  type PHONE_TYPES,
  type Schedule,
  type ServiceLocation,
  type Weekday,
} from '@thb/shared';

/**
 * Form rows for the parts of a service that are lists or groups (phones, weekly hours, location), shared by the
 * service editor and the suggest-an-edit form: strings where the API has nulls, converted back on submit.
 */

export interface PhoneRow {
  number: string;
  extension: string;
  type: (typeof PHONE_TYPES)[number];
  description: string;
  languages: string[];
}

export interface HoursRow {
  byday: Weekday;
  opensAt: string;
  closesAt: string;
}

export interface LocationForm {
  locationType: (typeof LOCATION_TYPES)[number];
  name: string;
  address1: string;
  address2: string;
  postalCode: string;
  city: string;
  region: string;
  country: string;
  latitude: string;
  longitude: string;
  timeZone: string;
  accessibility: string;
  transportation: string;
}

const orNull = (text: string): string | null => text.trim() || null;

/** Spaces, dots, dashes and brackets people type in phone numbers; the API wants `+3222991111`. */
export function normalisePhone(value: string): string {
  return value.replace(/[\s().-]/g, '');
}

export function emptyPhone(): PhoneRow {
  return { number: '', extension: '', type: 'voice', description: '', languages: [] };
}

export function phoneRows(phones: readonly Phone[]): PhoneRow[] {
  return phones.map((p) => ({
    number: p.number,
    extension: p.extension ?? '',
    type: p.type,
    description: p.description ?? '',
    languages: [...p.languages],
  }));
}

/** Rows left without a number are dropped: an empty row is how people "remove" one without the button. */
export function phonesFrom(rows: readonly PhoneRow[]): Phone[] {
  return rows
    .filter((row) => row.number.trim())
    .map((row) => ({
      number: normalisePhone(row.number),
      extension: orNull(row.extension),
      type: row.type,
      description: orNull(row.description),
      languages: row.languages,
    }));
}

export function emptyHours(byday: Weekday = 'MO'): HoursRow {
  return { byday, opensAt: '09:00', closesAt: '17:00' };
}

/** The weekly hours as rows; dated exceptions are kept aside, unchanged, to be sent back as they were. */
export function hoursRows(schedules: readonly Schedule[]): { rows: HoursRow[]; kept: Schedule[] } {
  const rows: HoursRow[] = [];
  const kept: Schedule[] = [];
  for (const s of schedules) {
    if (s.byday && s.opensAt && s.closesAt && !s.validFrom && !s.validTo && !s.closed) {
      rows.push({ byday: s.byday, opensAt: s.opensAt, closesAt: s.closesAt });
    } else {
      kept.push(s);
    }
  }
  return { rows, kept };
}

export function schedulesFrom(rows: readonly HoursRow[], kept: readonly Schedule[] = []): Schedule[] {
  return [
    ...rows.map((row) => ({
      byday: row.byday,
      opensAt: row.opensAt,
      closesAt: row.closesAt,
      validFrom: null,
      validTo: null,
      closed: false,
      description: null,
    })),
    ...kept,
  ];
}

export function emptyLocation(country = ''): LocationForm {
  return {
    locationType: 'physical',
    name: '',
    address1: '',
    address2: '',
    postalCode: '',
    city: '',
    region: '',
    country,
    latitude: '',
    longitude: '',
    timeZone: 'Europe/Brussels',
    accessibility: '',
    transportation: '',
  };
}

/** A city-level point is the rounded city position, not the service's: it is not offered for editing. */
export function locationForm(location: ServiceLocation): LocationForm {
  const exact = location.precision === 'exact';
  return {
    locationType: location.locationType,
    name: location.name ?? '',
    address1: location.address1 ?? '',
    address2: location.address2 ?? '',
    postalCode: location.postalCode ?? '',
    city: location.city,
    region: location.region ?? '',
    country: location.country,
    latitude: exact && location.latitude !== null ? String(location.latitude) : '',
    longitude: exact && location.longitude !== null ? String(location.longitude) : '',
    timeZone: location.timeZone,
    accessibility: location.accessibility ?? '',
    transportation: location.transportation ?? '',
  };
}

function coordinate(text: string): number | null {
  const value = text.trim().replace(',', '.');
  if (!value) {
    return null;
  }
  const n = Number(value);
  // Not a number: left for the schema to refuse, with the field's own message.
  return Number.isFinite(n) ? n : (value as unknown as number);
}

export function locationFrom(form: LocationForm): LocationInput {
  return {
    locationType: form.locationType,
    name: orNull(form.name),
    address1: orNull(form.address1),
    address2: orNull(form.address2),
    postalCode: orNull(form.postalCode),
    city: form.city.trim(),
    region: orNull(form.region),
    country: form.country,
    latitude: coordinate(form.latitude),
    longitude: coordinate(form.longitude),
    timeZone: form.timeZone.trim() || 'Europe/Brussels',
    accessibility: orNull(form.accessibility),
    transportation: orNull(form.transportation),
  };
}

export { orNull };
