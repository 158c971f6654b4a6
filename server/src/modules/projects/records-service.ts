/**
 * What a project's people keep current: monthly completed investment (by the secretary or the zone), the
 * year's plan, milestones with planned and actual dates, and who is assigned (包保, 项目秘书).
 */

import { shiftDecimal } from "@zoneos/core/format";
import type { annualPlanInput, investmentInput, memberInput, milestoneInput } from "@zoneos/core/project-api";
import { and, asc, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Tx } from "../../db/client.js";
import { audit } from "../../platform/audit.js";
import { can, type ServiceContext } from "../../platform/context.js";
import { forbidden, invalid, notFound } from "../../platform/errors.js";
import { users } from "../platform/tables.js";
import { getProject, writableProject } from "./projects-service.js";
import { annualPlans, members, milestones, monthlyInvestments } from "./tables.js";

/** Investment is reported by whoever reports on the project (secretary, owner enterprise) or manages it. */
export function assertReporter(ctx: ServiceContext) {
  if (!can(ctx.actor, "projects:report") && !can(ctx.actor, "projects:write")) throw forbidden();
  if (ctx.actor.scope === "region") throw forbidden();
}

async function reportableProject(ctx: ServiceContext, id: string) {
  const project = await getProject(ctx, id);
  assertReporter(ctx);
  return project;
}

/** Monthly series: 当月, 年累计 (resets each January) and 开工以来累计, computed in SQL from the month rows. */
export async function listInvestments(ctx: ServiceContext, id: string) {
  await getProject(ctx, id);
  const rows = await ctx.db.execute<{ month: string; amount: string; ytd: string; since_start: string }>(sql`
    select to_char(month, 'YYYY-MM') as month, amount_yuan::text as amount,
      sum(amount_yuan) over (partition by extract(year from month) order by month)::text as ytd,
      sum(amount_yuan) over (order by month)::text as since_start
    from project_investments where project_id = ${id} order by month`);
  const plans = await ctx.db
    .select()
    .from(annualPlans)
    .where(eq(annualPlans.projectId, id))
    .orderBy(asc(annualPlans.year));
  return {
    months: (
      rows as unknown as { rows: { month: string; amount: string; ytd: string; since_start: string }[] }
    ).rows.map((r) => ({ month: r.month, amountYuan: r.amount, ytdYuan: r.ytd, sinceStartYuan: r.since_start })),
    plans: plans.map((p) => ({ year: p.year, plannedYuan: p.plannedYuan })),
  };
}

/** A month not yet begun cannot have completed investment. */
export function monthInFuture(ctx: ServiceContext, month: string): boolean {
  return month > ctx.now.toISOString().slice(0, 7);
}

/**
 * Writes one month's figure for a project (entered or imported) and audits it; answers what happened so an
 * import can count its rows.
 */
export async function writeInvestment(
  tx: Tx,
  ctx: ServiceContext,
  project: { id: string; zoneId: string },
  month: string,
  amountYuan: string,
  action: "record" | "import",
): Promise<"created" | "updated" | "unchanged"> {
  const day = `${month}-01`;
  const key = and(eq(monthlyInvestments.projectId, project.id), eq(monthlyInvestments.month, day));
  const [before] = await tx.select().from(monthlyInvestments).where(key);
  if (before && shiftDecimal(before.amountYuan, 0, 2) === shiftDecimal(amountYuan, 0, 2)) return "unchanged";
  const [after] = await tx
    .insert(monthlyInvestments)
    .values({
      zoneId: project.zoneId,
      projectId: project.id,
      month: day,
      amountYuan,
      enteredBy: ctx.actor.userId,
      enteredAt: ctx.now,
    })
    .onConflictDoUpdate({
      target: [monthlyInvestments.projectId, monthlyInvestments.month],
      set: { amountYuan, enteredBy: ctx.actor.userId, enteredAt: ctx.now },
    })
    .returning();
  await audit(tx, ctx, {
    entity: "projectInvestment",
    entityId: `${project.id}/${month}`,
    action: action === "import" ? "import" : before ? "update" : "create",
    zoneId: project.zoneId,
    before,
    after,
  });
  return before ? "updated" : "created";
}

export async function recordInvestment(ctx: ServiceContext, id: string, input: z.infer<typeof investmentInput>) {
  const project = await reportableProject(ctx, id);
  if (monthInFuture(ctx, input.month)) throw invalid([{ field: "month", key: "transitionDateInFuture" }]);
  await ctx.db.transaction((tx) => writeInvestment(tx, ctx, project, input.month, input.amountYuan, "record"));
  return listInvestments(ctx, id);
}

export async function setAnnualPlan(ctx: ServiceContext, id: string, input: z.infer<typeof annualPlanInput>) {
  const project = await writableProject(ctx, id);
  await ctx.db.transaction(async (tx) => {
    const key = and(eq(annualPlans.projectId, id), eq(annualPlans.year, input.year));
    const [before] = await tx.select().from(annualPlans).where(key);
    const [after] = await tx
      .insert(annualPlans)
      .values({ zoneId: project.zoneId, projectId: id, ...input })
      .onConflictDoUpdate({
        target: [annualPlans.projectId, annualPlans.year],
        set: { plannedYuan: input.plannedYuan },
      })
      .returning();
    await audit(tx, ctx, {
      entity: "projectPlan",
      entityId: `${id}/${input.year}`,
      action: before ? "update" : "create",
      zoneId: project.zoneId,
      before,
      after,
    });
  });
  return listInvestments(ctx, id);
}

export async function listMilestones(ctx: ServiceContext, id: string) {
  await getProject(ctx, id);
  return ctx.db
    .select()
    .from(milestones)
    .where(eq(milestones.projectId, id))
    .orderBy(asc(milestones.sort), asc(milestones.plannedOn));
}

export async function saveMilestone(
  ctx: ServiceContext,
  id: string,
  milestoneId: string | null,
  input: z.infer<typeof milestoneInput>,
) {
  const project = await writableProject(ctx, id);
  if (input.actualOn && input.actualOn > ctx.now.toISOString().slice(0, 10))
    throw invalid([{ field: "actualOn", key: "transitionDateInFuture" }]);
  await ctx.db.transaction(async (tx) => {
    if (!milestoneId) {
      const [after] = await tx
        .insert(milestones)
        .values({ ...input, zoneId: project.zoneId, projectId: id })
        .returning();
      await audit(tx, ctx, {
        entity: "milestone",
        entityId: after?.id ?? "",
        action: "create",
        zoneId: project.zoneId,
        after,
      });
      return;
    }
    const key = and(eq(milestones.id, milestoneId), eq(milestones.projectId, id));
    const [before] = await tx.select().from(milestones).where(key);
    if (!before) throw notFound();
    const [after] = await tx.update(milestones).set(input).where(key).returning();
    await audit(tx, ctx, {
      entity: "milestone",
      entityId: milestoneId,
      action: "update",
      zoneId: project.zoneId,
      before,
      after,
    });
  });
  return listMilestones(ctx, id);
}

export async function deleteMilestone(ctx: ServiceContext, id: string, milestoneId: string) {
  const project = await writableProject(ctx, id);
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx
      .delete(milestones)
      .where(and(eq(milestones.id, milestoneId), eq(milestones.projectId, id)))
      .returning();
    if (!before) throw notFound();
    await audit(tx, ctx, {
      entity: "milestone",
      entityId: milestoneId,
      action: "delete",
      zoneId: project.zoneId,
      before,
    });
  });
  return listMilestones(ctx, id);
}

export async function listMembers(ctx: ServiceContext, id: string) {
  await getProject(ctx, id);
  return ctx.db
    .select({ userId: members.userId, role: members.role, name: users.name, username: users.username })
    .from(members)
    .innerJoin(users, eq(users.id, members.userId))
    .where(eq(members.projectId, id));
}

export async function setMember(ctx: ServiceContext, id: string, input: z.infer<typeof memberInput>, present: boolean) {
  const project = await writableProject(ctx, id);
  const [user] = await ctx.db.select({ zoneId: users.zoneId }).from(users).where(eq(users.id, input.userId));
  if (user?.zoneId !== project.zoneId) throw invalid([{ field: "userId", key: "notFound" }]);
  await ctx.db.transaction(async (tx) => {
    if (present)
      await tx
        .insert(members)
        .values({ zoneId: project.zoneId, projectId: id, ...input })
        .onConflictDoNothing();
    else
      await tx
        .delete(members)
        .where(and(eq(members.projectId, id), eq(members.userId, input.userId), eq(members.role, input.role)));
    await audit(tx, ctx, {
      entity: "project",
      entityId: id,
      action: present ? "assign" : "unassign",
      zoneId: project.zoneId,
      changes: { [input.role]: { before: present ? null : input.userId, after: present ? input.userId : null } },
    });
  });
  return listMembers(ctx, id);
}
