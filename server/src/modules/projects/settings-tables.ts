/** Project settings: each zone's health rules, and the project-list views each user saved. */
import type { HealthRules } from "@zoneos/core/project-health";
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users, zones } from "../platform/tables.js";

/** A zone's health thresholds; absent means the documented defaults (version 0). */
export const healthRules = pgTable("project_health_rules", {
  zoneId: uuid("zone_id")
    .primaryKey()
    .references(() => zones.id),
  rules: jsonb("rules").$type<HealthRules>().notNull(),
  version: integer("version").notNull().default(1),
  updatedBy: uuid("updated_by").references(() => users.id),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** A named filter set of the project list, private to the user who saved it. */
export const projectViews = pgTable(
  "project_saved_views",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    /** The list's URL parameters (core PROJECT_VIEW_KEYS), as strings. */
    filters: jsonb("filters").$type<Record<string, string>>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex("project_saved_views_user_name_uq").on(t.userId, t.name),
    index("project_saved_views_user_idx").on(t.userId),
  ],
);
