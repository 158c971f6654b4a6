ALTER TABLE "statistics_reports" DROP CONSTRAINT "statistics_reports_zone_id_zones_id_fk";
--> statement-breakpoint
ALTER TABLE "statistics_reports" DROP CONSTRAINT "statistics_reports_submitted_by_users_id_fk";
--> statement-breakpoint
ALTER TABLE "statistics_reports" DROP CONSTRAINT "statistics_reports_reviewed_by_users_id_fk";
--> statement-breakpoint
ALTER TABLE "statistics_report_revisions" DROP CONSTRAINT "statistics_report_revisions_actor_id_users_id_fk";
