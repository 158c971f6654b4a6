import { describe, expect, it } from "vitest";
import { isScaleCandidate, nextRung, scaleRuleFor, sectionOf } from "./enterprise-scale.js";

describe("规上 thresholds (DOMAIN.md §3)", () => {
  it("finds the section of a class", () => {
    expect(sectionOf("2710")).toBe("C");
    expect(sectionOf("0511")).toBe("A");
    expect(sectionOf("7010")).toBe("K");
  });

  it("applies 2,000万 to industry, 500万 to retail, 200万 to catering, qualification to construction", () => {
    expect(scaleRuleFor("2710", 2023)).toMatchObject({ kind: "industry", thresholdYuan: "20000000" });
    expect(scaleRuleFor("5211", 2023)).toMatchObject({ kind: "trade", thresholdYuan: "5000000" });
    expect(scaleRuleFor("6210", 2023)).toMatchObject({ kind: "trade", thresholdYuan: "2000000" });
    expect(scaleRuleFor("4710", 2023)).toMatchObject({ kind: "construction", thresholdYuan: null });
    expect(scaleRuleFor("7010", 2023)).toMatchObject({ kind: "realEstate" });
  });

  it("puts 物业管理 and 房地产中介 at 1,000万, software at 2,000万, 社会工作 at 500万", () => {
    expect(scaleRuleFor("7020", 2023)?.thresholdYuan).toBe("10000000");
    expect(scaleRuleFor("6513", 2023)?.thresholdYuan).toBe("20000000");
    expect(scaleRuleFor("8510", 2023)?.thresholdYuan).toBe("5000000");
    expect(scaleRuleFor("8411", 2023)?.thresholdYuan).toBe("20000000");
  });

  it("has no line for agriculture or finance", () => {
    expect(scaleRuleFor("0111", 2023)).toBeNull();
    expect(scaleRuleFor("6620", 2023)).toBeNull();
  });

  it("lists 小升规 candidates within 20 % under the line", () => {
    expect(isScaleCandidate("2710", 2023, "17000000")).toBe(true);
    expect(isScaleCandidate("2710", 2023, "15000000")).toBe(false);
    expect(isScaleCandidate("2710", 2023, "20000000")).toBe(false);
    expect(isScaleCandidate("4710", 2023, "90000000")).toBe(false);
  });

  it("climbs the ladder one rung at a time", () => {
    expect(nextRung("individual")).toBe("enterprise");
    expect(nextRung("listed")).toBeNull();
  });
});
