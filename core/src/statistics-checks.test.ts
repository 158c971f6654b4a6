import { describe, expect, it } from "vitest";
import type { ReportValues } from "./statistics-api.js";
import {
  type CheckInput,
  DEFAULT_CHECK_SETTINGS,
  EMPTY_VALUES,
  hasErrors,
  needsExplanation,
  runChecks,
} from "./statistics-checks.js";

const v = (values: Partial<ReportValues>): ReportValues => ({ ...EMPTY_VALUES, ...values });
const base = (over: Partial<CheckInput>): CheckInput => ({
  month: "2026-06",
  values: v({ output: "600", revenue: "580", electricity: "1200", employees: "80" }),
  previousMonth: v({ output: "500", revenue: "480", electricity: "1000", employees: "78" }),
  latestEarlier: null,
  previousYear: v({ output: "540", revenue: "530", electricity: "1100" }),
  settings: DEFAULT_CHECK_SETTINGS,
  ...over,
});
const ids = (input: CheckInput) => runChecks(input).map((c) => `${c.checkId}:${c.field}`);

describe("monthly report checks", () => {
  it("passes a plausible report", () => {
    expect(runChecks(base({}))).toEqual([]);
  });

  it("refuses a 累计 below last month's, but lets profit fall (a loss month)", () => {
    const input = base({
      values: v({ output: "450", revenue: "580", profit: "-20", electricity: "1200", employees: "80" }),
      previousMonth: v({ output: "500", revenue: "480", profit: "30", electricity: "1000", employees: "78" }),
    });
    const checks = runChecks(input);
    expect(ids(input)).toContain("cumulativeBelowPrevious:output");
    expect(ids(input)).not.toContain("cumulativeBelowPrevious:profit");
    expect(hasErrors(checks)).toBe(true);
    const first = checks.find((c) => c.checkId === "cumulativeBelowPrevious");
    expect(first?.messageZh).toContain("工业总产值(当年价)本月累计 450 低于上月累计 500");
    expect(first?.messageEn).toContain("Gross industrial output");
  });

  it("refuses a negative derived 当月 over a gap of unreported months", () => {
    const input = base({
      previousMonth: null,
      latestEarlier: { month: "2026-04", values: v({ output: "700", revenue: "400" }) },
    });
    expect(ids(input)).toEqual(["negativeMonthValue:output"]);
    expect(runChecks(input)[0]?.messageZh).toContain("4月");
  });

  it("warns beyond ±50 % 同比 (configurable) and needs an explanation", () => {
    const input = base({ previousYear: v({ output: "390", revenue: "530", electricity: "1100" }) });
    const checks = runChecks(input);
    expect(ids(input)).toEqual(["yoyBeyondThreshold:output"]);
    expect(checks[0]?.messageZh).toBe("工业总产值(当年价)同比增长 +53.8%，超过 ±50%，请说明原因");
    expect(hasErrors(checks)).toBe(false);
    expect(needsExplanation(checks)).toBe(true);
    expect(runChecks({ ...input, settings: { ...DEFAULT_CHECK_SETTINGS, yoyThresholdPct: "60" } })).toEqual([]);
    // Exactly at the threshold is not beyond it.
    expect(runChecks(base({ previousYear: v({ output: "400" }) }))).toEqual([]);
  });

  it("flags power and output moving in opposite directions beyond the tolerance", () => {
    const input = base({ previousYear: v({ output: "660", electricity: "1100" }) });
    expect(ids(input)).toEqual(["powerOutputDivergence:electricity"]);
    expect(runChecks(base({ previousYear: v({ output: "610", electricity: "1100" }) }))).toEqual([]);
  });

  it("flags a figure reported last month and empty now", () => {
    const input = base({ values: v({ output: "600", revenue: "580", electricity: "1200" }) });
    expect(ids(input)).toEqual(["valueMissing:employees"]);
  });

  it("checks nothing against last month in January (累计 restarts)", () => {
    const input = base({
      month: "2026-01",
      values: v({ output: "50" }),
      previousMonth: null,
      previousYear: null,
    });
    expect(runChecks(input)).toEqual([]);
  });
});
