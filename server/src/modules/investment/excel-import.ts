/**
 * Leads from Excel: the template, and an import that checks every row (credit code, industry, amounts, source,
 * unit, 撞单 against other units and within the file) and writes all rows or none.
 */
import { creditCodeProblem } from "@zoneos/core/credit-code";
import { type Locale, toYuan } from "@zoneos/core/format";
import { LEAD_SOURCES } from "@zoneos/core/investment-api";
import { LEAD_SOURCE_LABELS } from "@zoneos/core/investment-labels";
import { normaliseCompanyName } from "@zoneos/core/investment-names";
import { eq, inArray } from "drizzle-orm";
import { audit } from "../../platform/audit.js";
import { requirePermission, type ServiceContext } from "../../platform/context.js";
import { invalid } from "../../platform/errors.js";
import {
  addSheet,
  cellText,
  columnName,
  newWorkbook,
  type RowError,
  readFirstSheet,
  toBuffer,
} from "../../platform/workbook.js";
import { assertZoneWritable } from "../../platform/zone-access.js";
import { industries } from "../enterprises/tables.js";
import { units } from "../platform/tables.js";
import { isInvestmentLeader, requireDetails } from "./access.js";
import { findDuplicates } from "./conflicts-service.js";
import { investmentLeadStages as leadStages, investmentLeads as leads } from "./tables.js";

const COLUMNS = [
  { key: "investorName", zh: "客商名称*", en: "Investor*", width: 30 },
  { key: "investorCreditCode", zh: "统一社会信用代码", en: "Credit code", width: 21 },
  { key: "investorHq", zh: "总部所在地", en: "Headquarters", width: 14 },
  { key: "projectName", zh: "项目名称*", en: "Project*", width: 30 },
  { key: "industryCode", zh: "行业代码", en: "Industry code", width: 10 },
  { key: "amountWan", zh: "意向投资（万元）*", en: "Intended (10k yuan)*", width: 16 },
  { key: "landMu", zh: "用地（亩）", en: "Land (mu)", width: 10 },
  { key: "source", zh: "来源*", en: "Source*", width: 12 },
  { key: "unit", zh: "负责单位", en: "Owner unit", width: 16 },
  { key: "firstContactOn", zh: "首次接触日期", en: "First contact", width: 13 },
  { key: "projectContent", zh: "项目内容", en: "Project content", width: 30 },
] as const;
type Key = (typeof COLUMNS)[number]["key"];
const col = (key: Key) => COLUMNS.findIndex((c) => c.key === key);

const MSG = {
  notTemplate: { "zh-CN": "不是线索导入模板的表头", "en-US": "is not the lead template's header" },
  required: { "zh-CN": "必填", "en-US": "is required" },
  tooLong: { "zh-CN": "过长", "en-US": "is too long" },
  creditCode: { "zh-CN": "统一社会信用代码无效", "en-US": "invalid credit code" },
  industry: { "zh-CN": "不是 GB/T 4754-2017 行业代码", "en-US": "not a GB/T 4754-2017 code" },
  money: { "zh-CN": "应为不超过1亿万元的非负金额", "en-US": "must be a non-negative amount below 10⁸ (10k yuan)" },
  mu: { "zh-CN": "应为非负亩数", "en-US": "must be a non-negative area in mu" },
  source: { "zh-CN": "不是可选来源之一：", "en-US": "is not one of: " },
  unit: { "zh-CN": "不是本园区您可录入的单位", "en-US": "is not a unit of this zone you may enter for" },
  date: { "zh-CN": "应为日期 YYYY-MM-DD", "en-US": "must be a date YYYY-MM-DD" },
  duplicateInFile: { "zh-CN": "与本文件第 {row} 行为同一客商", "en-US": "is the same investor as row {row}" },
  contested: {
    "zh-CN": "撞单：该客商已由 {units} 跟进，请逐条录入并确认",
    "en-US": "{units} already pursue this investor; enter it on its own and confirm",
  },
} satisfies Record<string, Record<Locale, string>>;

const header = (i: number, L: Locale) => {
  const c = COLUMNS[i];
  return c ? (L === "zh-CN" ? c.zh : c.en) : "";
};

export async function leadTemplate(locale: Locale): Promise<Buffer> {
  const wb = newWorkbook();
  addSheet(
    wb,
    locale === "zh-CN" ? "招商线索" : "Leads",
    COLUMNS.map((c) => ({ key: c.key, header: locale === "zh-CN" ? c.zh : c.en, width: c.width, numFmt: "@" })),
  );
  const help = addSheet(wb, locale === "zh-CN" ? "来源说明" : "Sources", [
    { key: "label", header: locale === "zh-CN" ? "来源" : "Source", width: 16 },
  ]);
  for (const s of LEAD_SOURCES) help.addRow({ label: LEAD_SOURCE_LABELS[s]?.[locale] ?? s });
  return toBuffer(wb);
}

function sourceOf(text: string): (typeof LEAD_SOURCES)[number] | null {
  for (const s of LEAD_SOURCES)
    if (s === text || LEAD_SOURCE_LABELS[s]?.["zh-CN"] === text || LEAD_SOURCE_LABELS[s]?.["en-US"] === text) return s;
  return null;
}

/** Reads and checks every row; writes nothing unless every row is good. */
export async function importLeads(
  ctx: ServiceContext,
  zoneId: string,
  file: Buffer,
): Promise<{ errors: RowError[] } | { created: number }> {
  requirePermission(ctx.actor, "investment:write");
  requireDetails(ctx);
  await assertZoneWritable(ctx, zoneId);
  if (!ctx.actor.unitId && !isInvestmentLeader(ctx)) throw invalid([{ field: "unit", key: "unitRequired" }]);
  const ws = await readFirstSheet(file, 2000);
  const L = ctx.locale;
  const errors: RowError[] = [];
  const fail = (row: number, key: Key, text: string) =>
    errors.push({ sheet: ws.name, row, column: columnName(col(key), header(col(key), L), L), message: text });

  COLUMNS.forEach((c, i) => {
    const text = cellText(ws.getRow(1).getCell(i + 1).value);
    if (text !== c.zh && text !== c.en) fail(1, c.key, MSG.notTemplate[L]);
  });
  if (errors.length > 0) return { errors };

  const zoneUnits = await ctx.db
    .select({ id: units.id, name: units.name, path: units.path })
    .from(units)
    .where(eq(units.zoneId, zoneId));
  const allowedUnit = (path: string) =>
    isInvestmentLeader(ctx) || (ctx.actor.unitPath !== null && path.startsWith(ctx.actor.unitPath));
  const rows: { n: number; values: typeof leads.$inferInsert }[] = [];
  const codes = new Map<number, string>();
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    if (n === 1) return;
    const get = (key: Key) => cellText(row.getCell(col(key) + 1).value);
    if (COLUMNS.every((c) => get(c.key) === "")) return;
    const investorName = get("investorName");
    const projectName = get("projectName");
    if (!investorName) fail(n, "investorName", MSG.required[L]);
    if (investorName.length > 120) fail(n, "investorName", MSG.tooLong[L]);
    if (!projectName) fail(n, "projectName", MSG.required[L]);
    if (projectName.length > 120) fail(n, "projectName", MSG.tooLong[L]);
    const creditCode = get("investorCreditCode").toUpperCase() || null;
    if (creditCode && creditCodeProblem(creditCode)) fail(n, "investorCreditCode", MSG.creditCode[L]);
    const industryCode = get("industryCode") || null;
    if (industryCode) {
      codes.set(n, industryCode);
      if (!/^\d{2,4}$/.test(industryCode)) fail(n, "industryCode", MSG.industry[L]);
    }
    const amountWan = get("amountWan");
    const amountYuan = /^\d{1,8}(\.\d{1,6})?$/.test(amountWan) ? toYuan(amountWan, "wan") : null;
    if (!amountWan) fail(n, "amountWan", MSG.required[L]);
    else if (!amountYuan || !/^\d{1,12}(\.\d{1,2})?$/.test(amountYuan)) fail(n, "amountWan", MSG.money[L]);
    const landMu = get("landMu") || null;
    if (landMu && !/^\d{1,6}(\.\d{1,2})?$/.test(landMu)) fail(n, "landMu", MSG.mu[L]);
    const source = sourceOf(get("source"));
    if (!source)
      fail(
        n,
        "source",
        MSG.source[L] + LEAD_SOURCES.map((s) => LEAD_SOURCE_LABELS[s]?.[L] ?? s).join(L === "zh-CN" ? "、" : ", "),
      );
    const unitText = get("unit");
    const unit = unitText
      ? zoneUnits.find((u) => u.name === unitText)
      : zoneUnits.find((u) => u.id === ctx.actor.unitId);
    if (!unit || !allowedUnit(unit.path)) fail(n, "unit", MSG.unit[L]);
    const firstContactOn = get("firstContactOn") || null;
    if (firstContactOn && !/^\d{4}-\d{2}-\d{2}$/.test(firstContactOn)) fail(n, "firstContactOn", MSG.date[L]);
    if (investorName && projectName && amountYuan && source && unit)
      rows.push({
        n,
        values: {
          zoneId,
          ownerUnitId: unit.id,
          ownerUserId: ctx.actor.zoneId === zoneId && unit.id === ctx.actor.unitId ? ctx.actor.userId : null,
          investorName,
          investorNameKey: normaliseCompanyName(investorName),
          investorCreditCode: creditCode,
          investorHq: get("investorHq") || null,
          projectName,
          projectContent: get("projectContent").slice(0, 2000) || null,
          industryCode,
          intendedInvestmentYuan: amountYuan,
          landMu,
          source,
          firstContactOn,
          createdBy: ctx.actor.userId,
          stageChangedAt: ctx.now,
          createdAt: ctx.now,
          updatedAt: ctx.now,
        },
      });
  });
  if (codes.size > 0) {
    const known = new Set(
      (
        await ctx.db
          .select({ code: industries.code })
          .from(industries)
          .where(inArray(industries.code, [...new Set(codes.values())]))
      ).map((r) => r.code),
    );
    for (const [n, code] of codes)
      if (/^\d{2,4}$/.test(code) && !known.has(code)) fail(n, "industryCode", MSG.industry[L]);
  }
  // 撞单 within the file and against other units: such investors are entered one by one, with the warning.
  const firstRow = new Map<string, number>();
  for (const r of rows) {
    const keys = [r.values.investorNameKey, r.values.investorCreditCode].filter((k): k is string => Boolean(k));
    const earlier = keys.map((k) => firstRow.get(k)).find((x) => x !== undefined);
    if (earlier !== undefined) fail(r.n, "investorName", MSG.duplicateInFile[L].replace("{row}", String(earlier)));
    for (const k of keys) if (!firstRow.has(k)) firstRow.set(k, r.n);
    const rivals = (
      await findDuplicates(ctx, {
        zoneId,
        creditCode: r.values.investorCreditCode,
        nameKey: r.values.investorNameKey,
        unitId: r.values.ownerUnitId,
      })
    ).filter((d) => !d.sameUnit);
    if (rivals.length > 0)
      fail(
        r.n,
        "investorName",
        MSG.contested[L].replace("{units}", [...new Set(rivals.map((d) => d.unitName))].join("、")),
      );
  }
  if (errors.length > 0) return { errors: errors.sort((a, b) => a.row - b.row) };

  await ctx.db.transaction(async (tx) => {
    for (const r of rows) {
      const [row] = await tx.insert(leads).values(r.values).returning();
      if (!row) throw new Error("insert returned nothing");
      await tx
        .insert(leadStages)
        .values({ zoneId, leadId: row.id, toStage: "clue", actorId: ctx.actor.userId, at: ctx.now });
      await audit(tx, ctx, { entity: "investmentLead", entityId: row.id, action: "import", zoneId, after: row });
    }
  });
  return { created: rows.length };
}
