/**
 * Monthly figures of the demo's 规上 enterprises: a yearly level with growth, the months' seasonality and noise,
 * each enterprise's own ratios (revenue, margin, tax, power and energy intensity, exports), then calibration so
 * the zones' totals reproduce the published figures exactly. Every amount is an integer (yuan, kWh, milli-tce).
 */
import { addMonths, monthNumber, priorYearMonth, yearOf } from "@zoneos/core/statistics-math";
import { Rand } from "./enterprises/seeded-random.js";
import { CALIBRATIONS, type Calibration, FIRST_MONTH, LAST_MONTH, SEASON, ZONE_SHAPES } from "./statistics-data.js";

export const SERIES_FIELDS = ["output", "revenue", "profit", "tax", "electricity", "exportValue", "energy"] as const;
export type SeriesField = (typeof SERIES_FIELDS)[number];

export interface DemoReporter {
  id: string;
  zone: string;
  name: string;
  leading: boolean;
  /** Months (YYYY-MM) the enterprise holds the 规上工业 flag, within the demo's range. */
  months: Set<string>;
}

export interface Series {
  e: DemoReporter;
  /** 当月 per month and figure (float until rounded). */
  monthly: Map<string, Record<SeriesField, number>>;
  employees: Map<string, number>;
}

export function demoMonths(): string[] {
  const out: string[] = [];
  for (let m = FIRST_MONTH; m <= LAST_MONTH; m = addMonths(m, 1)) out.push(m);
  return out;
}

function generate(e: DemoReporter): Series {
  const shape = ZONE_SHAPES.find((s) => s.zone === e.zone) ?? { outputYi: 2, growth: 0.08 };
  const r = new Rand(`statistics:${e.zone}:${e.name}`);
  const gauss = () => (r.float() + r.float() + r.float() - 1.5) * 1.4;
  const base = shape.outputYi * 1e8 * Math.min(6, Math.max(0.25, Math.exp(gauss() * 0.9)));
  const growth = shape.growth + (r.float() - 0.5) * 0.16;
  const slump = r.chance(0.1) ? -(0.05 + r.float() * 0.45) : 0; // 2026 declines for the 预警名单
  const revenueRatio = 0.92 + r.float() * 0.13;
  const margin = r.chance(0.08) ? -0.03 : 0.02 + r.float() * 0.1;
  const taxRate = 0.015 + r.float() * 0.035;
  const kwhPerYuan = 0.01 + r.float() * 0.1;
  const exportShare = r.chance(0.6) ? 0 : 0.05 + r.float() * 0.35;
  const tcePerKwh = 0.0001229 * (1.1 + r.float());
  const staff = Math.round((base / 1e8) * (25 + r.float() * 60)) + 20;
  const monthly = new Map<string, Record<SeriesField, number>>();
  const employees = new Map<string, number>();
  for (const m of demoMonths()) {
    if (!e.months.has(m)) continue;
    const years = yearOf(m) - 2024;
    const annual = base * (1 + growth) ** years * (yearOf(m) === 2026 ? 1 + slump : 1);
    const output = annual * (SEASON[monthNumber(m) - 1] ?? 1 / 12) * (0.97 + r.float() * 0.06);
    const revenue = output * revenueRatio * (0.98 + r.float() * 0.04);
    const electricity = output * kwhPerYuan * (0.95 + r.float() * 0.1);
    monthly.set(m, {
      output,
      revenue,
      profit: revenue * (margin + (r.float() - 0.5) * 0.02),
      tax: revenue * taxRate,
      electricity,
      exportValue: output * exportShare,
      energy: electricity * tcePerKwh * 1000, // milli-tce
    });
    employees.set(m, Math.max(10, Math.round(staff * (1 + growth * years * 0.3) + r.int(-3, 3))));
  }
  return { e, monthly, employees };
}

/** 累计 at `month`: the year's 当月 values up to it (0 when the enterprise does not report that month). */
export function cumulative(s: Series, field: SeriesField, month: string): number {
  if (!s.e.months.has(month)) return 0;
  let total = 0;
  for (let m = `${month.slice(0, 4)}-01`; m <= month; m = addMonths(m, 1)) total += s.monthly.get(m)?.[field] ?? 0;
  return total;
}

/** Scales a figure over a span of years, so the growth into and out of the calibrated year is kept. */
function scaleYears(list: Series[], field: SeriesField, years: (year: number) => boolean, factor: number) {
  for (const s of list) for (const [m, v] of s.monthly) if (years(yearOf(m))) v[field] *= factor;
}

const total = (list: Series[], field: SeriesField, month: string) =>
  list.reduce((sum, s) => sum + cumulative(s, field, month), 0);

/** Adds `diff` to the 当月 at `month` of the list's biggest contributor (keeps every 累计 rising). */
function settle(list: Series[], field: SeriesField, month: string, target: number) {
  const diff = target - total(list, field, month);
  const biggest = [...list].sort((a, b) => cumulative(b, field, month) - cumulative(a, field, month))[0];
  const cell = biggest?.monthly.get(month);
  if (cell) cell[field] += diff;
}

const comparable = (list: Series[], month: string) =>
  list.filter((s) => s.e.months.has(month) && s.e.months.has(priorYearMonth(month)));

function calibrate(all: Series[], c: Calibration, exact: boolean) {
  const zone = all.filter((s) => s.e.zone === c.zone);
  const year = yearOf(c.month);
  if (c.leadingYuan !== undefined) {
    const leading = zone.filter((s) => s.e.leading);
    const others = zone.filter((s) => !s.e.leading);
    if (exact) {
      settle(leading, c.field, c.month, c.leadingYuan);
      settle(others, c.field, c.month, c.totalYuan - c.leadingYuan);
    } else {
      scaleYears(leading, c.field, (y) => y >= year, c.leadingYuan / total(leading, c.field, c.month));
      scaleYears(others, c.field, (y) => y >= year, (c.totalYuan - c.leadingYuan) / total(others, c.field, c.month));
    }
  } else if (exact) settle(zone, c.field, c.month, c.totalYuan);
  else scaleYears(zone, c.field, (y) => y >= year, c.totalYuan / total(zone, c.field, c.month));
  if (c.yoyPct === undefined) return;
  const pairs = comparable(zone, c.month);
  const wanted = total(pairs, c.field, c.month) / (1 + c.yoyPct / 100);
  const prior = priorYearMonth(c.month);
  if (exact) settle(pairs, c.field, prior, Math.round(wanted));
  else scaleYears(zone, c.field, (y) => y < year, wanted / total(pairs, c.field, prior));
}

/** The demo's monthly figures: generated, calibrated to the published totals, rounded to whole units. */
export function buildSeries(reporters: DemoReporter[]): Series[] {
  const all = reporters.map(generate);
  for (const c of CALIBRATIONS) calibrate(all, c, false);
  for (const s of all) for (const v of s.monthly.values()) for (const f of SERIES_FIELDS) v[f] = Math.round(v[f]);
  for (const c of CALIBRATIONS) calibrate(all, c, true);
  return all;
}
