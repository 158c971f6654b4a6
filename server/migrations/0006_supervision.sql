CREATE TABLE "project_batch_members" (
	"zone_id" uuid NOT NULL,
	"batch_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	CONSTRAINT "project_batch_members_batch_id_project_id_pk" PRIMARY KEY("batch_id","project_id")
);
--> statement-breakpoint
CREATE TABLE "project_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"name" text NOT NULL,
	"held_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_meeting_decisions" (
	"zone_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"problem_id" uuid NOT NULL,
	"decision" text,
	"decided_at" timestamp with time zone,
	CONSTRAINT "project_meeting_decisions_meeting_id_problem_id_pk" PRIMARY KEY("meeting_id","problem_id")
);
--> statement-breakpoint
CREATE TABLE "project_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"title" text NOT NULL,
	"held_on" date NOT NULL,
	"chair" text,
	"minutes" text,
	"status" varchar(10) NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "project_batch_members" ADD CONSTRAINT "project_batch_members_batch_id_project_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."project_batches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_batch_members" ADD CONSTRAINT "project_batch_members_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_batches" ADD CONSTRAINT "project_batches_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_meeting_decisions" ADD CONSTRAINT "project_meeting_decisions_meeting_id_project_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."project_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_meeting_decisions" ADD CONSTRAINT "project_meeting_decisions_problem_id_project_problems_id_fk" FOREIGN KEY ("problem_id") REFERENCES "public"."project_problems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_meetings" ADD CONSTRAINT "project_meetings_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_meetings" ADD CONSTRAINT "project_meetings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "project_batch_members_project_idx" ON "project_batch_members" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "project_batches_zone_idx" ON "project_batches" USING btree ("zone_id","held_on");--> statement-breakpoint
CREATE INDEX "project_meetings_zone_idx" ON "project_meetings" USING btree ("zone_id","held_on");