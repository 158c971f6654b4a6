/**
 * 问题清单: problems raised on projects, handed to a responsible unit with a deadline, worked to 已确认,
 * escalated to a 会办 meeting when units cannot solve them alone; overdue ones feed the 约谈 list.
 */
import type { problemInput, problemMove, problemQuery } from "@zoneos/core/project-api";
import { problemMoves } from "@zoneos/core/project-problems";
import { and, asc, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { z } from "zod";
import { audit } from "../../platform/audit.js";
import { can, requirePermission, type ServiceContext } from "../../platform/context.js";
import { conflict, forbidden, invalid, notFound } from "../../platform/errors.js";
import { offsetOf, pageResult } from "../../platform/pagination.js";
import { units, zones } from "../platform/tables.js";
import { projectScope } from "./access.js";
import { getProject, writableProject } from "./projects-service.js";
import { problems, projects } from "./tables.js";

const problemView = {
  id: problems.id,
  zoneId: problems.zoneId,
  projectId: problems.projectId,
  projectName: projects.name,
  category: problems.category,
  description: problems.description,
  raisedOn: problems.raisedOn,
  responsibleUnitId: problems.responsibleUnitId,
  responsibleUnitName: units.name,
  responsibleUnitLeader: units.leaderName,
  responsiblePerson: problems.responsiblePerson,
  deadline: problems.deadline,
  status: problems.status,
  resolution: problems.resolution,
  escalated: problems.escalated,
  meetingId: problems.meetingId,
  version: problems.version,
};

function selectProblems(ctx: ServiceContext) {
  return ctx.db
    .select(problemView)
    .from(problems)
    .innerJoin(projects, eq(projects.id, problems.projectId))
    .leftJoin(units, eq(units.id, problems.responsibleUnitId));
}

/** Problems of projects the reader sees, plus those handed to the reader's unit. */
function problemScope(ctx: ServiceContext): SQL {
  const unit = ctx.actor.unitPath
    ? sql`${problems.responsibleUnitId} in (select id from units where path like ${`${ctx.actor.unitPath}%`})`
    : sql`false`;
  return sql`(${projectScope(ctx)} or ${unit})`;
}

type ProblemFilters = Omit<z.infer<typeof problemQuery>, "page" | "pageSize" | "order">;

function problemFilters(ctx: ServiceContext, q: ProblemFilters): SQL[] {
  const today = ctx.now.toISOString().slice(0, 10);
  const where: SQL[] = [problemScope(ctx)];
  if (q.zoneId) where.push(eq(problems.zoneId, q.zoneId));
  if (q.projectId) where.push(eq(problems.projectId, q.projectId));
  if (q.status) where.push(eq(problems.status, q.status));
  if (q.category) where.push(eq(problems.category, q.category));
  if (q.responsibleUnitId) where.push(eq(problems.responsibleUnitId, q.responsibleUnitId));
  if (q.escalated !== undefined) where.push(eq(problems.escalated, q.escalated));
  if (q.overdue)
    where.push(sql`${problems.status} in ('pending', 'inProgress', 'returned') and ${problems.deadline} < ${today}`);
  return where;
}

const withOverdue =
  (today: string) =>
  <T extends { deadline: string | null; status: string }>(r: T) => ({
    ...r,
    overdue: r.deadline !== null && r.deadline < today && ["pending", "inProgress", "returned"].includes(r.status),
  });

export async function listProblems(ctx: ServiceContext, q: z.infer<typeof problemQuery>) {
  requirePermission(ctx.actor, "projects:read");
  const today = ctx.now.toISOString().slice(0, 10);
  const where = problemFilters(ctx, q);
  const [rows, [count]] = await Promise.all([
    selectProblems(ctx)
      .where(and(...where))
      .orderBy(asc(problems.deadline), asc(problems.id))
      .limit(q.pageSize)
      .offset(offsetOf(q)),
    ctx.db
      .select({ n: sql<number>`count(*)::int` })
      .from(problems)
      .innerJoin(projects, eq(projects.id, problems.projectId))
      .where(and(...where)),
  ]);
  return pageResult(rows.map(withOverdue(today)), count?.n ?? 0, q);
}

/** The filtered list for the 问题清单 export, with the project's code and zone, up to `limit` rows. */
export async function problemExportRows(ctx: ServiceContext, q: ProblemFilters, limit: number) {
  requirePermission(ctx.actor, "projects:read");
  const today = ctx.now.toISOString().slice(0, 10);
  const rows = await ctx.db
    .select({ ...problemView, projectCode: projects.code, zoneName: zones.name })
    .from(problems)
    .innerJoin(projects, eq(projects.id, problems.projectId))
    .innerJoin(zones, eq(zones.id, problems.zoneId))
    .leftJoin(units, eq(units.id, problems.responsibleUnitId))
    .where(and(...problemFilters(ctx, q)))
    .orderBy(asc(zones.name), asc(problems.deadline), asc(projects.code), asc(problems.id))
    .limit(limit);
  return rows.map(withOverdue(today));
}

async function getProblem(ctx: ServiceContext, id: string) {
  const [row] = await selectProblems(ctx).where(and(eq(problems.id, id), problemScope(ctx)));
  if (!row) throw notFound();
  return row;
}

/** Anyone who reports on or manages a project may raise a problem on it. */
export async function raiseProblem(ctx: ServiceContext, projectId: string, input: z.infer<typeof problemInput>) {
  const project = await getProject(ctx, projectId);
  if (!can(ctx.actor, "projects:report") && !can(ctx.actor, "projects:write")) throw forbidden();
  if (ctx.actor.scope === "region") throw forbidden();
  if (input.responsibleUnitId) {
    const [u] = await ctx.db.select({ zoneId: units.zoneId }).from(units).where(eq(units.id, input.responsibleUnitId));
    if (u?.zoneId !== project.zoneId) throw invalid([{ field: "responsibleUnitId", key: "unitNotInZone" }]);
  }
  const id = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(problems)
      .values({
        ...input,
        zoneId: project.zoneId,
        projectId,
        raisedBy: ctx.actor.userId,
        raisedOn: ctx.now.toISOString().slice(0, 10),
        status: "pending",
      })
      .returning();
    if (!row) throw new Error("insert returned nothing");
    await audit(tx, ctx, { entity: "problem", entityId: row.id, action: "create", zoneId: project.zoneId, after: row });
    return row.id;
  });
  return getProblem(ctx, id);
}

/** True when the problem is handed to the actor's unit (or a unit under it). */
async function isResponsibleUnit(ctx: ServiceContext, unitId: string | null): Promise<boolean> {
  if (!unitId || !ctx.actor.unitPath || ctx.actor.scope === "region") return false;
  const [row] = await ctx.db
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.id, unitId), sql`${units.path} like ${`${ctx.actor.unitPath}%`}`));
  return row !== undefined;
}

/**
 * Moves a problem: the project's managers hand it out (待交办 → 办理中), confirm or return it; the
 * responsible unit reports it done (办理中 → 已办结).
 */
export async function moveProblem(ctx: ServiceContext, id: string, input: z.infer<typeof problemMove>) {
  const current = await getProblem(ctx, id);
  if (!problemMoves(current.status).includes(input.to)) throw invalid([{ field: "to", key: "transitionNotAllowed" }]);
  const byUnit = input.to === "resolved" && (await isResponsibleUnit(ctx, current.responsibleUnitId));
  if (!byUnit) await writableProject(ctx, current.projectId);
  if (input.to === "resolved" && !input.resolution)
    throw invalid([{ field: "resolution", key: "transitionNeedsReason" }]);
  const handOut = input.to === "inProgress" ? await handOutChanges(ctx, current, input) : {};
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(problems).where(eq(problems.id, id));
    const [after] = await tx
      .update(problems)
      .set({
        ...handOut,
        status: input.to,
        resolution: input.resolution ?? before?.resolution ?? null,
        version: sql`${problems.version} + 1`,
      })
      .where(and(eq(problems.id, id), eq(problems.version, input.version)))
      .returning();
    if (!after) throw conflict();
    await audit(tx, ctx, { entity: "problem", entityId: id, action: "move", zoneId: current.zoneId, before, after });
  });
  return getProblem(ctx, id);
}

/**
 * 交办 (or 重新交办) may hand the problem to a unit of the project's zone and person with a deadline; what the
 * move leaves out stays as it was. A new deadline cannot already be past.
 */
async function handOutChanges(
  ctx: ServiceContext,
  current: { zoneId: string },
  input: z.infer<typeof problemMove>,
): Promise<Partial<typeof problems.$inferInsert>> {
  const changes: Partial<typeof problems.$inferInsert> = {};
  if (input.responsibleUnitId !== undefined) {
    const [u] = await ctx.db.select({ zoneId: units.zoneId }).from(units).where(eq(units.id, input.responsibleUnitId));
    if (u?.zoneId !== current.zoneId) throw invalid([{ field: "responsibleUnitId", key: "unitNotInZone" }]);
    changes.responsibleUnitId = input.responsibleUnitId;
  }
  if (input.responsiblePerson !== undefined) changes.responsiblePerson = input.responsiblePerson || null;
  if (input.deadline !== undefined) {
    if (input.deadline < ctx.now.toISOString().slice(0, 10))
      throw invalid([{ field: "deadline", key: "deadlinePast" }]);
    changes.deadline = input.deadline;
  }
  return changes;
}

/** Escalates open problems to the next 会办 meeting's agenda. */
export async function escalateProblem(ctx: ServiceContext, id: string, version: number) {
  const current = await getProblem(ctx, id);
  await writableProject(ctx, current.projectId);
  if (!["pending", "inProgress", "returned"].includes(current.status))
    throw invalid([{ field: "to", key: "transitionNotAllowed" }]);
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(problems).where(eq(problems.id, id));
    const [after] = await tx
      .update(problems)
      .set({ escalated: true, version: sql`${problems.version} + 1` })
      .where(and(eq(problems.id, id), eq(problems.version, version)))
      .returning();
    if (!after) throw conflict();
    await audit(tx, ctx, {
      entity: "problem",
      entityId: id,
      action: "escalate",
      zoneId: current.zoneId,
      before,
      after,
    });
  });
  return getProblem(ctx, id);
}

/** 约谈名单: responsible units (and their heads) with overdue problems, worst first. */
export async function summonsList(ctx: ServiceContext, zoneId: string) {
  requirePermission(ctx.actor, "projects:read");
  const today = ctx.now.toISOString().slice(0, 10);
  const rows = await ctx.db
    .select({
      unitId: units.id,
      unitName: units.name,
      leaderName: units.leaderName,
      overdue: sql<number>`count(*)::int`,
      oldestDeadline: sql<string>`min(${problems.deadline})::text`,
      problemIds: sql<string[]>`array_agg(${problems.id})`,
    })
    .from(problems)
    .innerJoin(projects, eq(projects.id, problems.projectId))
    .innerJoin(units, eq(units.id, problems.responsibleUnitId))
    .where(
      and(
        problemScope(ctx),
        eq(problems.zoneId, zoneId),
        inArray(problems.status, ["pending", "inProgress", "returned"]),
        sql`${problems.deadline} < ${today}`,
      ),
    )
    .groupBy(units.id, units.name, units.leaderName)
    .orderBy(sql`count(*) desc`, sql`min(${problems.deadline})`);
  return rows;
}
