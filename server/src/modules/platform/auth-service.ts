/** Signing in and out, the current user's profile, password changes and preferences. */

import type { Locale } from "@zoneos/core/format";
import { LOGIN_LOCK_MINUTES, LOGIN_MAX_FAILURES } from "@zoneos/core/password";
import type { passwordChange, preferencesInput } from "@zoneos/core/platform-api";
import { eq, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "../../db/client.js";
import { audit } from "../../platform/audit.js";
import type { Actor, ServiceContext } from "../../platform/context.js";
import { AppError, invalid } from "../../platform/errors.js";
import { createSession, loadUserActor, type SessionPolicy } from "../../platform/identity.js";
import { assertPasswordRules, hashPassword, verifyPassword } from "../../platform/passwords.js";
import { regions, units, users, zones } from "./tables.js";

/** Verifies against a real hash even for unknown users, so timing does not reveal which names exist. */
const DUMMY_HASH = hashPassword("zoneos-timing-equaliser");

function lockedError(until: Date, locale: Locale): AppError {
  const shown = until.toLocaleString(locale, { timeZone: "Asia/Shanghai", hour12: false });
  return new AppError(423, "locked", { until: shown }, [], { lockedUntil: until.toISOString() });
}

export interface LoginResult {
  token: string;
  actor: Actor;
}

export async function login(
  deps: { db: Db; now: Date; policy: SessionPolicy; locale: Locale; ip?: string },
  username: string,
  password: string,
): Promise<LoginResult> {
  const { db, now } = deps;
  const [user] = await db.select().from(users).where(eq(users.username, username.toLowerCase()));
  if (!user) {
    await verifyPassword(await DUMMY_HASH, password);
    throw new AppError(401, "badCredentials");
  }
  if (user.lockedUntil && user.lockedUntil > now) throw lockedError(user.lockedUntil, deps.locale);
  const ok = await verifyPassword(user.passwordHash, password);
  // Failed attempts are nobody's act: the trail names the account as the entity, not as the actor.
  const auditCtx = { actor: { userId: null, name: "anonymous" }, now, ip: deps.ip };
  if (!ok) {
    const failures = user.failedLogins + 1;
    const lockedUntil = failures >= LOGIN_MAX_FAILURES ? new Date(now.getTime() + LOGIN_LOCK_MINUTES * 60_000) : null;
    await db.transaction(async (tx) => {
      await tx
        .update(users)
        .set({ failedLogins: lockedUntil ? 0 : failures, lockedUntil })
        .where(eq(users.id, user.id));
      await audit(tx, auditCtx, {
        entity: "user",
        entityId: user.id,
        action: lockedUntil ? "loginLocked" : "loginFailed",
        zoneId: user.zoneId,
        changes: { failedLogins: { before: user.failedLogins, after: failures } },
      });
    });
    if (lockedUntil) throw lockedError(lockedUntil, deps.locale);
    throw new AppError(401, "badCredentials");
  }
  if (user.status !== "active") throw new AppError(403, "disabled");
  const actor = await loadUserActor(db, user.id);
  if (!actor) throw new AppError(403, "disabled");
  await db.update(users).set({ failedLogins: 0, lockedUntil: null, lastLoginAt: now }).where(eq(users.id, user.id));
  const token = await createSession(db, user.id, now, deps.policy);
  return { token, actor };
}

export async function me(ctx: ServiceContext) {
  const [row] = await ctx.db
    .select({
      id: users.id,
      username: users.username,
      name: users.name,
      phone: users.phone,
      zoneId: users.zoneId,
      zoneName: zones.name,
      zoneShortName: zones.shortName,
      unitId: users.unitId,
      unitName: units.name,
      regionCode: users.regionCode,
      regionName: regions.name,
      enterpriseId: users.enterpriseId,
      locale: users.locale,
      moneyUnit: users.moneyUnit,
      passwordChangedAt: users.passwordChangedAt,
      roleCodes: sql<string[]>`coalesce((select array_agg(r.code order by r.code) from user_roles ur
        join roles r on r.id = ur.role_id where ur.user_id = ${users.id}), '{}')`,
    })
    .from(users)
    .leftJoin(zones, eq(zones.id, users.zoneId))
    .leftJoin(units, eq(units.id, users.unitId))
    .leftJoin(regions, eq(regions.code, users.regionCode))
    .where(eq(users.id, ctx.actor.userId));
  if (!row) throw new AppError(401, "unauthenticated");
  return {
    ...row,
    passwordChangedAt: row.passwordChangedAt?.toISOString() ?? null,
    permissions: [...ctx.actor.permissions].sort(),
    scope: ctx.actor.scope,
  };
}

export async function changePassword(ctx: ServiceContext, input: z.infer<typeof passwordChange>, keepToken: string) {
  const [user] = await ctx.db.select().from(users).where(eq(users.id, ctx.actor.userId));
  if (!user) throw new AppError(401, "unauthenticated");
  if (!(await verifyPassword(user.passwordHash, input.currentPassword)))
    throw invalid([{ field: "currentPassword", key: "wrongCurrentPassword" }]);
  assertPasswordRules(input.newPassword, user.username, "newPassword");
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, passwordChangedAt: ctx.now, updatedAt: ctx.now })
      .where(eq(users.id, user.id));
    // Other sessions of this user end; the one that changed the password stays.
    await tx.execute(sql`delete from sessions where user_id = ${user.id} and token_hash <> ${keepToken}`);
    await audit(tx, ctx, {
      entity: "user",
      entityId: user.id,
      action: "changePassword",
      zoneId: user.zoneId,
      changes: { password: { before: "***", after: "***" } },
    });
  });
}

export async function updatePreferences(ctx: ServiceContext, input: z.infer<typeof preferencesInput>) {
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(users).where(eq(users.id, ctx.actor.userId));
    const [after] = await tx
      .update(users)
      .set({ ...input, updatedAt: ctx.now })
      .where(eq(users.id, ctx.actor.userId))
      .returning();
    await audit(tx, ctx, {
      entity: "user",
      entityId: ctx.actor.userId,
      action: "preferences",
      zoneId: before?.zoneId ?? null,
      before,
      after,
    });
  });
  return me(ctx);
}
