/**
 * The investment pipeline: 线索 → 接洽 → 考察 → 洽谈 → 落地审查 → 签约 → 注册落地 → 转项目, plus 暂缓 (on hold,
 * resumable) and 流失 (lost, final). One pure state machine: the server refuses what it refuses and the pipeline
 * board disables the same moves, showing the refusal.
 */
export const LEAD_STAGES = [
  "clue",
  "contact",
  "inspection",
  "negotiation",
  "review",
  "signed",
  "registered",
  "converted",
  "onHold",
  "lost",
] as const;
export type LeadStage = (typeof LEAD_STAGES)[number];

/** The forward pipeline, in order (暂缓 and 流失 are off it). */
export const PIPELINE: readonly LeadStage[] = LEAD_STAGES.slice(0, 8);

/** Before 落地审查 a lead may skip steps (a 以商招商 referral often goes straight to 洽谈). */
const EARLY: readonly LeadStage[] = ["clue", "contact", "inspection", "negotiation"];

export const REVIEW_DECISIONS = ["passed", "conditional", "rejected"] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/** 通过 and 有条件通过 both open the way to 签约. */
export function reviewAllowsSigning(decision: ReviewDecision | null | undefined): boolean {
  return decision === "passed" || decision === "conditional";
}

/** Where a lead stands in a 撞单 case: none, still contested, confirmed owner, or yielded to another unit. */
export const CLAIM_STATUSES = ["contested", "owner", "yielded"] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** What the state machine needs to know about a lead besides its stage. */
export interface LeadFacts {
  /** The stage a lead on hold was held in: it resumes there. */
  heldFrom?: LeadStage | null;
  /** The latest landing-review decision, null while none is decided. */
  reviewDecision?: ReviewDecision | null;
  /** A framework or formal contract is recorded. */
  hasContract?: boolean;
  enterpriseId?: string | null;
  projectId?: string | null;
  claim?: ClaimStatus | null;
  reason?: string | null;
}

export type LeadRefusal =
  | "notAllowed"
  | "terminal"
  | "needsReason"
  | "needsPassedReview"
  | "reviewRejected"
  | "needsContract"
  | "needsEnterprise"
  | "needsProject"
  | "claimContested"
  | "claimYielded";

export interface LeadTransitionCheck {
  ok: boolean;
  refusal?: LeadRefusal;
  /** The field the refusal is about, for form errors. */
  field?: "to" | "reason" | "review" | "contract" | "enterprise" | "project" | "claim";
}

const TERMINAL: readonly LeadStage[] = ["converted", "lost"];

export function isTerminal(stage: LeadStage): boolean {
  return TERMINAL.includes(stage);
}

/** Stages a lead in `stage` may move to, before the facts are checked. */
export function nextLeadStages(stage: LeadStage, heldFrom: LeadStage | null = null): LeadStage[] {
  if (isTerminal(stage)) return [];
  if (stage === "onHold") return heldFrom && heldFrom !== "onHold" ? [heldFrom, "lost"] : ["lost"];
  const out: LeadStage[] = [];
  const i = EARLY.indexOf(stage);
  if (i >= 0) out.push(...EARLY.slice(i + 1), "review");
  if (i > 0) out.push(EARLY[i - 1] as LeadStage);
  if (stage === "review") out.push("signed", "negotiation");
  // 转项目 straight from 签约 is offered so the refusal can say the enterprise comes first.
  if (stage === "signed") out.push("registered", "converted");
  if (stage === "registered") out.push("converted");
  out.push("onHold", "lost");
  return out;
}

/** Checks one move; the first refusal wins, naming the field the user must fix. */
export function checkLeadTransition(from: LeadStage, to: LeadStage, facts: LeadFacts = {}): LeadTransitionCheck {
  if (isTerminal(from)) return { ok: false, refusal: "terminal", field: "to" };
  if (!nextLeadStages(from, facts.heldFrom ?? null).includes(to))
    return { ok: false, refusal: "notAllowed", field: "to" };
  if ((to === "onHold" || to === "lost") && !facts.reason?.trim())
    return { ok: false, refusal: "needsReason", field: "reason" };
  if (to === "onHold" || to === "lost") return { ok: true };
  if (facts.claim === "yielded") return { ok: false, refusal: "claimYielded", field: "claim" };
  // A contested investor goes to neither review nor signing until the leaders decide whose it is; a lead that
  // had already signed when a second unit turned up keeps landing.
  if (facts.claim === "contested" && (to === "review" || to === "signed"))
    return { ok: false, refusal: "claimContested", field: "claim" };
  if (from === "onHold") return { ok: true };
  if (to === "signed") {
    if (facts.reviewDecision === "rejected") return { ok: false, refusal: "reviewRejected", field: "review" };
    if (!reviewAllowsSigning(facts.reviewDecision)) return { ok: false, refusal: "needsPassedReview", field: "review" };
    if (!facts.hasContract) return { ok: false, refusal: "needsContract", field: "contract" };
  }
  if (to === "registered" && !facts.enterpriseId) return { ok: false, refusal: "needsEnterprise", field: "enterprise" };
  if (to === "converted" && !facts.enterpriseId) return { ok: false, refusal: "needsEnterprise", field: "enterprise" };
  if (to === "converted" && !facts.projectId) return { ok: false, refusal: "needsProject", field: "project" };
  return { ok: true };
}

/** Every stage with whether a move there is allowed now and, if not, why: what the board shows on drag. */
export function leadMoves(
  from: LeadStage,
  facts: LeadFacts = {},
): { to: LeadStage; ok: boolean; refusal?: LeadRefusal }[] {
  return LEAD_STAGES.filter((s) => s !== from).map((to) => {
    const check = checkLeadTransition(from, to, { ...facts, reason: facts.reason ?? "-" });
    return check.ok ? { to, ok: true } : { to, ok: false, refusal: check.refusal };
  });
}

/** Stages at or past 签约: the lead counts as signed in targets and funnels. */
export const SIGNED_STAGES: readonly LeadStage[] = ["signed", "registered", "converted"];

/** How far along the pipeline a lead got (暂缓 counts where it was held), for funnels. */
export function pipelineIndex(stage: LeadStage, heldFrom: LeadStage | null = null): number {
  if (stage === "onHold") return heldFrom ? PIPELINE.indexOf(heldFrom) : 0;
  if (stage === "lost") return heldFrom ? PIPELINE.indexOf(heldFrom) : 0;
  return PIPELINE.indexOf(stage);
}
