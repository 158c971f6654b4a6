/**
 * The module's enum names in the UI language, from core's label maps (investment-labels has no zod, so the
 * page chunks stay small), and the option lists the filters and forms use.
 */
import {
  ACTIVITY_KIND_LABELS,
  ACTIVITY_RELATION_LABELS,
  BEHIND_REASON_LABELS,
  CHECK_FINDING_LABELS,
  CLAIM_STATUS_LABELS,
  CONTRACT_KIND_LABELS,
  INCENTIVE_KIND_LABELS,
  INVESTMENT_REFUSAL_LABELS,
  INVESTOR_SIZE_LABELS,
  LEAD_SOURCE_LABELS,
  LEAD_STAGE_LABELS,
  REVIEW_CHECK_LABELS,
  REVIEW_DECISION_LABELS,
  REVIEW_METRIC_LABELS,
  REVIEW_VOTE_LABELS,
  TARGET_METRIC_LABELS,
} from "@zoneos/core/investment-labels";
import { LEAD_STAGES, type LeadStage } from "@zoneos/core/investment-stages";
import { useMemo } from "react";
import { useLocale } from "../../ui/format";

type LabelMap = Record<string, { "zh-CN": string; "en-US": string }>;

export const STAGE_COLORS: Record<LeadStage, string> = {
  clue: "default",
  contact: "cyan",
  inspection: "blue",
  negotiation: "geekblue",
  review: "purple",
  signed: "gold",
  registered: "lime",
  converted: "green",
  onHold: "orange",
  lost: "red",
};

export const LEAD_SOURCES = Object.keys(LEAD_SOURCE_LABELS);
export const ACTIVITY_KINDS = ["visit", "reception", "call", "trip", "event"] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
export const REVIEW_CHECKS = Object.keys(REVIEW_CHECK_LABELS);
export const TARGET_METRICS = Object.keys(TARGET_METRIC_LABELS);

export const KIND_COLORS: Record<ActivityKind, string> = {
  visit: "blue",
  reception: "cyan",
  call: "default",
  trip: "purple",
  event: "magenta",
};

export function useInvLabels() {
  const locale = useLocale();
  return useMemo(() => {
    const of = (map: LabelMap, v: string | null | undefined) => (v == null ? "—" : (map[v]?.[locale] ?? v));
    const options = (map: LabelMap, keys: readonly string[] = Object.keys(map)) =>
      keys.map((value) => ({ value, label: of(map, value) }));
    return {
      locale,
      /** "标签：值" / "Label: value". */
      sep: locale === "zh-CN" ? "：" : ": ",
      stage: (v: string | null | undefined) => of(LEAD_STAGE_LABELS, v),
      source: (v: string | null | undefined) => of(LEAD_SOURCE_LABELS, v),
      size: (v: string | null | undefined) => of(INVESTOR_SIZE_LABELS, v),
      kind: (v: string | null | undefined) => of(ACTIVITY_KIND_LABELS, v),
      relation: (v: string | null | undefined) => of(ACTIVITY_RELATION_LABELS, v),
      check: (v: string | null | undefined) => of(REVIEW_CHECK_LABELS, v),
      finding: (v: string | null | undefined) => of(CHECK_FINDING_LABELS, v),
      vote: (v: string | null | undefined) => of(REVIEW_VOTE_LABELS, v),
      decision: (v: string | null | undefined) => of(REVIEW_DECISION_LABELS, v),
      metric: (v: string | null | undefined) => of(REVIEW_METRIC_LABELS, v),
      contractKind: (v: string | null | undefined) => of(CONTRACT_KIND_LABELS, v),
      incentive: (v: string | null | undefined) => of(INCENTIVE_KIND_LABELS, v),
      claim: (v: string | null | undefined) => of(CLAIM_STATUS_LABELS, v),
      target: (v: string | null | undefined) => of(TARGET_METRIC_LABELS, v),
      behind: (v: string | null | undefined) => of(BEHIND_REASON_LABELS, v),
      refusal: (v: string | null | undefined) => of(INVESTMENT_REFUSAL_LABELS, v),
      stageOptions: options(LEAD_STAGE_LABELS, LEAD_STAGES),
      sourceOptions: options(LEAD_SOURCE_LABELS),
      sizeOptions: options(INVESTOR_SIZE_LABELS),
      kindOptions: options(ACTIVITY_KIND_LABELS),
      relationOptions: options(ACTIVITY_RELATION_LABELS),
      findingOptions: options(CHECK_FINDING_LABELS),
      voteOptions: options(REVIEW_VOTE_LABELS),
      decisionOptions: options(REVIEW_DECISION_LABELS),
      contractKindOptions: options(CONTRACT_KIND_LABELS),
      incentiveOptions: options(INCENTIVE_KIND_LABELS),
    };
  }, [locale]);
}
