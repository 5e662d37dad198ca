CREATE TABLE "people" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"employee_no" text NOT NULL,
	"name" text NOT NULL,
	"kana" text NOT NULL,
	"employer_org_code" char(6) NOT NULL,
	"category" text NOT NULL,
	"hiring_route" text NOT NULL,
	"hiring_fiscal_year" integer NOT NULL,
	"hired_on" date NOT NULL,
	"grade" text NOT NULL,
	"primary_job_type" text NOT NULL,
	"secondary_job_type" text,
	"career_goal" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"home_org_code" char(6),
	"user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "people_employee_no_unique" UNIQUE("employee_no"),
	CONSTRAINT "people_user_id_unique" UNIQUE("user_id")
);
--> statement-breakpoint
CREATE TABLE "person_certifications" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"code" text NOT NULL,
	"passed_on" date NOT NULL,
	CONSTRAINT "person_certifications_person_code" UNIQUE("person_id","code")
);
--> statement-breakpoint
CREATE TABLE "person_location_preferences" (
	"person_id" uuid NOT NULL,
	"rank" integer NOT NULL,
	"org_code" char(6) NOT NULL,
	CONSTRAINT "person_location_preferences_person_id_rank_pk" PRIMARY KEY("person_id","rank"),
	CONSTRAINT "person_location_unique" UNIQUE("person_id","org_code")
);
--> statement-breakpoint
CREATE TABLE "assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"post_id" uuid NOT NULL,
	"fte" numeric(3, 2) DEFAULT 1 NOT NULL,
	"start_fiscal_year" integer NOT NULL,
	"end_fiscal_year" integer,
	"start_date" date,
	"status" text DEFAULT 'actual' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "posts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_code" char(6) NOT NULL,
	"unit" text NOT NULL,
	"title" text NOT NULL,
	"duties" text DEFAULT '' NOT NULL,
	"wanted_job_type" text,
	"wanted_level" smallint,
	"fte" numeric(3, 2) DEFAULT 1 NOT NULL,
	"from_fiscal_year" integer NOT NULL,
	"to_fiscal_year" integer,
	"budget_secured" boolean DEFAULT false NOT NULL,
	"budget_yen" integer,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "skill_assessments" (
	"sheet_id" uuid NOT NULL,
	"item_code" text NOT NULL,
	"self_level" smallint,
	"evaluator_level" smallint,
	"evaluator_comment" text DEFAULT '' NOT NULL,
	CONSTRAINT "skill_assessments_sheet_id_item_code_pk" PRIMARY KEY("sheet_id","item_code")
);
--> statement-breakpoint
CREATE TABLE "skill_evidence" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"sheet_id" uuid NOT NULL,
	"item_code" text NOT NULL,
	"kind" text NOT NULL,
	"reference" text,
	"description" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "skill_sheets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"fiscal_year" integer NOT NULL,
	"job_type" text NOT NULL,
	"career_stage" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"evaluated_by" uuid,
	"evaluated_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "skill_sheets_person_year" UNIQUE("person_id","fiscal_year")
);
--> statement-breakpoint
CREATE TABLE "training_courses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"provider" text NOT NULL,
	"skill_items" jsonb NOT NULL,
	"hours" integer NOT NULL,
	"cost_yen" integer NOT NULL,
	"grade" text,
	"description" text DEFAULT '' NOT NULL,
	"active" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_plan_items" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"plan_id" uuid NOT NULL,
	"course_id" uuid NOT NULL,
	"target_item" text,
	"status" text DEFAULT 'planned' NOT NULL,
	"completed_on" date,
	"cost_yen" integer NOT NULL,
	"note" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"fiscal_year" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_plans_person_year" UNIQUE("person_id","fiscal_year")
);
--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_employer_org_code_orgs_code_fk" FOREIGN KEY ("employer_org_code") REFERENCES "public"."orgs"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_home_org_code_orgs_code_fk" FOREIGN KEY ("home_org_code") REFERENCES "public"."orgs"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_certifications" ADD CONSTRAINT "person_certifications_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_location_preferences" ADD CONSTRAINT "person_location_preferences_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_location_preferences" ADD CONSTRAINT "person_location_preferences_org_code_orgs_code_fk" FOREIGN KEY ("org_code") REFERENCES "public"."orgs"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_post_id_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."posts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "posts" ADD CONSTRAINT "posts_org_code_orgs_code_fk" FOREIGN KEY ("org_code") REFERENCES "public"."orgs"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skill_assessments" ADD CONSTRAINT "skill_assessments_sheet_id_skill_sheets_id_fk" FOREIGN KEY ("sheet_id") REFERENCES "public"."skill_sheets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skill_evidence" ADD CONSTRAINT "skill_evidence_sheet_id_skill_sheets_id_fk" FOREIGN KEY ("sheet_id") REFERENCES "public"."skill_sheets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skill_sheets" ADD CONSTRAINT "skill_sheets_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skill_sheets" ADD CONSTRAINT "skill_sheets_evaluated_by_users_id_fk" FOREIGN KEY ("evaluated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_plan_items" ADD CONSTRAINT "training_plan_items_plan_id_training_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."training_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_plan_items" ADD CONSTRAINT "training_plan_items_course_id_training_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."training_courses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_plans" ADD CONSTRAINT "training_plans_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assignments_person_idx" ON "assignments" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "assignments_post_idx" ON "assignments" USING btree ("post_id");--> statement-breakpoint
CREATE INDEX "posts_org_idx" ON "posts" USING btree ("org_code");