/** A report as the API shows it: its figures, 当月 derived from the neighbouring months, and its checks re-run. */
import type { Report, ReportValues } from "@zoneos/core/statistics-api";
import { runChecks } from "@zoneos/core/statistics-checks";
import { REPORT_FIELD_DEFINITIONS, REPORT_FIELDS } from "@zoneos/core/statistics-indicators";
import { addMonths, monthValue, previousMonthInYear, priorYearMonth } from "@zoneos/core/statistics-math";
import { and, eq, inArray, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db, Tx } from "../../db/client.js";
import { enterprises } from "../enterprises/tables.js";
import { users } from "../platform/tables.js";
import { type ZoneSettings, zoneSettings } from "./settings.js";
import { monthlyReports, reportPeriods } from "./tables.js";
import { COUNTED, monthDate, monthOf, valuesOf } from "./values.js";

const submitter = alias(users, "submitter");
const reviewer = alias(users, "reviewer");

export function selectReports(db: Db | Tx) {
  return db
    .select({
      r: monthlyReports,
      enterpriseName: enterprises.name,
      creditCode: enterprises.creditCode,
      submittedByName: submitter.name,
      reviewedByName: reviewer.name,
      frozen: sql<boolean>`${reportPeriods.zoneId} is not null`,
    })
    .from(monthlyReports)
    .innerJoin(enterprises, eq(enterprises.id, monthlyReports.enterpriseId))
    .leftJoin(submitter, eq(submitter.id, monthlyReports.submittedBy))
    .leftJoin(reviewer, eq(reviewer.id, monthlyReports.reviewedBy))
    .leftJoin(
      reportPeriods,
      and(eq(reportPeriods.zoneId, monthlyReports.zoneId), eq(reportPeriods.month, monthlyReports.month)),
    );
}
export type ReportRow = Awaited<ReturnType<ReturnType<typeof selectReports>["where"]>>[number];

/** Counted reports of these enterprises from a year before the earliest month to the latest, keyed "id|YYYY-MM". */
export async function neighbours(
  db: Db | Tx,
  keys: readonly { enterpriseId: string; month: string }[],
): Promise<Map<string, ReportValues>> {
  const map = new Map<string, ReportValues>();
  if (keys.length === 0) return map;
  const months = keys.map((k) => k.month).sort();
  const from = addMonths(months[0] as string, -12);
  const to = months[months.length - 1] as string;
  const ids = [...new Set(keys.map((k) => k.enterpriseId))];
  const found = await db
    .select()
    .from(monthlyReports)
    .where(
      and(
        inArray(monthlyReports.enterpriseId, ids),
        sql`${monthlyReports.month} between ${monthDate(from)} and ${monthDate(to)}`,
        inArray(monthlyReports.status, [...COUNTED]),
      ),
    );
  for (const r of found) map.set(`${r.enterpriseId}|${monthOf(r.month)}`, valuesOf(r));
  return map;
}

/** The latest counted report of the same year before `month` (for a gap of unreported months). */
function latestEarlier(map: Map<string, ReportValues>, enterpriseId: string, month: string) {
  for (let m = previousMonthInYear(month); m !== null; m = previousMonthInYear(m)) {
    const values = map.get(`${enterpriseId}|${m}`);
    if (values) return { month: m, values };
  }
  return null;
}

export function contextOf(map: Map<string, ReportValues>, enterpriseId: string, month: string) {
  const prev = previousMonthInYear(month);
  return {
    previousMonth: prev ? (map.get(`${enterpriseId}|${prev}`) ?? null) : null,
    latestEarlier: latestEarlier(map, enterpriseId, month),
    previousYear: map.get(`${enterpriseId}|${priorYearMonth(month)}`) ?? null,
  };
}

export function derive(values: ReportValues, previousMonth: ReportValues | null, month: string) {
  return Object.fromEntries(
    REPORT_FIELDS.map((f) => [
      f,
      REPORT_FIELD_DEFINITIONS[f].flow ? monthValue(values[f], previousMonth?.[f] ?? null, month) : values[f],
    ]),
  ) as Record<(typeof REPORT_FIELDS)[number], string | null>;
}

export function toReport(row: ReportRow, map: Map<string, ReportValues>, settings: ZoneSettings): Report {
  const r = row.r;
  const month = monthOf(r.month);
  const values = valuesOf(r);
  const around = contextOf(map, r.enterpriseId, month);
  return {
    id: r.id,
    zoneId: r.zoneId,
    enterpriseId: r.enterpriseId,
    enterpriseName: row.enterpriseName,
    creditCode: row.creditCode,
    industryCode: r.industryCode,
    cluster: r.cluster || null,
    scaleIndustry: r.scaleIndustry,
    month,
    status: r.status,
    channel: r.channel,
    values,
    derived: derive(values, around.previousMonth, month),
    checks: runChecks({ month, values, ...around, settings }),
    explanation: r.explanation,
    returnReason: r.returnReason,
    revision: r.revision,
    late: r.late,
    frozen: row.frozen,
    submittedAt: r.submittedAt?.toISOString() ?? null,
    submittedByName: row.submittedByName,
    reviewedAt: r.reviewedAt?.toISOString() ?? null,
    reviewedByName: row.reviewedByName,
    version: r.version,
    updatedAt: r.updatedAt.toISOString(),
  };
}

/** Shapes a page (or one) of report rows, fetching their neighbours and zones' settings in two queries. */
export async function toReports(db: Db | Tx, found: ReportRow[]): Promise<Report[]> {
  const map = await neighbours(
    db,
    found.map((f) => ({ enterpriseId: f.r.enterpriseId, month: monthOf(f.r.month) })),
  );
  const settings = new Map<string, ZoneSettings>();
  for (const zoneId of new Set(found.map((f) => f.r.zoneId))) settings.set(zoneId, await zoneSettings(db, zoneId));
  return found.map((f) => toReport(f, map, settings.get(f.r.zoneId) as ZoneSettings));
}

export async function reportWhere(db: Db | Tx, where: SQL): Promise<Report | null> {
  const [found] = await selectReports(db).where(where);
  if (!found) return null;
  const [report] = await toReports(db, [found]);
  return report ?? null;
}
