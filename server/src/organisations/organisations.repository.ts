import { Inject, Injectable } from '@nestjs/common';
import { type OrganisationProfile } from '@thb/shared';
import { and, arrayOverlaps, count, desc, eq, ilike, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import { DATABASE_CONNECTION, type DatabaseConnection, type DatabaseExecutor } from '../db/database';
import { organisations, users } from '../db/schema';
import { multilingualQuery, NAME_SIMILARITY_THRESHOLD, weightedVector } from '../db/text-search';

export type OrganisationRow = typeof organisations.$inferSelect;

export interface PartnerFilter {
  q?: string;
  country?: string[];
  type?: string[];
  priority?: string[];
  expertise?: string;
  seeking?: boolean;
}

type FacetName = 'country' | 'type' | 'priority' | 'seeking';

// Member organisations are few, so names are compared with `similarity()` (see `similarTo` in db/text-search.ts).

/** The searchable text of a profile: name and expertise (simple), descriptions in their own languages. */
function searchVectorOf(profile: OrganisationProfile): SQL {
  const parts: SQL[] = [
    weightedVector(profile.name, 'simple', 'A'),
    weightedVector(profile.expertise.join(' '), 'simple', 'B'),
    ...Object.entries(profile.description).map(([language, text]) => weightedVector(text, language, 'C')),
    weightedVector(profile.seekingPartners ?? '', 'simple', 'D'),
  ];
  return sql.join(parts, sql` || `);
}

function profileColumns(profile: OrganisationProfile) {
  return {
    name: profile.name,
    type: profile.type,
    countries: profile.countries,
    website: profile.website,
    description: profile.description,
    expertise: profile.expertise,
    priorities: profile.priorities,
    services: profile.services,
    languages: profile.languages,
    seekingPartners: profile.seekingPartners,
    contactEmail: profile.contactEmail,
    contactPhone: profile.contactPhone,
    searchVector: searchVectorOf(profile),
  };
}

const summaryColumns = {
  id: organisations.id,
  name: organisations.name,
  type: organisations.type,
  countries: organisations.countries,
  priorities: organisations.priorities,
  expertise: organisations.expertise,
  languages: organisations.languages,
  seekingPartners: organisations.seekingPartners,
  description: organisations.description,
  hasLogo: sql<boolean>`${organisations.logo} is not null`,
};

@Injectable()
export class OrganisationsRepository {
  constructor(@Inject(DATABASE_CONNECTION) private readonly connection: DatabaseConnection) {}

  private get db() {
    return this.connection.db;
  }
  /** Active accounts of an organisation, by name. */
  async people(organisationId: string): Promise<{ id: string; displayName: string }[]> {
    return this.db
      .select({ id: users.id, displayName: users.displayName })
      .from(users)
      .where(and(eq(users.organisationId, organisationId), eq(users.status, 'active')))
      .orderBy(users.displayName);
  }

  async insert(
    profile: OrganisationProfile,
    memberSince: Date | null,
    tx: DatabaseExecutor = this.db,
  ): Promise<OrganisationRow> {
    const [row] = await tx
      .insert(organisations)
      .values({ ...profileColumns(profile), memberSince })
      .returning();
    return row!;
  }

  async update(id: string, profile: OrganisationProfile): Promise<void> {
    await this.db
      .update(organisations)
      .set({ ...profileColumns(profile), updatedAt: sql`now()` })
      .where(eq(organisations.id, id));
  }

  async findById(id: string): Promise<(OrganisationRow & { memberCount: number }) | null> {
    const [row] = await this.db
      .select({
        organisation: organisations,
        // Qualified by hand: in a one-table select Drizzle writes bare column names, and a bare "id" in the
        // subquery would be the user's id, so the count was always 0.
        memberCount: sql<number>`(select count(*)::int from ${users} where ${users}.organisation_id = ${organisations}.id and ${users}.status = 'active')`,
      })
      .from(organisations)
      .where(eq(organisations.id, id))
      .limit(1);
    return row ? { ...row.organisation, memberCount: row.memberCount } : null;
  }

  async setLogo(id: string, logo: Buffer, contentType: string): Promise<void> {
    await this.db
      .update(organisations)
      .set({ logo, logoContentType: contentType, updatedAt: sql`now()` })
      .where(eq(organisations.id, id));
  }

  async findLogo(id: string): Promise<{ logo: Buffer; contentType: string } | null> {
    const [row] = await this.db
      .select({
        logo: organisations.logo,
        contentType: organisations.logoContentType,
        memberSince: organisations.memberSince,
      })
      .from(organisations)
      .where(eq(organisations.id, id))
      .limit(1);
    return row?.logo && row.contentType && row.memberSince
      ? { logo: Buffer.from(row.logo), contentType: row.contentType }
      : null;
  }

  private conditions(filter: PartnerFilter, except?: FacetName): SQL[] {
    const conditions: SQL[] = [isNotNull(organisations.memberSince)];
    if (filter.q) {
      conditions.push(
        sql`(${organisations.searchVector} @@ (${multilingualQuery(filter.q)}) or similarity(${organisations.name}, ${filter.q}) >= ${NAME_SIMILARITY_THRESHOLD})`,
      );
    }
    if (filter.country?.length && except !== 'country') {
      conditions.push(arrayOverlaps(organisations.countries, filter.country));
    }
    if (filter.type?.length && except !== 'type') {
      conditions.push(inArray(organisations.type, filter.type));
    }
    if (filter.priority?.length && except !== 'priority') {
      conditions.push(arrayOverlaps(organisations.priorities, filter.priority));
    }
    if (filter.expertise) {
      const pattern = `%${filter.expertise.replace(/[\\%_]/g, '\\$&')}%`;
      conditions.push(sql`exists (select 1 from unnest(${organisations.expertise}) e where e ilike ${pattern})`);
    }
    if (filter.seeking !== undefined && except !== 'seeking') {
      conditions.push(
        filter.seeking
          ? sql`coalesce(${organisations.seekingPartners}, '') <> ''`
          : sql`coalesce(${organisations.seekingPartners}, '') = ''`,
      );
    }
    return conditions;
  }

  async search(filter: PartnerFilter, page: number, pageSize: number) {
    const where = and(...this.conditions(filter));
    const order = filter.q
      ? [
          desc(
            sql`ts_rank(${organisations.searchVector}, ${multilingualQuery(filter.q)}) + similarity(${organisations.name}, ${filter.q})`,
          ),
        ]
      : [];
    const [totalRow] = await this.db.select({ total: count() }).from(organisations).where(where);
    const items = await this.db
      .select(summaryColumns)
      .from(organisations)
      .where(where)
      .orderBy(...order, organisations.name, organisations.id)
      .limit(pageSize)
      .offset((page - 1) * pageSize);
    return { total: totalRow?.total ?? 0, items };
  }

  /** Counts per value of one facet, under every filter except that facet's own. */
  async facet(filter: PartnerFilter, facet: FacetName): Promise<{ value: string; count: number }[]> {
    const where = and(...this.conditions(filter, facet));
    const value =
      facet === 'country'
        ? sql<string>`unnest(${organisations.countries})`
        : facet === 'priority'
          ? sql<string>`unnest(${organisations.priorities})`
          : facet === 'type'
            ? sql<string>`${organisations.type}`
            : sql<string>`case when coalesce(${organisations.seekingPartners}, '') <> '' then 'true' else 'false' end`;
    const rows = await this.db.execute<{ value: string; count: number }>(
      sql`select v.value, count(*)::int as count from (select ${value} as value from ${organisations} where ${where}) v group by v.value order by count desc, v.value`,
    );
    return rows.rows;
  }

  async nameExists(name: string): Promise<boolean> {
    const [row] = await this.db
      .select({ id: organisations.id })
      .from(organisations)
      .where(ilike(organisations.name, name))
      .limit(1);
    return row !== undefined;
  }
}
