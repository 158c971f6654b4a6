/** A lead's timeline: stage moves, activities, reviews, contracts and 撞单 claims, newest first. */
import type { TimelineEntry } from "@zoneos/core/investment-api";
import {
  ACTIVITY_KIND_LABELS,
  CONTRACT_KIND_LABELS,
  LEAD_STAGE_LABELS,
  REVIEW_DECISION_LABELS,
} from "@zoneos/core/investment-labels";
import { eq } from "drizzle-orm";
import type { ServiceContext } from "../../platform/context.js";
import { requireDetails } from "./access.js";
import { leadRow } from "./lead-read.js";
import {
  investmentActivities as activities,
  investmentActivityLeads as activityLeads,
  investmentClaims as claims,
  investmentContracts as contracts,
  investmentLeadStages as leadStages,
  investmentReviews as reviews,
} from "./tables.js";

export async function leadTimeline(ctx: ServiceContext, id: string): Promise<TimelineEntry[]> {
  requireDetails(ctx);
  await leadRow(ctx, id);
  const l = ctx.locale;
  const [stages, acts, revs, cons, cls] = await Promise.all([
    ctx.db.select().from(leadStages).where(eq(leadStages.leadId, id)),
    ctx.db
      .select({ a: activities })
      .from(activityLeads)
      .innerJoin(activities, eq(activities.id, activityLeads.activityId))
      .where(eq(activityLeads.leadId, id)),
    ctx.db.select().from(reviews).where(eq(reviews.leadId, id)),
    ctx.db.select().from(contracts).where(eq(contracts.leadId, id)),
    ctx.db.select().from(claims).where(eq(claims.leadId, id)),
  ]);
  const entries: TimelineEntry[] = [
    ...stages.map((s) => ({
      at: s.at.toISOString(),
      kind: "stage" as const,
      refId: s.id,
      title: LEAD_STAGE_LABELS[s.toStage]?.[l] ?? s.toStage,
      detail: s.reason,
    })),
    ...acts.map(({ a }) => ({
      at: `${a.startsOn}T00:00:00.000Z`,
      kind: "activity" as const,
      refId: a.id,
      title: `${ACTIVITY_KIND_LABELS[a.kind]?.[l] ?? a.kind} · ${a.title}`,
      detail: a.outcome ?? a.summary,
    })),
    ...revs.map((r) => ({
      at: r.decidedOn ? `${r.decidedOn}T00:00:00.000Z` : r.createdAt.toISOString(),
      kind: "review" as const,
      refId: r.id,
      title: r.decision
        ? (REVIEW_DECISION_LABELS[r.decision]?.[l] ?? r.decision)
        : (LEAD_STAGE_LABELS.review?.[l] ?? ""),
      detail: r.conditions ?? r.summary,
    })),
    ...cons.map((c) => ({
      at: `${c.signedOn}T00:00:00.000Z`,
      kind: "contract" as const,
      refId: c.id,
      title: `${CONTRACT_KIND_LABELS[c.kind]?.[l] ?? c.kind} · ${c.title}`,
      detail: c.code,
    })),
    ...cls.map((c) => ({
      at: c.claimedAt.toISOString(),
      kind: "claim" as const,
      refId: c.conflictId,
      title: l === "zh-CN" ? "撞单" : "Contested investor",
      detail: c.status,
    })),
  ];
  return entries.sort((a, b) => b.at.localeCompare(a.at));
}
