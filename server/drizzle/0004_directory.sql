CREATE TABLE "directory_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"resource_id" uuid NOT NULL,
	"resource_type" varchar(20) NOT NULL,
	"last_action_date" timestamp with time zone DEFAULT now() NOT NULL,
	"last_action_type" varchar(20) NOT NULL,
	"field_name" text NOT NULL,
	"previous_value" text NOT NULL,
	"replacement_value" text NOT NULL,
	"updated_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "directory_contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid,
	"service_id" uuid,
	"name" text,
	"title" text,
	"department" text,
	"email" text,
	"role" varchar(32) DEFAULT 'other' NOT NULL,
	"country" varchar(2),
	"out_of_hours" boolean DEFAULT false NOT NULL,
	"position" smallint DEFAULT 0 NOT NULL,
	"search_vector" "tsvector",
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_modified" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "directory_phones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid,
	"contact_id" uuid,
	"number" text NOT NULL,
	"extension" text,
	"type" varchar(12) DEFAULT 'voice' NOT NULL,
	"description" text,
	"languages" text[] DEFAULT '{}' NOT NULL,
	"position" smallint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "directory_schedules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"byday" varchar(2),
	"opens_at" time,
	"closes_at" time,
	"valid_from" date,
	"valid_to" date,
	"closed" boolean DEFAULT false NOT NULL,
	"description" text,
	"position" smallint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "directory_services" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" jsonb NOT NULL,
	"sort_name" text NOT NULL,
	"description" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"url" text,
	"email" text,
	"status" varchar(24) DEFAULT 'active' NOT NULL,
	"service_types" text[] DEFAULT '{}' NOT NULL,
	"groups_served" text[] DEFAULT '{}' NOT NULL,
	"exploitation_forms" text[] DEFAULT '{}' NOT NULL,
	"languages" text[] DEFAULT '{}' NOT NULL,
	"access_modes" text[] DEFAULT '{}' NOT NULL,
	"minimum_age" smallint,
	"maximum_age" smallint,
	"eligible_gender" varchar(10) DEFAULT 'any' NOT NULL,
	"eligibility_description" text,
	"free" boolean DEFAULT true NOT NULL,
	"fees_description" text,
	"accepts_self_referral" boolean DEFAULT true NOT NULL,
	"interpretation_available" boolean DEFAULT false NOT NULL,
	"open_247" boolean DEFAULT false NOT NULL,
	"open_week" bit(2016),
	"hours_have_dates" boolean DEFAULT false NOT NULL,
	"capacity_available" integer,
	"capacity_total" integer,
	"capacity_updated_at" timestamp with time zone,
	"service_areas" text[] DEFAULT '{}' NOT NULL,
	"countries" text[] DEFAULT '{}' NOT NULL,
	"visibility" jsonb NOT NULL,
	"location_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"location_type" varchar(10) DEFAULT 'physical' NOT NULL,
	"location_name" text,
	"address_1" text,
	"address_2" text,
	"postal_code" text,
	"city" text NOT NULL,
	"region" text,
	"country" varchar(2) NOT NULL,
	"latitude" double precision,
	"longitude" double precision,
	"time_zone" text DEFAULT 'Europe/Brussels' NOT NULL,
	"accessibility" text,
	"transportation" text,
	"public_latitude" double precision,
	"public_longitude" double precision,
	"earth_public" "cube",
	"earth_members" "cube",
	"assured_date" date,
	"assurer_email" text,
	"assurer_name" text,
	"sample" boolean DEFAULT false NOT NULL,
	"search_vector" "tsvector",
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_modified" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "directory_suggestions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"changes" jsonb NOT NULL,
	"previous" jsonb NOT NULL,
	"comment" text NOT NULL,
	"submitter_id" uuid,
	"submitter_name" text,
	"submitter_email" text,
	"status" varchar(10) DEFAULT 'pending' NOT NULL,
	"reviewer_id" uuid,
	"reviewer_name" text,
	"reviewed_at" timestamp with time zone,
	"review_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organisations" ALTER COLUMN "contact_email" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "sample" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "directory_contacts" ADD CONSTRAINT "directory_contacts_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_contacts" ADD CONSTRAINT "directory_contacts_service_id_directory_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."directory_services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_phones" ADD CONSTRAINT "directory_phones_service_id_directory_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."directory_services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_phones" ADD CONSTRAINT "directory_phones_contact_id_directory_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."directory_contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_schedules" ADD CONSTRAINT "directory_schedules_service_id_directory_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."directory_services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_services" ADD CONSTRAINT "directory_services_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_suggestions" ADD CONSTRAINT "directory_suggestions_service_id_directory_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."directory_services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_suggestions" ADD CONSTRAINT "directory_suggestions_submitter_id_users_id_fk" FOREIGN KEY ("submitter_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_suggestions" ADD CONSTRAINT "directory_suggestions_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "directory_changes_resource_idx" ON "directory_changes" USING btree ("resource_id","last_action_date");--> statement-breakpoint
CREATE INDEX "directory_contacts_organisation_idx" ON "directory_contacts" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "directory_contacts_service_idx" ON "directory_contacts" USING btree ("service_id");--> statement-breakpoint
CREATE INDEX "directory_contacts_search_idx" ON "directory_contacts" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "directory_phones_service_idx" ON "directory_phones" USING btree ("service_id");--> statement-breakpoint
CREATE INDEX "directory_phones_contact_idx" ON "directory_phones" USING btree ("contact_id");--> statement-breakpoint
CREATE INDEX "directory_schedules_service_idx" ON "directory_schedules" USING btree ("service_id");--> statement-breakpoint
CREATE INDEX "directory_services_search_idx" ON "directory_services" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "directory_services_name_trgm_idx" ON "directory_services" USING gin ("sort_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "directory_services_countries_idx" ON "directory_services" USING gin ("countries");--> statement-breakpoint
CREATE INDEX "directory_services_types_idx" ON "directory_services" USING gin ("service_types");--> statement-breakpoint
CREATE INDEX "directory_services_languages_idx" ON "directory_services" USING gin ("languages");--> statement-breakpoint
CREATE INDEX "directory_services_earth_public_idx" ON "directory_services" USING gist ("earth_public");--> statement-breakpoint
CREATE INDEX "directory_services_earth_members_idx" ON "directory_services" USING gist ("earth_members");--> statement-breakpoint
CREATE INDEX "directory_services_organisation_idx" ON "directory_services" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "directory_services_sort_name_idx" ON "directory_services" USING btree ("sort_name","id");--> statement-breakpoint
CREATE INDEX "directory_services_assured_idx" ON "directory_services" USING btree ("assured_date");--> statement-breakpoint
CREATE INDEX "directory_suggestions_service_idx" ON "directory_suggestions" USING btree ("service_id");--> statement-breakpoint
CREATE INDEX "directory_suggestions_status_idx" ON "directory_suggestions" USING btree ("status","created_at");--> statement-breakpoint
-- Whether a service is open at a moment, in its location's time zone: open around the clock or within one
-- of its spans (a span whose closing time is not after its opening time runs past midnight), and not on a
-- date it is closed. Rows with validFrom/validTo apply only within those dates; rows without a weekday
-- apply to every day of their range (extra opening hours).
CREATE OR REPLACE FUNCTION directory_open_at(p_service uuid, p_open247 boolean, p_tz text, p_at timestamptz)
RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE AS $$
  WITH l AS (SELECT (p_at AT TIME ZONE p_tz) AS ts)
  SELECT NOT EXISTS (
      SELECT 1 FROM directory_schedules x, l
      WHERE x.service_id = p_service AND x.closed
        AND l.ts::date >= coalesce(x.valid_from, '-infinity'::date)
        AND l.ts::date <= coalesce(x.valid_to, 'infinity'::date))
    AND (p_open247 OR EXISTS (
      SELECT 1 FROM directory_schedules s, l
      WHERE s.service_id = p_service AND NOT s.closed AND s.opens_at IS NOT NULL AND s.closes_at IS NOT NULL
        AND (s.valid_from IS NULL OR l.ts::date >= s.valid_from)
        AND (s.valid_to IS NULL OR l.ts::date <= s.valid_to)
        AND (
          ((s.byday IS NULL OR s.byday = (ARRAY['MO','TU','WE','TH','FR','SA','SU'])[extract(isodow FROM l.ts)::int])
            AND l.ts::time >= s.opens_at
            AND (s.closes_at <= s.opens_at OR l.ts::time < s.closes_at))
          OR
          (s.closes_at <= s.opens_at
            AND (s.byday IS NULL OR s.byday = (ARRAY['MO','TU','WE','TH','FR','SA','SU'])[extract(isodow FROM l.ts - interval '1 day')::int])
            AND l.ts::time < s.closes_at))))
$$;
