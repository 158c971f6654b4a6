/**
 * The problem list (问题清单) of a project: 待交办 → 办理中 → 已办结 → 已确认, or 退回 back to 办理中.
 * An overdue problem puts its responsible unit's leader on the 约谈 list.
 */
export const PROBLEM_STATUSES = ["pending", "inProgress", "resolved", "confirmed", "returned"] as const;
export type ProblemStatus = (typeof PROBLEM_STATUSES)[number];

export const PROBLEM_CATEGORIES = [
  "land",
  "planning",
  "environment",
  "funding",
  "approval",
  "utilities",
  "labour",
  "relocation",
  "other",
] as const;

const MOVES: Record<ProblemStatus, ProblemStatus[]> = {
  pending: ["inProgress"],
  inProgress: ["resolved"],
  resolved: ["confirmed", "returned"],
  returned: ["inProgress"],
  confirmed: [],
};

export function problemMoves(status: ProblemStatus): ProblemStatus[] {
  return MOVES[status];
}

export function isOpenProblem(status: ProblemStatus): boolean {
  return status !== "resolved" && status !== "confirmed";
}

/** Overdue: still open after its deadline. */
export function isOverdue(status: ProblemStatus, deadline: string | null, today: string): boolean {
  return isOpenProblem(status) && deadline !== null && deadline < today;
}
