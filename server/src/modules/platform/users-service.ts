/** Users: accounts of the zone's staff, supervisors and enterprise reporters, managed within scope. */
import type { DataScope } from "@zoneos/core/access";
import type { passwordReset, userCreate, userQuery, userUpdate } from "@zoneos/core/platform-api";
import { and, asc, desc, eq, like, or, type SQL, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Tx } from "../../db/client.js";
import { audit } from "../../platform/audit.js";
import { can, requirePermission, type ServiceContext } from "../../platform/context.js";
import { conflict, forbidden, invalid, notFound } from "../../platform/errors.js";
import { likePattern, offsetOf, pageResult } from "../../platform/pagination.js";
import { assertPasswordRules, hashPassword } from "../../platform/passwords.js";
import { unitScope, zoneScope } from "../../platform/scope.js";
import { type GrantableRole, grantableRoles } from "./roles-service.js";
import { units, userRoles, users, zones } from "./tables.js";
import { assertUnique } from "./unique.js";

const roleCodes = sql<string[]>`coalesce((
  select array_agg(r.code order by r.code) from user_roles ur join roles r on r.id = ur.role_id
  where ur.user_id = ${users.id}
), '{}')`;

const userView = {
  id: users.id,
  username: users.username,
  name: users.name,
  phone: users.phone,
  zoneId: users.zoneId,
  zoneName: zones.name,
  unitId: users.unitId,
  unitName: units.name,
  regionCode: users.regionCode,
  roleCodes,
  status: users.status,
  lockedUntil: users.lockedUntil,
  lastLoginAt: users.lastLoginAt,
  createdAt: users.createdAt,
  version: users.version,
};

type UserRow = Awaited<ReturnType<typeof selectUsers>>[number];

function selectUsers(ctx: ServiceContext, where: SQL | undefined) {
  return ctx.db
    .select(userView)
    .from(users)
    .leftJoin(zones, eq(zones.id, users.zoneId))
    .leftJoin(units, eq(units.id, users.unitId))
    .where(where);
}

/** Users without a zone (platform administrators, supervisors) are visible only to the whole-platform scope. */
function usersInScope(ctx: ServiceContext): SQL {
  return unitScope(ctx.actor, users.zoneId, users.unitId);
}

function present(row: UserRow) {
  return {
    ...row,
    lockedUntil: row.lockedUntil?.toISOString() ?? null,
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function listUsers(ctx: ServiceContext, q: z.infer<typeof userQuery>) {
  requirePermission(ctx.actor, "users:read");
  const where: SQL[] = [usersInScope(ctx)];
  if (q.q) {
    const text = or(
      like(users.username, likePattern(q.q)),
      like(users.name, likePattern(q.q)),
      like(users.phone, likePattern(q.q)),
    );
    if (text) where.push(text);
  }
  if (q.zoneId) where.push(eq(users.zoneId, q.zoneId));
  if (q.unitId) where.push(eq(users.unitId, q.unitId));
  if (q.status) where.push(eq(users.status, q.status));
  if (q.roleCode)
    where.push(
      sql`exists (select 1 from user_roles ur join roles r on r.id = ur.role_id where ur.user_id = ${users.id} and r.code = ${q.roleCode})`,
    );
  const column = {
    username: users.username,
    name: users.name,
    createdAt: users.createdAt,
    lastLoginAt: users.lastLoginAt,
  }[q.sort];
  const [rows, [count]] = await Promise.all([
    selectUsers(ctx, and(...where))
      .orderBy(q.order === "desc" ? desc(column) : asc(column), asc(users.id))
      .limit(q.pageSize)
      .offset(offsetOf(q)),
    ctx.db
      .select({ n: sql<number>`count(*)::int` })
      .from(users)
      .where(and(...where)),
  ]);
  return pageResult(rows.map(present), count?.n ?? 0, q);
}

export async function getUser(ctx: ServiceContext, id: string) {
  requirePermission(ctx.actor, "users:read");
  const [row] = await selectUsers(ctx, and(eq(users.id, id), usersInScope(ctx)));
  if (!row) throw notFound();
  return present(row);
}

/** A role's scope decides which anchors an account needs: a zone, a unit, a region. */
function assertAnchors(
  granted: GrantableRole[],
  anchors: { zoneId: string | null; unitId: string | null; regionCode: string | null },
) {
  const scopes = new Set<DataScope>(granted.map((r) => r.scope));
  if (scopes.has("region") && !anchors.regionCode) throw invalid([{ field: "regionCode", key: "regionRequired" }]);
  const zoneBound = ["zone", "unit", "assigned", "enterprise"].some((s) => scopes.has(s as DataScope));
  if (zoneBound && !anchors.zoneId) throw invalid([{ field: "zoneId", key: "zoneRequired" }]);
  if (scopes.has("unit") && !anchors.unitId) throw invalid([{ field: "unitId", key: "unitRequired" }]);
}

/** The zone and unit must be ones the actor administers; the unit must lie in the zone. */
async function assertPlacement(ctx: ServiceContext, zoneId: string | null, unitId: string | null) {
  if (ctx.actor.scope !== "all") {
    if (!zoneId) throw invalid([{ field: "zoneId", key: "zoneRequired" }]);
    if (ctx.actor.scope !== "zone" || zoneId !== ctx.actor.zoneId) throw notFound();
  }
  if (zoneId) {
    const [zone] = await ctx.db.select({ id: zones.id }).from(zones).where(eq(zones.id, zoneId));
    if (!zone) throw invalid([{ field: "zoneId", key: "notFound" }]);
  }
  if (unitId) {
    const [unit] = await ctx.db.select({ zoneId: units.zoneId }).from(units).where(eq(units.id, unitId));
    if (!unit || unit.zoneId !== zoneId) throw invalid([{ field: "unitId", key: "unitNotInZone" }]);
  }
}

async function setRoles(tx: Tx, userId: string, granted: GrantableRole[]) {
  await tx.delete(userRoles).where(eq(userRoles.userId, userId));
  if (granted.length > 0) await tx.insert(userRoles).values(granted.map((r) => ({ userId, roleId: r.id })));
}

export async function createUser(ctx: ServiceContext, input: z.infer<typeof userCreate>) {
  requirePermission(ctx.actor, "users:write");
  await assertPlacement(ctx, input.zoneId, input.unitId);
  await assertUnique(ctx, users, users.username, input.username, "username");
  assertPasswordRules(input.password, input.username, "password");
  const granted = await grantableRoles(ctx, input.roleCodes, "roleCodes");
  assertAnchors(granted, input);
  const passwordHash = await hashPassword(input.password);
  const id = await ctx.db.transaction(async (tx) => {
    const { password: _, roleCodes: codes, ...fields } = input;
    const [row] = await tx
      .insert(users)
      .values({ ...fields, passwordHash, passwordChangedAt: ctx.now })
      .returning();
    if (!row) throw new Error("insert returned nothing");
    await setRoles(tx, row.id, granted);
    await audit(tx, ctx, {
      entity: "user",
      entityId: row.id,
      action: "create",
      zoneId: row.zoneId,
      after: { ...row, roleCodes: codes },
    });
    return row.id;
  });
  return getUser(ctx, id);
}

export async function updateUser(ctx: ServiceContext, id: string, input: z.infer<typeof userUpdate>) {
  requirePermission(ctx.actor, "users:write");
  const current = await getUser(ctx, id);
  await assertPlacement(ctx, current.zoneId, input.unitId === undefined ? current.unitId : input.unitId);
  if (input.status === "disabled" && id === ctx.actor.userId) throw invalid([{ field: "status", key: "selfDisable" }]);
  const granted = input.roleCodes ? await grantableRoles(ctx, input.roleCodes, "roleCodes") : null;
  if (granted)
    assertAnchors(granted, {
      zoneId: current.zoneId,
      unitId: input.unitId === undefined ? current.unitId : input.unitId,
      regionCode: current.regionCode,
    });
  const { version, roleCodes: codes, ...changes } = input;
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(users).where(eq(users.id, id));
    if (!before) throw notFound();
    const [after] = await tx
      .update(users)
      .set({ ...changes, version: sql`${users.version} + 1`, updatedAt: ctx.now })
      .where(and(eq(users.id, id), eq(users.version, version)))
      .returning();
    if (!after) throw conflict();
    if (granted) await setRoles(tx, id, granted);
    // A disabled account loses its open sessions at once.
    if (changes.status === "disabled") await tx.execute(sql`delete from sessions where user_id = ${id}`);
    await audit(tx, ctx, {
      entity: "user",
      entityId: id,
      action: "update",
      zoneId: before.zoneId,
      before: { ...before, roleCodes: current.roleCodes },
      after: { ...after, roleCodes: codes ?? current.roleCodes },
    });
  });
  return getUser(ctx, id);
}

export async function resetPassword(ctx: ServiceContext, id: string, input: z.infer<typeof passwordReset>) {
  requirePermission(ctx.actor, "users:write");
  const current = await getUser(ctx, id);
  await assertPlacement(ctx, current.zoneId, current.unitId);
  assertPasswordRules(input.password, current.username, "password");
  const passwordHash = await hashPassword(input.password);
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, passwordChangedAt: ctx.now, failedLogins: 0, lockedUntil: null, updatedAt: ctx.now })
      .where(eq(users.id, id));
    await tx.execute(sql`delete from sessions where user_id = ${id}`);
    await audit(tx, ctx, {
      entity: "user",
      entityId: id,
      action: "resetPassword",
      zoneId: current.zoneId,
      changes: { password: { before: "***", after: "***" } },
    });
  });
}

export async function unlockUser(ctx: ServiceContext, id: string) {
  requirePermission(ctx.actor, "users:write");
  const current = await getUser(ctx, id);
  await assertPlacement(ctx, current.zoneId, current.unitId);
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(users).where(eq(users.id, id));
    const [after] = await tx
      .update(users)
      .set({ failedLogins: 0, lockedUntil: null, version: sql`${users.version} + 1`, updatedAt: ctx.now })
      .where(eq(users.id, id))
      .returning();
    await audit(tx, ctx, { entity: "user", entityId: id, action: "unlock", zoneId: current.zoneId, before, after });
  });
  return getUser(ctx, id);
}

/**
 * Staff of a zone by name, for pickers (包保干部, 项目秘书): only names and units, so officers who assign
 * people need no access to the user administration.
 */
export async function lookupStaff(ctx: ServiceContext, zoneId: string, q: string | undefined) {
  const allowed = ["users:read", "enterprises:write", "projects:write"] as const;
  if (!allowed.some((p) => can(ctx.actor, p))) throw forbidden();
  if (ctx.actor.scope === "enterprise" || ctx.actor.scope === "assigned") throw forbidden();
  const text = q ? or(like(users.name, likePattern(q)), like(users.username, likePattern(q))) : undefined;
  return ctx.db
    .select({ id: users.id, name: users.name, unitName: units.name })
    .from(users)
    .leftJoin(units, eq(units.id, users.unitId))
    .where(and(eq(users.zoneId, zoneId), eq(users.status, "active"), zoneScope(ctx.actor, users.zoneId), text))
    .orderBy(asc(users.name))
    .limit(50);
}
