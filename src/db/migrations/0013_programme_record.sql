CREATE TABLE "import_batch_refusals" (
	"batch_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"row_count" integer NOT NULL,
	"rows" json NOT NULL,
	CONSTRAINT "import_batch_refusals_batch_id_seq_pk" PRIMARY KEY("batch_id","seq")
);
--> statement-breakpoint
CREATE TABLE "org_profiles" (
	"org_code" char(6) NOT NULL,
	"fiscal_year" integer NOT NULL,
	"population" integer,
	"staff_count" integer,
	"dx_unit" text DEFAULT '' NOT NULL,
	"dx_head" text DEFAULT '' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "org_profiles_org_code_fiscal_year_pk" PRIMARY KEY("org_code","fiscal_year")
);
--> statement-breakpoint
CREATE TABLE "programme_settings" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"savings_rate_percent" numeric(4, 1) DEFAULT 10 NOT NULL,
	"savings_rate_basis" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programme_settings_single_row" CHECK ("programme_settings"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE "timeline_event_orgs" (
	"event_id" integer NOT NULL,
	"org_code" char(6) NOT NULL,
	CONSTRAINT "timeline_event_orgs_event_id_org_code_pk" PRIMARY KEY("event_id","org_code")
);
--> statement-breakpoint
CREATE TABLE "timeline_events" (
	"id" serial PRIMARY KEY NOT NULL,
	"occurred_on" date NOT NULL,
	"precision" text DEFAULT 'day' NOT NULL,
	"title" text NOT NULL,
	"detail" text DEFAULT '' NOT NULL,
	"source_page" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "community_cases" ADD COLUMN "status" text DEFAULT 'open' NOT NULL;--> statement-breakpoint
ALTER TABLE "community_cases" ADD COLUMN "response" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "community_cases" ADD COLUMN "practice_id" integer;--> statement-breakpoint
ALTER TABLE "community_cases" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "community_cases" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "org_target_positions" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "org_target_positions" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "import_batch_refusals" ADD CONSTRAINT "import_batch_refusals_batch_id_import_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."import_batches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_profiles" ADD CONSTRAINT "org_profiles_org_code_orgs_code_fk" FOREIGN KEY ("org_code") REFERENCES "public"."orgs"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "timeline_event_orgs" ADD CONSTRAINT "timeline_event_orgs_event_id_timeline_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."timeline_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "timeline_event_orgs" ADD CONSTRAINT "timeline_event_orgs_org_code_orgs_code_fk" FOREIGN KEY ("org_code") REFERENCES "public"."orgs"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "timeline_events_occurred_idx" ON "timeline_events" USING btree ("occurred_on");--> statement-breakpoint
ALTER TABLE "community_cases" ADD CONSTRAINT "community_cases_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "community_cases_practice_idx" ON "community_cases" USING btree ("practice_id");--> statement-breakpoint
ALTER TABLE "community_cases" DROP COLUMN "practice_ref";