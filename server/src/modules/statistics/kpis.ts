/**
 * A zone indicator's card for a month from the rollup totals, the projects' investment, the entered values and
 * the targets: 累计, 当月, 同比 on comparable scope beside the raw one, 环比, 目标完成率 against 序时进度.
 */
import type { KpiCard } from "@zoneos/core/statistics-api";
import { type IndicatorDefinition, indicatorById } from "@zoneos/core/statistics-indicators";
import {
  addMonths,
  completionPct,
  growthPct,
  momPct,
  monthNumber,
  monthValue,
  pointsDiff,
  priorYearMonth,
  scheduleProgressPct,
  yearOf,
} from "@zoneos/core/statistics-math";
import type { ZoneInvestment } from "./investment-source.js";
import { scopeOf, type ZoneSeries } from "./rollup-read.js";

export interface EnteredSeries {
  /** indicatorId → month → value */
  values: Map<string, Map<string, string>>;
}

export interface KpiInputs {
  month: string;
  series: ZoneSeries;
  investment: ZoneInvestment;
  entered: Map<string, Map<string, string>>;
  targets: Map<string, string>;
}

const blank = (def: IndicatorDefinition): KpiCard => ({
  indicatorId: def.id,
  source: def.source,
  unit: def.unit,
  value: null,
  monthValue: null,
  comparablePrior: null,
  comparableCurrent: null,
  yoyPct: null,
  priorRaw: null,
  rawYoyPct: null,
  momPct: null,
  target: null,
  completionPct: null,
  scheduleGapPts: null,
  enterprises: null,
});

/** The 累计 of a computed figure (or the count) in one month, or null when nothing was reported. */
export function computedValue(def: IndicatorDefinition, series: ZoneSeries, month: string): string | null {
  const totals = series.get(month);
  if (!totals) return null;
  const agg = scopeOf(totals, def.scope);
  if (def.aggregation === "count") return String(agg.enterprises);
  if (!def.field || agg.enterprises === 0) return null;
  return agg.sums[def.field].cur;
}

/** 当月 of a computed figure: 累计 difference within the year (stocks and counts are their own month value). */
export function computedMonthValue(def: IndicatorDefinition, series: ZoneSeries, month: string): string | null {
  const value = computedValue(def, series, month);
  if (def.aggregation !== "sumCumulative") return value;
  const prev = monthNumber(month) === 1 ? null : computedValue(def, series, addMonths(month, -1));
  return monthValue(value, prev, month);
}

function withTarget(card: KpiCard, def: IndicatorDefinition, month: string, target: string | undefined): KpiCard {
  if (!target || !def.targetable || card.value === null) return { ...card, target: target ?? null };
  const completion = completionPct(card.value, target);
  return {
    ...card,
    target,
    completionPct: completion,
    scheduleGapPts: def.cumulative ? pointsDiff(completion, scheduleProgressPct(month)) : null,
  };
}

function computedCard(def: IndicatorDefinition, inputs: KpiInputs): KpiCard {
  const { series, month } = inputs;
  const totals = series.get(month);
  const agg = scopeOf(totals, def.scope);
  const value = computedValue(def, series, month);
  const priorRaw = computedValue(def, series, priorYearMonth(month));
  const card: KpiCard = {
    ...blank(def),
    value,
    monthValue: computedMonthValue(def, series, month),
    priorRaw,
    rawYoyPct: growthPct(value, priorRaw),
    momPct: momPct(
      computedMonthValue(def, series, month),
      computedMonthValue(def, series, addMonths(month, -1)),
      month,
    ),
    enterprises: agg.enterprises,
  };
  if (def.field && agg.comparable > 0) {
    const s = agg.sums[def.field];
    card.comparableCurrent = s.cmpCur;
    card.comparablePrior = s.cmpPrior;
    card.yoyPct = growthPct(s.cmpCur, s.cmpPrior);
  } else if (def.aggregation === "count") {
    card.yoyPct = card.rawYoyPct;
  }
  return card;
}

function investmentCard(def: IndicatorDefinition, inputs: KpiInputs): KpiCard {
  const inv = inputs.investment;
  const value = inv.projects > 0 || inv.completedYtdYuan !== "0" ? inv.completedYtdYuan : null;
  return {
    ...blank(def),
    value,
    monthValue: value === null ? null : inv.completedMonthYuan,
    priorRaw: inv.priorYtdYuan,
    // Projects are the same records in both years: the raw growth is the comparable one.
    yoyPct: growthPct(value, inv.priorYtdYuan),
    rawYoyPct: growthPct(value, inv.priorYtdYuan),
    enterprises: inv.projects,
  };
}

/** The latest entered value of the year up to `month` (a quarterly figure stands until the next quarter). */
export function latestEntered(
  values: Map<string, string> | undefined,
  month: string,
): { month: string; value: string } | null {
  if (!values) return null;
  for (let m = month; yearOf(m) === yearOf(month); m = addMonths(m, -1)) {
    const v = values.get(m);
    if (v !== undefined) return { month: m, value: v };
    if (monthNumber(m) === 1) break;
  }
  return null;
}

function enteredCard(def: IndicatorDefinition, inputs: KpiInputs): KpiCard {
  const values = inputs.entered.get(def.id);
  const now = latestEntered(values, inputs.month);
  if (!now) return blank(def);
  const prior = values?.get(priorYearMonth(now.month)) ?? null;
  const isRate = def.unit === "percent";
  return {
    ...blank(def),
    value: now.value,
    priorRaw: prior,
    yoyPct: isRate ? null : growthPct(now.value, prior),
    rawYoyPct: isRate ? null : growthPct(now.value, prior),
  };
}

export function kpiCard(indicatorId: string, inputs: KpiInputs): KpiCard {
  const def = indicatorById(indicatorId);
  if (!def) throw new Error(`unknown indicator ${indicatorId}`);
  const card =
    def.aggregation === "projects"
      ? investmentCard(def, inputs)
      : def.source === "computed"
        ? computedCard(def, inputs)
        : enteredCard(def, inputs);
  return withTarget(card, def, inputs.month, inputs.targets.get(def.id));
}
