import { describe, expect, it } from "vitest";
import {
  compositeScore,
  DEFAULT_RANKING_WEIGHTS,
  inspectionScore,
  investmentScore,
  listSize,
  metricScores,
  monthsBack,
  newStartsScore,
  rankingConfigInput,
  rankWithTies,
  shareScore,
} from "./project-ranking.js";

describe("ranking metrics", () => {
  it("scores investment against 序时进度, capped at 100", () => {
    // 1–8月 74 % of plan vs 66.67 % → ahead: full marks.
    expect(investmentScore("74", "100", 8)).toBe(100);
    // 1–10月 50 % of plan vs 83.33 % → 60.
    expect(investmentScore("50", "100", 10)).toBeCloseTo(60, 10);
    // January counts as 2/12: 10 % of plan vs 16.67 % → 60.
    expect(investmentScore("10", "100", 1)).toBeCloseTo(60, 10);
    expect(investmentScore("10", "0", 5)).toBeNull();
  });

  it("scores new starts against the best and shares as percentages", () => {
    expect(newStartsScore(1, 4)).toBe(25);
    expect(newStartsScore(0, 0)).toBeNull();
    expect(shareScore(1, 2)).toBe(50);
    expect(shareScore(0, 0)).toBeNull();
  });

  it("weights what has a value and re-scales the weights", () => {
    const scores = metricScores(
      {
        ytdYuan: "500",
        planYuan: "1000",
        newStarts: 1,
        milestonesDue: 2,
        milestonesOnTime: 1,
        problemsDue: 0,
        problemsResolved: 0,
        inspection: 80,
      },
      10,
      2,
    );
    expect(scores.investment).toBeCloseTo(60, 10);
    expect(scores).toMatchObject({ newStarts: 50, milestones: 50, problems: null, inspection: 80 });
    // (60·40 + 50·15 + 50·15 + 80·15) / 85 = 5100 / 85 = 60
    expect(compositeScore(scores, DEFAULT_RANKING_WEIGHTS)).toBeCloseTo(60, 10);
    const none = { investment: null, newStarts: null, milestones: null, problems: null, inspection: null };
    expect(compositeScore(none, DEFAULT_RANKING_WEIGHTS)).toBeNull();
  });

  it("ranks ties together (1, 2, 2, 4) and counts from the bottom too", () => {
    expect(rankWithTies([90, 80, 80.001, 70, null])).toEqual([
      { rank: 1, fromBottom: 4 },
      { rank: 2, fromBottom: 2 },
      { rank: 2, fromBottom: 2 },
      { rank: 4, fromBottom: 1 },
      { rank: null, fromBottom: null },
    ]);
    expect([listSize(10), listSize(5), listSize(3), listSize(1)]).toEqual([3, 2, 1, 0]);
  });

  it("averages judges per criterion, then weights the criteria", () => {
    const criteria = [
      { key: "progress", name: "形象进度", weight: 60 },
      { key: "quality", name: "质量安全", weight: 40 },
    ];
    const score = inspectionScore(criteria, [
      { judgeId: "a", criterion: "progress", score: 90 },
      { judgeId: "b", criterion: "progress", score: 80 },
      { judgeId: "a", criterion: "quality", score: 70 },
      { judgeId: "b", criterion: "quality", score: 60 },
    ]);
    // 85·0.6 + 65·0.4 = 51 + 26 = 77
    expect(score).toBeCloseTo(77, 10);
    expect(inspectionScore(criteria, [])).toBeNull();
  });

  it("steps back across a year and refuses weights not summing to 100", () => {
    expect([monthsBack("2026-03", 1), monthsBack("2026-01", 1), monthsBack("2026-01", 13)]).toEqual([
      "2026-02",
      "2025-12",
      "2024-12",
    ]);
    const bad = rankingConfigInput.safeParse({ weights: { ...DEFAULT_RANKING_WEIGHTS, investment: 50 }, version: 1 });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(["weights"]);
  });
});
