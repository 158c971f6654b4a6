import { describe, expect, it } from "vitest";
import { assessHealth } from "./project-health.js";

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
});
