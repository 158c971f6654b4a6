/**
 * Monthly enterprise reports (企业月报) of every enterprise present in each month of the scale's range, 累计 as the
 * bureau collects them: output with seasonality and each enterprise's growth and wobble, revenue, profit (may be
 * negative), tax, power, employees, exports, energy; entries and exits follow the registry. Each counted report
 * has its first revision. Past months are frozen. The rollups are then built by the module's own set-based
 * recomputation (recomputeRollups), zone by zone.
 */
import pg from "pg";
import { openDatabase } from "../../server/src/db/client.js";
import { copyRows } from "../lib/copy.js";
import { columnsOf, tableExists } from "../lib/db.js";
import type { Scale } from "../lib/scale.js";
import { annualOutput, type EnterpriseRow, hash01, monthsBetween, scaleKindIn, type ZoneRow } from "./model.js";

const SEASON = [0.065, 0.055, 0.08, 0.082, 0.085, 0.088, 0.08, 0.082, 0.088, 0.09, 0.095, 0.11];
const FIGURES = ["output", "revenue", "profit", "tax", "electricity", "employees", "export_value", "energy"];
const REPORT_COLUMNS = [
  "id",
  "zone_id",
  "enterprise_id",
  "month",
  "status",
  "channel",
  ...FIGURES,
  "industry_code",
  "division",
  "cluster",
  "scale_industry",
  "revision",
  "late",
  "submitted_at",
  "reviewed_at",
];
const REVISION_COLUMNS = ["id", "zone_id", "report_id", "revision", ...FIGURES, "channel", "actor_name", "created_at"];

/**
 * A UUID fixed by (enterprise, year, month, kind), so both passes (reports, revisions) name the same report; unique
 * by construction (a hash of the parts would collide among millions).
 */
function uuidOf(index: number, year: number, month: number, kind = 0): string {
  const hex = (n: number, w: number) => n.toString(16).padStart(w, "0");
  const tail = hex(Math.floor(hash01(index, year, month, kind) * 2 ** 48), 12);
  return `${hex(index, 8)}-${hex(year, 4)}-4${hex(month, 3)}-a${hex(kind, 3)}-${tail}`;
}

interface Report {
  id: string;
  e: EnterpriseRow;
  month: string;
  status: "approved" | "submitted" | "returned" | "draft";
  channel: string;
  figures: (string | number)[];
  submittedAt: string;
}

/** Every report of one enterprise in the range, 累计 restarting each January (or at its entry). */
function* reportsOf(e: EnterpriseRow, from: string, to: string): Generator<Report> {
  const first = e.entersMonth > from ? e.entersMonth : from;
  const last = e.exitsMonth && e.exitsMonth < to ? e.exitsMonth : to;
  if (first > last) return;
  const h = (k: number) => hash01(e.index, k);
  const revenueRatio = 0.92 + 0.12 * h(11);
  const margin = -0.04 + 0.14 * h(12);
  const taxRate = 0.025 + 0.035 * h(13);
  const kwhPerYuan = 0.03 + 0.15 * h(14);
  const exportShare = h(15) < 0.7 ? 0 : 0.05 + 0.3 * h(16);
  const tcePerKwh = 0.0001229 * (1 + h(17));
  let year = 0;
  let cum = [0, 0, 0, 0, 0, 0, 0];
  for (const month of monthsBetween(first, last)) {
    const y = Number(month.slice(0, 4));
    const m = Number(month.slice(5, 7));
    if (y !== year) {
      year = y;
      cum = [0, 0, 0, 0, 0, 0, 0];
    }
    const annual = annualOutput(e, y);
    const output = annual * (SEASON[m - 1] ?? 0.08) * (0.9 + 0.2 * hash01(e.index, y, m));
    const revenue = output * revenueRatio;
    const add = [
      output,
      revenue,
      revenue * margin,
      revenue * taxRate,
      output * kwhPerYuan,
      output * exportShare,
      output * kwhPerYuan * tcePerKwh,
    ];
    cum = cum.map((c, k) => c + (add[k] ?? 0));
    const employees = Math.max(3, Math.round((annual / 600_000) * (0.95 + 0.1 * hash01(e.index, y, m, 3))));
    const r = hash01(e.index, y, m, 5);
    const status =
      month === to ? (r < 0.8 ? "approved" : r < 0.95 ? "submitted" : r < 0.98 ? "returned" : "draft") : "approved";
    const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
    yield {
      id: uuidOf(e.index, y, m),
      e,
      month,
      status,
      channel: r < 0.7 ? "import" : "form",
      figures: [
        cum[0]?.toFixed(2) ?? "0",
        cum[1]?.toFixed(2) ?? "0",
        cum[2]?.toFixed(2) ?? "0",
        cum[3]?.toFixed(2) ?? "0",
        cum[4]?.toFixed(2) ?? "0",
        employees,
        cum[5]?.toFixed(2) ?? "0",
        cum[6]?.toFixed(3) ?? "0",
      ],
      submittedAt: `${next}-0${1 + Math.floor(hash01(e.index, y, m, 7) * 8)}T09:30:00+08`,
    };
  }
}

/** Drops a table's secondary indexes (not those behind constraints) and returns what recreates them. */
async function dropIndexes(client: pg.ClientBase, table: string): Promise<string[]> {
  const r = await client.query<{ name: string; def: string }>(
    `select i.indexname as name, i.indexdef as def from pg_indexes i
     where i.schemaname = 'public' and i.tablename = $1
       and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`,
    [table],
  );
  for (const x of r.rows) await client.query(`drop index ${x.name}`);
  return r.rows.map((x) => x.def);
}

type Progress = (label: string, done: number) => void;

async function loadReports(client: pg.ClientBase, scale: Scale, enterprises: EnterpriseRow[], progress: Progress) {
  const recreate = await dropIndexes(client, "statistics_reports");
  const reports = await copyRows(
    client,
    "statistics_reports",
    REPORT_COLUMNS,
    (function* () {
      let n = 0;
      for (const e of enterprises) {
        for (const r of reportsOf(e, scale.reportsFrom, scale.reportsTo)) {
          const counted = r.status !== "draft";
          const [y, m] = [Number(r.month.slice(0, 4)), Number(r.month.slice(5, 7))];
          yield [
            r.id,
            e.zone.id,
            e.id,
            `${r.month}-01`,
            r.status,
            r.channel,
            ...r.figures,
            e.industryCode,
            e.industryCode.slice(0, 2),
            e.cluster ?? "",
            scaleKindIn(e, y) === "industry",
            counted ? 1 : 0,
            hash01(e.index, y, m, 9) < 0.05,
            counted ? r.submittedAt : null,
            r.status === "approved" ? r.submittedAt.replace(/T09/, "T16") : null,
          ];
          if (++n % 1_000_000 === 0) progress("reports", n);
        }
      }
    })(),
  );
  progress(`reports loaded; rebuilding their ${recreate.length} indexes`, reports);
  for (const def of recreate) await client.query(def);
  progress("report indexes rebuilt", reports);
  return reports;
}

/** One revision (the submission) per counted report. */
async function loadRevisions(client: pg.ClientBase, scale: Scale, enterprises: EnterpriseRow[], progress: Progress) {
  const recreate = await dropIndexes(client, "statistics_report_revisions");
  const revisions = await copyRows(
    client,
    "statistics_report_revisions",
    REVISION_COLUMNS,
    (function* () {
      for (const e of enterprises)
        for (const r of reportsOf(e, scale.reportsFrom, scale.reportsTo))
          if (r.status !== "draft")
            yield [
              uuidOf(e.index, Number(r.month.slice(0, 4)), Number(r.month.slice(5, 7)), 99),
              e.zone.id,
              r.id,
              1,
              ...r.figures,
              r.channel,
              "企业填报员",
              r.submittedAt,
            ];
    })(),
  );
  for (const def of recreate) await client.query(def);
  progress("revisions loaded and indexed", revisions);
  return revisions;
}

export async function loadStatistics(
  client: pg.ClientBase,
  url: string,
  scale: Scale,
  zones: ZoneRow[],
  enterprises: EnterpriseRow[],
): Promise<{ rows: number } | string> {
  if (!(await tableExists(client, "statistics_reports")) || !(await tableExists(client, "statistics_rollups")))
    return "the statistics module has no tables in the schema yet";
  const have = new Set(await columnsOf(client, "statistics_reports"));
  const missing = REPORT_COLUMNS.filter((c) => !have.has(c));
  if (missing.length > 0)
    return `statistics_reports changed shape (no ${missing.join(", ")}); update bench/data/statistics.ts`;

  await client.query("set maintenance_work_mem = '1GB'");
  await client.query("set synchronous_commit = off");
  let rows = 0;
  const t0 = performance.now();
  const progress = (label: string, done: number) =>
    process.stdout.write(
      `\n[data]   ${label}: ${done.toLocaleString("en")} rows, ${Math.round((performance.now() - t0) / 1000)} s`,
    );
  // Reports and their revisions go in side by side, on two connections (COPY keeps one core busy each).
  const second = new pg.Client({ connectionString: url });
  await second.connect();
  let reports = 0;
  let revisions = 0;
  try {
    await second.query("set session_replication_role = replica").catch(() => undefined);
    await second.query("set maintenance_work_mem = '1GB'");
    await second.query("set synchronous_commit = off");
    [reports, revisions] = await Promise.all([
      loadReports(client, scale, enterprises, progress),
      loadRevisions(second, scale, enterprises, progress),
    ]);
  } finally {
    await second.end();
  }
  rows += reports + revisions;

  // Months before the last are reported upward (frozen), as a real province's history would be.
  const frozen = monthsBetween(scale.reportsFrom, scale.reportsTo).slice(0, -1);
  rows += await copyRows(
    client,
    "statistics_periods",
    ["zone_id", "month", "frozen_at"],
    (function* () {
      for (const z of zones) for (const m of frozen) yield [z.id, `${m}-01`, `${m}-28T10:00:00+08`];
    })(),
  );
  await client.query("analyze statistics_reports");

  const { recomputeRollups } = await import("../../server/src/modules/statistics/rollups.js");
  const database = await openDatabase({ url });
  try {
    // Zone by zone, two at a time: each is one set-based statement over the zone's reports.
    const queue = [...zones];
    let done = 0;
    const worker = async () => {
      for (let z = queue.shift(); z; z = queue.shift()) {
        const zoneId = z.id;
        await database.db.transaction((tx) => recomputeRollups(tx, zoneId, null));
        if (++done % 20 === 0 || done === zones.length) progress(`rollups (zone ${done}/${zones.length})`, rows);
      }
    };
    await Promise.all([worker(), worker()]);
  } finally {
    await database.close();
  }
  const built = await client.query<{ n: string }>("select count(*) as n from statistics_rollups");
  rows += Number(built.rows[0]?.n ?? 0);
  process.stdout.write("\n[data]  ");
  return { rows };
}
