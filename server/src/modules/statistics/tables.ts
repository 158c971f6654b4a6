/**
 * Economic-monitoring tables: monthly enterprise reports with their revisions, the zone × month rollup that keeps
 * cockpits and comparisons to a few indexed rows, entered zone indicators, annual targets, periods (freeze),
 * per-zone settings and Excel import jobs. See docs/decisions/0007-statistics-rollups.md.
 */
import type { IMPORT_STATUSES, REPORT_CHANNELS, ReportStatus } from "@zoneos/core/statistics-api";
import {
  boolean,
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
import { enterprises } from "../enterprises/tables.js";
import { users, zones } from "../platform/tables.js";

type Of<T extends readonly string[]> = T[number];
const amount = (name: string) => numeric(name, { precision: 18, scale: 2 });

/** The eight 累计 figures, shared by reports and revisions. */
const figures = {
  output: amount("output"),
  revenue: amount("revenue"),
  profit: amount("profit"),
  tax: amount("tax"),
  electricity: amount("electricity"),
  employees: integer("employees"),
  exportValue: amount("export_value"),
  energy: numeric("energy", { precision: 18, scale: 3 }),
};

/**
 * One enterprise's report for one month, holding its current (latest revision's) figures. The enterprise's
 * industry 大类, cluster and 规上 flag are copied in when it is written, so a month's scope never shifts when the
 * registry changes later.
 */
export const monthlyReports = pgTable(
  "statistics_reports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    // No foreign keys on the zone (the enterprise's) or on who-columns: each is a trigger per row, and imports
    // write 100,000 rows at a time (docs/decisions/0007-statistics-rollups.md).
    zoneId: uuid("zone_id").notNull(),
    enterpriseId: uuid("enterprise_id")
      .notNull()
      .references(() => enterprises.id),
    month: date("month").notNull(),
    status: varchar("status", { length: 10 }).$type<ReportStatus>().notNull(),
    channel: varchar("channel", { length: 10 }).$type<Of<typeof REPORT_CHANNELS>>().notNull(),
    ...figures,
    industryCode: varchar("industry_code", { length: 4 }).notNull(),
    division: varchar("division", { length: 2 }).notNull(),
    cluster: text("cluster").notNull().default(""),
    scaleIndustry: boolean("scale_industry").notNull(),
    explanation: text("explanation"),
    returnReason: text("return_reason"),
    revision: integer("revision").notNull().default(0),
    late: boolean("late").notNull().default(false),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    submittedBy: uuid("submitted_by"),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
    reviewedBy: uuid("reviewed_by"),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // A zone-month's rows in one range, and each enterprise's row of a month by equality.
    uniqueIndex("statistics_reports_zone_month_ent_uq").on(t.zoneId, t.month, t.enterpriseId),
    // An enterprise's own history (the form's last values, the prior-year pairing of a single report).
    index("statistics_reports_ent_month_idx").on(t.enterpriseId, t.month),
    // The cockpit's lists of its default focus (工业总产值) by index-only scans: the top list walks it in order
    // (ORDER BY output DESC LIMIT), 预警名单 and 规上 entering/leaving pair two months without visiting the heap.
    index("statistics_reports_zone_month_output_idx").on(
      t.zoneId,
      t.month,
      t.output.desc(),
      t.enterpriseId,
      t.scaleIndustry,
      t.status,
    ),
  ],
);

/** Every version of a report's figures that counted (submission, import, correction): who, when, why. */
export const reportRevisions = pgTable(
  "statistics_report_revisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    zoneId: uuid("zone_id").notNull(),
    reportId: uuid("report_id")
      .notNull()
      .references(() => monthlyReports.id, { onDelete: "cascade" }),
    revision: integer("revision").notNull(),
    ...figures,
    channel: varchar("channel", { length: 10 }).$type<Of<typeof REPORT_CHANNELS>>().notNull(),
    reason: text("reason"),
    /** Who, by id and by name as it was: no foreign key, for the same reason as the reports'. */
    actorId: uuid("actor_id"),
    actorName: text("actor_name"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("statistics_revisions_report_uq").on(t.reportId, t.revision)],
);

const sums = (field: string) => ({
  cur: numeric(`${field}_cur`, { precision: 22, scale: 3 }).notNull().default("0"),
  cmpCur: numeric(`${field}_cmp_cur`, { precision: 22, scale: 3 }).notNull().default("0"),
  cmpPrior: numeric(`${field}_cmp_prior`, { precision: 22, scale: 3 }).notNull().default("0"),
});
/** The 24 summed columns (three per figure) of both rollups; fresh builders for each table. */
const rollupSums = () => {
  const s = {
    output: sums("output"),
    revenue: sums("revenue"),
    profit: sums("profit"),
    tax: sums("tax"),
    electricity: sums("electricity"),
    employees: sums("employees"),
    exportValue: sums("export_value"),
    energy: sums("energy"),
  };
  return {
    outputCur: s.output.cur,
    outputCmpCur: s.output.cmpCur,
    outputCmpPrior: s.output.cmpPrior,
    revenueCur: s.revenue.cur,
    revenueCmpCur: s.revenue.cmpCur,
    revenueCmpPrior: s.revenue.cmpPrior,
    profitCur: s.profit.cur,
    profitCmpCur: s.profit.cmpCur,
    profitCmpPrior: s.profit.cmpPrior,
    taxCur: s.tax.cur,
    taxCmpCur: s.tax.cmpCur,
    taxCmpPrior: s.tax.cmpPrior,
    electricityCur: s.electricity.cur,
    electricityCmpCur: s.electricity.cmpCur,
    electricityCmpPrior: s.electricity.cmpPrior,
    employeesCur: s.employees.cur,
    employeesCmpCur: s.employees.cmpCur,
    employeesCmpPrior: s.employees.cmpPrior,
    exportValueCur: s.exportValue.cur,
    exportValueCmpCur: s.exportValue.cmpCur,
    exportValueCmpPrior: s.exportValue.cmpPrior,
    energyCur: s.energy.cur,
    energyCmpCur: s.energy.cmpCur,
    energyCmpPrior: s.energy.cmpPrior,
  };
};

/**
 * Zone × month × (industry 大类, cluster, 规上 flag): the counted reports' summed 累计 figures. For each figure, `cur`
 * sums every counted report, `cmp_cur`/`cmp_prior` sum this year and last year over the enterprises counted in both
 * (same zone, same 规上 flag): 同比 on comparable scope without touching the base rows.
 */
export const reportRollups = pgTable(
  "statistics_rollups",
  {
    zoneId: uuid("zone_id").notNull(),
    month: date("month").notNull(),
    division: varchar("division", { length: 2 }).notNull(),
    cluster: text("cluster").notNull(),
    scaleIndustry: boolean("scale_industry").notNull(),
    enterprises: integer("enterprises").notNull().default(0),
    comparable: integer("comparable").notNull().default(0),
    ...rollupSums(),
  },
  (t) => [
    primaryKey({ columns: [t.zoneId, t.month, t.division, t.cluster, t.scaleIndustry] }),
    // The regional comparison reads one month range across many zones.
    index("statistics_rollups_month_idx").on(t.month, t.zoneId),
  ],
);

/**
 * Zone × month × 规上 flag: statistics_rollups summed over 大类 and cluster, maintained with it in the same
 * transactions. The regional comparison and the zone series read this (a few rows per zone-month) instead of
 * summing hundreds of thousands of rollup rows at province scale.
 */
export const zoneMonths = pgTable(
  "statistics_zone_months",
  {
    zoneId: uuid("zone_id").notNull(),
    month: date("month").notNull(),
    scaleIndustry: boolean("scale_industry").notNull(),
    enterprises: integer("enterprises").notNull().default(0),
    comparable: integer("comparable").notNull().default(0),
    ...rollupSums(),
  },
  (t) => [primaryKey({ columns: [t.zoneId, t.month, t.scaleIndustry] })],
);

/** A zone-month's freeze once it is reported upward (上报); later changes are corrections with a reason. */
export const reportPeriods = pgTable(
  "statistics_periods",
  {
    zoneId: uuid("zone_id")
      .notNull()
      .references(() => zones.id),
    month: date("month").notNull(),
    frozenAt: timestamp("frozen_at", { withTimezone: true }).notNull(),
    frozenBy: uuid("frozen_by").references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.zoneId, t.month] })],
);

export const statisticsSettings = pgTable("statistics_settings", {
  zoneId: uuid("zone_id")
    .primaryKey()
    .references(() => zones.id),
  deadlineDay: integer("deadline_day").notNull(),
  yoyThresholdPct: numeric("yoy_threshold_pct", { precision: 5, scale: 2 }).notNull(),
  divergenceTolerancePct: numeric("divergence_tolerance_pct", { precision: 5, scale: 2 }).notNull(),
  /** The clusters counted as 主导产业 in 占比 figures; null: the zone's leading industries. */
  leadingClusters: text("leading_clusters").array(),
  version: integer("version").notNull().default(1),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Zone indicators entered by the 经发局 or imported from the bureau (GDP, budget revenue, …), per period. */
export const indicatorValues = pgTable(
  "statistics_indicator_values",
  {
    zoneId: uuid("zone_id")
      .notNull()
      .references(() => zones.id),
    indicatorId: varchar("indicator_id", { length: 40 }).notNull(),
    month: date("month").notNull(),
    value: numeric("value", { precision: 22, scale: 4 }).notNull(),
    note: text("note"),
    enteredBy: uuid("entered_by").references(() => users.id),
    version: integer("version").notNull().default(1),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.zoneId, t.indicatorId, t.month] })],
);

export const indicatorTargets = pgTable(
  "statistics_targets",
  {
    zoneId: uuid("zone_id")
      .notNull()
      .references(() => zones.id),
    year: integer("year").notNull(),
    indicatorId: varchar("indicator_id", { length: 40 }).notNull(),
    value: numeric("value", { precision: 22, scale: 4 }).notNull(),
    version: integer("version").notNull().default(1),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.zoneId, t.year, t.indicatorId] })],
);

export const importJobs = pgTable(
  "statistics_import_jobs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    zoneId: uuid("zone_id")
      .notNull()
      .references(() => zones.id),
    month: date("month").notNull(),
    status: varchar("status", { length: 12 }).$type<Of<typeof IMPORT_STATUSES>>().notNull(),
    totalRows: integer("total_rows").notNull().default(0),
    processedRows: integer("processed_rows").notNull().default(0),
    written: integer("written").notNull().default(0),
    errors: jsonb("errors").notNull().default([]),
    errorCount: integer("error_count").notNull().default(0),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [index("statistics_import_jobs_zone_idx").on(t.zoneId, t.createdAt)],
);
