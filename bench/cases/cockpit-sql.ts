/**
 * B1's reference: the cockpit's answer written by hand in SQL, run concurrently on a pool of the app's size. Two
 * versions differ only in where the KPI series and the month's breakdown come from: the rollups, or the base
 * reports with the comparable-scope self-join (what the rollups save). Both read the enterprise pairs (top list,
 * 预警名单, 规上 entering and leaving), the projects' investment and the reporting status from their tables.
 */
import type pg from "pg";

const FIELDS = ["output", "revenue", "profit", "tax", "electricity", "employees", "export_value", "energy"];
const COUNTED = "('submitted','approved')";

const rollupSums = FIELDS.map((f) => `sum(${f}_cur), sum(${f}_cmp_cur), sum(${f}_cmp_prior)`).join(", ");
const baseSums = FIELDS.map(
  (f) =>
    `coalesce(sum(r.${f}), 0), coalesce(sum(case when p.id is not null then r.${f} end), 0), coalesce(sum(p.${f}), 0)`,
).join(", ");
const paired = (where: string) => `from statistics_reports r
  left join statistics_reports p on p.zone_id = r.zone_id and p.enterprise_id = r.enterprise_id
    and p.month = (r.month - interval '1 year')::date and p.status in ${COUNTED} and p.scale_industry = r.scale_industry
  where ${where} and r.status in ${COUNTED}`;

export const SERIES = {
  rollup: `select month, scale_industry, sum(enterprises), sum(comparable), ${rollupSums} from statistics_rollups
    where zone_id = $1 and month between $2::date and $3::date group by month, scale_industry`,
  base: `select r.month, r.scale_industry, count(*), count(p.id), ${baseSums}
    ${paired("r.zone_id = $1 and r.month between $2::date and $3::date")} group by r.month, r.scale_industry`,
};
export const BREAKDOWN = {
  rollup: `select division, cluster, sum(enterprises), sum(comparable), sum(output_cur), sum(output_cmp_cur), sum(output_cmp_prior)
    from statistics_rollups where zone_id = $1 and month = $2::date and scale_industry group by division, cluster`,
  base: `select r.division, r.cluster, count(*), count(p.id), sum(r.output), sum(case when p.id is not null then r.output end), sum(p.output)
    ${paired("r.zone_id = $1 and r.month = $2::date and r.scale_industry")} group by r.division, r.cluster`,
};
const PAIRS = `select coalesce(r.enterprise_id, p.enterprise_id) as enterprise_id, r.output as value, p.output as prior, e.name
  from (select * from statistics_reports where zone_id = $1 and month = $2::date and status in ${COUNTED} and scale_industry) r
  full join (select * from statistics_reports where zone_id = $1 and month = $3::date and status in ${COUNTED} and scale_industry) p
    on p.enterprise_id = r.enterprise_id
  join enterprises e on e.id = coalesce(r.enterprise_id, p.enterprise_id)`;
const INVESTMENT = `select count(distinct i.project_id), sum(i.amount_yuan) filter (where i.month >= $2::date),
    sum(i.amount_yuan) filter (where i.month = $3::date),
    (select sum(a.planned_yuan) from project_annual_plans a where a.zone_id = $1 and a.year = $4)
  from project_investments i where i.zone_id = $1 and i.month between $2::date and $3::date`;
const STATUS = `select status, count(*) from statistics_reports where zone_id = $1 and month = $2::date group by status`;

export async function cockpitBySql(pool: pg.Pool, source: "rollup" | "base", zoneId: string, month: string) {
  const year = Number(month.slice(0, 4));
  const m = `${month}-01`;
  const prior = `${year - 1}${month.slice(4)}-01`;
  const [series, breakdown] = await Promise.all([
    pool.query(SERIES[source], [zoneId, `${year - 1}-01-01`, m]),
    pool.query(BREAKDOWN[source], [zoneId, m]),
    pool.query(PAIRS, [zoneId, m, prior]),
    pool.query(INVESTMENT, [zoneId, `${year}-01-01`, m, year]),
    pool.query(STATUS, [zoneId, m]),
  ]);
  return { series: series.rows, breakdown: breakdown.rows };
}

/** The month's total output over all counted reports, from either source: they must agree. */
export async function monthOutput(
  pool: pg.Pool,
  source: "rollup" | "base",
  zoneId: string,
  month: string,
): Promise<string> {
  const q =
    source === "rollup"
      ? "select coalesce(sum(output_cur), 0)::text as v from statistics_rollups where zone_id = $1 and month = $2::date"
      : `select coalesce(sum(output), 0)::text as v from statistics_reports where zone_id = $1 and month = $2::date and status in ${COUNTED}`;
  const r = await pool.query<{ v: string }>(q, [zoneId, `${month}-01`]);
  return Number(r.rows[0]?.v ?? 0).toFixed(2);
}
