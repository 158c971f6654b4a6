/**
 * Aggregates without investor names: the pipeline summary, the funnel, fulfilment rates per unit and zone,
 * and the list of contracts falling behind (names only where the caller may see the lead).
 */
import type { fulfilmentQuery, summaryQuery } from "@zoneos/core/investment-api";
import { LEAD_SOURCES } from "@zoneos/core/investment-api";
import { fulfilmentRates, pct, sumYuan } from "@zoneos/core/investment-rates";
import { LEAD_STAGES, type LeadStage, PIPELINE, pipelineIndex, SIGNED_STAGES } from "@zoneos/core/investment-stages";
import { and, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import type { ServiceContext } from "../../platform/context.js";
import { units, zones } from "../platform/tables.js";
import { aggregateScope } from "./access.js";
import { loadSignedProjects, type SignedProject } from "./signed-projects.js";
import { investmentLeads as leads } from "./tables.js";

const asOf = (ctx: ServiceContext) => ctx.now.toISOString().slice(0, 10);

function leadWhere(ctx: ServiceContext, q: { zoneId?: string; year?: number }) {
  return and(
    aggregateScope(ctx, leads.zoneId),
    q.zoneId ? eq(leads.zoneId, q.zoneId) : undefined,
    q.year ? sql`extract(year from ${leads.createdAt} at time zone 'Asia/Shanghai') = ${q.year}` : undefined,
  );
}

const NEGOTIATING: LeadStage[] = ["negotiation", "review"];

export async function leadSummary(ctx: ServiceContext, q: z.infer<typeof summaryQuery>) {
  const rows = await ctx.db
    .select({
      zoneId: leads.zoneId,
      zoneName: zones.shortName,
      unitId: leads.ownerUnitId,
      unitName: units.name,
      stage: leads.stage,
      source: leads.source,
      n: sql<number>`count(*)::int`,
      amount: sql<string>`sum(${leads.intendedInvestmentYuan})::text`,
    })
    .from(leads)
    .innerJoin(zones, eq(zones.id, leads.zoneId))
    .innerJoin(units, eq(units.id, leads.ownerUnitId))
    .where(leadWhere(ctx, q))
    .groupBy(leads.zoneId, zones.shortName, leads.ownerUnitId, units.name, leads.stage, leads.source);
  const group = <K extends string>(
    key: (r: (typeof rows)[number]) => K,
    keep: (r: (typeof rows)[number]) => boolean = () => true,
  ) => {
    const m = new Map<K, { count: number; amounts: string[] }>();
    for (const r of rows) {
      if (!keep(r)) continue;
      const g = m.get(key(r)) ?? { count: 0, amounts: [] };
      g.count += r.n;
      g.amounts.push(r.amount);
      m.set(key(r), g);
    }
    return m;
  };
  const signed = (r: (typeof rows)[number]) => SIGNED_STAGES.includes(r.stage);
  const byStage = group((r) => r.stage);
  const bySource = group((r) => r.source);
  const byUnit = group((r) => `${r.zoneId}|${r.unitId}`);
  const byUnitSigned = group((r) => `${r.zoneId}|${r.unitId}`, signed);
  const byZone = group((r) => r.zoneId);
  const byZoneSigned = group((r) => r.zoneId, signed);
  const byZoneNegotiating = group(
    (r) => r.zoneId,
    (r) => NEGOTIATING.includes(r.stage),
  );
  const unitName = new Map(rows.map((r) => [`${r.zoneId}|${r.unitId}`, r.unitName]));
  const zoneName = new Map(rows.map((r) => [r.zoneId, r.zoneName]));
  return {
    total: rows.reduce((s, r) => s + r.n, 0),
    amountYuan: sumYuan(rows.map((r) => r.amount)),
    byStage: LEAD_STAGES.filter((s) => byStage.has(s)).map((stage) => ({
      stage,
      count: byStage.get(stage)?.count ?? 0,
      amountYuan: sumYuan(byStage.get(stage)?.amounts ?? []),
    })),
    bySource: LEAD_SOURCES.filter((s) => bySource.has(s)).map((source) => ({
      source,
      count: bySource.get(source)?.count ?? 0,
      amountYuan: sumYuan(bySource.get(source)?.amounts ?? []),
    })),
    byUnit: [...byUnit.entries()]
      .map(([key, g]) => {
        const [zoneId = "", unitId = ""] = key.split("|");
        const s = byUnitSigned.get(key);
        return {
          zoneId,
          unitId,
          unitName: unitName.get(key) ?? "",
          count: g.count,
          amountYuan: sumYuan(g.amounts),
          signedCount: s?.count ?? 0,
          signedAmountYuan: sumYuan(s?.amounts ?? []),
        };
      })
      .sort((a, b) => b.count - a.count || a.unitName.localeCompare(b.unitName)),
    byZone: [...byZone.entries()].map(([zoneId, g]) => ({
      zoneId,
      zoneName: zoneName.get(zoneId) ?? "",
      count: g.count,
      amountYuan: sumYuan(g.amounts),
      negotiatingCount: byZoneNegotiating.get(zoneId)?.count ?? 0,
      negotiatingAmountYuan: sumYuan(byZoneNegotiating.get(zoneId)?.amounts ?? []),
      signedCount: byZoneSigned.get(zoneId)?.count ?? 0,
      signedAmountYuan: sumYuan(byZoneSigned.get(zoneId)?.amounts ?? []),
    })),
  };
}

/** How far leads got, and how often and how fast they signed, by source and by unit. */
export async function leadFunnel(ctx: ServiceContext, q: z.infer<typeof summaryQuery>) {
  const rows = await ctx.db
    .select({
      unitId: leads.ownerUnitId,
      unitName: units.name,
      source: leads.source,
      stage: leads.stage,
      heldFrom: leads.heldFrom,
      amount: leads.intendedInvestmentYuan,
      createdAt: leads.createdAt,
      firstContactOn: leads.firstContactOn,
      signedAt: sql<
        string | null
      >`(select min(s.at)::text from investment_lead_stages s where s.lead_id = ${leads.id} and s.to_stage = 'signed')`,
    })
    .from(leads)
    .innerJoin(units, eq(units.id, leads.ownerUnitId))
    .where(leadWhere(ctx, q));
  const reached = PIPELINE.map(() => ({ n: 0, amounts: [] as string[] }));
  for (const r of rows) {
    const top = pipelineIndex(r.stage, r.heldFrom);
    for (let i = 0; i <= top; i++) {
      const slot = reached[i];
      if (slot) {
        slot.n++;
        slot.amounts.push(r.amount);
      }
    }
  }
  const days = (r: (typeof rows)[number]) => {
    if (!r.signedAt) return null;
    const start = r.firstContactOn ? Date.parse(r.firstContactOn) : r.createdAt.getTime();
    return Math.max(0, Math.round((Date.parse(r.signedAt) - start) / 86_400_000));
  };
  const conversion = (list: typeof rows) => {
    const signedDays = list.map(days).filter((d): d is number => d !== null);
    const signed = list.filter((r) => SIGNED_STAGES.includes(r.stage) || r.signedAt !== null).length;
    return {
      leads: list.length,
      signed,
      conversionPct: pct(signed, list.length),
      avgDaysToSign: signedDays.length === 0 ? null : signedDays.reduce((s, d) => s + d, 0) / signedDays.length,
    };
  };
  const units_ = [...new Map(rows.map((r) => [r.unitId, r.unitName])).entries()];
  return {
    stages: PIPELINE.map((stage, i) => ({
      stage,
      reached: reached[i]?.n ?? 0,
      amountYuan: sumYuan(reached[i]?.amounts ?? []),
    })),
    bySource: LEAD_SOURCES.filter((s) => rows.some((r) => r.source === s)).map((source) => ({
      source,
      ...conversion(rows.filter((r) => r.source === source)),
    })),
    byUnit: units_
      .map(([unitId, unitName]) => ({ unitId, unitName, ...conversion(rows.filter((r) => r.unitId === unitId)) }))
      .sort((a, b) => b.leads - a.leads),
  };
}

function signedWhere(ctx: ServiceContext, q: z.infer<typeof fulfilmentQuery>) {
  return and(aggregateScope(ctx, leads.zoneId), q.zoneId ? eq(leads.zoneId, q.zoneId) : undefined);
}

const inYear = (year: number | undefined) => (s: SignedProject) => !year || s.signedOn.startsWith(`${year}-`);

const rateInput = (s: SignedProject) => ({
  amountYuan: s.amountYuan,
  inPlaceYuan: s.investmentYuan,
  fulfilling: s.check.fulfilling,
  started: s.check.started,
});

/** 资金到位率, 合同履约率 and 开工率 per unit, per zone, and over everything in scope. */
export async function fulfilmentSummary(ctx: ServiceContext, q: z.infer<typeof fulfilmentQuery>) {
  const today = asOf(ctx);
  const signed = (await loadSignedProjects(ctx, signedWhere(ctx, q), today)).filter(inYear(q.year));
  const zoneRows = await ctx.db.select({ id: zones.id, name: zones.shortName }).from(zones);
  const zoneName = new Map(zoneRows.map((z) => [z.id, z.name]));
  const groups = <K extends string>(key: (s: SignedProject) => K) => {
    const m = new Map<K, SignedProject[]>();
    for (const s of signed) m.set(key(s), [...(m.get(key(s)) ?? []), s]);
    return m;
  };
  return {
    asOf: today,
    zone: fulfilmentRates(signed.map(rateInput)),
    units: [...groups((s) => s.unitId).entries()]
      .map(([unitId, list]) => ({ unitId, unitName: list[0]?.unitName ?? "", ...fulfilmentRates(list.map(rateInput)) }))
      .sort((a, b) => b.contracts - a.contracts || a.unitName.localeCompare(b.unitName)),
    zones: [...groups((s) => s.zoneId).entries()].map(([zoneId, list]) => ({
      zoneId,
      zoneName: zoneName.get(zoneId) ?? "",
      ...fulfilmentRates(list.map(rateInput)),
    })),
  };
}

/** Contracts with a promise due and missed, worst investment gap first. */
export async function behindContracts(ctx: ServiceContext, q: z.infer<typeof fulfilmentQuery>) {
  const today = asOf(ctx);
  const signed = (await loadSignedProjects(ctx, signedWhere(ctx, q), today)).filter(inYear(q.year));
  return signed
    .filter((s) => !s.check.fulfilling)
    .sort(
      (a, b) => Number(b.check.gapYuan) - Number(a.check.gapYuan) || (b.check.daysLate ?? 0) - (a.check.daysLate ?? 0),
    )
    .map((s) => ({
      contractId: s.contract.id,
      leadId: s.leadId,
      zoneId: s.zoneId,
      unitName: s.unitName,
      investorName: s.investorName,
      projectName: s.projectName,
      signedOn: s.signedOn,
      amountYuan: s.amountYuan,
      promisedToDateYuan: s.check.promisedToDateYuan,
      actualYuan: s.investmentYuan,
      gapYuan: s.check.gapYuan,
      fundsInPlacePct: s.check.fundsInPlacePct,
      promisedStartOn: s.contract.promisedStartOn,
      startedOn: s.startedOn,
      daysLate: s.check.daysLate,
      reasons: s.check.behind,
    }));
}
