/**
 * Enterprise lists in and out of Excel. Import is all-or-nothing: every row is checked first and any error
 * (with its sheet, row and column) refuses the whole file; rows whose credit code exists update that enterprise.
 */
import { creditCodeProblem } from "@zoneos/core/credit-code";
import type { enterpriseQuery } from "@zoneos/core/enterprise-api";
import { ENTERPRISE_STATUS_LABELS, OWNERSHIP_LABELS, RUNG_LABELS } from "@zoneos/core/enterprise-labels";
import type { Locale } from "@zoneos/core/format";
import { toYuan } from "@zoneos/core/format";
import { and, eq, inArray, sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import type { z } from "zod";
import { audit } from "../../platform/audit.js";
import type { ServiceContext } from "../../platform/context.js";
import { AppError } from "../../platform/errors.js";
import { assertWritableZone, exportEnterpriseRows } from "./enterprises-service.js";
import { indexName, searchKeyOf } from "./search.js";
import { enterprises, industries } from "./tables.js";

type Labels = Record<string, { "zh-CN": string; "en-US": string }>;

interface Column {
  key: string;
  zh: string;
  en: string;
  width: number;
}

const COLUMNS: Column[] = [
  { key: "creditCode", zh: "统一社会信用代码", en: "Credit code", width: 22 },
  { key: "name", zh: "企业名称", en: "Name", width: 32 },
  { key: "industryCode", zh: "行业代码(GB/T 4754小类)", en: "Industry class code", width: 14 },
  { key: "ownership", zh: "经济类型", en: "Ownership", width: 12 },
  { key: "status", zh: "经营状态", en: "Status", width: 10 },
  { key: "legalRepresentative", zh: "法定代表人", en: "Legal representative", width: 12 },
  { key: "registeredCapitalWan", zh: "注册资本(万元)", en: "Registered capital (10k yuan)", width: 14 },
  { key: "establishedOn", zh: "成立日期", en: "Established on", width: 12 },
  { key: "address", zh: "地址", en: "Address", width: 30 },
  { key: "employees", zh: "从业人员(人)", en: "Employees", width: 10 },
  { key: "landMu", zh: "占地面积(亩)", en: "Land (mu)", width: 10 },
  { key: "contactName", zh: "联系人", en: "Contact", width: 10 },
  { key: "contactPhone", zh: "联系电话", en: "Contact phone", width: 14 },
  { key: "cluster", zh: "主导产业集群", en: "Leading cluster", width: 14 },
  { key: "rung", zh: "培育梯次", en: "Cultivation rung", width: 10 },
];
const SHEET = "企业名录";

function header(locale: Locale) {
  return COLUMNS.map((c) => (locale === "zh-CN" ? c.zh : c.en));
}

function label(labels: Labels, code: string | null, locale: Locale) {
  return code ? (labels[code]?.[locale] ?? code) : "";
}

function workbook(locale: Locale) {
  const wb = new ExcelJS.Workbook();
  wb.creator = "ZoneOS";
  const ws = wb.addWorksheet(SHEET, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = COLUMNS.map((c, i) => ({ header: header(locale)[i], key: c.key, width: c.width }));
  ws.getRow(1).font = { bold: true };
  return { wb, ws };
}

export async function importTemplate(locale: Locale): Promise<Buffer> {
  const { wb, ws } = workbook(locale);
  ws.addRow([
    "91411425MA9XXXXXXX",
    "示例：某某机械制造有限公司",
    "3311",
    "私营",
    "在营",
    "张三",
    "500",
    "2019-05-20",
    "虞城县高新区",
    120,
    "35.5",
    "李四",
    "13800000000",
    "装备制造",
    "企业",
  ]);
  ws.getRow(2).font = { italic: true, color: { argb: "FF888888" } };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function exportEnterprises(ctx: ServiceContext, q: z.infer<typeof enterpriseQuery>): Promise<Buffer> {
  const rows = await exportEnterpriseRows(ctx, q, 100_000);
  const { wb, ws } = workbook(ctx.locale);
  for (const r of rows)
    ws.addRow({
      ...r,
      ownership: label(OWNERSHIP_LABELS, r.ownership, ctx.locale),
      status: label(ENTERPRISE_STATUS_LABELS, r.status, ctx.locale),
      rung: label(RUNG_LABELS, r.rung, ctx.locale),
      registeredCapitalWan: r.registeredCapitalYuan ? Number(r.registeredCapitalYuan) / 10_000 : null,
      landMu: r.landMu ? Number(r.landMu) : null,
    });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export interface RowError {
  sheet: string;
  row: number;
  column: string;
  message: string;
}

const MSG = {
  required: { "zh-CN": "必填", "en-US": "is required" },
  creditCode: { "zh-CN": "统一社会信用代码无效", "en-US": "invalid credit code" },
  industry: { "zh-CN": "不是 GB/T 4754-2017 小类代码", "en-US": "not a GB/T 4754-2017 class code" },
  option: { "zh-CN": "不是可选值之一：", "en-US": "is not one of: " },
  number: { "zh-CN": "应为非负数", "en-US": "must be a non-negative number" },
  date: { "zh-CN": "应为日期 YYYY-MM-DD", "en-US": "must be a date YYYY-MM-DD" },
  duplicateInFile: { "zh-CN": "与本文件第 {row} 行重复", "en-US": "repeats row {row} of this file" },
  otherZone: {
    "zh-CN": "该信用代码的企业属于其他园区",
    "en-US": "this credit code belongs to another zone's enterprise",
  },
} as const;

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object" && "text" in v) return String(v.text).trim();
  if (typeof v === "object" && "result" in v) return String(v.result ?? "").trim();
  return String(v).trim();
}

/** YYYY-MM-DD naming a day that exists (2021-13-01 and 2023-02-30 do not). */
function isRealDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** The code whose code, Chinese or English label is the text; undefined when none is. */
function pickOption(labels: Labels, text: string): string | undefined {
  for (const [code, l] of Object.entries(labels))
    if (code === text || l["zh-CN"] === text || l["en-US"] === text) return code;
  return undefined;
}

/** Parses and checks the workbook; writes only when every row is clean. */
export async function importEnterprises(ctx: ServiceContext, zoneId: string, file: Buffer) {
  await assertWritableZone(ctx, zoneId);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    throw new AppError(400, "badWorkbook");
  }
  const ws = wb.worksheets[0];
  if (!ws) throw new AppError(400, "badWorkbook");
  const L = ctx.locale;
  const errors: RowError[] = [];
  const parsed: { row: number; values: Record<string, unknown> }[] = [];
  const seen = new Map<string, number>();
  const classCodes = new Set(
    (await ctx.db.select({ code: industries.code }).from(industries).where(eq(industries.level, "class"))).map(
      (r) => r.code,
    ),
  );
  if (ws.rowCount > 20_001) throw new AppError(400, "tooManyRows");
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const cells = COLUMNS.map((_, i) => cellText(row.getCell(i + 1).value));
    if (cells.every((c) => c === "")) return;
    const fail = (col: number, message: string) =>
      errors.push({
        sheet: ws.name,
        row: rowNumber,
        column: `${String.fromCharCode(65 + col)}（${header(L)[col]}）`,
        message,
      });
    const [
      credit = "",
      name = "",
      industry = "",
      ownership = "",
      status = "",
      legal,
      capital = "",
      established = "",
      address,
      employees = "",
      land = "",
      contact,
      phone,
      cluster,
      rung = "",
    ] = cells;
    const code = credit.toUpperCase();
    const rungCode = rung ? pickOption(RUNG_LABELS, rung) : "enterprise";
    if (code && creditCodeProblem(code)) fail(0, MSG.creditCode[L]);
    if (!code && rungCode !== "individual") fail(0, MSG.required[L]);
    if (code && seen.has(code)) fail(0, MSG.duplicateInFile[L].replace("{row}", String(seen.get(code))));
    if (code) seen.set(code, rowNumber);
    if (!name) fail(1, MSG.required[L]);
    if (!classCodes.has(industry)) fail(2, MSG.industry[L]);
    const own = ownership ? pickOption(OWNERSHIP_LABELS, ownership) : "private";
    if (own === undefined)
      fail(
        3,
        MSG.option[L] +
          Object.values(OWNERSHIP_LABELS)
            .map((x) => x[L])
            .join("、"),
      );
    const st = status ? pickOption(ENTERPRISE_STATUS_LABELS, status) : "operating";
    if (st === undefined)
      fail(
        4,
        MSG.option[L] +
          Object.values(ENTERPRISE_STATUS_LABELS)
            .map((x) => x[L])
            .join("、"),
      );
    const num = (text: string, col: number) => {
      if (text === "") return null;
      if (!/^\d+(\.\d+)?$/.test(text)) fail(col, MSG.number[L]);
      return text;
    };
    const capitalWan = num(capital, 6);
    if (established && !isRealDate(established)) fail(7, MSG.date[L]);
    const emp = num(employees, 9);
    const landMu = num(land, 10);
    if (rungCode === undefined)
      fail(
        14,
        MSG.option[L] +
          Object.values(RUNG_LABELS)
            .map((x) => x[L])
            .join("、"),
      );
    parsed.push({
      row: rowNumber,
      values: {
        creditCode: code || null,
        name,
        industryCode: industry,
        ownership: own,
        status: st,
        legalRepresentative: legal || null,
        registeredCapitalYuan: capitalWan && /^\d+(\.\d+)?$/.test(capitalWan) ? toYuan(capitalWan, "wan") : null,
        establishedOn: established || null,
        address: address || null,
        employees: emp && /^\d+$/.test(emp) ? Number(emp) : null,
        landMu: landMu && /^\d+(\.\d+)?$/.test(landMu) ? landMu : null,
        contactName: contact || null,
        contactPhone: phone || null,
        cluster: cluster || null,
        rung: rungCode,
      },
    });
  });
  const codes = parsed.map((p) => p.values.creditCode as string | null).filter((c): c is string => !!c);
  const existing = codes.length
    ? await ctx.db
        .select({ id: enterprises.id, zoneId: enterprises.zoneId, creditCode: enterprises.creditCode })
        .from(enterprises)
        .where(inArray(enterprises.creditCode, codes))
    : [];
  const byCode = new Map(existing.map((e) => [e.creditCode, e]));
  for (const p of parsed) {
    const hit = byCode.get(p.values.creditCode as string);
    if (hit && hit.zoneId !== zoneId)
      errors.push({ sheet: ws.name, row: p.row, column: `A（${header(L)[0]}）`, message: MSG.otherZone[L] });
  }
  if (errors.length > 0) return { created: 0, updated: 0, errors: errors.sort((a, b) => a.row - b.row) };

  let created = 0;
  let updated = 0;
  await ctx.db.transaction(async (tx) => {
    for (const p of parsed) {
      const hit = byCode.get(p.values.creditCode as string);
      const values = p.values as typeof enterprises.$inferInsert;
      if (hit) {
        const [before] = await tx.select().from(enterprises).where(eq(enterprises.id, hit.id));
        const searchKey = await indexName(tx, hit.id, zoneId, values.name);
        const [after] = await tx
          .update(enterprises)
          .set({ ...values, searchKey, version: sql`${enterprises.version} + 1`, updatedAt: ctx.now })
          .where(and(eq(enterprises.id, hit.id)))
          .returning();
        await audit(tx, ctx, { entity: "enterprise", entityId: hit.id, action: "import", zoneId, before, after });
        updated++;
      } else {
        const id = crypto.randomUUID();
        const [after] = await tx
          .insert(enterprises)
          .values({ ...values, id, zoneId, searchKey: searchKeyOf(values.name) })
          .returning();
        await indexName(tx, id, zoneId, values.name);
        await audit(tx, ctx, { entity: "enterprise", entityId: id, action: "import", zoneId, after });
        created++;
      }
    }
  });
  return { created, updated, errors: [] as RowError[] };
}
