/** Report figures between the table's columns and the API's decimal strings, and the month conventions. */
import type { ReportStatus, ReportValues } from "@zoneos/core/statistics-api";
import { REPORT_FIELD_DEFINITIONS, REPORT_FIELDS, type ReportField } from "@zoneos/core/statistics-indicators";
import type { sql } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.js";
import type { FieldProblem } from "../../platform/errors.js";

/** Reports that count in totals: submitted (awaiting review) and approved. Drafts and returned ones do not. */
export const COUNTED: readonly ReportStatus[] = ["submitted", "approved"];
export const isCounted = (status: ReportStatus | null | undefined) => !!status && COUNTED.includes(status);

/** "2026-10" → "2026-10-01" (months are stored as their first day). */
export const monthDate = (month: string) => `${month}-01`;
export const monthOf = (date: string) => date.slice(0, 7);

/** NUMERIC text without trailing fractional zeros: "1200.50" → "1200.5", "7.000" → "7". */
export function clean(value: string | number | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = String(value);
  return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
}

type FigureColumns = {
  output: string | null;
  revenue: string | null;
  profit: string | null;
  tax: string | null;
  electricity: string | null;
  employees: number | null;
  exportValue: string | null;
  energy: string | null;
};

export function valuesOf(row: FigureColumns): ReportValues {
  return {
    output: clean(row.output),
    revenue: clean(row.revenue),
    profit: clean(row.profit),
    tax: clean(row.tax),
    electricity: clean(row.electricity),
    employees: clean(row.employees),
    exportValue: clean(row.exportValue),
    energy: clean(row.energy),
  };
}

export function columnsOf(values: ReportValues): FigureColumns {
  return { ...values, employees: values.employees === null ? null : Number(values.employees) };
}

/** Decimals beyond a figure's scale (yuan 2, kWh 2, tce 3, persons 0) are refused rather than rounded away. */
export function scaleProblems(values: ReportValues, prefix = "values"): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const f of REPORT_FIELDS) {
    const v = values[f];
    if (v === null) continue;
    const decimals = v.includes(".") ? v.length - v.indexOf(".") - 1 : 0;
    const allowed = f === "electricity" ? 2 : REPORT_FIELD_DEFINITIONS[f].scale;
    if (decimals > allowed)
      problems.push({ field: `${prefix}.${f}`, key: "tooManyDecimals", params: { n: String(allowed) } });
  }
  return problems;
}

export function sameValues(a: ReportValues, b: ReportValues): boolean {
  return REPORT_FIELDS.every((f) => (a[f] ?? null) === (b[f] ?? null));
}

export function changedFields(before: ReportValues | null, after: ReportValues): ReportField[] {
  return REPORT_FIELDS.filter((f) => (before?.[f] ?? null) !== (after[f] ?? null));
}

/** The rows of a raw query, on PGlite and node-postgres alike. */
export async function rows<T>(db: Db | Tx, query: ReturnType<typeof sql>): Promise<T[]> {
  const result = await db.execute(query);
  return (result as unknown as { rows: T[] }).rows;
}

/** The calendar month "now" is in, in Asia/Shanghai (business dates are Chinese). */
export function currentMonth(now: Date): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 7);
}

/** Reports for month M are due by day D of month M+1, end of day in Asia/Shanghai. */
export function deadlineOf(month: string, deadlineDay: number): { date: string; endsAt: Date } {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const ny = m === 12 ? y + 1 : y;
  const nm = m === 12 ? 1 : m + 1;
  const date = `${ny}-${String(nm).padStart(2, "0")}-${String(deadlineDay).padStart(2, "0")}`;
  return { date, endsAt: new Date(`${date}T23:59:59.999+08:00`) };
}
