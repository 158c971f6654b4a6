import { describe, expect, it } from "vitest";
import { checkTransition, nextStages } from "./project-lifecycle.js";

const TODAY = "2026-11-23";

describe("project lifecycle", () => {
  it("moves forward one step, or pauses or ends", () => {
    expect(nextStages("preparation")).toEqual(["started", "paused", "terminated"]);
    expect(nextStages("reserve")).toEqual(["signed", "preparation", "paused", "terminated"]);
    expect(nextStages("effective")).toEqual([]);
    expect(nextStages("paused", "construction")).toEqual(["construction", "terminated"]);
  });

  it("asks 开工 for a date and a permit or a 容缺 note", () => {
    expect(checkTransition("preparation", "started", {}, TODAY)).toEqual({
      ok: false,
      refusal: "needsDate",
      field: "date",
    });
    expect(checkTransition("preparation", "started", { date: "2026-11-01" }, TODAY)).toMatchObject({
      refusal: "needsPermitOrTolerance",
    });
    expect(
      checkTransition("preparation", "started", { date: "2026-11-01", permitNo: "411425202611010101" }, TODAY),
    ).toEqual({
      ok: true,
    });
    expect(
      checkTransition("preparation", "started", { date: "2026-11-01", toleranceNote: "施工许可容缺，12月补正" }, TODAY)
        .ok,
    ).toBe(true);
    expect(checkTransition("preparation", "started", { date: "2026-12-01", permitNo: "x" }, TODAY).refusal).toBe(
      "dateInFuture",
    );
  });

  it("refuses skipping stages and moves out of the end states", () => {
    expect(checkTransition("planning", "started", { date: TODAY, permitNo: "x" }, TODAY).refusal).toBe("notAllowed");
    expect(checkTransition("terminated", "reserve", {}, TODAY).refusal).toBe("terminal");
  });

  it("needs a reason to pause or end, and resumes where it paused", () => {
    expect(checkTransition("construction", "paused", {}, TODAY).refusal).toBe("needsReason");
    expect(checkTransition("construction", "paused", { reason: "资金未到位" }, TODAY).ok).toBe(true);
    expect(checkTransition("paused", "construction", {}, TODAY, "construction").ok).toBe(true);
    expect(checkTransition("paused", "completed", {}, TODAY, "construction").refusal).toBe("notAllowed");
  });
});
