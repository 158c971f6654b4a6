import { describe, expect, it } from "vitest";
import {
  addMonths,
  comparableTotals,
  completionPct,
  growthPct,
  momPct,
  monthValue,
  percentOf,
  periodLabel,
  pointsDiff,
  roundDec,
  scheduleProgressPct,
  sharePct,
  singleMonthValue,
  subDec,
  sumDec,
} from "./statistics-math.js";

const YI = (n: string) => `${n}00000000`;

describe("exact decimals", () => {
  it("sums and subtracts without floats", () => {
    expect(sumDec(["0.1", "0.2", null, "1234567890123.45"])).toBe("1234567890123.75");
    expect(sumDec([])).toBe("0");
    expect(subDec("100.10", "100.30")).toBe("-0.2");
    expect(roundDec("2.345", 2)).toBe("2.35");
    expect(roundDec("-2.345", 2)).toBe("-2.35");
    expect(roundDec("7", 2)).toBe("7.00");
  });
  it("rounds rates half away from zero", () => {
    expect(percentOf("1", "3")).toBe("33.33");
    expect(percentOf("2", "3")).toBe("66.67");
    expect(percentOf("1", "8", 1)).toBe("12.5");
    expect(percentOf("1", "0")).toBeNull();
  });
});

describe("当月 and the 1–2月 convention", () => {
  it("derives 当月 from 累计, January's 当月 being its 累计 and February's the 1–2月 combined value", () => {
    expect(monthValue("120", null, "2026-01")).toBe("120");
    expect(monthValue("250", "120", "2026-02")).toBe("250");
    expect(monthValue("390.5", "250", "2026-03")).toBe("140.5");
    expect(monthValue("390", null, "2026-03")).toBeNull();
    expect(singleMonthValue("250", "120", "2026-02")).toBe("130");
  });
  it("counts 序时进度 in twelfths, 1–2月 being 2/12", () => {
    expect(scheduleProgressPct("2026-02")).toBe("16.67");
    expect(scheduleProgressPct("2026-06")).toBe("50.00");
    expect(scheduleProgressPct("2026-08")).toBe("66.67");
    expect(scheduleProgressPct("2026-12")).toBe("100.00");
  });
  it("states progress against 序时进度 in 百分点 (DOMAIN §6: 74 % by August is 7.33 points ahead)", () => {
    expect(pointsDiff("74.00", scheduleProgressPct("2026-08"))).toBe("7.33");
    expect(completionPct(YI("37"), YI("50"))).toBe("74.00");
  });
  it("has no 环比 before April and labels periods the bureau's way", () => {
    expect(momPct("150", "250", "2026-03")).toBeNull();
    expect(momPct("110", "100", "2026-04")).toBe("10.00");
    expect(periodLabel("2026-06", "zh-CN")).toBe("1–6月");
    expect(periodLabel("2026-02", "en-US")).toBe("Jan–Feb");
    expect(addMonths("2026-01", -1)).toBe("2025-12");
    expect(addMonths("2025-11", 14)).toBe("2027-01");
  });
});

describe("同比 and 占比 with the seeds' figures", () => {
  it("确山 first half: 53.2亿, +22.5 %, 主导产业 35.7亿 = 67 %", () => {
    const prior = "4342857143"; // 53.2亿 ÷ 1.225, to the yuan
    expect(growthPct("5320000000", prior, 1)).toBe("22.5");
    expect(sharePct("3570000000", "5320000000", 0)).toBe("67");
    expect(sharePct("3570000000", "5320000000")).toBe("67.11");
  });
  it("大善 to November: revenue 50.4亿, +12.04 % on 44.98亿", () => {
    expect(growthPct("5040000000", "4498393431")).toBe("12.04");
    expect(growthPct("5040000000", "0")).toBeNull();
    expect(growthPct("100", "-50")).toBeNull();
  });
  it("computes 同比 on comparable scope: entrants and leavers are out of both sides", () => {
    // A and B report both years; C crossed the 规上 line this year; D left it.
    const totals = comparableTotals([
      { current: "1200", prior: "1000", inScopeNow: true, inScopePrior: true },
      { current: "550", prior: "500", inScopeNow: true, inScopePrior: true },
      { current: "300", prior: "150", inScopeNow: true, inScopePrior: false },
      { current: "100", prior: "400", inScopeNow: false, inScopePrior: true },
    ]);
    expect(totals.current).toBe("2050");
    expect(totals.comparableCurrent).toBe("1750");
    expect(totals.comparablePrior).toBe("1500");
    expect(totals.priorRaw).toBe("1900");
    expect(totals.yoyPct).toBe("16.67"); // 1750 ÷ 1500 − 1
    expect(totals.rawYoyPct).toBe("7.89"); // 2050 ÷ 1900 − 1, shown beside, not used
    expect(totals.enterprises).toBe(3);
    expect(totals.comparableEnterprises).toBe(2);
  });
});
