/**
 * 目标责任制 (全员招商): each unit's yearly targets, and monthly progress against them and against 序时进度,
 * with the ranking of units. Actuals count the unit's own leads: signings by contract date, 到位资金 as the
 * monthly investment of the projects they became, starts by the projects' lifecycle dates.
 */
import type { progressQuery, TARGET_METRICS, targetInput, targetQuery } from "@zoneos/core/investment-api";
import { LARGE_PROJECT_YUAN, sumYuan, targetScore, toFen } from "@zoneos/core/investment-rates";
import { completionPct, pointsAgainstSchedule, schedulePct } from "@zoneos/core/schedule";
import { and, asc, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import { audit } from "../../platform/audit.js";
import { requirePermission, type ServiceContext } from "../../platform/context.js";
import { conflict, invalid, notFound } from "../../platform/errors.js";
import { zoneScope } from "../../platform/scope.js";
import { assertZoneWritable } from "../../platform/zone-access.js";
import { units } from "../platform/tables.js";
import { aggregateScope, requireLeader } from "./access.js";
import { loadSignedProjects } from "./signed-projects.js";
import { investmentLeads as leads, investmentTargets as targets } from "./tables.js";

type Metric = (typeof TARGET_METRICS)[number];

async function zoneOf(ctx: ServiceContext, zoneId: string | undefined) {
  requirePermission(ctx.actor, "investment:read");
  const id = zoneId ?? ctx.actor.zoneId;
  if (!id) throw invalid([{ field: "zoneId", key: "zoneRequired" }]);
  const rows = await ctx.db.execute(sql`select 1 from zones where id = ${id} and ${zoneScope(ctx.actor, sql`id`)}`);
  if ((rows as unknown as { rows: unknown[] }).rows.length === 0) throw notFound();
  return id;
}

export async function listTargets(ctx: ServiceContext, q: z.infer<typeof targetQuery>) {
  const zoneId = await zoneOf(ctx, q.zoneId);
  const rows = await ctx.db
    .select({ t: targets, unitName: units.name })
    .from(targets)
    .innerJoin(units, eq(units.id, targets.unitId))
    .where(and(eq(targets.zoneId, zoneId), eq(targets.year, q.year)))
    .orderBy(asc(units.sort), asc(units.name));
  return rows.map(({ t, unitName }) => {
    const { updatedAt: _u, ...rest } = t;
    return { ...rest, unitName };
  });
}

/** Sets (or replaces, with its version) one unit's targets for a year. */
export async function saveTarget(ctx: ServiceContext, input: z.infer<typeof targetInput>) {
  requireLeader(ctx);
  await assertZoneWritable(ctx, input.zoneId);
  const [unit] = await ctx.db.select({ zoneId: units.zoneId }).from(units).where(eq(units.id, input.unitId));
  if (unit?.zoneId !== input.zoneId) throw invalid([{ field: "unitId", key: "unitNotInZone" }]);
  const { version, ...values } = input;
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(targets)
      .where(and(eq(targets.zoneId, input.zoneId), eq(targets.unitId, input.unitId), eq(targets.year, input.year)));
    if (before ? before.version !== version : version !== null) throw conflict();
    const [after] = before
      ? await tx
          .update(targets)
          .set({ ...values, version: sql`${targets.version} + 1`, updatedAt: ctx.now })
          .where(and(eq(targets.id, before.id), eq(targets.version, before.version)))
          .returning()
      : await tx
          .insert(targets)
          .values({ ...values, updatedAt: ctx.now })
          .returning();
    if (!after) throw conflict();
    await audit(tx, ctx, {
      entity: "investmentTarget",
      entityId: after.id,
      action: "save",
      zoneId: input.zoneId,
      before,
      after,
    });
  });
  const list = await listTargets(ctx, { zoneId: input.zoneId, year: input.year });
  const saved = list.find((t) => t.unitId === input.unitId);
  if (!saved) throw notFound();
  return saved;
}

interface Tally {
  signedProjects: number;
  signedAmountYuan: string;
  largeProjects: number;
  fundsInPlaceYuan: string;
  startedProjects: number;
}
const empty = (): Tally => ({
  signedProjects: 0,
  signedAmountYuan: "0.00",
  largeProjects: 0,
  fundsInPlaceYuan: "0.00",
  startedProjects: 0,
});

const plus = (t: Tally, r: Tally): Tally => ({
  signedProjects: t.signedProjects + r.signedProjects,
  signedAmountYuan: sumYuan([t.signedAmountYuan, r.signedAmountYuan]),
  largeProjects: t.largeProjects + r.largeProjects,
  fundsInPlaceYuan: sumYuan([t.fundsInPlaceYuan, r.fundsInPlaceYuan]),
  startedProjects: t.startedProjects + r.startedProjects,
});

function metricsOf(target: Tally | null, actual: Tally, month: number) {
  const metrics: Metric[] = [
    "signedProjects",
    "signedAmountYuan",
    "largeProjects",
    "fundsInPlaceYuan",
    "startedProjects",
  ];
  return metrics.map((metric) => {
    const t = target ? String(target[metric]) : "0";
    const pctDone = completionPct(actual[metric], t);
    return {
      metric,
      target: t,
      actual: String(actual[metric]),
      completionPct: pctDone,
      pointsAgainstSchedule: pctDone === null ? null : pointsAgainstSchedule(pctDone, month),
    };
  });
}

function defaultMonth(ctx: ServiceContext, year: number) {
  const now = Number(ctx.now.toISOString().slice(0, 4));
  if (year < now) return 12;
  if (year > now) return 1;
  return Number(ctx.now.toISOString().slice(5, 7));
}

export async function targetProgress(ctx: ServiceContext, q: z.infer<typeof progressQuery>) {
  const zoneId = await zoneOf(ctx, q.zoneId);
  const month = q.month ?? defaultMonth(ctx, q.year);
  const yearStart = `${q.year}-01-01`;
  const lastDay = new Date(Date.UTC(q.year, month, 0)).toISOString().slice(0, 10);
  const scope = and(aggregateScope(ctx, leads.zoneId), eq(leads.zoneId, zoneId));
  const [targetRows, signed, funds, unitRows] = await Promise.all([
    listTargets(ctx, { zoneId, year: q.year }),
    loadSignedProjects(ctx, scope, lastDay),
    ctx.db.execute(sql`
      select l.owner_unit_id as unit_id, extract(month from pi.month)::int as month, sum(pi.amount_yuan)::text as amount
      from project_investments pi join investment_leads l on l.project_id = pi.project_id
      where l.zone_id = ${zoneId} and pi.month >= ${yearStart} and pi.month <= ${lastDay}
      group by l.owner_unit_id, extract(month from pi.month)`),
    ctx.db.select({ id: units.id, name: units.name }).from(units).where(eq(units.zoneId, zoneId)),
  ]);
  const fundRows = (funds as unknown as { rows: { unit_id: string; month: number; amount: string }[] }).rows;
  const unitName = new Map(unitRows.map((u) => [u.id, u.name]));
  const tally = new Map<string, Tally>();
  const monthly = Array.from({ length: month }, () => empty());
  const add = (unitId: string, f: (t: Tally) => void) => {
    const t = tally.get(unitId) ?? empty();
    f(t);
    tally.set(unitId, t);
  };
  for (const s of signed) {
    if (s.signedOn >= yearStart && s.signedOn <= lastDay) {
      const large = toFen(s.amountYuan) >= toFen(LARGE_PROJECT_YUAN);
      const bump = (t: Tally) => {
        t.signedProjects++;
        t.signedAmountYuan = sumYuan([t.signedAmountYuan, s.amountYuan]);
        if (large) t.largeProjects++;
      };
      add(s.unitId, bump);
      const m = monthly[Number(s.signedOn.slice(5, 7)) - 1];
      if (m) bump(m);
    }
    if (s.startedOn && s.startedOn >= yearStart && s.startedOn <= lastDay) {
      add(s.unitId, (t) => t.startedProjects++);
      const m = monthly[Number(s.startedOn.slice(5, 7)) - 1];
      if (m) m.startedProjects++;
    }
  }
  for (const f of fundRows) {
    add(f.unit_id, (t) => {
      t.fundsInPlaceYuan = sumYuan([t.fundsInPlaceYuan, f.amount]);
    });
    const m = monthly[f.month - 1];
    if (m) m.fundsInPlaceYuan = sumYuan([m.fundsInPlaceYuan, f.amount]);
  }
  const targetOf = new Map(targetRows.map((t) => [t.unitId, t]));
  const unitIds = [...new Set([...targetRows.map((t) => t.unitId), ...tally.keys()])];
  const ranked = unitIds
    .map((unitId) => {
      const metrics = metricsOf(targetOf.get(unitId) ?? null, tally.get(unitId) ?? empty(), month);
      return {
        unitId,
        unitName: unitName.get(unitId) ?? "",
        score: targetScore(metrics.map((m) => m.completionPct)),
        metrics,
      };
    })
    .sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || a.unitName.localeCompare(b.unitName))
    .map((u, i) => ({ ...u, rank: i + 1 }));
  const zoneTarget = targetRows.reduce<Tally>(plus, empty());
  const zoneActual = [...tally.values()].reduce<Tally>(plus, empty());
  return {
    zoneId,
    year: q.year,
    month,
    schedulePct: schedulePct(month),
    units: ranked,
    zone: { metrics: metricsOf(targetRows.length > 0 ? zoneTarget : null, zoneActual, month) },
    monthly: monthly.map((m, i) => ({
      month: i + 1,
      signedProjects: m.signedProjects,
      signedAmountYuan: m.signedAmountYuan,
      fundsInPlaceYuan: m.fundsInPlaceYuan,
      startedProjects: m.startedProjects,
    })),
  };
}
