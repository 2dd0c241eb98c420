import { Inject, Injectable } from '@nestjs/common';
import { and, asc, count, desc, inArray, sql, type SQL } from 'drizzle-orm';
import { DATABASE_CONNECTION, type DatabaseConnection } from '../db/database';
import { directoryContacts as c, directoryPhones, directoryServices, organisations } from '../db/schema';
import { multilingualQuery } from '../db/text-search';
import { type ContactRow, type PhoneRow } from './directory-records.repository';
import { type SearchViewer } from './directory-search.repository';

export interface ContactFilter {
  q?: string | undefined;
  country?: string[] | undefined;
  role?: string[] | undefined;
  outOfHours?: boolean | undefined;
}

type ContactFacet = 'country' | 'role' | 'outOfHours';

export interface ContactWithOrganisation {
  contact: ContactRow;
  organisation: { id: string; name: string; type: string; website: string | null } | null;
}

/** The professional contacts directory: organisation-level contacts and the contacts of visible services. */
@Injectable()
export class DirectoryContactsRepository {
  constructor(@Inject(DATABASE_CONNECTION) private readonly connection: DatabaseConnection) {}

  private get db() {
    return this.connection.db;
  }

  private conditions(filter: ContactFilter, viewer: SearchViewer, except?: ContactFacet): SQL[] {
    const levels = viewer.signedIn ? sql`('public', 'members')` : sql`('public')`;
    const own = viewer.organisationId ? sql` or ${directoryServices.organisationId} = ${viewer.organisationId}` : sql``;
    // A service's contacts are listed only where the service shows its contacts to this viewer.
    const conditions: SQL[] = [
      viewer.coordinator
        ? sql`true`
        : sql`(${c.serviceId} is null or exists (select 1 from ${directoryServices} where ${directoryServices.id} = ${c.serviceId} and ((${directoryServices.visibility}->>'contacts') in ${levels}${own})))`,
    ];
    if (filter.q) {
      // Visitors cannot find a person by name: names are members-only.
      const byName = viewer.signedIn ? sql` or ${c.name} ilike ${`%${filter.q.replace(/[\\%_]/g, '\\$&')}%`}` : sql``;
      conditions.push(sql`(${c.searchVector} @@ (${multilingualQuery(filter.q)})${byName})`);
    }
    if (filter.country?.length && except !== 'country') {
      conditions.push(inArray(c.country, filter.country));
    }
    if (filter.role?.length && except !== 'role') {
      conditions.push(inArray(c.role, filter.role));
    }
    if (filter.outOfHours !== undefined && except !== 'outOfHours') {
      conditions.push(sql`${c.outOfHours} = ${filter.outOfHours}`);
    }
    return conditions;
  }

  async search(filter: ContactFilter, viewer: SearchViewer, page: number, pageSize: number) {
    const where = and(...this.conditions(filter, viewer));
    const [totalRow] = await this.db.select({ total: count() }).from(c).where(where);
    const rows = await this.db
      .select({
        contact: c,
        organisation: {
          id: organisations.id,
          name: organisations.name,
          type: organisations.type,
          website: organisations.website,
        },
      })
      .from(c)
      .leftJoin(organisations, sql`${organisations.id} = ${c.organisationId}`)
      .where(where)
      .orderBy(desc(c.outOfHours), asc(c.country), asc(organisations.name), asc(c.title), asc(c.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize);
    return { total: totalRow?.total ?? 0, items: rows as ContactWithOrganisation[] };
  }

  async facet(filter: ContactFilter, viewer: SearchViewer, facet: ContactFacet) {
    const where = and(...this.conditions(filter, viewer, facet));
    const value =
      facet === 'country'
        ? sql`coalesce(${c.country}, '')`
        : facet === 'role'
          ? sql`${c.role}`
          : sql`case when ${c.outOfHours} then 'true' else 'false' end`;
    const rows = await this.db.execute<{ value: string; count: number }>(
      sql`select v.value, count(*)::int as count from (select ${value} as value from ${c} where ${where}) v where v.value <> '' group by v.value order by count desc, v.value`,
    );
    return rows.rows;
  }

  async phonesOf(contactIds: string[]): Promise<PhoneRow[]> {
    if (contactIds.length === 0) {
      return [];
    }
    return this.db
      .select()
      .from(directoryPhones)
      .where(inArray(directoryPhones.contactId, contactIds))
      .orderBy(asc(directoryPhones.position));
  }
}
