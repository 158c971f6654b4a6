/**
 * Saved views of the project list: a user names the filters, sort and layout in force and picks them again
 * later. Each view belongs to the user who saved it; another user's view is not found.
 */
import { MAX_PROJECT_VIEWS, type projectViewInput } from "@zoneos/core/project-config-api";
import { and, asc, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import { audit } from "../../platform/audit.js";
import { requirePermission, type ServiceContext } from "../../platform/context.js";
import { AppError, invalid, notFound } from "../../platform/errors.js";
import { projectViews } from "./settings-tables.js";

const view = {
  id: projectViews.id,
  name: projectViews.name,
  filters: projectViews.filters,
  createdAt: projectViews.createdAt,
};

const present = (r: { id: string; name: string; filters: Record<string, string>; createdAt: Date }) => ({
  ...r,
  createdAt: r.createdAt.toISOString(),
});

export async function listViews(ctx: ServiceContext) {
  requirePermission(ctx.actor, "projects:read");
  const rows = await ctx.db
    .select(view)
    .from(projectViews)
    .where(eq(projectViews.userId, ctx.actor.userId))
    .orderBy(asc(projectViews.name));
  return rows.map(present);
}

export async function createView(ctx: ServiceContext, input: z.infer<typeof projectViewInput>) {
  requirePermission(ctx.actor, "projects:read");
  const mine = eq(projectViews.userId, ctx.actor.userId);
  const [counted] = await ctx.db.select({ n: sql<number>`count(*)::int` }).from(projectViews).where(mine);
  if ((counted?.n ?? 0) >= MAX_PROJECT_VIEWS)
    throw new AppError(400, "tooManyViews", { max: String(MAX_PROJECT_VIEWS) });
  const [dup] = await ctx.db
    .select({ id: projectViews.id })
    .from(projectViews)
    .where(and(mine, eq(projectViews.name, input.name)));
  if (dup) throw invalid([{ field: "name", key: "duplicate" }]);
  const filters = Object.fromEntries(Object.entries(input.filters).filter(([, v]) => v !== undefined)) as Record<
    string,
    string
  >;
  const row = await ctx.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(projectViews)
      .values({ userId: ctx.actor.userId, name: input.name, filters, createdAt: ctx.now })
      .returning(view);
    if (!created) throw new Error("insert returned nothing");
    await audit(tx, ctx, {
      entity: "projectView",
      entityId: created.id,
      action: "create",
      zoneId: ctx.actor.zoneId,
      after: created,
    });
    return created;
  });
  return present(row);
}

export async function deleteView(ctx: ServiceContext, id: string) {
  requirePermission(ctx.actor, "projects:read");
  await ctx.db.transaction(async (tx) => {
    const [gone] = await tx
      .delete(projectViews)
      .where(and(eq(projectViews.id, id), eq(projectViews.userId, ctx.actor.userId)))
      .returning(view);
    if (!gone) throw notFound();
    await audit(tx, ctx, {
      entity: "projectView",
      entityId: id,
      action: "delete",
      zoneId: ctx.actor.zoneId,
      before: gone,
    });
  });
}
