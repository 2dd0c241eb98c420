import { Inject, Injectable } from '@nestjs/common';
import { and, asc, count, desc, eq, gte, inArray, sql, type SQL } from 'drizzle-orm';
import { textArray } from '../../db/recordset';
import {
  DATABASE_CONNECTION,
  type DatabaseConnection,
  type DatabaseDriver,
  type DatabaseExecutor,
} from '../../db/database';
import {
  directoryChanges,
  directoryContacts,
  directoryPhones,
  directorySchedules,
  directoryServices as s,
  membershipApplications,
  organisations,
  users,
} from '../../db/schema';
import { multilingualQuery, similarTo, weightedVector } from '../../db/text-search';
import { openNowSql } from '../directory-records.repository';

/** The export's filters that need no viewer: everything in them is public. */
export interface HsdsServiceFilter {
  q?: string;
  country?: string[];
  city?: string;
  type?: string[];
  group?: string[];
  exploitation?: string[];
  language?: string[];
  status?: string[];
  free?: boolean;
  openNow?: boolean;
  open247?: boolean;
  selfReferral?: boolean;
  verifiedWithinMonths?: number;
  organisationId?: string;
  modifiedAfter?: Date;
}

/** A position in the (sort name, id) order, for reading the whole directory page after page. */
export interface ServiceCursor {
  sortName: string;
  id: string;
}

export interface OrganisationRow {
  id: string;
  name: string;
  type: string;
  website: string | null;
  description: Record<string, string>;
  contactEmail: string | null;
  countries: string[];
  /** Not a member, no accounts, no membership application: an organisation only listed in the directory. */
  directoryOnly: boolean;
}

export interface DirectoryOrganisationWrite {
  id: string;
  name: string;
  type: string;
  website: string | null;
  description: Record<string, string>;
  contactEmail: string | null;
  countries: string[];
}

/** The same conditions as the directory search's, so an export filter means what a search filter means. */
function serviceConditions(filter: HsdsServiceFilter, driver: DatabaseDriver): SQL[] {
  const where: SQL[] = [];
  if (filter.status?.length) {
    where.push(inArray(s.status, filter.status));
  }
  if (filter.q) {
    where.push(
      sql`(${s.searchVector} @@ (${multilingualQuery(filter.q)}) or ${similarTo(s.sortName, filter.q, driver)})`,
    );
  }
  if (filter.city) {
    where.push(sql`(lower(${s.city}) = lower(${filter.city}) or lower(${s.region}) = lower(${filter.city}))`);
  }
  const arrays: [keyof HsdsServiceFilter, SQL][] = [
    ['country', sql`${s.countries}`],
    ['type', sql`${s.serviceTypes}`],
    ['group', sql`${s.groupsServed}`],
    ['exploitation', sql`${s.exploitationForms}`],
    ['language', sql`${s.languages}`],
  ];
  for (const [key, column] of arrays) {
    const values = filter[key] as string[] | undefined;
    if (values?.length) {
      where.push(sql`${column} && ${textArray(values)}`);
    }
  }
  const flags: [keyof HsdsServiceFilter, SQL][] = [
    ['free', sql`${s.free}`],
    ['open247', sql`${s.open247}`],
    ['selfReferral', sql`${s.acceptsSelfReferral}`],
    ['openNow', openNowSql],
  ];
  for (const [key, condition] of flags) {
    if (filter[key] === true) {
      where.push(sql`${condition}`);
    } else if (filter[key] === false) {
      where.push(sql`not ${condition}`);
    }
  }
  if (filter.verifiedWithinMonths) {
    where.push(sql`${s.assuredDate} >= (current_date - make_interval(months => ${filter.verifiedWithinMonths}::int))`);
  }
  if (filter.organisationId) {
    where.push(eq(s.organisationId, filter.organisationId));
  }
  if (filter.modifiedAfter) {
    where.push(gte(s.lastModified, filter.modifiedAfter));
  }
  return where;
}

function whereOf(conditions: SQL[]): SQL | undefined {
  return conditions.length > 0 ? and(...conditions) : undefined;
}

/** Reads and writes of the HSDS import and export that the directory's own repositories do not offer. */
@Injectable()
export class HsdsRepository {
  constructor(@Inject(DATABASE_CONNECTION) private readonly connection: DatabaseConnection) {}

  private get db() {
    return this.connection.db;
  }

  /** A page of matching service ids in (sort name, id) order, and how many match. */
  async pageServiceIds(
    filter: HsdsServiceFilter,
    offset: number,
    limit: number,
  ): Promise<{ total: number; ids: string[] }> {
    const where = whereOf(serviceConditions(filter, this.connection.driver));
    const [totalRow] = await this.db.select({ total: count() }).from(s).where(where);
    const rows = await this.db
      .select({ id: s.id })
      .from(s)
      .where(where)
      .orderBy(asc(s.sortName), asc(s.id))
      .limit(limit)
      .offset(offset);
    return { total: totalRow?.total ?? 0, ids: rows.map((r) => r.id) };
  }

  /** The next matching services after `after` in (sort name, id) order: for streaming the whole directory. */
  async serviceIdsAfter(filter: HsdsServiceFilter, after: ServiceCursor | null, limit: number) {
    const conditions = serviceConditions(filter, this.connection.driver);
    if (after) {
      conditions.push(sql`(${s.sortName}, ${s.id}) > (${after.sortName}, ${after.id}::uuid)`);
    }
    return this.db
      .select({ id: s.id, sortName: s.sortName })
      .from(s)
      .where(whereOf(conditions))
      .orderBy(asc(s.sortName), asc(s.id))
      .limit(limit);
  }

  /**
   * Organisations providing at least one service that matches the filters, in (name, id) order. Words
   * (`q`) match the organisation's name or one of those services.
   */
  async pageOrganisationIds(
    filter: HsdsServiceFilter,
    offset: number,
    limit: number,
  ): Promise<{ total: number; ids: string[] }> {
    const where = this.organisationCondition(filter);
    const [totalRow] = await this.db.select({ total: count() }).from(organisations).where(where);
    const rows = await this.db
      .select({ id: organisations.id })
      .from(organisations)
      .where(where)
      .orderBy(asc(organisations.name), asc(organisations.id))
      .limit(limit)
      .offset(offset);
    return { total: totalRow?.total ?? 0, ids: rows.map((r) => r.id) };
  }

  private organisationCondition(filter: HsdsServiceFilter): SQL {
    const { q, ...rest } = filter;
    const provides = (f: HsdsServiceFilter) =>
      sql`exists (select 1 from ${s} where ${s.organisationId} = ${organisations.id}${sql.join(
        serviceConditions(f, this.connection.driver).map((c) => sql` and ${c}`),
      )})`;
    if (!q) {
      return provides(rest);
    }
    const pattern = `%${q.replace(/[\\%_]/g, '\\$&')}%`;
    return sql`(${provides(rest)} and (${organisations.name} ilike ${pattern} or ${provides(filter)}))`;
  }

  /** Ids of an organisation's services in (sort name, id) order. */
  async organisationServiceIds(organisationId: string, filter: HsdsServiceFilter = {}): Promise<string[]> {
    const rows = await this.db
      .select({ id: s.id })
      .from(s)
      .where(whereOf([...serviceConditions(filter, this.connection.driver), eq(s.organisationId, organisationId)]))
      .orderBy(asc(s.sortName), asc(s.id));
    return rows.map((r) => r.id);
  }

  async findOrganisations(ids: string[], tx: DatabaseExecutor = this.db): Promise<OrganisationRow[]> {
    if (ids.length === 0) {
      return [];
    }
    const rows = await tx
      .select({
        id: organisations.id,
        name: organisations.name,
        type: organisations.type,
        website: organisations.website,
        description: organisations.description,
        contactEmail: organisations.contactEmail,
        countries: organisations.countries,
        directoryOnly: sql<boolean>`(${organisations.memberSince} is null
          and not exists (select 1 from ${users} where ${users.organisationId} = ${organisations.id})
          and not exists (select 1 from ${membershipApplications} where ${membershipApplications.organisationId} = ${organisations.id}))`,
      })
      .from(organisations)
      .where(inArray(organisations.id, ids));
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /** Identifiers the service detail does not carry: the stored location id, and who verified the record. */
  async serviceKeys(ids: string[]): Promise<Map<string, { locationId: string; assurerEmail: string | null }>> {
    if (ids.length === 0) {
      return new Map();
    }
    const rows = await this.db
      .select({ id: s.id, locationId: s.locationId, assurerEmail: s.assurerEmail })
      .from(s)
      .where(inArray(s.id, ids));
    return new Map(rows.map((r) => [r.id, { locationId: r.locationId, assurerEmail: r.assurerEmail }]));
  }

  /** The change trails of these records, newest first, at most `perRecord` each. */
  async changes(resourceIds: string[], perRecord = 200) {
    if (resourceIds.length === 0) {
      return [];
    }
    const rows = await this.db
      .select()
      .from(directoryChanges)
      .where(inArray(directoryChanges.resourceId, resourceIds))
      .orderBy(desc(directoryChanges.lastActionDate), desc(directoryChanges.id));
    const seen = new Map<string, number>();
    return rows.filter((r) => {
      const n = (seen.get(r.resourceId) ?? 0) + 1;
      seen.set(r.resourceId, n);
      return n <= perRecord;
    });
  }

  /** Which of these service ids exist. */
  async existingServiceIds(ids: string[], tx: DatabaseExecutor = this.db): Promise<Set<string>> {
    if (ids.length === 0) {
      return new Set();
    }
    const rows = await tx.select({ id: s.id }).from(s).where(inArray(s.id, ids));
    return new Set(rows.map((r) => r.id));
  }

  /**
   * Who holds these child ids now: a service id, or `organisation:<id>` for an organisation's own
   * contacts. Imports keep HSDS ids only where that does not take an id from another record.
   */
  async childOwners(
    ids: { phones: string[]; contacts: string[]; schedules: string[] },
    tx: DatabaseExecutor = this.db,
  ) {
    const owners = {
      phones: new Map<string, string>(),
      contacts: new Map<string, string>(),
      schedules: new Map<string, string>(),
    };
    const ownerOf = (serviceId: string | null, organisationId: string | null) =>
      serviceId ?? `organisation:${organisationId}`;
    if (ids.phones.length > 0) {
      const rows = await tx
        .select({
          id: directoryPhones.id,
          serviceId: sql<string | null>`coalesce(${directoryPhones.serviceId}, ${directoryContacts.serviceId})`,
          organisationId: directoryContacts.organisationId,
        })
        .from(directoryPhones)
        .leftJoin(directoryContacts, eq(directoryContacts.id, directoryPhones.contactId))
        .where(inArray(directoryPhones.id, ids.phones));
      rows.forEach((r) => owners.phones.set(r.id, ownerOf(r.serviceId, r.organisationId)));
    }
    if (ids.contacts.length > 0) {
      const rows = await tx
        .select({
          id: directoryContacts.id,
          serviceId: directoryContacts.serviceId,
          organisationId: directoryContacts.organisationId,
        })
        .from(directoryContacts)
        .where(inArray(directoryContacts.id, ids.contacts));
      rows.forEach((r) => owners.contacts.set(r.id, ownerOf(r.serviceId, r.organisationId)));
    }
    if (ids.schedules.length > 0) {
      const rows = await tx
        .select({ id: directorySchedules.id, serviceId: directorySchedules.serviceId })
        .from(directorySchedules)
        .where(inArray(directorySchedules.id, ids.schedules));
      rows.forEach((r) => owners.schedules.set(r.id, r.serviceId));
    }
    return owners;
  }

  async insertDirectoryOrganisations(rows: DirectoryOrganisationWrite[], tx: DatabaseExecutor): Promise<void> {
    if (rows.length === 0) {
      return;
    }
    await tx
      .insert(organisations)
      .values(rows.map((r) => ({ ...r, memberSince: null, searchVector: searchVectorOf(r) as unknown as string })))
      .onConflictDoNothing({ target: organisations.id });
  }

  /** Updates a directory-only organisation (the caller checked that it is one). */
  async updateDirectoryOrganisation(row: DirectoryOrganisationWrite, tx: DatabaseExecutor): Promise<void> {
    await tx
      .update(organisations)
      .set({
        name: row.name,
        type: row.type,
        website: row.website,
        description: row.description,
        contactEmail: row.contactEmail,
        countries: row.countries,
        searchVector: searchVectorOf(row),
        updatedAt: sql`now()`,
      })
      .where(and(eq(organisations.id, row.id), sql`${organisations.memberSince} is null`));
  }
}

function searchVectorOf(row: { name: string; description: Record<string, string> }): SQL {
  return sql.join(
    [
      weightedVector(row.name, 'simple', 'A'),
      ...Object.entries(row.description).map(([language, text]) => weightedVector(text, language, 'C')),
    ],
    sql` || `,
  );
}
