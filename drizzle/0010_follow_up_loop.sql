-- Issue #15: follow-up outcomes ("pedido prometido"), the automation door, and the rep's day:
-- automatic follow-up settings and runs (one per day), digest views, calendar feeds.
ALTER TABLE "interactions" DROP CONSTRAINT "interactions_outcome_check";--> statement-breakpoint
ALTER TABLE "interactions" ADD CONSTRAINT "interactions_outcome_check" CHECK ("interactions"."outcome" in ('answered', 'no_answer', 'order_promised', 'order_placed', 'lost', 'rescheduled'));--> statement-breakpoint
ALTER TABLE "follow_ups" DROP CONSTRAINT "follow_ups_outcome_check";--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_outcome_check" CHECK ("follow_ups"."outcome" in ('answered', 'no_answer', 'order_promised', 'order_placed', 'lost', 'rescheduled'));--> statement-breakpoint
ALTER TABLE "follow_ups" ADD COLUMN "reason" text;--> statement-breakpoint
ALTER TABLE "audit_log" DROP CONSTRAINT "audit_log_door_check";--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_door_check" CHECK ("audit_log"."door" in ('chat', 'mcp', 'cli', 'web', 'import', 'system', 'automation'));--> statement-breakpoint
CREATE TABLE "automation_settings" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"max_per_rep" integer DEFAULT 5 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" integer,
	CONSTRAINT "automation_settings_single_row" CHECK ("automation_settings"."id" = 1),
	CONSTRAINT "automation_settings_max_check" CHECK ("automation_settings"."max_per_rep" between 0 and 50)
);
--> statement-breakpoint
CREATE TABLE "daily_runs" (
	"run_date" date PRIMARY KEY NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "digest_views" (
	"user_id" integer NOT NULL,
	"day" date NOT NULL,
	"seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "digest_views_user_id_day_pk" PRIMARY KEY("user_id","day")
);
--> statement-breakpoint
CREATE TABLE "calendar_feeds" (
	"user_id" integer PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "automation_settings" ADD CONSTRAINT "automation_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "digest_views" ADD CONSTRAINT "digest_views_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_feeds_token_hash_unique" ON "calendar_feeds" USING btree ("token_hash");
