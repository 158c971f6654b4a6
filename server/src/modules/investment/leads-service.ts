/** Leads (线索): list, read, enter (with 撞单 detection), edit, and move along the pipeline. */
import type { leadInput, leadQuery, leadTransitionInput, leadUpdate } from "@zoneos/core/investment-api";
import type { InvestmentRefusal } from "@zoneos/core/investment-labels";
import { normaliseCompanyName } from "@zoneos/core/investment-names";
import { checkLeadTransition, type LeadStage } from "@zoneos/core/investment-stages";
import { and, asc, desc, eq, gte, ilike, inArray, or, type SQL, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Tx } from "../../db/client.js";
import { audit } from "../../platform/audit.js";
import { requirePermission, type ServiceContext } from "../../platform/context.js";
import { AppError, conflict, forbidden, invalid } from "../../platform/errors.js";
import { likePattern, offsetOf, pageResult } from "../../platform/pagination.js";
import { assertZoneWritable } from "../../platform/zone-access.js";
import { chainNodes, industries } from "../enterprises/tables.js";
import { units, users } from "../platform/tables.js";
import { isInvestmentLeader, requireDetails } from "./access.js";
import { findDuplicates, recordConflict } from "./conflicts-service.js";
import {
  factsOf,
  type LeadRecord,
  leadInScope,
  leadRow,
  leadSortColumns,
  readLead,
  selectLeads,
  stageFacts,
  toLeads,
} from "./lead-read.js";
import { investmentLeadStages as leadStages, investmentLeads as leads } from "./tables.js";

export async function listLeads(ctx: ServiceContext, q: z.infer<typeof leadQuery>) {
  requireDetails(ctx);
  const where: (SQL | undefined)[] = [leadInScope(ctx)];
  if (q.zoneId) where.push(eq(leads.zoneId, q.zoneId));
  if (q.stage) where.push(eq(leads.stage, q.stage));
  if (q.source) where.push(eq(leads.source, q.source));
  if (q.ownerUnitId) where.push(eq(leads.ownerUnitId, q.ownerUnitId));
  if (q.industryCode) where.push(sql`${leads.industryCode} like ${`${q.industryCode}%`}`);
  if (q.chainNodeId) where.push(eq(leads.chainNodeId, q.chainNodeId));
  if (q.minInvestmentYuan) where.push(gte(leads.intendedInvestmentYuan, q.minInvestmentYuan));
  if (q.mine) where.push(eq(leads.ownerUserId, ctx.actor.userId));
  if (q.contested !== undefined)
    where.push(
      sql`${q.contested ? sql`` : sql`not`} exists (select 1 from investment_claims c where c.lead_id = ${leads.id} and c.status = 'contested')`,
    );
  if (q.q) {
    const p = likePattern(q.q);
    where.push(or(ilike(leads.investorName, p), ilike(leads.projectName, p), ilike(leads.investorCreditCode, p)));
  }
  const column = leadSortColumns[q.sort];
  const [total] = await ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(leads)
    .where(and(...where));
  const rows = await selectLeads(ctx)
    .where(and(...where))
    .orderBy(q.order === "desc" ? desc(column) : asc(column), asc(leads.id))
    .limit(q.pageSize)
    .offset(offsetOf(q));
  return pageResult(await toLeads(ctx, rows), total?.n ?? 0, q);
}

export async function getLead(ctx: ServiceContext, id: string) {
  requireDetails(ctx);
  return readLead(ctx, id);
}

/** A lead the caller may change: visible in detail, `investment:write`, in a zone it administers. */
export async function writableLead(ctx: ServiceContext, id: string): Promise<LeadRecord> {
  requirePermission(ctx.actor, "investment:write");
  requireDetails(ctx);
  const row = await leadRow(ctx, id);
  await assertZoneWritable(ctx, row.lead.zoneId);
  return row.lead;
}

type References = Partial<z.infer<typeof leadInput>>;

async function assertReferences(ctx: ServiceContext, zoneId: string, input: References) {
  if (input.ownerUnitId) {
    const [unit] = await ctx.db
      .select({ zoneId: units.zoneId, path: units.path })
      .from(units)
      .where(eq(units.id, input.ownerUnitId));
    if (unit?.zoneId !== zoneId) throw invalid([{ field: "ownerUnitId", key: "unitNotInZone" }]);
    // A unit's officer enters leads for its own unit; the leaders assign any unit.
    if (!isInvestmentLeader(ctx) && !(ctx.actor.unitPath && unit.path.startsWith(ctx.actor.unitPath)))
      throw forbidden();
  }
  if (input.ownerUserId) {
    const [user] = await ctx.db.select({ zoneId: users.zoneId }).from(users).where(eq(users.id, input.ownerUserId));
    if (user?.zoneId !== zoneId) throw invalid([{ field: "ownerUserId", key: "investment.officerNotInUnit" }]);
  }
  if (input.industryCode) {
    const [row] = await ctx.db
      .select({ code: industries.code })
      .from(industries)
      .where(eq(industries.code, input.industryCode));
    if (!row) throw invalid([{ field: "industryCode", key: "unknownIndustry", params: { code: input.industryCode } }]);
  }
  if (input.chainNodeId) {
    const [node] = await ctx.db
      .select({ zoneId: chainNodes.zoneId })
      .from(chainNodes)
      .where(eq(chainNodes.id, input.chainNodeId));
    if (node?.zoneId !== zoneId) throw invalid([{ field: "chainNodeId", key: "investment.unknownChainNode" }]);
  }
}

export async function createLead(ctx: ServiceContext, input: z.infer<typeof leadInput>) {
  requirePermission(ctx.actor, "investment:write");
  requireDetails(ctx);
  await assertZoneWritable(ctx, input.zoneId);
  const ownerUnitId = input.ownerUnitId ?? ctx.actor.unitId;
  if (!ownerUnitId) throw invalid([{ field: "ownerUnitId", key: "unitRequired" }]);
  const ownerUserId = input.ownerUserId ?? (ctx.actor.zoneId === input.zoneId ? ctx.actor.userId : null);
  await assertReferences(ctx, input.zoneId, { ...input, ownerUnitId, ownerUserId });
  const nameKey = normaliseCompanyName(input.investorName);
  const duplicates = await findDuplicates(ctx, {
    zoneId: input.zoneId,
    creditCode: input.investorCreditCode,
    nameKey,
    unitId: ownerUnitId,
  });
  if (duplicates.length > 0 && !input.acknowledgeDuplicate) {
    const names = [...new Set(duplicates.map((d) => d.unitName))].join("、");
    throw new AppError(409, "investment.leadDuplicate", { units: names }, [], { duplicates });
  }
  const { acknowledgeDuplicate: _ack, ...fields } = input;
  const id = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(leads)
      .values({
        ...fields,
        ownerUnitId,
        ownerUserId,
        investorNameKey: nameKey,
        createdBy: ctx.actor.userId,
        stageChangedAt: ctx.now,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    if (!row) throw new Error("insert returned nothing");
    await tx.insert(leadStages).values({
      zoneId: row.zoneId,
      leadId: row.id,
      fromStage: null,
      toStage: "clue",
      actorId: ctx.actor.userId,
      at: ctx.now,
    });
    await audit(tx, ctx, {
      entity: "investmentLead",
      entityId: row.id,
      action: "create",
      zoneId: row.zoneId,
      after: row,
    });
    const rivals = duplicates.filter((d) => !d.sameUnit);
    if (rivals.length > 0) await recordConflict(tx, ctx, row, rivals);
    return row.id;
  });
  return readLead(ctx, id);
}

export async function updateLead(ctx: ServiceContext, id: string, input: z.infer<typeof leadUpdate>) {
  const current = await writableLead(ctx, id);
  const { version, ...changes } = input;
  await assertReferences(ctx, current.zoneId, changes);
  // A renamed investor (or a newly known credit code) may turn out to be pursued elsewhere: 撞单 again.
  const renamed =
    (changes.investorName !== undefined && changes.investorName !== current.investorName) ||
    (changes.investorCreditCode !== undefined && changes.investorCreditCode !== current.investorCreditCode);
  const rivals = renamed
    ? (
        await findDuplicates(ctx, {
          zoneId: current.zoneId,
          creditCode: changes.investorCreditCode ?? current.investorCreditCode,
          nameKey: normaliseCompanyName(changes.investorName ?? current.investorName),
          unitId: changes.ownerUnitId ?? current.ownerUnitId,
          excludeLeadId: id,
        })
      ).filter((d) => !d.sameUnit)
    : [];
  await ctx.db.transaction(async (tx) => {
    const [after] = await tx
      .update(leads)
      .set({
        ...changes,
        ...(changes.investorName ? { investorNameKey: normaliseCompanyName(changes.investorName) } : {}),
        version: sql`${leads.version} + 1`,
        updatedAt: ctx.now,
      })
      .where(and(eq(leads.id, id), eq(leads.version, version)))
      .returning();
    if (!after) throw conflict();
    await audit(tx, ctx, {
      entity: "investmentLead",
      entityId: id,
      action: "update",
      zoneId: current.zoneId,
      before: current,
      after,
    });
    if (rivals.length > 0) await recordConflict(tx, ctx, after, rivals);
  });
  return readLead(ctx, id);
}

/** Refusals of the stage machine as field problems. */
export function refusal(field: string, key: InvestmentRefusal) {
  return invalid([{ field, key: `investment.${key}` }]);
}

/** Changes a lead's stage inside a transaction, keeping the history and the audit trail. */
export async function moveLead(
  tx: Tx,
  ctx: ServiceContext,
  lead: LeadRecord,
  to: LeadStage,
  reason: string | null,
  extra: Partial<typeof leads.$inferInsert> = {},
  version: number = lead.version,
) {
  const heldFrom = to === "onHold" || to === "lost" ? (lead.stage === "onHold" ? lead.heldFrom : lead.stage) : null;
  const [after] = await tx
    .update(leads)
    .set({
      ...extra,
      stage: to,
      heldFrom,
      stageReason: reason,
      stageChangedAt: ctx.now,
      version: sql`${leads.version} + 1`,
      updatedAt: ctx.now,
    })
    .where(and(eq(leads.id, lead.id), eq(leads.version, version)))
    .returning();
  if (!after) throw conflict();
  await tx.insert(leadStages).values({
    zoneId: lead.zoneId,
    leadId: lead.id,
    fromStage: lead.stage,
    toStage: to,
    reason,
    actorId: ctx.actor.userId,
    at: ctx.now,
  });
  await audit(tx, ctx, {
    entity: "investmentLead",
    entityId: lead.id,
    action: "transition",
    zoneId: lead.zoneId,
    before: lead,
    after,
  });
  return after;
}

/** The facts-checked move the board makes; 注册落地 and 转项目 have their own actions. */
export async function transitionLead(ctx: ServiceContext, id: string, input: z.infer<typeof leadTransitionInput>) {
  const lead = await writableLead(ctx, id);
  const facts = (await factsOf(ctx, [id])).get(id);
  if (!facts) throw conflict();
  const check = checkLeadTransition(lead.stage, input.to, { ...stageFacts(lead, facts), reason: input.reason });
  if (!check.ok) throw refusal(check.field ?? "to", check.refusal ?? "notAllowed");
  await ctx.db.transaction((tx) => moveLead(tx, ctx, lead, input.to, input.reason, {}, input.version));
  return readLead(ctx, id);
}

export async function leadHistory(ctx: ServiceContext, id: string) {
  requireDetails(ctx);
  await leadRow(ctx, id);
  const rows = await ctx.db
    .select({
      id: leadStages.id,
      fromStage: leadStages.fromStage,
      toStage: leadStages.toStage,
      reason: leadStages.reason,
      at: leadStages.at,
      byName: users.name,
    })
    .from(leadStages)
    .leftJoin(users, eq(users.id, leadStages.actorId))
    .where(eq(leadStages.leadId, id))
    .orderBy(asc(leadStages.at));
  return rows.map((r) => ({ ...r, at: r.at.toISOString() }));
}

/** Leads the caller may link to an activity or a contract: visible in detail and in the given zone. */
export async function visibleLeadIds(ctx: ServiceContext, zoneId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await ctx.db
    .select({ id: leads.id })
    .from(leads)
    .where(and(inArray(leads.id, ids), eq(leads.zoneId, zoneId), leadInScope(ctx)));
  return new Set(rows.map((r) => r.id));
}
