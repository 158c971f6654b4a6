/**
 * A zone's health rules: the thresholds core assessHealth judges its projects by, for every health figure the
 * module shows (list, detail, 黑榜 of the bulletin, lagging projects of the rankings). Versioned; a zone without
 * its own rules uses the documented defaults (version 0). Zone leaders and administrators change them.
 */
import type { healthRulesInput } from "@zoneos/core/project-config-api";
import { DEFAULT_HEALTH_RULES, type HealthRules } from "@zoneos/core/project-health";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "../../db/client.js";
import { audit } from "../../platform/audit.js";
import { requirePermission, type ServiceContext } from "../../platform/context.js";
import { conflict, notFound } from "../../platform/errors.js";
import { zoneScope } from "../../platform/scope.js";
import { assertZoneWritable } from "../../platform/zone-access.js";
import { users, zones } from "../platform/tables.js";
import { healthRules } from "./settings-tables.js";

/** The rules in force per zone, defaults filled in: what every health computation reads. */
export async function rulesByZone(db: Db, zoneIds: readonly string[]): Promise<Map<string, HealthRules>> {
  const wanted = [...new Set(zoneIds)];
  const rows =
    wanted.length === 0
      ? []
      : await db
          .select({ zoneId: healthRules.zoneId, rules: healthRules.rules })
          .from(healthRules)
          .where(inArray(healthRules.zoneId, wanted));
  const out = new Map(wanted.map((id) => [id, DEFAULT_HEALTH_RULES]));
  for (const r of rows) out.set(r.zoneId, r.rules);
  return out;
}

export async function zoneRules(db: Db, zoneId: string): Promise<HealthRules> {
  return (await rulesByZone(db, [zoneId])).get(zoneId) ?? DEFAULT_HEALTH_RULES;
}

export async function getHealthRules(ctx: ServiceContext, zoneId: string) {
  requirePermission(ctx.actor, "projects:read");
  const [zone] = await ctx.db
    .select({ id: zones.id })
    .from(zones)
    .where(and(eq(zones.id, zoneId), zoneScope(ctx.actor, zones.id)));
  if (!zone) throw notFound();
  const [row] = await ctx.db
    .select({
      rules: healthRules.rules,
      version: healthRules.version,
      updatedAt: healthRules.updatedAt,
      updatedByName: users.name,
    })
    .from(healthRules)
    .leftJoin(users, eq(users.id, healthRules.updatedBy))
    .where(eq(healthRules.zoneId, zoneId));
  return {
    zoneId,
    ...(row?.rules ?? DEFAULT_HEALTH_RULES),
    version: row?.version ?? 0,
    isDefault: !row,
    defaults: DEFAULT_HEALTH_RULES,
    updatedAt: row?.updatedAt.toISOString() ?? null,
    updatedByName: row?.updatedByName ?? null,
  };
}

/** Saves a zone's rules; `version` is the one read (0 for the defaults), a stale one answers 409. */
export async function saveHealthRules(ctx: ServiceContext, zoneId: string, input: z.infer<typeof healthRulesInput>) {
  requirePermission(ctx.actor, "projects:configure");
  await assertZoneWritable(ctx, zoneId);
  const { version, ...rules } = input;
  const before = await getHealthRules(ctx, zoneId);
  await ctx.db.transaction(async (tx) => {
    const [after] =
      version === 0
        ? await tx
            .insert(healthRules)
            .values({ zoneId, rules, updatedBy: ctx.actor.userId, updatedAt: ctx.now })
            .onConflictDoNothing()
            .returning()
        : await tx
            .update(healthRules)
            .set({ rules, version: sql`${healthRules.version} + 1`, updatedBy: ctx.actor.userId, updatedAt: ctx.now })
            .where(and(eq(healthRules.zoneId, zoneId), eq(healthRules.version, version)))
            .returning();
    if (!after) throw conflict();
    await audit(tx, ctx, {
      entity: "healthRules",
      entityId: zoneId,
      action: "update",
      zoneId,
      before: {
        milestoneOverdueDays: before.milestoneOverdueDays,
        investmentShareOfSchedule: before.investmentShareOfSchedule,
        silentWeeks: before.silentWeeks,
      },
      after: after.rules as unknown as Record<string, unknown>,
    });
  });
  return getHealthRules(ctx, zoneId);
}
