/**
 * B1 cockpit (HTTP vs hand-written SQL over rollups and over base rows), B2 province comparison, B3 report
 * submission by many clients, B5 report workbook import vs COPY: each runs once the statistics module answers
 * the endpoint it needs, and is reported as skipped with the reason until then.
 */
import pg from "pg";
import { BENCH_PASSWORD, PROVINCE } from "../data/platform.js";
import { captureSql } from "../lib/capture.js";
import { getJson, login } from "../lib/http.js";
import { chain } from "../lib/replay.js";
import { type BenchContext, type CaseResult, failed, skipped } from "../lib/result.js";
import { timeLoop } from "../lib/stats.js";
import { cockpitBySql, monthOutput } from "./cockpit-sql.js";
import { b5Import } from "./import.js";
import { b3Submit } from "./submit.js";

export const cockpitPath = (zoneId: string, month: string) =>
  `/api/v1/statistics/cockpit?zoneId=${zoneId}&month=${month}`;

/** True when the server has a route at `path`: unsigned, a known route answers 401, an unknown one 404. */
export async function hasRoute(base: string, path: string, method = "GET"): Promise<boolean> {
  const res = await fetch(`${base}${path}`, { method });
  await res.arrayBuffer();
  return res.status !== 404;
}

/** The zone with the most reports in the month (the heaviest cockpit) and its index in the bench's zones. */
async function busiestZone(pool: pg.Pool, month: string) {
  const r = await pool.query<{ zone_id: string; username: string }>(
    `select r.zone_id, u.username from statistics_reports r
     join users u on u.zone_id = r.zone_id and u.username like 'bz%-leader'
     where r.month = $1::date group by r.zone_id, u.username order by count(*) desc limit 1`,
    [`${month}-01`],
  );
  const row = r.rows[0];
  if (!row) throw new Error(`no reports for ${month}: load the data with npm run bench:data`);
  return row;
}

const ratio = (a: number, b: number) => Math.round((a / Math.max(b, 0.001)) * 100) / 100;

async function b1Cockpit(ctx: BenchContext, pool: pg.Pool, month: string): Promise<CaseResult> {
  const id = "B1.cockpit";
  const title = "zone cockpit, one month (KPIs, trend, breakdowns), HTTP warm vs SQL";
  const zone = await busiestZone(pool, month);
  const session = await login(ctx.server.base, zone.username, BENCH_PASSWORD);
  const path = cockpitPath(zone.zone_id, month);
  const api = await timeLoop(() => getJson(ctx.server.base, path, session), ctx.runs);
  const rollup = await timeLoop(() => cockpitBySql(pool, "rollup", zone.zone_id, month), ctx.runs);
  const base = await timeLoop(
    () => cockpitBySql(pool, "base", zone.zone_id, month),
    Math.max(10, Math.round(ctx.runs / 4)),
    2,
  );
  const [a, b] = await Promise.all([
    monthOutput(pool, "rollup", zone.zone_id, month),
    monthOutput(pool, "base", zone.zone_id, month),
  ]);
  const sql = (await captureSql(ctx.databaseUrl, { cockpit: { user: zone.username, path } })).cockpit ?? [];
  const apiOverRollup = ratio(api.medianMs, rollup.medianMs);
  const baseOverApi = ratio(base.medianMs, api.medianMs);
  return {
    id,
    title,
    status: "ok",
    medianMs: api.medianMs,
    p95Ms: api.p95Ms,
    ratios: `API÷rollup-SQL ${apiOverRollup} (SQL ${rollup.medianMs} ms); base-SQL÷API ${baseOverApi} (SQL ${base.medianMs} ms)`,
    note: `busiest zone, ${month}; the API ran ${sql.length} statements, ${chain(sql)} one after another (the SQL versions: 5 at once); rollup and base totals ${a === b ? "agree" : `DIFFER (${a} vs ${b})`}`,
    metrics: {
      [`${id}.medianMs`]: api.medianMs,
      [`${id}.p95Ms`]: api.p95Ms,
      [`${id}.rollupSqlMedianMs`]: rollup.medianMs,
      [`${id}.baseSqlMedianMs`]: base.medianMs,
      [`${id}.apiOverRollupSql`]: apiOverRollup,
      [`${id}.baseSqlOverApi`]: baseOverApi,
    },
  };
}

async function b2Comparison(ctx: BenchContext, pool: pg.Pool, month: string): Promise<CaseResult> {
  const id = "B2.comparison";
  const session = await login(ctx.server.base, "bench-province", BENCH_PASSWORD);
  const path = `/api/v1/statistics/comparison?regionCode=${PROVINCE}&month=${month}`;
  const first = await getJson<{ zones: unknown[] }>(ctx.server.base, path, session);
  const api = await timeLoop(() => getJson(ctx.server.base, path, session), Math.max(20, Math.round(ctx.runs / 2)));
  const sql = await timeLoop(
    () =>
      pool.query(
        `select zone_id, month, sum(output_cur), sum(output_cmp_cur), sum(output_cmp_prior) from statistics_rollups
         where month between ($1::date - interval '12 months')::date and $1::date and scale_industry group by zone_id, month`,
        [`${month}-01`],
      ),
    Math.max(20, Math.round(ctx.runs / 2)),
  );
  return {
    id,
    title: "province comparison, all zones, one month, ranked",
    status: "ok",
    medianMs: api.medianMs,
    p95Ms: api.p95Ms,
    ratios: `API÷rollup-SQL ${ratio(api.medianMs, sql.medianMs)} (one indicator's 12-month rollup scan ${sql.medianMs} ms)`,
    note: `${first.zones.length} zones as the province supervisor`,
    metrics: { [`${id}.medianMs`]: api.medianMs, [`${id}.p95Ms`]: api.p95Ms, [`${id}.zones`]: first.zones.length },
  };
}

export async function statisticsCases(ctx: BenchContext): Promise<CaseResult[]> {
  const month = `${ctx.scale.reportsTo.slice(0, 4)}-06`;
  const results: CaseResult[] = [];
  const pool = new pg.Pool({ connectionString: ctx.databaseUrl, max: 20 });
  try {
    const cases: [string, string, string, () => Promise<CaseResult>][] = [
      ["B1.cockpit", "zone cockpit for one month", "/api/v1/statistics/cockpit", () => b1Cockpit(ctx, pool, month)],
      [
        "B2.comparison",
        "province comparison of all zones",
        "/api/v1/statistics/comparison",
        () => b2Comparison(ctx, pool, month),
      ],
      [
        "B3.submit",
        "monthly-report submission by many clients",
        "/api/v1/statistics/reports",
        () => b3Submit(ctx, pool),
      ],
      ["B5.import", "report workbook import vs COPY", "/api/v1/statistics/imports", () => b5Import(ctx, pool)],
    ];
    for (const [id, title, route, run] of cases) {
      if (!ctx.wanted(id)) continue;
      const method = id === "B5.import" || id === "B3.submit" ? "POST" : "GET";
      if (!(await hasRoute(ctx.server.base, route, method))) {
        results.push(skipped(id, title, `the statistics module has no ${method} ${route} yet`));
        continue;
      }
      try {
        results.push(await run());
      } catch (error) {
        results.push(failed(id, title, error));
      }
    }
  } finally {
    await pool.end();
  }
  return results;
}
