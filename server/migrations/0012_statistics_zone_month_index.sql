DROP INDEX "statistics_reports_zone_ent_month_uq";--> statement-breakpoint
DROP INDEX "statistics_reports_zone_month_status_idx";--> statement-breakpoint
CREATE UNIQUE INDEX "statistics_reports_zone_month_ent_uq" ON "statistics_reports" USING btree ("zone_id","month","enterprise_id");