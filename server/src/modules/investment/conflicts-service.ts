/**
 * 撞单: a second unit entering an investor already pursued in the zone (same credit code, or the same name
 * once normalised). Every unit's claim is kept; the zone's leaders decide which lead owns the investor.
 */
import type { conflictDecisionInput, conflictQuery, DuplicateMatch, duplicateQuery } from "@zoneos/core/investment-api";
import { normaliseCompanyName } from "@zoneos/core/investment-names";
import { and, asc, desc, eq, inArray, ne, or, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Tx } from "../../db/client.js";
import { audit } from "../../platform/audit.js";
import type { ServiceContext } from "../../platform/context.js";
import { AppError, invalid, notFound } from "../../platform/errors.js";
import { offsetOf, pageResult } from "../../platform/pagination.js";
import { zoneScope } from "../../platform/scope.js";
import { units, users } from "../platform/tables.js";
import { requireDetails, requireLeader } from "./access.js";
import { leadInScope } from "./lead-read.js";
import { investmentClaims as claims, investmentConflicts as conflicts, investmentLeads as leads } from "./tables.js";

/** A match with the rival lead's id, which leaves the server only when the caller may see that lead. */
export type Duplicate = DuplicateMatch & { rivalLeadId: string };

export async function findDuplicates(
  ctx: ServiceContext,
  q: {
    zoneId: string;
    creditCode?: string | null;
    nameKey: string | null;
    unitId: string | null;
    excludeLeadId?: string;
  },
): Promise<Duplicate[]> {
  const match = or(
    q.creditCode ? eq(leads.investorCreditCode, q.creditCode.toUpperCase()) : undefined,
    q.nameKey ? eq(leads.investorNameKey, q.nameKey) : undefined,
  );
  if (!match) return [];
  const rows = await ctx.db
    .select({
      id: leads.id,
      unitId: leads.ownerUnitId,
      unitName: units.name,
      stage: leads.stage,
      createdAt: leads.createdAt,
      investorName: leads.investorName,
      creditCode: leads.investorCreditCode,
      visible: sql<boolean>`${leadInScope(ctx)}`,
    })
    .from(leads)
    .innerJoin(units, eq(units.id, leads.ownerUnitId))
    .where(
      and(
        eq(leads.zoneId, q.zoneId),
        ne(leads.stage, "lost"),
        match,
        q.excludeLeadId ? ne(leads.id, q.excludeLeadId) : undefined,
      ),
    )
    .orderBy(asc(leads.createdAt));
  return rows.map((r) => ({
    matchedBy: q.creditCode && r.creditCode === q.creditCode.toUpperCase() ? "creditCode" : "name",
    unitId: r.unitId,
    unitName: r.unitName,
    sameUnit: r.unitId === q.unitId,
    stage: r.stage,
    since: r.createdAt.toISOString(),
    leadId: r.visible ? r.id : null,
    investorName: r.visible ? r.investorName : null,
    rivalLeadId: r.id,
  }));
}

export const publicMatch = ({ rivalLeadId: _id, ...m }: Duplicate): DuplicateMatch => m;

/** GET …/leads/duplicates: the check the entry form runs while the officer types. */
export async function checkDuplicates(ctx: ServiceContext, q: z.infer<typeof duplicateQuery>) {
  requireDetails(ctx);
  const zoneId = q.zoneId ?? ctx.actor.zoneId;
  if (!zoneId) throw invalid([{ field: "zoneId", key: "zoneRequired" }]);
  const nameKey = q.name ? normaliseCompanyName(q.name) : null;
  const creditCode = q.creditCode && q.creditCode.length === 18 ? q.creditCode : null;
  const found =
    nameKey || creditCode
      ? await findDuplicates(ctx, {
          zoneId,
          creditCode,
          nameKey,
          unitId: ctx.actor.unitId,
          excludeLeadId: q.excludeLeadId,
        })
      : [];
  // Only the caller's own zone is checked; another zone answers as if it had no leads.
  const inZone = ctx.actor.scope === "all" || ctx.actor.zoneId === zoneId;
  return { normalisedName: nameKey, matches: inZone ? found.map(publicMatch) : [] };
}

type LeadRecord = typeof leads.$inferSelect;

/** Records the contest inside the lead's transaction: joins an open conflict over the investor or opens one. */
export async function recordConflict(tx: Tx, ctx: ServiceContext, lead: LeadRecord, found: Duplicate[]) {
  // Rivals already contested with this lead (an earlier case, decided or not) are not contested again.
  const known = await tx
    .select({ leadId: claims.leadId })
    .from(claims)
    .where(
      inArray(claims.conflictId, tx.select({ id: claims.conflictId }).from(claims).where(eq(claims.leadId, lead.id))),
    );
  const rivals = found.filter((r) => !known.some((k) => k.leadId === r.rivalLeadId));
  if (rivals.length === 0) return;
  const rivalIds = rivals.map((r) => r.rivalLeadId);
  const [open] = await tx
    .select({ id: conflicts.id })
    .from(claims)
    .innerJoin(conflicts, eq(conflicts.id, claims.conflictId))
    .where(and(inArray(claims.leadId, rivalIds), eq(conflicts.status, "open")))
    .limit(1);
  let conflictId = open?.id;
  if (!conflictId) {
    const [created] = await tx
      .insert(conflicts)
      .values({
        zoneId: lead.zoneId,
        investorName: lead.investorName,
        creditCode: lead.investorCreditCode,
        nameKey: lead.investorNameKey,
        createdAt: ctx.now,
      })
      .returning();
    if (!created) throw new Error("insert returned nothing");
    conflictId = created.id;
    await audit(tx, ctx, {
      entity: "investmentConflict",
      entityId: created.id,
      action: "create",
      zoneId: lead.zoneId,
      after: created,
    });
  }
  await tx
    .insert(claims)
    .values([
      ...rivals.map((r) => ({
        conflictId: conflictId as string,
        leadId: r.rivalLeadId,
        zoneId: lead.zoneId,
        unitId: r.unitId,
        claimedAt: new Date(r.since),
      })),
      { conflictId, leadId: lead.id, zoneId: lead.zoneId, unitId: lead.ownerUnitId, claimedAt: ctx.now },
    ])
    .onConflictDoNothing();
}

async function conflictRows(ctx: ServiceContext, ids: string[]) {
  if (ids.length === 0) return [];
  const [rows, claimRows] = await Promise.all([
    ctx.db
      .select({ conflict: conflicts, decidedByName: users.name })
      .from(conflicts)
      .leftJoin(users, eq(users.id, conflicts.decidedBy))
      .where(inArray(conflicts.id, ids)),
    ctx.db
      .select({
        conflictId: claims.conflictId,
        leadId: claims.leadId,
        unitId: claims.unitId,
        unitName: units.name,
        ownerUserName: users.name,
        projectName: leads.projectName,
        stage: leads.stage,
        intendedInvestmentYuan: leads.intendedInvestmentYuan,
        claimedAt: claims.claimedAt,
        status: claims.status,
      })
      .from(claims)
      .innerJoin(leads, eq(leads.id, claims.leadId))
      .innerJoin(units, eq(units.id, claims.unitId))
      .leftJoin(users, eq(users.id, leads.ownerUserId))
      .where(inArray(claims.conflictId, ids))
      .orderBy(asc(claims.claimedAt)),
  ]);
  const byId = new Map(rows.map((r) => [r.conflict.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    const { conflict: c } = r;
    return [
      {
        id: c.id,
        zoneId: c.zoneId,
        investorName: c.investorName,
        creditCode: c.creditCode,
        normalisedName: c.nameKey,
        status: c.status,
        createdAt: c.createdAt.toISOString(),
        decidedAt: c.decidedAt?.toISOString() ?? null,
        decidedByName: r.decidedByName,
        note: c.note,
        claims: claimRows
          .filter((x) => x.conflictId === id)
          .map(({ conflictId: _c, claimedAt, ...x }) => ({ ...x, claimedAt: claimedAt.toISOString() })),
      },
    ];
  });
}

export async function listConflicts(ctx: ServiceContext, q: z.infer<typeof conflictQuery>) {
  requireLeader(ctx);
  const where = and(
    zoneScope(ctx.actor, conflicts.zoneId),
    q.zoneId ? eq(conflicts.zoneId, q.zoneId) : undefined,
    q.status ? eq(conflicts.status, q.status) : undefined,
  );
  const [total] = await ctx.db.select({ n: sql<number>`count(*)::int` }).from(conflicts).where(where);
  const ids = await ctx.db
    .select({ id: conflicts.id })
    .from(conflicts)
    .where(where)
    .orderBy(q.order === "asc" ? asc(conflicts.createdAt) : desc(conflicts.createdAt), asc(conflicts.id))
    .limit(q.pageSize)
    .offset(offsetOf(q));
  return pageResult(
    await conflictRows(
      ctx,
      ids.map((r) => r.id),
    ),
    total?.n ?? 0,
    q,
  );
}

export async function getConflict(ctx: ServiceContext, id: string) {
  requireLeader(ctx);
  const [row] = await ctx.db
    .select({ id: conflicts.id })
    .from(conflicts)
    .where(and(eq(conflicts.id, id), zoneScope(ctx.actor, conflicts.zoneId)));
  if (!row) throw notFound();
  const [out] = await conflictRows(ctx, [id]);
  if (!out) throw notFound();
  return out;
}

/** The leaders' ruling: one lead owns the investor, the others yield (and are kept, frozen, as history). */
export async function decideConflict(ctx: ServiceContext, id: string, input: z.infer<typeof conflictDecisionInput>) {
  const current = await getConflict(ctx, id);
  if (current.status !== "open") throw new AppError(409, "investment.conflictDecided");
  if (!current.claims.some((c) => c.leadId === input.ownerLeadId))
    throw invalid([{ field: "ownerLeadId", key: "investment.leadNotInConflict" }]);
  await ctx.db.transaction(async (tx) => {
    const [after] = await tx
      .update(conflicts)
      .set({ status: "decided", note: input.note, decidedBy: ctx.actor.userId, decidedAt: ctx.now })
      .where(and(eq(conflicts.id, id), eq(conflicts.status, "open")))
      .returning();
    if (!after) throw new AppError(409, "investment.conflictDecided");
    await tx
      .update(claims)
      .set({ status: sql`case when ${claims.leadId} = ${input.ownerLeadId} then 'owner' else 'yielded' end` })
      .where(eq(claims.conflictId, id));
    await audit(tx, ctx, {
      entity: "investmentConflict",
      entityId: id,
      action: "decide",
      zoneId: current.zoneId,
      changes: {
        ownerLeadId: { before: null, after: input.ownerLeadId },
        note: { before: null, after: input.note },
        claims: {
          before: current.claims.map((c) => ({ leadId: c.leadId, status: c.status })),
          after: current.claims.map((c) => ({
            leadId: c.leadId,
            status: c.leadId === input.ownerLeadId ? "owner" : "yielded",
          })),
        },
      },
    });
  });
  return getConflict(ctx, id);
}
