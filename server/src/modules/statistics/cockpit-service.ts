/**
 * 领导驾驶舱: a zone's month in one answer. The KPI cards and the trend come from one grouped scan of the rollup,
 * the breakdowns from the month's rollup rows, the enterprise lists from bounded queries of the base rows.
 */
import type { Cockpit, cockpitQuery } from "@zoneos/core/statistics-api";
import { COCKPIT_KPIS, indicatorOfField } from "@zoneos/core/statistics-indicators";
import {
  compareDec,
  growthPct,
  isPublishedMonth,
  monthLabel,
  periodLabel,
  pointsDiff,
  priorYearMonth,
  completionPct as rate,
  scheduleProgressPct,
  sharePct,
  subDec,
  sumDec,
  yearOf,
} from "@zoneos/core/statistics-math";
import { sql } from "drizzle-orm";
import type { z } from "zod";
import type { ServiceContext } from "../../platform/context.js";
import { assertReader } from "./access.js";
import { figureLists, type PairRow } from "./enterprise-figures.js";
import { enteredByZone, targetsByZone } from "./indicators-service.js";
import { investmentByZone, investmentOf } from "./investment-source.js";
import { computedMonthValue, computedValue, kpiCard } from "./kpis.js";
import { readableZone, reportingCountsOf } from "./periods-service.js";
import { zoneTotals } from "./rollup-read.js";
import { COLUMN } from "./rollups.js";
import { zoneSettings } from "./settings.js";
import { monthDate, rows } from "./values.js";

type Breakdown = Cockpit["byCluster"][number];
type Figure = Cockpit["topEnterprises"][number];

interface GroupRow {
  division: string;
  cluster: string;
  enterprises: number;
  comparable: number;
  cur: string;
  cmp_cur: string;
  cmp_prior: string;
}

const LIST = 10;

function breakdown(
  groups: GroupRow[],
  keyOf: (g: GroupRow) => string,
  name: (key: string) => { zh: string; en: string },
  total: string,
): Breakdown[] {
  const by = new Map<string, GroupRow[]>();
  for (const g of groups) by.set(keyOf(g), [...(by.get(keyOf(g)) ?? []), g]);
  return [...by.entries()]
    .map(([key, list]) => {
      const value = sumDec(list.map((g) => g.cur));
      const comparable = list.reduce((n, g) => n + g.comparable, 0);
      return {
        key,
        nameZh: name(key).zh,
        nameEn: name(key).en,
        value,
        sharePct: sharePct(value, total),
        yoyPct:
          comparable > 0 ? growthPct(sumDec(list.map((g) => g.cmp_cur)), sumDec(list.map((g) => g.cmp_prior))) : null,
        enterprises: list.reduce((n, g) => n + g.enterprises, 0),
      };
    })
    .sort((a, b) => compareDec(b.value, a.value));
}

function figure(r: PairRow, total: string | null): Figure {
  return {
    enterpriseId: r.enterprise_id,
    name: r.name,
    industryCode: r.industry_code,
    value: r.value,
    prior: r.prior,
    yoyPct: r.comparable ? growthPct(r.value, r.prior) : null,
    change: r.comparable && r.value !== null && r.prior !== null ? subDec(r.value, r.prior) : null,
    sharePct: r.value !== null && total ? sharePct(r.value, total) : null,
  };
}

async function industryNames(ctx: ServiceContext, codes: string[]) {
  const found = await rows<{ code: string; name: string; parent: string | null }>(
    ctx.db,
    sql`select code, name, parent from industries where level = 'section' or code = any(${`{${codes.join(",")}}`}::text[])`,
  );
  return new Map(found.map((r) => [r.code, r]));
}

export async function cockpit(ctx: ServiceContext, q: z.infer<typeof cockpitQuery>): Promise<Cockpit> {
  assertReader(ctx);
  const zone = await readableZone(ctx, q.zoneId);
  const { month } = q;
  const year = yearOf(month);
  const focusDef = indicatorOfField(q.focus);

  const c = COLUMN[q.focus];
  const scaleFilter = focusDef.scope === "scaleIndustry" ? sql`and scale_industry` : sql``;
  // Independent reads, run at once (on PostgreSQL each on its own pooled connection).
  const [totals, investments, enteredAll, targetsAll, groups, settings, lists, reporting] = await Promise.all([
    zoneTotals(ctx.db, [zone.id], `${year - 1}-01`, month),
    investmentByZone(ctx.db, [zone.id], month),
    enteredByZone(ctx.db, [zone.id], `${year - 1}-01`, month),
    targetsByZone(ctx.db, [zone.id], year),
    rows<GroupRow>(
      ctx.db,
      sql`select division, cluster, sum(enterprises)::int as enterprises, sum(comparable)::int as comparable,
          sum(${sql.raw(`${c}_cur`)})::text as cur, sum(${sql.raw(`${c}_cmp_cur`)})::text as cmp_cur,
          sum(${sql.raw(`${c}_cmp_prior`)})::text as cmp_prior
        from statistics_rollups where zone_id = ${zone.id} and month = ${monthDate(month)}::date ${scaleFilter}
        group by division, cluster`,
    ),
    zoneSettings(ctx.db, zone.id),
    figureLists(ctx.db, zone.id, month, q.focus, focusDef.scope, LIST),
    reportingCountsOf(ctx.db, zone.id, month),
  ]);
  const series = totals.get(zone.id) ?? new Map();
  const investment = investmentOf(investments, zone.id);
  const entered = enteredAll.get(zone.id) ?? new Map();
  const targets = targetsAll.get(zone.id) ?? new Map();
  const inputs = { month, series, investment, entered, targets };
  const kpis = COCKPIT_KPIS.map((id) => kpiCard(id, inputs));

  const trend = [];
  for (let n = 2; n <= 12; n++) {
    const m = `${year}-${String(n).padStart(2, "0")}`;
    const last = priorYearMonth(m);
    const upToNow = m <= month;
    trend.push({
      month: m,
      labelZh: monthLabel(m, "zh-CN"),
      labelEn: monthLabel(m, "en-US"),
      thisYear: upToNow ? computedMonthValue(focusDef, series, m) : null,
      lastYear: computedMonthValue(focusDef, series, last),
      thisYearCumulative: upToNow ? computedValue(focusDef, series, m) : null,
      lastYearCumulative: computedValue(focusDef, series, last),
    });
  }

  const total = sumDec(groups.map((g) => g.cur));
  const names = await industryNames(ctx, [...new Set(groups.map((g) => g.division))]);
  const sectionOf = (division: string) => names.get(division)?.parent ?? "?";
  const nameOf = (code: string) => {
    const n = names.get(code)?.name ?? code;
    return { zh: n, en: code };
  };
  const leadingClusters = settings.leadingClusters ?? zone.leading_industries ?? [];
  const leadingGroups = groups.filter((g) => leadingClusters.includes(g.cluster));
  const leadingValue = sumDec(leadingGroups.map((g) => g.cur));
  const leadingComparable = leadingGroups.reduce((n, g) => n + g.comparable, 0);

  const declines = lists.declines
    .map((p) => figure(p, total))
    .sort((a, b) => compareDec(a.yoyPct ?? "0", b.yoyPct ?? "0") || compareDec(a.change ?? "0", b.change ?? "0"));

  const schedule = scheduleProgressPct(month);
  const investmentCompletion = rate(
    investment.completedYtdYuan,
    investment.annualPlanYuan === "0" ? null : investment.annualPlanYuan,
  );
  return {
    zone: { id: zone.id, name: zone.name, regionCode: zone.region_code },
    month,
    focus: q.focus,
    periodLabelZh: periodLabel(month, "zh-CN"),
    periodLabelEn: periodLabel(month, "en-US"),
    published: isPublishedMonth(month),
    scheduleProgressPct: schedule,
    reporting,
    kpis,
    trend,
    byIndustrySection: breakdown(groups, (g) => sectionOf(g.division), nameOf, total),
    byIndustryDivision: breakdown(groups, (g) => g.division, nameOf, total),
    byCluster: breakdown(
      groups,
      (g) => g.cluster,
      (k) => (k ? { zh: k, en: k } : { zh: "未归类", en: "Unclassified" }),
      total,
    ),
    leading: {
      clusters: leadingClusters,
      value: leadingValue,
      sharePct: sharePct(leadingValue, total),
      yoyPct:
        leadingComparable > 0
          ? growthPct(sumDec(leadingGroups.map((g) => g.cmp_cur)), sumDec(leadingGroups.map((g) => g.cmp_prior)))
          : null,
      enterprises: leadingGroups.reduce((n, g) => n + g.enterprises, 0),
    },
    topEnterprises: lists.top.map((p) => figure(p, total)),
    declines: declines.slice(0, LIST),
    scaleEntering: lists.scaleEntering.map((p) => figure(p, null)),
    scaleLeaving: lists.scaleLeaving.map((p) => figure(p, null)),
    investment: {
      projects: investment.projects,
      annualPlanYuan: investment.annualPlanYuan,
      completedYtdYuan: investment.completedYtdYuan,
      completedMonthYuan: investment.completedMonthYuan,
      completionPct: investmentCompletion,
      scheduleGapPts: pointsDiff(investmentCompletion, schedule),
    },
  };
}
