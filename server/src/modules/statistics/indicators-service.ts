/** Zone indicators: values entered by the 经发局 (or imported from the bureau), computed monthly values, targets. */
import type { indicatorValueInput, targetInput } from "@zoneos/core/statistics-api";
import { INDICATORS, indicatorById } from "@zoneos/core/statistics-indicators";
import { sumDec } from "@zoneos/core/statistics-math";
import { and, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "../../db/client.js";
import { audit } from "../../platform/audit.js";
import type { ServiceContext } from "../../platform/context.js";
import { conflict, invalid } from "../../platform/errors.js";
import { assertZoneWritable } from "../../platform/zone-access.js";
import { users } from "../platform/tables.js";
import { assertBureau, assertReader } from "./access.js";
import { investmentSeries } from "./investment-source.js";
import { computedValue } from "./kpis.js";
import { readableZone } from "./periods-service.js";
import { zoneTotals } from "./rollup-read.js";
import { indicatorTargets, indicatorValues } from "./tables.js";
import { clean, monthDate, monthOf, rows } from "./values.js";

/** Entered values of the zones from `from` to `to` (inclusive): indicator → month → value. */
export async function enteredByZone(db: Db, zoneIds: readonly string[], from: string, to: string) {
  const out = new Map<string, Map<string, Map<string, string>>>();
  if (zoneIds.length === 0) return out;
  const found = await rows<{ zone_id: string; indicator_id: string; m: string; value: string }>(
    db,
    sql`select zone_id, indicator_id, to_char(month, 'YYYY-MM') as m, value::text as value
      from statistics_indicator_values
      where zone_id = any(${`{${zoneIds.join(",")}}`}::uuid[]) and month between ${monthDate(from)}::date and ${monthDate(to)}::date`,
  );
  for (const r of found) {
    const zone = out.get(r.zone_id) ?? new Map<string, Map<string, string>>();
    out.set(r.zone_id, zone);
    const series = zone.get(r.indicator_id) ?? new Map<string, string>();
    zone.set(r.indicator_id, series);
    series.set(r.m, clean(r.value) ?? "0");
  }
  return out;
}

/** Targets of the zones for a year: zone → indicator → value. */
export async function targetsByZone(db: Db, zoneIds: readonly string[], year: number) {
  const out = new Map<string, Map<string, string>>();
  if (zoneIds.length === 0) return out;
  const found = await rows<{ zone_id: string; indicator_id: string; value: string }>(
    db,
    sql`select zone_id, indicator_id, value::text as value from statistics_targets
      where zone_id = any(${`{${zoneIds.join(",")}}`}::uuid[]) and year = ${year}`,
  );
  for (const r of found) {
    const zone = out.get(r.zone_id) ?? new Map<string, string>();
    zone.set(r.indicator_id, clean(r.value) ?? "0");
    out.set(r.zone_id, zone);
  }
  return out;
}

export async function indicatorValuesOf(ctx: ServiceContext, zoneId: string, year: number) {
  assertReader(ctx);
  await readableZone(ctx, zoneId);
  const entered = await ctx.db
    .select({ v: indicatorValues, enteredByName: users.name })
    .from(indicatorValues)
    .leftJoin(users, eq(users.id, indicatorValues.enteredBy))
    .where(
      and(
        eq(indicatorValues.zoneId, zoneId),
        sql`${indicatorValues.month} between ${`${year}-01-01`}::date and ${`${year}-12-01`}::date`,
      ),
    );
  const series = (await zoneTotals(ctx.db, [zoneId], `${year}-01`, `${year}-12`)).get(zoneId) ?? new Map();
  const computed: { indicatorId: string; month: string; value: string }[] = [];
  for (const def of INDICATORS.filter((i) => i.source === "computed" && i.aggregation !== "projects"))
    for (const m of [...series.keys()].sort()) {
      const value = computedValue(def, series, m);
      if (value !== null) computed.push({ indicatorId: def.id, month: m, value });
    }
  const invested = (await investmentSeries(ctx.db, [zoneId], `${year}-01`, `${year}-12`)).get(zoneId);
  let ytd = "0";
  for (const m of [...(invested?.keys() ?? [])].sort()) {
    ytd = sumDec([ytd, invested?.get(m)]);
    computed.push({ indicatorId: "fixedAssetInvestment", month: m, value: ytd });
  }
  const targets = await ctx.db
    .select()
    .from(indicatorTargets)
    .where(and(eq(indicatorTargets.zoneId, zoneId), eq(indicatorTargets.year, year)));
  return {
    zoneId,
    year,
    entered: entered
      .map(({ v, enteredByName }) => ({
        indicatorId: v.indicatorId,
        month: monthOf(v.month),
        value: clean(v.value) ?? "0",
        note: v.note,
        enteredByName,
        updatedAt: v.updatedAt.toISOString(),
        version: v.version,
      }))
      .sort((a, b) => a.indicatorId.localeCompare(b.indicatorId) || a.month.localeCompare(b.month)),
    computed,
    targets: targets.map((t) => ({ indicatorId: t.indicatorId, value: clean(t.value) ?? "0", version: t.version })),
  };
}

export async function saveIndicatorValue(ctx: ServiceContext, input: z.infer<typeof indicatorValueInput>) {
  assertBureau(ctx);
  await assertZoneWritable(ctx, input.zoneId);
  const key = and(
    eq(indicatorValues.zoneId, input.zoneId),
    eq(indicatorValues.indicatorId, input.indicatorId),
    eq(indicatorValues.month, monthDate(input.month)),
  );
  const saved = await ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(indicatorValues).where(key);
    if ((before?.version ?? null) !== input.version) throw conflict();
    const fields = { value: input.value, note: input.note, enteredBy: ctx.actor.userId, updatedAt: ctx.now };
    const [after] = before
      ? await tx
          .update(indicatorValues)
          .set({ ...fields, version: before.version + 1 })
          .where(and(key, eq(indicatorValues.version, before.version)))
          .returning()
      : await tx
          .insert(indicatorValues)
          .values({ zoneId: input.zoneId, indicatorId: input.indicatorId, month: monthDate(input.month), ...fields })
          .returning();
    if (!after) throw conflict();
    await audit(tx, ctx, {
      entity: "indicatorValue",
      entityId: `${input.zoneId}:${input.indicatorId}:${input.month}`,
      action: before ? "update" : "create",
      zoneId: input.zoneId,
      before: before ?? null,
      after,
    });
    return after;
  });
  return {
    indicatorId: saved.indicatorId,
    month: monthOf(saved.month),
    value: clean(saved.value) ?? "0",
    note: saved.note,
    enteredByName: ctx.actor.name,
    updatedAt: saved.updatedAt.toISOString(),
    version: saved.version,
  };
}

export async function saveTarget(ctx: ServiceContext, input: z.infer<typeof targetInput>) {
  assertBureau(ctx);
  await assertZoneWritable(ctx, input.zoneId);
  if (!indicatorById(input.indicatorId)?.targetable)
    throw invalid([{ field: "indicatorId", key: "indicatorNotTargetable" }]);
  const key = and(
    eq(indicatorTargets.zoneId, input.zoneId),
    eq(indicatorTargets.year, input.year),
    eq(indicatorTargets.indicatorId, input.indicatorId),
  );
  return ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(indicatorTargets).where(key);
    if ((before?.version ?? null) !== input.version) throw conflict();
    const [after] = before
      ? await tx
          .update(indicatorTargets)
          .set({ value: input.value, version: before.version + 1, updatedAt: ctx.now })
          .where(and(key, eq(indicatorTargets.version, before.version)))
          .returning()
      : await tx
          .insert(indicatorTargets)
          .values({ zoneId: input.zoneId, year: input.year, indicatorId: input.indicatorId, value: input.value })
          .returning();
    if (!after) throw conflict();
    await audit(tx, ctx, {
      entity: "indicatorTarget",
      entityId: `${input.zoneId}:${input.year}:${input.indicatorId}`,
      action: before ? "update" : "create",
      zoneId: input.zoneId,
      before: before ?? null,
      after,
    });
    return { indicatorId: after.indicatorId, value: clean(after.value) ?? "0", version: after.version };
  });
}
