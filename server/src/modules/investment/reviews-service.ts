/**
 * 项目落地审查: the zone's thresholds, review cases with the "四不要" checklist, committee votes and the decision.
 * The owner unit opens a case and fills the checklist; the leaders record votes and decide.
 */
import type {
  checklistInput,
  reviewDecisionInput,
  reviewInput,
  reviewQuery,
  thresholdsInput,
  voteInput,
} from "@zoneos/core/investment-api";
import { checkReviewDecision, compareThresholds, type ZoneThresholds } from "@zoneos/core/investment-review";
import { checkLeadTransition, REVIEW_DECISIONS } from "@zoneos/core/investment-stages";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { z } from "zod";
import { audit } from "../../platform/audit.js";
import { requirePermission, type ServiceContext } from "../../platform/context.js";
import { AppError, conflict, invalid, notFound } from "../../platform/errors.js";
import { offsetOf, pageResult } from "../../platform/pagination.js";
import { zoneScope } from "../../platform/scope.js";
import { assertZoneWritable } from "../../platform/zone-access.js";
import { units, users } from "../platform/tables.js";
import { requireDetails, requireLeader } from "./access.js";
import { factsOf, leadInScope, stageFacts } from "./lead-read.js";
import { moveLead, refusal, writableLead } from "./leads-service.js";
import {
  investmentLeads as leads,
  investmentReviews as reviews,
  investmentThresholds as thresholds,
  investmentReviewVotes as votes,
} from "./tables.js";

const NONE: ZoneThresholds = { minIntensityWanPerMu: null, minTaxWanPerMu: null, maxEnergyTcePerWan: null };

export async function getThresholds(ctx: ServiceContext, zoneId: string) {
  requirePermission(ctx.actor, "investment:read");
  const rows = await ctx.db.execute(sql`select 1 from zones where id = ${zoneId} and ${zoneScope(ctx.actor, sql`id`)}`);
  if ((rows as unknown as { rows: unknown[] }).rows.length === 0) throw notFound();
  const [row] = await ctx.db.select().from(thresholds).where(eq(thresholds.zoneId, zoneId));
  if (!row) return { zoneId, ...NONE, version: 0 };
  const { updatedAt: _u, ...rest } = row;
  return rest;
}

export async function saveThresholds(ctx: ServiceContext, zoneId: string, input: z.infer<typeof thresholdsInput>) {
  requireLeader(ctx);
  await assertZoneWritable(ctx, zoneId);
  const { version, ...values } = input;
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(thresholds).where(eq(thresholds.zoneId, zoneId));
    if (before && before.version !== version) throw conflict();
    if (!before && version !== null && version !== 0) throw conflict();
    const [after] = before
      ? await tx
          .update(thresholds)
          .set({ ...values, version: sql`${thresholds.version} + 1`, updatedAt: ctx.now })
          .where(and(eq(thresholds.zoneId, zoneId), eq(thresholds.version, before.version)))
          .returning()
      : await tx
          .insert(thresholds)
          .values({ zoneId, ...values, updatedAt: ctx.now })
          .returning();
    if (!after) throw conflict();
    await audit(tx, ctx, { entity: "investmentThresholds", entityId: zoneId, action: "save", zoneId, before, after });
  });
  return getThresholds(ctx, zoneId);
}

const inScope = (ctx: ServiceContext) => leadInScope(ctx);

async function toReviews(ctx: ServiceContext, ids: string[]) {
  if (ids.length === 0) return [];
  const decider = users;
  const [rows, voteRows] = await Promise.all([
    ctx.db
      .select({
        r: reviews,
        lead: leads,
        ownerUnitName: units.name,
        decidedByName: decider.name,
      })
      .from(reviews)
      .innerJoin(leads, eq(leads.id, reviews.leadId))
      .innerJoin(units, eq(units.id, leads.ownerUnitId))
      .leftJoin(decider, eq(decider.id, reviews.decidedBy))
      .where(inArray(reviews.id, ids)),
    ctx.db.select().from(votes).where(inArray(votes.reviewId, ids)).orderBy(asc(votes.at), asc(votes.memberName)),
  ]);
  const zoneIds = [...new Set(rows.map((r) => r.r.zoneId))];
  const limits = new Map(
    (zoneIds.length === 0 ? [] : await ctx.db.select().from(thresholds).where(inArray(thresholds.zoneId, zoneIds))).map(
      (t) => [t.zoneId, t],
    ),
  );
  const byId = new Map(rows.map((r) => [r.r.id, r]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const { r, lead } = row;
    const reviewVotes = voteRows.filter((v) => v.reviewId === id);
    // An open case compares with today's figures and thresholds; a decided one shows what was decided on.
    const metrics = r.metrics ?? compareThresholds(lead, limits.get(r.zoneId) ?? NONE);
    const state = { decided: r.status === "decided", checklist: r.checklist, metrics, votes: reviewVotes };
    return [
      {
        id: r.id,
        zoneId: r.zoneId,
        leadId: r.leadId,
        investorName: lead.investorName,
        projectName: lead.projectName,
        ownerUnitName: row.ownerUnitName,
        status: r.status,
        meetingOn: r.meetingOn,
        summary: r.summary,
        checklist: r.checklist,
        metrics,
        votes: reviewVotes.map((v) => ({
          id: v.id,
          memberName: v.memberName,
          memberUserId: v.memberUserId,
          memberTitle: v.memberTitle,
          vote: v.vote,
          opinion: v.opinion,
          at: v.at.toISOString(),
        })),
        decision: r.decision,
        conditions: r.conditions,
        decidedOn: r.decidedOn,
        decidedByName: row.decidedByName,
        allowedDecisions: REVIEW_DECISIONS.map((decision) => {
          const check = checkReviewDecision(state, decision, decision === "conditional" ? "-" : null);
          return check.ok ? { decision, ok: true } : { decision, ok: false, refusal: check.refusal };
        }),
        createdAt: r.createdAt.toISOString(),
        version: r.version,
      },
    ];
  });
}

export async function listReviews(ctx: ServiceContext, q: z.infer<typeof reviewQuery>) {
  requireDetails(ctx);
  const where = and(
    inScope(ctx),
    q.zoneId ? eq(reviews.zoneId, q.zoneId) : undefined,
    q.leadId ? eq(reviews.leadId, q.leadId) : undefined,
    q.status ? eq(reviews.status, q.status) : undefined,
    q.decision ? eq(reviews.decision, q.decision) : undefined,
  );
  const base = ctx.db.select({ id: reviews.id }).from(reviews).innerJoin(leads, eq(leads.id, reviews.leadId));
  const [total] = await ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(reviews)
    .innerJoin(leads, eq(leads.id, reviews.leadId))
    .where(where);
  const ids = await base
    .where(where)
    .orderBy(q.order === "asc" ? asc(reviews.createdAt) : desc(reviews.createdAt), asc(reviews.id))
    .limit(q.pageSize)
    .offset(offsetOf(q));
  return pageResult(
    await toReviews(
      ctx,
      ids.map((r) => r.id),
    ),
    total?.n ?? 0,
    q,
  );
}

async function reviewRecord(ctx: ServiceContext, id: string) {
  const [row] = await ctx.db
    .select({ r: reviews })
    .from(reviews)
    .innerJoin(leads, eq(leads.id, reviews.leadId))
    .where(and(eq(reviews.id, id), inScope(ctx)));
  if (!row) throw notFound();
  return row.r;
}

export async function getReview(ctx: ServiceContext, id: string) {
  requireDetails(ctx);
  await reviewRecord(ctx, id);
  const [out] = await toReviews(ctx, [id]);
  if (!out) throw notFound();
  return out;
}

/** Opens a case: the lead must be in 洽谈 (it moves to 落地审查) or already in review without an open case. */
export async function createReview(ctx: ServiceContext, input: z.infer<typeof reviewInput>) {
  const lead = await writableLead(ctx, input.leadId);
  if (lead.stage !== "negotiation" && lead.stage !== "review")
    throw invalid([{ field: "leadId", key: "investment.reviewNeedsStage" }]);
  const [open] = await ctx.db
    .select({ id: reviews.id })
    .from(reviews)
    .where(and(eq(reviews.leadId, lead.id), eq(reviews.status, "open")));
  if (open) throw new AppError(409, "investment.reviewAlreadyOpen");
  if (lead.stage === "negotiation") {
    const facts = (await factsOf(ctx, [lead.id])).get(lead.id);
    const check = checkLeadTransition("negotiation", "review", facts ? stageFacts(lead, facts) : {});
    if (!check.ok) throw refusal(check.field ?? "to", check.refusal ?? "notAllowed");
  }
  const id = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(reviews)
      .values({ ...input, zoneId: lead.zoneId, createdBy: ctx.actor.userId, createdAt: ctx.now })
      .returning();
    if (!row) throw new Error("insert returned nothing");
    if (lead.stage === "negotiation") await moveLead(tx, ctx, lead, "review", null);
    await audit(tx, ctx, {
      entity: "investmentReview",
      entityId: row.id,
      action: "create",
      zoneId: row.zoneId,
      after: row,
    });
    return row.id;
  });
  return getReview(ctx, id);
}

async function openReview(ctx: ServiceContext, id: string) {
  requirePermission(ctx.actor, "investment:write");
  requireDetails(ctx);
  const r = await reviewRecord(ctx, id);
  await writableLead(ctx, r.leadId);
  if (r.status !== "open") throw new AppError(409, "investment.reviewDecided");
  return r;
}

export async function saveChecklist(ctx: ServiceContext, id: string, input: z.infer<typeof checklistInput>) {
  const current = await openReview(ctx, id);
  const merged = new Map(current.checklist.map((c) => [c.item, c]));
  for (const item of input.items) merged.set(item.item, item);
  await ctx.db.transaction(async (tx) => {
    const [after] = await tx
      .update(reviews)
      .set({
        checklist: [...merged.values()],
        ...(input.meetingOn !== undefined ? { meetingOn: input.meetingOn } : {}),
        ...(input.summary !== undefined ? { summary: input.summary } : {}),
        version: sql`${reviews.version} + 1`,
      })
      .where(and(eq(reviews.id, id), eq(reviews.version, input.version)))
      .returning();
    if (!after) throw conflict();
    await audit(tx, ctx, {
      entity: "investmentReview",
      entityId: id,
      action: "checklist",
      zoneId: current.zoneId,
      before: current,
      after,
    });
  });
  return getReview(ctx, id);
}

/** One vote per member name; a member voting again replaces the vote. */
export async function recordVote(ctx: ServiceContext, id: string, input: z.infer<typeof voteInput>) {
  requireLeader(ctx);
  const current = await openReview(ctx, id);
  if (input.memberUserId) {
    const [u] = await ctx.db.select({ zoneId: users.zoneId }).from(users).where(eq(users.id, input.memberUserId));
    if (u?.zoneId !== current.zoneId) throw invalid([{ field: "memberUserId", key: "notFound" }]);
  }
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(votes)
      .values({ ...input, reviewId: id, zoneId: current.zoneId, at: ctx.now })
      .onConflictDoUpdate({
        target: [votes.reviewId, votes.memberName],
        set: {
          vote: input.vote,
          opinion: input.opinion,
          memberTitle: input.memberTitle,
          memberUserId: input.memberUserId,
          at: ctx.now,
        },
      })
      .returning();
    await audit(tx, ctx, {
      entity: "investmentReview",
      entityId: id,
      action: "vote",
      zoneId: current.zoneId,
      after: row,
    });
  });
  return getReview(ctx, id);
}

export async function decideReview(ctx: ServiceContext, id: string, input: z.infer<typeof reviewDecisionInput>) {
  requireLeader(ctx);
  const current = await openReview(ctx, id);
  const review = await getReview(ctx, id);
  const check = checkReviewDecision(
    { decided: false, checklist: current.checklist, metrics: review.metrics, votes: review.votes },
    input.decision,
    input.conditions,
  );
  if (!check.ok)
    throw invalid([
      {
        field: check.refusal === "needsConditions" ? "conditions" : "decision",
        key: `investment.${check.refusal ?? "notAllowed"}`,
      },
    ]);
  await ctx.db.transaction(async (tx) => {
    const [after] = await tx
      .update(reviews)
      .set({
        status: "decided",
        decision: input.decision,
        conditions: input.conditions,
        decidedOn: input.decidedOn,
        decidedBy: ctx.actor.userId,
        metrics: review.metrics,
        version: sql`${reviews.version} + 1`,
      })
      .where(and(eq(reviews.id, id), eq(reviews.version, input.version)))
      .returning();
    if (!after) throw conflict();
    await audit(tx, ctx, {
      entity: "investmentReview",
      entityId: id,
      action: "decide",
      zoneId: current.zoneId,
      before: current,
      after,
    });
  });
  return getReview(ctx, id);
}
