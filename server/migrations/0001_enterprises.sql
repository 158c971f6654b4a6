CREATE TABLE "chain_nodes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"chain_id" uuid NOT NULL,
	"parent_id" uuid,
	"name" text NOT NULL,
	"segment" varchar(10) NOT NULL,
	"key_products" text,
	"technologies" text,
	"sort" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "chains" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cultivation_targets" (
	"zone_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"rung" varchar(12) NOT NULL,
	"target" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "cultivation_targets_zone_id_year_rung_pk" PRIMARY KEY("zone_id","year","rung")
);
--> statement-breakpoint
CREATE TABLE "enterprise_chain_nodes" (
	"zone_id" uuid NOT NULL,
	"node_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	CONSTRAINT "enterprise_chain_nodes_node_id_enterprise_id_pk" PRIMARY KEY("node_id","enterprise_id")
);
--> statement-breakpoint
CREATE TABLE "enterprise_name_grams" (
	"gram" varchar(2) NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"zone_id" uuid NOT NULL,
	CONSTRAINT "enterprise_name_grams_gram_enterprise_id_pk" PRIMARY KEY("gram","enterprise_id")
);
--> statement-breakpoint
CREATE TABLE "enterprise_profiles" (
	"enterprise_id" uuid PRIMARY KEY NOT NULL,
	"zone_id" uuid NOT NULL,
	"invention_patents" integer DEFAULT 0 NOT NULL,
	"utility_patents" integer DEFAULT 0 NOT NULL,
	"design_patents" integer DEFAULT 0 NOT NULL,
	"valid_invention_patents" integer DEFAULT 0 NOT NULL,
	"high_level_talents" integer DEFAULT 0 NOT NULL,
	"partners" text[] DEFAULT '{}'::text[] NOT NULL,
	"declared_revenue_yuan" numeric(16, 2),
	"declared_revenue_year" integer,
	"party_form" varchar(12),
	"party_members" integer,
	"party_secretary" text,
	"party_instructor" text,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enterprises" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"credit_code" varchar(18),
	"name" text NOT NULL,
	"former_names" text[] DEFAULT '{}'::text[] NOT NULL,
	"legal_representative" text,
	"registered_capital_yuan" numeric(16, 2),
	"established_on" date,
	"address" text,
	"industry_code" varchar(4) NOT NULL,
	"ownership" varchar(16) NOT NULL,
	"status" varchar(12) NOT NULL,
	"employees" integer,
	"land_mu" numeric(11, 2),
	"contact_name" text,
	"contact_phone" text,
	"liaison_user_id" uuid,
	"cluster" text,
	"rung" varchar(12) NOT NULL,
	"search_key" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "industries" (
	"code" varchar(4) PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"level" varchar(10) NOT NULL,
	"parent" varchar(4)
);
--> statement-breakpoint
CREATE TABLE "enterprise_qualifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"kind" varchar(16) NOT NULL,
	"certificate_no" text,
	"issued_on" date,
	"expires_on" date,
	"board" varchar(10),
	"stock_code" text,
	"tier" text,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "enterprise_rd_platforms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"kind" varchar(20) NOT NULL,
	"level" varchar(12) NOT NULL,
	"name" text NOT NULL,
	"approved_on" date
);
--> statement-breakpoint
CREATE TABLE "enterprise_rung_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"rung" varchar(12) NOT NULL,
	"reached_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enterprise_scale_flags" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"kind" varchar(12) NOT NULL,
	"started_on" date NOT NULL,
	"ended_on" date,
	"note" text
);
--> statement-breakpoint
ALTER TABLE "chain_nodes" ADD CONSTRAINT "chain_nodes_chain_id_chains_id_fk" FOREIGN KEY ("chain_id") REFERENCES "public"."chains"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chains" ADD CONSTRAINT "chains_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cultivation_targets" ADD CONSTRAINT "cultivation_targets_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_chain_nodes" ADD CONSTRAINT "enterprise_chain_nodes_node_id_chain_nodes_id_fk" FOREIGN KEY ("node_id") REFERENCES "public"."chain_nodes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_chain_nodes" ADD CONSTRAINT "enterprise_chain_nodes_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_name_grams" ADD CONSTRAINT "enterprise_name_grams_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_profiles" ADD CONSTRAINT "enterprise_profiles_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprises" ADD CONSTRAINT "enterprises_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprises" ADD CONSTRAINT "enterprises_industry_code_industries_code_fk" FOREIGN KEY ("industry_code") REFERENCES "public"."industries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprises" ADD CONSTRAINT "enterprises_liaison_user_id_users_id_fk" FOREIGN KEY ("liaison_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_qualifications" ADD CONSTRAINT "enterprise_qualifications_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_rd_platforms" ADD CONSTRAINT "enterprise_rd_platforms_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_rung_steps" ADD CONSTRAINT "enterprise_rung_steps_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_scale_flags" ADD CONSTRAINT "enterprise_scale_flags_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "chain_nodes_chain_idx" ON "chain_nodes" USING btree ("zone_id","chain_id");--> statement-breakpoint
CREATE UNIQUE INDEX "chains_zone_name_uq" ON "chains" USING btree ("zone_id","name");--> statement-breakpoint
CREATE INDEX "enterprise_chain_nodes_ent_idx" ON "enterprise_chain_nodes" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "enterprise_grams_enterprise_idx" ON "enterprise_name_grams" USING btree ("enterprise_id");--> statement-breakpoint
CREATE UNIQUE INDEX "enterprises_credit_code_uq" ON "enterprises" USING btree ("credit_code");--> statement-breakpoint
CREATE INDEX "enterprises_zone_name_idx" ON "enterprises" USING btree ("zone_id","name");--> statement-breakpoint
CREATE INDEX "enterprises_zone_industry_idx" ON "enterprises" USING btree ("zone_id","industry_code");--> statement-breakpoint
CREATE INDEX "enterprises_liaison_idx" ON "enterprises" USING btree ("liaison_user_id");--> statement-breakpoint
CREATE INDEX "industries_parent_idx" ON "industries" USING btree ("parent");--> statement-breakpoint
CREATE INDEX "qualifications_zone_kind_idx" ON "enterprise_qualifications" USING btree ("zone_id","kind","expires_on");--> statement-breakpoint
CREATE INDEX "qualifications_ent_idx" ON "enterprise_qualifications" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "rd_platforms_ent_idx" ON "enterprise_rd_platforms" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "rd_platforms_zone_idx" ON "enterprise_rd_platforms" USING btree ("zone_id","level");--> statement-breakpoint
CREATE INDEX "rung_steps_zone_idx" ON "enterprise_rung_steps" USING btree ("zone_id","rung","reached_on");--> statement-breakpoint
CREATE INDEX "rung_steps_ent_idx" ON "enterprise_rung_steps" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "scale_flags_zone_kind_idx" ON "enterprise_scale_flags" USING btree ("zone_id","kind","started_on");--> statement-breakpoint
CREATE INDEX "scale_flags_ent_idx" ON "enterprise_scale_flags" USING btree ("enterprise_id");