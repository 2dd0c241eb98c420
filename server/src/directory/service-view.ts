import {
  type Contact,
  type FieldVisibility,
  type Phone,
  type Schedule,
  type ServiceDetail,
  STALE_AFTER_MONTHS,
} from '@thb/shared';
import { type AuthenticatedUser } from '../access/authenticated-user';
import {
  type ContactRow,
  type PhoneRow,
  type ScheduleRow,
  type ServiceRecord,
  type ServiceRow,
} from './directory-records.repository';
import { canSee, viewerLevel } from './visibility';

/** The organisation a service belongs to, as a card or a detail shows it. */
export interface OrganisationRef {
  id: string;
  name: string;
  type: ServiceDetail['organisation']['type'];
  website: string | null;
}

export interface ServiceChildren {
  phones: PhoneRow[];
  schedules: ScheduleRow[];
  contacts: ContactRow[];
  contactPhones: PhoneRow[];
}

/** The viewer's preferred language first, then English, then whatever the record has. */
export function pickText(texts: Record<string, string>, preferred: readonly string[]): string {
  for (const language of [...preferred, 'en']) {
    if (texts[language]) {
      return texts[language];
    }
  }
  return Object.values(texts)[0] ?? '';
}

export function isStale(assuredDate: string | null, now = new Date()): boolean {
  if (!assuredDate) {
    return true;
  }
  const limit = new Date(now);
  limit.setUTCMonth(limit.getUTCMonth() - STALE_AFTER_MONTHS);
  return new Date(`${assuredDate}T00:00:00Z`) < limit;
}

export function toPhone(row: PhoneRow): Phone {
  return {
    number: row.number,
    extension: row.extension,
    type: row.type as Phone['type'],
    description: row.description,
    languages: row.languages,
  };
}

export function toSchedule(row: ScheduleRow): Schedule {
  return {
    byday: row.byday as Schedule['byday'],
    opensAt: row.opensAt?.slice(0, 5) ?? null,
    closesAt: row.closesAt?.slice(0, 5) ?? null,
    validFrom: row.validFrom,
    validTo: row.validTo,
    closed: row.closed,
    description: row.description,
  };
}

/** A contact as the viewer may see it: a person's name, email and phones only for signed-in members. */
export function toContact(
  row: ContactRow,
  phones: PhoneRow[],
  organisation: OrganisationRef | null,
  signedIn: boolean,
): Contact & { personalDetailsHidden: boolean } {
  const personal = row.name !== null;
  const hide = personal && !signedIn;
  return {
    id: row.id,
    organisation,
    serviceId: row.serviceId,
    name: hide ? null : row.name,
    title: row.title,
    department: row.department,
    email: hide ? null : row.email,
    phones: hide ? [] : phones.map(toPhone),
    role: row.role as Contact['role'],
    country: row.country,
    outOfHours: row.outOfHours,
    personalDetailsHidden: hide,
  };
}

/**
 * A service as one viewer may see it. This is the one place where field-group visibility is applied to a
 * whole record: the API's service page and the HSDS export both go through it, so nothing restricted can
 * reach a viewer by another path.
 */
export function toServiceDetail(
  row: ServiceRow,
  children: ServiceChildren,
  organisation: OrganisationRef,
  viewer: AuthenticatedUser | null,
  openNow: boolean,
): ServiceDetail {
  const level = viewerLevel(viewer, row.organisationId);
  const visibility = row.visibility;
  const sees = (group: keyof FieldVisibility) => canSee(level, visibility[group]);
  const hidden = (Object.keys(visibility) as (keyof FieldVisibility)[]).filter((g) => !sees(g));
  const exact = sees('location');
  const preferred = viewer ? [viewer.locale] : [];
  const hasCapacity = row.capacityTotal !== null && row.capacityAvailable !== null && row.capacityUpdatedAt !== null;
  return {
    id: row.id,
    organisation,
    name: row.name,
    description: row.description,
    displayName: pickText(row.name, preferred),
    url: row.url,
    email: sees('email') ? row.email : null,
    status: row.status as ServiceDetail['status'],
    serviceTypes: row.serviceTypes as ServiceDetail['serviceTypes'],
    groupsServed: row.groupsServed as ServiceDetail['groupsServed'],
    exploitationForms: row.exploitationForms as ServiceDetail['exploitationForms'],
    languages: row.languages,
    minimumAge: row.minimumAge,
    maximumAge: row.maximumAge,
    eligibleGender: row.eligibleGender as ServiceDetail['eligibleGender'],
    eligibilityDescription: row.eligibilityDescription,
    free: row.free,
    feesDescription: row.feesDescription,
    accessModes: row.accessModes as ServiceDetail['accessModes'],
    acceptsSelfReferral: row.acceptsSelfReferral,
    interpretationAvailable: row.interpretationAvailable,
    open247: row.open247,
    openNow,
    capacity:
      hasCapacity && sees('capacity')
        ? {
            available: row.capacityAvailable!,
            total: row.capacityTotal!,
            updatedAt: row.capacityUpdatedAt!.toISOString(),
          }
        : null,
    location: {
      locationType: row.locationType as ServiceDetail['location']['locationType'],
      name: exact ? row.locationName : null,
      city: row.city,
      region: row.region,
      country: row.country,
      timeZone: row.timeZone,
      address1: exact ? row.address1 : null,
      address2: exact ? row.address2 : null,
      postalCode: exact ? row.postalCode : null,
      latitude: exact ? row.latitude : row.publicLatitude,
      longitude: exact ? row.longitude : row.publicLongitude,
      precision: exact ? 'exact' : 'city',
      accessibility: row.accessibility,
      transportation: row.transportation,
    },
    serviceAreas: row.serviceAreas,
    phones: sees('phones') ? children.phones.map(toPhone) : [],
    schedules: children.schedules.map(toSchedule),
    contacts: sees('contacts')
      ? children.contacts.map((c) =>
          toContact(
            c,
            children.contactPhones.filter((p) => p.contactId === c.id),
            organisation,
            viewer !== null,
          ),
        )
      : [],
    visibility,
    hidden,
    assuredDate: row.assuredDate,
    assurer: viewer ? row.assurerName : null,
    stale: isStale(row.assuredDate),
    lastModified: row.lastModified.toISOString(),
    sample: row.sample,
    canEdit: level === 'restricted',
  };
}

/** The stored record back in the provider's input shape (children keep their ids), for edits and diffs. */
export function toServiceRecordInput(row: ServiceRow, children: ServiceChildren): ServiceRecord['input'] {
  return {
    organisationId: row.organisationId,
    name: row.name,
    description: row.description,
    url: row.url,
    email: row.email,
    status: row.status as ServiceDetail['status'],
    serviceTypes: row.serviceTypes as ServiceDetail['serviceTypes'],
    groupsServed: row.groupsServed as ServiceDetail['groupsServed'],
    exploitationForms: row.exploitationForms as ServiceDetail['exploitationForms'],
    languages: row.languages,
    minimumAge: row.minimumAge,
    maximumAge: row.maximumAge,
    eligibleGender: row.eligibleGender as ServiceDetail['eligibleGender'],
    eligibilityDescription: row.eligibilityDescription,
    free: row.free,
    feesDescription: row.feesDescription,
    accessModes: row.accessModes as ServiceDetail['accessModes'],
    acceptsSelfReferral: row.acceptsSelfReferral,
    interpretationAvailable: row.interpretationAvailable,
    open247: row.open247,
    capacity:
      row.capacityTotal !== null && row.capacityAvailable !== null
        ? { available: row.capacityAvailable, total: row.capacityTotal }
        : null,
    location: {
      locationType: row.locationType as ServiceDetail['location']['locationType'],
      name: row.locationName,
      address1: row.address1,
      address2: row.address2,
      postalCode: row.postalCode,
      city: row.city,
      region: row.region,
      country: row.country,
      latitude: row.latitude,
      longitude: row.longitude,
      timeZone: row.timeZone,
      accessibility: row.accessibility,
      transportation: row.transportation,
    },
    serviceAreas: row.serviceAreas,
    phones: children.phones.map((p) => ({ id: p.id, ...toPhone(p) })),
    schedules: children.schedules.map((s) => ({ id: s.id, ...toSchedule(s) })),
    contacts: children.contacts.map((c) => ({
      id: c.id,
      name: c.name,
      title: c.title,
      department: c.department,
      email: c.email,
      role: c.role as Contact['role'],
      country: c.country,
      outOfHours: c.outOfHours,
      phones: children.contactPhones.filter((p) => p.contactId === c.id).map((p) => ({ id: p.id, ...toPhone(p) })),
    })),
    visibility: row.visibility,
  };
}
