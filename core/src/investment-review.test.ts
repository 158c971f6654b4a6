import { describe, expect, it } from "vitest";
import { checkReviewDecision, compareThresholds, type ReviewState } from "./investment-review.js";

const figures = {
  intendedInvestmentYuan: "300000000", // 3亿
  landMu: "100",
  expectedOutputYuan: "500000000", // 5亿 a year
  expectedTaxYuan: "20000000", // 2000万 a year
  expectedEnergyTce: "10000",
};
const thresholds = { minIntensityWanPerMu: "250", minTaxWanPerMu: "15", maxEnergyTcePerWan: "0.3" };

describe("compareThresholds", () => {
  it("computes 投资强度, 亩均税收 and 能耗 from the lead's figures", () => {
    expect(compareThresholds(figures, thresholds)).toEqual([
      { metric: "investmentIntensity", value: "300.00", threshold: "250", comparator: ">=", pass: true },
      { metric: "taxPerMu", value: "20.00", threshold: "15", comparator: ">=", pass: true },
      { metric: "energyPerOutput", value: "0.2000", threshold: "0.3", comparator: "<=", pass: true },
    ]);
  });

  it("fails below a floor and is unknown without the figures", () => {
    const low = compareThresholds({ ...figures, landMu: "200", expectedTaxYuan: null }, thresholds);
    expect(low[0]).toMatchObject({ value: "150.00", pass: false });
    expect(low[1]).toMatchObject({ value: null, pass: null });
    expect(compareThresholds(figures, { ...thresholds, maxEnergyTcePerWan: null })[2]?.pass).toBeNull();
  });
});

describe("checkReviewDecision", () => {
  const clear: ReviewState["checklist"] = [
    { item: "notGreen", finding: "clear" },
    { item: "overCapacity", finding: "clear" },
    { item: "safetyHazard", finding: "clear" },
    { item: "lowContribution", finding: "clear" },
  ];
  const base: ReviewState = {
    decided: false,
    checklist: clear,
    metrics: compareThresholds(figures, thresholds),
    votes: [{ vote: "approve" }, { vote: "approve" }, { vote: "reject" }, { vote: "abstain" }],
  };

  it("passes a clean case with a majority", () => {
    expect(checkReviewDecision(base, "passed")).toEqual({ ok: true });
  });

  it("refuses 通过 on a 四不要 violation, a concern, a failed threshold or a majority against", () => {
    const violation = {
      ...base,
      checklist: clear.map((c, i) => (i === 1 ? { ...c, finding: "violation" as const } : c)),
    };
    expect(checkReviewDecision(violation, "passed").refusal).toBe("fourNoViolation");
    expect(checkReviewDecision(violation, "conditional", "限期整改").refusal).toBe("fourNoViolation");
    expect(checkReviewDecision(violation, "rejected").ok).toBe(true);
    const concern = { ...base, checklist: clear.map((c, i) => (i === 3 ? { ...c, finding: "concern" as const } : c)) };
    expect(checkReviewDecision(concern, "passed").refusal).toBe("concernsNeedConditions");
    expect(checkReviewDecision(concern, "conditional", "").refusal).toBe("needsConditions");
    expect(checkReviewDecision(concern, "conditional", "亩均税收不低于15万元").ok).toBe(true);
    const thin = { ...base, metrics: compareThresholds({ ...figures, landMu: "200" }, thresholds) };
    expect(checkReviewDecision(thin, "passed").refusal).toBe("thresholdFailed");
    const against = { ...base, votes: [{ vote: "approve" as const }, { vote: "reject" as const }] };
    expect(checkReviewDecision(against, "passed").refusal).toBe("majorityAgainst");
  });

  it("needs a full checklist, votes, and decides once", () => {
    expect(checkReviewDecision({ ...base, checklist: clear.slice(0, 3) }, "passed").refusal).toBe(
      "checklistIncomplete",
    );
    expect(checkReviewDecision({ ...base, votes: [] }, "rejected").refusal).toBe("needsVotes");
    expect(checkReviewDecision({ ...base, decided: true }, "rejected").refusal).toBe("alreadyDecided");
  });
});
