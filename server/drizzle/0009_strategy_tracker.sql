CREATE TABLE "strategy_action_links" (
	"id" serial PRIMARY KEY NOT NULL,
	"action_id" integer NOT NULL,
	"target_type" varchar(24) NOT NULL,
	"target_id" uuid NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "strategy_action_links_type_ck" CHECK ("strategy_action_links"."target_type" IN ('announcement', 'channel_message', 'organisation'))
);
--> statement-breakpoint
CREATE TABLE "strategy_action_updates" (
	"id" serial PRIMARY KEY NOT NULL,
	"action_id" integer NOT NULL,
	"date" date NOT NULL,
	"status" varchar(16) NOT NULL,
	"note" text NOT NULL,
	"author_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "strategy_action_updates_status_ck" CHECK ("strategy_action_updates"."status" IN ('planned', 'ongoing', 'completed', 'delayed'))
);
--> statement-breakpoint
ALTER TABLE "strategies" ADD COLUMN "kind" varchar(16) DEFAULT 'strategy' NOT NULL;--> statement-breakpoint
ALTER TABLE "strategy_actions" ADD COLUMN "responsible_bodies" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "strategy_actions" ADD COLUMN "status" varchar(16) DEFAULT 'planned' NOT NULL;--> statement-breakpoint
ALTER TABLE "strategy_actions" ADD COLUMN "indicators" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "strategy_actions" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "strategy_action_links" ADD CONSTRAINT "strategy_action_links_action_id_strategy_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."strategy_actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_action_links" ADD CONSTRAINT "strategy_action_links_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_action_updates" ADD CONSTRAINT "strategy_action_updates_action_id_strategy_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."strategy_actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_action_updates" ADD CONSTRAINT "strategy_action_updates_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "strategy_action_links_target_uq" ON "strategy_action_links" USING btree ("action_id","target_type","target_id");--> statement-breakpoint
CREATE INDEX "strategy_action_updates_action_idx" ON "strategy_action_updates" USING btree ("action_id","date");--> statement-breakpoint
ALTER TABLE "strategy_actions" ADD CONSTRAINT "strategy_actions_status_ck" CHECK ("strategy_actions"."status" IN ('planned', 'ongoing', 'completed', 'delayed'));--> statement-breakpoint
-- Actions loaded before this migration: their responsible bodies, one by one, from the text as written ("MS/COM").
UPDATE "strategy_actions" SET "responsible_bodies" = ARRAY(SELECT trim(b) FROM unnest(regexp_split_to_array("responsible", '/')) AS b WHERE trim(b) <> '');
