/** Roles: a set of permissions and one data scope. Built-in roles are the personas; admins may add more. */
import { type DataScope, scopeCovers } from "@zoneos/core/access";
import type { roleInput, roleUpdate } from "@zoneos/core/platform-api";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { z } from "zod";
import { audit } from "../../platform/audit.js";
import { requirePermission, type ServiceContext } from "../../platform/context.js";
import { AppError, conflict, invalid, notFound } from "../../platform/errors.js";
import { roles } from "./tables.js";
import { assertUnique } from "./unique.js";

const roleView = {
  id: roles.id,
  code: roles.code,
  nameZh: roles.nameZh,
  nameEn: roles.nameEn,
  scope: roles.scope,
  permissions: roles.permissions,
  builtin: roles.builtin,
  userCount: sql<number>`(select count(*)::int from user_roles ur where ur.role_id = ${roles.id})`,
  version: roles.version,
};

export async function listRoles(ctx: ServiceContext) {
  requirePermission(ctx.actor, "roles:read");
  const rows = await ctx.db.select(roleView).from(roles).orderBy(asc(roles.builtin), asc(roles.code)).limit(500);
  return rows;
}

export async function getRole(ctx: ServiceContext, id: string) {
  requirePermission(ctx.actor, "roles:read");
  const [row] = await ctx.db.select(roleView).from(roles).where(eq(roles.id, id));
  if (!row) throw notFound();
  return row;
}

function assertAdmin(ctx: ServiceContext) {
  requirePermission(ctx.actor, "roles:write");
  if (ctx.actor.scope !== "all") throw new AppError(403, "forbidden");
}

export async function createRole(ctx: ServiceContext, input: z.infer<typeof roleInput>) {
  assertAdmin(ctx);
  await assertUnique(ctx, roles, roles.code, input.code, "code");
  const id = await ctx.db.transaction(async (tx) => {
    const [row] = await tx.insert(roles).values(input).returning();
    if (!row) throw new Error("insert returned nothing");
    await audit(tx, ctx, { entity: "role", entityId: row.id, action: "create", zoneId: null, after: row });
    return row.id;
  });
  return getRole(ctx, id);
}

export async function updateRole(ctx: ServiceContext, id: string, input: z.infer<typeof roleUpdate>) {
  assertAdmin(ctx);
  const { version, ...changes } = input;
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(roles).where(eq(roles.id, id));
    if (!before) throw notFound();
    if (before.builtin && changes.scope && changes.scope !== before.scope)
      throw invalid([{ field: "scope", key: "builtinRole" }]);
    const [after] = await tx
      .update(roles)
      .set({ ...changes, version: sql`${roles.version} + 1`, updatedAt: ctx.now })
      .where(and(eq(roles.id, id), eq(roles.version, version)))
      .returning();
    if (!after) throw conflict();
    await audit(tx, ctx, { entity: "role", entityId: id, action: "update", zoneId: null, before, after });
  });
  return getRole(ctx, id);
}

export interface GrantableRole {
  id: string;
  code: string;
  scope: DataScope;
}

/**
 * Resolves role codes to roles the actor may hand out: never a scope wider than its own, so a zone
 * administrator grants only roles confined to its zone and cannot mint a platform administrator.
 */
export async function grantableRoles(ctx: ServiceContext, codes: string[], field: string): Promise<GrantableRole[]> {
  const rows = await ctx.db.select().from(roles).where(inArray(roles.code, codes));
  for (const code of codes) {
    const role = rows.find((r) => r.code === code);
    if (!role) throw invalid([{ field, key: "unknownRole", params: { code } }]);
    if (!scopeCovers(ctx.actor.scope, role.scope)) throw invalid([{ field, key: "roleTooWide", params: { code } }]);
  }
  return rows.map((r) => ({ id: r.id, code: r.code, scope: r.scope }));
}
