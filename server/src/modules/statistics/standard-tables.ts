/**
 * 规上工业企业主要经济指标表: the month's standard tables by enterprise, by industry 大类 and for the zone, in the
 * bureau's layout — a title, a unit line, indicator names over 本年累计 / 上年同期 / 同比 columns, money in 万元, power
 * in 万千瓦时. 上年同期 and 同比 are on comparable scope (the same enterprises in both years).
 */
import { shiftDecimal } from "@zoneos/core/format";
import { REPORT_FIELD_DEFINITIONS, REPORT_FIELDS, type ReportField } from "@zoneos/core/statistics-indicators";
import { growthPct, periodLabel, priorYearMonth, sumDec } from "@zoneos/core/statistics-math";
import { sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import type { ServiceContext } from "../../platform/context.js";
import { assertReader } from "./access.js";
import { readableZone } from "./periods-service.js";
import { COLUMN } from "./rollups.js";
import { clean, monthDate, rows } from "./values.js";

const FIELDS: ReportField[] = REPORT_FIELDS.filter((f) => f !== "energy");
const UNIT: Record<string, { label: string; shift: number }> = {
  yuan: { label: "万元", shift: 4 },
  kwh: { label: "万千瓦时", shift: 4 },
  persons: { label: "人", shift: 0 },
};

interface Row {
  name: string;
  credit_code: string | null;
  industry_code: string;
  division: string;
  comparable: boolean;
  [column: string]: string | boolean | null;
}

type Sums = Record<ReportField, { cur: string; cmpCur: string; prior: string }>;

function sums(list: Row[]): Sums {
  return Object.fromEntries(
    FIELDS.map((f) => [
      f,
      {
        cur: sumDec(list.map((r) => r[`c_${COLUMN[f]}`] as string | null)),
        cmpCur: sumDec(list.filter((r) => r.comparable).map((r) => r[`c_${COLUMN[f]}`] as string | null)),
        prior: sumDec(list.filter((r) => r.comparable).map((r) => r[`p_${COLUMN[f]}`] as string | null)),
      },
    ]),
  ) as Sums;
}

function display(f: ReportField, value: string | null): number | null {
  if (value === null) return null;
  const unit = UNIT[REPORT_FIELD_DEFINITIONS[f].unit] ?? UNIT.persons;
  return Number(shiftDecimal(value, unit?.shift ?? 0, 2));
}

/** 本年累计 over every enterprise; 上年同期 and 同比 over the comparable ones (`cmpCur` their 本年累计). */
function figures(f: ReportField, cur: string | null, prior: string | null, comparable: boolean, cmpCur = cur) {
  const yoy = comparable ? growthPct(cmpCur, prior, 1) : null;
  return [display(f, cur), comparable ? display(f, prior) : null, yoy === null ? null : Number(yoy)];
}

function sheet(wb: ExcelJS.Workbook, name: string, title: string, keys: string[], data: (string | number | null)[][]) {
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 4, xSplit: keys.length }] });
  const width = keys.length + FIELDS.length * 3;
  ws.addRow([title]);
  ws.mergeCells(1, 1, 1, width);
  ws.getRow(1).font = { bold: true, size: 14 };
  ws.getRow(1).alignment = { horizontal: "center" };
  ws.addRow(["单位：万元、万千瓦时、人、%"]);
  ws.mergeCells(2, 1, 2, width);
  ws.getRow(2).alignment = { horizontal: "right" };
  ws.addRow([...keys, ...FIELDS.flatMap((f) => [REPORT_FIELD_DEFINITIONS[f].nameZh, "", ""])]);
  ws.addRow([...keys.map(() => ""), ...FIELDS.flatMap(() => ["本年累计", "上年同期", "同比±%"])]);
  for (let i = 0; i < keys.length; i++) ws.mergeCells(3, i + 1, 4, i + 1);
  for (let i = 0; i < FIELDS.length; i++) ws.mergeCells(3, keys.length + 1 + i * 3, 3, keys.length + 3 + i * 3);
  for (const r of [3, 4]) {
    ws.getRow(r).font = { bold: true };
    ws.getRow(r).alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  }
  for (const d of data) ws.addRow(d);
  ws.columns.forEach((c, i) => {
    c.width = i < keys.length ? (i === 1 ? 32 : 12) : 12;
    if (i >= keys.length) c.numFmt = (i - keys.length) % 3 === 2 ? "0.0" : "#,##0.00";
  });
}

export async function standardTables(ctx: ServiceContext, zoneId: string, month: string): Promise<Buffer> {
  assertReader(ctx);
  const zone = await readableZone(ctx, zoneId);
  const columns = sql.raw(
    FIELDS.map((f) => `r.${COLUMN[f]}::text as c_${COLUMN[f]}, p.${COLUMN[f]}::text as p_${COLUMN[f]}`).join(", "),
  );
  const found = await rows<Row>(
    ctx.db,
    sql`select e.name, e.credit_code, r.industry_code, r.division, (p.id is not null) as comparable, ${columns}
      from statistics_reports r join enterprises e on e.id = r.enterprise_id
      left join statistics_reports p on p.zone_id = r.zone_id and p.enterprise_id = r.enterprise_id
        and p.month = ${monthDate(priorYearMonth(month))}::date and p.status in ('submitted', 'approved')
        and p.scale_industry
      where r.zone_id = ${zoneId} and r.month = ${monthDate(month)}::date and r.status in ('submitted', 'approved')
        and r.scale_industry
      order by r.industry_code, e.name`,
  );
  const names = new Map(
    (
      await rows<{ code: string; name: string }>(
        ctx.db,
        sql`select code, name from industries where level = 'division'`,
      )
    ).map((r) => [r.code, r.name]),
  );
  const wb = new ExcelJS.Workbook();
  wb.creator = "ZoneOS";
  const title = (what: string) =>
    `${zone.name}规模以上工业企业主要经济指标表（${what}，${month.slice(0, 4)}年${periodLabel(month, "zh-CN")}）`;
  const line = (s: Sums, comparable: boolean) =>
    FIELDS.flatMap((f) => figures(f, clean(s[f].cur), clean(s[f].prior), comparable, clean(s[f].cmpCur)));

  const total = sums(found);
  sheet(
    wb,
    "按园区",
    title("按园区"),
    ["园区", "企业数(个)"],
    [
      [
        zone.name,
        found.length,
        ...line(
          total,
          found.some((r) => r.comparable),
        ),
      ],
    ],
  );

  const divisions = [...new Set(found.map((r) => r.division))].sort();
  sheet(
    wb,
    "按行业",
    title("按行业大类"),
    ["行业代码", "行业大类", "企业数(个)"],
    divisions.map((d) => {
      const list = found.filter((r) => r.division === d);
      return [
        d,
        names.get(d) ?? "",
        list.length,
        ...line(
          sums(list),
          list.some((r) => r.comparable),
        ),
      ];
    }),
  );

  sheet(
    wb,
    "按企业",
    title("按企业"),
    ["序号", "企业名称", "统一社会信用代码", "行业代码"],
    found.map((r, i) => [
      i + 1,
      r.name,
      r.credit_code,
      r.industry_code,
      ...FIELDS.flatMap((f) =>
        figures(
          f,
          clean(r[`c_${COLUMN[f]}`] as string | null),
          clean(r[`p_${COLUMN[f]}`] as string | null),
          r.comparable,
        ),
      ),
    ]),
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}
