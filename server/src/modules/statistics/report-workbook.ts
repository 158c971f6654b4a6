/**
 * The 经发局's monthly-report workbook: one row per enterprise, 累计 figures in the bureau's units (money in 万元,
 * power in 千瓦时, energy in 吨标准煤), prefilled with the zone's reporting enterprises, and the cell parsing the
 * import applies to it.
 */

import { shiftDecimal } from "@zoneos/core/format";
import type { ReportValues } from "@zoneos/core/statistics-api";
import { REPORT_FIELD_DEFINITIONS, REPORT_FIELDS, type ReportField } from "@zoneos/core/statistics-indicators";
import ExcelJS from "exceljs";

export const SHEET = "月报";

export interface Column {
  key: "creditCode" | "name" | "industryCode" | ReportField | "explanation";
  zh: string;
  en: string;
  width: number;
}

const unitZh = (f: ReportField) =>
  ({ yuan: "万元", kwh: "千瓦时", tce: "吨标准煤", persons: "人" })[REPORT_FIELD_DEFINITIONS[f].unit as "yuan"];
const unitEn = (f: ReportField) =>
  ({ yuan: "10k yuan", kwh: "kWh", tce: "tce", persons: "persons" })[REPORT_FIELD_DEFINITIONS[f].unit as "yuan"];

export const COLUMNS: Column[] = [
  { key: "creditCode", zh: "统一社会信用代码", en: "Credit code", width: 22 },
  { key: "name", zh: "企业名称", en: "Enterprise", width: 32 },
  { key: "industryCode", zh: "行业代码", en: "Industry", width: 9 },
  ...REPORT_FIELDS.map((f) => ({
    key: f,
    zh: `${REPORT_FIELD_DEFINITIONS[f].nameZh}${REPORT_FIELD_DEFINITIONS[f].flow ? "(1—本月累计)" : ""}(${unitZh(f)})`,
    en: `${REPORT_FIELD_DEFINITIONS[f].nameEn}${REPORT_FIELD_DEFINITIONS[f].flow ? " YTD" : ""} (${unitEn(f)})`,
    width: 16,
  })),
  { key: "explanation", zh: "情况说明", en: "Explanation", width: 30 },
];

export const columnLetter = (index: number) => String.fromCharCode(65 + index);

/** Money travels in 万元 in the workbook: 4 places to the yuan, exact. */
const isMoney = (f: ReportField) => REPORT_FIELD_DEFINITIONS[f].unit === "yuan";

export function toWorkbookValue(f: ReportField, value: string | null): number | null {
  if (value === null) return null;
  return Number(isMoney(f) ? shiftDecimal(value, 4, 6) : value);
}

const NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * A cell's number as decimal text. Excel keeps numbers as doubles, so a formula's 1128.11 may arrive as
 * 1128.1100000000001: 15 significant digits (all a double holds reliably) drop that noise.
 */
export function cellText(value: unknown): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return "NaN";
    const shortest = String(value);
    const text = shortest.length <= 15 ? shortest : String(Number(value.toPrecision(15)));
    return text.includes("e") ? value.toFixed(6).replace(/\.?0+$/, "") : text;
  }
  if (typeof value === "object" && value !== null && "result" in value)
    return cellText((value as { result: unknown }).result);
  if (typeof value === "object" && value !== null && "richText" in value)
    return (
      (value as { richText: { text: string }[] }).richText
        .map((t) => t.text)
        .join("")
        .trim() || null
    );
  return String(value).trim().replace(/,/g, "") || null;
}

export type CellProblem = { zh: string; en: string };

function trimZeros(text: string): string {
  if (!text.includes(".")) return text;
  return text.replace(/0+$/, "").replace(/\.$/, "");
}

/** 万元 with up to 6 decimals → yuan, by moving the decimal point four places (exact, no arithmetic). */
export function wanToYuan(raw: string): string {
  const negative = raw.startsWith("-");
  const [int = "0", frac = ""] = (negative ? raw.slice(1) : raw).split(".");
  const digits = `${int}${frac.padEnd(4, "0").slice(0, 4)}`.replace(/^0+(?=\d)/, "");
  const rest = frac.length > 4 ? trimZeros(`0.${frac.slice(4)}`).slice(1) : "";
  const text = `${digits}${rest}`;
  return negative && /[1-9]/.test(text) ? `-${text}` : text;
}

/** Parses one figure from the workbook's unit into the stored unit (yuan, kWh, tce, persons), or says why not. */
export function parseFigure(f: ReportField, raw: string): { value: string } | { problem: CellProblem } {
  if (!NUMBER.test(raw)) return { problem: { zh: "不是数字", en: "not a number" } };
  const def = REPORT_FIELD_DEFINITIONS[f];
  if (raw.startsWith("-") && !def.signed) return { problem: { zh: "不能为负数", en: "cannot be negative" } };
  const exact = trimZeros(raw);
  const decimals = exact.includes(".") ? exact.length - exact.indexOf(".") - 1 : 0;
  const allowed = isMoney(f) ? 6 : f === "electricity" ? 2 : def.scale;
  if (decimals > allowed) return { problem: { zh: `最多 ${allowed} 位小数`, en: `at most ${allowed} decimals` } };
  const value = isMoney(f) ? wanToYuan(exact) : exact;
  const point = value.indexOf(".");
  if ((point < 0 ? value.length : point) - (value.startsWith("-") ? 1 : 0) > 15)
    return { problem: { zh: "数值过大", en: "too large" } };
  return { value: value === "-0" ? "0" : value };
}

export interface TemplateRow {
  creditCode: string | null;
  name: string;
  industryCode: string;
  values: ReportValues | null;
  explanation: string | null;
}

export async function templateWorkbook(
  zoneName: string,
  month: string,
  entries: readonly TemplateRow[],
  locale: "zh-CN" | "en-US",
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "ZoneOS";
  const ws = wb.addWorksheet(SHEET, { views: [{ state: "frozen", ySplit: 1, xSplit: 2 }] });
  ws.columns = COLUMNS.map((c) => ({ header: locale === "zh-CN" ? c.zh : c.en, key: c.key, width: c.width }));
  ws.getRow(1).font = { bold: true };
  for (const e of entries)
    ws.addRow([
      e.creditCode ?? "",
      e.name,
      e.industryCode,
      ...REPORT_FIELDS.map((f) => toWorkbookValue(f, e.values?.[f] ?? null)),
      e.explanation ?? "",
    ]);
  const notes = wb.addWorksheet("填报说明");
  notes.columns = [{ width: 100 }];
  for (const line of [
    `${zoneName} ${month} 规上工业企业月报（按统一社会信用代码匹配企业）`,
    "金额单位：万元（最多6位小数）；用电量：千瓦时；综合能耗：吨标准煤；期末从业人员：人。",
    "产值、营业收入、利润、税金、用电量、出口交货值、能耗填本年1月至本月累计数；从业人员填期末人数。",
    "不报的企业整行留空数值即可；同比增减超过阈值等预警须在“情况说明”中说明原因。",
    "导入为全部成功或全部不导入：任何一行有误，将列出工作表、行号和列，整份文件不导入。",
  ])
    notes.addRow([line]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
