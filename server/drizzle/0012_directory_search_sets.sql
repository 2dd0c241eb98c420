CREATE TABLE "directory_name_ranges" (
	"range" integer PRIMARY KEY NOT NULL,
	"first_name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "directory_search_sets" (
	"name" text PRIMARY KEY NOT NULL,
	"version" bigint NOT NULL,
	"valid_for" text NOT NULL,
	"set" bit varying[] NOT NULL
);
--> statement-breakpoint
CREATE TABLE "directory_search_version" (
	"id" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"version" bigint NOT NULL,
	"name_ranges_for" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "directory_search_version" ADD CONSTRAINT "directory_search_version_single_row" CHECK ("id");--> statement-breakpoint
INSERT INTO "directory_search_version" ("id", "version") VALUES (true, 0);--> statement-breakpoint
-- Every statement that changes search rows raises the version (in its transaction, so a search sees the
-- version of the rows it reads).
CREATE FUNCTION directory_search_version_raise() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE directory_search_version SET version = version + 1;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER directory_search_rows_version AFTER INSERT OR UPDATE OR DELETE ON directory_search_rows
  FOR EACH STATEMENT EXECUTE FUNCTION directory_search_version_raise();--> statement-breakpoint
-- A set derived from the whole index, from `directory_search_sets` when it was worked out for this version and
-- `p_valid_for` (the five-minute slot of "open now", the first day of "verified since"), else worked out and kept.
CREATE FUNCTION directory_search_set(p_name text, p_valid_for text)
RETURNS varbit[] LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  current_version bigint;
  result varbit[];
  blocks integer;
BEGIN
  SELECT v.version INTO current_version FROM directory_search_version v;
  SELECT s.set INTO result FROM directory_search_sets s
  WHERE s.name = p_name AND s.version = current_version AND s.valid_for = p_valid_for;
  IF FOUND THEN
    RETURN result;
  END IF;
  SELECT (coalesce(max(r.ordinal), 0) >> 12) + 1 INTO blocks FROM directory_search_rows r;
  IF p_name = 'open' THEN
    result := directory_open_bits(now(), blocks);
  ELSIF p_name LIKE 'verified:%' THEN
    result := directory_bits_from_codes(
      ARRAY(SELECT DISTINCT c.facet || ':' || c.value FROM directory_verified_codes(p_valid_for::date) c), blocks);
  ELSE
    RAISE EXCEPTION 'unknown search set %', p_name;
  END IF;
  INSERT INTO directory_search_sets AS s (name, version, valid_for, set)
  VALUES (p_name, current_version, p_valid_for, result)
  ON CONFLICT (name) DO UPDATE SET version = excluded.version, valid_for = excluded.valid_for, set = excluded.set
  WHERE s.version <= excluded.version;
  RETURN result;
END $$;--> statement-breakpoint
DROP FUNCTION directory_verified_count(varbit[], date);
--> statement-breakpoint
-- The services having all the codes of at least one alternative (`[["w:la", "w:strada"], ["w:strad"]]`): the
-- words of a search in one statement, one index lookup per word of each alternative.
CREATE FUNCTION directory_bits_from_alternatives(p_alternatives jsonb, p_blocks integer)
RETURNS varbit[] LANGUAGE sql STABLE PARALLEL SAFE AS $$
  WITH codes AS (
    SELECT a.i, c.code, jsonb_array_length(a.codes) AS n
    FROM jsonb_array_elements(p_alternatives) WITH ORDINALITY a(codes, i), jsonb_array_elements_text(a.codes) c(code)
  ), conjunctions AS (
    SELECT x.i, b.block, bit_and(b.bits) AS bits
    FROM codes x JOIN directory_facet_bits b ON b.facet = left(x.code, 1) AND b.value = substr(x.code, 3)
    GROUP BY x.i, x.n, b.block HAVING count(*) = x.n
  )
  SELECT coalesce(array_agg(coalesce(m.bits, B'0'::bit(4096)::varbit) ORDER BY g), '{}')
  FROM generate_series(0, p_blocks - 1) g
  LEFT JOIN (SELECT c.block, bit_or(c.bits) AS bits FROM conjunctions c GROUP BY c.block) m ON m.block = g
$$;
--> statement-breakpoint
-- How many services of the set have each value of several facets (values with none left out), in one scan of
-- their bits; blocks where the set has no service are skipped. PL/pgSQL planned for its arguments each call
-- (`force_custom_plan`): with them unknown, the planner takes the word bits (most rows) for facets' and scans.
CREATE FUNCTION directory_facets_counts(p_facets text[], p_set varbit[])
RETURNS TABLE (facet text, value text, count integer) LANGUAGE plpgsql STABLE PARALLEL SAFE
SET plan_cache_mode = force_custom_plan AS $$
BEGIN
  RETURN QUERY
  SELECT c.facet, c.value, c.count FROM (
    SELECT b.facet, b.value, sum(bit_count(b.bits & p_set[b.block + 1]))::int AS count
    FROM directory_facet_bits b
    WHERE b.facet = ANY(p_facets)
      AND b.block = ANY(ARRAY(SELECT i - 1 FROM generate_subscripts(p_set, 1) i WHERE bit_count(p_set[i]) > 0))
    GROUP BY b.facet, b.value
  ) c WHERE c.count > 0;
END $$;
--> statement-breakpoint
DROP FUNCTION directory_facet_counts(text, varbit[]);
--> statement-breakpoint
-- The positions' GiST indexes carry the ordinal: a search within a radius reads no rows.
DROP INDEX "directory_search_rows_earth_public_idx";--> statement-breakpoint
CREATE INDEX "directory_search_rows_earth_public_idx" ON "directory_search_rows" USING gist ("earth_public") INCLUDE ("ordinal");--> statement-breakpoint
DROP INDEX "directory_search_rows_earth_members_idx";--> statement-breakpoint
CREATE INDEX "directory_search_rows_earth_members_idx" ON "directory_search_rows" USING gist ("earth_members") INCLUDE ("ordinal");
--> statement-breakpoint
-- Name ranges (see the schema): one range until the directory has 1,024 services.
INSERT INTO directory_name_ranges (range, first_name) VALUES (0, '');--> statement-breakpoint
CREATE INDEX directory_name_ranges_first_name_idx ON directory_name_ranges (first_name);--> statement-breakpoint
-- The range of a name: the last range whose first name is not after it (in the column's collation, as the index).
CREATE FUNCTION directory_name_range(p_name text)
RETURNS integer LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT r.range FROM directory_name_ranges r WHERE r.first_name <= p_name ORDER BY r.first_name DESC, r.range DESC LIMIT 1
$$;--> statement-breakpoint
-- A search row's codes with bits: its facet codes, its words (`w:`), its names' words (`n:`) and its name range.
CREATE FUNCTION directory_bit_codes(p_codes text[], p_search tsvector, p_title tsvector, p_sort_name text)
RETURNS text[] LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT directory_bit_codes(p_codes, p_search, p_title) || ('o:' || directory_name_range(p_sort_name))
$$;--> statement-breakpoint
-- The name ranges worked out again from the names there are (about `p_ranges` ranges of as many services), and
-- the bits of `o:` rebuilt; run by the triggers each time the directory has doubled since the last time.
CREATE FUNCTION directory_name_ranges_refresh(p_ranges integer)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(72416010);
  DELETE FROM directory_name_ranges;
  INSERT INTO directory_name_ranges (range, first_name)
  SELECT row_number() OVER (ORDER BY b.first_name) - 1, b.first_name FROM (
    SELECT '' AS first_name
    UNION
    SELECT min(t.sort_name) FROM (
      SELECT r.sort_name, ntile(p_ranges) OVER (ORDER BY r.sort_name) AS tile FROM directory_search_rows r
    ) t WHERE t.tile > 1 GROUP BY t.tile
  ) b;
  DELETE FROM directory_facet_bits WHERE facet = 'o';
  INSERT INTO directory_facet_bits (facet, value, block, bits)
  SELECT 'o', directory_name_range(r.sort_name)::text, r.ordinal >> 12, bit_or(set_bit(B'0'::bit(4096), r.ordinal & 4095, 1))
  FROM directory_search_rows r
  GROUP BY 2, 3 ORDER BY 2, 3;
  UPDATE directory_search_version SET name_ranges_for = (SELECT count(*) FROM directory_search_rows);
END $$;--> statement-breakpoint
-- As in migration 0011, with the name ranges; and the name ranges worked out again when the directory has doubled.
CREATE OR REPLACE FUNCTION directory_facet_bits_sync() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  services integer;
BEGIN
  PERFORM pg_advisory_xact_lock(72416010);
  IF TG_OP = 'DELETE' THEN
    INSERT INTO directory_facet_bits (facet, value, block, bits)
    SELECT left(c, 1), substr(c, 3), o.ordinal >> 12, bit_or(set_bit(B'0'::bit(4096), o.ordinal & 4095, 1))
    FROM old_rows o, unnest(directory_bit_codes(o.codes, o.search_vector, o.title_vector, o.sort_name)) c
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (facet, value, block) DO UPDATE SET bits = directory_facet_bits.bits & ~excluded.bits;
  ELSIF TG_OP = 'UPDATE' THEN
    WITH changed AS (
      SELECT n.ordinal, directory_bit_codes(o.codes, o.search_vector, o.title_vector, o.sort_name) AS old_codes,
        directory_bit_codes(n.codes, n.search_vector, n.title_vector, n.sort_name) AS new_codes
      FROM old_rows o JOIN new_rows n ON n.ordinal = o.ordinal
    ), cleared AS (
      INSERT INTO directory_facet_bits (facet, value, block, bits)
      SELECT left(c, 1), substr(c, 3), x.ordinal >> 12, bit_or(set_bit(B'0'::bit(4096), x.ordinal & 4095, 1))
      FROM changed x, unnest(x.old_codes) c
      WHERE NOT c = ANY(x.new_codes)
      GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
      ON CONFLICT (facet, value, block) DO UPDATE SET bits = directory_facet_bits.bits & ~excluded.bits
    )
    INSERT INTO directory_facet_bits (facet, value, block, bits)
    SELECT left(c, 1), substr(c, 3), x.ordinal >> 12, bit_or(set_bit(B'0'::bit(4096), x.ordinal & 4095, 1))
    FROM changed x, unnest(x.new_codes) c
    WHERE NOT c = ANY(x.old_codes)
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (facet, value, block) DO UPDATE SET bits = directory_facet_bits.bits | excluded.bits;
  ELSE
    INSERT INTO directory_facet_bits (facet, value, block, bits)
    SELECT left(c, 1), substr(c, 3), n.ordinal >> 12, bit_or(set_bit(B'0'::bit(4096), n.ordinal & 4095, 1))
    FROM new_rows n, unnest(directory_bit_codes(n.codes, n.search_vector, n.title_vector, n.sort_name)) c
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (facet, value, block) DO UPDATE SET bits = directory_facet_bits.bits | excluded.bits;
    SELECT coalesce(max(r.ordinal), -1) + 1 INTO services FROM directory_search_rows r;
    IF services >= 1024 AND services >= 2 * (SELECT v.name_ranges_for FROM directory_search_version v) THEN
      PERFORM directory_name_ranges_refresh(32);
    END IF;
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
-- The services already there.
SELECT directory_name_ranges_refresh(CASE WHEN (SELECT count(*) FROM directory_search_rows) >= 1024 THEN 32 ELSE 1 END);
--> statement-breakpoint
-- Room in each page for the new version of a row of bits, so that updating bits stays in the page (HOT).
ALTER TABLE directory_facet_bits SET (fillfactor = 70);
