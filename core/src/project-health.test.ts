import { describe, expect, it } from "vitest";
import { assessHealth, DEFAULT_HEALTH_RULES, type HealthRules, misorderedRules } from "./project-health.js";

const base = {
  today: "2026-11-23",
  openMilestones: [],
  investment: null,
  lastReportOn: "2026-11-20",
  expectsReports: true,
};

describe("project health", () => {
  it("is normal when nothing is late", () => {
    expect(assessHealth(base)).toEqual({ level: "normal", flags: [] });
  });

  it("flags an overdue milestone with its numbers", () => {
    const r = assessHealth({ ...base, openMilestones: [{ name: "主体封顶", plannedOn: "2026-10-01" }] });
    expect(r.level).toBe("lagging");
    expect(r.flags[0]).toEqual({
      rule: "milestoneOverdue",
      level: "lagging",
      milestone: "主体封顶",
      plannedOn: "2026-10-01",
      daysOverdue: 53,
      threshold: 15,
    });
    expect(assessHealth({ ...base, openMilestones: [{ name: "竣工验收", plannedOn: "2026-08-01" }] }).level).toBe(
      "severe",
    );
  });

  it("compares investment with the time-proportional plan", () => {
    // November: 11/12 of 12,000万 = 11,000万 expected; 6,000万 done is 54.5 % → lagging (below 80 %, above 50 %)
    const r = assessHealth({ ...base, investment: { ytd: "60000000", annualPlan: "120000000", month: 11 } });
    expect(r.flags[0]).toMatchObject({ rule: "investmentBehind", level: "lagging", expected: "110000000.00" });
    expect(assessHealth({ ...base, investment: { ytd: "50000000", annualPlan: "120000000", month: 11 } }).level).toBe(
      "severe",
    );
  });

  it("notices silence from the project secretary", () => {
    expect(assessHealth({ ...base, lastReportOn: "2026-11-02" }).flags[0]).toMatchObject({
      rule: "silent",
      weeks: 3,
      level: "lagging",
    });
    expect(assessHealth({ ...base, lastReportOn: null }).level).toBe("severe");
    expect(assessHealth({ ...base, lastReportOn: null, expectsReports: false }).level).toBe("normal");
  });

  it("judges by the zone's own thresholds and names the one crossed", () => {
    const rules: HealthRules = {
      milestoneOverdueDays: [5, 30],
      investmentShareOfSchedule: [0.9, 0.7],
      silentWeeks: [1, 2],
    };
    const late = { ...base, openMilestones: [{ name: "开工", plannedOn: "2026-11-13" }] };
    expect(assessHealth(late).level).toBe("normal");
    expect(assessHealth(late, rules).flags[0]).toMatchObject({ level: "lagging", daysOverdue: 10, threshold: 5 });
    const behind = { ...base, investment: { ytd: "90000000", annualPlan: "120000000", month: 11 } };
    // 9,000万 of 11,000万 expected = 81.8 %: fine by default (80 %), severe never, lagging under a 90 % rule.
    expect(assessHealth(behind).level).toBe("normal");
    expect(assessHealth(behind, rules).flags[0]).toMatchObject({ level: "lagging", threshold: 0.9 });
    expect(assessHealth({ ...base, lastReportOn: "2026-11-09" }, rules).flags[0]).toMatchObject({
      level: "severe",
      weeks: 2,
      threshold: 2,
    });
  });

  it("finds thresholds whose severe step comes before the lagging one", () => {
    expect(misorderedRules(DEFAULT_HEALTH_RULES)).toEqual([]);
    expect(
      misorderedRules({ milestoneOverdueDays: [30, 10], investmentShareOfSchedule: [0.5, 0.8], silentWeeks: [2, 2] }),
    ).toEqual(["milestoneOverdueDays", "investmentShareOfSchedule"]);
  });
});
