/**
 * B5 report workbook import: the busiest zone's month as a filled workbook (the module's own layout, written by its
 * templateWorkbook), imported through POST /api/v1/statistics/imports?wait=true as the zone's 经发局, beside a COPY
 * of the same rows into a scratch copy of statistics_reports. An import is one zone-month, so the workbook holds
 * one zone's enterprises (≈ 1,000 at province scale, not 100,000): the budget is checked on the time per row
 * scaled to 100,000 rows, and the note says what was measured.
 */
import type { ReportValues } from "@zoneos/core/statistics-api";
import type pg from "pg";
import { templateWorkbook } from "../../server/src/modules/statistics/report-workbook.js";
import { BENCH_PASSWORD } from "../data/platform.js";
import { copyRows } from "../lib/copy.js";
import { login } from "../lib/http.js";
import type { BenchContext, CaseResult } from "../lib/result.js";
import { clearMonth, grown, nextMonth } from "./submit.js";

const FIELDS = ["output", "revenue", "profit", "tax", "electricity", "employees", "export_value", "energy"];
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export async function b5Import(ctx: BenchContext, pool: pg.Pool): Promise<CaseResult> {
  const id = "B5.import";
  const month = nextMonth(ctx.scale.reportsTo, 2);
  const prior = `${Number(month.slice(0, 4)) - 1}${month.slice(4)}`;
  const zone = await pool.query<{ zone_id: string; name: string; username: string }>(
    `select r.zone_id, z.name, u.username from statistics_reports r join zones z on z.id = r.zone_id
     join users u on u.zone_id = r.zone_id and u.username like 'bz%-economy'
     where r.month = $1::date group by r.zone_id, z.name, u.username order by count(*) desc limit 1`,
    [`${ctx.scale.reportsTo}-01`],
  );
  const z = zone.rows[0];
  if (!z) throw new Error("no reports loaded");
  await clearMonth(ctx.databaseUrl, pool, month, z.zone_id);
  // Every enterprise that reported in the last loaded month: last year's same month grown 8 %, or, for those
  // that were not there then, two twelfths of their last year.
  const rows = await pool.query<
    Record<string, string> & { credit_code: string; name: string; industry_code: string; enterprise_id: string }
  >(
    `select e.id as enterprise_id, e.credit_code, e.name, e.industry_code,
       ${FIELDS.map((f) => `coalesce(p.${f}, l.${f} * (case when '${f}' = 'employees' then 1 else 2.0 / 12 end)) as ${f}`).join(", ")}
     from statistics_reports l join enterprises e on e.id = l.enterprise_id
     left join statistics_reports p on p.enterprise_id = l.enterprise_id and p.month = $2::date and p.zone_id = l.zone_id
     where l.zone_id = $1 and l.month = $3::date order by e.name`,
    [z.zone_id, `${prior}-01`, `${ctx.scale.reportsTo}-01`],
  );
  const entries = rows.rows.map((r) => ({
    creditCode: r.credit_code,
    name: r.name,
    industryCode: r.industry_code,
    values: grown(r) as ReportValues,
    explanation: "同比变化已核实",
  }));
  const workbook = await templateWorkbook(z.name, month, entries, "zh-CN");
  const session = await login(ctx.server.base, z.username, BENCH_PASSWORD);

  const t0 = performance.now();
  const res = await fetch(`${ctx.server.base}/api/v1/statistics/imports?zoneId=${z.zone_id}&month=${month}&wait=true`, {
    method: "POST",
    headers: { ...session.headers, "content-type": XLSX },
    body: workbook,
  });
  const body = await res.text();
  const importMs = performance.now() - t0;
  if (res.status !== 200) throw new Error(`import answered ${res.status}: ${body.slice(0, 300)}`);

  // The same rows by COPY, into a scratch table shaped like the reports (defaults and all, no indexes).
  const client = await pool.connect();
  let copyMs = 0;
  try {
    await client.query("create temp table bench_copy (like statistics_reports including defaults)");
    const t1 = performance.now();
    await copyRows(
      client,
      "bench_copy",
      [
        "zone_id",
        "enterprise_id",
        "month",
        "status",
        "channel",
        ...FIELDS,
        "industry_code",
        "division",
        "scale_industry",
      ],
      rows.rows.map((r) => {
        const v = grown(r);
        return [
          z.zone_id,
          r.enterprise_id,
          `${month}-01`,
          "submitted",
          "import",
          v.output,
          v.revenue,
          v.profit,
          v.tax,
          v.electricity,
          v.employees,
          v.exportValue,
          v.energy,
          r.industry_code,
          r.industry_code.slice(0, 2),
          false,
        ];
      }),
    );
    copyMs = performance.now() - t1;
    await client.query("drop table bench_copy");
  } finally {
    client.release();
  }
  const n = rows.rows.length;
  const per100k = Math.round((importMs / 1000) * (100_000 / Math.max(1, n)) * 10) / 10;
  return {
    id,
    title: "report workbook import end to end vs COPY",
    status: "ok",
    medianMs: Math.round(importMs),
    throughput: `${Math.round(n / (importMs / 1000))} rows/s`,
    ratios: `import÷COPY ${Math.round(importMs / Math.max(copyMs, 0.1))} (COPY ${Math.round(copyMs)} ms)`,
    note: `${n} rows (one zone-month, ${Math.round(workbook.length / 1024)} KB) in ${(importMs / 1000).toFixed(1)} s; scaled to 100,000 rows: ${per100k} s`,
    metrics: {
      [`${id}.rows`]: n,
      [`${id}.seconds`]: Math.round(importMs) / 1000,
      [`${id}.copySeconds`]: Math.round(copyMs) / 1000,
      [`${id}.secondsPer100k`]: per100k,
    },
  };
}
