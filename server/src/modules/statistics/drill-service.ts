/**
 * Drill-down: the enterprise rows behind any computed figure of the cockpit, filtered by industry, cluster and
 * group (all, comparable pairs, 规上 entrants, leavers), with the exact sum of every matching row.
 */
import type { drillQuery } from "@zoneos/core/statistics-api";
import { indicatorById, indicatorOfField, REPORT_FIELDS, type ReportField } from "@zoneos/core/statistics-indicators";
import { growthPct, monthValue } from "@zoneos/core/statistics-math";
import { type SQL, sql } from "drizzle-orm";
import type { z } from "zod";
import type { ServiceContext } from "../../platform/context.js";
import { invalid } from "../../platform/errors.js";
import { offsetOf } from "../../platform/pagination.js";
import { assertReader } from "./access.js";
import { pairsSql } from "./enterprise-figures.js";
import { readableZone } from "./periods-service.js";
import { clean, rows } from "./values.js";

type Query = z.infer<typeof drillQuery>;

function fieldOf(indicator: string): {
  field: ReportField;
  indicatorId: string;
  scope: "scaleIndustry" | "reporting" | null;
} {
  if ((REPORT_FIELDS as readonly string[]).includes(indicator)) {
    const def = indicatorOfField(indicator as ReportField);
    return { field: indicator as ReportField, indicatorId: def.id, scope: def.scope };
  }
  const def = indicatorById(indicator);
  if (def?.field) return { field: def.field, indicatorId: def.id, scope: def.scope };
  // Counts drill into the enterprises counted, shown with their output.
  if (def?.aggregation === "count") return { field: "output", indicatorId: def.id, scope: def.scope };
  throw invalid([{ field: "indicator", key: "unknownIndicator", params: { id: indicator } }]);
}

interface DrillRow {
  enterprise_id: string;
  report_id: string | null;
  prior_report_id: string | null;
  name: string;
  credit_code: string | null;
  industry_code: string;
  cluster: string;
  scale_industry: boolean;
  status: string;
  value: string | null;
  prior: string | null;
  prev: string | null;
  comparable: boolean;
  total: number;
  sum: string | null;
  prior_sum: string | null;
}

export async function drill(ctx: ServiceContext, q: Query) {
  assertReader(ctx);
  await readableZone(ctx, q.zoneId);
  const { field, indicatorId, scope } = fieldOf(q.indicator);
  const prior = q.basis === "prior" || q.group === "leaving";
  const filters: SQL[] = [
    prior ? sql`x.prior_report_id is not null` : sql`x.report_id is not null`,
    q.group === "comparable" ? sql`x.comparable` : sql`true`,
    q.group === "entering" ? sql`not x.comparable` : sql`true`,
    q.group === "leaving" ? sql`x.report_id is null` : sql`true`,
  ];
  if (q.industry)
    filters.push(
      /^\d{2}$/.test(q.industry)
        ? sql`x.division = ${q.industry}`
        : sql`x.division in (select code from industries where parent = ${q.industry})`,
    );
  if (q.cluster !== undefined) filters.push(sql`x.cluster = ${q.cluster}`);
  const shown = prior ? sql`x.prior` : sql`x.value`;
  const sort = {
    value: sql`${shown}::numeric`,
    yoy: sql`case when x.comparable and x.prior::numeric > 0 then x.value::numeric / x.prior::numeric end`,
    name: sql`e.name`,
  }[q.sort];
  const direction = q.order === "asc" ? sql`asc nulls first` : sql`desc nulls last`;
  const found = await rows<DrillRow>(
    ctx.db,
    sql`select x.*, e.name, e.credit_code, count(*) over () as total,
        sum(${shown}::numeric) over ()::text as sum,
        sum(case when x.comparable then x.prior::numeric end) over ()::text as prior_sum
      from ${pairsSql(q.zoneId, q.month, field, scope)} x join enterprises e on e.id = x.enterprise_id
      where ${sql.join(filters, sql` and `)}
      order by ${sort} ${direction}, e.name, x.enterprise_id
      limit ${q.pageSize} offset ${offsetOf(q)}`,
  );
  const first = found[0] ?? (await totalsOnly(ctx, q, field, scope, filters, shown));
  return {
    indicatorId,
    field,
    items: found.map((r) => ({
      reportId: (prior ? r.prior_report_id : r.report_id) as string,
      enterpriseId: r.enterprise_id,
      name: r.name,
      creditCode: r.credit_code,
      industryCode: r.industry_code,
      cluster: r.cluster || null,
      scaleIndustry: r.scale_industry,
      status: r.status as "submitted" | "approved",
      value: clean(prior ? r.prior : r.value),
      monthValue: prior ? null : monthValue(clean(r.value), clean(r.prev), q.month),
      prior: clean(r.prior),
      comparable: r.comparable,
      yoyPct: r.comparable ? growthPct(clean(r.value), clean(r.prior)) : null,
    })),
    total: Number(first?.total ?? 0),
    page: q.page,
    pageSize: q.pageSize,
    sum: clean(first?.sum ?? "0") ?? "0",
    priorSum: clean(first?.prior_sum ?? "0") ?? "0",
  };
}

/** Past the last page the window totals come back with no row: ask for them alone. */
async function totalsOnly(
  ctx: ServiceContext,
  q: Query,
  field: ReportField,
  scope: "scaleIndustry" | "reporting" | null,
  filters: SQL[],
  shown: SQL,
) {
  if (q.page === 1) return undefined;
  const [r] = await rows<{ total: number; sum: string | null; prior_sum: string | null }>(
    ctx.db,
    sql`select count(*)::int as total, sum(${shown}::numeric)::text as sum,
        sum(case when x.comparable then x.prior::numeric end)::text as prior_sum
      from ${pairsSql(q.zoneId, q.month, field, scope)} x where ${sql.join(filters, sql` and `)}`,
  );
  return r;
}
