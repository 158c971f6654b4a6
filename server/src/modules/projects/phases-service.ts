/** 分期建设: a project's phases (一期/二期) with their own investment, dates and content; writers edit them. */
import { formatMoney } from "@zoneos/core/format";
import type { phaseInput, phaseUpdate } from "@zoneos/core/project-api";
import { checkPhase, type PhaseRefusal } from "@zoneos/core/project-phases";
import { and, asc, eq, ne, sql } from "drizzle-orm";
import type { z } from "zod";
import { audit } from "../../platform/audit.js";
import type { ServiceContext } from "../../platform/context.js";
import { conflict, type FieldProblem, invalid, notFound } from "../../platform/errors.js";
import { getProject, writableProject } from "./projects-service.js";
import { projectPhases } from "./tables.js";

const phaseView = {
  id: projectPhases.id,
  projectId: projectPhases.projectId,
  name: projectPhases.name,
  investmentYuan: projectPhases.investmentYuan,
  plannedStartOn: projectPhases.plannedStartOn,
  plannedCompletionOn: projectPhases.plannedCompletionOn,
  actualStartOn: projectPhases.actualStartOn,
  actualCompletionOn: projectPhases.actualCompletionOn,
  content: projectPhases.content,
  sort: projectPhases.sort,
  version: projectPhases.version,
};

export async function listPhases(ctx: ServiceContext, projectId: string) {
  await getProject(ctx, projectId);
  return ctx.db
    .select(phaseView)
    .from(projectPhases)
    .where(eq(projectPhases.projectId, projectId))
    .orderBy(asc(projectPhases.sort), asc(projectPhases.plannedStartOn), asc(projectPhases.name));
}

function problemOf(r: PhaseRefusal, totalYuan: string, locale: ServiceContext["locale"]): FieldProblem {
  if (r.refusal === "exceedsTotal")
    return {
      field: r.field,
      key: "phasesExceedTotal",
      params: {
        sum: formatMoney(r.sumYuan, "wan", locale),
        total: formatMoney(totalYuan, "wan", locale),
      },
    };
  return { field: r.field, key: r.refusal === "endBeforeStart" ? "endBeforeStart" : "transitionDateInFuture" };
}

/** The project's rules for a phase: dates in order and not ahead of today, the sum within the total, a unique name. */
async function assertPhase(
  ctx: ServiceContext,
  project: { id: string; totalInvestmentYuan: string },
  input: z.infer<typeof phaseInput>,
  phaseId: string | null,
) {
  const others = await ctx.db
    .select({ name: projectPhases.name, investmentYuan: projectPhases.investmentYuan })
    .from(projectPhases)
    .where(and(eq(projectPhases.projectId, project.id), phaseId ? ne(projectPhases.id, phaseId) : sql`true`));
  const problems = checkPhase(
    input,
    ctx.now.toISOString().slice(0, 10),
    others.map((o) => o.investmentYuan),
    project.totalInvestmentYuan,
  ).map((r) => problemOf(r, project.totalInvestmentYuan, ctx.locale));
  if (others.some((o) => o.name === input.name)) problems.unshift({ field: "name", key: "duplicate" });
  if (problems.length > 0) throw invalid(problems);
}

export async function createPhase(ctx: ServiceContext, projectId: string, input: z.infer<typeof phaseInput>) {
  const project = await writableProject(ctx, projectId);
  await assertPhase(ctx, project, input, null);
  await ctx.db.transaction(async (tx) => {
    const [after] = await tx
      .insert(projectPhases)
      .values({ ...input, zoneId: project.zoneId, projectId })
      .returning();
    await audit(tx, ctx, {
      entity: "projectPhase",
      entityId: after?.id ?? "",
      action: "create",
      zoneId: project.zoneId,
      after,
    });
  });
  return listPhases(ctx, projectId);
}

export async function updatePhase(
  ctx: ServiceContext,
  projectId: string,
  phaseId: string,
  input: z.infer<typeof phaseUpdate>,
) {
  const project = await writableProject(ctx, projectId);
  const { version, ...changes } = input;
  const key = and(eq(projectPhases.id, phaseId), eq(projectPhases.projectId, projectId));
  const [current] = await ctx.db.select({ id: projectPhases.id }).from(projectPhases).where(key);
  if (!current) throw notFound();
  await assertPhase(ctx, project, changes, phaseId);
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(projectPhases).where(key);
    const [after] = await tx
      .update(projectPhases)
      .set({ ...changes, version: sql`${projectPhases.version} + 1` })
      .where(and(key, eq(projectPhases.version, version)))
      .returning();
    if (!after) throw conflict();
    await audit(tx, ctx, {
      entity: "projectPhase",
      entityId: phaseId,
      action: "update",
      zoneId: project.zoneId,
      before,
      after,
    });
  });
  return listPhases(ctx, projectId);
}

export async function deletePhase(ctx: ServiceContext, projectId: string, phaseId: string, version: number) {
  const project = await writableProject(ctx, projectId);
  const key = and(eq(projectPhases.id, phaseId), eq(projectPhases.projectId, projectId));
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(projectPhases).where(key);
    if (!before) throw notFound();
    const [gone] = await tx
      .delete(projectPhases)
      .where(and(key, eq(projectPhases.version, version)))
      .returning({ id: projectPhases.id });
    if (!gone) throw conflict();
    await audit(tx, ctx, {
      entity: "projectPhase",
      entityId: phaseId,
      action: "delete",
      zoneId: project.zoneId,
      before,
    });
  });
  return listPhases(ctx, projectId);
}
