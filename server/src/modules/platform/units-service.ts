/** Org units: a tree per zone (管委会 and its bureaus, 园镇, 街道, 县直部门). */
import type { unitInput, unitQuery, unitUpdate } from "@zoneos/core/platform-api";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Tx } from "../../db/client.js";
import { audit } from "../../platform/audit.js";
import { requirePermission, type ServiceContext } from "../../platform/context.js";
import { AppError, conflict, notFound } from "../../platform/errors.js";
import { unitScope } from "../../platform/scope.js";
import { assertZoneWritable } from "../../platform/zone-access.js";
import { units, users, zones } from "./tables.js";
import { assertUnique } from "./unique.js";

const unitView = {
  id: units.id,
  zoneId: units.zoneId,
  zoneName: zones.name,
  parentId: units.parentId,
  name: units.name,
  kind: units.kind,
  leaderName: units.leaderName,
  phone: units.phone,
  sort: units.sort,
  userCount: sql<number>`(select count(*)::int from users u where u.unit_id = ${units.id})`,
  version: units.version,
};

function selectUnits(ctx: ServiceContext) {
  return ctx.db.select(unitView).from(units).innerJoin(zones, eq(zones.id, units.zoneId));
}

/** A zone's units, flat and ordered; the web builds the tree from parentId. Bounded by the zone. */
export async function listUnits(ctx: ServiceContext, q: z.infer<typeof unitQuery>) {
  requirePermission(ctx.actor, "units:read");
  const zoneId = q.zoneId ?? ctx.actor.zoneId;
  if (!zoneId) return [];
  const rows = await selectUnits(ctx)
    .where(and(eq(units.zoneId, zoneId), unitScope(ctx.actor, units.zoneId, units.id)))
    .orderBy(asc(units.path), asc(units.sort))
    .limit(2000);
  return rows;
}

export async function getUnit(ctx: ServiceContext, id: string) {
  requirePermission(ctx.actor, "units:read");
  const [row] = await selectUnits(ctx).where(and(eq(units.id, id), unitScope(ctx.actor, units.zoneId, units.id)));
  if (!row) throw notFound();
  return row;
}

async function parentPath(tx: Tx | ServiceContext["db"], zoneId: string, parentId: string | null): Promise<string> {
  if (!parentId) return "";
  const [parent] = await tx
    .select({ path: units.path })
    .from(units)
    .where(and(eq(units.id, parentId), eq(units.zoneId, zoneId)));
  if (!parent) throw new AppError(400, "validation", {}, [{ field: "parentId", key: "unitNotInZone" }]);
  return parent.path;
}

export async function createUnit(ctx: ServiceContext, input: z.infer<typeof unitInput>) {
  requirePermission(ctx.actor, "units:write");
  await assertZoneWritable(ctx, input.zoneId);
  await assertUnique(ctx, units, units.name, input.name, "name", undefined, siblingsOf(input.zoneId, input.parentId));
  const id = await ctx.db.transaction(async (tx) => {
    const id = crypto.randomUUID();
    const path = `${await parentPath(tx, input.zoneId, input.parentId)}${id}/`;
    const [row] = await tx
      .insert(units)
      .values({ ...input, id, path })
      .returning();
    await audit(tx, ctx, { entity: "unit", entityId: id, action: "create", zoneId: input.zoneId, after: row });
    return id;
  });
  return getUnit(ctx, id);
}

function siblingsOf(zoneId: string, parentId: string | null) {
  return and(eq(units.zoneId, zoneId), parentId ? eq(units.parentId, parentId) : isNull(units.parentId));
}

export async function updateUnit(ctx: ServiceContext, id: string, input: z.infer<typeof unitUpdate>) {
  requirePermission(ctx.actor, "units:write");
  const current = await getUnit(ctx, id);
  await assertZoneWritable(ctx, current.zoneId);
  const { version, ...changes } = input;
  const parentId = changes.parentId === undefined ? current.parentId : changes.parentId;
  if (changes.name || changes.parentId !== undefined)
    await assertUnique(
      ctx,
      units,
      units.name,
      changes.name ?? current.name,
      "name",
      id,
      siblingsOf(current.zoneId, parentId),
    );
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(units).where(eq(units.id, id));
    if (!before) throw notFound();
    let path = before.path;
    if (changes.parentId !== undefined && changes.parentId !== before.parentId) {
      const newParentPath = await parentPath(tx, before.zoneId, changes.parentId);
      if (newParentPath.startsWith(before.path))
        throw new AppError(400, "validation", {}, [{ field: "parentId", key: "parentCycle" }]);
      path = `${newParentPath}${id}/`;
    }
    const [after] = await tx
      .update(units)
      .set({ ...changes, path, version: sql`${units.version} + 1`, updatedAt: ctx.now })
      .where(and(eq(units.id, id), eq(units.version, version)))
      .returning();
    if (!after) throw conflict();
    if (path !== before.path) {
      // Descendants keep their place under the moved unit.
      await tx
        .update(units)
        .set({ path: sql`${path} || substr(${units.path}, ${before.path.length + 1})` })
        .where(and(sql`${units.path} like ${`${before.path}%`}`, sql`${units.id} <> ${id}`));
    }
    await audit(tx, ctx, { entity: "unit", entityId: id, action: "update", zoneId: before.zoneId, before, after });
  });
  return getUnit(ctx, id);
}

export async function deleteUnit(ctx: ServiceContext, id: string, version: number) {
  requirePermission(ctx.actor, "units:write");
  const current = await getUnit(ctx, id);
  await assertZoneWritable(ctx, current.zoneId);
  await ctx.db.transaction(async (tx) => {
    const [children] = await tx.select({ n: sql<number>`count(*)::int` }).from(units).where(eq(units.parentId, id));
    const [members] = await tx.select({ n: sql<number>`count(*)::int` }).from(users).where(eq(users.unitId, id));
    if ((children?.n ?? 0) > 0 || (members?.n ?? 0) > 0) throw new AppError(409, "unitHasChildren");
    const [before] = await tx
      .delete(units)
      .where(and(eq(units.id, id), eq(units.version, version)))
      .returning();
    if (!before) throw conflict();
    await audit(tx, ctx, { entity: "unit", entityId: id, action: "delete", zoneId: before.zoneId, before });
  });
}
