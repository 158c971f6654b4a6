/** A milestone's standing on a day: done on time or late, overdue, pending, or not yet planned. */
export type MilestoneState = "done" | "late" | "overdue" | "pending" | "unplanned";

export function milestoneState(
  m: { plannedOn: string | null; actualOn: string | null },
  today: string,
): MilestoneState {
  if (m.actualOn) return m.plannedOn && m.actualOn > m.plannedOn ? "late" : "done";
  if (!m.plannedOn) return "unplanned";
  return m.plannedOn < today ? "overdue" : "pending";
}

/** Whole days from one ISO date to a later one (negative when `to` is earlier). */
export function daysFrom(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
