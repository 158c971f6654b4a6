/**
 * B3 report submission: 50 clients at once, each submitting a distinct enterprise's January report through
 * POST /api/v1/statistics/reports as its zone's 经发局 (checks, audit, revision and rollup maintenance included).
 * The month after the loaded range is used and emptied first (its rollups recomputed by the module), so the case
 * can be run again on the same data.
 */
import type pg from "pg";
import { openDatabase } from "../../server/src/db/client.js";
import { BENCH_PASSWORD, zoneUser } from "../data/platform.js";
import { login, type Session } from "../lib/http.js";
import type { BenchContext, CaseResult } from "../lib/result.js";
import { summarise } from "../lib/stats.js";

const FIELDS = ["output", "revenue", "profit", "tax", "electricity", "employees", "export_value", "energy"] as const;
const KEYS = ["output", "revenue", "profit", "tax", "electricity", "employees", "exportValue", "energy"] as const;

export function nextMonth(month: string, n = 1): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7)) - 1 + n;
  return `${y + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}`;
}

/** Empties a month of reports (revisions go with them) and lets the module recompute its rollups. */
export async function clearMonth(url: string, pool: pg.Pool, month: string, zoneId: string | null) {
  const zones = await pool.query<{ zone_id: string }>(
    `delete from statistics_reports where month = $1::date and ($2::uuid is null or zone_id = $2::uuid) returning zone_id`,
    [`${month}-01`, zoneId],
  );
  const touched = [...new Set(zones.rows.map((r) => r.zone_id))];
  if (touched.length === 0) return;
  const { recomputeRollups } = await import("../../server/src/modules/statistics/rollups.js");
  const database = await openDatabase({ url });
  try {
    for (const z of touched) await database.db.transaction((tx) => recomputeRollups(tx, z, [month]));
  } finally {
    await database.close();
  }
}

/** Last year's figures of the same month, grown 8 %: plausible, and within every check's tolerance. */
export function grown(row: Record<string, string | number | null>): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  FIELDS.forEach((f, k) => {
    const v = row[f];
    const key = KEYS[k] as string;
    if (v === null || v === undefined) out[key] = null;
    else if (f === "employees") out[key] = String(Math.round(Number(v) * 1.08));
    else out[key] = (Number(v) * 1.08).toFixed(f === "energy" ? 3 : 2);
  });
  return out;
}

export async function b3Submit(ctx: BenchContext, pool: pg.Pool): Promise<CaseResult> {
  const id = "B3.submit";
  const month = nextMonth(ctx.scale.reportsTo);
  const prior = `${Number(month.slice(0, 4)) - 1}${month.slice(4)}`;
  const count = { province: 2000, city: 1000, smoke: 200 }[ctx.scale.name];
  await clearMonth(ctx.databaseUrl, pool, month, null);
  const candidates = await pool.query<
    Record<string, string> & { enterprise_id: string; zone_id: string; zone_index: string }
  >(
    `select r.enterprise_id, r.zone_id, substr(u.username, 3, 3) as zone_index, ${FIELDS.map((f) => `r.${f}`).join(", ")}
     from statistics_reports r
     join users u on u.zone_id = r.zone_id and u.username like 'bz%-economy'
     where r.month = $1::date and r.status in ('submitted','approved')
       and exists (select 1 from statistics_reports l where l.enterprise_id = r.enterprise_id and l.month = $2::date)
     order by hashtext(r.enterprise_id::text) limit $3`,
    [`${prior}-01`, `${ctx.scale.reportsTo}-01`, count],
  );
  const sessions = new Map<string, Session>();
  for (const z of new Set(candidates.rows.map((r) => r.zone_index)))
    sessions.set(z, await login(ctx.server.base, zoneUser(Number(z), "economy"), BENCH_PASSWORD));

  const queue = [...candidates.rows];
  let latencies: number[] = [];
  let errors = 0;
  let firstError = "";
  const worker = async () => {
    for (let item = queue.shift(); item; item = queue.shift()) {
      const session = sessions.get(item.zone_index) as Session;
      const started = performance.now();
      const res = await fetch(`${ctx.server.base}/api/v1/statistics/reports`, {
        method: "POST",
        headers: { ...session.headers, "content-type": "application/json" },
        body: JSON.stringify({
          enterpriseId: item.enterprise_id,
          month,
          values: grown(item),
          explanation: "同比变化已核实",
          submit: true,
          version: null,
        }),
      });
      const body = await res.text();
      latencies.push(performance.now() - started);
      if (res.status !== 200) {
        errors++;
        firstError ||= `${res.status} ${body.slice(0, 200)}`;
      }
    }
  };
  // A few alone first: the service time without contention, to tell cost from queueing.
  const alone = queue.splice(0, 20);
  const rest = queue.splice(0);
  queue.push(...alone);
  await worker();
  const single = summarise(latencies);
  latencies = [];
  queue.push(...rest);
  const t0 = performance.now();
  await Promise.all(Array.from({ length: 50 }, worker));
  const seconds = (performance.now() - t0) / 1000;
  if (errors > 0) throw new Error(`${errors} of ${candidates.rows.length} submissions refused, first: ${firstError}`);
  const lat = summarise(latencies);
  const perSec = Math.round(rest.length / seconds);
  return {
    id,
    title: "monthly-report submission, 50 clients, distinct enterprises",
    status: "ok",
    medianMs: lat.medianMs,
    p95Ms: lat.p95Ms,
    throughput: `${perSec} reports/s`,
    ratios: `p99 ${lat.p99Ms} ms; one client alone: median ${single.medianMs} ms`,
    note: `${candidates.rows.length} reports for ${month} from ${sessions.size} zones' 经发局 sessions`,
    metrics: {
      [`${id}.reportsPerSec`]: perSec,
      [`${id}.p99Ms`]: lat.p99Ms,
      [`${id}.medianMs`]: lat.medianMs,
      [`${id}.aloneMedianMs`]: single.medianMs,
    },
  };
}
