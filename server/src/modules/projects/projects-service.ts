/** Key projects: list with the figures leaders read, detail, create, edit, and the lifecycle. */

import type { projectInput, projectQuery, projectUpdate, transitionInput } from "@zoneos/core/project-api";
import { MILESTONE_TEMPLATES, tierOf } from "@zoneos/core/project-api";
import { assessHealth, type HealthLevel } from "@zoneos/core/project-health";
import {
  checkTransition,
  isUnderway,
  PROJECT_STAGES,
  type ProjectStage,
  type TransitionRefusal,
} from "@zoneos/core/project-lifecycle";
import { and, asc, desc, eq, inArray, isNull, like, or, type SQL, type SQLWrapper, sql } from "drizzle-orm";
import type { z } from "zod";
import { audit } from "../../platform/audit.js";
import { requirePermission, type ServiceContext } from "../../platform/context.js";
import { conflict, invalid, notFound } from "../../platform/errors.js";
import type { MessageKey } from "../../platform/messages.js";
import { likePattern, offsetOf, pageResult } from "../../platform/pagination.js";
import { assertZoneWritable } from "../../platform/zone-access.js";
import { getEnterprise } from "../enterprises/enterprises-service.js";
import { enterprises } from "../enterprises/tables.js";
import { units, users, zones } from "../platform/tables.js";
import { projectScope } from "./access.js";
import { rulesByZone } from "./health-rules-service.js";
import { annualPlans, milestones, monthlyInvestments, projects, transitions, weeklyReports } from "./tables.js";

const projectView = {
  id: projects.id,
  zoneId: projects.zoneId,
  zoneName: zones.name,
  code: projects.code,
  name: projects.name,
  enterpriseId: projects.enterpriseId,
  enterpriseName: enterprises.name,
  leadUnitId: projects.leadUnitId,
  leadUnitName: units.name,
  category: projects.category,
  constructionType: projects.constructionType,
  levelTags: projects.levelTags,
  tier: projects.tier,
  industryCode: projects.industryCode,
  totalInvestmentYuan: projects.totalInvestmentYuan,
  landMu: projects.landMu,
  buildingAreaM2: projects.buildingAreaM2,
  content: projects.content,
  plannedStartOn: projects.plannedStartOn,
  plannedCompletionOn: projects.plannedCompletionOn,
  actualStartOn: projects.actualStartOn,
  actualCompletionOn: projects.actualCompletionOn,
  productionOn: projects.productionOn,
  expectedOutputYuan: projects.expectedOutputYuan,
  expectedTaxYuan: projects.expectedTaxYuan,
  expectedJobs: projects.expectedJobs,
  lat: projects.lat,
  lng: projects.lng,
  stage: projects.stage,
  pausedFrom: projects.pausedFrom,
  leaderName: projects.leaderName,
  team: projects.team,
  servicePlan: projects.servicePlan,
  version: projects.version,
};

function selectProjects(ctx: ServiceContext) {
  return ctx.db
    .select(projectView)
    .from(projects)
    .innerJoin(zones, eq(zones.id, projects.zoneId))
    .leftJoin(enterprises, eq(enterprises.id, projects.enterpriseId))
    .leftJoin(units, eq(units.id, projects.leadUnitId));
}

type ProjectRow = Awaited<ReturnType<ReturnType<typeof selectProjects>["where"]>>[number];

interface HealthSubject {
  id: string;
  zoneId: string;
  stage: ProjectStage;
}

const byProject = <T extends { projectId: string }>(rows: T[]) => {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(r.projectId);
    if (list) list.push(r);
    else out.set(r.projectId, [r]);
  }
  return out;
};

/**
 * Year-to-date and since-start investment, the year's plan and the health (by each zone's rules) of a set of
 * projects, in 5 queries. `ids` names the set: the page's ids, or the whole filtered list as a subquery.
 */
async function figuresOf(ctx: ServiceContext, subjects: HealthSubject[], ids: string[] | SQLWrapper) {
  const out = new Map<
    string,
    {
      ytdInvestmentYuan: string;
      sinceStartInvestmentYuan: string;
      annualPlanYuan: string | null;
      health: ReturnType<typeof assessHealth>;
    }
  >();
  if (subjects.length === 0) return out;
  const today = ctx.now.toISOString().slice(0, 10);
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const [sums, plans, open, reports, rules] = await Promise.all([
    ctx.db
      .select({
        projectId: monthlyInvestments.projectId,
        ytd: sql<string>`coalesce(sum(${monthlyInvestments.amountYuan}) filter (where ${monthlyInvestments.month} >= ${`${year}-01-01`}), 0)::text`,
        sinceStart: sql<string>`coalesce(sum(${monthlyInvestments.amountYuan}), 0)::text`,
      })
      .from(monthlyInvestments)
      .where(inArray(monthlyInvestments.projectId, ids))
      .groupBy(monthlyInvestments.projectId),
    ctx.db
      .select({ projectId: annualPlans.projectId, plannedYuan: annualPlans.plannedYuan })
      .from(annualPlans)
      .where(and(inArray(annualPlans.projectId, ids), eq(annualPlans.year, year))),
    ctx.db
      .select({ projectId: milestones.projectId, name: milestones.name, plannedOn: milestones.plannedOn })
      .from(milestones)
      .where(and(inArray(milestones.projectId, ids), isNull(milestones.actualOn))),
    ctx.db
      .select({ projectId: weeklyReports.projectId, last: sql<string>`max(${weeklyReports.weekOf})::text` })
      .from(weeklyReports)
      .where(inArray(weeklyReports.projectId, ids))
      .groupBy(weeklyReports.projectId),
    rulesByZone(
      ctx.db,
      subjects.map((r) => r.zoneId),
    ),
  ]);
  const sumOf = new Map(sums.map((x) => [x.projectId, x]));
  const planOf = new Map(plans.map((x) => [x.projectId, x.plannedYuan]));
  const openOf = byProject(open);
  const lastOf = new Map(reports.map((x) => [x.projectId, x.last]));
  for (const r of subjects) {
    const sum = sumOf.get(r.id);
    const plan = planOf.get(r.id) ?? null;
    const ytd = sum?.ytd ?? "0";
    const underway = isUnderway(r.stage);
    const health = assessHealth(
      {
        today,
        openMilestones: (openOf.get(r.id) ?? [])
          .filter((m) => m.plannedOn)
          .map((m) => ({ name: m.name, plannedOn: m.plannedOn as string })),
        investment: underway ? { ytd, annualPlan: plan, month } : null,
        lastReportOn: lastOf.get(r.id) ?? null,
        // Projects under construction are reported on weekly; before and after, silence is no sign.
        expectsReports: underway,
      },
      rules.get(r.zoneId),
    );
    out.set(r.id, {
      ytdInvestmentYuan: ytd,
      sinceStartInvestmentYuan: sum?.sinceStart ?? "0",
      annualPlanYuan: plan,
      health,
    });
  }
  return out;
}

async function withFigures(ctx: ServiceContext, rows: ProjectRow[]) {
  const figures = await figuresOf(
    ctx,
    rows,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ ...r, ...(figures.get(r.id) as NonNullable<ReturnType<typeof figures.get>>) }));
}

/** Exact sum of NUMERIC(…, 2) amounts given as text: money is never summed as floats. */
function sumYuan(values: string[]): string {
  let cents = 0n;
  for (const v of values) {
    const [whole = "0", fraction = ""] = v.split(".");
    cents += BigInt(whole) * 100n + BigInt(`${fraction}00`.slice(0, 2));
  }
  return `${cents / 100n}.${String(cents % 100n).padStart(2, "0")}`;
}

function filters(ctx: ServiceContext, q: z.infer<typeof projectQuery>): SQL[] {
  const where: SQL[] = [projectScope(ctx)];
  if (q.q) {
    const text = or(like(projects.name, likePattern(q.q)), like(projects.code, likePattern(q.q)));
    if (text) where.push(text);
  }
  if (q.zoneId) where.push(eq(projects.zoneId, q.zoneId));
  if (q.stage) where.push(eq(projects.stage, q.stage));
  if (q.tier) where.push(eq(projects.tier, q.tier));
  if (q.category) where.push(eq(projects.category, q.category));
  if (q.constructionType) where.push(eq(projects.constructionType, q.constructionType));
  if (q.leadUnitId) where.push(eq(projects.leadUnitId, q.leadUnitId));
  if (q.enterpriseId) where.push(eq(projects.enterpriseId, q.enterpriseId));
  if (q.level) where.push(sql`${q.level} = any(${projects.levelTags})`);
  if (q.mine)
    where.push(
      sql`exists (select 1 from project_members m where m.project_id = ${projects.id} and m.user_id = ${ctx.actor.userId})`,
    );
  return where;
}

/** Above this many filtered projects, the health totals are judged only when asked for (`healthTotals`). */
const HEALTH_TOTALS_BOUND = 2000;

function orderOf(q: z.infer<typeof projectQuery>) {
  const column = {
    code: projects.code,
    name: projects.name,
    totalInvestmentYuan: projects.totalInvestmentYuan,
    plannedStartOn: projects.plannedStartOn,
  }[q.sort];
  return [q.order === "desc" ? desc(column) : asc(column), asc(projects.id)];
}

/** The page's rows in the given order, each with its figures. */
async function pageItems(ctx: ServiceContext, pageIds: string[], figures: Awaited<ReturnType<typeof figuresOf>>) {
  const rows = pageIds.length === 0 ? [] : await selectProjects(ctx).where(inArray(projects.id, pageIds));
  const rowOf = new Map(rows.map((r) => [r.id, r]));
  return pageIds.flatMap((id) => {
    const row = rowOf.get(id);
    const f = figures.get(id);
    return row && f ? [{ ...row, ...f }] : [];
  });
}

/**
 * The filtered list, a page of it, and totals by stage and by health over the whole filtered set. Without a
 * health filter the page is taken in SQL and only its rows are judged; stage totals are one GROUP BY. Health
 * is judged in code (core assessHealth, each zone's rules), so its totals need every filtered project's
 * figures: they are given when asked for or when the set is small, else `byHealth` is null.
 */
export async function listProjects(ctx: ServiceContext, q: z.infer<typeof projectQuery>) {
  requirePermission(ctx.actor, "projects:read");
  if (q.health) return listByHealth(ctx, q, q.health);
  const where = and(...filters(ctx, q));
  const [stageRows, page] = await Promise.all([
    ctx.db
      .select({
        stage: projects.stage,
        count: sql<number>`count(*)::int`,
        totalInvestmentYuan: sql<string>`sum(${projects.totalInvestmentYuan})::text`,
      })
      .from(projects)
      .where(where)
      .groupBy(projects.stage),
    ctx.db
      .select({ id: projects.id, zoneId: projects.zoneId, stage: projects.stage })
      .from(projects)
      .where(where)
      .orderBy(...orderOf(q))
      .limit(q.pageSize)
      .offset(offsetOf(q)),
  ]);
  const count = stageRows.reduce((n, r) => n + r.count, 0);
  const judgeAll = q.healthTotals ? q.healthTotals === "true" : count <= HEALTH_TOTALS_BOUND;
  let byHealth: Record<HealthLevel, number> | null = null;
  let figures: Awaited<ReturnType<typeof figuresOf>>;
  if (judgeAll) {
    const subjects = await ctx.db
      .select({ id: projects.id, zoneId: projects.zoneId, stage: projects.stage })
      .from(projects)
      .where(where);
    figures = await figuresOf(ctx, subjects, ctx.db.select({ id: projects.id }).from(projects).where(where));
    byHealth = { normal: 0, lagging: 0, severe: 0 };
    for (const f of figures.values()) byHealth[f.health.level]++;
  } else {
    figures = await figuresOf(
      ctx,
      page,
      page.map((r) => r.id),
    );
  }
  const stageOf = new Map(stageRows.map((r) => [r.stage, r]));
  const totals = {
    count,
    totalInvestmentYuan: sumYuan(stageRows.map((r) => r.totalInvestmentYuan)),
    byStage: PROJECT_STAGES.flatMap((stage) => {
      const r = stageOf.get(stage);
      return r ? [{ stage, count: r.count, totalInvestmentYuan: sumYuan([r.totalInvestmentYuan]) }] : [];
    }),
    byHealth,
  };
  const items = await pageItems(
    ctx,
    page.map((r) => r.id),
    figures,
  );
  return { ...pageResult(items, count, q), totals };
}

/**
 * With a health filter every filtered project is judged before the filter and the page apply: health is
 * judged in code, so the kept set is known only after reading the figures of the whole filtered set.
 */
async function listByHealth(ctx: ServiceContext, q: z.infer<typeof projectQuery>, health: HealthLevel) {
  const where = and(...filters(ctx, q));
  const subjects = await ctx.db
    .select({
      id: projects.id,
      zoneId: projects.zoneId,
      stage: projects.stage,
      totalInvestmentYuan: projects.totalInvestmentYuan,
    })
    .from(projects)
    .where(where)
    .orderBy(...orderOf(q));
  const figures = await figuresOf(ctx, subjects, ctx.db.select({ id: projects.id }).from(projects).where(where));
  const kept = subjects.filter((s) => (figures.get(s.id)?.health.level ?? "normal") === health);

  const byHealth: Record<HealthLevel, number> = { normal: 0, lagging: 0, severe: 0 };
  byHealth[health] = kept.length;
  const stageSums = new Map<ProjectStage, string[]>();
  for (const s of kept) {
    const sums = stageSums.get(s.stage);
    if (sums) sums.push(s.totalInvestmentYuan);
    else stageSums.set(s.stage, [s.totalInvestmentYuan]);
  }
  const totals = {
    count: kept.length,
    totalInvestmentYuan: sumYuan(kept.map((s) => s.totalInvestmentYuan)),
    byStage: PROJECT_STAGES.filter((stage) => stageSums.has(stage)).map((stage) => ({
      stage,
      count: stageSums.get(stage)?.length ?? 0,
      totalInvestmentYuan: sumYuan(stageSums.get(stage) ?? []),
    })),
    byHealth: byHealth as Record<HealthLevel, number> | null,
  };
  const pageIds = kept.slice(offsetOf(q), offsetOf(q) + q.pageSize).map((s) => s.id);
  const items = await pageItems(ctx, pageIds, figures);
  return { ...pageResult(items, kept.length, q), totals };
}

export async function getProject(ctx: ServiceContext, id: string) {
  requirePermission(ctx.actor, "projects:read");
  const [row] = await selectProjects(ctx).where(and(eq(projects.id, id), projectScope(ctx)));
  if (!row) throw notFound();
  const [withNumbers] = await withFigures(ctx, [row]);
  return withNumbers as NonNullable<typeof withNumbers>;
}

async function assertReferences(ctx: ServiceContext, zoneId: string, input: Partial<z.infer<typeof projectInput>>) {
  if (input.enterpriseId) {
    const e = await getEnterprise(ctx, input.enterpriseId).catch(() => null);
    if (e?.zoneId !== zoneId) throw invalid([{ field: "enterpriseId", key: "notFound" }]);
  }
  if (input.leadUnitId) {
    const [u] = await ctx.db.select({ zoneId: units.zoneId }).from(units).where(eq(units.id, input.leadUnitId));
    if (u?.zoneId !== zoneId) throw invalid([{ field: "leadUnitId", key: "unitNotInZone" }]);
  }
  if (input.plannedStartOn && input.plannedCompletionOn && input.plannedCompletionOn < input.plannedStartOn)
    throw invalid([{ field: "plannedCompletionOn", key: "endBeforeStart" }]);
}

export async function createProject(ctx: ServiceContext, input: z.infer<typeof projectInput>) {
  requirePermission(ctx.actor, "projects:write");
  await assertZoneWritable(ctx, input.zoneId);
  await assertReferences(ctx, input.zoneId, input);
  const [dup] = await ctx.db
    .select({ id: projects.id })
    .from(projects)
    .where(and(eq(projects.zoneId, input.zoneId), eq(projects.code, input.code)));
  if (dup) throw invalid([{ field: "code", key: "duplicate" }]);
  const id = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(projects)
      .values({ ...input, tier: tierOf(input.totalInvestmentYuan) })
      .returning();
    if (!row) throw new Error("insert returned nothing");
    // Milestones start from the category's template; planned dates are set by the project's team.
    await tx.insert(milestones).values(
      MILESTONE_TEMPLATES[input.category].map((name, sort) => ({
        zoneId: input.zoneId,
        projectId: row.id,
        name,
        sort,
      })),
    );
    await audit(tx, ctx, { entity: "project", entityId: row.id, action: "create", zoneId: input.zoneId, after: row });
    return row.id;
  });
  return getProject(ctx, id);
}

export async function writableProject(ctx: ServiceContext, id: string) {
  requirePermission(ctx.actor, "projects:write");
  const project = await getProject(ctx, id);
  await assertZoneWritable(ctx, project.zoneId);
  return project;
}

export async function updateProject(ctx: ServiceContext, id: string, input: z.infer<typeof projectUpdate>) {
  const current = await writableProject(ctx, id);
  const { version, ...changes } = input;
  await assertReferences(ctx, current.zoneId, {
    plannedStartOn: current.plannedStartOn,
    plannedCompletionOn: current.plannedCompletionOn,
    ...changes,
  });
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(projects).where(eq(projects.id, id));
    const tier = changes.totalInvestmentYuan ? tierOf(changes.totalInvestmentYuan) : before?.tier;
    const [after] = await tx
      .update(projects)
      .set({ ...changes, tier, version: sql`${projects.version} + 1`, updatedAt: ctx.now })
      .where(and(eq(projects.id, id), eq(projects.version, version)))
      .returning();
    if (!after) throw conflict();
    await audit(tx, ctx, { entity: "project", entityId: id, action: "update", zoneId: current.zoneId, before, after });
  });
  return getProject(ctx, id);
}

const REFUSAL_MESSAGES: Record<TransitionRefusal, MessageKey> = {
  notAllowed: "transitionNotAllowed",
  needsDate: "transitionNeedsDate",
  needsPermitOrTolerance: "transitionNeedsPermitOrTolerance",
  needsReason: "transitionNeedsReason",
  dateInFuture: "transitionDateInFuture",
  terminal: "transitionTerminal",
};

/** Moves a project along its lifecycle; the same rule the web shows decides, and the step is kept as history. */
export async function transitionProject(ctx: ServiceContext, id: string, input: z.infer<typeof transitionInput>) {
  const current = await writableProject(ctx, id);
  const today = ctx.now.toISOString().slice(0, 10);
  const check = checkTransition(current.stage, input.to, input, today, current.pausedFrom);
  if (!check.ok) throw invalid([{ field: check.field ?? "to", key: REFUSAL_MESSAGES[check.refusal ?? "notAllowed"] }]);
  const dates: Partial<typeof projects.$inferInsert> = {};
  if (input.to === "started") dates.actualStartOn = input.date;
  if (input.to === "completed") dates.actualCompletionOn = input.date;
  if (input.to === "production") dates.productionOn = input.date;
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(projects).where(eq(projects.id, id));
    const [after] = await tx
      .update(projects)
      .set({
        ...dates,
        stage: input.to,
        pausedFrom: input.to === "paused" ? current.stage : null,
        version: sql`${projects.version} + 1`,
        updatedAt: ctx.now,
      })
      .where(and(eq(projects.id, id), eq(projects.version, input.version)))
      .returning();
    if (!after) throw conflict();
    await tx.insert(transitions).values({
      zoneId: current.zoneId,
      projectId: id,
      fromStage: current.stage,
      toStage: input.to,
      happenedOn: input.date,
      permitNo: input.permitNo,
      toleranceNote: input.toleranceNote,
      reason: input.reason,
      actorId: ctx.actor.userId,
      at: ctx.now,
    });
    await audit(tx, ctx, {
      entity: "project",
      entityId: id,
      action: "transition",
      zoneId: current.zoneId,
      before,
      after,
    });
  });
  return getProject(ctx, id);
}

/** The lifecycle steps, each with who recorded it (the name, not only the id). */
export async function projectHistory(ctx: ServiceContext, id: string) {
  await getProject(ctx, id);
  const rows = await ctx.db
    .select({ transition: transitions, actorName: users.name })
    .from(transitions)
    .leftJoin(users, eq(users.id, transitions.actorId))
    .where(eq(transitions.projectId, id))
    .orderBy(asc(transitions.at));
  return rows.map((r) => ({ ...r.transition, actorName: r.actorName }));
}
