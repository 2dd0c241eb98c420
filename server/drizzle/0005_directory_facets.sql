-- Every facet value of a directory service as one array, prefixed by facet: countries (c:), service types
-- (t:), groups served (g:), forms of exploitation (e:), languages (l:) and yes/no flags (f:). Kept in a
-- generated column, so it can never disagree with the record.
CREATE OR REPLACE FUNCTION directory_facet_codes(
  p_countries text[], p_types text[], p_groups text[], p_exploitation text[], p_languages text[],
  p_free boolean, p_open247 boolean, p_self_referral boolean
) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT array(SELECT 'c:' || x FROM unnest(p_countries) x)
      || array(SELECT 't:' || x FROM unnest(p_types) x)
      || array(SELECT 'g:' || x FROM unnest(p_groups) x)
      || array(SELECT 'e:' || x FROM unnest(p_exploitation) x)
      || array(SELECT 'l:' || x FROM unnest(p_languages) x)
      || CASE WHEN p_free THEN ARRAY['f:free'] ELSE '{}'::text[] END
      || CASE WHEN p_open247 THEN ARRAY['f:open247'] ELSE '{}'::text[] END
      || CASE WHEN p_self_referral THEN ARRAY['f:selfReferral'] ELSE '{}'::text[] END
$$;
--> statement-breakpoint
DROP INDEX "directory_services_countries_idx";--> statement-breakpoint
DROP INDEX "directory_services_types_idx";--> statement-breakpoint
DROP INDEX "directory_services_languages_idx";--> statement-breakpoint
ALTER TABLE "directory_services" ADD COLUMN "closed_on" datemultirange;--> statement-breakpoint
ALTER TABLE "directory_services" ADD COLUMN "facet_codes" text[] GENERATED ALWAYS AS (directory_facet_codes(countries, service_types, groups_served, exploitation_forms, languages, free, open_247, accepts_self_referral)) STORED;--> statement-breakpoint
CREATE INDEX "directory_services_facets_idx" ON "directory_services" USING gin ("facet_codes");--> statement-breakpoint
-- Closed dates now live in closed_on; only dated opening rows still need the row-by-row check.
UPDATE "directory_services" s SET
  "closed_on" = (SELECT range_agg(daterange(coalesce(x.valid_from, '-infinity'::date), coalesce(x.valid_to + 1, 'infinity'::date)))
                 FROM "directory_schedules" x WHERE x.service_id = s.id AND x.closed),
  "hours_have_dates" = EXISTS (SELECT 1 FROM "directory_schedules" x
                               WHERE x.service_id = s.id AND NOT x.closed AND (x.valid_from IS NOT NULL OR x.valid_to IS NOT NULL));
