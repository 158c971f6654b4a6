/**
 * The key-project lifecycle: 谋划 → 储备 → 签约 → 前期 → 开工 → 在建 → 竣工 → 投产 → 达效, plus 暂停 and 终止.
 * One pure state machine: the server refuses what it refuses, the web disables the same moves and says why.
 */
export const PROJECT_STAGES = [
  "planning",
  "reserve",
  "signed",
  "preparation",
  "started",
  "construction",
  "completed",
  "production",
  "effective",
  "paused",
  "terminated",
] as const;
export type ProjectStage = (typeof PROJECT_STAGES)[number];

const NEXT: Record<ProjectStage, ProjectStage[]> = {
  planning: ["reserve"],
  reserve: ["signed", "preparation"],
  signed: ["preparation"],
  preparation: ["started"],
  started: ["construction"],
  construction: ["completed"],
  completed: ["production"],
  production: ["effective"],
  effective: [],
  paused: [],
  terminated: [],
};

/** The facts a transition may carry; each target stage asks for its own. */
export interface TransitionFacts {
  date?: string | null;
  permitNo?: string | null;
  /** 容缺受理 note: the start proceeds while a secondary permit is still being supplied. */
  toleranceNote?: string | null;
  reason?: string | null;
}

export type TransitionRefusal =
  | "notAllowed"
  | "needsDate"
  | "needsPermitOrTolerance"
  | "needsReason"
  | "dateInFuture"
  | "terminal";

export interface TransitionCheck {
  ok: boolean;
  refusal?: TransitionRefusal;
  /** The field the refusal is about, for form errors. */
  field?: "to" | "date" | "permitNo" | "reason";
}

/** Stages a project in `stage` may move to (after a pause: back to the stage it paused in). */
export function nextStages(stage: ProjectStage, pausedFrom: ProjectStage | null = null): ProjectStage[] {
  if (stage === "terminated" || stage === "effective") return [];
  if (stage === "paused") return pausedFrom ? [pausedFrom, "terminated"] : ["terminated"];
  return [...NEXT[stage], "paused", "terminated"];
}

const DATED: ProjectStage[] = ["signed", "started", "completed", "production", "effective"];

export function checkTransition(
  from: ProjectStage,
  to: ProjectStage,
  facts: TransitionFacts,
  today: string,
  pausedFrom: ProjectStage | null = null,
): TransitionCheck {
  if (from === "terminated" || from === "effective") return { ok: false, refusal: "terminal", field: "to" };
  if (!nextStages(from, pausedFrom).includes(to)) return { ok: false, refusal: "notAllowed", field: "to" };
  if ((to === "paused" || to === "terminated") && !facts.reason?.trim())
    return { ok: false, refusal: "needsReason", field: "reason" };
  if (from === "paused" && to !== "terminated") return { ok: true };
  if (DATED.includes(to)) {
    if (!facts.date) return { ok: false, refusal: "needsDate", field: "date" };
    if (facts.date > today) return { ok: false, refusal: "dateInFuture", field: "date" };
  }
  if (to === "started" && !facts.permitNo?.trim() && !facts.toleranceNote?.trim())
    return { ok: false, refusal: "needsPermitOrTolerance", field: "permitNo" };
  return { ok: true };
}

/** Stages that count as begun construction for 开工率 and the "四率". */
export const STARTED_STAGES: ProjectStage[] = ["started", "construction", "completed", "production", "effective"];

/** Between 开工 and 竣工 the works are reported on weekly and measured against the year's plan. */
export function isUnderway(stage: ProjectStage): boolean {
  return stage === "started" || stage === "construction";
}
