import { describe, expect, it } from "vitest";
import { completionPct, describeAgainstSchedule, pointsAgainstSchedule, schedulePct, ytdLabel } from "./schedule.js";

describe("序时进度", () => {
  it("is months over twelve, with January published as 1–2月", () => {
    expect(schedulePct(8)).toBeCloseTo(66.6667, 3);
    expect(schedulePct(1)).toBeCloseTo(16.6667, 3);
    expect(schedulePct(12)).toBe(100);
    expect(ytdLabel(1)).toBe("1–2月");
    expect(ytdLabel(8, "en-US")).toBe("Jan–Aug");
  });

  it("states DOMAIN.md's example: 1–8月 74 % of plan is 超 7.33 个百分点", () => {
    const pct = completionPct("7400", "10000");
    expect(pct).toBe(74);
    const points = pointsAgainstSchedule(pct ?? 0, 8);
    expect(describeAgainstSchedule(points)).toBe("超序时进度 7.33 个百分点");
    expect(describeAgainstSchedule(-3.5, "en-US")).toBe("3.50 points behind schedule");
    expect(completionPct("5", "0")).toBeNull();
  });
});
