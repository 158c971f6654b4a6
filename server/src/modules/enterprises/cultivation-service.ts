/**
 * 梯次培育: yearly targets per rung and zone, progress (steps reached in the year), and candidate lists with
 * the reason each enterprise is on it. Revenue is the enterprise's declared figure until monthly statistics
 * exist; the 规上 line is the bureau's rule from core.
 */
import { isScaleCandidate, RUNGS, type Rung, scaleRuleFor, thresholdShare } from "@zoneos/core/enterprise-scale";
import { and, eq, sql } from "drizzle-orm";
import { audit } from "../../platform/audit.js";
import { requirePermission, type ServiceContext } from "../../platform/context.js";
import { conflict, notFound } from "../../platform/errors.js";
import { zoneScope } from "../../platform/scope.js";
import { zones } from "../platform/tables.js";
import { assertWritableZone } from "./enterprises-service.js";
import { cultivationTargets, enterpriseProfiles, enterprises } from "./tables.js";

async function readableZone(ctx: ServiceContext, zoneId: string) {
  requirePermission(ctx.actor, "enterprises:read");
  if (ctx.actor.scope === "enterprise") throw notFound();
  const scope =
    ctx.actor.scope === "unit" || ctx.actor.scope === "assigned"
      ? eq(zones.id, ctx.actor.zoneId ?? "")
      : zoneScope(ctx.actor, zones.id);
  const [zone] = await ctx.db
    .select({ id: zones.id })
    .from(zones)
    .where(and(eq(zones.id, zoneId), scope));
  if (!zone) throw notFound();
}

/** Targets and progress of one zone and year, one row per rung above 个体户. */
export async function cultivationProgress(ctx: ServiceContext, zoneId: string, year: number) {
  await readableZone(ctx, zoneId);
  const targets = await ctx.db
    .select()
    .from(cultivationTargets)
    .where(and(eq(cultivationTargets.zoneId, zoneId), eq(cultivationTargets.year, year)));
  const reached = await ctx.db.execute<{ rung: string; n: number }>(sql`
    select rung, count(distinct enterprise_id)::int as n from enterprise_rung_steps
    where zone_id = ${zoneId} and reached_on >= ${`${year}-01-01`} and reached_on <= ${`${year}-12-31`}
    group by rung`);
  const counts = new Map(
    (reached as unknown as { rows: { rung: string; n: number }[] }).rows.map((r) => [r.rung, r.n]),
  );
  return RUNGS.slice(1).map((rung) => {
    const target = targets.find((t) => t.rung === rung);
    const done = counts.get(rung) ?? 0;
    return { rung, target: target?.target ?? null, reached: done, version: target?.version ?? 0 };
  });
}

/** `version` is the one read (0 for a target not set yet); a stale one gets 409. */
export async function setCultivationTarget(
  ctx: ServiceContext,
  zoneId: string,
  year: number,
  rung: Rung,
  target: number,
  version: number,
) {
  await assertWritableZone(ctx, zoneId);
  await ctx.db.transaction(async (tx) => {
    const key = and(
      eq(cultivationTargets.zoneId, zoneId),
      eq(cultivationTargets.year, year),
      eq(cultivationTargets.rung, rung),
    );
    const [before] = await tx.select().from(cultivationTargets).where(key);
    if ((before?.version ?? 0) !== version) throw conflict();
    const [after] = before
      ? await tx
          .update(cultivationTargets)
          .set({ target, version: sql`${cultivationTargets.version} + 1` })
          .where(key)
          .returning()
      : await tx.insert(cultivationTargets).values({ zoneId, year, rung, target }).returning();
    await audit(tx, ctx, {
      entity: "cultivationTarget",
      entityId: `${zoneId}/${year}/${rung}`,
      action: "update",
      zoneId,
      before,
      after,
    });
  });
  return cultivationProgress(ctx, zoneId, year);
}

export interface Candidate {
  id: string;
  name: string;
  rung: Rung;
  industryCode: string;
  revenueYuan: string | null;
  /** Why the enterprise is a candidate: a machine-readable reason and its figures. */
  reason: { code: "nearThreshold"; share: number; thresholdYuan: string } | { code: "ladder"; from: Rung };
}

/**
 * Candidates for the next rung: for 规上, enterprises whose declared revenue is within `band` under the
 * bureau's line for their industry; for the other rungs, every enterprise one rung below.
 */
export async function cultivationCandidates(ctx: ServiceContext, zoneId: string, year: number, rung: Rung, band = 0.2) {
  await readableZone(ctx, zoneId);
  const from = RUNGS[RUNGS.indexOf(rung) - 1];
  if (!from) return [];
  const rows = await ctx.db
    .select({
      id: enterprises.id,
      name: enterprises.name,
      rung: enterprises.rung,
      industryCode: enterprises.industryCode,
      revenueYuan: enterpriseProfiles.declaredRevenueYuan,
    })
    .from(enterprises)
    .leftJoin(enterpriseProfiles, eq(enterpriseProfiles.enterpriseId, enterprises.id))
    .where(and(eq(enterprises.zoneId, zoneId), eq(enterprises.rung, from), eq(enterprises.status, "operating")))
    .limit(5000);
  const out: Candidate[] = [];
  for (const r of rows) {
    if (rung !== "aboveScale") {
      out.push({ ...r, reason: { code: "ladder", from } });
      continue;
    }
    const rule = scaleRuleFor(r.industryCode, year);
    if (!r.revenueYuan || !rule?.thresholdYuan || !isScaleCandidate(r.industryCode, year, r.revenueYuan, band))
      continue;
    out.push({
      ...r,
      reason: {
        code: "nearThreshold",
        share: thresholdShare(r.revenueYuan, rule.thresholdYuan),
        thresholdYuan: rule.thresholdYuan,
      },
    });
  }
  // Closest to the line first.
  return out.sort(
    (a, b) =>
      (b.reason.code === "nearThreshold" ? b.reason.share : 0) -
      (a.reason.code === "nearThreshold" ? a.reason.share : 0),
  );
}
