CREATE TABLE "project_inspection_scores" (
	"inspection_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"judge_id" uuid NOT NULL,
	"criterion" varchar(40) NOT NULL,
	"score" numeric(5, 2) NOT NULL,
	"scored_at" timestamp with time zone NOT NULL,
	CONSTRAINT "project_inspection_scores_inspection_id_project_id_judge_id_criterion_pk" PRIMARY KEY("inspection_id","project_id","judge_id","criterion")
);
--> statement-breakpoint
CREATE TABLE "project_inspections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"kind" varchar(10) NOT NULL,
	"title" text NOT NULL,
	"held_on" date NOT NULL,
	"criteria" jsonb NOT NULL,
	"status" varchar(8) NOT NULL,
	"created_by" uuid
);
--> statement-breakpoint
CREATE TABLE "project_race_group_units" (
	"group_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	CONSTRAINT "project_race_group_units_group_id_unit_id_pk" PRIMARY KEY("group_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "project_race_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" varchar(12) NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_ranking_configs" (
	"zone_id" uuid PRIMARY KEY NOT NULL,
	"weights" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "project_inspection_scores" ADD CONSTRAINT "project_inspection_scores_inspection_id_project_inspections_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."project_inspections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_inspection_scores" ADD CONSTRAINT "project_inspection_scores_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_inspection_scores" ADD CONSTRAINT "project_inspection_scores_judge_id_users_id_fk" FOREIGN KEY ("judge_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_inspections" ADD CONSTRAINT "project_inspections_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_inspections" ADD CONSTRAINT "project_inspections_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_race_group_units" ADD CONSTRAINT "project_race_group_units_group_id_project_race_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."project_race_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_race_group_units" ADD CONSTRAINT "project_race_group_units_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_race_groups" ADD CONSTRAINT "project_race_groups_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_ranking_configs" ADD CONSTRAINT "project_ranking_configs_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_ranking_configs" ADD CONSTRAINT "project_ranking_configs_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "project_inspection_scores_project_idx" ON "project_inspection_scores" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "project_inspections_zone_idx" ON "project_inspections" USING btree ("zone_id","held_on");--> statement-breakpoint
CREATE INDEX "project_race_group_units_unit_idx" ON "project_race_group_units" USING btree ("unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "project_race_groups_zone_name_uq" ON "project_race_groups" USING btree ("zone_id","name");