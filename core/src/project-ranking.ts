/**
 * 比学赶超: ranking units or 赛区 by a weighted score of their projects' work, and scoring 一季一点评 / 半年一观摩
 * inspections. No national text defines any of it (DOMAIN.md: local conventions are configuration), so the
 * weights below are ZoneOS defaults a zone may replace; the normalisations are fixed and documented here.
 */
import { z } from "zod";
import { completionPct, schedulePct } from "./schedule.js";

export const RANKING_METRICS = ["investment", "newStarts", "milestones", "problems", "inspection"] as const;
export type RankingMetric = (typeof RANKING_METRICS)[number];
export type RankingWeights = Record<RankingMetric, number>;
export type MetricScores = Record<RankingMetric, number | null>;

/** Default weights (sum 100): investment against 序时进度 carries most, as in the seeds' 月通报 rankings. */
export const DEFAULT_RANKING_WEIGHTS: RankingWeights = {
  investment: 40,
  newStarts: 15,
  milestones: 15,
  problems: 15,
  inspection: 15,
};
/** 红榜 / 黑榜 length; halved for short lists so that no entity is on both. */
export const RANKING_LIST_SIZE = 3;
/** Months looked at (this one included) when counting consecutive bottom places. */
export const BOTTOM_LOOKBACK_MONTHS = 3;
/** Consecutive bottom months that call for escalation (约谈 / 督办): "2–3 months at the bottom" of DOMAIN §6. */
export const ESCALATE_AFTER_MONTHS = 2;

export const RACE_GROUP_KINDS = ["town", "street", "department", "other"] as const;
export const INSPECTION_KINDS = ["quarterly", "halfYear"] as const;

/** The facts one entity's projects give for Jan..month of one year; money as NUMERIC strings. */
export interface RankingFacts {
  ytdYuan: string;
  planYuan: string;
  newStarts: number;
  milestonesDue: number;
  milestonesOnTime: number;
  problemsDue: number;
  problemsResolved: number;
  /** Mean inspection score of the entity's scored projects, 0–100; null when none was scored. */
  inspection: number | null;
}

/** Investment: completion of the annual plan as a share of 序时进度, capped at 100 (on schedule = full marks). */
export function investmentScore(ytdYuan: string, planYuan: string, month: number): number | null {
  const pct = completionPct(ytdYuan, planYuan);
  if (pct === null) return null;
  return Math.min(100, (pct / schedulePct(month)) * 100);
}

/** New starts: relative to the best entity (most starts = 100); null when nobody started anything. */
export function newStartsScore(count: number, best: number): number | null {
  return best > 0 ? (count / best) * 100 : null;
}

/** Milestones on time, problems resolved: the share done × 100; null when nothing was due. */
export function shareScore(done: number, due: number): number | null {
  return due > 0 ? (done / due) * 100 : null;
}

export function metricScores(facts: RankingFacts, month: number, bestNewStarts: number): MetricScores {
  return {
    investment: investmentScore(facts.ytdYuan, facts.planYuan, month),
    newStarts: newStartsScore(facts.newStarts, bestNewStarts),
    milestones: shareScore(facts.milestonesOnTime, facts.milestonesDue),
    problems: shareScore(facts.problemsResolved, facts.problemsDue),
    inspection: facts.inspection === null ? null : Math.max(0, Math.min(100, facts.inspection)),
  };
}

/**
 * Weighted sum over the metrics that have a value, the weights re-scaled to those metrics (a unit with no
 * milestone due is neither rewarded nor punished for it). Null when no weighted metric has a value.
 */
export function compositeScore(scores: MetricScores, weights: RankingWeights): number | null {
  let sum = 0;
  let weight = 0;
  for (const m of RANKING_METRICS) {
    const s = scores[m];
    if (s === null || weights[m] <= 0) continue;
    sum += s * weights[m];
    weight += weights[m];
  }
  return weight > 0 ? sum / weight : null;
}

/** Scores compare at 2 decimals so float noise never splits a tie. */
const key = (score: number) => Math.round(score * 100);

/**
 * Competition ranking (1, 2, 2, 4): equal scores share a rank. Null scores get no rank. `fromBottom` is the
 * same counted from the last place, used for the 黑榜.
 */
export function rankWithTies(scores: (number | null)[]): { rank: number | null; fromBottom: number | null }[] {
  const ranked = scores.filter((s): s is number => s !== null).map(key);
  return scores.map((s) => {
    if (s === null) return { rank: null, fromBottom: null };
    const k = key(s);
    return {
      rank: ranked.filter((o) => o > k).length + 1,
      fromBottom: ranked.filter((o) => o < k).length + 1,
    };
  });
}

/** How long the 红榜 / 黑榜 are for `ranked` entities: 3, or half the list when it is shorter than 6. */
export function listSize(ranked: number, size = RANKING_LIST_SIZE): number {
  return Math.min(size, Math.floor(ranked / 2));
}

export interface InspectionCriterion {
  key: string;
  name: string;
  weight: number;
}

export interface InspectionScore {
  judgeId: string;
  criterion: string;
  score: number;
}

/**
 * A project's inspection score: each criterion's mean across the judges who scored it, weighted by the
 * criteria (re-scaled to those scored). Null when nobody scored the project.
 */
export function inspectionScore(criteria: InspectionCriterion[], scores: InspectionScore[]): number | null {
  let sum = 0;
  let weight = 0;
  for (const c of criteria) {
    const given = scores.filter((s) => s.criterion === c.key).map((s) => s.score);
    if (given.length === 0 || c.weight <= 0) continue;
    sum += (given.reduce((a, b) => a + b, 0) / given.length) * c.weight;
    weight += c.weight;
  }
  return weight > 0 ? sum / weight : null;
}

/** The month before `YYYY-MM`, `n` times. */
export function monthsBack(month: string, n: number): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const index = y * 12 + (m - 1) - n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

const sumsTo100 = (values: number[]) => values.reduce((a, b) => a + b, 0) === 100;
const weight = z.number().int().min(0).max(100);
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: "month" });

export const rankingWeights = z
  .object(Object.fromEntries(RANKING_METRICS.map((m) => [m, weight])) as Record<RankingMetric, typeof weight>)
  .refine((w) => sumsTo100(Object.values(w)), { message: "weightsSum" });

export const rankingConfigInput = z.object({ weights: rankingWeights, version: z.number().int().min(0) });
export const zoneQuery = z.object({ zoneId: z.uuid() });
export const rankingQuery = z.object({
  zoneId: z.uuid(),
  month,
  by: z.enum(["unit", "group"]).default("unit"),
});

export const raceGroupInput = z.object({
  zoneId: z.uuid(),
  name: z.string().trim().min(1).max(60),
  kind: z.enum(RACE_GROUP_KINDS),
  sort: z.number().int().min(0).max(999).default(0),
});
export const raceGroupUnitsInput = z.object({ unitIds: z.array(z.uuid()).max(200) });

export const inspectionInput = z.object({
  zoneId: z.uuid(),
  kind: z.enum(INSPECTION_KINDS),
  title: z.string().trim().min(1).max(120),
  heldOn: z.iso.date(),
  criteria: z
    .array(
      z.object({
        key: z.string().regex(/^[a-zA-Z0-9_-]{1,40}$/),
        name: z.string().trim().min(1).max(60),
        weight: z.number().int().min(1).max(100),
      }),
    )
    .min(1)
    .max(20)
    .refine((cs) => sumsTo100(cs.map((c) => c.weight)), { message: "weightsSum" })
    .refine((cs) => new Set(cs.map((c) => c.key)).size === cs.length, { message: "duplicateKey" }),
});
export const inspectionScoresInput = z.object({
  projectId: z.uuid(),
  scores: z.record(z.string(), z.number().min(0).max(100)),
});
