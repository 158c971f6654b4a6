/**
 * Fixed-asset investment for the statistics figures: a read-only query over the projects module's tables
 * (projects, project_annual_plans, project_investments). Statistics never writes them. Only projects with a planned
 * total of at least 5 M yuan count, as in the bureau's 固定资产投资 statistics (DOMAIN.md §4).
 */
import { addMonths, yearOf } from "@zoneos/core/statistics-math";
import { sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { clean, monthDate, rows } from "./values.js";

export const FAI_THRESHOLD_YUAN = "5000000";

export interface ZoneInvestment {
  projects: number;
  annualPlanYuan: string;
  completedYtdYuan: string;
  completedMonthYuan: string;
  priorYtdYuan: string;
}

const ZERO: ZoneInvestment = {
  projects: 0,
  annualPlanYuan: "0",
  completedYtdYuan: "0",
  completedMonthYuan: "0",
  priorYtdYuan: "0",
};

/** Per zone: projects counted this year, their annual plans, investment completed this year to `month`, and a year ago. */
export async function investmentByZone(
  db: Db,
  zoneIds: readonly string[],
  month: string,
): Promise<Map<string, ZoneInvestment>> {
  const out = new Map<string, ZoneInvestment>();
  if (zoneIds.length === 0) return out;
  const year = yearOf(month);
  const ids = `{${zoneIds.join(",")}}`;
  const yearStart = `${year}-01-01`;
  const priorStart = `${year - 1}-01-01`;
  const priorEnd = monthDate(addMonths(month, -12));
  const found = await rows<{
    zone_id: string;
    projects: number;
    plan: string | null;
    ytd: string | null;
    this_month: string | null;
    prior_ytd: string | null;
  }>(
    db,
    sql`with counted as (
        select id, zone_id from projects
        where zone_id = any(${ids}::uuid[]) and total_investment_yuan >= ${FAI_THRESHOLD_YUAN}::numeric),
      plans as (
        select a.zone_id, sum(a.planned_yuan) as plan, count(*) as n from project_annual_plans a
        join counted c on c.id = a.project_id where a.year = ${year} group by a.zone_id),
      done as (
        select i.zone_id,
          sum(i.amount_yuan) filter (where i.month between ${yearStart}::date and ${monthDate(month)}::date) as ytd,
          sum(i.amount_yuan) filter (where i.month = ${monthDate(month)}::date) as this_month,
          sum(i.amount_yuan) filter (where i.month between ${priorStart}::date and ${priorEnd}::date) as prior_ytd,
          count(distinct i.project_id) filter (where i.month between ${yearStart}::date and ${monthDate(month)}::date) as n
        from project_investments i join counted c on c.id = i.project_id
        where i.zone_id = any(${ids}::uuid[]) and i.month between ${priorStart}::date and ${monthDate(month)}::date
        group by i.zone_id)
      select coalesce(p.zone_id, d.zone_id) as zone_id, greatest(coalesce(p.n, 0), coalesce(d.n, 0))::int as projects,
        p.plan::text as plan, d.ytd::text as ytd, d.this_month::text as this_month, d.prior_ytd::text as prior_ytd
      from plans p full join done d on d.zone_id = p.zone_id`,
  );
  for (const r of found)
    out.set(r.zone_id, {
      projects: r.projects,
      annualPlanYuan: clean(r.plan) ?? "0",
      completedYtdYuan: clean(r.ytd) ?? "0",
      completedMonthYuan: clean(r.this_month) ?? "0",
      priorYtdYuan: clean(r.prior_ytd) ?? "0",
    });
  return out;
}

export function investmentOf(map: Map<string, ZoneInvestment>, zoneId: string): ZoneInvestment {
  return map.get(zoneId) ?? ZERO;
}

/** Completed investment per zone and month (当月), for sparklines. */
export async function investmentSeries(db: Db, zoneIds: readonly string[], from: string, to: string) {
  const out = new Map<string, Map<string, string>>();
  if (zoneIds.length === 0) return out;
  const found = await rows<{ zone_id: string; m: string; amount: string }>(
    db,
    sql`select i.zone_id, to_char(i.month, 'YYYY-MM') as m, sum(i.amount_yuan)::text as amount
      from project_investments i join projects p on p.id = i.project_id
      where i.zone_id = any(${`{${zoneIds.join(",")}}`}::uuid[]) and p.total_investment_yuan >= ${FAI_THRESHOLD_YUAN}::numeric
        and i.month between ${monthDate(from)}::date and ${monthDate(to)}::date
      group by i.zone_id, i.month`,
  );
  for (const r of found) {
    const m = out.get(r.zone_id) ?? new Map<string, string>();
    m.set(r.m, clean(r.amount) ?? "0");
    out.set(r.zone_id, m);
  }
  return out;
}
