/**
 * The checks a monthly enterprise report passes before it counts (审核规则). Each has a stable id, a severity and
 * a message in both languages: errors refuse the report, warnings let it through with a written explanation.
 */
import type { CheckId, CheckResult, ReportValues } from "./statistics-api.js";
import { REPORT_FIELD_DEFINITIONS, REPORT_FIELDS, type ReportField } from "./statistics-indicators.js";
import { compareDec, growthPct, monthNumber, singleMonthValue } from "./statistics-math.js";

export interface CheckSettings {
  /** |同比| above this (in %) needs an explanation. */
  yoyThresholdPct: string;
  /** Output and power growth of opposite signs, each beyond this many points, are flagged. */
  divergenceTolerancePct: string;
}

export const DEFAULT_CHECK_SETTINGS: CheckSettings = { yoyThresholdPct: "50", divergenceTolerancePct: "5" };
export const DEFAULT_DEADLINE_DAY = 5;

export interface CheckInput {
  month: string;
  values: ReportValues;
  /** Last month's 累计 of the same year (null in January or when last month was not reported). */
  previousMonth: ReportValues | null;
  /** The latest earlier report of the same year, when last month's is missing (a gap of several months). */
  latestEarlier: { month: string; values: ReportValues } | null;
  /** The same month last year (its 累计), for 同比. */
  previousYear: ReportValues | null;
  settings: CheckSettings;
}

export const CHECK_SEVERITY: Record<CheckId, "error" | "warning"> = {
  cumulativeBelowPrevious: "error",
  negativeMonthValue: "error",
  yoyBeyondThreshold: "warning",
  powerOutputDivergence: "warning",
  valueMissing: "warning",
};

type Params = Record<string, string>;
const TEXT: Record<CheckId, { zh: string; en: string }> = {
  cumulativeBelowPrevious: {
    zh: "{field}本月累计 {value} 低于上月累计 {previous}，累计值不应下降",
    en: "{fieldEn} year-to-date {value} is below last month's {previous}; a year-to-date figure cannot fall",
  },
  negativeMonthValue: {
    zh: "{field}推算的当月值为负({value})：本月累计低于{since}累计",
    en: "{fieldEn}: the derived month value is negative ({value}); this year-to-date figure is below {sinceEn}",
  },
  yoyBeyondThreshold: {
    zh: "{field}同比{direction} {pct}%，超过 ±{threshold}%，请说明原因",
    en: "{fieldEn} changed {pct}% year on year, beyond ±{threshold}%; explain why",
  },
  powerOutputDivergence: {
    zh: "用电量同比 {power}% 与工业总产值同比 {output}% 方向相反，请核实",
    en: "Electricity use ({power}% y/y) and output ({output}% y/y) moved in opposite directions; please check",
  },
  valueMissing: {
    zh: "{field}上月已填报，本月为空，请补填或说明",
    en: "{fieldEn} was reported last month but is empty now; fill it in or explain",
  },
};

function fill(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? "");
}

function result(checkId: CheckId, field: ReportField | null, params: Params): CheckResult {
  const f = field ? REPORT_FIELD_DEFINITIONS[field] : null;
  const all = { field: f?.nameZh ?? "", fieldEn: f?.nameEn ?? "", ...params };
  return {
    checkId,
    severity: CHECK_SEVERITY[checkId],
    field,
    messageZh: fill(TEXT[checkId].zh, all),
    messageEn: fill(TEXT[checkId].en, all),
  };
}

const MONOTONIC = REPORT_FIELDS.filter((f) => REPORT_FIELD_DEFINITIONS[f].flow && !REPORT_FIELD_DEFINITIONS[f].signed);

/** 累计 of a non-negative flow may not fall below last month's. */
export function checkCumulative(input: CheckInput): CheckResult[] {
  const prev = input.previousMonth;
  if (!prev || monthNumber(input.month) === 1) return [];
  const out: CheckResult[] = [];
  for (const f of MONOTONIC) {
    const value = input.values[f];
    const previous = prev[f];
    if (value !== null && previous !== null && compareDec(value, previous) < 0)
      out.push(result("cumulativeBelowPrevious", f, { value, previous }));
  }
  return out;
}

/**
 * The derived 当月 over a gap (last month missing, an earlier month of the year reported) may not be negative.
 * With last month present the same fact is the 累计 check above, reported once.
 */
export function checkMonthValues(input: CheckInput): CheckResult[] {
  const earlier = input.latestEarlier;
  if (input.previousMonth || !earlier || monthNumber(input.month) === 1) return [];
  if (earlier.month.slice(0, 4) !== input.month.slice(0, 4) || earlier.month >= input.month) return [];
  const out: CheckResult[] = [];
  const since = `${monthNumber(earlier.month)}月`;
  const sinceEn = `month ${monthNumber(earlier.month)}'s`;
  for (const f of MONOTONIC) {
    const derived = singleMonthValue(input.values[f], earlier.values[f], input.month);
    if (derived !== null && compareDec(derived, "0") < 0)
      out.push(result("negativeMonthValue", f, { value: derived, since, sinceEn }));
  }
  return out;
}

function beyond(pct: string, limit: string): boolean {
  const abs = pct.startsWith("-") ? pct.slice(1) : pct;
  return compareDec(abs, limit) > 0;
}

/** |同比| of a flow's 累计 beyond the zone's threshold needs an explanation. */
export function checkYoy(input: CheckInput): CheckResult[] {
  const prior = input.previousYear;
  if (!prior) return [];
  const out: CheckResult[] = [];
  for (const f of REPORT_FIELDS) {
    if (!REPORT_FIELD_DEFINITIONS[f].flow) continue;
    const exact = growthPct(input.values[f], prior[f], 2);
    if (exact === null || !beyond(exact, input.settings.yoyThresholdPct)) continue;
    const pct = growthPct(input.values[f], prior[f], 1) ?? exact; // rounded once, from the exact ratio
    const up = !pct.startsWith("-");
    out.push(
      result("yoyBeyondThreshold", f, {
        pct: up ? `+${pct}` : pct,
        direction: up ? "增长" : "下降",
        threshold: input.settings.yoyThresholdPct,
      }),
    );
  }
  return out;
}

/** Power use up while output falls (or the reverse), each beyond the tolerance: one of the two is likely wrong. */
export function checkPowerOutput(input: CheckInput): CheckResult[] {
  const prior = input.previousYear;
  if (!prior) return [];
  const output = growthPct(input.values.output, prior.output, 1);
  const power = growthPct(input.values.electricity, prior.electricity, 1);
  if (output === null || power === null) return [];
  const tol = input.settings.divergenceTolerancePct;
  const opposite = output.startsWith("-") !== power.startsWith("-");
  if (!opposite || !beyond(output, tol) || !beyond(power, tol)) return [];
  return [result("powerOutputDivergence", "electricity", { power, output })];
}

/** A figure reported last month and left empty now. */
export function checkMissing(input: CheckInput): CheckResult[] {
  const prev = input.previousMonth;
  if (!prev) return [];
  return REPORT_FIELDS.filter((f) => prev[f] !== null && input.values[f] === null).map((f) =>
    result("valueMissing", f, {}),
  );
}

export function runChecks(input: CheckInput): CheckResult[] {
  return [
    ...checkCumulative(input),
    ...checkMonthValues(input),
    ...checkYoy(input),
    ...checkPowerOutput(input),
    ...checkMissing(input),
  ];
}

export function hasErrors(checks: readonly CheckResult[]): boolean {
  return checks.some((c) => c.severity === "error");
}

/** Warnings let a report through only with a written explanation. */
export function needsExplanation(checks: readonly CheckResult[]): boolean {
  return checks.some((c) => c.severity === "warning");
}

export const EMPTY_VALUES: ReportValues = {
  output: null,
  revenue: null,
  profit: null,
  tax: null,
  electricity: null,
  employees: null,
  exportValue: null,
  energy: null,
};
