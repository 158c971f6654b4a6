/** A milestone's standing today: done (on time or late), overdue, pending or not yet planned. */
import type { Milestone } from "../types";

export type MilestoneState = "done" | "late" | "overdue" | "pending" | "unplanned";

export function milestoneState(m: Pick<Milestone, "plannedOn" | "actualOn">, today: string): MilestoneState {
  if (m.actualOn) return m.plannedOn && m.actualOn > m.plannedOn ? "late" : "done";
  if (!m.plannedOn) return "unplanned";
  return m.plannedOn < today ? "overdue" : "pending";
}

export const STATE_COLORS: Record<MilestoneState, string> = {
  done: "green",
  late: "orange",
  overdue: "red",
  pending: "blue",
  unplanned: "default",
};
