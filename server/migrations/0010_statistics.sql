CREATE TABLE "investment_activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"kind" varchar(10) NOT NULL,
	"title" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"location" text,
	"destinations" text[] DEFAULT '{}'::text[] NOT NULL,
	"members" text[] DEFAULT '{}'::text[] NOT NULL,
	"counterparts" text,
	"attendees" integer,
	"summary" text,
	"outcome" text,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "investment_activity_leads" (
	"activity_id" uuid NOT NULL,
	"lead_id" uuid NOT NULL,
	"zone_id" uuid NOT NULL,
	"relation" varchar(10) NOT NULL,
	CONSTRAINT "investment_activity_leads_activity_id_lead_id_pk" PRIMARY KEY("activity_id","lead_id")
);
--> statement-breakpoint
CREATE TABLE "investment_actuals" (
	"contract_id" uuid NOT NULL,
	"zone_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"output_yuan" numeric(16, 2),
	"tax_yuan" numeric(16, 2),
	"jobs" integer,
	"note" text,
	"entered_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "investment_actuals_contract_id_year_pk" PRIMARY KEY("contract_id","year")
);
--> statement-breakpoint
CREATE TABLE "investment_claims" (
	"conflict_id" uuid NOT NULL,
	"lead_id" uuid NOT NULL,
	"zone_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"status" varchar(10) DEFAULT 'contested' NOT NULL,
	"claimed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "investment_claims_conflict_id_lead_id_pk" PRIMARY KEY("conflict_id","lead_id")
);
--> statement-breakpoint
CREATE TABLE "investment_conflicts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"investor_name" text NOT NULL,
	"credit_code" varchar(18),
	"name_key" text NOT NULL,
	"status" varchar(8) DEFAULT 'open' NOT NULL,
	"note" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "investment_contracts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"lead_id" uuid NOT NULL,
	"kind" varchar(14) NOT NULL,
	"parent_contract_id" uuid,
	"code" text,
	"title" text NOT NULL,
	"signed_on" date NOT NULL,
	"amount_yuan" numeric(16, 2) NOT NULL,
	"schedule" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"promised_start_on" date,
	"promised_production_on" date,
	"promised_output_yuan" numeric(16, 2),
	"promised_tax_yuan" numeric(16, 2),
	"promised_jobs" integer,
	"land_mu" numeric(10, 2),
	"incentives" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"clawback" text,
	"investor_signatory" text,
	"our_signatory" text,
	"notes" text,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "investment_lead_stages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"lead_id" uuid NOT NULL,
	"from_stage" varchar(12),
	"to_stage" varchar(12) NOT NULL,
	"reason" text,
	"actor_id" uuid,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "investment_leads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"owner_unit_id" uuid NOT NULL,
	"owner_user_id" uuid,
	"investor_name" text NOT NULL,
	"investor_name_key" text NOT NULL,
	"investor_credit_code" varchar(18),
	"investor_foreign" boolean DEFAULT false NOT NULL,
	"investor_hq" text,
	"investor_industry" text,
	"investor_size" varchar(8),
	"investor_listed" boolean DEFAULT false NOT NULL,
	"contacts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"project_name" text NOT NULL,
	"project_content" text,
	"industry_code" varchar(4),
	"chain_node_id" uuid,
	"intended_investment_yuan" numeric(16, 2) NOT NULL,
	"land_mu" numeric(10, 2),
	"expected_output_yuan" numeric(16, 2),
	"expected_tax_yuan" numeric(16, 2),
	"expected_jobs" integer,
	"expected_energy_tce" numeric(14, 4),
	"source" varchar(20) NOT NULL,
	"source_note" text,
	"first_contact_on" date,
	"stage" varchar(12) DEFAULT 'clue' NOT NULL,
	"held_from" varchar(12),
	"stage_reason" text,
	"stage_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"enterprise_id" uuid,
	"project_id" uuid,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "investment_review_votes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"review_id" uuid NOT NULL,
	"member_name" text NOT NULL,
	"member_user_id" uuid,
	"member_title" text,
	"vote" varchar(12) NOT NULL,
	"opinion" text,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "investment_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"lead_id" uuid NOT NULL,
	"status" varchar(8) DEFAULT 'open' NOT NULL,
	"meeting_on" date,
	"summary" text,
	"checklist" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"metrics" jsonb,
	"decision" varchar(12),
	"conditions" text,
	"decided_on" date,
	"decided_by" uuid,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "investment_targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"signed_projects" integer NOT NULL,
	"signed_amount_yuan" numeric(16, 2) NOT NULL,
	"large_projects" integer NOT NULL,
	"funds_in_place_yuan" numeric(16, 2) NOT NULL,
	"started_projects" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "investment_thresholds" (
	"zone_id" uuid PRIMARY KEY NOT NULL,
	"min_intensity_wan_per_mu" numeric(12, 4),
	"min_tax_wan_per_mu" numeric(12, 4),
	"max_energy_tce_per_wan" numeric(12, 4),
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "statistics_import_jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"month" date NOT NULL,
	"status" varchar(12) NOT NULL,
	"total_rows" integer DEFAULT 0 NOT NULL,
	"processed_rows" integer DEFAULT 0 NOT NULL,
	"written" integer DEFAULT 0 NOT NULL,
	"errors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"error_count" integer DEFAULT 0 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "statistics_targets" (
	"zone_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"indicator_id" varchar(40) NOT NULL,
	"value" numeric(22, 4) NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "statistics_targets_zone_id_year_indicator_id_pk" PRIMARY KEY("zone_id","year","indicator_id")
);
--> statement-breakpoint
CREATE TABLE "statistics_indicator_values" (
	"zone_id" uuid NOT NULL,
	"indicator_id" varchar(40) NOT NULL,
	"month" date NOT NULL,
	"value" numeric(22, 4) NOT NULL,
	"note" text,
	"entered_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "statistics_indicator_values_zone_id_indicator_id_month_pk" PRIMARY KEY("zone_id","indicator_id","month")
);
--> statement-breakpoint
CREATE TABLE "statistics_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"month" date NOT NULL,
	"status" varchar(10) NOT NULL,
	"channel" varchar(10) NOT NULL,
	"output" numeric(18, 2),
	"revenue" numeric(18, 2),
	"profit" numeric(18, 2),
	"tax" numeric(18, 2),
	"electricity" numeric(18, 2),
	"employees" integer,
	"export_value" numeric(18, 2),
	"energy" numeric(18, 3),
	"industry_code" varchar(4) NOT NULL,
	"division" varchar(2) NOT NULL,
	"cluster" text DEFAULT '' NOT NULL,
	"scale_industry" boolean NOT NULL,
	"explanation" text,
	"return_reason" text,
	"revision" integer DEFAULT 0 NOT NULL,
	"late" boolean DEFAULT false NOT NULL,
	"submitted_at" timestamp with time zone,
	"submitted_by" uuid,
	"reviewed_at" timestamp with time zone,
	"reviewed_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "statistics_periods" (
	"zone_id" uuid NOT NULL,
	"month" date NOT NULL,
	"frozen_at" timestamp with time zone NOT NULL,
	"frozen_by" uuid,
	CONSTRAINT "statistics_periods_zone_id_month_pk" PRIMARY KEY("zone_id","month")
);
--> statement-breakpoint
CREATE TABLE "statistics_report_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"report_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"output" numeric(18, 2),
	"revenue" numeric(18, 2),
	"profit" numeric(18, 2),
	"tax" numeric(18, 2),
	"electricity" numeric(18, 2),
	"employees" integer,
	"export_value" numeric(18, 2),
	"energy" numeric(18, 3),
	"channel" varchar(10) NOT NULL,
	"reason" text,
	"actor_id" uuid,
	"actor_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "statistics_rollups" (
	"zone_id" uuid NOT NULL,
	"month" date NOT NULL,
	"division" varchar(2) NOT NULL,
	"cluster" text NOT NULL,
	"scale_industry" boolean NOT NULL,
	"enterprises" integer DEFAULT 0 NOT NULL,
	"comparable" integer DEFAULT 0 NOT NULL,
	"output_cur" numeric(22, 3) DEFAULT '0' NOT NULL,
	"output_cmp_cur" numeric(22, 3) DEFAULT '0' NOT NULL,
	"output_cmp_prior" numeric(22, 3) DEFAULT '0' NOT NULL,
	"revenue_cur" numeric(22, 3) DEFAULT '0' NOT NULL,
	"revenue_cmp_cur" numeric(22, 3) DEFAULT '0' NOT NULL,
	"revenue_cmp_prior" numeric(22, 3) DEFAULT '0' NOT NULL,
	"profit_cur" numeric(22, 3) DEFAULT '0' NOT NULL,
	"profit_cmp_cur" numeric(22, 3) DEFAULT '0' NOT NULL,
	"profit_cmp_prior" numeric(22, 3) DEFAULT '0' NOT NULL,
	"tax_cur" numeric(22, 3) DEFAULT '0' NOT NULL,
	"tax_cmp_cur" numeric(22, 3) DEFAULT '0' NOT NULL,
	"tax_cmp_prior" numeric(22, 3) DEFAULT '0' NOT NULL,
	"electricity_cur" numeric(22, 3) DEFAULT '0' NOT NULL,
	"electricity_cmp_cur" numeric(22, 3) DEFAULT '0' NOT NULL,
	"electricity_cmp_prior" numeric(22, 3) DEFAULT '0' NOT NULL,
	"employees_cur" numeric(22, 3) DEFAULT '0' NOT NULL,
	"employees_cmp_cur" numeric(22, 3) DEFAULT '0' NOT NULL,
	"employees_cmp_prior" numeric(22, 3) DEFAULT '0' NOT NULL,
	"export_value_cur" numeric(22, 3) DEFAULT '0' NOT NULL,
	"export_value_cmp_cur" numeric(22, 3) DEFAULT '0' NOT NULL,
	"export_value_cmp_prior" numeric(22, 3) DEFAULT '0' NOT NULL,
	"energy_cur" numeric(22, 3) DEFAULT '0' NOT NULL,
	"energy_cmp_cur" numeric(22, 3) DEFAULT '0' NOT NULL,
	"energy_cmp_prior" numeric(22, 3) DEFAULT '0' NOT NULL,
	CONSTRAINT "statistics_rollups_zone_id_month_division_cluster_scale_industry_pk" PRIMARY KEY("zone_id","month","division","cluster","scale_industry")
);
--> statement-breakpoint
CREATE TABLE "statistics_settings" (
	"zone_id" uuid PRIMARY KEY NOT NULL,
	"deadline_day" integer NOT NULL,
	"yoy_threshold_pct" numeric(5, 2) NOT NULL,
	"divergence_tolerance_pct" numeric(5, 2) NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "investment_activities" ADD CONSTRAINT "investment_activities_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_activities" ADD CONSTRAINT "investment_activities_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_activities" ADD CONSTRAINT "investment_activities_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_activity_leads" ADD CONSTRAINT "investment_activity_leads_activity_id_investment_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."investment_activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_activity_leads" ADD CONSTRAINT "investment_activity_leads_lead_id_investment_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."investment_leads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_actuals" ADD CONSTRAINT "investment_actuals_contract_id_investment_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."investment_contracts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_actuals" ADD CONSTRAINT "investment_actuals_entered_by_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_claims" ADD CONSTRAINT "investment_claims_conflict_id_investment_conflicts_id_fk" FOREIGN KEY ("conflict_id") REFERENCES "public"."investment_conflicts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_claims" ADD CONSTRAINT "investment_claims_lead_id_investment_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."investment_leads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_conflicts" ADD CONSTRAINT "investment_conflicts_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_conflicts" ADD CONSTRAINT "investment_conflicts_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_contracts" ADD CONSTRAINT "investment_contracts_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_contracts" ADD CONSTRAINT "investment_contracts_lead_id_investment_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."investment_leads"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_contracts" ADD CONSTRAINT "investment_contracts_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_lead_stages" ADD CONSTRAINT "investment_lead_stages_lead_id_investment_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."investment_leads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_lead_stages" ADD CONSTRAINT "investment_lead_stages_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_leads" ADD CONSTRAINT "investment_leads_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_leads" ADD CONSTRAINT "investment_leads_owner_unit_id_units_id_fk" FOREIGN KEY ("owner_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_leads" ADD CONSTRAINT "investment_leads_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_leads" ADD CONSTRAINT "investment_leads_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_leads" ADD CONSTRAINT "investment_leads_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_leads" ADD CONSTRAINT "investment_leads_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_review_votes" ADD CONSTRAINT "investment_review_votes_review_id_investment_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."investment_reviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_review_votes" ADD CONSTRAINT "investment_review_votes_member_user_id_users_id_fk" FOREIGN KEY ("member_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_reviews" ADD CONSTRAINT "investment_reviews_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_reviews" ADD CONSTRAINT "investment_reviews_lead_id_investment_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."investment_leads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_reviews" ADD CONSTRAINT "investment_reviews_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_reviews" ADD CONSTRAINT "investment_reviews_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_targets" ADD CONSTRAINT "investment_targets_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_targets" ADD CONSTRAINT "investment_targets_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_thresholds" ADD CONSTRAINT "investment_thresholds_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statistics_import_jobs" ADD CONSTRAINT "statistics_import_jobs_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statistics_import_jobs" ADD CONSTRAINT "statistics_import_jobs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statistics_targets" ADD CONSTRAINT "statistics_targets_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statistics_indicator_values" ADD CONSTRAINT "statistics_indicator_values_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statistics_indicator_values" ADD CONSTRAINT "statistics_indicator_values_entered_by_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statistics_reports" ADD CONSTRAINT "statistics_reports_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statistics_reports" ADD CONSTRAINT "statistics_reports_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statistics_reports" ADD CONSTRAINT "statistics_reports_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statistics_reports" ADD CONSTRAINT "statistics_reports_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statistics_periods" ADD CONSTRAINT "statistics_periods_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statistics_periods" ADD CONSTRAINT "statistics_periods_frozen_by_users_id_fk" FOREIGN KEY ("frozen_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statistics_report_revisions" ADD CONSTRAINT "statistics_report_revisions_report_id_statistics_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."statistics_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statistics_report_revisions" ADD CONSTRAINT "statistics_report_revisions_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statistics_settings" ADD CONSTRAINT "statistics_settings_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "investment_activities_zone_date_idx" ON "investment_activities" USING btree ("zone_id","starts_on");--> statement-breakpoint
CREATE INDEX "investment_activities_unit_idx" ON "investment_activities" USING btree ("unit_id","starts_on");--> statement-breakpoint
CREATE INDEX "investment_activity_leads_lead_idx" ON "investment_activity_leads" USING btree ("lead_id");--> statement-breakpoint
CREATE INDEX "investment_claims_lead_idx" ON "investment_claims" USING btree ("lead_id");--> statement-breakpoint
CREATE INDEX "investment_conflicts_zone_idx" ON "investment_conflicts" USING btree ("zone_id","status");--> statement-breakpoint
CREATE INDEX "investment_contracts_lead_idx" ON "investment_contracts" USING btree ("lead_id");--> statement-breakpoint
CREATE INDEX "investment_contracts_zone_signed_idx" ON "investment_contracts" USING btree ("zone_id","signed_on");--> statement-breakpoint
CREATE INDEX "investment_lead_stages_lead_idx" ON "investment_lead_stages" USING btree ("lead_id","at");--> statement-breakpoint
CREATE INDEX "investment_leads_zone_stage_idx" ON "investment_leads" USING btree ("zone_id","stage");--> statement-breakpoint
CREATE INDEX "investment_leads_zone_unit_idx" ON "investment_leads" USING btree ("zone_id","owner_unit_id");--> statement-breakpoint
CREATE INDEX "investment_leads_name_key_idx" ON "investment_leads" USING btree ("zone_id","investor_name_key");--> statement-breakpoint
CREATE INDEX "investment_leads_credit_code_idx" ON "investment_leads" USING btree ("zone_id","investor_credit_code");--> statement-breakpoint
CREATE UNIQUE INDEX "investment_review_votes_member_uq" ON "investment_review_votes" USING btree ("review_id","member_name");--> statement-breakpoint
CREATE INDEX "investment_reviews_lead_idx" ON "investment_reviews" USING btree ("lead_id");--> statement-breakpoint
CREATE INDEX "investment_reviews_zone_idx" ON "investment_reviews" USING btree ("zone_id");--> statement-breakpoint
CREATE UNIQUE INDEX "investment_targets_unit_year_uq" ON "investment_targets" USING btree ("zone_id","unit_id","year");--> statement-breakpoint
CREATE INDEX "statistics_import_jobs_zone_idx" ON "statistics_import_jobs" USING btree ("zone_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "statistics_reports_zone_ent_month_uq" ON "statistics_reports" USING btree ("zone_id","enterprise_id","month");--> statement-breakpoint
CREATE INDEX "statistics_reports_ent_month_idx" ON "statistics_reports" USING btree ("enterprise_id","month");--> statement-breakpoint
CREATE INDEX "statistics_reports_zone_month_status_idx" ON "statistics_reports" USING btree ("zone_id","month","status");--> statement-breakpoint
CREATE UNIQUE INDEX "statistics_revisions_report_uq" ON "statistics_report_revisions" USING btree ("report_id","revision");--> statement-breakpoint
CREATE INDEX "statistics_rollups_month_idx" ON "statistics_rollups" USING btree ("month","zone_id");