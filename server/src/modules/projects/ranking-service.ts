/**
 * 比学赶超: 赛区, the zone's ranking weights, 点评 / 观摩 inspections and the monthly ranking of units or 赛区.
 * Money is summed in SQL NUMERIC; the scoring itself is core/project-ranking (pure, documented).
 */

import type { HealthLevel } from "@zoneos/core/project-health";
import {
  BOTTOM_LOOKBACK_MONTHS,
  compositeScore,
  DEFAULT_RANKING_WEIGHTS,
  ESCALATE_AFTER_MONTHS,
  type InspectionScore,
  type inspectionInput,
  inspectionScore,
  type inspectionScoresInput,
  listSize,
  metricScores,
  monthsBack,
  type RankingFacts,
  type raceGroupInput,
  type rankingConfigInput,
  rankWithTies,
} from "@zoneos/core/project-ranking";
import { and, asc, desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { z } from "zod";
import { audit } from "../../platform/audit.js";
import { requirePermission, type ServiceContext } from "../../platform/context.js";
import { conflict, invalid, notFound } from "../../platform/errors.js";
import { zoneScope } from "../../platform/scope.js";
import { assertZoneWritable } from "../../platform/zone-access.js";
import { units, zones } from "../platform/tables.js";
import { blackList } from "./bulletins-health.js";
import { bulletinPeriod } from "./bulletins-period.js";
import { inspectionScores, inspections, raceGroups, raceGroupUnits, rankingConfigs } from "./ranking-tables.js";
import { projects } from "./tables.js";

async function writableZone(ctx: ServiceContext, zoneId: string) {
  requirePermission(ctx.actor, "projects:write");
  await assertZoneWritable(ctx, zoneId);
}

/** Reading a zone's rankings: projects:read and the zone in scope (404 otherwise). */
async function readableZone(ctx: ServiceContext, zoneId: string) {
  requirePermission(ctx.actor, "projects:read");
  const [zone] = await ctx.db
    .select({ id: zones.id })
    .from(zones)
    .where(and(eq(zones.id, zoneId), zoneScope(ctx.actor, zones.id)));
  if (!zone) throw notFound();
}

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

// ── 赛区 ──

export async function listRaceGroups(ctx: ServiceContext, zoneId?: string) {
  requirePermission(ctx.actor, "projects:read");
  const groups = await ctx.db
    .select()
    .from(raceGroups)
    .where(and(zoneScope(ctx.actor, raceGroups.zoneId), zoneId ? eq(raceGroups.zoneId, zoneId) : undefined))
    .orderBy(asc(raceGroups.sort), asc(raceGroups.name))
    .limit(200);
  if (groups.length === 0) return [];
  const members = await ctx.db
    .select({ groupId: raceGroupUnits.groupId, unitId: units.id, unitName: units.name })
    .from(raceGroupUnits)
    .innerJoin(units, eq(units.id, raceGroupUnits.unitId))
    .where(
      inArray(
        raceGroupUnits.groupId,
        groups.map((g) => g.id),
      ),
    )
    .orderBy(asc(units.sort));
  return groups.map((g) => ({
    ...g,
    units: members.filter((m) => m.groupId === g.id).map((m) => ({ id: m.unitId, name: m.unitName })),
  }));
}

async function getRaceGroup(ctx: ServiceContext, id: string) {
  const [group] = (await listRaceGroups(ctx)).filter((g) => g.id === id);
  if (!group) throw notFound();
  return group;
}

export async function createRaceGroup(ctx: ServiceContext, input: z.infer<typeof raceGroupInput>) {
  await writableZone(ctx, input.zoneId);
  const [dup] = await ctx.db
    .select({ id: raceGroups.id })
    .from(raceGroups)
    .where(and(eq(raceGroups.zoneId, input.zoneId), eq(raceGroups.name, input.name)));
  if (dup) throw invalid([{ field: "name", key: "duplicate" }]);
  const id = await ctx.db.transaction(async (tx) => {
    const [row] = await tx.insert(raceGroups).values(input).returning();
    if (!row) throw new Error("insert returned nothing");
    await audit(tx, ctx, { entity: "raceGroup", entityId: row.id, action: "create", zoneId: input.zoneId, after: row });
    return row.id;
  });
  return getRaceGroup(ctx, id);
}

/** Replaces a 赛区's units; every unit must belong to the group's zone. */
export async function setRaceGroupUnits(ctx: ServiceContext, id: string, unitIds: string[]) {
  const group = await getRaceGroup(ctx, id);
  await writableZone(ctx, group.zoneId);
  const wanted = [...new Set(unitIds)];
  const inZone =
    wanted.length === 0
      ? []
      : await ctx.db
          .select({ id: units.id })
          .from(units)
          .where(and(eq(units.zoneId, group.zoneId), inArray(units.id, wanted)));
  if (inZone.length !== wanted.length) throw invalid([{ field: "unitIds", key: "unitNotInZone" }]);
  await ctx.db.transaction(async (tx) => {
    await tx.delete(raceGroupUnits).where(eq(raceGroupUnits.groupId, id));
    if (wanted.length > 0) await tx.insert(raceGroupUnits).values(wanted.map((unitId) => ({ groupId: id, unitId })));
    await audit(tx, ctx, {
      entity: "raceGroup",
      entityId: id,
      action: "units",
      zoneId: group.zoneId,
      before: { unitIds: group.units.map((u) => u.id) },
      after: { unitIds: wanted },
    });
  });
  return getRaceGroup(ctx, id);
}

// ── Weights ──

export async function getRankingConfig(ctx: ServiceContext, zoneId: string) {
  await readableZone(ctx, zoneId);
  const [row] = await ctx.db.select().from(rankingConfigs).where(eq(rankingConfigs.zoneId, zoneId));
  return row
    ? { zoneId, weights: row.weights, version: row.version, isDefault: false }
    : { zoneId, weights: DEFAULT_RANKING_WEIGHTS, version: 0, isDefault: true };
}

/** Saves the weights; `version` is the one read (0 for the defaults), a stale one answers 409. */
export async function saveRankingConfig(
  ctx: ServiceContext,
  zoneId: string,
  input: z.infer<typeof rankingConfigInput>,
) {
  await writableZone(ctx, zoneId);
  const before = await getRankingConfig(ctx, zoneId);
  await ctx.db.transaction(async (tx) => {
    const [after] =
      input.version === 0
        ? await tx
            .insert(rankingConfigs)
            .values({ zoneId, weights: input.weights, updatedBy: ctx.actor.userId, updatedAt: ctx.now })
            .onConflictDoNothing()
            .returning()
        : await tx
            .update(rankingConfigs)
            .set({
              weights: input.weights,
              version: sql`${rankingConfigs.version} + 1`,
              updatedBy: ctx.actor.userId,
              updatedAt: ctx.now,
            })
            .where(and(eq(rankingConfigs.zoneId, zoneId), eq(rankingConfigs.version, input.version)))
            .returning();
    if (!after) throw conflict();
    await audit(tx, ctx, {
      entity: "rankingConfig",
      entityId: zoneId,
      action: "update",
      zoneId,
      before: { weights: before.weights },
      after: { weights: after.weights },
    });
  });
  return getRankingConfig(ctx, zoneId);
}

// ── Inspections ──

export async function listInspections(ctx: ServiceContext, zoneId?: string) {
  requirePermission(ctx.actor, "projects:read");
  return ctx.db
    .select()
    .from(inspections)
    .where(and(zoneScope(ctx.actor, inspections.zoneId), zoneId ? eq(inspections.zoneId, zoneId) : undefined))
    .orderBy(desc(inspections.heldOn))
    .limit(200);
}

export async function getInspection(ctx: ServiceContext, id: string) {
  requirePermission(ctx.actor, "projects:read");
  const [row] = await ctx.db
    .select()
    .from(inspections)
    .where(and(eq(inspections.id, id), zoneScope(ctx.actor, inspections.zoneId)));
  if (!row) throw notFound();
  return row;
}

export async function createInspection(ctx: ServiceContext, input: z.infer<typeof inspectionInput>) {
  await writableZone(ctx, input.zoneId);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(inspections)
      .values({ ...input, status: "open", createdBy: ctx.actor.userId })
      .returning();
    if (!row) throw new Error("insert returned nothing");
    await audit(tx, ctx, {
      entity: "inspection",
      entityId: row.id,
      action: "create",
      zoneId: input.zoneId,
      after: row,
    });
    return row;
  });
}

/** A judge (any projects:write user of the zone) scores one project; re-scoring replaces the judge's marks. */
export async function scoreProject(ctx: ServiceContext, id: string, input: z.infer<typeof inspectionScoresInput>) {
  const inspection = await getInspection(ctx, id);
  await writableZone(ctx, inspection.zoneId);
  // A closed inspection's results are final; the field is named so the judge sees why.
  if (inspection.status !== "open") throw invalid([{ field: "status", key: "transitionNotAllowed" }]);
  const [project] = await ctx.db
    .select({ id: projects.id })
    .from(projects)
    .where(and(eq(projects.id, input.projectId), eq(projects.zoneId, inspection.zoneId)));
  if (!project) throw invalid([{ field: "projectId", key: "notFound" }]);
  const known = new Set(inspection.criteria.map((c) => c.key));
  const entries = Object.entries(input.scores);
  const unknown = entries.filter(([k]) => !known.has(k));
  if (entries.length === 0 || unknown.length > 0)
    throw invalid(
      unknown.length > 0
        ? unknown.map(([k]) => ({ field: `scores.${k}`, key: "notFound" as const }))
        : [{ field: "scores", key: "notFound" }],
    );
  const rows = entries.map(([criterion, score]) => ({
    inspectionId: id,
    projectId: input.projectId,
    judgeId: ctx.actor.userId,
    criterion,
    score: String(score),
    scoredAt: ctx.now,
  }));
  await ctx.db.transaction(async (tx) => {
    await tx
      .insert(inspectionScores)
      .values(rows)
      .onConflictDoUpdate({
        target: [
          inspectionScores.inspectionId,
          inspectionScores.projectId,
          inspectionScores.judgeId,
          inspectionScores.criterion,
        ],
        set: { score: sql`excluded.score`, scoredAt: sql`excluded.scored_at` },
      });
    await audit(tx, ctx, {
      entity: "inspection",
      entityId: id,
      action: "score",
      zoneId: inspection.zoneId,
      after: { projectId: input.projectId, scores: input.scores },
    });
  });
  return inspectionResults(ctx, id);
}

export async function closeInspection(ctx: ServiceContext, id: string) {
  const inspection = await getInspection(ctx, id);
  await writableZone(ctx, inspection.zoneId);
  if (inspection.status !== "open") throw invalid([{ field: "status", key: "transitionNotAllowed" }]);
  return ctx.db.transaction(async (tx) => {
    const [after] = await tx
      .update(inspections)
      .set({ status: "closed" })
      .where(and(eq(inspections.id, id), eq(inspections.status, "open")))
      .returning();
    if (!after) throw conflict();
    await audit(tx, ctx, {
      entity: "inspection",
      entityId: id,
      action: "close",
      zoneId: inspection.zoneId,
      before: inspection,
      after,
    });
    return after;
  });
}

async function scoresOf(ctx: ServiceContext, inspectionId: string, where?: SQL) {
  return ctx.db
    .select({
      projectId: inspectionScores.projectId,
      judgeId: inspectionScores.judgeId,
      criterion: inspectionScores.criterion,
      score: sql<number>`${inspectionScores.score}::float8`,
    })
    .from(inspectionScores)
    .where(and(eq(inspectionScores.inspectionId, inspectionId), where));
}

function groupBy<T>(rows: T[], keyOf: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) out.set(keyOf(r), [...(out.get(keyOf(r)) ?? []), r]);
  return out;
}

/** Per project: the weighted average across judges and criteria, ranked (ties share a rank). */
export async function inspectionResults(ctx: ServiceContext, id: string) {
  const inspection = await getInspection(ctx, id);
  const scores = await scoresOf(ctx, id);
  const names = await ctx.db
    .select({ id: projects.id, name: projects.name })
    .from(projects)
    .where(inArray(projects.id, [...new Set(scores.map((s) => s.projectId)), "00000000-0000-0000-0000-000000000000"]));
  const perProject = [...groupBy(scores, (s) => s.projectId)].map(([projectId, given]) => ({
    projectId,
    projectName: names.find((n) => n.id === projectId)?.name ?? "",
    judges: new Set(given.map((g) => g.judgeId)).size,
    score: inspectionScore(inspection.criteria, given),
  }));
  const ranks = rankWithTies(perProject.map((p) => p.score));
  const results = perProject
    .map((p, i) => ({ ...p, rank: ranks[i]?.rank ?? null }))
    .sort((a, b) => (a.rank ?? 1e9) - (b.rank ?? 1e9) || a.projectName.localeCompare(b.projectName));
  return { inspection, results };
}

// ── Rankings ──

export type RankingBy = "unit" | "group";

/** How projects map to ranked entities: their lead unit, or the 赛区 that unit belongs to. */
function entityJoin(by: RankingBy, zoneId: string): SQL {
  return by === "unit"
    ? sql`join units e on e.id = pp.unit_id`
    : sql`join project_race_group_units gu on gu.unit_id = pp.unit_id
          join project_race_groups e on e.id = gu.group_id and e.zone_id = ${zoneId}`;
}

interface FactsRow {
  entityId: string;
  name: string;
  projects: number;
  ytdYuan: string;
  planYuan: string;
  newStarts: number;
  milestonesDue: number;
  milestonesOnTime: number;
  problemsDue: number;
  problemsResolved: number;
}

/** The raw facts per entity for Jan..month: investment, starts, milestones due, problems due. */
async function entityFacts(ctx: ServiceContext, zoneId: string, month: string, by: RankingBy) {
  const year = Number(month.slice(0, 4));
  const from = `${year}-01-01`;
  const monthStart = `${month}-01`;
  const to = sql`(${monthStart}::date + interval '1 month' - interval '1 day')::date`;
  // Problems count by their current status: the table keeps no resolution date (audit log aside).
  const result = await ctx.db.execute(sql`
    with pp as (
      select p.id, p.lead_unit_id as unit_id,
        (select coalesce(sum(i.amount_yuan), 0) from project_investments i
          where i.project_id = p.id and i.month between ${from}::date and ${monthStart}::date) as ytd,
        (select coalesce(sum(a.planned_yuan), 0) from project_annual_plans a
          where a.project_id = p.id and a.year = ${year}) as plan,
        (p.actual_start_on between ${from}::date and ${to}) as started,
        (select count(*) from project_milestones m
          where m.project_id = p.id and m.planned_on between ${from}::date and ${to}) as ms_due,
        (select count(*) from project_milestones m
          where m.project_id = p.id and m.planned_on between ${from}::date and ${to}
            and m.actual_on is not null and m.actual_on <= m.planned_on) as ms_on_time,
        (select count(*) from project_problems q
          where q.project_id = p.id and q.deadline between ${from}::date and ${to}) as pr_due,
        (select count(*) from project_problems q
          where q.project_id = p.id and q.deadline between ${from}::date and ${to}
            and q.status in ('resolved', 'confirmed')) as pr_done
      from projects p
      where p.zone_id = ${zoneId} and p.stage <> 'terminated' and p.lead_unit_id is not null
    )
    select e.id as "entityId", e.name as "name", count(*)::int as "projects",
      sum(pp.ytd)::text as "ytdYuan", sum(pp.plan)::text as "planYuan",
      (count(*) filter (where pp.started))::int as "newStarts",
      sum(pp.ms_due)::int as "milestonesDue", sum(pp.ms_on_time)::int as "milestonesOnTime",
      sum(pp.pr_due)::int as "problemsDue", sum(pp.pr_done)::int as "problemsResolved"
    from pp ${entityJoin(by, zoneId)}
    group by e.id, e.name`);
  return rowsOf<FactsRow>(result);
}

/** Mean inspection score per entity, from the latest closed inspection held by the period's end. */
async function entityInspection(ctx: ServiceContext, zoneId: string, month: string, by: RankingBy) {
  const end = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);
  const [latest] = await ctx.db
    .select()
    .from(inspections)
    .where(
      and(eq(inspections.zoneId, zoneId), eq(inspections.status, "closed"), sql`${inspections.heldOn} <= ${end}::date`),
    )
    .orderBy(desc(inspections.heldOn), desc(inspections.id))
    .limit(1);
  const out = new Map<string, number>();
  if (!latest) return out;
  const result = await ctx.db.execute(sql`
    select e.id as "entityId", s.project_id as "projectId", s.judge_id as "judgeId", s.criterion,
      s.score::float8 as score
    from project_inspection_scores s
    join (select id, lead_unit_id as unit_id from projects where stage <> 'terminated') pp on pp.id = s.project_id
    ${entityJoin(by, zoneId)}
    where s.inspection_id = ${latest.id}`);
  const rows = rowsOf<InspectionScore & { entityId: string; projectId: string }>(result);
  for (const [entityId, own] of groupBy(rows, (r) => r.entityId)) {
    const perProject = [...groupBy(own, (r) => r.projectId).values()]
      .map((given) => inspectionScore(latest.criteria, given))
      .filter((s): s is number => s !== null);
    if (perProject.length > 0) out.set(entityId, perProject.reduce((a, b) => a + b, 0) / perProject.length);
  }
  return out;
}

/** One month's ranking: metrics, composite, rank, and the 红榜 / 黑榜 markers. */
async function rankMonth(
  ctx: ServiceContext,
  zoneId: string,
  month: string,
  by: RankingBy,
  weights = DEFAULT_RANKING_WEIGHTS,
) {
  const facts = await entityFacts(ctx, zoneId, month, by);
  const inspection = await entityInspection(ctx, zoneId, month, by);
  if (by === "group") {
    // 赛区 without projects are listed, unranked.
    const groups = await ctx.db.select().from(raceGroups).where(eq(raceGroups.zoneId, zoneId));
    for (const g of groups)
      if (!facts.some((f) => f.entityId === g.id))
        facts.push({
          entityId: g.id,
          name: g.name,
          projects: 0,
          ytdYuan: "0",
          planYuan: "0",
          newStarts: 0,
          milestonesDue: 0,
          milestonesOnTime: 0,
          problemsDue: 0,
          problemsResolved: 0,
        });
  }
  const monthNo = Number(month.slice(5, 7));
  const best = Math.max(0, ...facts.map((f) => f.newStarts));
  const scored = facts.map((f) => {
    const all: FactsRow & RankingFacts = { ...f, inspection: inspection.get(f.entityId) ?? null };
    const metrics = metricScores(all, monthNo, best);
    return { ...all, metrics, score: f.projects > 0 ? compositeScore(metrics, weights) : null };
  });
  const ranks = rankWithTies(scored.map((s) => s.score));
  const size = listSize(ranks.filter((r) => r.rank !== null).length);
  return scored
    .map((s, i) => {
      const { rank, fromBottom } = ranks[i] ?? { rank: null, fromBottom: null };
      return {
        ...s,
        rank,
        redList: rank !== null && rank <= size,
        bottom: fromBottom !== null && fromBottom <= size,
      };
    })
    .sort((a, b) => (a.rank ?? 1e9) - (b.rank ?? 1e9) || a.name.localeCompare(b.name));
}

/**
 * GET /rankings: the month's ranking (period Jan..month), with how many consecutive months (up to
 * BOTTOM_LOOKBACK_MONTHS, this one included) each entity has been on the 黑榜, and whether to escalate.
 */
export async function rankings(ctx: ServiceContext, zoneId: string, month: string, by: RankingBy) {
  const { weights } = await getRankingConfig(ctx, zoneId);
  const current = await rankMonth(ctx, zoneId, month, by, weights);
  const earlier: Awaited<ReturnType<typeof rankMonth>>[] = [];
  for (let n = 1; n < BOTTOM_LOOKBACK_MONTHS; n++)
    earlier.push(await rankMonth(ctx, zoneId, monthsBack(month, n), by, weights));
  const lagging = await laggingByEntity(ctx, zoneId, month, by);
  const entries = current.map((e) => {
    let consecutiveBottom = 0;
    for (const ranking of [current, ...earlier]) {
      if (!ranking.find((r) => r.entityId === e.entityId)?.bottom) break;
      consecutiveBottom++;
    }
    const own = lagging.get(e.entityId) ?? [];
    return {
      ...e,
      consecutiveBottom,
      escalate: consecutiveBottom >= ESCALATE_AFTER_MONTHS,
      lagging: own.filter((p) => p.level === "lagging").length,
      severe: own.filter((p) => p.level === "severe").length,
      laggingProjects: own,
    };
  });
  return {
    zoneId,
    month,
    by,
    weights,
    entries,
    redList: entries.filter((e) => e.redList).map((e) => e.entityId),
    bottomList: entries.filter((e) => e.bottom).map((e) => e.entityId),
  };
}

/**
 * The entity's projects lagging at the month's end, by the zone's health rules (the bulletin's 黑榜), so a
 * low place on the ranking comes with the projects behind it and the reasons.
 */
async function laggingByEntity(ctx: ServiceContext, zoneId: string, month: string, by: RankingBy) {
  const lagging = await blackList(ctx.db, bulletinPeriod(zoneId, month, ctx.now));
  const groupsOf = new Map<string, string[]>();
  if (by === "group") {
    const links = await ctx.db
      .select({ unitId: raceGroupUnits.unitId, groupId: raceGroupUnits.groupId })
      .from(raceGroupUnits)
      .innerJoin(raceGroups, eq(raceGroups.id, raceGroupUnits.groupId))
      .where(eq(raceGroups.zoneId, zoneId));
    for (const l of links) groupsOf.set(l.unitId, [...(groupsOf.get(l.unitId) ?? []), l.groupId]);
  }
  const out = new Map<string, { projectId: string; name: string; level: HealthLevel; reasons: string[] }[]>();
  for (const p of lagging) {
    if (!p.leadUnitId) continue;
    const entities = by === "unit" ? [p.leadUnitId] : (groupsOf.get(p.leadUnitId) ?? []);
    const item = { projectId: p.projectId, name: p.name, level: p.level, reasons: p.reasons };
    for (const id of entities) out.set(id, [...(out.get(id) ?? []), item]);
  }
  return out;
}

/**
 * GET /rankings/trend: each month of the year up to `month`, every entity's composite score and rank, for the
 * trend chart. Each month is ranked as GET /rankings ranks it (Jan..that month, the zone's weights).
 */
export async function rankingTrend(ctx: ServiceContext, zoneId: string, month: string, by: RankingBy) {
  const { weights } = await getRankingConfig(ctx, zoneId);
  const months = Array.from(
    { length: Number(month.slice(5, 7)) },
    (_, i) => `${month.slice(0, 4)}-${String(i + 1).padStart(2, "0")}`,
  );
  const series = new Map<
    string,
    { entityId: string; name: string; points: { month: string; score: number | null; rank: number | null }[] }
  >();
  for (const m of months) {
    for (const e of await rankMonth(ctx, zoneId, m, by, weights)) {
      const line = series.get(e.entityId) ?? { entityId: e.entityId, name: e.name, points: [] };
      line.points.push({ month: m, score: e.score, rank: e.rank });
      series.set(e.entityId, line);
    }
  }
  // An entity absent in a month (no project yet) has no point there, so every line spans all months.
  const lines = [...series.values()].map((l) => ({
    ...l,
    points: months.map((m) => l.points.find((p) => p.month === m) ?? { month: m, score: null, rank: null }),
  }));
  return { zoneId, month, by, months, series: lines };
}
