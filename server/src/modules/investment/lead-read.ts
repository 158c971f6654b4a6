/** Reading leads: the joined view, the facts the stage machine needs, and the API shape with its moves. */
import type { Lead } from "@zoneos/core/investment-api";
import { signedFigure } from "@zoneos/core/investment-rates";
import { type ClaimStatus, type LeadFacts, leadMoves, type ReviewDecision } from "@zoneos/core/investment-stages";
import { and, asc, eq, inArray, type SQL } from "drizzle-orm";
import type { ServiceContext } from "../../platform/context.js";
import { notFound } from "../../platform/errors.js";
import { chainNodes, enterprises, industries } from "../enterprises/tables.js";
import { units, users, zones } from "../platform/tables.js";
import { projects } from "../projects/tables.js";
import { detailScope } from "./access.js";
import {
  investmentClaims as claims,
  investmentContracts as contracts,
  investmentLeads as leads,
  investmentReviews as reviews,
} from "./tables.js";

const leadView = {
  lead: leads,
  zoneName: zones.name,
  ownerUnitName: units.name,
  ownerUserName: users.name,
  industryName: industries.name,
  chainNodeName: chainNodes.name,
  enterpriseName: enterprises.name,
  linkedProjectName: projects.name,
};

export function selectLeads(ctx: ServiceContext) {
  return ctx.db
    .select(leadView)
    .from(leads)
    .innerJoin(zones, eq(zones.id, leads.zoneId))
    .innerJoin(units, eq(units.id, leads.ownerUnitId))
    .leftJoin(users, eq(users.id, leads.ownerUserId))
    .leftJoin(industries, eq(industries.code, leads.industryCode))
    .leftJoin(chainNodes, eq(chainNodes.id, leads.chainNodeId))
    .leftJoin(enterprises, eq(enterprises.id, leads.enterpriseId))
    .leftJoin(projects, eq(projects.id, leads.projectId));
}

export type LeadRow = Awaited<ReturnType<ReturnType<typeof selectLeads>["where"]>>[number];
export type LeadRecord = typeof leads.$inferSelect;

export function leadInScope(ctx: ServiceContext): SQL {
  return detailScope(ctx, leads.zoneId, leads.ownerUnitId);
}

/** The facts of a set of leads: latest review decision, contracts, claims with their rivals. */
export async function factsOf(ctx: ServiceContext, ids: string[]) {
  const out = new Map<
    string,
    {
      reviewDecision: ReviewDecision | null;
      contracts: { kind: "framework" | "formal" | "supplementary"; signedOn: string; amountYuan: string }[];
      claim: Lead["claim"];
    }
  >();
  for (const id of ids) out.set(id, { reviewDecision: null, contracts: [], claim: null });
  if (ids.length === 0) return out;
  const [decided, signed, claimRows] = await Promise.all([
    ctx.db
      .select({ leadId: reviews.leadId, decision: reviews.decision })
      .from(reviews)
      .where(and(inArray(reviews.leadId, ids), eq(reviews.status, "decided")))
      .orderBy(asc(reviews.decidedOn), asc(reviews.createdAt)),
    ctx.db
      .select({
        leadId: contracts.leadId,
        kind: contracts.kind,
        signedOn: contracts.signedOn,
        amountYuan: contracts.amountYuan,
      })
      .from(contracts)
      .where(inArray(contracts.leadId, ids)),
    ctx.db
      .select({ conflictId: claims.conflictId, leadId: claims.leadId, status: claims.status })
      .from(claims)
      .where(inArray(claims.leadId, ids))
      .orderBy(asc(claims.claimedAt)),
  ]);
  for (const r of decided) {
    const f = out.get(r.leadId);
    if (f) f.reviewDecision = r.decision;
  }
  for (const c of signed) out.get(c.leadId)?.contracts.push(c);
  const conflictIds = [...new Set(claimRows.map((c) => c.conflictId))];
  const rivals =
    conflictIds.length === 0
      ? []
      : await ctx.db
          .select({
            conflictId: claims.conflictId,
            leadId: claims.leadId,
            unitId: claims.unitId,
            unitName: units.name,
            status: claims.status,
          })
          .from(claims)
          .innerJoin(units, eq(units.id, claims.unitId))
          .where(inArray(claims.conflictId, conflictIds));
  // The latest conflict a lead takes part in is the one that governs it.
  for (const c of claimRows) {
    const f = out.get(c.leadId);
    if (!f) continue;
    f.claim = {
      conflictId: c.conflictId,
      status: c.status as ClaimStatus,
      rivals: rivals
        .filter((r) => r.conflictId === c.conflictId && r.leadId !== c.leadId)
        .map((r) => ({ unitId: r.unitId, unitName: r.unitName, status: r.status })),
    };
  }
  return out;
}

export function stageFacts(
  row: LeadRecord,
  f: { reviewDecision: ReviewDecision | null; contracts: { kind: string }[]; claim: Lead["claim"] },
): LeadFacts {
  return {
    heldFrom: row.heldFrom,
    reviewDecision: f.reviewDecision,
    hasContract: f.contracts.some((c) => c.kind !== "supplementary"),
    enterpriseId: row.enterpriseId,
    projectId: row.projectId,
    claim: f.claim?.status ?? null,
  };
}

const iso = (d: Date) => d.toISOString();

/** The API shape of lead rows, in the order given. */
export async function toLeads(ctx: ServiceContext, rows: LeadRow[]): Promise<Lead[]> {
  const facts = await factsOf(
    ctx,
    rows.map((r) => r.lead.id),
  );
  const writer = ctx.actor.permissions.has("investment:write") && ctx.actor.scope !== "region";
  return rows.map((r) => {
    const f = facts.get(r.lead.id) ?? { reviewDecision: null, contracts: [], claim: null };
    const { investorNameKey: _key, createdBy: _by, ...lead } = r.lead;
    const signed = signedFigure(f.contracts);
    return {
      ...lead,
      zoneName: r.zoneName,
      ownerUnitName: r.ownerUnitName,
      ownerUserName: r.ownerUserName,
      industryName: r.industryName,
      chainNodeName: r.chainNodeName,
      enterpriseName: r.enterpriseName,
      linkedProjectName: r.linkedProjectName,
      stageChangedAt: iso(lead.stageChangedAt),
      createdAt: iso(lead.createdAt),
      updatedAt: iso(lead.updatedAt),
      reviewDecision: f.reviewDecision,
      contractCount: f.contracts.length,
      signedOn: signed?.signedOn ?? null,
      signedAmountYuan: signed?.amountYuan ?? null,
      claim: f.claim,
      moves: writer ? leadMoves(lead.stage, stageFacts(r.lead, f)) : [],
      canEdit: writer,
    };
  });
}

/** One lead the caller may see in detail, else 404. */
export async function leadRow(ctx: ServiceContext, id: string): Promise<LeadRow> {
  const [row] = await selectLeads(ctx).where(and(eq(leads.id, id), leadInScope(ctx)));
  if (!row) throw notFound();
  return row;
}

export async function readLead(ctx: ServiceContext, id: string): Promise<Lead> {
  const [lead] = await toLeads(ctx, [await leadRow(ctx, id)]);
  if (!lead) throw notFound();
  return lead;
}

export const leadSortColumns = {
  updatedAt: leads.updatedAt,
  createdAt: leads.createdAt,
  investorName: leads.investorName,
  intendedInvestmentYuan: leads.intendedInvestmentYuan,
  stage: leads.stage,
};
