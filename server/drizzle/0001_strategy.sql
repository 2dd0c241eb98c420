CREATE TABLE "strategies" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" varchar(64) NOT NULL,
	"title" text NOT NULL,
	"period" varchar(32) NOT NULL,
	"source" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "strategies_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "strategy_actions" (
	"id" serial PRIMARY KEY NOT NULL,
	"priority_id" integer NOT NULL,
	"title" text NOT NULL,
	"responsible" text NOT NULL,
	"timing" varchar(32) NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "strategy_priorities" (
	"id" serial PRIMARY KEY NOT NULL,
	"strategy_id" integer NOT NULL,
	"code" varchar(8) NOT NULL,
	"title" text NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "strategy_actions" ADD CONSTRAINT "strategy_actions_priority_id_strategy_priorities_id_fk" FOREIGN KEY ("priority_id") REFERENCES "public"."strategy_priorities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_priorities" ADD CONSTRAINT "strategy_priorities_strategy_id_strategies_id_fk" FOREIGN KEY ("strategy_id") REFERENCES "public"."strategies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "strategy_actions_priority_position_uq" ON "strategy_actions" USING btree ("priority_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "strategy_priorities_strategy_code_uq" ON "strategy_priorities" USING btree ("strategy_id","code");