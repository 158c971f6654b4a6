/** 比学赶超 tables: 赛区 and their units, each zone's scoring weights, 点评 / 观摩 inspections and judges' scores. */
import type {
  INSPECTION_KINDS,
  InspectionCriterion,
  RACE_GROUP_KINDS,
  RankingWeights,
} from "@zoneos/core/project-ranking";
import {
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";
import { units, users, zones } from "../platform/tables.js";
import { projects } from "./tables.js";

type Of<T extends readonly string[]> = T[number];

/** 赛区: towns, streets or departments competing with each other. */
export const raceGroups = pgTable(
  "project_race_groups",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    zoneId: uuid("zone_id")
      .notNull()
      .references(() => zones.id),
    name: text("name").notNull(),
    kind: varchar("kind", { length: 12 }).$type<Of<typeof RACE_GROUP_KINDS>>().notNull(),
    sort: integer("sort").notNull().default(0),
  },
  (t) => [uniqueIndex("project_race_groups_zone_name_uq").on(t.zoneId, t.name)],
);

/** The units whose projects count for a 赛区. */
export const raceGroupUnits = pgTable(
  "project_race_group_units",
  {
    groupId: uuid("group_id")
      .notNull()
      .references(() => raceGroups.id, { onDelete: "cascade" }),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.unitId] }), index("project_race_group_units_unit_idx").on(t.unitId)],
);

/** A zone's ranking weights; absent means the documented defaults (version 0). */
export const rankingConfigs = pgTable("project_ranking_configs", {
  zoneId: uuid("zone_id")
    .primaryKey()
    .references(() => zones.id),
  weights: jsonb("weights").$type<RankingWeights>().notNull(),
  version: integer("version").notNull().default(1),
  updatedBy: uuid("updated_by").references(() => users.id),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** 一季一点评 / 半年一观摩: judges score projects against weighted criteria. */
export const inspections = pgTable(
  "project_inspections",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    zoneId: uuid("zone_id")
      .notNull()
      .references(() => zones.id),
    kind: varchar("kind", { length: 10 }).$type<Of<typeof INSPECTION_KINDS>>().notNull(),
    title: text("title").notNull(),
    heldOn: date("held_on").notNull(),
    criteria: jsonb("criteria").$type<InspectionCriterion[]>().notNull(),
    status: varchar("status", { length: 8 }).$type<"open" | "closed">().notNull(),
    createdBy: uuid("created_by").references(() => users.id),
  },
  (t) => [index("project_inspections_zone_idx").on(t.zoneId, t.heldOn)],
);

export const inspectionScores = pgTable(
  "project_inspection_scores",
  {
    inspectionId: uuid("inspection_id")
      .notNull()
      .references(() => inspections.id, { onDelete: "cascade" }),
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    judgeId: uuid("judge_id")
      .notNull()
      .references(() => users.id),
    criterion: varchar("criterion", { length: 40 }).notNull(),
    score: numeric("score", { precision: 5, scale: 2 }).notNull(),
    scoredAt: timestamp("scored_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.inspectionId, t.projectId, t.judgeId, t.criterion] }),
    index("project_inspection_scores_project_idx").on(t.projectId),
  ],
);
