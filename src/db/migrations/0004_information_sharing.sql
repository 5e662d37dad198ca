CREATE TABLE "systems" (
	"id" serial PRIMARY KEY NOT NULL,
	"org_code" char(6) NOT NULL,
	"name" text NOT NULL,
	"business" text NOT NULL,
	"category" text,
	"unit" text,
	"vendor" text,
	"product" text,
	"hosting" text NOT NULL,
	"contract_start" date,
	"contract_end" date,
	"yearly_cost" bigint,
	"users" integer,
	"personal_data" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT '稼働中' NOT NULL,
	"migration_step" text,
	"migration_target_date" date,
	"note" text,
	"import_batch_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "import_batch_chunks" (
	"batch_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"row_count" integer NOT NULL,
	"rows" json NOT NULL,
	CONSTRAINT "import_batch_chunks_batch_id_seq_pk" PRIMARY KEY("batch_id","seq")
);
--> statement-breakpoint
CREATE TABLE "import_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"org_code" char(6) NOT NULL,
	"actor_id" uuid,
	"actor_login" text NOT NULL,
	"status" text NOT NULL,
	"filename" text,
	"format" text NOT NULL,
	"encoding" text,
	"options" jsonb NOT NULL,
	"total_rows" integer DEFAULT 0 NOT NULL,
	"valid_rows" integer DEFAULT 0 NOT NULL,
	"error_count" integer DEFAULT 0 NOT NULL,
	"errors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"summary" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"chunk_count" integer DEFAULT 0 NOT NULL,
	"inserted_rows" integer,
	"message" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"committed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "practice_adoptions" (
	"practice_id" integer NOT NULL,
	"org_code" char(6) NOT NULL,
	"note" text,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "practice_adoptions_practice_id_org_code_pk" PRIMARY KEY("practice_id","org_code")
);
--> statement-breakpoint
CREATE TABLE "practice_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"practice_id" integer NOT NULL,
	"filename" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"data" "bytea" NOT NULL,
	"uploaded_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "practice_comments" (
	"id" serial PRIMARY KEY NOT NULL,
	"practice_id" integer NOT NULL,
	"org_code" char(6) NOT NULL,
	"author_id" uuid,
	"author_name" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "practices" (
	"id" serial PRIMARY KEY NOT NULL,
	"org_code" char(6) NOT NULL,
	"title" text NOT NULL,
	"category" text NOT NULL,
	"fiscal_year" integer NOT NULL,
	"themes" text[] DEFAULT '{}' NOT NULL,
	"funding" text,
	"status" text NOT NULL,
	"summary" text NOT NULL,
	"outcome" text,
	"contact" text,
	"import_batch_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "joint_system_participants" (
	"joint_system_id" integer NOT NULL,
	"org_code" char(6) NOT NULL,
	"contract_start" date NOT NULL,
	"contract_end" date NOT NULL,
	"yearly_cost" bigint,
	"joined_fiscal_year" integer,
	CONSTRAINT "joint_system_participants_joint_system_id_org_code_pk" PRIMARY KEY("joint_system_id","org_code")
);
--> statement-breakpoint
CREATE TABLE "joint_systems" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"service" text NOT NULL,
	"lead_org_code" char(6) NOT NULL,
	"tender_method" text NOT NULL,
	"tender_date" date,
	"vendor" text,
	"product" text,
	"contract_start" date NOT NULL,
	"contract_end" date NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "systems" ADD CONSTRAINT "systems_org_code_orgs_code_fk" FOREIGN KEY ("org_code") REFERENCES "public"."orgs"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_batch_chunks" ADD CONSTRAINT "import_batch_chunks_batch_id_import_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."import_batches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_batches" ADD CONSTRAINT "import_batches_org_code_orgs_code_fk" FOREIGN KEY ("org_code") REFERENCES "public"."orgs"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_adoptions" ADD CONSTRAINT "practice_adoptions_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_adoptions" ADD CONSTRAINT "practice_adoptions_org_code_orgs_code_fk" FOREIGN KEY ("org_code") REFERENCES "public"."orgs"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_attachments" ADD CONSTRAINT "practice_attachments_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_comments" ADD CONSTRAINT "practice_comments_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_comments" ADD CONSTRAINT "practice_comments_org_code_orgs_code_fk" FOREIGN KEY ("org_code") REFERENCES "public"."orgs"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_comments" ADD CONSTRAINT "practice_comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practices" ADD CONSTRAINT "practices_org_code_orgs_code_fk" FOREIGN KEY ("org_code") REFERENCES "public"."orgs"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "joint_system_participants" ADD CONSTRAINT "joint_system_participants_joint_system_id_joint_systems_id_fk" FOREIGN KEY ("joint_system_id") REFERENCES "public"."joint_systems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "joint_system_participants" ADD CONSTRAINT "joint_system_participants_org_code_orgs_code_fk" FOREIGN KEY ("org_code") REFERENCES "public"."orgs"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "joint_systems" ADD CONSTRAINT "joint_systems_lead_org_code_orgs_code_fk" FOREIGN KEY ("lead_org_code") REFERENCES "public"."orgs"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "systems_org_idx" ON "systems" USING btree ("org_code");--> statement-breakpoint
CREATE INDEX "systems_business_idx" ON "systems" USING btree ("business");--> statement-breakpoint
CREATE INDEX "systems_contract_end_idx" ON "systems" USING btree ("contract_end");--> statement-breakpoint
CREATE INDEX "import_batches_kind_org_idx" ON "import_batches" USING btree ("kind","org_code","created_at");--> statement-breakpoint
CREATE INDEX "practice_attachments_practice_idx" ON "practice_attachments" USING btree ("practice_id");--> statement-breakpoint
CREATE INDEX "practice_comments_practice_idx" ON "practice_comments" USING btree ("practice_id");--> statement-breakpoint
CREATE INDEX "practices_org_idx" ON "practices" USING btree ("org_code");--> statement-breakpoint
CREATE INDEX "practices_fiscal_year_idx" ON "practices" USING btree ("fiscal_year");