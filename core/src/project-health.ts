/**
 * Project health: 正常 / 滞后 / 严重滞后 from explainable, configurable rules. Each raised flag carries the
 * rule and the numbers that raised it, so a leader can see why a project is on the red list.
 */
import { schedulePct } from "./schedule.js";

export const HEALTH_LEVELS = ["normal", "lagging", "severe"] as const;
export type HealthLevel = (typeof HEALTH_LEVELS)[number];

export interface HealthRules {
  /** A milestone overdue by this many days makes the project lagging; the second number, severe. */
  milestoneOverdueDays: [number, number];
  /** Year-to-date investment below this share of the time-proportional plan: lagging, then severe. */
  investmentShareOfSchedule: [number, number];
  /** Weeks without a secretary's weekly report: lagging, then severe. */
  silentWeeks: [number, number];
}

/** The seeds' zones as defaults; each zone may set its own (project_health_rules). */
export const DEFAULT_HEALTH_RULES: HealthRules = {
  milestoneOverdueDays: [15, 60],
  investmentShareOfSchedule: [0.8, 0.5],
  silentWeeks: [2, 4],
};

export const HEALTH_RULE_KEYS = ["milestoneOverdueDays", "investmentShareOfSchedule", "silentWeeks"] as const;

/**
 * The rules whose 严重滞后 threshold comes before their 滞后 one (more days or weeks, a smaller share are
 * worse): such a zone would flag projects severe before lagging, which no bulletin can explain.
 */
export function misorderedRules(rules: HealthRules): (keyof HealthRules)[] {
  const out: (keyof HealthRules)[] = [];
  if (rules.milestoneOverdueDays[1] < rules.milestoneOverdueDays[0]) out.push("milestoneOverdueDays");
  if (rules.investmentShareOfSchedule[1] > rules.investmentShareOfSchedule[0]) out.push("investmentShareOfSchedule");
  if (rules.silentWeeks[1] < rules.silentWeeks[0]) out.push("silentWeeks");
  return out;
}

export interface HealthInput {
  today: string;
  /** Milestones not yet done, with their planned dates. */
  openMilestones: { name: string; plannedOn: string }[];
  /** Year-to-date completed investment and the year's plan (yuan), for the current month. */
  investment: { ytd: string; annualPlan: string | null; month: number } | null;
  lastReportOn: string | null;
  /** Projects under construction report weekly; others are not judged on silence. */
  expectsReports: boolean;
}

/**
 * Each flag carries the threshold it crossed (the zone's rule in force), so it reads without the settings;
 * flags archived before thresholds were kept (old bulletins) have none.
 */
export type HealthFlag =
  | {
      rule: "milestoneOverdue";
      level: HealthLevel;
      milestone: string;
      plannedOn: string;
      daysOverdue: number;
      threshold?: number;
    }
  | { rule: "investmentBehind"; level: HealthLevel; ytd: string; expected: string; share: number; threshold?: number }
  | { rule: "silent"; level: HealthLevel; lastReportOn: string | null; weeks: number; threshold?: number };

const DAY = 86_400_000;
const days = (from: string, to: string) => Math.floor((Date.parse(to) - Date.parse(from)) / DAY);
const worse = (a: HealthLevel, b: HealthLevel): HealthLevel =>
  a === "severe" || b === "severe" ? "severe" : a === "lagging" || b === "lagging" ? "lagging" : "normal";

export function assessHealth(input: HealthInput, rules: HealthRules = DEFAULT_HEALTH_RULES) {
  const flags: HealthFlag[] = [];
  for (const m of input.openMilestones) {
    const overdue = days(m.plannedOn, input.today);
    if (overdue < rules.milestoneOverdueDays[0]) continue;
    const severe = overdue >= rules.milestoneOverdueDays[1];
    flags.push({
      rule: "milestoneOverdue",
      level: severe ? "severe" : "lagging",
      milestone: m.name,
      plannedOn: m.plannedOn,
      daysOverdue: overdue,
      threshold: rules.milestoneOverdueDays[severe ? 1 : 0],
    });
  }
  const inv = input.investment;
  if (inv?.annualPlan && Number(inv.annualPlan) > 0) {
    const expected = (Number(inv.annualPlan) * schedulePct(inv.month)) / 100;
    const share = Number(inv.ytd) / expected;
    if (share < rules.investmentShareOfSchedule[0]) {
      const severe = share < rules.investmentShareOfSchedule[1];
      flags.push({
        rule: "investmentBehind",
        level: severe ? "severe" : "lagging",
        ytd: inv.ytd,
        expected: expected.toFixed(2),
        share,
        threshold: rules.investmentShareOfSchedule[severe ? 1 : 0],
      });
    }
  }
  if (input.expectsReports) {
    const weeks = input.lastReportOn ? Math.floor(days(input.lastReportOn, input.today) / 7) : Number.POSITIVE_INFINITY;
    if (weeks >= rules.silentWeeks[0]) {
      const severe = weeks >= rules.silentWeeks[1];
      flags.push({
        rule: "silent",
        level: severe ? "severe" : "lagging",
        lastReportOn: input.lastReportOn,
        weeks: Number.isFinite(weeks) ? weeks : -1,
        threshold: rules.silentWeeks[severe ? 1 : 0],
      });
    }
  }
  const level = flags.reduce<HealthLevel>((acc, f) => worse(acc, f.level), "normal");
  return { level, flags };
}
