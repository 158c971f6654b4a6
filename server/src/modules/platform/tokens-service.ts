/** Bearer API tokens for integrations: created by an administrator, bound to a role (and zone), revocable. */
import type { tokenCreate } from "@zoneos/core/platform-api";
import { and, desc, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import { audit } from "../../platform/audit.js";
import { requirePermission, type ServiceContext } from "../../platform/context.js";
import { AppError, invalid, notFound } from "../../platform/errors.js";
import { hashToken, newToken } from "../../platform/identity.js";
import { offsetOf, type PageRequest, pageResult } from "../../platform/pagination.js";
import { zoneScope } from "../../platform/scope.js";
import { grantableRoles } from "./roles-service.js";
import { apiTokens, roles, users, zones } from "./tables.js";

const tokenView = {
  id: apiTokens.id,
  name: apiTokens.name,
  roleCode: roles.code,
  zoneId: apiTokens.zoneId,
  zoneName: zones.name,
  createdByName: users.username,
  createdAt: apiTokens.createdAt,
  expiresOn: apiTokens.expiresOn,
  revokedAt: apiTokens.revokedAt,
  lastUsedAt: apiTokens.lastUsedAt,
};

/** Platform-wide tokens (no zone) are seen only by the whole-platform scope. */
function tokensInScope(ctx: ServiceContext) {
  return ctx.actor.scope === "all" ? sql`true` : zoneScope(ctx.actor, apiTokens.zoneId);
}

function selectTokens(ctx: ServiceContext) {
  return ctx.db
    .select(tokenView)
    .from(apiTokens)
    .innerJoin(roles, eq(roles.id, apiTokens.roleId))
    .innerJoin(users, eq(users.id, apiTokens.createdBy))
    .leftJoin(zones, eq(zones.id, apiTokens.zoneId));
}

function present(row: Awaited<ReturnType<ReturnType<typeof selectTokens>["where"]>>[number]) {
  return {
    ...row,
    createdAt: row.createdAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  };
}

export async function listTokens(ctx: ServiceContext, p: PageRequest) {
  requirePermission(ctx.actor, "tokens:manage");
  const where = tokensInScope(ctx);
  const [rows, [count]] = await Promise.all([
    selectTokens(ctx).where(where).orderBy(desc(apiTokens.createdAt)).limit(p.pageSize).offset(offsetOf(p)),
    ctx.db.select({ n: sql<number>`count(*)::int` }).from(apiTokens).where(where),
  ]);
  return pageResult(rows.map(present), count?.n ?? 0, p);
}

async function getToken(ctx: ServiceContext, id: string) {
  const [row] = await selectTokens(ctx).where(and(eq(apiTokens.id, id), tokensInScope(ctx)));
  if (!row) throw notFound();
  return present(row);
}

export async function createToken(ctx: ServiceContext, input: z.infer<typeof tokenCreate>) {
  requirePermission(ctx.actor, "tokens:manage");
  const [role] = await grantableRoles(ctx, [input.roleCode], "roleCode");
  if (!role) throw notFound();
  const zoneId = ctx.actor.scope === "all" ? input.zoneId : ctx.actor.zoneId;
  if (!zoneId && role.scope !== "all") throw invalid([{ field: "zoneId", key: "zoneRequired" }]);
  if (input.expiresOn && input.expiresOn <= ctx.now.toISOString().slice(0, 10))
    throw invalid([{ field: "expiresOn", key: "validation" }]);
  const token = newToken("zos_");
  const id = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiTokens)
      .values({
        name: input.name,
        tokenHash: hashToken(token),
        roleId: role.id,
        zoneId,
        createdBy: ctx.actor.userId,
        createdAt: ctx.now,
        expiresOn: input.expiresOn,
      })
      .returning();
    if (!row) throw new Error("insert returned nothing");
    await audit(tx, ctx, { entity: "apiToken", entityId: row.id, action: "create", zoneId, after: row });
    return row.id;
  });
  return { ...(await getToken(ctx, id)), token };
}

export async function revokeToken(ctx: ServiceContext, id: string) {
  requirePermission(ctx.actor, "tokens:manage");
  const current = await getToken(ctx, id);
  if (current.revokedAt) throw new AppError(409, "tokenRevoked");
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(apiTokens).where(eq(apiTokens.id, id));
    const [after] = await tx.update(apiTokens).set({ revokedAt: ctx.now }).where(eq(apiTokens.id, id)).returning();
    await audit(tx, ctx, { entity: "apiToken", entityId: id, action: "revoke", zoneId: current.zoneId, before, after });
  });
  return getToken(ctx, id);
}
