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

/**
 * The cockpit's enterprise lists as bounded queries: the top list is ORDER BY … LIMIT, 预警名单 and 规上 entering and
 * leaving first pick their enterprises from the index columns alone (for 工业总产值 an index-only scan of
 * statistics_reports_zone_month_output_idx), then read the few picked rows; none ships the whole month to the server.
 */
export interface FigureLists {
  top: PairRow[];
  declines: PairRow[];
  scaleEntering: PairRow[];
  scaleLeaving: PairRow[];
}

const COUNTED = sql.raw(`('submitted', 'approved')`);

/** Rows shaped like pairsSql's, from a current report r and/or a comparable prior report p, named by e. */
const FIGURE_COLUMNS = sql`coalesce(r.enterprise_id, p.enterprise_id) as enterprise_id, r.id as report_id,
  p.id as prior_report_id, null::text as prev,
  coalesce(r.division, p.division) as division, coalesce(r.industry_code, p.industry_code) as industry_code,
  coalesce(r.cluster, p.cluster) as cluster, coalesce(r.scale_industry, p.scale_industry) as scale_industry,
  coalesce(r.status, p.status) as status, (r.id is not null and p.id is not null) as comparable,
  e.name, e.credit_code`;

/** Extra rows fetched for 预警名单 so that the final ordering by rounded 同比 can re-rank ties exactly. */
const DECLINE_SLACK = 10;

export async function figureLists(
  db: Db,
  zoneId: string,
  month: string,
  field: ReportField,
  scope: IndicatorScope | null,
  limit: number,
): Promise<FigureLists> {
  const c = sql.raw(COLUMN[field]);
  const m = monthDate(month);
  const prior = monthDate(priorYearMonth(month));
  const scale = scope === "scaleIndustry" ? sql`and r.scale_industry` : sql``;
  const current = sql`r.zone_id = ${zoneId} and r.month = ${m}::date and r.status in ${COUNTED}`;
  const last = sql`p.zone_id = ${zoneId} and p.month = ${prior}::date and p.status in ${COUNTED}`;
  const pairing = sql`${last} and p.enterprise_id = r.enterprise_id and p.scale_industry = r.scale_industry`;
  const values = sql`r.${c}::text as value, p.${c}::text as prior`;
  const list = async (query: SQL) => ((await db.execute(query)) as unknown as { rows: PairRow[] }).rows;
  /** The picked enterprises' rows: r and p joined by the given conditions, ordered by name. */
  const details = (picked: SQL, rJoin: SQL, pJoin: SQL) =>
    list(sql`select ${FIGURE_COLUMNS}, ${values} from (${picked}) d
      left join statistics_reports r on r.zone_id = ${zoneId} and r.month = ${m}::date
        and r.enterprise_id = d.enterprise_id and ${rJoin}
      left join statistics_reports p on p.zone_id = ${zoneId} and p.month = ${prior}::date
        and p.enterprise_id = d.enterprise_id and ${pJoin}
      join enterprises e on e.id = d.enterprise_id
      order by e.name, d.enterprise_id`);
  const [top, declines, scaleEntering, scaleLeaving] = await Promise.all([
    list(sql`select ${FIGURE_COLUMNS}, ${values} from statistics_reports r
      left join statistics_reports p on ${pairing}
      join enterprises e on e.id = r.enterprise_id
      where ${current} ${scale} and r.${c} is not null
      order by r.${c} desc nulls last, r.enterprise_id limit ${limit}`),
    // growthPct: null (ranked as 0) when the prior figure is not positive, else rounded half away from zero.
    details(
      sql`select r.enterprise_id from statistics_reports r join statistics_reports p on ${pairing}
        where ${current} ${scale} and r.${c} < p.${c}
        order by case when p.${c} > 0 then round((r.${c} - p.${c}) * 100 / p.${c}, 2) else 0 end, r.${c} - p.${c},
          r.enterprise_id
        limit ${limit + DECLINE_SLACK}`,
      sql`r.status in ${COUNTED} ${scale}`,
      sql`p.status in ${COUNTED} and p.scale_industry = r.scale_industry`,
    ),
    details(
      sql`select r.enterprise_id from statistics_reports r left join statistics_reports p on ${pairing}
        where ${current} and r.scale_industry and p.enterprise_id is null`,
      sql`r.status in ${COUNTED} and r.scale_industry`,
      sql`false`,
    ),
    details(
      sql`select p.enterprise_id from statistics_reports p left join statistics_reports r on ${current}
          and r.enterprise_id = p.enterprise_id and r.scale_industry
        where ${last} and p.scale_industry and r.enterprise_id is null`,
      sql`false`,
      sql`p.status in ${COUNTED} and p.scale_industry`,
    ),
  ]);
  return { top, declines, scaleEntering, scaleLeaving };
}
