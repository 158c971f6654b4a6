/**
 * The supervisor's comparison: every zone of a region (a province supervisor: the whole province) side by side on
 * the same indicators for one month, ranked, with a 12-month sparkline — one read of the zone-month sums for all zones.
 */
import { regionPrefix } from "@zoneos/core/region";
import type { Comparison, comparisonQuery } from "@zoneos/core/statistics-api";
import { COMPARISON_INDICATORS, indicatorById } from "@zoneos/core/statistics-indicators";
import { addMonths, compareDec, isPublishedMonth, monthNumber, sumDec, yearOf } from "@zoneos/core/statistics-math";
import { sql } from "drizzle-orm";
import type { z } from "zod";
import type { ServiceContext } from "../../platform/context.js";
import { invalid, notFound } from "../../platform/errors.js";
import { zoneScope } from "../../platform/scope.js";
import { assertReader } from "./access.js";
import { enteredByZone, targetsByZone } from "./indicators-service.js";
import { investmentByZone, investmentOf, investmentSeries } from "./investment-source.js";
import { computedMonthValue, kpiCard } from "./kpis.js";
import { zoneTotals } from "./rollup-read.js";
import { rows } from "./values.js";

export async function comparison(ctx: ServiceContext, q: z.infer<typeof comparisonQuery>): Promise<Comparison> {
  assertReader(ctx);
  const def = indicatorById(q.indicator);
  if (!def) throw invalid([{ field: "indicator", key: "unknownIndicator", params: { id: q.indicator } }]);
  const [region] = await rows<{ code: string; name: string }>(
    ctx.db,
    sql`select code, name from regions where code = ${q.regionCode}`,
  );
  if (!region) throw notFound();
  const zones = await rows<{ id: string; name: string; region_code: string }>(
    ctx.db,
    sql`select id, name, region_code from zones z
      where region_code like ${`${regionPrefix(region.code)}%`} and ${zoneScope(ctx.actor, sql`z.id`)}
      order by region_code, name`,
  );
  if (zones.length === 0) throw notFound();
  const ids = zones.map((z) => z.id);
  const { month } = q;
  const year = yearOf(month);
  const from = addMonths(month, -12);
  // Independent reads, at once (each on its own pooled connection on PostgreSQL).
  const [totals, investment, entered, targets, invSeries] = await Promise.all([
    zoneTotals(ctx.db, ids, from, month),
    investmentByZone(ctx.db, ids, month),
    enteredByZone(ctx.db, ids, `${year - 1}-01`, month),
    targetsByZone(ctx.db, ids, year),
    def.aggregation === "projects" ? investmentSeries(ctx.db, ids, from, month) : null,
  ]);
  const columns = [...new Set([...COMPARISON_INDICATORS, def.id])];

  const published = isPublishedMonth(month);
  const zonesOut = zones.map((z) => {
    const inputs = {
      month,
      series: totals.get(z.id) ?? new Map(),
      investment: investmentOf(investment, z.id),
      entered: entered.get(z.id) ?? new Map(),
      targets: targets.get(z.id) ?? new Map(),
    };
    const values: Comparison["zones"][number]["values"] = {};
    for (const id of columns) {
      const card = kpiCard(id, inputs);
      values[id] = { value: card.value, yoyPct: card.yoyPct, completionPct: card.completionPct };
    }
    const sparkline = [];
    for (let i = 11; i >= 0; i--) {
      const m = addMonths(month, -i);
      let value: string | null;
      if (monthNumber(m) === 1)
        value = null; // folded into 1–2月
      else if (invSeries) {
        const s = invSeries.get(z.id);
        // 当月 amounts already; 1–2月 joins January's to February's.
        value = monthNumber(m) === 2 ? sumDec([s?.get(addMonths(m, -1)), s?.get(m)]) : (s?.get(m) ?? "0");
      } else value = computedMonthValue(def, inputs.series, m);
      sparkline.push({ month: m, value });
    }
    return {
      zoneId: z.id,
      zoneName: z.name,
      regionCode: z.region_code,
      rank: null as number | null,
      values,
      sparkline,
    };
  });

  if (published) {
    const key = (z: (typeof zonesOut)[number]) =>
      q.rankBy === "yoy" ? (z.values[def.id]?.yoyPct ?? null) : (z.values[def.id]?.value ?? null);
    const ranked = zonesOut
      .filter((z) => key(z) !== null)
      .sort((a, b) => compareDec(key(b) as string, key(a) as string));
    ranked.forEach((z, i) => {
      z.rank = i + 1;
    });
    zonesOut.sort((a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER));
  }
  return {
    regionCode: region.code,
    regionName: region.name,
    month,
    published,
    indicator: def.id,
    rankBy: q.rankBy,
    indicators: columns,
    zones: zonesOut,
  };
}
