import { describe, expect, it } from "vitest";
import { cents, checkPhase, yuanOf } from "./project-phases.js";

const blank = {
  investmentYuan: null,
  plannedStartOn: null,
  plannedCompletionOn: null,
  actualStartOn: null,
  actualCompletionOn: null,
};

describe("project phases", () => {
  it("keeps money exact in cents", () => {
    expect(cents("12.5")).toBe(1250n);
    expect(cents("300000000")).toBe(30000000000n);
    expect(yuanOf(cents("0.1") + cents("0.2"))).toBe("0.30");
    expect(yuanOf(cents("100") + cents("200"))).toBe("300");
  });

  it("refuses a phase ending before it starts, and dates still to come", () => {
    const refusals = checkPhase(
      { ...blank, plannedStartOn: "2026-05-01", plannedCompletionOn: "2026-04-30", actualStartOn: "2026-12-01" },
      "2026-11-23",
      [],
      "100",
    );
    expect(refusals).toEqual([
      { field: "plannedCompletionOn", refusal: "endBeforeStart" },
      { field: "actualStartOn", refusal: "dateInFuture" },
    ]);
  });

  it("lets the phases add up to the total but not beyond it", () => {
    expect(checkPhase({ ...blank, investmentYuan: "40000000" }, "2026-11-23", ["60000000", null], "100000000")).toEqual(
      [],
    );
    expect(checkPhase({ ...blank, investmentYuan: "40000000.01" }, "2026-11-23", ["60000000"], "100000000")).toEqual([
      { field: "investmentYuan", refusal: "exceedsTotal", sumYuan: "100000000.01" },
    ]);
  });
});
