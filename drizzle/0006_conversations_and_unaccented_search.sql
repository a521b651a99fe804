CREATE TABLE "chat_conversations" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"title" text NOT NULL,
	"messages" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"model" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "customers" DROP CONSTRAINT "customers_cnpj_check";--> statement-breakpoint
ALTER TABLE "interactions" drop column "search_vector";--> statement-breakpoint
ALTER TABLE "interactions" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('portuguese'::regconfig, coalesce(summary, '') || ' ' || coalesce(notes, '')) || to_tsvector('portuguese'::regconfig, giro_unaccent(coalesce(summary, '') || ' ' || coalesce(notes, '')))) STORED;--> statement-breakpoint
ALTER TABLE "chat_conversations" ADD CONSTRAINT "chat_conversations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "chat_conversations_user_time_idx" ON "chat_conversations" USING btree ("user_id","updated_at");--> statement-breakpoint
ALTER TABLE "customers" ADD CONSTRAINT "customers_cnpj_check" CHECK ("customers"."cnpj" ~ '^[0-9A-Z]{12}[0-9]{2}$');--> statement-breakpoint
-- Dropping the generated column dropped its GIN index; recreate it over the new vector.
CREATE INDEX IF NOT EXISTS "interactions_search_idx" ON "interactions" USING gin ("search_vector");
