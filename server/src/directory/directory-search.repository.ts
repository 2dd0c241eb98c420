import { Inject, Injectable } from '@nestjs/common';
import { type ServiceFacet, type ServiceSearchFilter, type Suggestions } from '@thb/shared';
import { sql, type SQL } from 'drizzle-orm';
import { textArray } from '../db/recordset';
import { DATABASE_CONNECTION, type DatabaseConnection, type DatabaseDriver } from '../db/database';
import { directoryServices as s, organisations } from '../db/schema';
import { multilingualQuery, similarTo } from '../db/text-search';
import { openNowSql } from './directory-records.repository';
import { directoryGeneration } from './directory-generation';

/** Who is searching, as far as search results depend on it. */
export interface SearchViewer {
  signedIn: boolean;
  organisationId: string | null;
  coordinator: boolean;
}

export type SearchSort = 'relevance' | 'distance' | 'name' | 'verified';
export type FacetCounts = Record<ServiceFacet, { value: string; count: number }[]>;

export interface SearchPage {
  total: number;
  /** The page's service ids in order, with the distance from the search point when there is one. */
  items: { id: string; distanceKm: number | null }[];
  facets: FacetCounts;
}

export const DEFAULT_STATUSES = ['active', 'temporarily_closed'];
export const DEFAULT_RADIUS_KM = 50;
/** Months offered by the "verified within" facet. */
export const VERIFIED_BUCKETS = [3, 6, 12, 24];

/** List facets and the prefix of their values in `facet_codes` (see the `directory_facet_codes` SQL function). */
const LIST_FACETS = { country: 'c', type: 't', group: 'g', exploitation: 'e', language: 'l' } as const;
type ListFacet = keyof typeof LIST_FACETS;
/** Yes/no facets kept in `facet_codes` as `f:<name>`. */
const CODED_FLAGS = ['free', 'open247', 'selfReferral'] as const;
/** Yes/no facets that depend on the moment or the viewer, computed per row. */
type ComputedFlag = 'openNow' | 'hasCapacity';
const FACETS: ServiceFacet[] = [
  ...(Object.keys(LIST_FACETS) as ListFacet[]),
  ...CODED_FLAGS,
  'openNow',
  'hasCapacity',
  'verified',
];

/** How long the counts of the unfiltered directory are reused (writes in this process clear them at once). */
const GLOBAL_COUNTS_TTL_MS = 30_000;
/** The parsed words of the search (see `SearchPlan.queryCte`). */
const SEARCH_QUERY = sql`(select q from search_query)`;
/** Marks the count rows of active facets, which come from their own subqueries. */
const ACTIVE_TAG = 'x:';

/** The capacity figures are visible to this viewer (so they may be filtered and counted on). */
function capacityVisible(viewer: SearchViewer): SQL {
  if (viewer.coordinator) {
    return sql`true`;
  }
  const own = viewer.organisationId ? sql` or ${s.organisationId} = ${viewer.organisationId}` : sql``;
  const levels = viewer.signedIn ? textArray(['public', 'members']) : textArray(['public']);
  return sql`((${s.visibility}->>'capacity') = any(${levels})${own})`;
}

function computedFlag(flag: ComputedFlag, viewer: SearchViewer): SQL {
  return flag === 'openNow'
    ? openNowSql
    : sql`(${capacityVisible(viewer)} and coalesce(${s.capacityAvailable}, 0) > 0)`;
}

const verifiedSince = (months: number | SQL) => sql`(current_date - make_interval(months => ${months}))`;

function emptyCounts(): FacetCounts {
  return Object.fromEntries(FACETS.map((f) => [f, []])) as unknown as FacetCounts;
}

type CountRow = [facet: ServiceFacet | 'code', value: string, count: number];

/** Rows of `[facet, value, count]` (list facets as `['code', 'c:FR', n]`) into counts per facet, sorted. */
function toCounts(rows: CountRow[], only?: ReadonlySet<ServiceFacet>): FacetCounts {
  const counts = emptyCounts();
  const byPrefix = Object.fromEntries(Object.entries(LIST_FACETS).map(([facet, prefix]) => [prefix, facet]));
  for (const [facet, value, count] of rows) {
    let name: ServiceFacet;
    let shown = value;
    if (facet === 'code') {
      const [prefix, rest] = [value.slice(0, 1), value.slice(2)];
      if (prefix === 'f') {
        name = rest as ServiceFacet;
        shown = 'true';
      } else {
        name = byPrefix[prefix] as ServiceFacet;
        shown = rest;
      }
    } else {
      name = facet;
    }
    if (!only || only.has(name)) {
      counts[name].push({ value: shown, count });
    }
  }
  for (const list of Object.values(counts)) {
    list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'en', { numeric: true }));
  }
  return counts;
}

/**
 * The search as SQL. Filters without a facet (words, place, status) and filters with one (lists, yes/no,
 * verified) select the results; facets are "disjunctive": each counts under every filter but its own. So
 * the counts of an inactive facet come from the results (one pass over their `facet_codes`), and the
 * counts of each active facet from a query with all other filters, which the indexes serve.
 */
export class SearchPlan {
  readonly base: SQL[];
  readonly facetFilters: Partial<Record<ServiceFacet, SQL>>;
  private readonly point: SQL | null;
  private readonly earth;

  constructor(
    private readonly filter: ServiceSearchFilter,
    private readonly viewer: SearchViewer,
    private readonly driver: DatabaseDriver,
  ) {
    this.earth = viewer.signedIn ? s.earthMembers : s.earthPublic;
    this.point =
      filter.lat !== undefined && filter.lng !== undefined
        ? sql`ll_to_earth(${filter.lat}::float8, ${filter.lng}::float8)`
        : null;
    this.base = this.baseConditions();
    this.facetFilters = this.facetConditions();
  }

  /** No words, place or status filter: the set before facet filters is the whole (visible) directory. */
  get unfilteredBase(): boolean {
    return !this.filter.q && !this.filter.city && !this.point && !this.filter.status?.length;
  }

  get activeFacets(): ServiceFacet[] {
    return Object.keys(this.facetFilters) as ServiceFacet[];
  }

  private baseConditions(): SQL[] {
    const { filter } = this;
    const where: SQL[] = [
      sql`${s.status} = any(${textArray(filter.status?.length ? filter.status : DEFAULT_STATUSES)})`,
    ];
    if (filter.q) {
      // Names similar to the query match without a word in common: typos.
      where.push(sql`(${s.searchVector} @@ ${SEARCH_QUERY} or ${similarTo(s.sortName, filter.q, this.driver)})`);
    }
    if (filter.city) {
      where.push(sql`(lower(${s.city}) = lower(${filter.city}) or lower(${s.region}) = lower(${filter.city}))`);
    }
    if (this.point) {
      const radius = (filter.radiusKm ?? DEFAULT_RADIUS_KM) * 1000;
      where.push(sql`earth_box(${this.point}, ${radius}::float8) @> ${this.earth}`);
      where.push(sql`earth_distance(${this.point}, ${this.earth}) <= ${radius}::float8`);
    }
    return where;
  }

  private facetConditions(): Partial<Record<ServiceFacet, SQL>> {
    const { filter } = this;
    const conditions: Partial<Record<ServiceFacet, SQL>> = {};
    for (const [facet, prefix] of Object.entries(LIST_FACETS) as [ListFacet, string][]) {
      const values = filter[facet];
      if (values?.length) {
        conditions[facet] = sql`${s.facetCodes} && ${textArray(values.map((v) => `${prefix}:${v}`))}`;
      }
    }
    for (const flag of CODED_FLAGS) {
      if (filter[flag] !== undefined) {
        const has = sql`${s.facetCodes} @> ${textArray([`f:${flag}`])}`;
        conditions[flag] = filter[flag] ? has : sql`not (${has})`;
      }
    }
    for (const flag of ['openNow', 'hasCapacity'] as const) {
      if (filter[flag] !== undefined) {
        const value = computedFlag(flag, this.viewer);
        conditions[flag] = filter[flag] ? value : sql`not ${value}`;
      }
    }
    if (filter.verifiedWithinMonths) {
      conditions.verified = sql`${s.assuredDate} >= ${verifiedSince(filter.verifiedWithinMonths)}`;
    }
    return conditions;
  }

  private where(except?: ServiceFacet): SQL {
    const facets = Object.entries(this.facetFilters)
      .filter(([facet]) => facet !== except)
      .map(([, condition]) => condition);
    return sql.join([...this.base, ...facets], sql` and `);
  }

  /** Counts of one facet over the rows matching every filter but its own (or, with `all`, no facet filter). */
  facetStatement(facet: ServiceFacet, all = false): SQL {
    const where = all ? sql.join(this.base, sql` and `) : this.where(facet);
    if (facet in LIST_FACETS) {
      const prefix = `${LIST_FACETS[facet as ListFacet]}:%`;
      return sql`select 'code'::text as facet, v as value, count(*)::int as count from ${s}, unnest(${s.facetCodes}) v where ${where} and v like ${prefix} group by v`;
    }
    if ((CODED_FLAGS as readonly string[]).includes(facet)) {
      return sql`select ${facet}::text as facet, 'true'::text as value, count(*)::int as count from ${s} where ${where} and ${s.facetCodes} @> ${textArray([`f:${facet}`])}`;
    }
    if (facet === 'verified') {
      return sql`select 'verified'::text as facet, b::text as value, count(*)::int as count from ${s}, unnest(${sql.raw(`array[${VERIFIED_BUCKETS.join(',')}]`)}) b where ${where} and ${s.assuredDate} >= ${verifiedSince(sql`b`)} group by b`;
    }
    return sql`select ${facet}::text as facet, 'true'::text as value, count(*)::int as count from ${s} where ${where} and ${computedFlag(facet as ComputedFlag, this.viewer)}`;
  }

  /**
   * The words parsed once per statement: `websearch_to_tsquery` is only stable, so written inline it would be
   * parsed again for every row, in each of the ~30 configurations.
   */
  private queryCte(): SQL {
    return this.filter.q ? sql`search_query as (select (${multilingualQuery(this.filter.q)}) as q), ` : sql``;
  }

  /** Total, page and the counts of every facet over the results (inactive facets' final counts). */
  resultsStatement(page: number, pageSize: number, sort: SearchSort, extraFacets: SQL[]): SQL {
    const rank = this.filter.q
      ? sql`ts_rank(${s.searchVector}, ${SEARCH_QUERY}) + similarity(${s.sortName}, ${this.filter.q})`
      : sql`0::float4`;
    const distance = this.point ? sql`earth_distance(${this.point}, ${this.earth}) / 1000.0` : sql`null::float8`;
    const order = orderBy(sort);
    const buckets = VERIFIED_BUCKETS.map(
      (b) =>
        sql`select 'verified'::text, ${String(b)}::text, count(*)::int from results where assured_date >= ${verifiedSince(b)}`,
    );
    const counts = [
      sql`select 'code'::text as facet, v as value, count(*)::int as count from results, unnest(facet_codes) v group by v`,
      sql`select 'openNow', 'true', count(*)::int from results where open_now`,
      sql`select 'hasCapacity', 'true', count(*)::int from results where capacity_ok`,
      ...buckets,
      ...extraFacets,
    ];
    return sql`
with ${this.queryCte()}results as materialized (
  select ${s.id} as id, ${s.sortName} as sort_name, ${s.assuredDate} as assured_date, ${s.facetCodes} as facet_codes,
    ${openNowSql} as open_now, ${computedFlag('hasCapacity', this.viewer)} as capacity_ok,
    ${rank} as rank, ${distance} as distance_km
  from ${s}
  where ${this.where()}
)
select
  (select count(*)::int from results) as total,
  (select coalesce(json_agg(json_build_object('id', p.id, 'distanceKm', p.distance_km) order by p.n), '[]'::json)
     from (select id, distance_km, row_number() over (order by ${order}) as n from results
           order by ${order} limit ${pageSize} offset ${(page - 1) * pageSize}) p) as items,
  (select coalesce(json_agg(json_build_array(f.facet, f.value, f.count)), '[]'::json)
     from (${sql.join(counts, sql` union all `)}) f) as facets`;
  }

  /** A page of the unfiltered directory, straight from the name (or verification) index. */
  plainPageStatement(page: number, pageSize: number, sort: SearchSort): SQL {
    const order =
      sort === 'verified' ? sql`${s.assuredDate} desc nulls last, ${s.sortName}, ${s.id}` : sql`${s.sortName}, ${s.id}`;
    return sql`select ${s.id} as id, null::float8 as "distanceKm" from ${s} where ${this.where()} order by ${order} limit ${pageSize} offset ${(page - 1) * pageSize}`;
  }

  /** Total and every facet's counts over the whole visible directory (no filter but the default statuses). */
  globalStatement(): SQL {
    const where = sql.join(this.base, sql` and `);
    const parts = [
      sql`select 'total'::text as facet, ''::text as value, count(*)::int as count from ${s} where ${where}`,
      sql`select 'code', v, count(*)::int from ${s}, unnest(${s.facetCodes}) v where ${where} group by v`,
      this.facetStatement('openNow', true),
      this.facetStatement('hasCapacity', true),
      this.facetStatement('verified', true),
    ];
    return sql`select json_agg(json_build_array(f.facet, f.value, f.count)) as facets from (${sql.join(parts, sql` union all `)}) f`;
  }
}

function orderBy(sort: SearchSort): SQL {
  switch (sort) {
    case 'relevance':
      return sql`rank desc, sort_name, id`;
    case 'distance':
      return sql`distance_km asc nulls last, id`;
    case 'verified':
      return sql`assured_date desc nulls last, sort_name, id`;
    case 'name':
      return sql`sort_name, id`;
  }
}

function parseJson<T>(value: T | string): T {
  // node-postgres and PGlite parse json columns; stay safe if a driver hands back text.
  return typeof value === 'string' ? (JSON.parse(value) as T) : value;
}

/** Directory search in PostgreSQL: full text per language, trigrams, GIN-indexed facet codes, earth distance. */
@Injectable()
export class DirectorySearchRepository {
  private readonly globalCounts = new Map<
    string,
    { at: number; generation: number; total: number; rows: CountRow[] }
  >();

  constructor(@Inject(DATABASE_CONNECTION) private readonly connection: DatabaseConnection) {}

  async search(
    filter: ServiceSearchFilter,
    viewer: SearchViewer,
    page: number,
    pageSize: number,
    sort: SearchSort,
  ): Promise<SearchPage> {
    const plan = new SearchPlan(filter, viewer, this.connection.driver);
    const active = plan.activeFacets;
    const global = plan.unfilteredBase && active.length <= 1 ? await this.global(viewer) : null;

    if (global && active.length === 0) {
      // The whole directory: counts from the cache, the page from the index.
      const items = await this.connection.db.execute<{ id: string; distanceKm: null }>(
        plan.plainPageStatement(page, pageSize, sort),
      );
      return { total: global.total, items: items.rows, facets: toCounts(global.rows) };
    }

    // Active facets count under the other filters: from the cache when there are no others.
    const fromCache = global ? active : [];
    const queried = active.filter((f) => !fromCache.includes(f));
    const result = await this.connection.db.execute<{
      total: number;
      items: SearchPage['items'] | string;
      facets: CountRow[] | string;
    }>(
      plan.resultsStatement(
        page,
        pageSize,
        sort,
        queried.map((f) => sql`select ${ACTIVE_TAG} || q.facet, q.value, q.count from (${plan.facetStatement(f)}) q`),
      ),
    );
    const row = result.rows[0]!;
    const rows = parseJson(row.facets);
    const isActiveRow = (r: CountRow) => r[0].startsWith(ACTIVE_TAG);
    const fromResults = toCounts(rows.filter((r) => !isActiveRow(r)));
    const fromActive = toCounts(
      rows
        .filter(isActiveRow)
        .map(([facet, value, count]): CountRow => [facet.slice(ACTIVE_TAG.length) as CountRow[0], value, count]),
    );
    const fromGlobal = global ? toCounts(global.rows) : null;
    const facets = emptyCounts();
    for (const facet of FACETS) {
      facets[facet] = !active.includes(facet)
        ? fromResults[facet]
        : fromCache.includes(facet)
          ? fromGlobal![facet]
          : fromActive[facet];
    }
    return { total: row.total, items: parseJson(row.items), facets };
  }

  private async global(viewer: SearchViewer) {
    const key = `${viewer.signedIn}|${viewer.coordinator}|${viewer.organisationId ?? ''}`;
    const cached = this.globalCounts.get(key);
    if (cached && cached.generation === directoryGeneration() && Date.now() - cached.at < GLOBAL_COUNTS_TTL_MS) {
      return cached;
    }
    const plain = new SearchPlan({}, viewer, this.connection.driver);
    const result = await this.connection.db.execute<{ facets: CountRow[] | string | null }>(plain.globalStatement());
    const rows = parseJson(result.rows[0]?.facets ?? []) ?? [];
    const total = rows.find(([facet]) => (facet as string) === 'total')?.[2] ?? 0;
    const entry = {
      at: Date.now(),
      generation: directoryGeneration(),
      total,
      rows: rows.filter(([facet]) => (facet as string) !== 'total'),
    };
    if (this.globalCounts.size > 1000) {
      this.globalCounts.clear();
    }
    this.globalCounts.set(key, entry);
    return entry;
  }

  /** Search-box suggestions: service names (typo-tolerant), organisations with services, cities. */
  async suggest(q: string, limit = 8): Promise<Suggestions['items']> {
    const prefix = `${q.replace(/[\\%_]/g, '\\$&')}%`;
    const statuses = textArray(DEFAULT_STATUSES);
    const driver = this.connection.driver;
    const result = await this.connection.db.execute<{
      kind: 'service' | 'organisation' | 'city';
      text: string;
      id: string | null;
    }>(sql`
(select 'service' as kind, ${s.sortName} as text, ${s.id}::text as id from ${s}
  where ${s.status} = any(${statuses}) and (${similarTo(s.sortName, q, driver)} or ${s.sortName} ilike ${prefix})
  order by similarity(${s.sortName}, ${q}) desc, ${s.sortName} limit 5)
union all
(select 'organisation', o.name, o.id::text from ${organisations} o
  where (${similarTo(sql`o.name`, q, driver)} or o.name ilike ${prefix})
    and exists (select 1 from ${s} where ${s.organisationId} = o.id and ${s.status} = any(${statuses}))
  order by similarity(o.name, ${q}) desc, o.name limit 3)
union all
(select distinct 'city', ${s.city}, null::text from ${s} where ${s.city} ilike ${prefix} limit 3)`);
    return result.rows.slice(0, limit);
  }
}
