/**
 * 两月一会办: a meeting takes every escalated open problem of the zone onto its agenda; its minutes record a
 * decision per problem, which moves the problem (new deadline or unit, 办理中). 集中开工 batches group
 * projects starting together; the rolling library counts projects by stage group and year.
 */
import type { batchInput, meetingInput, meetingMinutesInput } from "@zoneos/core/project-api";
import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { z } from "zod";
import { audit } from "../../platform/audit.js";
import { requirePermission, type ServiceContext } from "../../platform/context.js";
import { conflict, invalid, notFound } from "../../platform/errors.js";
import { zoneScope } from "../../platform/scope.js";
import { assertZoneWritable } from "../../platform/zone-access.js";
import { units } from "../platform/tables.js";
import { projectScope } from "./access.js";
import { batches, batchProjects, meetingDecisions, meetings } from "./supervision-tables.js";
import { problems, projects } from "./tables.js";

async function writableZone(ctx: ServiceContext, zoneId: string) {
  requirePermission(ctx.actor, "projects:write");
  await assertZoneWritable(ctx, zoneId);
}

export async function listMeetings(ctx: ServiceContext, zoneId?: string) {
  requirePermission(ctx.actor, "projects:read");
  return ctx.db
    .select()
    .from(meetings)
    .where(and(zoneScope(ctx.actor, meetings.zoneId), zoneId ? eq(meetings.zoneId, zoneId) : undefined))
    .orderBy(desc(meetings.heldOn))
    .limit(200);
}

export async function getMeeting(ctx: ServiceContext, id: string) {
  const [meeting] = (await listMeetings(ctx)).filter((m) => m.id === id);
  if (!meeting) throw notFound();
  const agenda = await ctx.db
    .select({
      problemId: problems.id,
      projectId: problems.projectId,
      projectName: projects.name,
      category: problems.category,
      description: problems.description,
      status: problems.status,
      deadline: problems.deadline,
      responsibleUnitName: units.name,
      decision: meetingDecisions.decision,
    })
    .from(meetingDecisions)
    .innerJoin(problems, eq(problems.id, meetingDecisions.problemId))
    .innerJoin(projects, eq(projects.id, problems.projectId))
    .leftJoin(units, eq(units.id, problems.responsibleUnitId))
    .where(eq(meetingDecisions.meetingId, id))
    .orderBy(asc(projects.name));
  return { ...meeting, agenda };
}

/** Plans a meeting; its agenda is every escalated, still open problem of the zone not yet on a meeting. */
export async function planMeeting(ctx: ServiceContext, input: z.infer<typeof meetingInput>) {
  await writableZone(ctx, input.zoneId);
  const id = await ctx.db.transaction(async (tx) => {
    const [meeting] = await tx
      .insert(meetings)
      .values({ ...input, status: "planned", createdBy: ctx.actor.userId })
      .returning();
    if (!meeting) throw new Error("insert returned nothing");
    const open = await tx
      .select({ id: problems.id })
      .from(problems)
      .where(
        and(
          eq(problems.zoneId, input.zoneId),
          eq(problems.escalated, true),
          isNull(problems.meetingId),
          inArray(problems.status, ["pending", "inProgress", "returned"]),
        ),
      );
    if (open.length > 0) {
      await tx
        .insert(meetingDecisions)
        .values(open.map((p) => ({ zoneId: input.zoneId, meetingId: meeting.id, problemId: p.id })));
      await tx
        .update(problems)
        .set({ meetingId: meeting.id })
        .where(
          inArray(
            problems.id,
            open.map((p) => p.id),
          ),
        );
    }
    await audit(tx, ctx, {
      entity: "meeting",
      entityId: meeting.id,
      action: "create",
      zoneId: input.zoneId,
      after: { ...meeting, agenda: open.length },
    });
    return meeting.id;
  });
  return getMeeting(ctx, id);
}

/** Records the minutes; each decision moves its problem to 办理中 with the new deadline and unit. */
export async function recordMinutes(ctx: ServiceContext, id: string, input: z.infer<typeof meetingMinutesInput>) {
  const meeting = await getMeeting(ctx, id);
  await writableZone(ctx, meeting.zoneId);
  const onAgenda = new Set(meeting.agenda.map((a) => a.problemId));
  for (const d of input.decisions)
    if (!onAgenda.has(d.problemId)) throw invalid([{ field: "decisions", key: "notFound" }]);
  await ctx.db.transaction(async (tx) => {
    const [after] = await tx
      .update(meetings)
      .set({ minutes: input.minutes, status: "held", version: sql`${meetings.version} + 1` })
      .where(and(eq(meetings.id, id), eq(meetings.version, input.version)))
      .returning();
    if (!after) throw conflict();
    for (const d of input.decisions) {
      await tx
        .update(meetingDecisions)
        .set({ decision: d.decision, decidedAt: ctx.now })
        .where(and(eq(meetingDecisions.meetingId, id), eq(meetingDecisions.problemId, d.problemId)));
      const [before] = await tx.select().from(problems).where(eq(problems.id, d.problemId));
      const [moved] = await tx
        .update(problems)
        .set({
          status: before?.status === "pending" || before?.status === "returned" ? "inProgress" : before?.status,
          deadline: d.deadline ?? before?.deadline,
          responsibleUnitId: d.responsibleUnitId ?? before?.responsibleUnitId,
          version: sql`${problems.version} + 1`,
        })
        .where(eq(problems.id, d.problemId))
        .returning();
      await audit(tx, ctx, {
        entity: "problem",
        entityId: d.problemId,
        action: "meetingDecision",
        zoneId: meeting.zoneId,
        before,
        after: moved,
      });
    }
    await audit(tx, ctx, { entity: "meeting", entityId: id, action: "minutes", zoneId: meeting.zoneId, after });
  });
  return getMeeting(ctx, id);
}

/** 集中开工 batches with their totals and member projects (those the reader may see, by code). */
export async function listBatches(ctx: ServiceContext, zoneId?: string) {
  requirePermission(ctx.actor, "projects:read");
  const rows = await ctx.db
    .select({
      id: batches.id,
      zoneId: batches.zoneId,
      name: batches.name,
      heldOn: batches.heldOn,
      projectCount: sql<number>`count(${batchProjects.projectId})::int`,
      totalInvestmentYuan: sql<string>`coalesce(sum(${projects.totalInvestmentYuan}), 0)::text`,
    })
    .from(batches)
    .leftJoin(batchProjects, eq(batchProjects.batchId, batches.id))
    .leftJoin(projects, eq(projects.id, batchProjects.projectId))
    .where(and(zoneScope(ctx.actor, batches.zoneId), zoneId ? eq(batches.zoneId, zoneId) : undefined))
    .groupBy(batches.id)
    .orderBy(desc(batches.heldOn))
    .limit(200);
  if (rows.length === 0) return [];
  const members = await ctx.db
    .select({
      batchId: batchProjects.batchId,
      id: projects.id,
      code: projects.code,
      name: projects.name,
      stage: projects.stage,
      totalInvestmentYuan: projects.totalInvestmentYuan,
      actualStartOn: projects.actualStartOn,
    })
    .from(batchProjects)
    .innerJoin(projects, eq(projects.id, batchProjects.projectId))
    .where(
      and(
        inArray(
          batchProjects.batchId,
          rows.map((b) => b.id),
        ),
        projectScope(ctx),
      ),
    )
    .orderBy(asc(projects.code));
  return rows.map((b) => ({
    ...b,
    projects: members.filter((m) => m.batchId === b.id).map(({ batchId: _batchId, ...p }) => p),
  }));
}

export async function createBatch(ctx: ServiceContext, input: z.infer<typeof batchInput>) {
  await writableZone(ctx, input.zoneId);
  const inZone = await ctx.db
    .select({ id: projects.id })
    .from(projects)
    .where(and(eq(projects.zoneId, input.zoneId), inArray(projects.id, input.projectIds)));
  if (inZone.length !== new Set(input.projectIds).size) throw invalid([{ field: "projectIds", key: "notFound" }]);
  const id = await ctx.db.transaction(async (tx) => {
    const [batch] = await tx
      .insert(batches)
      .values({ zoneId: input.zoneId, name: input.name, heldOn: input.heldOn })
      .returning();
    if (!batch) throw new Error("insert returned nothing");
    await tx
      .insert(batchProjects)
      .values(inZone.map((p) => ({ zoneId: input.zoneId, batchId: batch.id, projectId: p.id })));
    await audit(tx, ctx, {
      entity: "batch",
      entityId: batch.id,
      action: "create",
      zoneId: input.zoneId,
      after: { ...batch, projects: inZone.length },
    });
    return batch.id;
  });
  const [row] = (await listBatches(ctx, input.zoneId)).filter((b) => b.id === id);
  return row;
}

/** 策划一批、储备一批、建设一批、投产一批: project counts and investment by stage group and planned start year. */
export async function projectLibrary(ctx: ServiceContext, zoneId: string, fromYear: number, years: number) {
  requirePermission(ctx.actor, "projects:read");
  const rows = await ctx.db.execute<{ year: number; group: string; n: number; total: string }>(sql`
    select coalesce(extract(year from planned_start_on)::int, ${fromYear}) as year,
      case when stage in ('planning', 'reserve') then 'planning'
           when stage in ('signed', 'preparation') then 'reserve'
           when stage in ('started', 'construction', 'completed') then 'construction'
           when stage in ('production', 'effective') then 'production' else 'other' end as "group",
      count(*)::int as n, coalesce(sum(total_investment_yuan), 0)::text as total
    from projects
    where zone_id = ${zoneId} and ${zoneScope(ctx.actor, sql`zone_id`)} and stage <> 'terminated'
      and coalesce(extract(year from planned_start_on)::int, ${fromYear}) between ${fromYear} and ${fromYear + years - 1}
    group by 1, 2 order by 1, 2`);
  return (rows as unknown as { rows: { year: number; group: string; n: number; total: string }[] }).rows.map((r) => ({
    year: r.year,
    group: r.group,
    count: r.n,
    totalInvestmentYuan: r.total,
  }));
}
