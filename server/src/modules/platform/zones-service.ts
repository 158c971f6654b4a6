/** Zones: the development zones themselves. Created by platform administrators, edited within scope. */
import type { zoneInput, zoneQuery, zoneUpdate } from "@zoneos/core/platform-api";
import { and, asc, desc, eq, like, or, type SQL, sql } from "drizzle-orm";
import type { z } from "zod";
import { audit } from "../../platform/audit.js";
import { requirePermission, type ServiceContext } from "../../platform/context.js";
import { AppError, conflict, forbidden, notFound } from "../../platform/errors.js";
import { likePattern, offsetOf, pageResult } from "../../platform/pagination.js";
import { zoneScope } from "../../platform/scope.js";
import { regions, zones } from "./tables.js";
import { assertUnique } from "./unique.js";

const regionPath = sql<string>`(
  select string_agg(r.name, ' / ' order by r.code) from regions r
  where r.code in (${zones.regionCode}, substr(${zones.regionCode}, 1, 4) || '00', substr(${zones.regionCode}, 1, 2) || '0000')
)`;

const zoneView = {
  id: zones.id,
  name: zones.name,
  shortName: zones.shortName,
  kind: zones.kind,
  level: zones.level,
  regionCode: zones.regionCode,
  regionName: regions.name,
  regionPath,
  plannedAreaKm2: zones.plannedAreaKm2,
  builtAreaKm2: zones.builtAreaKm2,
  leadingIndustries: zones.leadingIndustries,
  approvedOn: zones.approvedOn,
  upgradedOn: zones.upgradedOn,
  unitCount: sql<number>`(select count(*)::int from units u where u.zone_id = ${zones.id})`,
  userCount: sql<number>`(select count(*)::int from users u where u.zone_id = ${zones.id})`,
  version: zones.version,
};

type ZoneView = Awaited<ReturnType<typeof fetchZones>>[number];

function fetchZones(ctx: ServiceContext, where: SQL | undefined) {
  return ctx.db.select(zoneView).from(zones).innerJoin(regions, eq(regions.code, zones.regionCode)).where(where);
}

function present(row: ZoneView) {
  return {
    ...row,
    regionPath: row.regionPath ?? row.regionName,
  };
}

export async function listZones(ctx: ServiceContext, q: z.infer<typeof zoneQuery>) {
  requirePermission(ctx.actor, "zones:read");
  const where: SQL[] = [zoneScope(ctx.actor, zones.id)];
  if (q.q) {
    const text = or(like(zones.name, likePattern(q.q)), like(zones.shortName, likePattern(q.q)));
    if (text) where.push(text);
  }
  if (q.regionCode) where.push(like(zones.regionCode, `${q.regionCode.replace(/0+$/, "")}%`));
  if (q.kind) where.push(eq(zones.kind, q.kind));
  if (q.level) where.push(eq(zones.level, q.level));
  const sortColumn = {
    name: zones.name,
    regionCode: zones.regionCode,
    level: zones.level,
    approvedOn: zones.approvedOn,
  }[q.sort];
  const order = q.order === "desc" ? desc(sortColumn) : asc(sortColumn);
  const [rows, [count]] = await Promise.all([
    fetchZones(ctx, and(...where))
      .orderBy(order, asc(zones.id))
      .limit(q.pageSize)
      .offset(offsetOf(q)),
    ctx.db
      .select({ n: sql<number>`count(*)::int` })
      .from(zones)
      .where(and(...where)),
  ]);
  return pageResult(rows.map(present), count?.n ?? 0, q);
}

export async function getZone(ctx: ServiceContext, id: string) {
  requirePermission(ctx.actor, "zones:read");
  const [row] = await fetchZones(ctx, and(eq(zones.id, id), zoneScope(ctx.actor, zones.id)));
  if (!row) throw notFound();
  return present(row);
}

async function assertRegion(ctx: ServiceContext, code: string) {
  const [row] = await ctx.db.select({ code: regions.code }).from(regions).where(eq(regions.code, code));
  if (!row)
    throw new AppError(400, "validation", {}, [{ field: "regionCode", key: "unknownRegion", params: { code } }]);
}

export async function createZone(ctx: ServiceContext, input: z.infer<typeof zoneInput>) {
  requirePermission(ctx.actor, "zones:write");
  if (ctx.actor.scope !== "all") throw forbidden();
  await assertRegion(ctx, input.regionCode);
  await assertUnique(ctx, zones, zones.name, input.name, "name");
  const id = await ctx.db.transaction(async (tx) => {
    const [row] = await tx.insert(zones).values(input).returning();
    if (!row) throw new Error("insert returned nothing");
    await audit(tx, ctx, { entity: "zone", entityId: row.id, action: "create", zoneId: row.id, after: row });
    return row.id;
  });
  return getZone(ctx, id);
}

export async function updateZone(ctx: ServiceContext, id: string, input: z.infer<typeof zoneUpdate>) {
  requirePermission(ctx.actor, "zones:write");
  const { version, ...changes } = input;
  if (changes.regionCode) await assertRegion(ctx, changes.regionCode);
  if (changes.name) await assertUnique(ctx, zones, zones.name, changes.name, "name", id);
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(zones)
      .where(and(eq(zones.id, id), zoneScope(ctx.actor, zones.id)));
    if (!before) throw notFound();
    const [after] = await tx
      .update(zones)
      .set({ ...changes, version: sql`${zones.version} + 1`, updatedAt: ctx.now })
      .where(and(eq(zones.id, id), eq(zones.version, version)))
      .returning();
    if (!after) throw conflict();
    await audit(tx, ctx, { entity: "zone", entityId: id, action: "update", zoneId: id, before, after });
  });
  return getZone(ctx, id);
}
