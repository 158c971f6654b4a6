/** The zone-month's workbook, prefilled with the enterprises expected to report and any figures already filed. */

import type { ReportValues } from "@zoneos/core/statistics-api";
import { REPORT_FIELDS } from "@zoneos/core/statistics-indicators";
import { addMonths } from "@zoneos/core/statistics-math";
import { sql } from "drizzle-orm";
import type { ServiceContext } from "../../platform/context.js";
import { assertZoneWritable } from "../../platform/zone-access.js";
import { assertBureau } from "./access.js";
import { readableZone } from "./periods-service.js";
import { scaleIndustrySql } from "./registry-source.js";
import { templateWorkbook } from "./report-workbook.js";
import { COLUMN } from "./rollups.js";
import { clean, monthDate, rows } from "./values.js";

export async function reportTemplate(ctx: ServiceContext, zoneId: string, month: string): Promise<Buffer> {
  assertBureau(ctx);
  await assertZoneWritable(ctx, zoneId);
  const zone = await readableZone(ctx, zoneId);
  const m = monthDate(month);
  const found = await rows<Record<string, string | null> & { has_report: boolean }>(
    ctx.db,
    sql`with expected as (
        select e.id from enterprises e where e.zone_id = ${zoneId} and e.status = 'operating'
          and ${scaleIndustrySql(sql`e.id`, month)}
        union select enterprise_id from statistics_reports where zone_id = ${zoneId}
          and month in (${m}::date, ${monthDate(addMonths(month, -1))}::date))
      select e.credit_code, e.name, e.industry_code, r.explanation, (r.id is not null) as has_report,
        ${sql.raw(REPORT_FIELDS.map((f) => `r.${COLUMN[f]}::text as ${COLUMN[f]}`).join(", "))}
      from expected x join enterprises e on e.id = x.id
      left join statistics_reports r on r.zone_id = ${zoneId} and r.enterprise_id = e.id and r.month = ${m}::date
      order by e.industry_code, e.name`,
  );
  return templateWorkbook(
    zone.name,
    month,
    found.map((r) => ({
      creditCode: r.credit_code ?? null,
      name: r.name ?? "",
      industryCode: r.industry_code ?? "",
      values: r.has_report
        ? (Object.fromEntries(REPORT_FIELDS.map((f) => [f, clean(r[COLUMN[f]])])) as ReportValues)
        : null,
      explanation: r.explanation ?? null,
    })),
    ctx.locale,
  );
}
