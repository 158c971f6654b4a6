/**
 * 月度投资 through Excel: a zone's template for a month lists its projects under way with the year's plan and
 * what is completed so far; the filled file comes back and is checked row by row. Nothing is written unless
 * every row is clean, with the same rights as entering one month by hand (a secretary only for their projects).
 */
import { type Locale, toYuan } from "@zoneos/core/format";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { requirePermission, type ServiceContext } from "../../platform/context.js";
import { notFound } from "../../platform/errors.js";
import { zoneScope } from "../../platform/scope.js";
import {
  addSheet,
  cellText,
  columnName,
  newWorkbook,
  type RowError,
  readFirstSheet,
  toBuffer,
  wanCell,
} from "../../platform/workbook.js";
import { units, zones } from "../platform/tables.js";
import { projectScope } from "./access.js";
import { assertReporter, monthInFuture, writeInvestment } from "./records-service.js";
import { annualPlans, monthlyInvestments, projects } from "./tables.js";

const COLUMNS = [
  { key: "code", zh: "项目编号", en: "Project code", width: 16 },
  { key: "name", zh: "项目名称", en: "Project name", width: 36 },
  { key: "unit", zh: "牵头单位", en: "Lead unit", width: 18 },
  { key: "month", zh: "月份", en: "Month", width: 10, numFmt: "@" },
  { key: "plan", zh: "年度计划投资（万元）", en: "Annual plan (10k yuan)", width: 16, numFmt: "0.00" },
  { key: "ytd", zh: "截至上月年累计（万元）", en: "Year to last month (10k yuan)", width: 18, numFmt: "0.00" },
  { key: "amount", zh: "当月完成投资（万元）", en: "Completed this month (10k yuan)", width: 18, numFmt: "0.00" },
] as const;
const CODE = 0;
const MONTH = 3;
const AMOUNT = 6;
const SHEET = { "zh-CN": "月度投资", "en-US": "Monthly investment" };

const header = (i: number, locale: Locale) => {
  const c = COLUMNS[i];
  return c ? (locale === "zh-CN" ? c.zh : c.en) : "";
};

const MSG = {
  notTemplate: {
    "zh-CN": "不是月度投资导入模板，请先下载模板再填写",
    "en-US": "not the monthly-investment template; download the template and fill it in",
  },
  required: { "zh-CN": "必填", "en-US": "is required" },
  unknownCode: { "zh-CN": "本园区没有该编号的项目", "en-US": "no project of the zone has this code" },
  outOfScope: {
    "zh-CN": "该项目不在您的职责范围内，不能填报其投资",
    "en-US": "this project is not one you may report on",
  },
  month: { "zh-CN": "应为月份，如 2026-10", "en-US": "must be a month such as 2026-10" },
  monthInFuture: { "zh-CN": "月份尚未开始，不能填报完成投资", "en-US": "the month has not begun yet" },
  number: { "zh-CN": "应为数字（万元）", "en-US": "must be a number (10k yuan)" },
  negative: { "zh-CN": "不能为负数", "en-US": "cannot be negative" },
  precision: { "zh-CN": "最多 6 位小数", "en-US": "at most 6 decimals" },
  tooLarge: { "zh-CN": "金额过大", "en-US": "the amount is too large" },
  duplicate: {
    "zh-CN": "与本文件第 {row} 行重复（同一项目同一月份）",
    "en-US": "repeats row {row} of this file (same project and month)",
  },
} as const;

/** The zone, when the actor may see it; 404 otherwise, as for any record out of scope. */
async function visibleZone(ctx: ServiceContext, zoneId: string) {
  const [zone] = await ctx.db
    .select({ id: zones.id, name: zones.name })
    .from(zones)
    .where(and(eq(zones.id, zoneId), zoneScope(ctx.actor, zones.id)));
  if (!zone) throw notFound();
  return zone;
}

export async function investmentTemplate(ctx: ServiceContext, zoneId: string, month: string) {
  requirePermission(ctx.actor, "projects:read");
  assertReporter(ctx);
  const zone = await visibleZone(ctx, zoneId);
  const year = Number(month.slice(0, 4));
  const first = `${month}-01`;
  const rows = await ctx.db
    .select({
      code: projects.code,
      name: projects.name,
      unit: units.name,
      plan: annualPlans.plannedYuan,
      ytd: sql<string>`(select coalesce(sum(i.amount_yuan), 0)::text from project_investments i
        where i.project_id = ${projects.id} and i.month >= ${`${year}-01-01`} and i.month < ${first})`,
      amount: monthlyInvestments.amountYuan,
    })
    .from(projects)
    .leftJoin(units, eq(units.id, projects.leadUnitId))
    .leftJoin(annualPlans, and(eq(annualPlans.projectId, projects.id), eq(annualPlans.year, year)))
    .leftJoin(
      monthlyInvestments,
      and(eq(monthlyInvestments.projectId, projects.id), eq(monthlyInvestments.month, first)),
    )
    .where(
      and(
        eq(projects.zoneId, zoneId),
        projectScope(ctx),
        // Projects between 开工 and 竣工 are the ones reported on monthly.
        inArray(projects.stage, ["started", "construction"]),
      ),
    )
    .orderBy(asc(projects.code));

  const L = ctx.locale;
  const wb = newWorkbook();
  const ws = addSheet(
    wb,
    SHEET[L],
    COLUMNS.map((c, i) => ({
      key: c.key,
      header: header(i, L),
      width: c.width,
      numFmt: "numFmt" in c ? c.numFmt : undefined,
    })),
  );
  for (const r of rows)
    ws.addRow({
      ...r,
      unit: r.unit ?? "",
      month,
      plan: wanCell(r.plan),
      ytd: wanCell(r.ytd),
      amount: wanCell(r.amount),
    });
  // Only the amount column is for filling in: the others are the reference figures.
  const fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF7E6" } } as const;
  ws.getColumn(AMOUNT + 1).eachCell((cell, row) => {
    if (row > 1) cell.fill = fill;
  });
  const notes = wb.addWorksheet(L === "zh-CN" ? "填表说明" : "How to fill in");
  notes.getColumn(1).width = 90;
  for (const line of L === "zh-CN"
    ? [
        `${zone.name} 重点项目月度完成投资填报（${month}）`,
        "1. 只填写“当月完成投资（万元）”一列；留空的行不导入，已有数据的月份会被覆盖。",
        "2. 项目编号与月份用于匹配项目，请勿修改；可增加其他在建项目的行（填写项目编号与月份）。",
        "3. 金额单位为万元，不能为负数，最多 6 位小数；月份格式为 YYYY-MM，不能晚于本月。",
        "4. 任何一行有错误，整个文件都不会导入；请按提示的工作表、行号和列修正后重新上传。",
      ]
    : [
        `${zone.name}: completed investment of key projects for ${month}`,
        "1. Fill in only the “Completed this month (10k yuan)” column; blank rows are skipped, an existing month is overwritten.",
        "2. The project code and month identify the project: do not change them. Rows for other projects may be added.",
        "3. Amounts are in 10k yuan, not negative, at most 6 decimals; months are YYYY-MM and not after this month.",
        "4. If any row is wrong, nothing is imported: fix the rows listed by sheet, row and column, then upload again.",
      ])
    notes.addRow([line]);
  notes.getRow(1).font = { bold: true };
  return { file: await toBuffer(wb), name: `${zone.name}-${L === "zh-CN" ? "月度投资" : "investment"}-${month}.xlsx` };
}

/** A typed or numeric cell as a decimal string in 万元; numbers Excel stores as binary floats are rounded to 6 places. */
function amountText(value: unknown, text: string): string {
  if (typeof value === "number") return value.toFixed(6).replace(/\.?0+$/, "");
  return text.replace(/[,，\s]/g, "");
}

interface ParsedRow {
  row: number;
  code: string;
  month: string;
  amountYuan: string;
}

export interface ImportResult {
  imported: number;
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
}

export async function importInvestments(
  ctx: ServiceContext,
  zoneId: string,
  file: Buffer,
): Promise<ImportResult | { errors: RowError[] }> {
  requirePermission(ctx.actor, "projects:read");
  assertReporter(ctx);
  await visibleZone(ctx, zoneId);
  const ws = await readFirstSheet(file, 20_000);
  const L = ctx.locale;
  const errors: RowError[] = [];
  const fail = (row: number, col: number, message: string) =>
    errors.push({ sheet: ws.name, row, column: columnName(col, header(col, L), L), message });

  const headRow = ws.getRow(1);
  for (const col of [CODE, MONTH, AMOUNT]) {
    const text = cellText(headRow.getCell(col + 1).value);
    if (text !== COLUMNS[col]?.zh && text !== COLUMNS[col]?.en) fail(1, col, MSG.notTemplate[L]);
  }
  if (errors.length > 0) return { errors };

  const parsed: ParsedRow[] = [];
  const seen = new Map<string, number>();
  let skipped = 0;
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    if (n === 1) return;
    const code = cellText(row.getCell(CODE + 1).value);
    const monthCell = cellText(row.getCell(MONTH + 1).value);
    const amountCell = row.getCell(AMOUNT + 1).value;
    const amount = amountText(amountCell, cellText(amountCell));
    if (amount === "") {
      if (code) skipped++;
      return;
    }
    const before = errors.length;
    if (!code) fail(n, CODE, MSG.required[L]);
    // A month typed into Excel may have become a date: its first day reads as YYYY-MM-01.
    const month = /^\d{4}-(0[1-9]|1[0-2])(-01)?$/.test(monthCell) ? monthCell.slice(0, 7) : null;
    if (!monthCell) fail(n, MONTH, MSG.required[L]);
    else if (!month) fail(n, MONTH, MSG.month[L]);
    else if (monthInFuture(ctx, month)) fail(n, MONTH, MSG.monthInFuture[L]);
    if (!/^-?\d+(\.\d+)?$/.test(amount)) fail(n, AMOUNT, MSG.number[L]);
    else if (amount.startsWith("-") && !/^-0+(\.0+)?$/.test(amount)) fail(n, AMOUNT, MSG.negative[L]);
    else if ((amount.split(".")[1] ?? "").length > 6) fail(n, AMOUNT, MSG.precision[L]);
    else if ((amount.replace(/^-/, "").split(".")[0] ?? "").replace(/^0+/, "").length > 10)
      fail(n, AMOUNT, MSG.tooLarge[L]);
    if (code && month) {
      const key = `${code}\u0000${month}`;
      const first = seen.get(key);
      if (first !== undefined) fail(n, CODE, MSG.duplicate[L].replace("{row}", String(first)));
      else seen.set(key, n);
    }
    if (errors.length === before && month)
      parsed.push({ row: n, code, month, amountYuan: toYuan(amount.replace(/^-/, ""), "wan") });
  });

  // Codes are matched in the zone; a project the actor does not report on is refused by name, not hidden,
  // because the zone's project list is known to its staff anyway.
  const codes = [...new Set(parsed.map((p) => p.code))];
  const known = codes.length
    ? await ctx.db
        .select({
          id: projects.id,
          zoneId: projects.zoneId,
          code: projects.code,
          mine: sql<boolean>`${projectScope(ctx)}`,
        })
        .from(projects)
        .where(and(eq(projects.zoneId, zoneId), inArray(projects.code, codes)))
    : [];
  const byCode = new Map(known.map((p) => [p.code, p]));
  for (const p of parsed) {
    const project = byCode.get(p.code);
    if (!project) fail(p.row, CODE, MSG.unknownCode[L]);
    else if (!project.mine) fail(p.row, CODE, MSG.outOfScope[L]);
  }
  if (errors.length > 0) return { errors: errors.sort((a, b) => a.row - b.row || a.column.localeCompare(b.column)) };

  const counts = { created: 0, updated: 0, unchanged: 0 };
  await ctx.db.transaction(async (tx) => {
    for (const p of parsed) {
      const project = byCode.get(p.code);
      if (!project) continue;
      counts[await writeInvestment(tx, ctx, project, p.month, p.amountYuan, "import")]++;
    }
  });
  return { imported: parsed.length, ...counts, skipped };
}
