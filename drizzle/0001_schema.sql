CREATE TABLE "app_meta" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"user_id" integer,
	"door" text NOT NULL,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text,
	"payload" jsonb,
	CONSTRAINT "audit_log_door_check" CHECK ("audit_log"."door" in ('chat', 'mcp', 'cli', 'web', 'import', 'system'))
);
--> statement-breakpoint
CREATE TABLE "contacts" (
	"id" serial PRIMARY KEY NOT NULL,
	"external_id" text,
	"customer_id" integer NOT NULL,
	"name" text NOT NULL,
	"role" text,
	"email" text,
	"phone" text,
	"whatsapp" text,
	"whatsapp_consent" boolean DEFAULT false NOT NULL,
	"whatsapp_consent_at" timestamp with time zone,
	"preferred_channel" text,
	"is_primary" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contacts_preferred_channel_check" CHECK ("contacts"."preferred_channel" in ('phone', 'email', 'whatsapp', 'visit', 'meeting')),
	CONSTRAINT "contacts_consent_needs_whatsapp_check" CHECK (not "contacts"."whatsapp_consent" or "contacts"."whatsapp" is not null)
);
--> statement-breakpoint
CREATE TABLE "customers" (
	"id" serial PRIMARY KEY NOT NULL,
	"erp_code" text NOT NULL,
	"legal_name" text NOT NULL,
	"trade_name" text,
	"cnpj" text,
	"segment" text,
	"city" text,
	"uf" text,
	"country" text DEFAULT 'BR' NOT NULL,
	"rep_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "customers_cnpj_check" CHECK ("customers"."cnpj" ~ '^[0-9]{14}$'),
	CONSTRAINT "customers_uf_check" CHECK ("customers"."uf" ~ '^[A-Z]{2}$')
);
--> statement-breakpoint
CREATE TABLE "follow_ups" (
	"id" serial PRIMARY KEY NOT NULL,
	"external_id" text,
	"customer_id" integer NOT NULL,
	"opportunity_id" integer,
	"contact_id" integer,
	"rep_id" integer NOT NULL,
	"due_date" date NOT NULL,
	"channel" text NOT NULL,
	"purpose" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"sequence_id" integer,
	"attempt" integer DEFAULT 1 NOT NULL,
	"note" text,
	"outcome" text,
	"completed_at" timestamp with time zone,
	"created_by" text DEFAULT 'person' NOT NULL,
	"created_by_user_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "follow_ups_channel_check" CHECK ("follow_ups"."channel" in ('phone', 'email', 'whatsapp', 'visit', 'meeting')),
	CONSTRAINT "follow_ups_purpose_check" CHECK ("follow_ups"."purpose" in ('commercial', 'service', 'post_sale', 'reactivation')),
	CONSTRAINT "follow_ups_status_check" CHECK ("follow_ups"."status" in ('pending', 'done', 'cancelled')),
	CONSTRAINT "follow_ups_attempt_check" CHECK ("follow_ups"."attempt" between 1 and 5),
	CONSTRAINT "follow_ups_outcome_check" CHECK ("follow_ups"."outcome" in ('answered', 'no_answer', 'order_placed', 'lost', 'rescheduled')),
	CONSTRAINT "follow_ups_created_by_check" CHECK ("follow_ups"."created_by" in ('person', 'copilot', 'import'))
);
--> statement-breakpoint
CREATE TABLE "interactions" (
	"id" serial PRIMARY KEY NOT NULL,
	"external_id" text,
	"customer_id" integer NOT NULL,
	"contact_id" integer,
	"rep_id" integer,
	"opportunity_id" integer,
	"channel" text NOT NULL,
	"direction" text DEFAULT 'outbound' NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"summary" text NOT NULL,
	"notes" text,
	"outcome" text,
	"created_by" text DEFAULT 'person' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('portuguese'::regconfig, coalesce(summary, '') || ' ' || coalesce(notes, ''))) STORED,
	CONSTRAINT "interactions_channel_check" CHECK ("interactions"."channel" in ('phone', 'email', 'whatsapp', 'visit', 'meeting')),
	CONSTRAINT "interactions_direction_check" CHECK ("interactions"."direction" in ('inbound', 'outbound')),
	CONSTRAINT "interactions_outcome_check" CHECK ("interactions"."outcome" in ('answered', 'no_answer', 'order_placed', 'lost', 'rescheduled')),
	CONSTRAINT "interactions_created_by_check" CHECK ("interactions"."created_by" in ('person', 'copilot', 'import'))
);
--> statement-breakpoint
CREATE TABLE "opportunities" (
	"id" serial PRIMARY KEY NOT NULL,
	"external_id" text,
	"customer_id" integer NOT NULL,
	"rep_id" integer,
	"title" text NOT NULL,
	"value_cents" bigint NOT NULL,
	"stage" text NOT NULL,
	"stage_changed_at" timestamp with time zone NOT NULL,
	"last_activity_at" timestamp with time zone,
	"expected_close" date,
	"agreed_return_date" date,
	"lost_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "opportunities_value_nonnegative_check" CHECK ("opportunities"."value_cents" >= 0),
	CONSTRAINT "opportunities_stage_check" CHECK ("opportunities"."stage" in ('qualification', 'proposal', 'negotiation', 'evaluation', 'won', 'lost'))
);
--> statement-breakpoint
CREATE TABLE "order_items" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"order_id" integer NOT NULL,
	"product_id" integer,
	"sku" text NOT NULL,
	"product_name" text,
	"quantity" numeric(14, 3) NOT NULL,
	"value_cents" bigint,
	CONSTRAINT "order_items_quantity_positive_check" CHECK ("order_items"."quantity" > 0),
	CONSTRAINT "order_items_value_nonnegative_check" CHECK ("order_items"."value_cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE "orders" (
	"id" serial PRIMARY KEY NOT NULL,
	"erp_id" text NOT NULL,
	"customer_id" integer NOT NULL,
	"order_date" date NOT NULL,
	"total_cents" bigint NOT NULL,
	"volume" numeric(14, 3),
	"status" text DEFAULT 'invoiced' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "orders_total_nonnegative_check" CHECK ("orders"."total_cents" >= 0),
	CONSTRAINT "orders_volume_nonnegative_check" CHECK ("orders"."volume" >= 0),
	CONSTRAINT "orders_status_check" CHECK ("orders"."status" in ('invoiced', 'cancelled'))
);
--> statement-breakpoint
CREATE TABLE "products" (
	"id" serial PRIMARY KEY NOT NULL,
	"sku" text NOT NULL,
	"name" text NOT NULL,
	"unit" text,
	"category" text
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"role" text NOT NULL,
	"region" text,
	"external_id" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_role_check" CHECK ("users"."role" in ('rep', 'manager'))
);
--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customers" ADD CONSTRAINT "customers_rep_id_users_id_fk" FOREIGN KEY ("rep_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "public"."opportunities"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_rep_id_users_id_fk" FOREIGN KEY ("rep_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interactions" ADD CONSTRAINT "interactions_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interactions" ADD CONSTRAINT "interactions_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interactions" ADD CONSTRAINT "interactions_rep_id_users_id_fk" FOREIGN KEY ("rep_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interactions" ADD CONSTRAINT "interactions_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "public"."opportunities"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_rep_id_users_id_fk" FOREIGN KEY ("rep_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_items" ADD CONSTRAINT "order_items_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_items" ADD CONSTRAINT "order_items_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE UNIQUE INDEX "contacts_external_id_unique" ON "contacts" USING btree ("external_id");--> statement-breakpoint
CREATE INDEX "contacts_customer_idx" ON "contacts" USING btree ("customer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "customers_erp_code_unique" ON "customers" USING btree ("erp_code");--> statement-breakpoint
CREATE UNIQUE INDEX "customers_cnpj_unique" ON "customers" USING btree ("cnpj");--> statement-breakpoint
CREATE INDEX "customers_rep_idx" ON "customers" USING btree ("rep_id");--> statement-breakpoint
CREATE INDEX "customers_segment_idx" ON "customers" USING btree ("segment");--> statement-breakpoint
CREATE INDEX "customers_uf_idx" ON "customers" USING btree ("uf");--> statement-breakpoint
CREATE UNIQUE INDEX "follow_ups_external_id_unique" ON "follow_ups" USING btree ("external_id");--> statement-breakpoint
CREATE INDEX "follow_ups_rep_status_due_idx" ON "follow_ups" USING btree ("rep_id","status","due_date");--> statement-breakpoint
CREATE INDEX "follow_ups_customer_idx" ON "follow_ups" USING btree ("customer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "interactions_external_id_unique" ON "interactions" USING btree ("external_id");--> statement-breakpoint
CREATE INDEX "interactions_customer_time_idx" ON "interactions" USING btree ("customer_id","occurred_at");--> statement-breakpoint
CREATE INDEX "interactions_rep_time_idx" ON "interactions" USING btree ("rep_id","occurred_at");--> statement-breakpoint
CREATE INDEX "interactions_opportunity_idx" ON "interactions" USING btree ("opportunity_id");--> statement-breakpoint
CREATE INDEX "interactions_search_idx" ON "interactions" USING gin ("search_vector");--> statement-breakpoint
CREATE UNIQUE INDEX "opportunities_external_id_unique" ON "opportunities" USING btree ("external_id");--> statement-breakpoint
CREATE INDEX "opportunities_customer_idx" ON "opportunities" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "opportunities_rep_stage_idx" ON "opportunities" USING btree ("rep_id","stage");--> statement-breakpoint
CREATE INDEX "order_items_order_idx" ON "order_items" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "order_items_product_idx" ON "order_items" USING btree ("product_id");--> statement-breakpoint
CREATE UNIQUE INDEX "orders_erp_id_unique" ON "orders" USING btree ("erp_id");--> statement-breakpoint
CREATE INDEX "orders_customer_date_idx" ON "orders" USING btree ("customer_id","order_date") WHERE "orders"."status" = 'invoiced';--> statement-breakpoint
CREATE INDEX "orders_date_idx" ON "orders" USING btree ("order_date");--> statement-breakpoint
CREATE UNIQUE INDEX "products_sku_unique" ON "products" USING btree ("sku");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_unique" ON "users" USING btree (lower("email"));--> statement-breakpoint
CREATE UNIQUE INDEX "users_external_id_unique" ON "users" USING btree ("external_id");