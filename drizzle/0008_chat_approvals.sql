CREATE TABLE "chat_approvals" (
	"approval_id" text PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"conversation_id" text,
	"tool_call_id" text NOT NULL,
	"tool" text NOT NULL,
	"payload_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"consumed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "chat_approvals" ADD CONSTRAINT "chat_approvals_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
