import { type AnyColumn, sql, type SQL } from 'drizzle-orm';
import { type DatabaseDriver } from './database';

/**
 * PostgreSQL text-search configuration for an ISO 639-1 language, so that words are stemmed the way that
 * language inflects them; languages PostgreSQL has no stemmer for use `simple` (lower-casing only).
 * All of these ship with PostgreSQL 15+ and PGlite.
 */
const CONFIG_BY_LANGUAGE: Record<string, string> = {
  ar: 'arabic',
  hy: 'armenian',
  eu: 'basque',
  ca: 'catalan',
  da: 'danish',
  nl: 'dutch',
  en: 'english',
  fi: 'finnish',
  fr: 'french',
  de: 'german',
  el: 'greek',
  hi: 'hindi',
  hu: 'hungarian',
  id: 'indonesian',
  ga: 'irish',
  it: 'italian',
  lt: 'lithuanian',
  ne: 'nepali',
  no: 'norwegian',
  nb: 'norwegian',
  nn: 'norwegian',
  pt: 'portuguese',
  ro: 'romanian',
  ru: 'russian',
  sr: 'serbian',
  es: 'spanish',
  sv: 'swedish',
  ta: 'tamil',
  tr: 'turkish',
  yi: 'yiddish',
};

export function textSearchConfig(language: string): string {
  return CONFIG_BY_LANGUAGE[language] ?? 'simple';
}

/** Every configuration a query is parsed with, so that a query in any of these languages finds its stems. */
export const QUERY_CONFIGS = ['simple', ...new Set(Object.values(CONFIG_BY_LANGUAGE))];

/** `to_tsvector` of a text in its language, with a weight (A most important … D least). */
export function weightedVector(text: string, language: string, weight: 'A' | 'B' | 'C' | 'D'): SQL {
  return sql`setweight(to_tsvector(${textSearchConfig(language)}::regconfig, ${text}), ${weight})`;
}

/**
 * A query parsed in every configuration and OR-ed: matches a document in whichever language it is. Most
 * configurations parse a word to the same lexemes, so the parts are de-duplicated first: the query stays a few
 * lexemes long, which keeps matching and ranking cheap. A scalar subquery, so it is parsed once per statement.
 */
export function multilingualQuery(query: string): SQL {
  const parts = QUERY_CONFIGS.map((config) => sql`websearch_to_tsquery(${config}::regconfig, ${query})`);
  return sql`(select coalesce(string_agg(distinct '(' || part::text || ')', ' | ')::tsquery, ''::tsquery) from unnest(array[${sql.join(parts, sql`, `)}]) part where numnode(part) > 0)`;
}

/** Trigram similarity (pg_trgm) at or above which a name matches a query without a word in common: typos. */
export const NAME_SIMILARITY_THRESHOLD = 0.3;

/**
 * `column` is similar to `query` (pg_trgm). On a PostgreSQL server this is the `%` operator, which the GIN
 * trigram index serves. The embedded PGlite 0.5 has been seen to spin for good inside `%` (similarity_op),
 * so there the same test is written with `similarity()`, which scans but is safe; the embedded database holds
 * demo-sized directories.
 */
export function similarTo(column: SQL | AnyColumn, query: string | SQL, driver: DatabaseDriver): SQL {
  return driver === 'postgres'
    ? sql`${column} % ${query}`
    : sql`similarity(${column}, ${query}) >= ${NAME_SIMILARITY_THRESHOLD}`;
}
