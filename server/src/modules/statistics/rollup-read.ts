/** Reading the rollup: zone × month totals (规上 and all reporting), summed in SQL, exact as text. */
import { REPORT_FIELDS, type ReportField } from "@zoneos/core/statistics-indicators";
import { sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { COLUMN } from "./rollups.js";
import { clean, monthDate, rows } from "./values.js";

export type FieldSums = { cur: string; cmpCur: string; cmpPrior: string };
export interface Agg {
  enterprises: number;
  comparable: number;
  sums: Record<ReportField, FieldSums>;
}

export const EMPTY_AGG: Agg = {
  enterprises: 0,
  comparable: 0,
  sums: Object.fromEntries(REPORT_FIELDS.map((f) => [f, { cur: "0", cmpCur: "0", cmpPrior: "0" }])) as Agg["sums"],
};

/** The sums of every figure as SQL select items named f_cur, f_cmp_cur, f_cmp_prior. */
export const SUM_SELECT = sql.raw(
  REPORT_FIELDS.map((f) => {
    const c = COLUMN[f];
    return `sum(${c}_cur)::text as ${c}_cur, sum(${c}_cmp_cur)::text as ${c}_cmp_cur, sum(${c}_cmp_prior)::text as ${c}_cmp_prior`;
  }).join(", "),
);

type RawAgg = Record<string, string | number | boolean>;

export function aggOf(row: RawAgg): Agg {
  // Without trailing zeros, as the rest of the figures (NUMERIC(22,3) text has three decimals).
  const text = (k: string) => clean(row[k] as string | number | null | undefined) ?? "0";
  return {
    enterprises: Number(row.enterprises ?? 0),
    comparable: Number(row.comparable ?? 0),
    sums: Object.fromEntries(
      REPORT_FIELDS.map((f) => {
        const c = COLUMN[f];
        return [f, { cur: text(`${c}_cur`), cmpCur: text(`${c}_cmp_cur`), cmpPrior: text(`${c}_cmp_prior`) }];
      }),
    ) as Agg["sums"],
  };
}

/** Per zone and month: the 规上 group and every reporting enterprise. */
export interface MonthTotals {
  scale: Agg;
  all: Agg;
}
export type ZoneSeries = Map<string, MonthTotals>;

/** The zone-month sums (statistics_zone_months, one row per 规上 flag) for the zones and month range (inclusive). */
export async function zoneTotals(
  db: Db,
  zoneIds: readonly string[],
  from: string,
  to: string,
): Promise<Map<string, ZoneSeries>> {
  const out = new Map<string, ZoneSeries>();
  if (zoneIds.length === 0) return out;
  // The grouping set without the flag is every reporter: SQL adds the two flags, so no decimal sums happen here.
  const found = await rows<RawAgg & { zone_id: string; m: string; scale_industry: boolean | null }>(
    db,
    sql`select zone_id, to_char(month, 'YYYY-MM') as m, scale_industry,
        sum(enterprises)::int as enterprises, sum(comparable)::int as comparable, ${SUM_SELECT}
      from statistics_zone_months
      where zone_id = any(${`{${zoneIds.join(",")}}`}::uuid[]) and month between ${monthDate(from)}::date and ${monthDate(to)}::date
      group by grouping sets ((zone_id, month, scale_industry), (zone_id, month))`,
  );
  for (const r of found) {
    if (r.scale_industry === false) continue;
    const series = out.get(r.zone_id) ?? new Map<string, MonthTotals>();
    out.set(r.zone_id, series);
    const current = series.get(r.m) ?? { scale: EMPTY_AGG, all: EMPTY_AGG };
    series.set(r.m, r.scale_industry === null ? { ...current, all: aggOf(r) } : { ...current, scale: aggOf(r) });
  }
  return out;
}

export function scopeOf(totals: MonthTotals | undefined, scope: "scaleIndustry" | "reporting" | null): Agg {
  if (!totals) return EMPTY_AGG;
  return scope === "scaleIndustry" ? totals.scale : totals.all;
}
