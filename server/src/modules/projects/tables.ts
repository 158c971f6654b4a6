/** Key-project tables: projects, their phases, yearly plans, monthly investment, lifecycle history, milestones, people. */

import type {
  CONSTRUCTION_TYPES,
  LEVEL_TAGS,
  MEMBER_ROLES,
  PROJECT_CATEGORIES,
  PROJECT_TIERS,
} from "@zoneos/core/project-api";
import type { ProjectStage } from "@zoneos/core/project-lifecycle";
import type { PROBLEM_CATEGORIES, ProblemStatus } from "@zoneos/core/project-problems";
import { sql } from "drizzle-orm";
import {
  boolean,
  date,
  doublePrecision,
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
import { files } from "../../platform/files-table.js";
import { enterprises } from "../enterprises/tables.js";
import { units, users, zones } from "../platform/tables.js";

type Of<T extends readonly string[]> = T[number];
const money = (name: string) => numeric(name, { precision: 16, scale: 2 });

export const projects = pgTable(
  "projects",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    zoneId: uuid("zone_id")
      .notNull()
      .references(() => zones.id),
    code: varchar("code", { length: 40 }).notNull(),
    name: text("name").notNull(),
    enterpriseId: uuid("enterprise_id").references(() => enterprises.id),
    leadUnitId: uuid("lead_unit_id").references(() => units.id),
    category: varchar("category", { length: 20 }).$type<Of<typeof PROJECT_CATEGORIES>>().notNull(),
    constructionType: varchar("construction_type", { length: 12 }).$type<Of<typeof CONSTRUCTION_TYPES>>().notNull(),
    levelTags: text("level_tags").array().$type<Of<typeof LEVEL_TAGS>[]>().notNull().default(sql`'{}'::text[]`),
    tier: varchar("tier", { length: 8 }).$type<Of<typeof PROJECT_TIERS>>().notNull(),
    industryCode: varchar("industry_code", { length: 4 }),
    totalInvestmentYuan: money("total_investment_yuan").notNull(),
    landMu: numeric("land_mu", { precision: 11, scale: 2 }),
    buildingAreaM2: numeric("building_area_m2", { precision: 12, scale: 2 }),
    content: text("content"),
    plannedStartOn: date("planned_start_on"),
    plannedCompletionOn: date("planned_completion_on"),
    actualStartOn: date("actual_start_on"),
    actualCompletionOn: date("actual_completion_on"),
    productionOn: date("production_on"),
    expectedOutputYuan: money("expected_output_yuan"),
    expectedTaxYuan: money("expected_tax_yuan"),
    expectedJobs: integer("expected_jobs"),
    lat: doublePrecision("lat"),
    lng: doublePrecision("lng"),
    stage: varchar("stage", { length: 14 }).$type<ProjectStage>().notNull(),
    pausedFrom: varchar("paused_from", { length: 14 }).$type<ProjectStage>(),
    /** "六个一": the responsible zone leader, the working team and the service plan. */
    leaderName: text("leader_name"),
    team: text("team"),
    servicePlan: text("service_plan"),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("projects_zone_code_uq").on(t.zoneId, t.code),
    index("projects_zone_stage_idx").on(t.zoneId, t.stage),
    index("projects_zone_unit_idx").on(t.zoneId, t.leadUnitId),
    index("projects_enterprise_idx").on(t.enterpriseId),
    // The list pages in SQL: province-wide by code, or filtered by stage then ordered by code.
    index("projects_code_idx").on(t.code, t.id),
    index("projects_stage_code_idx").on(t.stage, t.code, t.id),
  ],
);

const owned = {
  zoneId: uuid("zone_id").notNull(),
  projectId: uuid("project_id")
    .notNull()
    .references(() => projects.id, { onDelete: "cascade" }),
};

export const projectPhases = pgTable(
  "project_phases",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ...owned,
    name: text("name").notNull(),
    investmentYuan: money("investment_yuan"),
    plannedStartOn: date("planned_start_on"),
    plannedCompletionOn: date("planned_completion_on"),
    actualStartOn: date("actual_start_on"),
    actualCompletionOn: date("actual_completion_on"),
    content: text("content"),
    sort: integer("sort").notNull().default(0),
    version: integer("version").notNull().default(1),
  },
  (t) => [index("project_phases_project_idx").on(t.projectId)],
);

/** Documents kept with a project (批复, 许可, 合同, 图纸 …): the bytes live in `files`. */
export const projectAttachments = pgTable(
  "project_attachments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ...owned,
    fileId: uuid("file_id")
      .notNull()
      .references(() => files.id),
    note: text("note"),
    uploadedBy: uuid("uploaded_by").references(() => users.id),
    uploadedAt: timestamp("uploaded_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("project_attachments_project_idx").on(t.projectId, t.uploadedAt)],
);

/** The year's planned investment (年度计划投资). */
export const annualPlans = pgTable(
  "project_annual_plans",
  {
    ...owned,
    year: integer("year").notNull(),
    plannedYuan: money("planned_yuan").notNull(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.year] }), index("project_annual_plans_zone_idx").on(t.zoneId, t.year)],
);

/** Completed investment per month (当月); year-to-date and since-start figures are sums over these. */
export const monthlyInvestments = pgTable(
  "project_investments",
  {
    ...owned,
    month: date("month").notNull(),
    amountYuan: money("amount_yuan").notNull(),
    enteredBy: uuid("entered_by").references(() => users.id),
    enteredAt: timestamp("entered_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.projectId, t.month] }),
    index("project_investments_zone_month_idx").on(t.zoneId, t.month),
  ],
);

export const transitions = pgTable(
  "project_transitions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ...owned,
    fromStage: varchar("from_stage", { length: 14 }).$type<ProjectStage>().notNull(),
    toStage: varchar("to_stage", { length: 14 }).$type<ProjectStage>().notNull(),
    happenedOn: date("happened_on"),
    permitNo: text("permit_no"),
    toleranceNote: text("tolerance_note"),
    reason: text("reason"),
    actorId: uuid("actor_id").references(() => users.id),
    at: timestamp("at", { withTimezone: true }).notNull(),
  },
  (t) => [index("project_transitions_project_idx").on(t.projectId, t.at)],
);

export const milestones = pgTable(
  "project_milestones",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ...owned,
    name: text("name").notNull(),
    sort: integer("sort").notNull().default(0),
    plannedOn: date("planned_on"),
    actualOn: date("actual_on"),
  },
  (t) => [
    index("project_milestones_project_idx").on(t.projectId, t.sort),
    index("project_milestones_zone_idx").on(t.zoneId, t.plannedOn),
  ],
);

/** 包保 and the project secretary: who answers for a project and who may report on it. */
export const members = pgTable(
  "project_members",
  {
    ...owned,
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    role: varchar("role", { length: 12 }).$type<Of<typeof MEMBER_ROLES>>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.userId, t.role] }), index("project_members_user_idx").on(t.userId)],
);

/** The project secretary's weekly on-site report: one per project and week (the Monday it starts). */
export const weeklyReports = pgTable(
  "project_weekly_reports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ...owned,
    weekOf: date("week_of").notNull(),
    progress: text("progress").notNull(),
    /** 形象进度: the visible share of the works done, 0–100. */
    imageProgressPct: integer("image_progress_pct").notNull(),
    problemsFound: text("problems_found"),
    authorId: uuid("author_id").references(() => users.id),
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull(),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    uniqueIndex("weekly_reports_project_week_uq").on(t.projectId, t.weekOf),
    index("weekly_reports_zone_idx").on(t.zoneId, t.weekOf),
  ],
);

export const reportPhotos = pgTable(
  "project_report_photos",
  {
    reportId: uuid("report_id")
      .notNull()
      .references(() => weeklyReports.id, { onDelete: "cascade" }),
    fileId: uuid("file_id")
      .notNull()
      .references(() => files.id),
    sort: integer("sort").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.fileId] })],
);

/** 问题清单: what blocks a project, who must solve it by when, and where it stands. */
export const problems = pgTable(
  "project_problems",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ...owned,
    category: varchar("category", { length: 12 }).$type<Of<typeof PROBLEM_CATEGORIES>>().notNull(),
    description: text("description").notNull(),
    raisedBy: uuid("raised_by").references(() => users.id),
    raisedOn: date("raised_on").notNull(),
    responsibleUnitId: uuid("responsible_unit_id").references(() => units.id),
    responsiblePerson: text("responsible_person"),
    deadline: date("deadline"),
    status: varchar("status", { length: 12 }).$type<ProblemStatus>().notNull(),
    resolution: text("resolution"),
    /** Escalated to a 会办 meeting (its id once the meeting is scheduled). */
    escalated: boolean("escalated").notNull().default(false),
    meetingId: uuid("meeting_id"),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    index("problems_zone_status_idx").on(t.zoneId, t.status, t.deadline),
    index("problems_project_idx").on(t.projectId),
  ],
);

/** 月通报: one archived bulletin per zone and month; regenerating replaces its files and bumps the version. */
export const bulletins = pgTable(
  "bulletins",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    zoneId: uuid("zone_id")
      .notNull()
      .references(() => zones.id),
    /** The first day of the month reported on. */
    month: date("month").notNull(),
    generatedAt: timestamp("generated_at", { withTimezone: true }).notNull(),
    generatedBy: uuid("generated_by").references(() => users.id),
    /** The computed figures the documents were rendered from, kept so the archive explains itself. */
    summary: jsonb("summary").notNull(),
    docxFileId: uuid("docx_file_id")
      .notNull()
      .references(() => files.id),
    /** Null when the server had no CJK font to draw the PDF with. */
    pdfFileId: uuid("pdf_file_id").references(() => files.id),
    version: integer("version").notNull().default(1),
  },
  (t) => [uniqueIndex("bulletins_zone_month_uq").on(t.zoneId, t.month)],
);
