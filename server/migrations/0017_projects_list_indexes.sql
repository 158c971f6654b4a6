CREATE INDEX "projects_code_idx" ON "projects" USING btree ("code","id");--> statement-breakpoint
CREATE INDEX "projects_stage_code_idx" ON "projects" USING btree ("stage","code","id");