import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import { type PgTable } from 'drizzle-orm/pg-core';

export interface RecordsetInsertOptions {
  /**
   * Columns (by property name) whose value is computed in SQL rather than read from the row; the SQL may use
   * the recordset row as `r` and whatever `join` brings in.
   */
  computed?: Record<string, SQL>;
  /** Fields of the rows that are not columns but feed `computed`: field name → SQL type. */
  extra?: Record<string, string>;
  /** FROM items after the recordset, e.g. `left join organisations o on o.id = r.organisation_id`. */
  join?: SQL;
  /** `on conflict … do …`, written against `excluded` and the table. */
  onConflict?: SQL;
}

function jsonValue(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value;
}

/**
 * `INSERT … SELECT … FROM jsonb_to_recordset($1)`: many rows through a single bound parameter, the rows as one
 * JSON array. A multi-row VALUES list binds every cell separately, and building such a statement costs Drizzle
 * tens of microseconds a cell (and PGlite about as much again to decode the parameters): bulk loads of
 * thousands of rows spent most of their time there. Rows are objects keyed by the table's property names
 * (camelCase) plus the `extra` fields; a column missing from every row is left to its default, one missing
 * from some rows is null in those. Dates become ISO strings; JSON arrays become PostgreSQL arrays.
 */
export function recordsetInsert(
  table: PgTable,
  rows: readonly Record<string, unknown>[],
  options: RecordsetInsertOptions = {},
): SQL {
  const columns = getTableColumns(table);
  const computed = options.computed ?? {};
  const extra = Object.entries(options.extra ?? {});
  const keys = [...new Set(rows.flatMap((row) => Object.keys(row)))].filter((k) => k in columns && !(k in computed));
  const payload = rows.map((row) => {
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      out[columns[key]!.name] = jsonValue(row[key] ?? null);
    }
    for (const [field] of extra) {
      out[field] = jsonValue(row[field] ?? null);
    }
    return out;
  });
  const definitions = [
    ...keys.map((k) => `"${columns[k]!.name}" ${columns[k]!.getSQLType()}`),
    ...extra.map(([field, type]) => `"${field}" ${type}`),
  ].join(', ');
  const targets = [...keys, ...Object.keys(computed)].map((k) => `"${columns[k]!.name}"`).join(', ');
  const select = sql.join(
    [...keys.map((k) => sql.raw(`r."${columns[k]!.name}"`)), ...Object.values(computed)],
    sql`, `,
  );
  return sql`insert into ${table} (${sql.raw(targets)}) select ${select} from jsonb_to_recordset(${JSON.stringify(payload)}::jsonb) as r(${sql.raw(definitions)}) ${options.join ?? sql``} ${options.onConflict ?? sql``}`;
}

/**
 * A search vector from recordset field `field`: a JSON array of `[config, text, weight]` parts (at most `parts`
 * of them), each stemmed with its own text-search configuration and weighted, concatenated in order as
 * `a || b || …` does. A part whose text is null takes `nullText` (an SQL expression) instead.
 */
export function vectorFromParts(field: string, parts: number, nullText = "''"): SQL {
  const part = (i: number) =>
    `case when jsonb_array_length(r.${field}) > ${i} then setweight(to_tsvector((r.${field}->${i}->>0)::regconfig, coalesce(r.${field}->${i}->>1, ${nullText}, '')), (r.${field}->${i}->>2)::"char") else ''::tsvector end`;
  return sql.raw(parts === 0 ? "''::tsvector" : Array.from({ length: parts }, (_, i) => part(i)).join(' || '));
}

/** `column = any($1::uuid[])` with all the ids in one parameter. */
export function anyUuid(column: SQL | { name: string }, ids: readonly string[]): SQL {
  return sql`${column} = any(${`{${ids.join(',')}}`}::uuid[])`;
}

/** A text array literal with each value bound as its own parameter: `array[$1, $2]::text[]`. */
export function textArray(values: readonly string[]): SQL {
  return sql`array[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;
}
