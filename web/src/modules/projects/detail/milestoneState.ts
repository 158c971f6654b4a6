/** A milestone's standing today (core's rule, shared with the task-list export) and its tag colour. */
import type { MilestoneState } from "@zoneos/core/project-milestones";

export { type MilestoneState, milestoneState } from "@zoneos/core/project-milestones";

export const STATE_COLORS: Record<MilestoneState, string> = {
  done: "green",
  late: "orange",
  overdue: "red",
  pending: "blue",
  unplanned: "default",
};
