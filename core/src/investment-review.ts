/**
 * 项目落地审查: the committee screens a lead against the "四不要" (菏泽: 不符合绿色发展要求、产能过剩、严重安全隐患、
 * 税收/就业贡献小的项目不要) and against the zone's quantitative floors and ceilings, votes, and decides.
 */
import type { REVIEW_CHECKS, REVIEW_METRICS, REVIEW_VOTES } from "./investment-api.js";
import type { ReviewDecision } from "./investment-stages.js";

type Check = (typeof REVIEW_CHECKS)[number];
type Metric = (typeof REVIEW_METRICS)[number];
type Vote = (typeof REVIEW_VOTES)[number];

export interface LeadFigures {
  intendedInvestmentYuan: string;
  landMu: string | null;
  expectedOutputYuan: string | null;
  expectedTaxYuan: string | null;
  expectedEnergyTce: string | null;
}

export interface ZoneThresholds {
  minIntensityWanPerMu: string | null;
  minTaxWanPerMu: string | null;
  maxEnergyTcePerWan: string | null;
}

export interface MetricComparison {
  metric: Metric;
  value: string | null;
  threshold: string | null;
  comparator: ">=" | "<=";
  pass: boolean | null;
}

const WAN = 10_000;

/** A ratio to two decimals as a string, or null when either side is missing or the divisor is zero. */
function ratio(numerator: string | null, divisor: string | null, scale: number, digits = 2): string | null {
  if (numerator === null || divisor === null) return null;
  const d = Number(divisor) / scale;
  if (!(d > 0)) return null;
  return (Number(numerator) / d).toFixed(digits);
}

/**
 * 投资强度 = 投资 (万元) ÷ 用地 (亩); 亩均税收 = 年税收 (万元) ÷ 亩; 能耗 = 年综合能耗 (tce) ÷ 年产值 (万元).
 * Display ratios, not money: two decimals are what the committee reads.
 */
export function compareThresholds(f: LeadFigures, t: ZoneThresholds): MetricComparison[] {
  // Investment and tax are yuan: ÷ 10⁴ for 万元, i.e. the 亩 divisor scaled up by 10⁴.
  const intensity = ratio(f.intendedInvestmentYuan, f.landMu === null ? null : String(Number(f.landMu) * WAN), 1);
  const taxPerMu = ratio(f.expectedTaxYuan, f.landMu === null ? null : String(Number(f.landMu) * WAN), 1);
  // tce per 万元 is a small number (0.05 is typical of light industry): four decimals.
  const energyValue = ratio(f.expectedEnergyTce, f.expectedOutputYuan, WAN, 4);
  const cmp = (
    metric: Metric,
    value: string | null,
    threshold: string | null,
    comparator: ">=" | "<=",
  ): MetricComparison => ({
    metric,
    value,
    threshold,
    comparator,
    pass:
      value === null || threshold === null
        ? null
        : comparator === ">="
          ? Number(value) >= Number(threshold)
          : Number(value) <= Number(threshold),
  });
  return [
    cmp("investmentIntensity", intensity, t.minIntensityWanPerMu, ">="),
    cmp("taxPerMu", taxPerMu, t.minTaxWanPerMu, ">="),
    cmp("energyPerOutput", energyValue, t.maxEnergyTcePerWan, "<="),
  ];
}

export type DecisionRefusal =
  | "checklistIncomplete"
  | "fourNoViolation"
  | "concernsNeedConditions"
  | "thresholdFailed"
  | "thresholdUnknown"
  | "needsVotes"
  | "majorityAgainst"
  | "needsConditions"
  | "alreadyDecided";

export interface ReviewState {
  decided: boolean;
  checklist: { item: Check; finding: "clear" | "concern" | "violation" }[];
  metrics: MetricComparison[];
  votes: { vote: Vote }[];
}

const ALL_CHECKS: Check[] = ["notGreen", "overCapacity", "safetyHazard", "lowContribution"];

/**
 * Whether a decision may be taken. 不通过 is always open (with a vote on record). 通过 needs all four checks
 * clear, every configured threshold met with the lead's figures known, and a majority of the non-abstaining
 * votes in favour. 有条件通过 tolerates concerns and missed or unknown thresholds but not a "四不要" violation,
 * and must state its conditions.
 */
export function checkReviewDecision(
  state: ReviewState,
  decision: ReviewDecision,
  conditions: string | null = null,
): { ok: boolean; refusal?: DecisionRefusal } {
  if (state.decided) return { ok: false, refusal: "alreadyDecided" };
  if (state.votes.length === 0) return { ok: false, refusal: "needsVotes" };
  if (decision === "rejected") return { ok: true };
  const findings = new Map(state.checklist.map((c) => [c.item, c.finding]));
  if (ALL_CHECKS.some((c) => !findings.has(c))) return { ok: false, refusal: "checklistIncomplete" };
  if ([...findings.values()].includes("violation")) return { ok: false, refusal: "fourNoViolation" };
  const counted = state.votes.filter((v) => v.vote !== "abstain");
  const inFavour = counted.filter((v) => v.vote === "approve" || v.vote === "conditional").length;
  if (inFavour * 2 <= counted.length) return { ok: false, refusal: "majorityAgainst" };
  if (decision === "conditional") return conditions?.trim() ? { ok: true } : { ok: false, refusal: "needsConditions" };
  if ([...findings.values()].includes("concern")) return { ok: false, refusal: "concernsNeedConditions" };
  const configured = state.metrics.filter((m) => m.threshold !== null);
  if (configured.some((m) => m.pass === false)) return { ok: false, refusal: "thresholdFailed" };
  if (configured.some((m) => m.pass === null)) return { ok: false, refusal: "thresholdUnknown" };
  return { ok: true };
}
