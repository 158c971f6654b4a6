/**
 * Loads the economic-monitoring demo: monthly reports of every demo zone's 规上工业 enterprises from 2024-01 to
 * 2026-10 (approved and frozen up to September, October still being collected with some 未报, drafts and returns),
 * their revisions (a few corrections), the rollup, entered zone indicators and 2025–2026 targets.
 */
import type { ReportValues } from "@zoneos/core/statistics-api";
import { DEFAULT_CHECK_SETTINGS, needsExplanation, runChecks } from "@zoneos/core/statistics-checks";
import { addMonths, monthNumber, priorYearMonth } from "@zoneos/core/statistics-math";
import { sql } from "drizzle-orm";
import type { Db, Tx } from "../db/client.js";
import { insertObjects } from "../modules/statistics/bulk-insert.js";
import { recomputeRollups } from "../modules/statistics/rollups.js";
import {
  indicatorTargets,
  indicatorValues,
  monthlyReports,
  reportPeriods,
  reportRevisions,
  statisticsSettings,
} from "../modules/statistics/tables.js";
import { deadlineOf, monthDate } from "../modules/statistics/values.js";
import { insertBatched } from "./enterprises/insert-batched.js";
import { Rand } from "./enterprises/seeded-random.js";
import type { DemoIds } from "./platform.js";
import { LAST_MONTH, LEADING_CLUSTERS, PUBLISHED_ENTERED, ZONE_SHAPES } from "./statistics-data.js";
import { buildSeries, cumulative, type DemoReporter, demoMonths, type Series } from "./statistics-series.js";

interface Registered {
  id: string;
  zone_id: string;
  name: string;
  industry_code: string;
  cluster: string | null;
  leading: string[];
  started_on: string;
  ended_on: string | null;
  account: string | null;
}

async function reporters(db: Db, ids: DemoIds) {
  const zoneKey = new Map([...ids.zones].map(([key, id]) => [id, key]));
  const found = (
    (await db.execute(sql`
      select e.id, e.zone_id, e.name, e.industry_code, e.cluster, z.leading_industries as leading,
        f.started_on::text, f.ended_on::text, (select u.id from users u where u.enterprise_id = e.id limit 1) as account
      from enterprises e join zones z on z.id = e.zone_id
      join enterprise_scale_flags f on f.enterprise_id = e.id and f.kind = 'industry'
      where e.status = 'operating'`)) as unknown as { rows: Registered[] }
  ).rows;
  const byId = new Map<string, DemoReporter & { row: Registered }>();
  for (const r of found) {
    const zone = zoneKey.get(r.zone_id);
    if (!zone) continue;
    const e = byId.get(r.id) ?? {
      id: r.id,
      zone,
      name: r.name,
      leading: !!r.cluster && (LEADING_CLUSTERS[zone] ?? r.leading).includes(r.cluster),
      months: new Set<string>(),
      row: r,
    };
    byId.set(r.id, e);
    for (const m of demoMonths())
      if (r.started_on <= `${m}-28` && (r.ended_on === null || r.ended_on >= `${m}-01`)) e.months.add(m);
  }
  return [...byId.values()].filter((e) => e.months.size > 0);
}

type Status = "draft" | "submitted" | "returned" | "approved";

/** October is still being collected; earlier months are approved and frozen. */
function statusOf(r: Rand, month: string): Status | null {
  if (month !== LAST_MONTH) return "approved";
  const x = r.float();
  if (x < 0.06) return null;
  if (x < 0.09) return "draft";
  if (x < 0.11) return "returned";
  if (x < 0.66) return "submitted";
  return "approved";
}

const text = (n: number, scale = 0) => (scale ? (n / 10 ** scale).toFixed(scale) : String(n));

function valuesAt(s: Series, month: string): ReportValues {
  const cum = (f: Parameters<typeof cumulative>[1]) => cumulative(s, f, month);
  return {
    output: text(cum("output")),
    revenue: text(cum("revenue")),
    profit: text(cum("profit")),
    tax: text(cum("tax")),
    electricity: text(cum("electricity")),
    employees: String(s.employees.get(month) ?? 0),
    exportValue: text(cum("exportValue")),
    energy: text(cum("energy"), 3),
  };
}

const EXPLANATIONS = ["新增订单集中交付", "受下游需求波动影响", "新生产线投产", "设备检修停产一个月", "原材料价格变动"];

export async function loadStatisticsDemo(db: Db, ids: DemoIds): Promise<void> {
  const list = await reporters(db, ids);
  const series = buildSeries(list);
  const userOf = (zone: string) => ids.users.get(`${zone}-economy`) ?? null;
  const names = new Map(
    (
      (await db.execute(sql`select id, name from users`)) as unknown as { rows: { id: string; name: string }[] }
    ).rows.map((u) => [u.id, u.name]),
  );
  const reports: (typeof monthlyReports.$inferInsert)[] = [];
  const revisions: (typeof reportRevisions.$inferInsert)[] = [];
  for (const s of series) {
    const e = list.find((x) => x.id === s.e.id) as DemoReporter & { row: Registered };
    const r = new Rand(`statistics-status:${e.name}`);
    for (const month of demoMonths()) {
      if (!e.months.has(month)) continue;
      const status = statusOf(r, month);
      if (!status) continue;
      const values = valuesAt(s, month);
      const prev =
        monthNumber(month) > 1 && e.months.has(addMonths(month, -1)) ? valuesAt(s, addMonths(month, -1)) : null;
      const prior = e.months.has(priorYearMonth(month)) ? valuesAt(s, priorYearMonth(month)) : null;
      const checks = runChecks({
        month,
        values,
        previousMonth: prev,
        latestEarlier: null,
        previousYear: prior,
        settings: DEFAULT_CHECK_SETTINGS,
      });
      const day = r.int(1, 8);
      const submittedAt = new Date(
        `${deadlineOf(month, 5).date.slice(0, 8)}${String(day).padStart(2, "0")}T10:00:00+08:00`,
      );
      const byAccount = !!e.row.account && r.chance(0.5);
      const submitter = byAccount ? e.row.account : userOf(e.zone);
      const id = crypto.randomUUID();
      const counted = status !== "draft";
      const corrected = month === "2026-08" && r.chance(0.03);
      reports.push({
        id,
        zoneId: e.row.zone_id,
        enterpriseId: e.id,
        month: monthDate(month),
        status,
        channel: corrected ? "correction" : byAccount ? "form" : "import",
        ...values,
        employees: Number(values.employees),
        industryCode: e.row.industry_code,
        division: e.row.industry_code.slice(0, 2),
        cluster: e.row.cluster ?? "",
        scaleIndustry: true,
        explanation: needsExplanation(checks) ? (EXPLANATIONS[r.int(0, EXPLANATIONS.length - 1)] ?? null) : null,
        returnReason: status === "returned" ? "利润总额与实缴税金口径不一致，请核实后重报" : null,
        revision: counted ? (corrected ? 2 : 1) : 0,
        late: counted && day > 5,
        submittedAt: counted ? submittedAt : null,
        submittedBy: counted ? submitter : null,
        reviewedAt:
          status === "approved" || status === "returned" ? new Date(submittedAt.getTime() + 86_400_000) : null,
        reviewedBy: status === "approved" || status === "returned" ? userOf(e.zone) : null,
        createdAt: submittedAt,
        updatedAt: submittedAt,
      });
      if (!counted) continue;
      const revision = (n: number, v: ReportValues, reason: string | null, at: Date) =>
        revisions.push({
          zoneId: e.row.zone_id,
          reportId: id,
          revision: n,
          ...v,
          employees: Number(v.employees),
          channel: n === 2 ? "correction" : byAccount ? "form" : "import",
          reason,
          actorId: n === 2 ? userOf(e.zone) : submitter,
          actorName: names.get((n === 2 ? userOf(e.zone) : submitter) ?? "") ?? null,
          createdAt: at,
        });
      if (corrected) {
        const before = { ...values, output: String(Number(values.output) - Math.round(Number(values.output) * 0.004)) };
        revision(1, before, null, submittedAt);
        revision(2, values, "统计局反馈：8月产值漏计一笔订单", new Date(submittedAt.getTime() + 20 * 86_400_000));
      } else revision(1, values, null, submittedAt);
    }
  }
  await insertObjects(db, monthlyReports, reports);
  await insertObjects(db, reportRevisions, revisions);
  await recomputeRollups(db as unknown as Tx, null, null);
  await db.execute(sql`analyze statistics_reports`);
  await db.execute(sql`analyze statistics_rollups`);
  await loadPeriods(db, ids);
  await insertBatched(
    db,
    statisticsSettings,
    Object.entries(LEADING_CLUSTERS).flatMap(([zone, clusters]) => {
      const zoneId = ids.zones.get(zone);
      return zoneId
        ? [{ zoneId, deadlineDay: 5, yoyThresholdPct: "50", divergenceTolerancePct: "5", leadingClusters: clusters }]
        : [];
    }),
  );
  await loadIndicators(db, ids, series);
}

async function loadPeriods(db: Db, ids: DemoIds) {
  const rows: (typeof reportPeriods.$inferInsert)[] = [];
  for (const [zone, zoneId] of ids.zones)
    for (const m of demoMonths())
      if (m < LAST_MONTH)
        rows.push({
          zoneId,
          month: monthDate(m),
          frozenAt: new Date(`${deadlineOf(m, 12).date}T17:00:00+08:00`),
          frozenBy: ids.users.get(`${zone}-economy`) ?? null,
        });
  await insertObjects(db, reportPeriods, rows);
}

const YI = 1e8;

/** Entered indicators (quarterly GDP, monthly budget revenue, trade, FDI, new entities, value-added growth). */
async function loadIndicators(db: Db, ids: DemoIds, series: Series[]) {
  const values: (typeof indicatorValues.$inferInsert)[] = [];
  const targets: (typeof indicatorTargets.$inferInsert)[] = [];
  const published = new Map(PUBLISHED_ENTERED.map((p) => [`${p.zone}|${p.indicatorId}|${p.month}`, p.value]));
  for (const shape of ZONE_SHAPES) {
    const zoneId = ids.zones.get(shape.zone);
    if (!zoneId) continue;
    const zone = series.filter((s) => s.e.zone === shape.zone);
    const yearOutput = (y: number) => zone.reduce((n, s) => n + cumulative(s, "output", `${y}-12`), 0);
    const r = new Rand(`statistics-indicators:${shape.zone}`);
    const pinned = (indicatorId: string, y: number) => {
      const v = published.get(`${shape.zone}|${indicatorId}|${y}-12`);
      return v === undefined ? null : Number(v);
    };
    const budgetRatio = 0.15 + r.float() * 0.05;
    const tradeRatio = 0.05 + r.float() * 0.1;
    const fdiYi = 0.3 + r.float() * 2;
    const entities = r.int(300, 1500);
    const annual = (y: number) => {
      const output = y === 2026 ? yearOutput(2025) * (1 + shape.growth) : yearOutput(y) || shape.outputYi * YI;
      const gdp = pinned("gdp", y) ?? (y === 2026 ? (pinned("gdp", 2025) ?? output * 0.28) * 1.08 : output * 0.3);
      return {
        gdp,
        publicBudgetRevenue:
          pinned("publicBudgetRevenue", y) ??
          (y === 2026 && pinned("publicBudgetRevenue", 2025) !== null
            ? (pinned("publicBudgetRevenue", 2025) ?? 0) * 1.06
            : gdp * budgetRatio),
        foreignTrade: output * tradeRatio,
        actualForeignInvestment: fdiYi * YI * (1 + shape.growth) ** (y - 2024),
        newMarketEntities: Math.round(entities * (1 + shape.growth / 2) ** (y - 2024)),
      };
    };
    const put = (indicatorId: string, month: string, value: string) =>
      values.push({
        zoneId,
        indicatorId,
        month: monthDate(month),
        value: published.get(`${shape.zone}|${indicatorId}|${month}`) ?? value,
        note: null,
        enteredBy: ids.users.get(`${shape.zone}-economy`) ?? null,
      });
    for (const y of [2024, 2025, 2026]) {
      const a = annual(y);
      for (let n = 1; n <= 12; n++) {
        const month = `${y}-${String(n).padStart(2, "0")}`;
        if (month > LAST_MONTH) break;
        const share = n / 12;
        if (n % 3 === 0) put("gdp", month, String(Math.round(a.gdp * ([0.22, 0.47, 0.72, 1][n / 3 - 1] ?? 1))));
        put("publicBudgetRevenue", month, String(Math.round(a.publicBudgetRevenue * share * (0.95 + r.float() * 0.1))));
        put("taxRevenueShare", month, (84 + r.float() * 9).toFixed(1));
        put("foreignTrade", month, String(Math.round(a.foreignTrade * share)));
        put("actualForeignInvestment", month, String(Math.round(a.actualForeignInvestment * share)));
        put("newMarketEntities", month, String(Math.round(a.newMarketEntities * share)));
        if (n > 1) put("industrialValueAddedGrowth", month, (shape.growth * 100 - 3 + r.float() * 4).toFixed(1));
      }
      if (y === 2024) continue;
      const counted = zone.filter((s) => s.e.months.has(`${y - 1}-12`)).length;
      const plan: Record<string, number> = {
        industrialOutput: yearOutput(y - 1) * (1 + shape.growth + 0.02),
        revenue: zone.reduce((n, s) => n + cumulative(s, "revenue", `${y - 1}-12`), 0) * (1 + shape.growth),
        tax: zone.reduce((n, s) => n + cumulative(s, "tax", `${y - 1}-12`), 0) * 1.08,
        gdp: annual(y - 1).gdp * 1.08,
        publicBudgetRevenue: annual(y - 1).publicBudgetRevenue * 1.06,
        foreignTrade: annual(y - 1).foreignTrade * 1.1,
        scaleIndustryEnterprises: counted + 3,
      };
      for (const [indicatorId, v] of Object.entries(plan))
        if (v > 0)
          targets.push({
            zoneId,
            year: y,
            indicatorId,
            value: indicatorId === "scaleIndustryEnterprises" ? String(v) : String(Math.round(v / 1e6) * 1e6),
          });
    }
  }
  await insertObjects(db, indicatorValues, values);
  await insertObjects(db, indicatorTargets, targets);
  // The year's fixed-asset investment target is the key projects' annual plans, where the projects demo is loaded.
  await db.execute(sql`insert into statistics_targets (zone_id, year, indicator_id, value)
    select a.zone_id, a.year, 'fixedAssetInvestment', sum(a.planned_yuan) from project_annual_plans a
    join projects p on p.id = a.project_id where p.total_investment_yuan >= 5000000 and a.year in (2025, 2026)
    group by a.zone_id, a.year`);
}

/** The demo's zone and user keys read back from a loaded registry (zones by their leader account). */
export async function demoIdsOf(db: Db): Promise<DemoIds> {
  const users = (
    (await db.execute(sql`select id, username, zone_id from users`)) as unknown as {
      rows: { id: string; username: string; zone_id: string | null }[];
    }
  ).rows;
  const zones = new Map<string, string>();
  for (const u of users)
    if (u.username.endsWith("-leader") && u.zone_id) zones.set(u.username.slice(0, -"-leader".length), u.zone_id);
  return { zones, units: new Map(), users: new Map(users.map((u) => [u.username, u.id])) };
}
