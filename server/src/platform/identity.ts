/**
 * Who a request is: browser sessions (cookie holding a random token; only its SHA-256 is stored),
 * bearer API tokens, and the actor built from a user's roles.
 */
import { createHash, randomBytes } from "node:crypto";
import { type DataScope, type Permission, widestScope } from "@zoneos/core/access";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { apiTokens, roles, sessions, units, userRoles, users } from "../modules/platform/tables.js";
import type { Actor } from "./context.js";

export function newToken(prefix = ""): string {
  return prefix + randomBytes(32).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export interface SessionPolicy {
  idleMinutes: number;
  maxHours: number;
}

export async function createSession(db: Db, userId: string, now: Date, policy: SessionPolicy): Promise<string> {
  const token = newToken();
  await db.insert(sessions).values({
    tokenHash: hashToken(token),
    userId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + policy.maxHours * 3_600_000),
  });
  return token;
}

export async function deleteSession(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
}

/** The session's user id, "expired" for a session past its idle or absolute limit, null if unknown. */
export async function resolveSession(
  db: Db,
  token: string,
  now: Date,
  policy: SessionPolicy,
): Promise<string | "expired" | null> {
  const hash = hashToken(token);
  const [row] = await db.select().from(sessions).where(eq(sessions.tokenHash, hash));
  if (!row) return null;
  const idleLimit = row.lastSeenAt.getTime() + policy.idleMinutes * 60_000;
  if (now.getTime() > idleLimit || now > row.expiresAt) {
    await db.delete(sessions).where(eq(sessions.tokenHash, hash));
    return "expired";
  }
  // Touch at most once a minute: sliding expiry without a write per request.
  if (now.getTime() - row.lastSeenAt.getTime() > 60_000)
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, hash));
  return row.userId;
}

interface RoleGrant {
  scope: DataScope;
  permissions: Permission[];
}

function combine(grants: RoleGrant[]): { permissions: Set<Permission>; scope: DataScope } {
  const permissions = new Set<Permission>();
  for (const g of grants) for (const p of g.permissions) permissions.add(p);
  return { permissions, scope: widestScope(grants.map((g) => g.scope)) };
}

/** The actor for an active user, or null when the user is unknown or disabled. */
export async function loadUserActor(db: Db, userId: string): Promise<Actor | null> {
  const [u] = await db
    .select({
      id: users.id,
      username: users.username,
      status: users.status,
      zoneId: users.zoneId,
      unitId: users.unitId,
      unitPath: units.path,
      regionCode: users.regionCode,
      enterpriseId: users.enterpriseId,
    })
    .from(users)
    .leftJoin(units, eq(units.id, users.unitId))
    .where(eq(users.id, userId));
  if (u?.status !== "active") return null;
  const grants = await db
    .select({ scope: roles.scope, permissions: roles.permissions })
    .from(userRoles)
    .innerJoin(roles, eq(roles.id, userRoles.roleId))
    .where(eq(userRoles.userId, userId));
  const { permissions, scope } = combine(grants);
  return {
    kind: "user",
    userId: u.id,
    name: u.username,
    permissions,
    scope,
    zoneId: u.zoneId,
    unitId: u.unitId,
    unitPath: u.unitPath,
    regionCode: u.regionCode,
    enterpriseId: u.enterpriseId,
  };
}

/** The actor for a bearer token: its role's permissions, within its zone when it names one. */
export async function loadTokenActor(db: Db, token: string, now: Date): Promise<Actor | null> {
  const [row] = await db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      zoneId: apiTokens.zoneId,
      createdBy: apiTokens.createdBy,
      expiresOn: apiTokens.expiresOn,
      scope: roles.scope,
      permissions: roles.permissions,
      creatorRegion: users.regionCode,
    })
    .from(apiTokens)
    .innerJoin(roles, eq(roles.id, apiTokens.roleId))
    .innerJoin(users, eq(users.id, apiTokens.createdBy))
    .where(and(eq(apiTokens.tokenHash, hashToken(token)), isNull(apiTokens.revokedAt)));
  if (!row) return null;
  if (row.expiresOn && row.expiresOn < now.toISOString().slice(0, 10)) return null;
  await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.id));
  return {
    kind: "token",
    userId: row.createdBy,
    name: `token:${row.name}`,
    permissions: new Set(row.permissions),
    // A token naming a zone works within that zone; one without a zone keeps its role's wide scope.
    scope: row.zoneId ? "zone" : row.scope,
    zoneId: row.zoneId,
    unitId: null,
    unitPath: null,
    regionCode: row.creatorRegion,
    enterpriseId: null,
  };
}

export async function countActiveAdmins(db: Db): Promise<number> {
  const rows = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .innerJoin(roles, eq(roles.id, userRoles.roleId))
    .where(and(eq(roles.code, "admin"), eq(users.status, "active")));
  return rows[0]?.n ?? 0;
}
