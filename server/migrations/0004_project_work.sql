CREATE TABLE "project_problems" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"category" varchar(12) NOT NULL,
	"description" text NOT NULL,
	"raised_by" uuid,
	"raised_on" date NOT NULL,
	"responsible_unit_id" uuid,
	"responsible_person" text,
	"deadline" date,
	"status" varchar(12) NOT NULL,
	"resolution" text,
	"escalated" boolean DEFAULT false NOT NULL,
	"meeting_id" uuid,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_report_photos" (
	"report_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "project_report_photos_report_id_file_id_pk" PRIMARY KEY("report_id","file_id")
);
--> statement-breakpoint
CREATE TABLE "project_weekly_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"week_of" date NOT NULL,
	"progress" text NOT NULL,
	"image_progress_pct" integer NOT NULL,
	"problems_found" text,
	"author_id" uuid,
	"submitted_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"name" text NOT NULL,
	"mime" varchar(100) NOT NULL,
	"size" bigint NOT NULL,
	"sha256" varchar(64) NOT NULL,
	"data" "bytea" NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "project_problems" ADD CONSTRAINT "project_problems_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_problems" ADD CONSTRAINT "project_problems_raised_by_users_id_fk" FOREIGN KEY ("raised_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_problems" ADD CONSTRAINT "project_problems_responsible_unit_id_units_id_fk" FOREIGN KEY ("responsible_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_report_photos" ADD CONSTRAINT "project_report_photos_report_id_project_weekly_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."project_weekly_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_report_photos" ADD CONSTRAINT "project_report_photos_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_weekly_reports" ADD CONSTRAINT "project_weekly_reports_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_weekly_reports" ADD CONSTRAINT "project_weekly_reports_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "problems_zone_status_idx" ON "project_problems" USING btree ("zone_id","status","deadline");--> statement-breakpoint
CREATE INDEX "problems_project_idx" ON "project_problems" USING btree ("project_id");--> statement-breakpoint
CREATE UNIQUE INDEX "weekly_reports_project_week_uq" ON "project_weekly_reports" USING btree ("project_id","week_of");--> statement-breakpoint
CREATE INDEX "weekly_reports_zone_idx" ON "project_weekly_reports" USING btree ("zone_id","week_of");--> statement-breakpoint
CREATE INDEX "files_zone_idx" ON "files" USING btree ("zone_id","created_at");