import { describe, expect, it } from "vitest";
import {
  checkFulfilment,
  fulfilmentRates,
  promisedToDate,
  signedFigure,
  sumYuan,
  targetScore,
} from "./investment-rates.js";

const promise = {
  amountYuan: "100000000",
  schedule: [
    { dueOn: "2026-03-31", amountYuan: "30000000" },
    { dueOn: "2026-12-31", amountYuan: "70000000" },
  ],
  promisedStartOn: "2026-04-01",
  promisedProductionOn: "2027-06-30",
  promisedOutputYuan: "200000000",
  promisedTaxYuan: "8000000",
  promisedJobs: 300,
};
const none = {
  investmentYuan: "0",
  startedOn: null,
  productionOn: null,
  year: null,
  outputYuan: null,
  taxYuan: null,
  jobs: null,
};

describe("investment rates", () => {
  it("sums money exactly", () => {
    expect(sumYuan(["0.10", "0.20", "1"])).toBe("1.30");
    expect(sumYuan(["1055999999.99", "0.01"])).toBe("1056000000.00");
  });

  it("counts a lead once, for its latest formal amount", () => {
    expect(
      signedFigure([
        { kind: "framework", signedOn: "2026-02-01", amountYuan: "500000000" },
        { kind: "formal", signedOn: "2026-05-01", amountYuan: "450000000" },
        { kind: "supplementary", signedOn: "2026-08-01", amountYuan: "0" },
      ]),
    ).toEqual({ signedOn: "2026-02-01", amountYuan: "450000000" });
    expect(signedFigure([{ kind: "supplementary", signedOn: "2026-08-01", amountYuan: "1" }])).toBeNull();
  });

  it("schedules promised investment by instalment", () => {
    expect(promisedToDate(promise, "2026-06-30")).toBe("30000000.00");
    expect(promisedToDate({ ...promise, schedule: [] }, "2026-06-30")).toBe("0.00");
    expect(promisedToDate({ ...promise, schedule: [] }, "2027-07-01")).toBe("100000000.00");
  });

  it("lists what a contract is behind on", () => {
    const late = checkFulfilment(promise, { ...none, investmentYuan: "10000000" }, "2026-11-23");
    expect(late.behind).toEqual(["investmentBehind", "startOverdue"]);
    expect(late.gapYuan).toBe("20000000.00");
    expect(late.daysLate).toBe(236);
    expect(late.fundsInPlacePct).toBe(10);
    expect(late.fulfilling).toBe(false);
    const onTrack = checkFulfilment(
      promise,
      { ...none, investmentYuan: "35000000", startedOn: "2026-03-20" },
      "2026-11-23",
    );
    expect(onTrack).toMatchObject({ fulfilling: true, started: true, daysLate: null, behind: [] });
    const weakYear = checkFulfilment(
      promise,
      {
        investmentYuan: "100000000",
        startedOn: "2026-03-20",
        productionOn: "2027-06-01",
        year: 2028,
        outputYuan: "150000000",
        taxYuan: "9000000",
        jobs: 280,
      },
      "2029-02-01",
    );
    expect(weakYear.behind).toEqual(["outputBehind", "jobsBehind"]);
  });

  it("computes 资金到位率, 合同履约率 and 开工率 as 许昌 reported them", () => {
    const rows = Array.from({ length: 247 }, (_, i) => ({
      amountYuan: i === 0 ? "107700000000" : "0",
      inPlaceYuan: i === 0 ? "37000000000" : "0",
      fulfilling: i < 244,
      started: i < 222,
    }));
    const r = fulfilmentRates(rows);
    expect(r.fulfilmentRate?.toFixed(1)).toBe("98.8");
    expect(r.startRate?.toFixed(0)).toBe("90");
    expect(r.fundsInPlaceRate?.toFixed(0)).toBe("34");
    expect(fulfilmentRates([]).fulfilmentRate).toBeNull();
  });

  it("scores units on capped mean completion", () => {
    expect(targetScore([200, 50, null])).toBe(100);
    expect(targetScore([null])).toBeNull();
  });
});
