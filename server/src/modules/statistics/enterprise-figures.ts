/**
 * One figure of every enterprise of a zone this month and the same month last year (base rows, one indexed query):
 * what the cockpit's top list, 预警名单 and 规上 entering/leaving, and the drill-down, are made of.
 */
import type { IndicatorScope, ReportField } from "@zoneos/core/statistics-indicators";
import { priorYearMonth } from "@zoneos/core/statistics-math";
import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { COLUMN } from "./rollups.js";
import { monthDate } from "./values.js";

/**
 * Rows of (this month's report r, last year's report p) over the scope, paired when they are the same enterprise
 * with the same 规上 flag in the same zone — the comparable pairs of the rollup. A full join keeps entrants (no p)
 * and leavers (no r). Columns: enterprise_id, report_id, prior_report_id, value, prior, prev (last month's 累计),
 * division, cluster, scale_industry, status.
 */
export function pairsSql(zoneId: string, month: string, field: ReportField, scope: IndicatorScope | null): SQL {
  const c = sql.raw(COLUMN[field]);
  const scale = scope === "scaleIndustry" ? sql`and scale_industry` : sql``;
  const m = monthDate(month);
  const prior = monthDate(priorYearMonth(month));
  return sql`(
    select coalesce(r.enterprise_id, p.enterprise_id) as enterprise_id, r.id as report_id, p.id as prior_report_id,
      r.${c}::text as value, p.${c}::text as prior, lm.${c}::text as prev,
      coalesce(r.division, p.division) as division, coalesce(r.industry_code, p.industry_code) as industry_code, coalesce(r.cluster, p.cluster) as cluster,
      coalesce(r.scale_industry, p.scale_industry) as scale_industry, coalesce(r.status, p.status) as status,
      (r.id is not null and p.id is not null) as comparable
    from (select * from statistics_reports where zone_id = ${zoneId} and month = ${m}::date
            and status in ('submitted', 'approved') ${scale}) r
    full join (select * from statistics_reports where zone_id = ${zoneId} and month = ${prior}::date
            and status in ('submitted', 'approved') ${scale}) p
      on p.enterprise_id = r.enterprise_id and p.scale_industry = r.scale_industry
    left join statistics_reports lm on lm.zone_id = ${zoneId} and lm.enterprise_id = r.enterprise_id
      and lm.month = (${m}::date - interval '1 month')::date and extract(month from ${m}::date) > 2
      and lm.status in ('submitted', 'approved'))`;
}

export interface PairRow {
  enterprise_id: string;
  report_id: string | null;
  prior_report_id: string | null;
  name: string;
  credit_code: string | null;
  industry_code: string;
  value: string | null;
  prior: string | null;
  prev: string | null;
  division: string;
  cluster: string;
  scale_industry: boolean;
  status: string;
  comparable: boolean;
}

export async function pairsOf(
  db: Db,
  zoneId: string,
  month: string,
  field: ReportField,
  scope: IndicatorScope | null,
): Promise<PairRow[]> {
  const result = await db.execute(sql`
    select x.*, e.name, e.credit_code
    from ${pairsSql(zoneId, month, field, scope)} x join enterprises e on e.id = x.enterprise_id`);
  return (result as unknown as { rows: PairRow[] }).rows;
}
