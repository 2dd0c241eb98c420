CREATE TABLE "directory_facet_bits" (
	"facet" text NOT NULL,
	"value" text NOT NULL,
	"block" integer NOT NULL,
	"bits" bit varying NOT NULL,
	CONSTRAINT "directory_facet_bits_facet_value_block_pk" PRIMARY KEY("facet","value","block")
);
--> statement-breakpoint
CREATE TABLE "directory_hour_patterns" (
	"code" text PRIMARY KEY NOT NULL,
	"open_week" bit(2016) NOT NULL,
	"time_zone" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "directory_name_lexemes" (
	"lexeme" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE "directory_search_rows" (
	"service_id" uuid PRIMARY KEY NOT NULL,
	"ordinal" integer GENERATED ALWAYS AS IDENTITY (sequence name "directory_search_rows_ordinal_seq" INCREMENT BY 1 MINVALUE 0 MAXVALUE 2147483647 START WITH 0 CACHE 1),
	"organisation_id" uuid NOT NULL,
	"status" varchar(24) NOT NULL,
	"codes" text[] NOT NULL,
	"sort_name" text NOT NULL,
	"title_vector" "tsvector",
	"search_vector" "tsvector",
	"city_key" text NOT NULL,
	"region_key" text,
	"earth_public" "cube",
	"earth_members" "cube",
	"assured_date" date,
	"hours_code" text,
	"hours_have_dates" boolean NOT NULL,
	"closed_on" datemultirange,
	"time_zone" text NOT NULL,
	CONSTRAINT "directory_search_rows_ordinal_unique" UNIQUE("ordinal")
);
--> statement-breakpoint
ALTER TABLE "directory_search_rows" ADD CONSTRAINT "directory_search_rows_service_id_directory_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."directory_services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "directory_name_lexemes_trgm_idx" ON "directory_name_lexemes" USING gin ("lexeme" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "directory_search_rows_search_idx" ON "directory_search_rows" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "directory_search_rows_name_trgm_idx" ON "directory_search_rows" USING gin ("sort_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "directory_search_rows_codes_idx" ON "directory_search_rows" USING gin ("codes");--> statement-breakpoint
CREATE INDEX "directory_search_rows_earth_public_idx" ON "directory_search_rows" USING gist ("earth_public");--> statement-breakpoint
CREATE INDEX "directory_search_rows_earth_members_idx" ON "directory_search_rows" USING gist ("earth_members");--> statement-breakpoint
CREATE INDEX "directory_search_rows_closed_idx" ON "directory_search_rows" USING gist ("closed_on");--> statement-breakpoint
CREATE INDEX "directory_search_rows_city_idx" ON "directory_search_rows" USING btree ("city_key");--> statement-breakpoint
CREATE INDEX "directory_search_rows_region_idx" ON "directory_search_rows" USING btree ("region_key");--> statement-breakpoint
CREATE INDEX "directory_search_rows_assured_idx" ON "directory_search_rows" USING btree ("assured_date");--> statement-breakpoint
CREATE INDEX "directory_search_rows_organisation_idx" ON "directory_search_rows" USING btree ("organisation_id");--> statement-breakpoint
-- When a search row passes 2 KB (long descriptions), its search vector goes out of line (TOAST) and the row is
-- cut to 128 bytes; the other columns are never compressed or moved (reading them must not cost a TOAST fetch).
ALTER TABLE "directory_search_rows" SET (toast_tuple_target = 128);--> statement-breakpoint
ALTER TABLE "directory_search_rows" ALTER COLUMN "search_vector" SET STORAGE EXTERNAL;--> statement-breakpoint
ALTER TABLE "directory_search_rows" ALTER COLUMN "codes" SET STORAGE PLAIN;--> statement-breakpoint
ALTER TABLE "directory_search_rows" ALTER COLUMN "sort_name" SET STORAGE PLAIN;--> statement-breakpoint
ALTER TABLE "directory_search_rows" ALTER COLUMN "title_vector" SET STORAGE PLAIN;--> statement-breakpoint
ALTER TABLE "directory_search_rows" ALTER COLUMN "earth_public" SET STORAGE PLAIN;--> statement-breakpoint
ALTER TABLE "directory_search_rows" ALTER COLUMN "earth_members" SET STORAGE PLAIN;--> statement-breakpoint
ALTER TABLE "directory_search_rows" ALTER COLUMN "closed_on" SET STORAGE PLAIN;--> statement-breakpoint
ALTER TABLE "directory_search_rows" ALTER COLUMN "city_key" SET STORAGE PLAIN;--> statement-breakpoint
ALTER TABLE "directory_search_rows" ALTER COLUMN "hours_code" SET STORAGE PLAIN;--> statement-breakpoint
-- Bit sets are arrays of 4,096-bit blocks, block n holding the ordinals n * 4096 … n * 4096 + 4095.
CREATE FUNCTION directory_bits_from_ordinals(p_ordinals integer[], p_blocks integer)
RETURNS varbit[] LANGUAGE sql STABLE PARALLEL SAFE AS $$
  -- 64-bit words first (integer arithmetic per ordinal), then each touched block written out once.
  WITH words AS (
    SELECT o >> 6 AS word, bit_or(1::int8 << (63 - (o & 63))) AS mask FROM unnest(p_ordinals) o GROUP BY 1
  ), blocks AS (
    SELECT b.block, string_agg(coalesce(w.mask, 0)::bit(64)::text, '' ORDER BY i)::varbit AS bits
    FROM (SELECT DISTINCT word >> 6 AS block FROM words) b
    CROSS JOIN generate_series(0, 63) i
    LEFT JOIN words w ON w.word = b.block * 64 + i
    GROUP BY b.block
  )
  SELECT coalesce(array_agg(coalesce(m.bits, B'0'::bit(4096)::varbit) ORDER BY g), '{}')
  FROM generate_series(0, p_blocks - 1) g LEFT JOIN blocks m ON m.block = g
$$;--> statement-breakpoint
-- The services having any of the codes (`c:FR`…).
CREATE FUNCTION directory_bits_from_codes(p_codes text[], p_blocks integer)
RETURNS varbit[] LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(coalesce(m.bits, B'0'::bit(4096)::varbit) ORDER BY g), '{}')
  FROM generate_series(0, p_blocks - 1) g
  LEFT JOIN (SELECT b.block, bit_or(b.bits) AS bits
             FROM directory_facet_bits b JOIN unnest(p_codes) c ON b.facet = left(c, 1) AND b.value = substr(c, 3)
             GROUP BY 1) m ON m.block = g
$$;--> statement-breakpoint
CREATE FUNCTION directory_bits_and(a varbit[], b varbit[])
RETURNS varbit[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(a[i] & b[i] ORDER BY i), '{}') FROM generate_subscripts(a, 1) i
$$;--> statement-breakpoint
CREATE FUNCTION directory_bits_or(a varbit[], b varbit[])
RETURNS varbit[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(a[i] | b[i] ORDER BY i), '{}') FROM generate_subscripts(a, 1) i
$$;--> statement-breakpoint
CREATE FUNCTION directory_bits_and_not(a varbit[], b varbit[])
RETURNS varbit[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(a[i] & ~b[i] ORDER BY i), '{}') FROM generate_subscripts(a, 1) i
$$;--> statement-breakpoint
CREATE FUNCTION directory_bits_count(a varbit[])
RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(sum(bit_count(x)), 0)::int FROM unnest(a) x
$$;--> statement-breakpoint
-- How many services of the set have each value of one facet (values with none left out).
CREATE FUNCTION directory_facet_counts(p_facet text, p_set varbit[])
RETURNS TABLE (value text, count integer) LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT c.value, c.count FROM (
    SELECT b.value, sum(bit_count(b.bits & p_set[b.block + 1]))::int AS count
    FROM directory_facet_bits b
    WHERE b.facet = p_facet AND b.block < cardinality(p_set)
    GROUP BY b.value
  ) c WHERE c.count > 0
$$;--> statement-breakpoint
CREATE FUNCTION directory_hours_code(p_open_week bit(2016), p_time_zone text)
RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT 'h:' || left(md5(p_open_week::text || '/' || p_time_zone), 16)
$$;--> statement-breakpoint
-- The hour patterns open at a moment, each in its own time zone (slot 0 = Monday 00:00 local).
CREATE FUNCTION directory_open_patterns(p_at timestamptz)
RETURNS TABLE (code text) LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT p.code
  FROM directory_hour_patterns p
  JOIN (SELECT z, extract(epoch FROM (p_at AT TIME ZONE z))::bigint AS e
        FROM (SELECT DISTINCT time_zone AS z FROM directory_hour_patterns) zones) t ON t.z = p.time_zone
  WHERE get_bit(p.open_week, ((t.e / 300 + 3 * 288) % 2016)::int) = 1
$$;--> statement-breakpoint
-- Services closed on their local date at a moment (exceptions such as public holidays).
CREATE FUNCTION directory_closed_ordinals(p_at timestamptz)
RETURNS TABLE (ordinal integer) LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT r.ordinal FROM directory_search_rows r
  WHERE r.closed_on && datemultirange(daterange((p_at AT TIME ZONE 'UTC')::date - 1, (p_at AT TIME ZONE 'UTC')::date + 2))
    AND r.closed_on @> (p_at AT TIME ZONE r.time_zone)::date
$$;--> statement-breakpoint
-- Services with dated opening rows that are open at a moment (checked row by row; they are few).
CREATE FUNCTION directory_dated_open_ordinals(p_at timestamptz)
RETURNS TABLE (ordinal integer) LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT r.ordinal FROM directory_search_rows r
  WHERE r.codes @> ARRAY['h:dated'] AND r.status = 'active' AND directory_open_at(r.service_id, false, r.time_zone, p_at)
$$;--> statement-breakpoint
-- Every service open at a moment, as a bit set: active, not closed that day, and 24/7, or its weekly hours
-- open, or its dated hours open.
CREATE FUNCTION directory_open_bits(p_at timestamptz, p_blocks integer)
RETURNS varbit[] LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT directory_bits_and_not(
    directory_bits_and(
      directory_bits_from_codes(ARRAY['s:active'], p_blocks),
      directory_bits_or(
        directory_bits_from_codes(ARRAY['f:open247'] || ARRAY(SELECT code FROM directory_open_patterns(p_at)), p_blocks),
        directory_bits_from_ordinals(ARRAY(SELECT ordinal FROM directory_dated_open_ordinals(p_at)), p_blocks))),
    directory_bits_from_ordinals(ARRAY(SELECT ordinal FROM directory_closed_ordinals(p_at)), p_blocks))
$$;--> statement-breakpoint
-- A service's search row, from its record.
CREATE FUNCTION directory_search_row(s directory_services)
RETURNS TABLE (
  service_id uuid, organisation_id uuid, status varchar, codes text[], sort_name text, title_vector tsvector,
  search_vector tsvector, city_key text, region_key text, earth_public cube, earth_members cube, assured_date date,
  hours_code text, hours_have_dates boolean, closed_on datemultirange, time_zone text
) LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT s.id, s.organisation_id, s.status,
    s.facet_codes || ARRAY['s:' || s.status]
      || CASE WHEN coalesce(s.capacity_available, 0) > 0 THEN ARRAY['k:' || coalesce(s.visibility->>'capacity', 'public')] ELSE '{}'::text[] END
      || CASE WHEN s.assured_date IS NOT NULL THEN ARRAY['v:' || to_char(s.assured_date, 'YYYY-MM')] ELSE '{}'::text[] END
      || CASE WHEN s.hours_have_dates THEN ARRAY['h:dated']
              WHEN s.open_week IS NOT NULL THEN ARRAY[directory_hours_code(s.open_week, s.time_zone)]
              ELSE '{}'::text[] END,
    s.sort_name, ts_filter(s.search_vector, '{a,b}'), s.search_vector, lower(s.city), lower(s.region),
    s.earth_public, s.earth_members, s.assured_date,
    CASE WHEN NOT s.hours_have_dates AND s.open_week IS NOT NULL THEN directory_hours_code(s.open_week, s.time_zone) END,
    s.hours_have_dates, s.closed_on, s.time_zone
$$;--> statement-breakpoint
-- Keeps the search rows (and the hour patterns) in step with the records changed by a statement.
CREATE FUNCTION directory_search_rows_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Writers of the search index take turns (until they commit): two transactions setting bits of the same
  -- blocks in several statements each would otherwise deadlock. Directory writes are rare and short.
  PERFORM pg_advisory_xact_lock(72416010);
  INSERT INTO directory_hour_patterns (code, open_week, time_zone)
  SELECT DISTINCT directory_hours_code(n.open_week, n.time_zone), n.open_week, n.time_zone
  FROM changed_services n WHERE n.open_week IS NOT NULL AND NOT n.hours_have_dates
  ON CONFLICT (code) DO NOTHING;

  UPDATE directory_search_rows r SET
    organisation_id = v.organisation_id, status = v.status, codes = v.codes, sort_name = v.sort_name,
    title_vector = v.title_vector, search_vector = v.search_vector, city_key = v.city_key, region_key = v.region_key,
    earth_public = v.earth_public, earth_members = v.earth_members, assured_date = v.assured_date,
    hours_code = v.hours_code, hours_have_dates = v.hours_have_dates, closed_on = v.closed_on, time_zone = v.time_zone
  FROM (SELECT x.* FROM changed_services n, directory_search_row(n) x) v
  WHERE r.service_id = v.service_id
    AND (r.organisation_id, r.status, r.codes, r.sort_name, r.title_vector, r.search_vector, r.city_key, r.region_key,
         r.earth_public, r.earth_members, r.assured_date, r.hours_code, r.hours_have_dates, r.closed_on, r.time_zone)
        IS DISTINCT FROM
        (v.organisation_id, v.status, v.codes, v.sort_name, v.title_vector, v.search_vector, v.city_key, v.region_key,
         v.earth_public, v.earth_members, v.assured_date, v.hours_code, v.hours_have_dates, v.closed_on, v.time_zone);

  INSERT INTO directory_search_rows (service_id, organisation_id, status, codes, sort_name, title_vector,
    search_vector, city_key, region_key, earth_public, earth_members, assured_date, hours_code, hours_have_dates,
    closed_on, time_zone)
  SELECT v.* FROM (SELECT x.* FROM changed_services n, directory_search_row(n) x) v
  WHERE NOT EXISTS (SELECT 1 FROM directory_search_rows r WHERE r.service_id = v.service_id)
  ORDER BY v.sort_name, v.service_id;

  INSERT INTO directory_name_lexemes (lexeme)
  SELECT DISTINCT l.lexeme FROM changed_services n, unnest(ts_filter(n.search_vector, '{a,b}')) l
  ORDER BY 1
  ON CONFLICT (lexeme) DO NOTHING;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER directory_services_search_insert AFTER INSERT ON directory_services
  REFERENCING NEW TABLE AS changed_services FOR EACH STATEMENT EXECUTE FUNCTION directory_search_rows_sync();--> statement-breakpoint
CREATE TRIGGER directory_services_search_update AFTER UPDATE ON directory_services
  REFERENCING NEW TABLE AS changed_services FOR EACH STATEMENT EXECUTE FUNCTION directory_search_rows_sync();--> statement-breakpoint
-- Keeps the facet bits in step with the search rows: a statement's rows set and clear their bits together.
CREATE FUNCTION directory_facet_bits_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(72416010);
  IF TG_OP = 'DELETE' THEN
    INSERT INTO directory_facet_bits (facet, value, block, bits)
    SELECT left(c, 1), substr(c, 3), o.ordinal >> 12, bit_or(set_bit(B'0'::bit(4096), o.ordinal & 4095, 1))
    FROM old_rows o, unnest(o.codes) c
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (facet, value, block) DO UPDATE SET bits = directory_facet_bits.bits & ~excluded.bits;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO directory_facet_bits (facet, value, block, bits)
    SELECT left(c, 1), substr(c, 3), o.ordinal >> 12, bit_or(set_bit(B'0'::bit(4096), o.ordinal & 4095, 1))
    FROM old_rows o JOIN new_rows n ON n.ordinal = o.ordinal, unnest(o.codes) c
    WHERE NOT c = ANY(n.codes)
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (facet, value, block) DO UPDATE SET bits = directory_facet_bits.bits & ~excluded.bits;
    INSERT INTO directory_facet_bits (facet, value, block, bits)
    SELECT left(c, 1), substr(c, 3), n.ordinal >> 12, bit_or(set_bit(B'0'::bit(4096), n.ordinal & 4095, 1))
    FROM new_rows n JOIN old_rows o ON o.ordinal = n.ordinal, unnest(n.codes) c
    WHERE NOT c = ANY(o.codes)
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (facet, value, block) DO UPDATE SET bits = directory_facet_bits.bits | excluded.bits;
  ELSE
    INSERT INTO directory_facet_bits (facet, value, block, bits)
    SELECT left(c, 1), substr(c, 3), n.ordinal >> 12, bit_or(set_bit(B'0'::bit(4096), n.ordinal & 4095, 1))
    FROM new_rows n, unnest(n.codes) c
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (facet, value, block) DO UPDATE SET bits = directory_facet_bits.bits | excluded.bits;
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER directory_search_rows_bits_insert AFTER INSERT ON directory_search_rows
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION directory_facet_bits_sync();--> statement-breakpoint
CREATE TRIGGER directory_search_rows_bits_update AFTER UPDATE ON directory_search_rows
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION directory_facet_bits_sync();--> statement-breakpoint
CREATE TRIGGER directory_search_rows_bits_delete AFTER DELETE ON directory_search_rows
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION directory_facet_bits_sync();--> statement-breakpoint
-- The services already there.
INSERT INTO directory_hour_patterns (code, open_week, time_zone)
SELECT DISTINCT directory_hours_code(s.open_week, s.time_zone), s.open_week, s.time_zone
FROM directory_services s WHERE s.open_week IS NOT NULL AND NOT s.hours_have_dates
ON CONFLICT (code) DO NOTHING;--> statement-breakpoint
INSERT INTO directory_search_rows (service_id, organisation_id, status, codes, sort_name, title_vector,
  search_vector, city_key, region_key, earth_public, earth_members, assured_date, hours_code, hours_have_dates,
  closed_on, time_zone)
SELECT v.* FROM directory_services s, directory_search_row(s) v ORDER BY v.sort_name, v.service_id;
--> statement-breakpoint
INSERT INTO directory_name_lexemes (lexeme)
SELECT DISTINCT l.lexeme FROM directory_services s, unnest(ts_filter(s.search_vector, '{a,b}')) l
ON CONFLICT (lexeme) DO NOTHING;