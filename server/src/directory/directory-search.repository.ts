import { Inject, Injectable } from '@nestjs/common';
import { type ServiceFacet, type ServiceSearchFilter, type Suggestions } from '@thb/shared';
import { sql, type SQL } from 'drizzle-orm';
import { DATABASE_CONNECTION, type DatabaseConnection } from '../db/database';
import { directoryServices as s, organisations } from '../db/schema';
import { multilingualQuery } from '../db/text-search';
import { openNowSql } from './directory-records.repository';

/** Who is searching, as far as search results depend on it. */
export interface SearchViewer {
  signedIn: boolean;
  organisationId: string | null;
  coordinator: boolean;
}

export type SearchSort = 'relevance' | 'distance' | 'name' | 'verified';

export interface SearchPage {
  total: number;
  /** The page's service ids in order, with the distance from the search point when there is one. */
  items: { id: string; distanceKm: number | null }[];
  facets: Record<ServiceFacet, { value: string; count: number }[]>;
}

export const DEFAULT_STATUSES = ['active', 'temporarily_closed'];
export const DEFAULT_RADIUS_KM = 50;
/** Months offered by the "verified within" facet. */
export const VERIFIED_BUCKETS = [3, 6, 12, 24];

/** Array facets: the column whose values are counted. */
const ARRAY_FACETS = {
  country: 'countries',
  type: 'service_types',
  group: 'groups_served',
  exploitation: 'exploitation_forms',
  language: 'languages',
} as const;
/** Yes/no facets: the candidate column that holds the row's value. */
const FLAG_FACETS = {
  free: 'free',
  openNow: 'open_now',
  open247: 'open_247',
  selfReferral: 'accepts_self_referral',
  hasCapacity: 'capacity_ok',
} as const;

function textArray(values: readonly string[]): SQL {
  return sql`array[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;
}

/** The capacity figures are visible to this viewer (so they may be filtered and counted on). */
function capacityVisible(viewer: SearchViewer): SQL {
  if (viewer.coordinator) {
    return sql`true`;
  }
  const own = viewer.organisationId ? sql` or ${s.organisationId} = ${viewer.organisationId}` : sql``;
  const levels = viewer.signedIn ? textArray(['public', 'members']) : textArray(['public']);
  return sql`((${s.visibility}->>'capacity') = any(${levels})${own})`;
}

/**
 * The directory search as SQL: one statement computes the total, the page and every facet count. Filters
 * that have a facet are "disjunctive": each facet counts under every other filter but its own. Rows are
 * selected by the filters without facets (words, place, status), each row notes which facet filters it
 * fails, and a row failing none is a result while a row failing exactly one counts in that one's facet.
 */
export function searchStatement(
  filter: ServiceSearchFilter,
  viewer: SearchViewer,
  page: number,
  pageSize: number,
  sort: SearchSort,
): SQL {
  const earth = viewer.signedIn ? s.earthMembers : s.earthPublic;
  const point =
    filter.lat !== undefined && filter.lng !== undefined
      ? sql`ll_to_earth(${filter.lat}::float8, ${filter.lng}::float8)`
      : null;
  const radiusMetres = (filter.radiusKm ?? DEFAULT_RADIUS_KM) * 1000;

  const where: SQL[] = [sql`${s.status} = any(${textArray(filter.status?.length ? filter.status : DEFAULT_STATUSES)})`];
  const query = filter.q ? multilingualQuery(filter.q) : null;
  if (filter.q && query) {
    // Names similar to the query (pg_trgm `%`, similarity ≥ 0.3) match without a word in common: typos.
    where.push(sql`(${s.searchVector} @@ (${query}) or ${s.sortName} % ${filter.q})`);
  }
  if (filter.city) {
    where.push(sql`(lower(${s.city}) = lower(${filter.city}) or lower(${s.region}) = lower(${filter.city}))`);
  }
  if (point) {
    where.push(sql`earth_box(${point}, ${radiusMetres}::float8) @> ${earth}`);
    where.push(sql`earth_distance(${point}, ${earth}) <= ${radiusMetres}::float8`);
  }

  const facetFilter: Partial<Record<ServiceFacet, SQL>> = {};
  for (const [facet, column] of Object.entries(ARRAY_FACETS) as [keyof typeof ARRAY_FACETS, string][]) {
    const values = filter[facet];
    if (values?.length) {
      facetFilter[facet] = sql`${sql.identifier(column)} && ${textArray(values)}`;
    }
  }
  for (const [facet, column] of Object.entries(FLAG_FACETS) as [keyof typeof FLAG_FACETS, string][]) {
    if (filter[facet] === true) {
      facetFilter[facet] = sql`${sql.identifier(column)}`;
    } else if (filter[facet] === false) {
      facetFilter[facet] = sql`not ${sql.identifier(column)}`;
    }
  }
  if (filter.verifiedWithinMonths) {
    facetFilter.verified = sql`assured_date >= (current_date - make_interval(months => ${filter.verifiedWithinMonths}))`;
  }
  const active = Object.entries(facetFilter) as [ServiceFacet, SQL][];
  const failures = active.length
    ? sql.join(
        active.map(([, condition]) => sql`(case when coalesce(${condition}, false) then 0 else 1 end)`),
        sql` + `,
      )
    : sql`0`;
  const fails = (facet: ServiceFacet) => {
    const condition = facetFilter[facet];
    return condition ? sql`not coalesce(${condition}, false)` : sql`false`;
  };
  // Rows counted in a facet: results, and rows whose only failing filter is this facet's.
  const inFacet = (facet: ServiceFacet) => sql`(fails = 0 or (fails = 1 and ${fails(facet)}))`;

  const rank = filter.q
    ? sql`ts_rank(${s.searchVector}, (${query})) + similarity(${s.sortName}, ${filter.q})`
    : sql`0::float4`;
  const distance = point ? sql`earth_distance(${point}, ${earth}) / 1000.0` : sql`null::float8`;
  const order =
    sort === 'relevance'
      ? sql`rank desc, sort_name, id`
      : sort === 'distance'
        ? sql`distance_km asc nulls last, id`
        : sort === 'verified'
          ? sql`assured_date desc nulls last, sort_name, id`
          : sql`sort_name, id`;

  const facetQueries: SQL[] = [
    ...(Object.entries(ARRAY_FACETS) as [keyof typeof ARRAY_FACETS, string][]).map(
      ([facet, column]) =>
        sql`select ${facet}::text as facet, v as value, count(*)::int as count from candidates, unnest(${sql.identifier(column)}) v where ${inFacet(facet)} group by v`,
    ),
    ...(Object.entries(FLAG_FACETS) as [keyof typeof FLAG_FACETS, string][]).map(
      ([facet, column]) =>
        sql`select ${facet}::text, 'true', count(*)::int from candidates where ${inFacet(facet)} and ${sql.identifier(column)}`,
    ),
    sql`select 'verified', b::text, count(*)::int from candidates, unnest(${sql.raw(`array[${VERIFIED_BUCKETS.join(',')}]`)}) b where ${inFacet('verified')} and assured_date >= (current_date - make_interval(months => b)) group by b`,
  ];

  return sql`
with selected as materialized (
  select ${s.id} as id, ${s.sortName} as sort_name, ${s.assuredDate} as assured_date,
    ${s.countries} as countries, ${s.serviceTypes} as service_types, ${s.groupsServed} as groups_served,
    ${s.exploitationForms} as exploitation_forms, ${s.languages} as languages, ${s.free} as free,
    ${s.open247} as open_247, ${s.acceptsSelfReferral} as accepts_self_referral,
    (${capacityVisible(viewer)} and coalesce(${s.capacityAvailable}, 0) > 0) as capacity_ok,
    ${openNowSql} as open_now,
    ${rank} as rank, ${distance} as distance_km
  from ${s}
  where ${sql.join(where, sql` and `)}
),
scored as (select selected.*, ${failures} as fails from selected),
candidates as materialized (select * from scored where fails <= 1)
select
  (select count(*)::int from candidates where fails = 0) as total,
  (select coalesce(json_agg(json_build_object('id', p.id, 'distanceKm', p.distance_km) order by p.n), '[]'::json)
     from (select id, distance_km, row_number() over (order by ${order}) as n from candidates where fails = 0
           order by ${order} limit ${pageSize} offset ${(page - 1) * pageSize}) p) as items,
  (select coalesce(json_agg(json_build_array(f.facet, f.value, f.count)), '[]'::json)
     from (${sql.join(facetQueries, sql` union all `)}) f) as facets`;
}

@Injectable()
export class DirectorySearchRepository {
  constructor(@Inject(DATABASE_CONNECTION) private readonly connection: DatabaseConnection) {}

  async search(
    filter: ServiceSearchFilter,
    viewer: SearchViewer,
    page: number,
    pageSize: number,
    sort: SearchSort,
  ): Promise<SearchPage> {
    const result = await this.connection.db.execute<{
      total: number;
      items: { id: string; distanceKm: number | null }[] | string;
      facets: [ServiceFacet, string, number][] | string;
    }>(searchStatement(filter, viewer, page, pageSize, sort));
    const row = result.rows[0]!;
    // node-postgres parses json columns; PGlite too, but stay safe if a driver hands back text.
    const items = typeof row.items === 'string' ? (JSON.parse(row.items) as SearchPage['items']) : row.items;
    const facetRows =
      typeof row.facets === 'string' ? (JSON.parse(row.facets) as [ServiceFacet, string, number][]) : row.facets;
    const facets = Object.fromEntries(
      [...Object.keys(ARRAY_FACETS), ...Object.keys(FLAG_FACETS), 'verified'].map((f) => [f, []]),
    ) as unknown as SearchPage['facets'];
    for (const [facet, value, count] of facetRows) {
      facets[facet].push({ value, count });
    }
    for (const list of Object.values(facets)) {
      list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'en', { numeric: true }));
    }
    return { total: row.total, items, facets };
  }

  /** Search-box suggestions: service names (typo-tolerant), organisations with services, cities. */
  async suggest(q: string, limit = 8): Promise<Suggestions['items']> {
    const prefix = `${q.replace(/[\\%_]/g, '\\$&')}%`;
    const statuses = textArray(DEFAULT_STATUSES);
    const result = await this.connection.db.execute<{
      kind: 'service' | 'organisation' | 'city';
      text: string;
      id: string | null;
    }>(sql`
(select 'service' as kind, ${s.sortName} as text, ${s.id}::text as id from ${s}
  where ${s.status} = any(${statuses}) and (${s.sortName} % ${q} or ${s.sortName} ilike ${prefix})
  order by similarity(${s.sortName}, ${q}) desc, ${s.sortName} limit 5)
union all
(select 'organisation', o.name, o.id::text from ${organisations} o
  where (o.name % ${q} or o.name ilike ${prefix})
    and exists (select 1 from ${s} where ${s.organisationId} = o.id and ${s.status} = any(${statuses}))
  order by similarity(o.name, ${q}) desc, o.name limit 3)
union all
(select distinct 'city', ${s.city}, null::text from ${s} where ${s.city} ilike ${prefix} limit 3)`);
    return result.rows.slice(0, limit);
  }
}
