/**
 * What every Excel list and import shares: the sheet layout (bold frozen header, widths), reading a cell as
 * text, and refusing an import with one error per sheet, row and column in the caller's language.
 */
import { type Locale, shiftDecimal } from "@zoneos/core/format";
import ExcelJS from "exceljs";
import type { FastifyReply } from "fastify";
import { AppError, problem } from "./errors.js";
import { message } from "./messages.js";

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export interface SheetColumn {
  key: string;
  header: string;
  width: number;
  /** Excel number format, e.g. "0.00" for 万元 or "@" to keep typed text (a month) from becoming a date. */
  numFmt?: string;
}

export interface RowError {
  sheet: string;
  row: number;
  /** The column letter and its header, e.g. "A（项目编号）". */
  column: string;
  message: string;
}

export function attachmentHeader(name: string): string {
  return `attachment; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export function addSheet(wb: ExcelJS.Workbook, name: string, columns: SheetColumn[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = columns.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.width,
    ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}),
  }));
  const head = ws.getRow(1);
  head.font = { bold: true };
  head.alignment = { vertical: "middle", wrapText: true };
  head.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF0F2F5" } };
  return ws;
}

export function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "ZoneOS";
  return wb;
}

export async function toBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The first sheet of an uploaded workbook; a file Excel cannot have written is a 400. */
export async function readFirstSheet(file: Buffer, maxRows: number): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    throw new AppError(400, "badWorkbook");
  }
  const ws = wb.worksheets[0];
  if (!ws) throw new AppError(400, "badWorkbook");
  if (ws.rowCount > maxRows + 1) throw new AppError(400, "tooManyRows");
  return ws;
}

/** Yuan as a number of 万元 for a cell (Excel keeps numbers as doubles; 6 places hold every fen). */
export function wanCell(yuan: string | null): number | null {
  return yuan === null ? null : Number(shiftDecimal(yuan, 4, 6));
}

/** A cell as trimmed text: dates as YYYY-MM-DD, rich text and formulas by their shown value. */
export function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object" && "richText" in v)
    return v.richText
      .map((r) => r.text)
      .join("")
      .trim();
  if (typeof v === "object" && "text" in v) return String(v.text).trim();
  if (typeof v === "object" && "result" in v) return cellText(v.result as ExcelJS.CellValue);
  return String(v).trim();
}

/** "A（项目编号）" for the first column. */
export function columnName(index: number, header: string, locale: Locale): string {
  const letter = String.fromCharCode(65 + index);
  return locale === "zh-CN" ? `${letter}（${header}）` : `${letter} (${header})`;
}

/** 400 problem+json listing every row error, also as `rows` for the web's table of them. */
export function refuseRows(reply: FastifyReply, locale: Locale, rows: RowError[]) {
  const errors = rows.map((e) => ({
    field: `${e.sheet}!${e.column.charAt(0)}${e.row}`,
    message:
      locale === "zh-CN"
        ? `${e.sheet} 第${e.row}行 ${e.column}：${e.message}`
        : `${e.sheet} row ${e.row}, column ${e.column}: ${e.message}`,
  }));
  return reply
    .status(400)
    .type("application/problem+json")
    .send({
      ...problem(400, "importRefused", message("importRefused", locale, { n: String(rows.length) }), errors, locale),
      rows,
    });
}
