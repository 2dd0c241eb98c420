import { Inject, Injectable } from '@nestjs/common';
import { type ServiceFacet, type ServiceSearchFilter, type Suggestions } from '@thb/shared';
import { sql, type SQL } from 'drizzle-orm';
import { textArray } from '../db/recordset';
import { DATABASE_CONNECTION, type DatabaseConnection } from '../db/database';
import { directoryNameLexemes, directorySearchRows as d, directoryServices as s, organisations } from '../db/schema';
import { multilingualQuery, similarTo } from '../db/text-search';
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
const FACETS: ServiceFacet[] = [
  ...(Object.keys(LIST_FACETS) as ListFacet[]),
  ...CODED_FLAGS,
  'openNow',
  'hasCapacity',
  'verified',
];

/** How long the counts of the unfiltered directory are reused (writes in this process clear them at once). */
const GLOBAL_COUNTS_TTL_MS = 30_000;
/** Marks the count rows of active facets, which come from their own subqueries. */
const ACTIVE_TAG = 'x:';

const CAPACITY_LEVELS = ['public', 'members', 'restricted'] as const;
const capacityCodes = (levels: readonly string[]) => levels.map((level) => `k:${level}`);

/** The codes of the capacity visibility levels whose figures this viewer may see (own organisation's: all). */
function visibleCapacityCodes(viewer: SearchViewer): string[] {
  return capacityCodes(viewer.coordinator ? CAPACITY_LEVELS : viewer.signedIn ? ['public', 'members'] : ['public']);
}

/** Same-statement names of the parts every search shares (see `SearchPlan.commonCtes`). */
const BLOCKS = sql`(select blocks from search_blocks)`;
const ACTIVE_NOW = sql`now()`;
/**
 * Closed on its local date (`closed_on`), for one search row. Only a closure that begins or ends within a day of
 * today's UTC date depends on the time zone, so only then is the local date worked out.
 */
const CLOSED_TODAY = sql`(${d.closedOn} is not null and ${d.closedOn} && (select around from closure_days) and (${d.closedOn} @> (select days from closure_days) or ${d.closedOn} @> (now() at time zone ${d.timeZone})::date))`;
/** Open at this moment, for one search row (with the statement's `open_patterns` and `dated_open`). */
const OPEN_NOW = sql`(${d.status} = 'active' and not ${CLOSED_TODAY} and (${d.codes} @> '{f:open247}' or ${d.hoursCode} in (select code from open_patterns) or ${d.ordinal} in (select ordinal from dated_open)))`;
/** Every service open at this moment, as a bit set (the statement's `open_set`). */
const OPEN_BITS = sql`(select set from open_set)`;

const verifiedSince = (months: number | SQL) => sql`(current_date - make_interval(months => ${months}))`;

function emptyCounts(): FacetCounts {
  return Object.fromEntries(FACETS.map((f) => [f, []])) as unknown as FacetCounts;
}

type CountRow = [facet: ServiceFacet | 'code', value: string, count: number];

/** Rows of `[facet, value, count]` (list facets as `['code', 'c:FR', n]`) into counts per facet, sorted. */
function toCounts(rows: CountRow[]): FacetCounts {
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
    if (name in counts) {
      counts[name].push({ value: shown, count });
    }
  }
  for (const list of Object.values(counts)) {
    list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'en', { numeric: true }));
  }
  return counts;
}

/** A bit set expression (`varbit[]`, blocks of 4,096 services by ordinal; see migration 0010). */
type BitSet = SQL;
const bits = {
  ofCodes: (codes: string[]): BitSet => sql`directory_bits_from_codes(${textArray(codes)}, ${BLOCKS})`,
  ofRows: (ordinals: SQL): BitSet => sql`directory_bits_from_ordinals(array(${ordinals}), ${BLOCKS})`,
  and: (a: BitSet, b: BitSet): BitSet => sql`directory_bits_and(${a}, ${b})`,
  andNot: (a: BitSet, b: BitSet): BitSet => sql`directory_bits_and_not(${a}, ${b})`,
  or: (a: BitSet, b: BitSet): BitSet => sql`directory_bits_or(${a}, ${b})`,
  count: (a: BitSet): SQL => sql`directory_bits_count(${a})`,
};

/** A facet filter, both as a condition on a search row and as the set of services it keeps. */
interface FacetFilter {
  row: SQL;
  /** The services the filter keeps; with `negated`, the services it takes out. */
  set: BitSet;
  negated?: boolean;
}

/**
 * The search as one SQL statement over the search index (`directory_search_rows`, `directory_facet_bits`).
 * Filters without a facet (words, place, status) and filters with one (lists, yes/no, verified) select the
 * results, read as narrow rows for the page, the total and the counts that depend on the moment or the viewer.
 * Facets are "disjunctive": each counts under every filter but its own. The counts of inactive facets come
 * from the results' bit set against each value's bits; those of an active facet from the bit set of every
 * other filter (the base rows' bits, or the status bits, and the other facets' bits), so no count reads rows.
 */
export class SearchPlan {
  readonly base: SQL[];
  readonly facetFilters: Partial<Record<ServiceFacet, FacetFilter>>;
  private readonly point: SQL | null;
  private readonly earth;
  /**
   * The words as a bound `tsquery` (see `DirectorySearchRepository.words`): the statement is planned knowing them,
   * so the planner estimates how many services have them from the column's statistics.
   */
  private readonly words: SQL;

  constructor(
    private readonly filter: ServiceSearchFilter,
    private readonly viewer: SearchViewer,
    parsedWords: string | null = null,
  ) {
    this.words = sql`${parsedWords ?? ''}::tsquery`;
    this.earth = viewer.signedIn ? d.earthMembers : d.earthPublic;
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

  private get statuses(): string[] {
    return this.filter.status?.length ? this.filter.status : DEFAULT_STATUSES;
  }

  private baseConditions(): SQL[] {
    const { filter } = this;
    const where: SQL[] = [sql`${d.status} = any(${textArray(this.statuses)})`];
    if (filter.q) {
      // An exact GIN scan: no row is read to decide (see `DirectorySearchRepository.search` for typos).
      where.push(sql`${d.searchVector} @@ ${this.words}`);
    }
    return [...where, ...this.placeConditions];
  }

  /** City or region, and distance from a point. */
  private get placeConditions(): SQL[] {
    const { filter } = this;
    const where: SQL[] = [];
    if (filter.city) {
      const city = filter.city.toLowerCase();
      where.push(sql`(${d.cityKey} = ${city} or ${d.regionKey} = ${city})`);
    }
    if (this.point) {
      const radius = (filter.radiusKm ?? DEFAULT_RADIUS_KM) * 1000;
      where.push(sql`earth_box(${this.point}, ${radius}::float8) @> ${this.earth}`);
      where.push(sql`earth_distance(${this.point}, ${this.earth}) <= ${radius}::float8`);
    }
    return where;
  }

  /** The services kept by the filters without a facet (status, words, place), as a bit set. */
  private baseSet(): BitSet {
    let set = bits.ofCodes(this.statuses.map((status) => `s:${status}`));
    if (this.filter.q) {
      set = bits.and(set, bits.ofRows(sql`select ${d.ordinal} from ${d} where ${d.searchVector} @@ ${this.words}`));
    }
    if (this.placeConditions.length > 0) {
      set = bits.and(
        set,
        bits.ofRows(sql`select ${d.ordinal} from ${d} where ${sql.join(this.placeConditions, sql` and `)}`),
      );
    }
    return set;
  }

  /** Has places available, as far as this viewer may see the figures. */
  private capacityFilter(): FacetFilter {
    const visible = visibleCapacityCodes(this.viewer);
    const { organisationId } = this.viewer;
    if (!organisationId || this.viewer.coordinator) {
      return { row: sql`${d.codes} && ${textArray(visible)}`, set: bits.ofCodes(visible) };
    }
    const own = sql`${d.organisationId} = ${organisationId} and ${d.codes} && ${textArray(capacityCodes(CAPACITY_LEVELS))}`;
    return {
      row: sql`(${d.codes} && ${textArray(visible)} or (${own}))`,
      set: bits.or(bits.ofCodes(visible), bits.ofRows(sql`select ${d.ordinal} from ${d} where ${own}`)),
    };
  }

  /** Verified within so many months: the months after the cut-off's by their codes, the cut-off's month by row. */
  private verifiedFilter(months: number): FacetFilter {
    const since = verifiedSince(months);
    const nextMonth = sql`(date_trunc('month', ${since}) + interval '1 month')::date`;
    const laterMonths = sql`array(select 'v:' || to_char(m, 'YYYY-MM') from generate_series(${nextMonth}::timestamp, (date_trunc('month', current_date) + interval '1 month')::timestamp, interval '1 month') m)`;
    return {
      row: sql`${d.assuredDate} >= ${since}`,
      set: bits.or(
        sql`directory_bits_from_codes(${laterMonths}, ${BLOCKS})`,
        bits.ofRows(
          sql`select ${d.ordinal} from ${d} where ${d.assuredDate} >= ${since} and ${d.assuredDate} < ${nextMonth}`,
        ),
      ),
    };
  }

  private facetConditions(): Partial<Record<ServiceFacet, FacetFilter>> {
    const { filter } = this;
    const conditions: Partial<Record<ServiceFacet, FacetFilter>> = {};
    for (const [facet, prefix] of Object.entries(LIST_FACETS) as [ListFacet, string][]) {
      const values = filter[facet];
      if (values?.length) {
        const codes = values.map((v) => `${prefix}:${v}`);
        conditions[facet] = { row: sql`${d.codes} && ${textArray(codes)}`, set: bits.ofCodes(codes) };
      }
    }
    for (const flag of CODED_FLAGS) {
      if (filter[flag] !== undefined) {
        const has = sql`${d.codes} @> ${textArray([`f:${flag}`])}`;
        conditions[flag] = filter[flag]
          ? { row: has, set: bits.ofCodes([`f:${flag}`]) }
          : { row: sql`not (${has})`, set: bits.ofCodes([`f:${flag}`]), negated: true };
      }
    }
    if (filter.openNow !== undefined) {
      conditions.openNow = {
        row: filter.openNow ? OPEN_NOW : sql`not ${OPEN_NOW}`,
        set: OPEN_BITS,
        negated: !filter.openNow,
      };
    }
    if (filter.hasCapacity !== undefined) {
      const capacity = this.capacityFilter();
      conditions.hasCapacity = filter.hasCapacity
        ? capacity
        : { ...capacity, row: sql`not ${capacity.row}`, negated: true };
    }
    if (filter.verifiedWithinMonths) {
      conditions.verified = this.verifiedFilter(filter.verifiedWithinMonths);
    }
    return conditions;
  }

  private where(): SQL {
    return sql.join([...this.base, ...Object.values(this.facetFilters).map((f) => f.row)], sql` and `);
  }

  /** The statement's name for the bit set of an active facet's filter (see `commonCtes`). */
  private static filterSetName(facet: ServiceFacet): string {
    return `filter_set_${facet.toLowerCase()}`;
  }

  /** The services kept by every filter but `except`'s, as a bit set. */
  private setWithout(except: ServiceFacet | null): BitSet {
    let set: BitSet = this.unfilteredBase
      ? bits.ofCodes(this.statuses.map((status) => `s:${status}`))
      : sql`(select set from base_set)`;
    for (const [facet, filter] of Object.entries(this.facetFilters) as [ServiceFacet, FacetFilter][]) {
      if (facet !== except) {
        const filterSet = sql.raw(`(select set from ${SearchPlan.filterSetName(facet)})`);
        set = filter.negated ? bits.andNot(set, filterSet) : bits.and(set, filterSet);
      }
    }
    return set;
  }

  /** Count rows `[facet, value, count]` of one facet over a bit set. */
  private countsOver(facet: ServiceFacet, set: BitSet): SQL {
    if (facet in LIST_FACETS) {
      const prefix = LIST_FACETS[facet as ListFacet];
      return sql`select 'code'::text, ${prefix} || ':' || c.value, c.count from directory_facet_counts(${prefix}, ${set}) c`;
    }
    if ((CODED_FLAGS as readonly string[]).includes(facet)) {
      return sql`select 'code'::text, 'f:' || ${facet}, ${bits.count(bits.and(set, bits.ofCodes([`f:${facet}`])))}`;
    }
    if (facet === 'openNow') {
      return sql`select 'openNow'::text, 'true'::text, ${bits.count(bits.and(set, OPEN_BITS))}`;
    }
    if (facet === 'hasCapacity') {
      return sql`select 'hasCapacity'::text, 'true'::text, ${bits.count(bits.and(set, this.capacityFilter().set))}`;
    }
    return sql`select 'verified'::text, b.months::text, directory_bits_count(directory_bits_and(s.set, b.set))
      from (select ${set} as set) s, (${sql.join(
        VERIFIED_BUCKETS.map(
          (months) => sql`select ${months}::int as months, ${this.verifiedFilter(months).set} as set`,
        ),
        sql` union all `,
      )}) b`;
  }

  /**
   * Parts every statement starts with: the number of bit blocks, what "open now" means at this moment, and the
   * bit sets of the filters.
   */
  private commonCtes(): SQL {
    return sql.join(
      [
        sql`search_blocks as (select (coalesce(max(${d.ordinal}), 0) >> 12) + 1 as blocks from ${d})`,
        sql`closure_days as materialized (select d as days, datemultirange(d) as around from (select daterange((now() at time zone 'UTC')::date - 1, (now() at time zone 'UTC')::date + 2) as d) x)`,
        sql`open_patterns as materialized (select code from directory_open_patterns(${ACTIVE_NOW}))`,
        sql`dated_open as materialized (select ordinal from directory_dated_open_ordinals(${ACTIVE_NOW}))`,
        sql`open_set as materialized (select directory_open_bits(${ACTIVE_NOW}, ${BLOCKS}) as set)`,
        ...(Object.entries(this.facetFilters) as [ServiceFacet, FacetFilter][]).map(
          ([facet, filter]) =>
            sql`${sql.raw(SearchPlan.filterSetName(facet))} as materialized (select ${filter.set} as set)`,
        ),
        ...(this.unfilteredBase ? [] : [sql`base_set as materialized (select ${this.baseSet()} as set)`]),
      ],
      sql`, `,
    );
  }

  /** Total, page and the counts of every facet (inactive ones over the results, active ones over their own set). */
  resultsStatement(page: number, pageSize: number, sort: SearchSort, activeFromStatement: ServiceFacet[]): SQL {
    const rank = this.filter.q
      ? // Services whose names or organisation have the words (or, for a typo, the similar words) first.
        sql`ts_rank(${d.titleVector}, ${this.words})`
      : sql`0::float4`;
    const distance = this.point ? sql`earth_distance(${this.point}, ${this.earth}) / 1000.0` : sql`null::float8`;
    const order = orderBy(sort);
    const active = this.activeFacets;
    const listAndFlags = [
      ...Object.entries(LIST_FACETS)
        .filter(([facet]) => !active.includes(facet as ServiceFacet))
        .map(([, prefix]) => prefix),
      'f',
    ];
    const buckets = VERIFIED_BUCKETS.map(
      (b) =>
        sql`select 'verified'::text, ${String(b)}::text, count(*)::int from results where assured_date >= ${verifiedSince(b)}`,
    );
    const counts = [
      sql`select 'code'::text as facet, f.facet || ':' || c.value as value, c.count from (select unnest(${textArray(listAndFlags)}) as facet) f, directory_facet_counts(f.facet, (select set from results_set)) c`,
      sql`select 'openNow', 'true', count(*)::int from results where open_now`,
      sql`select 'hasCapacity', 'true', count(*)::int from results where capacity_ok`,
      ...buckets,
      ...activeFromStatement.map(
        (facet) =>
          sql`select ${ACTIVE_TAG} || q.facet, q.value, q.count from (${this.countsOver(facet, sql.raw(`(select set from others_${facet.toLowerCase()})`))}) q(facet, value, count)`,
      ),
    ];
    const othersSets = activeFromStatement.map(
      (facet) =>
        sql`, ${sql.raw(`others_${facet.toLowerCase()}`)} as materialized (select ${this.setWithout(facet)} as set)`,
    );
    return sql`
with ${this.commonCtes()}, results as materialized (
  select ${d.ordinal} as ordinal, ${d.serviceId} as id, ${d.sortName} as sort_name, ${d.assuredDate} as assured_date,
    ${OPEN_NOW} as open_now, ${this.capacityFilter().row} as capacity_ok, ${rank} as rank, ${distance} as distance_km
  from ${d}
  where ${this.where()}
), results_set as materialized (select ${bits.ofRows(sql`select ordinal from results`)} as set)${sql.join(othersSets, sql``)}
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
    return sql`select ${s.id} as id, null::float8 as "distanceKm" from ${s} where ${s.status} = any(${textArray(this.statuses)}) order by ${order} limit ${pageSize} offset ${(page - 1) * pageSize}`;
  }

  /** Total and every facet's counts over the whole visible directory (no filter but the default statuses). */
  globalStatement(): SQL {
    const all = this.setWithout(null);
    const parts = [
      sql`select 'total'::text as facet, ''::text as value, ${bits.count(sql`(select set from all_set)`)} as count`,
      sql`select 'code'::text, f.facet || ':' || c.value, c.count from (select unnest(${textArray([...Object.values(LIST_FACETS), 'f'])}) as facet) f, directory_facet_counts(f.facet, (select set from all_set)) c`,
      this.countsOver('openNow', sql`(select set from all_set)`),
      this.countsOver('hasCapacity', sql`(select set from all_set)`),
      this.countsOver('verified', sql`(select set from all_set)`),
    ];
    return sql`with ${this.commonCtes()}, all_set as materialized (select ${all} as set)
select json_agg(json_build_array(f.facet, f.value, f.count)) as facets from (${sql.join(parts, sql` union all `)}) f`;
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

/** Directory search in PostgreSQL: full text per language, trigrams, facet bit sets, earth distance. */
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
    if (filter.q) {
      const found = await this.run(filter, viewer, page, pageSize, sort, await this.words(filter.q));
      if (found.total > 0) {
        return found;
      }
      // No service has the words: a typo? Search again with the similar words of names instead.
      const similar = await this.similarWords(filter.q);
      return similar ? this.run(filter, viewer, page, pageSize, sort, similar) : found;
    }
    return this.run(filter, viewer, page, pageSize, sort, null);
  }

  /**
   * The words parsed in every text-search configuration and de-duplicated (`tsquery` text), before the search
   * is planned: parsed inside it, they would be unknown to the planner.
   */
  private async words(q: string): Promise<string> {
    const result = await this.connection.db.execute<{ q: string | null }>(
      sql`select (${multilingualQuery(q)})::text as q`,
    );
    return result.rows[0]?.q ?? '';
  }

  /**
   * For a search whose words no service has: each word becomes the similar words of names and organisations
   * (trigrams over the few thousand words of `directory_name_lexemes`, not over every name), all words required.
   */
  private async similarWords(q: string): Promise<string | null> {
    const result = await this.connection.db.execute<{ q: string | null }>(sql`
select string_agg('(' || m.alternatives || ')', ' & ') as q from (
  select string_agg('''' || replace(replace(l.lexeme, '\\', '\\\\'), '''', '''''') || '''', ' | ') as alternatives
  from (select distinct word from unnest(tsvector_to_array(to_tsvector('simple', ${q}))) word) w
  join ${directoryNameLexemes} l on ${similarTo(sql`l.lexeme`, sql`w.word`, this.connection.driver)}
  group by w.word) m`);
    return result.rows[0]?.q ?? null;
  }

  private async run(
    filter: ServiceSearchFilter,
    viewer: SearchViewer,
    page: number,
    pageSize: number,
    sort: SearchSort,
    words: string | null,
  ): Promise<SearchPage> {
    const plan = new SearchPlan(filter, viewer, words);
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
    }>(plan.resultsStatement(page, pageSize, sort, queried));
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
    const plain = new SearchPlan({}, viewer);
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
