/** Contracts (签约): framework, formal and supplementary agreements with their promises; actuals entered. */
import type { actualsInput, contractInput, contractQuery, contractUpdate } from "@zoneos/core/investment-api";
import { checkFulfilment, sumYuan, toFen } from "@zoneos/core/investment-rates";
import { checkLeadTransition, SIGNED_STAGES } from "@zoneos/core/investment-stages";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { z } from "zod";
import { audit } from "../../platform/audit.js";
import { requirePermission, type ServiceContext } from "../../platform/context.js";
import { conflict, invalid, notFound } from "../../platform/errors.js";
import { offsetOf, pageResult } from "../../platform/pagination.js";
import { units } from "../platform/tables.js";
import { monthlyInvestments, projects } from "../projects/tables.js";
import { requireDetails } from "./access.js";
import { factsOf, type LeadRecord, leadInScope, stageFacts } from "./lead-read.js";
import { moveLead, refusal, writableLead } from "./leads-service.js";
import { type ContractRecord, delivery, loadSignedProjects } from "./signed-projects.js";
import { investmentActuals as actuals, investmentContracts as contracts, investmentLeads as leads } from "./tables.js";

const asOf = (ctx: ServiceContext) => ctx.now.toISOString().slice(0, 10);

async function toContracts(ctx: ServiceContext, ids: string[]) {
  if (ids.length === 0) return [];
  const rows = await ctx.db
    .select({ c: contracts, lead: leads, unitName: units.name })
    .from(contracts)
    .innerJoin(leads, eq(leads.id, contracts.leadId))
    .innerJoin(units, eq(units.id, leads.ownerUnitId))
    .where(inArray(contracts.id, ids));
  const byId = new Map(rows.map((r) => [r.c.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    const { createdBy: _by, updatedAt: _u, ...c } = r.c;
    return [
      {
        ...c,
        unitId: r.lead.ownerUnitId,
        unitName: r.unitName,
        investorName: r.lead.investorName,
        projectName: r.lead.projectName,
        leadStage: r.lead.stage,
        enterpriseId: r.lead.enterpriseId,
        projectId: r.lead.projectId,
        createdAt: c.createdAt.toISOString(),
      },
    ];
  });
}

function contractWhere(ctx: ServiceContext, q: Partial<z.infer<typeof contractQuery>>) {
  return and(
    leadInScope(ctx),
    q.zoneId ? eq(contracts.zoneId, q.zoneId) : undefined,
    q.leadId ? eq(contracts.leadId, q.leadId) : undefined,
    q.unitId ? eq(leads.ownerUnitId, q.unitId) : undefined,
    q.kind ? eq(contracts.kind, q.kind) : undefined,
    q.year ? sql`extract(year from ${contracts.signedOn}) = ${q.year}` : undefined,
  );
}

export async function listContracts(ctx: ServiceContext, q: z.infer<typeof contractQuery>) {
  requireDetails(ctx);
  let where = contractWhere(ctx, q);
  if (q.behind !== undefined) {
    // 落后 is a computed property: keep the contracts that are the main contract of a lead behind (or not).
    const signed = await loadSignedProjects(
      ctx,
      and(leadInScope(ctx), q.zoneId ? eq(leads.zoneId, q.zoneId) : undefined),
      asOf(ctx),
    );
    const ids = signed.filter((s) => s.check.fulfilling !== q.behind).map((s) => s.contract.id);
    where = and(where, ids.length === 0 ? sql`false` : inArray(contracts.id, ids));
  }
  const column = q.sort === "amountYuan" ? contracts.amountYuan : contracts.signedOn;
  const [total] = await ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(contracts)
    .innerJoin(leads, eq(leads.id, contracts.leadId))
    .where(where);
  const ids = await ctx.db
    .select({ id: contracts.id })
    .from(contracts)
    .innerJoin(leads, eq(leads.id, contracts.leadId))
    .where(where)
    .orderBy(q.order === "asc" ? asc(column) : desc(column), asc(contracts.id))
    .limit(q.pageSize)
    .offset(offsetOf(q));
  return pageResult(
    await toContracts(
      ctx,
      ids.map((r) => r.id),
    ),
    total?.n ?? 0,
    q,
  );
}

async function contractRecord(ctx: ServiceContext, id: string) {
  const [row] = await ctx.db
    .select({ c: contracts })
    .from(contracts)
    .innerJoin(leads, eq(leads.id, contracts.leadId))
    .where(and(eq(contracts.id, id), leadInScope(ctx)));
  if (!row) throw notFound();
  return row.c;
}

export async function getContract(ctx: ServiceContext, id: string) {
  requireDetails(ctx);
  await contractRecord(ctx, id);
  const [out] = await toContracts(ctx, [id]);
  if (!out) throw notFound();
  return out;
}

type Terms = Pick<
  ContractRecord,
  "amountYuan" | "schedule" | "promisedStartOn" | "promisedProductionOn" | "kind" | "parentContractId"
>;

async function checkTerms(ctx: ServiceContext, lead: LeadRecord, t: Terms, selfId?: string) {
  if (t.kind === "supplementary") {
    if (!t.parentContractId) throw invalid([{ field: "parentContractId", key: "investment.supplementaryNeedsParent" }]);
    const [parent] = await ctx.db
      .select({ leadId: contracts.leadId })
      .from(contracts)
      .where(eq(contracts.id, t.parentContractId));
    if (parent?.leadId !== lead.id || t.parentContractId === selfId)
      throw invalid([{ field: "parentContractId", key: "investment.parentNotOfLead" }]);
  }
  const scheduled = sumYuan(t.schedule.map((s) => s.amountYuan));
  if (t.kind !== "supplementary" && toFen(scheduled) > toFen(t.amountYuan))
    throw invalid([
      {
        field: "schedule",
        key: "investment.scheduleExceedsAmount",
        params: { sum: scheduled, total: t.amountYuan },
      },
    ]);
  if (t.promisedStartOn && t.promisedProductionOn && t.promisedProductionOn < t.promisedStartOn)
    throw invalid([{ field: "promisedProductionOn", key: "investment.productionBeforeStart" }]);
}

/** Records a contract; the first framework or formal one signs the lead (after a passed landing review). */
export async function createContract(ctx: ServiceContext, input: z.infer<typeof contractInput>) {
  const lead = await writableLead(ctx, input.leadId);
  if (lead.stage === "onHold" || lead.stage === "lost")
    throw invalid([{ field: "leadId", key: "investment.contractClosedLead" }]);
  const signs = input.kind !== "supplementary" && !SIGNED_STAGES.includes(lead.stage);
  if (signs) {
    if (lead.stage !== "review") throw refusal("review", "needsPassedReview");
    const facts = (await factsOf(ctx, [lead.id])).get(lead.id);
    if (!facts) throw notFound();
    const check = checkLeadTransition("review", "signed", { ...stageFacts(lead, facts), hasContract: true });
    if (!check.ok) throw refusal(check.field ?? "review", check.refusal ?? "needsPassedReview");
  } else if (input.kind === "supplementary" && !SIGNED_STAGES.includes(lead.stage)) {
    throw refusal("review", "needsPassedReview");
  }
  await checkTerms(ctx, lead, input);
  const id = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(contracts)
      .values({ ...input, zoneId: lead.zoneId, createdBy: ctx.actor.userId, createdAt: ctx.now, updatedAt: ctx.now })
      .returning();
    if (!row) throw new Error("insert returned nothing");
    await audit(tx, ctx, {
      entity: "investmentContract",
      entityId: row.id,
      action: "create",
      zoneId: row.zoneId,
      after: row,
    });
    if (signs) await moveLead(tx, ctx, lead, "signed", null);
    return row.id;
  });
  return getContract(ctx, id);
}

async function writableContract(ctx: ServiceContext, id: string) {
  requirePermission(ctx.actor, "investment:write");
  requireDetails(ctx);
  const current = await contractRecord(ctx, id);
  const lead = await writableLead(ctx, current.leadId);
  return { current, lead };
}

export async function updateContract(ctx: ServiceContext, id: string, input: z.infer<typeof contractUpdate>) {
  const { current, lead } = await writableContract(ctx, id);
  const { version, ...changes } = input;
  await checkTerms(ctx, lead, { ...current, ...changes, kind: current.kind }, id);
  await ctx.db.transaction(async (tx) => {
    const [after] = await tx
      .update(contracts)
      .set({ ...changes, version: sql`${contracts.version} + 1`, updatedAt: ctx.now })
      .where(and(eq(contracts.id, id), eq(contracts.version, version)))
      .returning();
    if (!after) throw conflict();
    await audit(tx, ctx, {
      entity: "investmentContract",
      entityId: id,
      action: "update",
      zoneId: current.zoneId,
      before: current,
      after,
    });
  });
  return getContract(ctx, id);
}

/** A year's output, tax and jobs for the contract (until the enterprise statistics supply them). */
export async function saveActuals(ctx: ServiceContext, id: string, input: z.infer<typeof actualsInput>) {
  const { current } = await writableContract(ctx, id);
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(actuals)
      .where(and(eq(actuals.contractId, id), eq(actuals.year, input.year)));
    const values = {
      ...input,
      contractId: id,
      zoneId: current.zoneId,
      enteredBy: ctx.actor.userId,
      updatedAt: ctx.now,
    };
    const [after] = await tx
      .insert(actuals)
      .values(values)
      .onConflictDoUpdate({ target: [actuals.contractId, actuals.year], set: values })
      .returning();
    await audit(tx, ctx, {
      entity: "investmentContract",
      entityId: id,
      action: "actuals",
      zoneId: current.zoneId,
      before,
      after,
    });
  });
  return contractFulfilment(ctx, id);
}

/** Promised against delivered for one contract, month by month for the investment curve. */
export async function contractFulfilment(ctx: ServiceContext, id: string) {
  requireDetails(ctx);
  const c = await contractRecord(ctx, id);
  const [lead] = await ctx.db.select().from(leads).where(eq(leads.id, c.leadId));
  if (!lead) throw notFound();
  const today = asOf(ctx);
  const [project] = lead.projectId
    ? await ctx.db
        .select({ startedOn: projects.actualStartOn, productionOn: projects.productionOn })
        .from(projects)
        .where(eq(projects.id, lead.projectId))
    : [];
  const months = lead.projectId
    ? await ctx.db
        .select({ month: monthlyInvestments.month, amountYuan: monthlyInvestments.amountYuan })
        .from(monthlyInvestments)
        .where(eq(monthlyInvestments.projectId, lead.projectId))
        .orderBy(asc(monthlyInvestments.month))
    : [];
  const years = await ctx.db.select().from(actuals).where(eq(actuals.contractId, id)).orderBy(desc(actuals.year));
  const byMonth: { month: string; amountYuan: string; cumulativeYuan: string }[] = [];
  let running = "0.00";
  for (const m of months) {
    if (m.month > today) continue;
    running = sumYuan([running, m.amountYuan]);
    byMonth.push({ month: m.month.slice(0, 7), amountYuan: m.amountYuan, cumulativeYuan: running });
  }
  const p = {
    startedOn: project?.startedOn ?? null,
    productionOn: project?.productionOn ?? null,
    investmentYuan: running,
  };
  const d = delivery(p, years[0]);
  const check = checkFulfilment(c, d, today);
  return {
    contractId: c.id,
    leadId: c.leadId,
    projectId: lead.projectId,
    enterpriseId: lead.enterpriseId,
    asOf: today,
    promised: {
      investmentYuan: c.amountYuan,
      toDateYuan: check.promisedToDateYuan,
      schedule: c.schedule,
      startOn: c.promisedStartOn,
      productionOn: c.promisedProductionOn,
      outputYuan: c.promisedOutputYuan,
      taxYuan: c.promisedTaxYuan,
      jobs: c.promisedJobs,
    },
    actual: { ...d, byMonth },
    actuals: years.map((y) => ({
      year: y.year,
      outputYuan: y.outputYuan,
      taxYuan: y.taxYuan,
      jobs: y.jobs,
      note: y.note,
    })),
    fundsInPlacePct: check.fundsInPlacePct,
    fulfilling: check.fulfilling,
    started: check.started,
    behind: check.behind,
  };
}
