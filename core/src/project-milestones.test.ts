import { describe, expect, it } from "vitest";
import { daysFrom, milestoneState } from "./project-milestones.js";

describe("milestone state", () => {
  const today = "2026-11-23";
  it("tells done on time from done late", () => {
    expect(milestoneState({ plannedOn: "2026-10-01", actualOn: "2026-10-01" }, today)).toBe("done");
    expect(milestoneState({ plannedOn: "2026-10-01", actualOn: "2026-10-02" }, today)).toBe("late");
    expect(milestoneState({ plannedOn: null, actualOn: "2026-10-02" }, today)).toBe("done");
  });
  it("tells overdue from pending and unplanned", () => {
    expect(milestoneState({ plannedOn: "2026-11-22", actualOn: null }, today)).toBe("overdue");
    expect(milestoneState({ plannedOn: "2026-11-23", actualOn: null }, today)).toBe("pending");
    expect(milestoneState({ plannedOn: null, actualOn: null }, today)).toBe("unplanned");
  });
  it("counts days across months", () => {
    expect(daysFrom("2026-10-31", "2026-11-23")).toBe(23);
    expect(daysFrom("2026-11-23", "2026-11-20")).toBe(-3);
  });
});
