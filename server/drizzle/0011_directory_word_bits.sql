CREATE INDEX "directory_search_rows_name_order_idx" ON "directory_search_rows" USING btree ("sort_name","service_id","ordinal");--> statement-breakpoint
CREATE INDEX "directory_search_rows_verified_order_idx" ON "directory_search_rows" USING btree ("assured_date" DESC NULLS LAST,"sort_name","service_id","ordinal");--> statement-breakpoint
-- The search index gains the words: every lexeme of a service's search vector as the code `w:<lexeme>` and every
-- lexeme of its names and organisation as `n:<lexeme>`, with bits in `directory_facet_bits` like facet values, so
-- a search for words is a few bit operations whatever the number of services having them (see `SearchPlan`).
-- And the day a service was last verified as `a:YYYY-MM-DD` beside its month (`v:YYYY-MM`), so "verified within
-- N months" is the months after the cut-off's and the days of that month, without reading rows.
CREATE FUNCTION directory_bit_codes(p_codes text[], p_search tsvector, p_title tsvector)
RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT p_codes
    || ARRAY(SELECT 'w:' || l FROM unnest(tsvector_to_array(coalesce(p_search, ''::tsvector))) l)
    || ARRAY(SELECT 'n:' || l FROM unnest(tsvector_to_array(coalesce(p_title, ''::tsvector))) l)
$$;--> statement-breakpoint
-- The ordinals of a bit set, smallest first (64-bit words with no bit set are skipped).
CREATE FUNCTION directory_bits_ordinals(p_set varbit[])
RETURNS SETOF integer LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  b integer; j integer; i integer; pos integer; word int8; chunk varbit; bits text;
BEGIN
  FOR b IN 1 .. coalesce(array_length(p_set, 1), 0) LOOP
    CONTINUE WHEN p_set[b] IS NULL OR bit_count(p_set[b]) = 0;
    FOR j IN 0 .. 7 LOOP
      chunk := substring(p_set[b] FROM j * 512 + 1 FOR 512);
      CONTINUE WHEN bit_count(chunk) = 0;
      FOR i IN 0 .. 7 LOOP
        word := substring(chunk FROM i * 64 + 1 FOR 64)::bit(64)::int8;
        CONTINUE WHEN word = 0;
        bits := word::bit(64)::text;
        pos := strpos(bits, '1');
        WHILE pos > 0 LOOP
          RETURN NEXT (b - 1) * 4096 + j * 512 + i * 64 + pos - 1;
          bits := overlay(bits PLACING '0' FROM pos FOR 1);
          pos := strpos(bits, '1');
        END LOOP;
      END LOOP;
    END LOOP;
  END LOOP;
END $$;--> statement-breakpoint
-- The month and day codes of the services verified on or after a day.
CREATE FUNCTION directory_verified_codes(p_since date)
RETURNS TABLE (facet text, value text) LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT b.facet, b.value FROM directory_facet_bits b
  WHERE (b.facet = 'v' AND b.value > to_char(p_since, 'YYYY-MM'))
     OR (b.facet = 'a' AND b.value >= to_char(p_since, 'YYYY-MM-DD')
         AND b.value < to_char(date_trunc('month', p_since) + interval '1 month', 'YYYY-MM-DD'))
$$;--> statement-breakpoint
-- How many services of a set were verified on or after a day.
CREATE FUNCTION directory_verified_count(p_set varbit[], p_since date)
RETURNS integer LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT coalesce(sum(bit_count(b.bits & p_set[b.block + 1])), 0)::int FROM directory_facet_bits b
  WHERE b.block < cardinality(p_set)
    AND ((b.facet = 'v' AND b.value > to_char(p_since, 'YYYY-MM'))
      OR (b.facet = 'a' AND b.value >= to_char(p_since, 'YYYY-MM-DD')
          AND b.value < to_char(date_trunc('month', p_since) + interval '1 month', 'YYYY-MM-DD')))
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION directory_search_row(s directory_services)
RETURNS TABLE (
  service_id uuid, organisation_id uuid, status varchar, codes text[], sort_name text, title_vector tsvector,
  search_vector tsvector, city_key text, region_key text, earth_public cube, earth_members cube, assured_date date,
  hours_code text, hours_have_dates boolean, closed_on datemultirange, time_zone text
) LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT s.id, s.organisation_id, s.status,
    s.facet_codes || ARRAY['s:' || s.status]
      || CASE WHEN coalesce(s.capacity_available, 0) > 0 THEN ARRAY['k:' || coalesce(s.visibility->>'capacity', 'public')] ELSE '{}'::text[] END
      || CASE WHEN s.assured_date IS NOT NULL
              THEN ARRAY['v:' || to_char(s.assured_date, 'YYYY-MM'), 'a:' || to_char(s.assured_date, 'YYYY-MM-DD')]
              ELSE '{}'::text[] END
      || CASE WHEN s.hours_have_dates THEN ARRAY['h:dated']
              WHEN s.open_week IS NOT NULL THEN ARRAY[directory_hours_code(s.open_week, s.time_zone)]
              ELSE '{}'::text[] END,
    s.sort_name, ts_filter(s.search_vector, '{a,b}'), s.search_vector, lower(s.city), lower(s.region),
    s.earth_public, s.earth_members, s.assured_date,
    CASE WHEN NOT s.hours_have_dates AND s.open_week IS NOT NULL THEN directory_hours_code(s.open_week, s.time_zone) END,
    s.hours_have_dates, s.closed_on, s.time_zone
$$;--> statement-breakpoint
-- As in migration 0010, over the codes and the words of each row.
CREATE OR REPLACE FUNCTION directory_facet_bits_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(72416010);
  IF TG_OP = 'DELETE' THEN
    INSERT INTO directory_facet_bits (facet, value, block, bits)
    SELECT left(c, 1), substr(c, 3), o.ordinal >> 12, bit_or(set_bit(B'0'::bit(4096), o.ordinal & 4095, 1))
    FROM old_rows o, unnest(directory_bit_codes(o.codes, o.search_vector, o.title_vector)) c
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (facet, value, block) DO UPDATE SET bits = directory_facet_bits.bits & ~excluded.bits;
  ELSIF TG_OP = 'UPDATE' THEN
    WITH changed AS (
      SELECT n.ordinal, directory_bit_codes(o.codes, o.search_vector, o.title_vector) AS old_codes,
        directory_bit_codes(n.codes, n.search_vector, n.title_vector) AS new_codes
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
    FROM new_rows n, unnest(directory_bit_codes(n.codes, n.search_vector, n.title_vector)) c
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (facet, value, block) DO UPDATE SET bits = directory_facet_bits.bits | excluded.bits;
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
-- The index again, with the words and the days.
TRUNCATE directory_search_rows, directory_facet_bits RESTART IDENTITY;--> statement-breakpoint
INSERT INTO directory_search_rows (service_id, organisation_id, status, codes, sort_name, title_vector,
  search_vector, city_key, region_key, earth_public, earth_members, assured_date, hours_code, hours_have_dates,
  closed_on, time_zone)
SELECT v.* FROM directory_services s, directory_search_row(s) v ORDER BY v.sort_name, v.service_id;
