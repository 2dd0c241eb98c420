import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { type ContactInput, type Phone, type Schedule, type ServiceInput } from '@thb/shared';
import { asc, count, eq, getTableColumns, inArray, sql, type SQL } from 'drizzle-orm';
import { DATABASE_CONNECTION, type DatabaseConnection, type DatabaseExecutor } from '../db/database';
import { anyUuid, recordsetInsert, vectorFromParts } from '../db/recordset';
import { directoryContacts, directoryPhones, directorySchedules, directoryServices, organisations } from '../db/schema';
import { textSearchConfig } from '../db/text-search';
import { directoryChanged } from './directory-generation';
import { closedDates, hasDatedOpeningRows, openWeekBits } from './opening-hours';
import { type OrganisationRef } from './service-view';
import { cityLevel, effectiveVisibility } from './visibility';

/** Columns derived from the record for search (vectors, facet codes, the week's bits, earth points): not read back. */
const SEARCH_COLUMNS = ['searchVector', 'facetCodes', 'openWeek', 'earthPublic', 'earthMembers'] as const;
type SearchColumn = (typeof SEARCH_COLUMNS)[number];

/** A service's record as stored, without the columns derived for search. */
export type ServiceRow = Omit<typeof directoryServices.$inferSelect, SearchColumn>;

type ServiceColumns = typeof directoryServices._.columns;

/** Some of the table's columns, for a select of only those. */
function serviceColumnsOf<Name extends keyof ServiceColumns>(names: readonly Name[]): Pick<ServiceColumns, Name> {
  const all = getTableColumns(directoryServices);
  return Object.fromEntries(names.map((name) => [name, all[name]])) as Pick<ServiceColumns, Name>;
}

/** The columns of `ServiceRow`. */
const serviceColumns = serviceColumnsOf(
  (Object.keys(getTableColumns(directoryServices)) as (keyof ServiceColumns)[]).filter(
    (name): name is Exclude<keyof ServiceColumns, SearchColumn> =>
      !(SEARCH_COLUMNS as readonly string[]).includes(name),
  ),
);
export type PhoneRow = typeof directoryPhones.$inferSelect;
export type ScheduleRow = typeof directorySchedules.$inferSelect;
export type ContactRow = typeof directoryContacts.$inferSelect;

/** A child record with the identifier it keeps across saves (HSDS ids survive re-import). */
type WithId<T> = T & { id?: string };

/**
 * Everything stored about one service: the provider's input plus what the platform records about the record
 * itself. Ids are optional: a new record gets fresh ones, an imported one keeps its HSDS ids.
 */
export interface ServiceRecord {
  id: string;
  input: Omit<ServiceInput, 'phones' | 'schedules' | 'contacts'> & {
    phones: WithId<Phone>[];
    schedules: WithId<Schedule>[];
    contacts: WithId<Omit<ContactInput, 'phones'> & { phones: WithId<Phone>[] }>[];
  };
  locationId?: string;
  assuredDate: string | null;
  assurerEmail?: string | null;
  assurerName?: string | null;
  sample?: boolean;
  capacityUpdatedAt?: Date | null;
  lastModified?: Date;
}

/**
 * The service's local time, as seconds since 1970-01-01 00:00 local (a Thursday): one time-zone conversion,
 * from which both the five-minute slot of the week (Monday 00:00 = 0) and the local date follow.
 */
const localEpoch = sql`extract(epoch from (now() at time zone ${directoryServices.timeZone}))::bigint`;
const weekSlotSql = sql`((${localEpoch} / 300 + 3 * 288) % 2016)::int`;
const localDateSql = sql`(date '1970-01-01' + (${localEpoch} / 86400)::int)`;

export interface ServiceWithOrganisation<Row = ServiceRow> {
  service: Row;
  organisation: OrganisationRef;
  openNow: boolean;
}

/** What a result card shows of a service (see `DirectorySearchService`): a search reads only these. */
const CARD_COLUMNS = [
  'id',
  'organisationId',
  'name',
  'description',
  'status',
  'city',
  'region',
  'country',
  'latitude',
  'longitude',
  'publicLatitude',
  'publicLongitude',
  'visibility',
  'serviceTypes',
  'languages',
  'free',
  'open247',
  'acceptsSelfReferral',
  'capacityAvailable',
  'capacityTotal',
  'capacityUpdatedAt',
  'assuredDate',
  'sample',
] as const satisfies readonly (keyof ServiceRow)[];
export type ServiceCardRow = Pick<ServiceRow, (typeof CARD_COLUMNS)[number]>;
const cardColumns = serviceColumnsOf(CARD_COLUMNS);

/**
 * Open at this moment in the service's own time zone: not on a closed date, and around the clock or in the
 * current five-minute slot of its week; records with dated opening rows (seasonal or extra hours) are
 * checked row by row by the `directory_open_at` SQL function.
 */
export const openNowSql = sql<boolean>`(${directoryServices.status} = 'active' and not coalesce(${directoryServices.closedOn} @> ${localDateSql}, false) and (${directoryServices.open247} or case when ${directoryServices.hoursHaveDates} then directory_open_at(${directoryServices.id}, false, ${directoryServices.timeZone}, now()) else coalesce(get_bit(${directoryServices.openWeek}, ${weekSlotSql}) = 1, false) end))`;

/** Rows per `recordsetInsert` statement (one JSON parameter each): keeps each statement's payload moderate. */
const CHUNK = 500;

function chunks<T>(items: T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}

/** The name shown when the viewer's language is missing: English, else the first language written. */
export function primaryText(texts: Record<string, string>): string {
  return texts.en ?? Object.values(texts)[0] ?? '';
}

/** One part of a search vector: text-search configuration, text (null: the organisation's name), weight. */
type VectorPart = [config: string, text: string | null, weight: 'A' | 'B' | 'C'];

/** Names (A), the organisation's name (B) and descriptions (C), each stemmed in its own language. */
function searchVectorParts(input: ServiceRecord['input']): VectorPart[] {
  return [
    ...Object.entries(input.name).map(([language, text]): VectorPart => [textSearchConfig(language), text, 'A']),
    ['simple', null, 'B'],
    ...Object.entries(input.description).map(([language, text]): VectorPart => [textSearchConfig(language), text, 'C']),
  ];
}

const earthSql = (lat: string, lng: string) =>
  sql.raw(`case when r.${lat} is null or r.${lng} is null then null else ll_to_earth(r.${lat}, r.${lng}) end`);

/** The service's columns, and the fields its search vector and earth points are computed from in SQL. */
function serviceValues(record: ServiceRecord, now: Date) {
  const { input } = record;
  const { location } = input;
  const visibility = effectiveVisibility(input.visibility, input.serviceTypes);
  const hasPoint = location.latitude !== null && location.longitude !== null;
  const publicLatitude = hasPoint
    ? visibility.location === 'public'
      ? location.latitude
      : cityLevel(location.latitude!)
    : null;
  const publicLongitude = hasPoint
    ? visibility.location === 'public'
      ? location.longitude
      : cityLevel(location.longitude!)
    : null;
  const membersExact = visibility.location !== 'restricted';
  return {
    id: record.id,
    organisationId: input.organisationId,
    name: input.name,
    sortName: primaryText(input.name),
    description: input.description,
    url: input.url,
    email: input.email,
    status: input.status,
    serviceTypes: input.serviceTypes,
    groupsServed: input.groupsServed,
    exploitationForms: input.exploitationForms,
    languages: input.languages,
    accessModes: input.accessModes,
    minimumAge: input.minimumAge,
    maximumAge: input.maximumAge,
    eligibleGender: input.eligibleGender,
    eligibilityDescription: input.eligibilityDescription,
    free: input.free,
    feesDescription: input.feesDescription,
    acceptsSelfReferral: input.acceptsSelfReferral,
    interpretationAvailable: input.interpretationAvailable,
    open247: input.open247,
    openWeek: openWeekBits(input.schedules),
    closedOn: closedDates(input.schedules),
    hoursHaveDates: hasDatedOpeningRows(input.schedules),
    capacityAvailable: input.capacity?.available ?? null,
    capacityTotal: input.capacity?.total ?? null,
    capacityUpdatedAt: input.capacity ? (record.capacityUpdatedAt ?? now) : null,
    serviceAreas: input.serviceAreas,
    countries: [...new Set([location.country, ...input.serviceAreas])],
    visibility,
    ...(record.locationId ? { locationId: record.locationId } : {}),
    locationType: location.locationType,
    locationName: location.name,
    address1: location.address1,
    address2: location.address2,
    postalCode: location.postalCode,
    city: location.city,
    region: location.region,
    country: location.country,
    latitude: location.latitude,
    longitude: location.longitude,
    timeZone: location.timeZone,
    accessibility: location.accessibility,
    transportation: location.transportation,
    publicLatitude,
    publicLongitude,
    _public_lat: publicLatitude,
    _public_lng: publicLongitude,
    _members_lat: membersExact ? location.latitude : publicLatitude,
    _members_lng: membersExact ? location.longitude : publicLongitude,
    assuredDate: record.assuredDate,
    assurerEmail: record.assurerEmail ?? null,
    assurerName: record.assurerName ?? null,
    sample: record.sample ?? false,
    _vector: searchVectorParts(input),
    lastModified: record.lastModified ?? now,
  } satisfies Omit<typeof directoryServices.$inferInsert, 'earthPublic' | 'earthMembers' | 'searchVector'> &
    Record<`_${string}`, unknown>;
}

const SERVICE_EXTRA_FIELDS = {
  _public_lat: 'float8',
  _public_lng: 'float8',
  _members_lat: 'float8',
  _members_lng: 'float8',
  _vector: 'jsonb',
};

function phoneValues(phone: WithId<Phone>, position: number, owner: { serviceId?: string; contactId?: string }) {
  return {
    id: phone.id ?? randomUUID(),
    serviceId: owner.serviceId ?? null,
    contactId: owner.contactId ?? null,
    number: phone.number,
    extension: phone.extension,
    type: phone.type,
    description: phone.description,
    languages: phone.languages,
    position,
  };
}

/** Title and department; the organisation's name is added in SQL, for the contacts search. */
function contactSearchText(contact: { title: string | null; department: string | null }): string {
  return [contact.title, contact.department].filter(Boolean).join(' ');
}

const withOrganisation = sql`left join ${organisations} o on o.id = r.organisation_id`;

/** Contacts as recordset rows carry `_search_text`; their search vector adds the organisation's name. */
const contactInsertOptions = {
  computed: { searchVector: sql`to_tsvector('simple', r._search_text || ' ' || coalesce(o.name, ''))` },
  extra: { _search_text: 'text' },
  join: withOrganisation,
};

type OrganisationContactInput = WithId<Omit<ContactInput, 'phones'> & { phones: WithId<Phone>[] }>;

/**
 * Writes and reads whole directory records (a service with its phones, schedules and contacts). Saving
 * replaces the record and its children; it is built for batches so that imports and generated data go in a
 * few statements per few hundred records.
 */
@Injectable()
export class DirectoryRecordsRepository {
  constructor(@Inject(DATABASE_CONNECTION) private readonly connection: DatabaseConnection) {}

  get db() {
    return this.connection.db;
  }

  /** Runs `work` in a transaction; cached whole-directory counts are dropped again once it has committed. */
  async transaction<T>(work: (tx: DatabaseExecutor) => Promise<T>): Promise<T> {
    const result = await this.db.transaction(work);
    directoryChanged();
    return result;
  }

  /**
   * Inserts or replaces the records (matched by id) and all their children, in the caller's transaction. Each
   * chunk of rows goes to the database as one JSON parameter (see `recordsetInsert`), so that 100,000 records
   * take minutes, not hours.
   */
  async saveServices(records: ServiceRecord[], tx: DatabaseExecutor = this.db): Promise<void> {
    if (records.length === 0) {
      return;
    }
    directoryChanged();
    const now = new Date();
    const ids = records.map((r) => r.id);
    for (const part of chunks(records)) {
      const values = part.map((r) => ({ ...serviceValues(r, now), _location_id: r.locationId ?? null }));
      const keepLocation = !part.every((r) => r.locationId);
      const { locationId: _ignored, ...columns } = values[0]!;
      const updated = [
        ...Object.keys(columns).filter((k) => !k.startsWith('_')),
        'earthPublic',
        'earthMembers',
        'searchVector',
        ...(keepLocation ? [] : ['locationId']),
      ];
      await tx.execute(
        recordsetInsert(directoryServices, values, {
          computed: {
            locationId: sql`coalesce(r._location_id, gen_random_uuid())`,
            earthPublic: earthSql('_public_lat', '_public_lng'),
            earthMembers: earthSql('_members_lat', '_members_lng'),
            searchVector: vectorFromParts('_vector', Math.max(...values.map((v) => v._vector.length)), 'o.name'),
          },
          extra: { ...SERVICE_EXTRA_FIELDS, _location_id: 'uuid' },
          join: withOrganisation,
          onConflict: sql`on conflict ("id") do update set ${sql.join(
            [
              ...excludedAssignments(updated.filter((k) => k !== 'capacityUpdatedAt')),
              // Capacity keeps the time it was last reported unless the numbers change.
              sql`"capacity_updated_at" = case when (${directoryServices.capacityAvailable}, ${directoryServices.capacityTotal}) is not distinct from (excluded.capacity_available, excluded.capacity_total) then ${directoryServices.capacityUpdatedAt} else excluded.capacity_updated_at end`,
            ],
            sql`, `,
          )}`,
        }),
      );
    }
    for (const part of chunks(ids, 5000)) {
      // Children are replaced wholesale; contacts' phones go with their contacts (cascade).
      await tx.delete(directoryPhones).where(anyUuid(directoryPhones.serviceId, part));
      await tx.delete(directorySchedules).where(anyUuid(directorySchedules.serviceId, part));
      await tx.delete(directoryContacts).where(anyUuid(directoryContacts.serviceId, part));
    }
    const phones = records.flatMap((r) => r.input.phones.map((p, i) => phoneValues(p, i, { serviceId: r.id })));
    const schedules = records.flatMap((r) =>
      r.input.schedules.map((s, i) => ({
        id: s.id ?? randomUUID(),
        serviceId: r.id,
        byday: s.byday,
        opensAt: s.opensAt,
        closesAt: s.closesAt,
        validFrom: s.validFrom,
        validTo: s.validTo,
        closed: s.closed,
        description: s.description,
        position: i,
      })),
    );
    for (const part of chunks(schedules, 2000)) {
      await tx.execute(recordsetInsert(directorySchedules, part));
    }
    const contacts = records.flatMap((r) =>
      r.input.contacts.map((contact, position) => {
        const id = contact.id ?? randomUUID();
        contact.phones.forEach((p, j) => phones.push(phoneValues(p, j, { contactId: id })));
        return {
          id,
          organisationId: r.input.organisationId,
          serviceId: r.id,
          name: contact.name,
          title: contact.title,
          department: contact.department,
          email: contact.email,
          role: contact.role,
          country: contact.country ?? r.input.location.country,
          outOfHours: contact.outOfHours,
          position,
          _search_text: contactSearchText(contact),
          lastModified: r.lastModified ?? now,
        };
      }),
    );
    for (const part of chunks(contacts, 2000)) {
      await tx.execute(recordsetInsert(directoryContacts, part, contactInsertOptions));
    }
    for (const part of chunks(phones, 2000)) {
      await tx.execute(recordsetInsert(directoryPhones, part));
    }
  }

  /** Organisation-level contacts (not tied to a service): national rapporteurs, agencies' contact points… */
  async saveOrganisationContacts(
    organisationId: string,
    contacts: OrganisationContactInput[],
    tx: DatabaseExecutor = this.db,
  ): Promise<void> {
    await this.saveManyOrganisationContacts([{ organisationId, contacts }], tx);
  }

  /** Replaces the organisation-level contacts of many organisations at once. */
  async saveManyOrganisationContacts(
    entries: { organisationId: string; contacts: OrganisationContactInput[] }[],
    tx: DatabaseExecutor = this.db,
  ): Promise<void> {
    if (entries.length === 0) {
      return;
    }
    for (const part of chunks(entries, 5000)) {
      await tx.delete(directoryContacts).where(
        sql`${anyUuid(
          directoryContacts.organisationId,
          part.map((e) => e.organisationId),
        )} and ${directoryContacts.serviceId} is null`,
      );
    }
    const phones: ReturnType<typeof phoneValues>[] = [];
    const rows = entries.flatMap(({ organisationId, contacts }) =>
      contacts.map((contact, position) => {
        const id = contact.id ?? randomUUID();
        contact.phones.forEach((p, i) => phones.push(phoneValues(p, i, { contactId: id })));
        return {
          id,
          organisationId,
          name: contact.name,
          title: contact.title,
          department: contact.department,
          email: contact.email,
          role: contact.role,
          country: contact.country,
          outOfHours: contact.outOfHours,
          position,
          _search_text: contactSearchText(contact),
        };
      }),
    );
    for (const part of chunks(rows, 2000)) {
      await tx.execute(recordsetInsert(directoryContacts, part, contactInsertOptions));
    }
    for (const part of chunks(phones, 2000)) {
      await tx.execute(recordsetInsert(directoryPhones, part));
    }
  }

  async findService(id: string, tx: DatabaseExecutor = this.db): Promise<ServiceRow | null> {
    const [row] = await tx.select(serviceColumns).from(directoryServices).where(eq(directoryServices.id, id)).limit(1);
    return row ?? null;
  }

  /** Services by id with their organisation and whether they are open now, in the order of `ids`. */
  async findServicesWithOrganisation(
    ids: string[],
    tx: DatabaseExecutor = this.db,
  ): Promise<ServiceWithOrganisation[]> {
    return this.withOrganisation<ServiceRow>(serviceColumns, ids, tx);
  }

  /** The result cards' columns of services by id, with their organisation and whether they are open now. */
  async findServiceCards(ids: string[]): Promise<ServiceWithOrganisation<ServiceCardRow>[]> {
    return this.withOrganisation<ServiceCardRow>(cardColumns, ids, this.db);
  }

  /** Services by id (these columns) with their organisation and whether they are open now, in the order of `ids`. */
  private async withOrganisation<Row extends { id: string }>(
    columns: Partial<ServiceColumns>,
    ids: string[],
    tx: DatabaseExecutor,
  ): Promise<ServiceWithOrganisation<Row>[]> {
    if (ids.length === 0) {
      return [];
    }
    const rows = (await tx
      .select({
        service: columns,
        organisation: {
          id: organisations.id,
          name: organisations.name,
          type: organisations.type,
          website: organisations.website,
        },
        openNow: openNowSql,
      })
      .from(directoryServices)
      .innerJoin(organisations, eq(organisations.id, directoryServices.organisationId))
      .where(inArray(directoryServices.id, ids))) as unknown as {
      service: Row;
      organisation: Omit<OrganisationRef, 'type'> & { type: string };
      openNow: boolean;
    }[];
    const byId = new Map(rows.map((r) => [r.service.id, r]));
    return ids.flatMap((id) => {
      const r = byId.get(id);
      return r
        ? [{ ...r, organisation: { ...r.organisation, type: r.organisation.type as OrganisationRef['type'] } }]
        : [];
    });
  }

  async findChildren(serviceIds: string[], tx: DatabaseExecutor = this.db) {
    if (serviceIds.length === 0) {
      return { phones: [], schedules: [], contacts: [], contactPhones: [] };
    }
    const [phones, schedules, contacts] = await Promise.all([
      tx
        .select()
        .from(directoryPhones)
        .where(inArray(directoryPhones.serviceId, serviceIds))
        .orderBy(asc(directoryPhones.position)),
      tx
        .select()
        .from(directorySchedules)
        .where(inArray(directorySchedules.serviceId, serviceIds))
        .orderBy(asc(directorySchedules.position)),
      tx
        .select()
        .from(directoryContacts)
        .where(inArray(directoryContacts.serviceId, serviceIds))
        .orderBy(asc(directoryContacts.position)),
    ]);
    const contactPhones =
      contacts.length === 0
        ? []
        : await tx
            .select()
            .from(directoryPhones)
            .where(
              inArray(
                directoryPhones.contactId,
                contacts.map((c) => c.id),
              ),
            )
            .orderBy(asc(directoryPhones.position));
    return { phones, schedules, contacts, contactPhones };
  }

  /** Services not verified since `before` (or never), oldest first, for the Coordinator's review list. */
  async findStale(before: string, page: number, pageSize: number) {
    const where = sql`(${directoryServices.assuredDate} is null or ${directoryServices.assuredDate} < ${before}) and ${directoryServices.status} <> 'defunct'`;
    const [totalRow] = await this.db.select({ total: count() }).from(directoryServices).where(where);
    const items = await this.db
      .select({
        id: directoryServices.id,
        name: directoryServices.sortName,
        country: directoryServices.country,
        assuredDate: directoryServices.assuredDate,
        lastModified: directoryServices.lastModified,
        organisation: {
          id: organisations.id,
          name: organisations.name,
          type: organisations.type,
          website: organisations.website,
        },
      })
      .from(directoryServices)
      .innerJoin(organisations, eq(organisations.id, directoryServices.organisationId))
      .where(where)
      .orderBy(sql`${directoryServices.assuredDate} asc nulls first`, asc(directoryServices.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize);
    return { total: totalRow?.total ?? 0, items };
  }

  async deleteService(id: string, tx: DatabaseExecutor = this.db): Promise<void> {
    directoryChanged();
    await tx.delete(directoryServices).where(eq(directoryServices.id, id));
  }
}

/** `column = excluded.column` for every written column but the key, for an upsert. */
function excludedAssignments(keys: string[]): SQL[] {
  const columns = getTableColumns(directoryServices) as Record<string, { name: string }>;
  return keys.filter((k) => k !== 'id').map((k) => sql.raw(`"${columns[k]!.name}" = excluded."${columns[k]!.name}"`));
}
