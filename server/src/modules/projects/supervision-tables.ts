/** Supervision cadence tables: 会办 meetings and their decisions, 集中开工 batches. */
import { date, index, integer, pgTable, primaryKey, text, timestamp, uuid, varchar } from "drizzle-orm/pg-core";
import { users, zones } from "../platform/tables.js";
import { problems, projects } from "./tables.js";

/** 两月一会办: a meeting whose agenda is built from escalated open problems. */
export const meetings = pgTable(
  "project_meetings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    zoneId: uuid("zone_id")
      .notNull()
      .references(() => zones.id),
    title: text("title").notNull(),
    heldOn: date("held_on").notNull(),
    chair: text("chair"),
    minutes: text("minutes"),
    status: varchar("status", { length: 10 }).$type<"planned" | "held">().notNull(),
    createdBy: uuid("created_by").references(() => users.id),
    version: integer("version").notNull().default(1),
  },
  (t) => [index("project_meetings_zone_idx").on(t.zoneId, t.heldOn)],
);

/** What the meeting decided on each problem of its agenda. */
export const meetingDecisions = pgTable(
  "project_meeting_decisions",
  {
    zoneId: uuid("zone_id").notNull(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    problemId: uuid("problem_id")
      .notNull()
      .references(() => problems.id),
    decision: text("decision"),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.problemId] })],
);

/** 集中开工: projects starting together in one event. */
export const batches = pgTable(
  "project_batches",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    zoneId: uuid("zone_id")
      .notNull()
      .references(() => zones.id),
    name: text("name").notNull(),
    heldOn: date("held_on").notNull(),
  },
  (t) => [index("project_batches_zone_idx").on(t.zoneId, t.heldOn)],
);

export const batchProjects = pgTable(
  "project_batch_members",
  {
    zoneId: uuid("zone_id").notNull(),
    batchId: uuid("batch_id")
      .notNull()
      .references(() => batches.id, { onDelete: "cascade" }),
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.batchId, t.projectId] }),
    index("project_batch_members_project_idx").on(t.projectId),
  ],
);
