import { Inject, Injectable } from '@nestjs/common';
import { type ServiceFacet, type ServiceSearchFilter, type Suggestions } from '@thb/shared';
import { sql, type SQL } from 'drizzle-orm';
import { LRUCache } from 'lru-cache';
import { textArray } from '../db/recordset';
import { DATABASE_CONNECTION, type DatabaseConnection } from '../db/database';
import {
  directoryFacetBits,
  directoryNameLexemes,
  directorySearchRows as d,
  directoryServices as s,
  organisations,
} from '../db/schema';
import { multilingualQuery, similarTo } from '../db/text-search';
import {
  answerableFromWordBits,
  couldMatch,
  disjunctiveForm,
  parseWordQuery,
  type WordQuery,
  wordLexemes,
} from './search-words';
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
  /**
   * Every facet's counts, still being read when the page is in (another statement, on another connection of the
   * pool): the caller reads the page's cards meanwhile. Counts and page are separate snapshots: a write between
   * them can show in one and not yet in the other.
   */
  facets: Promise<FacetCounts>;
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
/** Every service open at this moment, as a bit set (the statement's `open_set`). */
const OPEN_BITS = sql`(select set from open_set)`;
/**
 * A page tier is walked in its sort order's index, testing each service's bit, when that reads fewer index
 * entries than fetching its services by ordinal and sorting them: a walk finds the page's last service after
 * about `end × directory size ÷ tier size` entries, plus half a name range on average before its first (in name
 * order, walks start at the range holding it: see `directory_name_ranges`); fetching costs about 24 entries'
 * time per service (the ordinal from the bits, a lookup, the sort). Measured at 100,000 services: an entry
 * 0.14 µs (its bit tested in the flat set), a fetched service 3.3 µs.
 */
const FETCH_COST_PER_SERVICE = 24;

const verifiedSince = (months: number | SQL) => sql`(current_date - make_interval(months => ${months}::int))::date`;

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

/** A bit set expression (`varbit[]`, blocks of 4,096 services by ordinal; see migrations 0010 and 0011). */
type BitSet = SQL;
const bits = {
  ofCodes: (codes: string[]): BitSet => sql`directory_bits_from_codes(${textArray(codes)}, ${BLOCKS})`,
  ofRows: (ordinals: SQL): BitSet => sql`directory_bits_from_ordinals(array(${ordinals}), ${BLOCKS})`,
  and: (a: BitSet, b: BitSet): BitSet => sql`directory_bits_and(${a}, ${b})`,
  andNot: (a: BitSet, b: BitSet): BitSet => sql`directory_bits_and_not(${a}, ${b})`,
  or: (a: BitSet, b: BitSet): BitSet => sql`directory_bits_or(${a}, ${b})`,
  count: (a: BitSet): SQL => sql`directory_bits_count(${a})`,
  /** The set as one bit string (blocks one after the other), for testing many services' bits. */
  flat: (a: BitSet): SQL => sql`directory_bits_flat(${a})`,
  /**
   * The service at ordinal `ordinal` is in the set, given as one bit string (`flat`): no block to find and copy
   * per service (a walk of 100,000 index entries: 14 ms, 2.5 times less than with the blocks).
   */
  has: (flatSet: SQL, ordinal: SQL): SQL => sql`get_bit(${flatSet}, ${ordinal}) = 1`,
};

/**
 * The services whose words (`w:` codes: any lexeme of the search vector) or whose names and organisation
 * (`n:` codes) satisfy the query: as alternatives of words in one lookup when it has that form (see
 * `disjunctiveForm`), else node by node.
 */
function wordBits(query: WordQuery, family: 'w' | 'n', universe: BitSet): BitSet {
  const alternatives = disjunctiveForm(query);
  if (alternatives) {
    const codes = alternatives.map((words) => words.map((word) => `${family}:${word}`));
    return sql`directory_bits_from_alternatives(${JSON.stringify(codes)}::jsonb, ${BLOCKS})`;
  }
  switch (query.kind) {
    case 'not':
      return bits.andNot(universe, wordBits(query.operand, family, universe));
    case 'or':
      return bits.or(wordBits(query.left, family, universe), wordBits(query.right, family, universe));
    case 'and':
    case 'phrase':
      return bits.and(wordBits(query.left, family, universe), wordBits(query.right, family, universe));
    case 'word':
      return bits.ofCodes([`${family}:${query.lexeme}`]);
  }
}

/** A facet filter: the set of services it keeps or, `negated`, the set it takes out. */
interface FacetFilter {
  set: BitSet;
  negated?: boolean;
}

/** The words of a search: the `tsquery` text (bound as a parameter) and its tree, when it could be read. */
export interface SearchWords {
  text: string;
  tree: WordQuery | null;
}

/**
 * The search as one SQL statement over the search index (`directory_search_rows`, `directory_facet_bits`),
 * answered with bit sets of 4,096-service blocks: every filter is a set (facet values, words and the names'
 * words from their codes; a place from the rows in it), the results are their intersection, the total and
 * every count a `bit_count`, whatever the number of services found. Facets are "disjunctive": each counts under
 * every filter but its own, an active facet over the intersection of the others. The page is read in its sort
 * order: walking that order's index and testing each service's bit when the results are many, fetching the
 * results by ordinal and sorting them when they are few; "relevance" puts the services whose names or
 * organisation have the words first, then the others, each by name.
 */
export class SearchPlan {
  /** See `FETCH_COST_PER_SERVICE`; tests set it to 0 or to a huge number to have every page fetched or walked. */
  static fetchCostPerService = FETCH_COST_PER_SERVICE;

  readonly facetFilters: Partial<Record<ServiceFacet, FacetFilter>>;
  private readonly point: SQL | null;
  /** The words as a bound `tsquery`: rows are only matched with it when the bits cannot decide (phrases). */
  private readonly query: SQL;

  constructor(
    private readonly filter: ServiceSearchFilter,
    private readonly viewer: SearchViewer,
    private readonly words: SearchWords | null = null,
  ) {
    this.query = sql`${words?.text ?? ''}::tsquery`;
    this.point =
      filter.lat !== undefined && filter.lng !== undefined
        ? sql`ll_to_earth(${filter.lat}::float8, ${filter.lng}::float8)`
        : null;
    this.facetFilters = this.facetConditions();
  }

  /** No words, place or status filter: the set before facet filters is the whole (visible) directory. */
  get unfilteredBase(): boolean {
    return !this.filter.q && !this.hasPlace && !this.filter.status?.length;
  }

  get activeFacets(): ServiceFacet[] {
    return Object.keys(this.facetFilters) as ServiceFacet[];
  }

  private get statuses(): string[] {
    return this.filter.status?.length ? this.filter.status : DEFAULT_STATUSES;
  }

  private get statusSet(): BitSet {
    return bits.ofCodes(this.statuses.map((status) => `s:${status}`));
  }

  private get hasPlace(): boolean {
    return Boolean(this.filter.city) || this.point !== null;
  }

  private get exactWords(): WordQuery | null {
    const tree = this.words?.tree;
    return tree && answerableFromWordBits(tree) ? tree : null;
  }

  /** The services having the words; with `inNames`, having them in their names and organisation's name. */
  private wordsSet(inNames: boolean): BitSet {
    const exact = this.exactWords;
    if (exact) {
      return wordBits(exact, inNames ? 'n' : 'w', this.statusSet);
    }
    // Phrases (and anything the bits cannot decide): the rows, from the search vectors' GIN index.
    const names = inNames ? sql` and ${d.titleVector} @@ ${this.query}` : sql``;
    return bits.ofRows(sql`select ${d.ordinal} from ${d} where ${d.searchVector} @@ ${this.query}${names}`);
  }

  /** The position of a search row (`row` alias) as this viewer may know it. */
  private earthOf(row: string): SQL {
    return sql.raw(`${row}.${this.viewer.signedIn ? 'earth_members' : 'earth_public'}`);
  }

  /** The distance of a search row (`row` alias) from the search point, in km. */
  private distanceKm(row: string): SQL {
    return this.point ? sql`earth_distance(${this.point}, ${this.earthOf(row)}) / 1000.0` : sql`null::float8`;
  }

  /**
   * City or region, and distance from a point: the ordinals of the place's services with their chord distance
   * (metres through the earth) from the point, from the index alone for a radius (the GiST indexes of the
   * positions include the ordinal, migration 0012).
   */
  private placeRows(): SQL {
    const { filter } = this;
    const where: SQL[] = [];
    if (filter.city) {
      const city = filter.city.toLowerCase();
      where.push(sql`(r.city_key = ${city} or r.region_key = ${city})`);
    }
    if (!this.point) {
      return sql`select r.ordinal, null::float8 as chord from ${d} r where ${sql.join(where, sql` and `)}`;
    }
    const radius = (filter.radiusKm ?? DEFAULT_RADIUS_KM) * 1000;
    where.push(sql`earth_box(${this.point}, ${radius}::float8) @> ${this.earthOf('r')}`);
    // Within the radius on the sphere is within its chord in space: `cube_distance` (C) rather than
    // `earth_distance` (SQL functions, several times slower per service); the order by distance is the same.
    where.push(
      sql`cube_distance(${this.point}, ${this.earthOf('r')}) <= 2 * earth() * sin(${radius}::float8 / (2 * earth()))`,
    );
    return sql`select r.ordinal, cube_distance(${this.point}, ${this.earthOf('r')}) as chord from ${d} r where ${sql.join(where, sql` and `)}`;
  }

  /** The services kept by the filters without a facet (status, words, place), as a bit set. */
  private baseSet(): BitSet {
    let set = this.statusSet;
    if (this.filter.q) {
      set = bits.and(set, sql`(select set from words_set)`);
    }
    if (this.hasPlace) {
      set = bits.and(set, bits.ofRows(sql`select ordinal from place_rows`));
    }
    return set;
  }

  /** Has places available, as far as this viewer may see the figures (their own organisation's: all). */
  private capacitySet(): BitSet {
    const visible = bits.ofCodes(visibleCapacityCodes(this.viewer));
    const { organisationId } = this.viewer;
    if (!organisationId || this.viewer.coordinator) {
      return visible;
    }
    const own = sql`${d.organisationId} = ${organisationId} and ${d.codes} && ${textArray(capacityCodes(CAPACITY_LEVELS))}`;
    return bits.or(visible, bits.ofRows(sql`select ${d.ordinal} from ${d} where ${own}`));
  }

  /**
   * Verified within so many months: the months after the cut-off's and the days of that month, by their codes
   * (a set shared by every search of the day, see `directory_search_set`).
   */
  private verifiedSet(months: number): BitSet {
    return sql`directory_search_set(${`verified:${months}`}, ${verifiedSince(months)}::text)`;
  }

  private facetConditions(): Partial<Record<ServiceFacet, FacetFilter>> {
    const { filter } = this;
    const conditions: Partial<Record<ServiceFacet, FacetFilter>> = {};
    for (const [facet, prefix] of Object.entries(LIST_FACETS) as [ListFacet, string][]) {
      const values = filter[facet];
      if (values?.length) {
        conditions[facet] = { set: bits.ofCodes(values.map((v) => `${prefix}:${v}`)) };
      }
    }
    for (const flag of CODED_FLAGS) {
      if (filter[flag] !== undefined) {
        conditions[flag] = { set: bits.ofCodes([`f:${flag}`]), negated: !filter[flag] };
      }
    }
    if (filter.openNow !== undefined) {
      conditions.openNow = { set: OPEN_BITS, negated: !filter.openNow };
    }
    if (filter.hasCapacity !== undefined) {
      conditions.hasCapacity = { set: this.capacitySet(), negated: !filter.hasCapacity };
    }
    if (filter.verifiedWithinMonths) {
      conditions.verified = { set: this.verifiedSet(filter.verifiedWithinMonths) };
    }
    return conditions;
  }

  /** The statement's name for the bit set of an active facet's filter (see `commonCtes`). */
  private static filterSetName(facet: ServiceFacet): string {
    return `filter_set_${facet.toLowerCase()}`;
  }

  /** The services kept by every filter but `except`'s, as a bit set. */
  private setWithout(except: ServiceFacet | null): BitSet {
    let set: BitSet = this.unfilteredBase ? this.statusSet : sql`(select set from base_set)`;
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
      return sql`select 'code'::text, ${prefix} || ':' || c.value, c.count from directory_facets_counts(${textArray([prefix])}, ${set}) c`;
    }
    if ((CODED_FLAGS as readonly string[]).includes(facet)) {
      return sql`select 'code'::text, 'f:' || ${facet}, ${bits.count(bits.and(set, bits.ofCodes([`f:${facet}`])))}`;
    }
    if (facet === 'openNow') {
      return sql`select 'openNow'::text, 'true'::text, ${bits.count(bits.and(set, OPEN_BITS))}`;
    }
    if (facet === 'hasCapacity') {
      // The filter's set when it is active (its own services' rows are read once), else worked out here.
      const capacity = this.facetFilters.hasCapacity
        ? sql.raw(`(select set from ${SearchPlan.filterSetName('hasCapacity')})`)
        : this.capacitySet();
      return sql`select 'hasCapacity'::text, 'true'::text, ${bits.count(bits.and(set, capacity))}`;
    }
    return sql`select 'verified'::text, b.months::text, directory_bits_count(directory_bits_and(s.set, b.set))
      from (select ${set} as set offset 0) s, (${sql.join(
        VERIFIED_BUCKETS.map((months) => sql`select ${months}::int as months, ${this.verifiedSet(months)} as set`),
        sql` union all `,
      )}) b`;
  }

  /** Parts every statement starts with: the number of bit blocks, "open now" and the filters' bit sets. */
  private commonCtes(): SQL {
    const ctes = [
      sql`search_blocks as (select (coalesce(max(${d.ordinal}), 0) >> 12) + 1 as blocks from ${d})`,
      // Who is open changes only between the five-minute slots of the weekly hours (and at local midnight).
      sql`open_set as materialized (select directory_search_set('open', floor(extract(epoch from now()) / 300)::bigint::text) as set)`,
      ...(Object.entries(this.facetFilters) as [ServiceFacet, FacetFilter][]).map(
        ([facet, filter]) =>
          sql`${sql.raw(SearchPlan.filterSetName(facet))} as materialized (select ${filter.set} as set)`,
      ),
    ];
    if (!this.unfilteredBase) {
      if (this.filter.q) {
        ctes.push(sql`words_set as materialized (select ${this.wordsSet(false)} as set)`);
      }
      if (this.hasPlace) {
        ctes.push(sql`place_rows as materialized (${this.placeRows()})`);
      }
      ctes.push(sql`base_set as materialized (select ${this.baseSet()} as set)`);
    }
    return sql.join(ctes, sql`, `);
  }

  /**
   * The page's rows in order: from the place's rows by distance, or tier by tier (see the class) in the sort's
   * index order, each tier walked or fetched (see `FETCH_COST_PER_SERVICE`).
   */
  private pageRows(page: number, pageSize: number, sort: SearchSort): { ctes: SQL; items: SQL } {
    const offset = (page - 1) * pageSize;
    const end = offset + pageSize;
    const results = sql`(select set from results_set)`;
    if (sort === 'distance' && this.point) {
      return {
        ctes: sql``,
        items: sql`select r.service_id as id, sec_to_gc(p.chord) / 1000.0 as distance_km from (
          select p.ordinal, p.chord from place_rows p where ${bits.has(sql`(select ${bits.flat(results)})`, sql`p.ordinal`)}
          order by p.chord, p.ordinal limit ${pageSize} offset ${offset}) p
          join ${d} r on r.ordinal = p.ordinal order by p.chord, p.ordinal`,
      };
    }
    const tiers: BitSet[] =
      sort === 'relevance' && this.filter.q
        ? [bits.and(results, this.wordsSet(true)), bits.andNot(results, sql`(select set from page_tier_0)`)]
        : [results];
    const keys =
      sort === 'verified'
        ? {
            select: sql`r.assured_date, r.sort_name, r.service_id`,
            order: sql`assured_date desc nulls last, sort_name, service_id`,
          }
        : { select: sql`r.sort_name, r.service_id`, order: sql`sort_name, service_id` };
    // In name order, a walk starts at the name range (`directory_name_ranges`) holding the tier's first wanted
    // result, with the tier's results in the ranges before it counted from their bits.
    const byName = sort !== 'verified';
    // The share of the name order a walk reads before its first result: half a range (or of the whole index).
    const rangeShare = byName ? sql`0.5 / (select count(*) from directory_name_ranges)` : sql`0.5`;
    const tierCtes = tiers.map((set, i) => {
      const tier = sql.raw(`page_tier_${i}`);
      const start = i === 0 ? sql`0` : sql`(select start + count from ${sql.raw(`page_tier_${i - 1}`)})`;
      // `offset 0` keeps the set computed once (a flattened subquery would repeat its expression per use).
      const tierCte = sql`, ${tier} as materialized (
  select x.*, case when x.wanted and x.walk then ${bits.flat(sql`x.set`)} end as flat from (
  select t.set, t.count, t.start, t.count > 0 and t.start < ${end} and t.start + t.count > ${offset} as wanted,
    ${SearchPlan.fetchCostPerService}::float8 * t.count >= (least(t.count, ${end} - t.start)::float8 / nullif(t.count, 0) + ${rangeShare}) * (select blocks from search_blocks) * 4096 as walk
  from (select s.set, directory_bits_count(s.set) as count, ${start} as start from (select ${set} as set offset 0) s offset 0) t) x)`;
      if (!byName) {
        return tierCte;
      }
      // A tier wanted from its first result (the first page, usually) starts at the first range with one of its
      // services, found range by range; a later one counts its services in every range.
      return sql`${tierCte}, ${sql.raw(`page_tier_${i}_from`)} as materialized (
  (select n.first_name, 0::bigint as before from directory_name_ranges n
   where (select wanted and walk and start >= ${offset} from ${tier}) and exists (
     select 1 from directory_facet_bits b where b.facet = 'o' and b.value = n.range::text
       and bit_count(b.bits & (select set from ${tier})[b.block + 1]) > 0)
   order by n.range limit 1)
  union all
  (select n.first_name, x.before from (
    select c.value::int as range, c.count, sum(c.count) over (order by c.value::int) - c.count as before
    from directory_facets_counts(array['o'], (select set from ${tier})) c
    where (select wanted and walk and start < ${offset} from ${tier})) x
  join directory_name_ranges n on n.range = x.range
  where x.before + x.count > ${offset} - (select start from ${tier})
  order by x.range limit 1))`;
    });
    const tierRows = tiers.map((_, i) => {
      const tier = sql.raw(`page_tier_${i}`);
      const from = sql.raw(`page_tier_${i}_from`);
      const set = sql`(select set from ${tier})`;
      const columns = (base: SQL) =>
        sql`r.service_id as id, ${this.distanceKm('r')} as distance_km, ${i}::int as tier, ${base} as base, ${keys.select}`;
      const walkFrom = byName ? sql` and r.sort_name >= (select first_name from ${from})` : sql``;
      const walkBase = byName
        ? sql`(select start from ${tier}) + (select before from ${from})`
        : sql`(select start from ${tier})`;
      return sql`(select ${columns(walkBase)} from ${d} r
   where (select wanted and walk from ${tier})${walkFrom} and ${bits.has(sql`(select flat from ${tier})`, sql`r.ordinal`)}
   order by ${keys.order} limit ${end})
  union all
  (select ${columns(sql`(select start from ${tier})`)} from ${d} r
   where (select wanted and not walk from ${tier}) and r.ordinal = any(array(select directory_bits_ordinals(${set})))
   order by ${keys.order} limit ${end})`;
    });
    return {
      ctes: sql.join(tierCtes, sql``),
      items: sql`select x.id, x.distance_km from (
  select t.id, t.distance_km, t.base + row_number() over (partition by t.tier order by ${keys.order}) as position
  from (${sql.join(tierRows, sql` union all `)}) t) x
  where x.position > ${offset} and x.position <= ${end}
  order by x.position`,
    };
  }

  /** The statement's parts up to the results: the common parts (see `commonCtes`) and `results_set`. */
  private resultsCtes(): SQL {
    return sql`${this.commonCtes()}, results_set as materialized (select ${this.setWithout(null)} as set)`;
  }

  /** Total and page. */
  pageStatement(page: number, pageSize: number, sort: SearchSort): SQL {
    const { ctes, items } = this.pageRows(page, pageSize, sort);
    return sql`
with ${this.resultsCtes()}${ctes}
select
  ${bits.count(sql`(select set from results_set)`)} as total,
  (select coalesce(json_agg(json_build_object('id', p.id, 'distanceKm', p.distance_km)), '[]'::json) from (${items}) p) as items`;
  }

  /**
   * The counts of every facet: inactive ones over the results, the active ones of `activeFromStatement` over the
   * services kept by every other filter (rows tagged `x:`).
   */
  countsStatement(activeFromStatement: ServiceFacet[]): SQL {
    const results = sql`(select set from results_set)`;
    const active = this.activeFacets;
    const listAndFlags = [
      ...Object.entries(LIST_FACETS)
        .filter(([facet]) => !active.includes(facet as ServiceFacet))
        .map(([, prefix]) => prefix),
      'f',
    ];
    const counts = [
      sql`select 'code'::text as facet, c.facet || ':' || c.value as value, c.count from directory_facets_counts(${textArray(listAndFlags)}, ${results}) c`,
      ...(['openNow', 'hasCapacity', 'verified'] as ServiceFacet[])
        .filter((facet) => !active.includes(facet))
        .map((facet) => this.countsOver(facet, results)),
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
with ${this.resultsCtes()}${sql.join(othersSets, sql``)}
select coalesce(json_agg(json_build_array(f.facet, f.value, f.count)), '[]'::json) as facets
from (${sql.join(counts, sql` union all `)}) f`;
  }

  /** A page of the unfiltered directory, straight from the name (or verification) index. */
  plainPageStatement(page: number, pageSize: number, sort: SearchSort): SQL {
    const order =
      sort === 'verified' ? sql`${s.assuredDate} desc nulls last, ${s.sortName}, ${s.id}` : sql`${s.sortName}, ${s.id}`;
    return sql`select ${s.id} as id, null::float8 as "distanceKm" from ${s} where ${s.status} = any(${textArray(this.statuses)}) order by ${order} limit ${pageSize} offset ${(page - 1) * pageSize}`;
  }

  /** Total and every facet's counts over the whole visible directory (no filter but the default statuses). */
  globalStatement(): SQL {
    const all = sql`(select set from all_set)`;
    const parts = [
      sql`select 'total'::text as facet, ''::text as value, ${bits.count(all)} as count`,
      sql`select 'code'::text, c.facet || ':' || c.value, c.count from directory_facets_counts(${textArray([...Object.values(LIST_FACETS), 'f'])}, ${all}) c`,
      this.countsOver('openNow', all),
      this.countsOver('hasCapacity', all),
      this.countsOver('verified', all),
    ];
    return sql`with ${this.commonCtes()}, all_set as materialized (select ${this.setWithout(null)} as set)
select json_agg(json_build_array(f.facet, f.value, f.count)) as facets from (${sql.join(parts, sql` union all `)}) f`;
  }
}

/** A cache key valid until this process next writes to the directory. */
const generationKey = (key: string) => `${directoryGeneration()}|${key}`;

function parseJson<T>(value: T | string): T {
  // node-postgres and PGlite parse json columns; stay safe if a driver hands back text.
  return typeof value === 'string' ? (JSON.parse(value) as T) : value;
}

/** Directory search in PostgreSQL: full text per language, trigrams, facet bit sets, earth distance. */
@Injectable()
export class DirectorySearchRepository {
  /**
   * Results derived from the whole directory, by this process's directory generation (a write here drops them)
   * and for at most `GLOBAL_COUNTS_TTL_MS` (writes elsewhere): the counts of the unfiltered directory per viewer
   * kind, which words of a search some service has, and the similar words of a misspelt one.
   */
  private readonly globalCounts = new LRUCache<string, { total: number; rows: CountRow[] }>({
    max: 1_000,
    ttl: GLOBAL_COUNTS_TTL_MS,
  });

  private readonly parsedWords = new LRUCache<string, SearchWords>({ max: 2_000 });
  private readonly knownWordsOf = new LRUCache<string, Set<string>>({ max: 2_000, ttl: GLOBAL_COUNTS_TTL_MS });
  private readonly similarWordsOf = new LRUCache<string, { words: SearchWords | null }>({
    max: 2_000,
    ttl: GLOBAL_COUNTS_TTL_MS,
  });

  constructor(@Inject(DATABASE_CONNECTION) private readonly connection: DatabaseConnection) {}

  async search(
    filter: ServiceSearchFilter,
    viewer: SearchViewer,
    page: number,
    pageSize: number,
    sort: SearchSort,
  ): Promise<SearchPage> {
    if (filter.q) {
      const words = await this.words(filter.q);
      // No service could have the words (from the words some service has, whatever its status): a misspelling?
      // Search with the similar words of names instead.
      if (words.tree && !couldMatch(words.tree, await this.knownWords(filter.q, words.tree))) {
        const similar = await this.similarWords(filter.q);
        if (similar) {
          return this.run(filter, viewer, page, pageSize, sort, similar);
        }
      }
      return this.run(filter, viewer, page, pageSize, sort, words);
    }
    return this.run(filter, viewer, page, pageSize, sort, null);
  }

  /**
   * The words parsed in every text-search configuration and de-duplicated (`tsquery` text), and their tree; kept
   * for the next search with the same words (parsing depends on the text-search dictionaries only).
   */
  private async words(q: string): Promise<SearchWords> {
    const cached = this.parsedWords.get(q);
    if (cached) {
      return cached;
    }
    const result = await this.connection.db.execute<{ q: string | null }>(
      sql`select (${multilingualQuery(q)})::text as q`,
    );
    const text = result.rows[0]?.q ?? '';
    const words = { text, tree: parseWordQuery(text) };
    this.parsedWords.set(q, words);
    return words;
  }

  /** Which of the words some service has (whatever its status). */
  private async knownWords(q: string, tree: WordQuery): Promise<Set<string>> {
    const key = generationKey(q);
    const cached = this.knownWordsOf.get(key);
    if (cached) {
      return cached;
    }
    const result = await this.connection.db.execute<{ value: string }>(
      sql`select distinct b.value from ${directoryFacetBits} b
          where b.facet = 'w' and b.value = any(${textArray(wordLexemes(tree))}) and bit_count(b.bits) > 0`,
    );
    const known = new Set(result.rows.map((r) => r.value));
    this.knownWordsOf.set(key, known);
    return known;
  }

  /**
   * For a search whose words no service has: each word becomes the similar words of names and organisations
   * (trigrams over the few thousand words of `directory_name_lexemes`, not over every name), all words required.
   */
  private async similarWords(q: string): Promise<SearchWords | null> {
    const key = generationKey(q);
    const cached = this.similarWordsOf.get(key);
    if (cached) {
      return cached.words;
    }
    const result = await this.connection.db.execute<{ q: string | null }>(sql`
select string_agg('(' || m.alternatives || ')', ' & ') as q from (
  select string_agg('''' || replace(replace(l.lexeme, '\\', '\\\\'), '''', '''''') || '''', ' | ') as alternatives
  from (select distinct word from unnest(tsvector_to_array(to_tsvector('simple', ${q}))) word) w
  join ${directoryNameLexemes} l on ${similarTo(sql`l.lexeme`, sql`w.word`, this.connection.driver)}
  group by w.word) m`);
    const text = result.rows[0]?.q;
    const words = text ? { text, tree: parseWordQuery(text) } : null;
    this.similarWordsOf.set(key, { words });
    return words;
  }

  private async run(
    filter: ServiceSearchFilter,
    viewer: SearchViewer,
    page: number,
    pageSize: number,
    sort: SearchSort,
    words: SearchWords | null,
  ): Promise<SearchPage> {
    const plan = new SearchPlan(filter, viewer, words);
    const active = plan.activeFacets;
    const global = plan.unfilteredBase && active.length <= 1 ? await this.global(viewer) : null;

    if (global && active.length === 0) {
      // The whole directory: counts from the cache, the page from the index.
      const items = await this.connection.db.execute<{ id: string; distanceKm: null }>(
        plan.plainPageStatement(page, pageSize, sort),
      );
      return { total: global.total, items: items.rows, facets: Promise.resolve(toCounts(global.rows)) };
    }

    // Active facets count under the other filters: from the cache when there are no others.
    const fromCache = global ? active : [];
    const queried = active.filter((f) => !fromCache.includes(f));
    // The counts and the page are independent reads: two statements on two connections of the pool, at once.
    const facets = this.connection.db
      .execute<{ facets: CountRow[] | string }>(plan.countsStatement(queried))
      .then((result) => {
        const rows = parseJson(result.rows[0]!.facets);
        const isActiveRow = (r: CountRow) => r[0].startsWith(ACTIVE_TAG);
        const fromResults = toCounts(rows.filter((r) => !isActiveRow(r)));
        const fromActive = toCounts(
          rows
            .filter(isActiveRow)
            .map(([facet, value, count]): CountRow => [facet.slice(ACTIVE_TAG.length) as CountRow[0], value, count]),
        );
        const fromGlobal = global ? toCounts(global.rows) : null;
        const counts = emptyCounts();
        for (const facet of FACETS) {
          counts[facet] = !active.includes(facet)
            ? fromResults[facet]
            : fromCache.includes(facet)
              ? fromGlobal![facet]
              : fromActive[facet];
        }
        return counts;
      });
    // The caller awaits the counts once the page is in; until then a failure of theirs is not "unhandled".
    facets.catch(() => undefined);
    const result = await this.connection.db.execute<{ total: number; items: SearchPage['items'] | string }>(
      plan.pageStatement(page, pageSize, sort),
    );
    const row = result.rows[0]!;
    return { total: row.total, items: parseJson(row.items), facets };
  }

  private async global(viewer: SearchViewer) {
    const key = generationKey(`${viewer.signedIn}|${viewer.coordinator}|${viewer.organisationId ?? ''}`);
    const cached = this.globalCounts.get(key);
    if (cached) {
      return cached;
    }
    const plain = new SearchPlan({}, viewer);
    const result = await this.connection.db.execute<{ facets: CountRow[] | string | null }>(plain.globalStatement());
    const rows = parseJson(result.rows[0]?.facets ?? []) ?? [];
    const entry = {
      total: rows.find(([facet]) => (facet as string) === 'total')?.[2] ?? 0,
      rows: rows.filter(([facet]) => (facet as string) !== 'total'),
    };
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
