import { describe, expect, it } from "vitest";
import { isOverdue, problemMoves } from "./project-problems.js";

describe("problem list", () => {
  it("moves 待交办 → 办理中 → 已办结 → 已确认, or back when returned", () => {
    expect(problemMoves("pending")).toEqual(["inProgress"]);
    expect(problemMoves("resolved")).toEqual(["confirmed", "returned"]);
    expect(problemMoves("returned")).toEqual(["inProgress"]);
    expect(problemMoves("confirmed")).toEqual([]);
  });

  it("is overdue only while open past its deadline", () => {
    expect(isOverdue("inProgress", "2026-11-01", "2026-11-23")).toBe(true);
    expect(isOverdue("resolved", "2026-11-01", "2026-11-23")).toBe(false);
    expect(isOverdue("pending", null, "2026-11-23")).toBe(false);
    expect(isOverdue("pending", "2026-11-23", "2026-11-23")).toBe(false);
  });
});
