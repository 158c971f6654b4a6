/**
 * The economic-monitoring API contract (/api/v1/statistics/…): monthly enterprise reports, checks, review and
 * freeze, Excel import jobs, zone indicators and targets, the cockpit, drill-down and the regional comparison.
 * Money, kWh, tce and every computed rate travel as exact decimal strings; months as "YYYY-MM".
 */
import { z } from "zod";
import { pageOf, pageQuery } from "./platform-api.js";
import { ENTERED_INDICATOR_IDS, INDICATOR_IDS, REPORT_FIELDS } from "./statistics-indicators.js";

export const REPORT_STATUSES = ["draft", "submitted", "returned", "approved"] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
export const REPORT_CHANNELS = ["form", "import", "api", "correction"] as const;
export const CHECK_SEVERITIES = ["error", "warning"] as const;
export const CHECK_IDS = [
  "cumulativeBelowPrevious",
  "negativeMonthValue",
  "yoyBeyondThreshold",
  "powerOutputDivergence",
  "valueMissing",
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

export const monthString = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: "month" });
/** Non-negative amount with up to 3 decimals (yuan have 2, tce 3, kWh and persons 0; the server checks scale). */
const amount = z.string().regex(/^\d{1,15}(\.\d{1,3})?$/, { message: "decimal" });
const signedAmount = z.string().regex(/^-?\d{1,15}(\.\d{1,3})?$/, { message: "decimal" });
const count = z.string().regex(/^\d{1,9}$/, { message: "integer" });
/** A computed decimal (sum, rate in %, share in %): exact, already rounded where it is a rate. */
const dec = z.string();
const optionalText = (max: number) => z.string().trim().max(max).nullable().default(null);

/** The eight 累计 figures of a monthly report; null = not reported. */
export const reportValues = z.object({
  output: amount.nullable(),
  revenue: amount.nullable(),
  profit: signedAmount.nullable(),
  tax: amount.nullable(),
  electricity: amount.nullable(),
  employees: count.nullable(),
  exportValue: amount.nullable(),
  energy: amount.nullable(),
});
export type ReportValues = z.infer<typeof reportValues>;
/** Same shape, filled by the server: 当月 derived from 累计 (null where it cannot be derived). */
export const derivedValues = z.object(
  Object.fromEntries(REPORT_FIELDS.map((f) => [f, dec.nullable()])) as Record<
    (typeof REPORT_FIELDS)[number],
    z.ZodNullable<z.ZodString>
  >,
);

export const checkResult = z.object({
  checkId: z.enum(CHECK_IDS),
  severity: z.enum(CHECK_SEVERITIES),
  field: z.enum(REPORT_FIELDS).nullable(),
  messageZh: z.string(),
  messageEn: z.string(),
});
export type CheckResult = z.infer<typeof checkResult>;

// ——— Monthly reports ———

/** Save a draft or submit (the enterprise's form, the 经发局 on its behalf, or an integration). */
export const reportInput = z.object({
  enterpriseId: z.uuid(),
  month: monthString,
  values: reportValues,
  /** Required to submit when a check warns (e.g. 同比 beyond the threshold). */
  explanation: optionalText(1000),
  submit: z.boolean().default(false),
  /** The version read; null when the report does not exist yet. */
  version: z.number().int().min(1).nullable().default(null),
});
export const checkInput = reportInput.pick({ enterpriseId: true, month: true, values: true });
export const checkResponse = z.object({ checks: z.array(checkResult), derived: derivedValues });

export const reviewInput = z.object({
  decision: z.enum(["approve", "return"]),
  /** Required when returning. */
  reason: optionalText(500),
  version: z.number().int().min(1),
});
/** A change after the month is frozen (or after approval): a new revision that says why. */
export const correctionInput = z.object({
  values: reportValues,
  reason: z.string().trim().min(2).max(500),
  version: z.number().int().min(1),
});
export const freezeInput = z.object({ zoneId: z.uuid(), month: monthString });
/** Approves every submitted report of a zone-month at once (e.g. after an import). */
export const bulkReviewInput = z.object({ zoneId: z.uuid(), month: monthString });
export const bulkReviewResult = z.object({ approved: z.number().int() });

export const report = z.object({
  id: z.uuid(),
  zoneId: z.uuid(),
  enterpriseId: z.uuid(),
  enterpriseName: z.string(),
  creditCode: z.string().nullable(),
  industryCode: z.string(),
  cluster: z.string().nullable(),
  scaleIndustry: z.boolean(),
  month: monthString,
  status: z.enum(REPORT_STATUSES),
  channel: z.enum(REPORT_CHANNELS),
  values: reportValues,
  derived: derivedValues,
  checks: z.array(checkResult),
  explanation: z.string().nullable(),
  returnReason: z.string().nullable(),
  revision: z.number().int(),
  late: z.boolean(),
  frozen: z.boolean(),
  submittedAt: z.string().nullable(),
  submittedByName: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  reviewedByName: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type Report = z.infer<typeof report>;

export const reportQuery = pageQuery.extend({
  zoneId: z.uuid().optional(),
  month: monthString.optional(),
  enterpriseId: z.uuid().optional(),
  status: z.enum(REPORT_STATUSES).optional(),
  q: z.string().trim().max(40).optional(),
  late: z.coerce.boolean().optional(),
  sort: z.enum(["enterpriseName", "month", "status", "submittedAt", "output"]).default("enterpriseName"),
});
export const reportPage = pageOf(report);

/** What the report form needs: the enterprise, its report for the month (if any), and last values beside it. */
export const reportFormQuery = z.object({ month: monthString, enterpriseId: z.uuid().optional() });
export const reportForm = z.object({
  enterprise: z.object({
    id: z.uuid(),
    name: z.string(),
    creditCode: z.string().nullable(),
    zoneId: z.uuid(),
    zoneName: z.string(),
    industryCode: z.string(),
    scaleIndustry: z.boolean(),
  }),
  month: monthString,
  deadline: z.iso.date(),
  frozen: z.boolean(),
  report: report.nullable(),
  /** Last month's 累计 (same year; null in January) and the same month last year. */
  previousMonth: reportValues.nullable(),
  previousYear: reportValues.nullable(),
  yoyThresholdPct: dec,
});

export const revision = z.object({
  revision: z.number().int(),
  values: reportValues,
  channel: z.enum(REPORT_CHANNELS),
  reason: z.string().nullable(),
  actorName: z.string().nullable(),
  createdAt: z.string(),
  /** Fields whose value differs from the previous revision. */
  changed: z.array(z.enum(REPORT_FIELDS)),
});
export const revisionList = z.object({ reportId: z.uuid(), items: z.array(revision) });

// ——— Reporting status, deadlines, freeze ———

export const statusQuery = z.object({ zoneId: z.uuid(), month: monthString });
export const reportingStatus = z.object({
  zoneId: z.uuid(),
  month: monthString,
  deadline: z.iso.date(),
  frozen: z.boolean(),
  frozenAt: z.string().nullable(),
  frozenByName: z.string().nullable(),
  expected: z.number().int(),
  counts: z.object({
    draft: z.number().int(),
    submitted: z.number().int(),
    returned: z.number().int(),
    approved: z.number().int(),
    missing: z.number().int(),
    late: z.number().int(),
  }),
  /** 未报: expected enterprises (规上 or reported last month) without a submitted report. */
  missing: z.array(
    z.object({
      enterpriseId: z.uuid(),
      name: z.string(),
      creditCode: z.string().nullable(),
      reportedLastMonth: z.boolean(),
      status: z.enum(REPORT_STATUSES).nullable(),
    }),
  ),
  /** 迟报: submitted after the deadline day. */
  late: z.array(z.object({ enterpriseId: z.uuid(), name: z.string(), submittedAt: z.string() })),
});

export const settingsInput = z.object({
  /** Day of the following month by which reports are due (e.g. 5 → 2026-11-05 for October). */
  deadlineDay: z.number().int().min(1).max(28),
  yoyThresholdPct: z.string().regex(/^\d{1,3}(\.\d{1,2})?$/, { message: "decimal" }),
  /** Power and output growth in opposite directions, each beyond this many points, is flagged. */
  divergenceTolerancePct: z.string().regex(/^\d{1,3}(\.\d{1,2})?$/, { message: "decimal" }),
  /** The clusters whose sum is the 主导产业 figure; null: the zone's leading industries. */
  leadingClusters: z.array(z.string().trim().min(1).max(40)).max(12).nullable().default(null),
  version: z.number().int().min(1).nullable().default(null),
});
export const settings = z.object({
  zoneId: z.uuid(),
  deadlineDay: z.number().int(),
  yoyThresholdPct: dec,
  divergenceTolerancePct: dec,
  leadingClusters: z.array(z.string()).nullable(),
  version: z.number().int(),
});

/** Reminders to the 未报 enterprises' reporting accounts (in-app), recorded in the audit log. */
export const remindInput = z.object({ zoneId: z.uuid(), month: monthString });
export const remindResult = z.object({ enterprises: z.number().int(), users: z.number().int() });

// ——— Excel template and import ———

export const templateQuery = z.object({ zoneId: z.uuid(), month: monthString });
/** POST body is the .xlsx itself; `wait=true` answers when the job has finished. */
export const importQuery = z.object({ zoneId: z.uuid(), month: monthString, wait: z.coerce.boolean().default(false) });
export const IMPORT_STATUSES = ["parsing", "validating", "writing", "succeeded", "failed"] as const;
export const importError = z.object({
  sheet: z.string(),
  row: z.number().int(),
  column: z.string(),
  messageZh: z.string(),
  messageEn: z.string(),
});
export const importJob = z.object({
  id: z.uuid(),
  zoneId: z.uuid(),
  month: monthString,
  status: z.enum(IMPORT_STATUSES),
  totalRows: z.number().int(),
  processedRows: z.number().int(),
  /** 0–100 over parse, validate and write. */
  progressPct: z.number().int(),
  written: z.number().int(),
  /** Row errors (at most 200 listed); any error refuses the whole file. */
  errors: z.array(importError),
  errorCount: z.number().int(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ImportJob = z.infer<typeof importJob>;

// ——— Indicators, entered values, targets ———

export const indicatorDefinition = z.object({
  id: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  unit: z.string(),
  period: z.string(),
  source: z.string(),
  aggregation: z.string(),
  field: z.enum(REPORT_FIELDS).nullable(),
  scope: z.string().nullable(),
  cumulative: z.boolean(),
  targetable: z.boolean(),
  definitionZh: z.string(),
  definitionEn: z.string(),
});
export const indicatorList = z.object({ items: z.array(indicatorDefinition) });

export const indicatorValueInput = z.object({
  zoneId: z.uuid(),
  indicatorId: z.enum(ENTERED_INDICATOR_IDS),
  /** The period's last month (a quarter's figure is entered on its third month). */
  month: monthString,
  value: z.string().regex(/^-?\d{1,16}(\.\d{1,4})?$/, { message: "decimal" }),
  note: optionalText(500),
  version: z.number().int().min(1).nullable().default(null),
});
export const indicatorValuesQuery = z.object({ zoneId: z.uuid(), year: z.coerce.number().int().min(2000).max(2100) });
export const indicatorValue = z.object({
  indicatorId: z.string(),
  month: monthString,
  value: dec,
  note: z.string().nullable(),
  enteredByName: z.string().nullable(),
  updatedAt: z.string(),
  version: z.number().int(),
});
/** A year of one zone: entered values and computed monthly 累计 of every computed indicator. */
export const indicatorValues = z.object({
  zoneId: z.uuid(),
  year: z.number().int(),
  entered: z.array(indicatorValue),
  computed: z.array(z.object({ indicatorId: z.string(), month: monthString, value: dec })),
  targets: z.array(z.object({ indicatorId: z.string(), value: dec, version: z.number().int() })),
});

export const targetInput = z.object({
  zoneId: z.uuid(),
  year: z.number().int().min(2000).max(2100),
  indicatorId: z.enum(INDICATOR_IDS),
  value: z.string().regex(/^\d{1,16}(\.\d{1,4})?$/, { message: "decimal" }),
  version: z.number().int().min(1).nullable().default(null),
});

// ——— Cockpit ———

export const cockpitQuery = z.object({
  zoneId: z.uuid(),
  month: monthString,
  /** The indicator the breakdowns, top list and 预警名单 rank by. */
  focus: z.enum(REPORT_FIELDS).default("output"),
});
export const kpiCard = z.object({
  indicatorId: z.string(),
  source: z.string(),
  unit: z.string(),
  /** 累计 (or the point value for stocks and rates); null when nothing is known. */
  value: dec.nullable(),
  /** 当月 (for 2月: the 1–2月 combined value). */
  monthValue: dec.nullable(),
  /** The same period last year over the same enterprises, and this year's value over them. */
  comparablePrior: dec.nullable(),
  comparableCurrent: dec.nullable(),
  /** 同比 % on comparable scope (computed) or as entered; null when undefined. */
  yoyPct: dec.nullable(),
  /** Last year's published-scope figure and the growth against it, shown beside. */
  priorRaw: dec.nullable(),
  rawYoyPct: dec.nullable(),
  /** 环比 % of 当月 against last month's 当月 (null in 1–2月 and for stocks' first month). */
  momPct: dec.nullable(),
  target: dec.nullable(),
  completionPct: dec.nullable(),
  /** 目标完成率 − 序时进度, in 百分点 (positive: ahead of schedule). */
  scheduleGapPts: dec.nullable(),
  enterprises: z.number().int().nullable(),
});
export type KpiCard = z.infer<typeof kpiCard>;

export const trendPoint = z.object({
  month: monthString,
  /** "1–2月", "3月"…: published periods; January is folded into 1–2月. */
  labelZh: z.string(),
  labelEn: z.string(),
  thisYear: dec.nullable(),
  lastYear: dec.nullable(),
  thisYearCumulative: dec.nullable(),
  lastYearCumulative: dec.nullable(),
});
export const breakdownRow = z.object({
  key: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  value: dec,
  sharePct: dec.nullable(),
  yoyPct: dec.nullable(),
  enterprises: z.number().int(),
});
export const enterpriseFigure = z.object({
  enterpriseId: z.uuid(),
  name: z.string(),
  industryCode: z.string(),
  value: dec.nullable(),
  prior: dec.nullable(),
  yoyPct: dec.nullable(),
  change: dec.nullable(),
  sharePct: dec.nullable(),
});
export const cockpit = z.object({
  zone: z.object({ id: z.uuid(), name: z.string(), regionCode: z.string() }),
  month: monthString,
  focus: z.enum(REPORT_FIELDS),
  periodLabelZh: z.string(),
  periodLabelEn: z.string(),
  /** False for January: the bureau publishes 1–2月 together. */
  published: z.boolean(),
  /** 序时进度 % (months ÷ 12, 1–2月 = 2/12). */
  scheduleProgressPct: dec,
  reporting: z.object({
    expected: z.number().int(),
    reported: z.number().int(),
    missing: z.number().int(),
    frozen: z.boolean(),
  }),
  kpis: z.array(kpiCard),
  trend: z.array(trendPoint),
  byIndustrySection: z.array(breakdownRow),
  byIndustryDivision: z.array(breakdownRow),
  byCluster: z.array(breakdownRow),
  /** 主导产业: the zone's leading clusters together, and their share of the focus figure (占比). */
  leading: z.object({
    clusters: z.array(z.string()),
    value: dec,
    sharePct: dec.nullable(),
    yoyPct: dec.nullable(),
    enterprises: z.number().int(),
  }),
  topEnterprises: z.array(enterpriseFigure),
  /** 预警名单: steepest comparable declines of the focus figure. */
  declines: z.array(enterpriseFigure),
  scaleEntering: z.array(enterpriseFigure),
  scaleLeaving: z.array(enterpriseFigure),
  investment: z.object({
    projects: z.number().int(),
    annualPlanYuan: dec,
    completedYtdYuan: dec,
    completedMonthYuan: dec,
    completionPct: dec.nullable(),
    scheduleGapPts: dec.nullable(),
  }),
});
export type Cockpit = z.infer<typeof cockpit>;

// ——— Drill-down ———

export const DRILL_GROUPS = ["all", "comparable", "entering", "leaving"] as const;
export const drillQuery = pageQuery.extend({
  zoneId: z.uuid(),
  month: monthString,
  /** A computed indicator id (industrialOutput, tax, …) or a report field. */
  indicator: z.string().max(40),
  /** GB/T 4754 门类 letter or 大类 two digits. */
  industry: z
    .string()
    .regex(/^([A-T]|\d{2})$/, { message: "industryCode" })
    .optional(),
  cluster: z.string().max(40).optional(),
  group: z.enum(DRILL_GROUPS).default("all"),
  /** Which year's rows: this year's, or the same month last year (the raw prior-year figure). */
  basis: z.enum(["current", "prior"]).default("current"),
  order: z.enum(["asc", "desc"]).default("desc"),
  sort: z.enum(["value", "yoy", "name"]).default("value"),
});
export const drillRow = z.object({
  reportId: z.uuid(),
  enterpriseId: z.uuid(),
  name: z.string(),
  creditCode: z.string().nullable(),
  industryCode: z.string(),
  cluster: z.string().nullable(),
  scaleIndustry: z.boolean(),
  status: z.enum(REPORT_STATUSES),
  value: dec.nullable(),
  monthValue: dec.nullable(),
  prior: dec.nullable(),
  comparable: z.boolean(),
  yoyPct: dec.nullable(),
});
export const drillPage = pageOf(drillRow).extend({
  indicatorId: z.string(),
  field: z.enum(REPORT_FIELDS),
  /** The exact sum of `value` over every matching row (all pages): the number that was clicked. */
  sum: dec,
  priorSum: dec,
});

// ——— Regional comparison ———

export const comparisonQuery = z.object({
  regionCode: z.string().regex(/^\d{6}$/, { message: "regionCode" }),
  month: monthString,
  rankBy: z.enum(["value", "yoy"]).default("value"),
  indicator: z.string().max(40).default("industrialOutput"),
});
export const comparisonZone = z.object({
  zoneId: z.uuid(),
  zoneName: z.string(),
  regionCode: z.string(),
  rank: z.number().int().nullable(),
  values: z.record(
    z.string(),
    z.object({ value: dec.nullable(), yoyPct: dec.nullable(), completionPct: dec.nullable() }),
  ),
  /** 当月 of the ranked indicator over the last 12 months (1–2月 folded: January null). */
  sparkline: z.array(z.object({ month: monthString, value: dec.nullable() })),
});
export const comparison = z.object({
  regionCode: z.string(),
  regionName: z.string(),
  month: monthString,
  published: z.boolean(),
  indicator: z.string(),
  rankBy: z.enum(["value", "yoy"]),
  indicators: z.array(z.string()),
  zones: z.array(comparisonZone),
});
export type Comparison = z.infer<typeof comparison>;

// ——— Standard tables ———

/** 规上工业企业主要经济指标表 (by enterprise, by industry, by zone) in 万元 with 累计 and 同比 columns. */
export const standardTableQuery = z.object({ zoneId: z.uuid(), month: monthString });

/**
 * Endpoints (all under /api/v1/statistics):
 *   GET  /indicators                         → indicatorList (the catalogue)
 *   GET  /reports?reportQuery                → reportPage (statistics:read; enterprise users: their own)
 *   GET  /reports/form?month&enterpriseId    → reportForm (statistics:report for the own enterprise, or write)
 *   POST /reports/check        checkInput    → checkResponse (runs the checks, saves nothing)
 *   POST /reports              reportInput   → report (draft or submit; 422 with checks when refused)
 *   GET  /reports/:id                        → report
 *   POST /reports/:id/review   reviewInput   → report (经发局: approve / return)
 *   POST /reports/approve-all  bulkReviewInput → bulkReviewResult
 *   POST /reports/:id/corrections correctionInput → report (a new revision with its reason)
 *   GET  /reports/:id/revisions              → revisionList
 *   GET  /status?zoneId&month                → reportingStatus (未报 / 迟报)
 *   POST /reminders            remindInput   → remindResult
 *   POST /freeze               freezeInput   → reportingStatus
 *   GET  /settings?zoneId / PUT /settings?zoneId settingsInput → settings
 *   GET  /template.xlsx?zoneId&month         → the zone's prefilled workbook
 *   POST /imports?zoneId&month[&wait=true]   body .xlsx → importJob (202 while running)
 *   GET  /imports/:id                        → importJob (progress)
 *   GET  /indicator-values?zoneId&year       → indicatorValues
 *   PUT  /indicator-values     indicatorValueInput → indicatorValue
 *   PUT  /targets              targetInput   → { indicatorId, value, version }
 *   GET  /cockpit?zoneId&month&focus         → cockpit
 *   GET  /drill?drillQuery                   → drillPage
 *   GET  /comparison?regionCode&month&rankBy&indicator → comparison
 *   GET  /tables.xlsx?zoneId&month           → the standard tables workbook
 */
