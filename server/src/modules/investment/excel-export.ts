/** Excel exports of the investment lists (leads, activities, contracts with fulfilment), for the filters shown. */
import type { Locale } from "@zoneos/core/format";
import type { activityQuery, contractQuery, leadQuery } from "@zoneos/core/investment-api";
import {
  ACTIVITY_KIND_LABELS,
  CONTRACT_KIND_LABELS,
  LEAD_SOURCE_LABELS,
  LEAD_STAGE_LABELS,
} from "@zoneos/core/investment-labels";
import type { z } from "zod";
import type { ServiceContext } from "../../platform/context.js";
import { addSheet, newWorkbook, toBuffer, wanCell } from "../../platform/workbook.js";
import { listActivities } from "./activities-service.js";
import { contractFulfilment, listContracts } from "./contracts-service.js";
import { listLeads } from "./leads-service.js";

/** Large enough for any zone's pipeline; an export stops there rather than run unbounded. */
export const EXPORT_LIMIT = 5000;
const PAGE = 200;

type Page<T> = { items: T[]; total: number };

async function all<T, Q>(list: (q: Q & { page: number; pageSize: number }) => Promise<Page<T>>, q: Q) {
  const out: T[] = [];
  for (let page = 1; out.length < EXPORT_LIMIT; page++) {
    const result = await list({ ...q, page, pageSize: PAGE });
    out.push(...result.items);
    if (result.items.length < PAGE || out.length >= result.total) break;
  }
  return out.slice(0, EXPORT_LIMIT);
}

interface Column {
  key: string;
  zh: string;
  en: string;
  width: number;
  numFmt?: string;
}

function sheet(L: Locale, name: Record<Locale, string>, columns: Column[]) {
  const wb = newWorkbook();
  const ws = addSheet(
    wb,
    name[L],
    columns.map((c) => ({ key: c.key, header: L === "zh-CN" ? c.zh : c.en, width: c.width, numFmt: c.numFmt })),
  );
  return { wb, ws };
}

const label = (labels: Record<string, Record<Locale, string>>, code: string | null, L: Locale) =>
  code ? (labels[code]?.[L] ?? code) : "";
const WAN = "0.00";

export async function exportLeads(ctx: ServiceContext, q: Omit<z.infer<typeof leadQuery>, "page" | "pageSize">) {
  const L = ctx.locale;
  const leads = await all((p) => listLeads(ctx, p), q);
  const { wb, ws } = sheet(L, { "zh-CN": "招商线索", "en-US": "Leads" }, [
    { key: "investor", zh: "客商名称", en: "Investor", width: 30 },
    { key: "creditCode", zh: "统一社会信用代码", en: "Credit code", width: 21 },
    { key: "hq", zh: "总部所在地", en: "Headquarters", width: 14 },
    { key: "project", zh: "项目名称", en: "Project", width: 30 },
    { key: "industry", zh: "行业", en: "Industry", width: 18 },
    { key: "amount", zh: "意向投资（万元）", en: "Intended (10k yuan)", width: 14, numFmt: WAN },
    { key: "landMu", zh: "用地（亩）", en: "Land (mu)", width: 10 },
    { key: "source", zh: "来源", en: "Source", width: 10 },
    { key: "stage", zh: "阶段", en: "Stage", width: 10 },
    { key: "unit", zh: "负责单位", en: "Owner unit", width: 16 },
    { key: "officer", zh: "招商专员", en: "Officer", width: 10 },
    { key: "signedOn", zh: "签约日期", en: "Signed on", width: 12 },
    { key: "signedAmount", zh: "签约金额（万元）", en: "Signed (10k yuan)", width: 14, numFmt: WAN },
    { key: "claim", zh: "撞单", en: "Contest", width: 10 },
  ]);
  for (const l of leads)
    ws.addRow({
      investor: l.investorName,
      creditCode: l.investorCreditCode ?? "",
      hq: l.investorHq ?? "",
      project: l.projectName,
      industry: l.industryName ?? l.industryCode ?? "",
      amount: wanCell(l.intendedInvestmentYuan),
      landMu: l.landMu === null ? null : Number(l.landMu),
      source: label(LEAD_SOURCE_LABELS, l.source, L),
      stage: label(LEAD_STAGE_LABELS, l.stage, L),
      unit: l.ownerUnitName,
      officer: l.ownerUserName ?? "",
      signedOn: l.signedOn ?? "",
      signedAmount: wanCell(l.signedAmountYuan),
      claim: l.claim ? (l.claim.rivals.map((r) => r.unitName).join("、") ?? "") : "",
    });
  return toBuffer(wb);
}

export async function exportActivities(
  ctx: ServiceContext,
  q: Omit<z.infer<typeof activityQuery>, "page" | "pageSize">,
) {
  const L = ctx.locale;
  const list = await all((p) => listActivities(ctx, p), q);
  const { wb, ws } = sheet(L, { "zh-CN": "招商活动", "en-US": "Activities" }, [
    { key: "kind", zh: "类型", en: "Kind", width: 10 },
    { key: "title", zh: "主题", en: "Title", width: 34 },
    { key: "startsOn", zh: "开始日期", en: "Starts", width: 12 },
    { key: "endsOn", zh: "结束日期", en: "Ends", width: 12 },
    { key: "where", zh: "地点/目的地", en: "Where", width: 20 },
    { key: "unit", zh: "单位", en: "Unit", width: 16 },
    { key: "members", zh: "参加人员", en: "Members", width: 20 },
    { key: "counterparts", zh: "客商方", en: "Counterparts", width: 20 },
    { key: "attendees", zh: "参会人数", en: "Attendees", width: 10 },
    { key: "leads", zh: "关联线索", en: "Leads", width: 30 },
    { key: "outcome", zh: "成效", en: "Outcome", width: 30 },
  ]);
  for (const a of list)
    ws.addRow({
      kind: label(ACTIVITY_KIND_LABELS, a.kind, L),
      title: a.title,
      startsOn: a.startsOn,
      endsOn: a.endsOn ?? "",
      where: a.destinations.length > 0 ? a.destinations.join("、") : (a.location ?? ""),
      unit: a.unitName,
      members: a.members.join("、"),
      counterparts: a.counterparts ?? "",
      attendees: a.attendees,
      leads: a.leads.map((l) => l.investorName).join("、"),
      outcome: a.outcome ?? "",
    });
  return toBuffer(wb);
}

export async function exportContracts(
  ctx: ServiceContext,
  q: Omit<z.infer<typeof contractQuery>, "page" | "pageSize">,
) {
  const L = ctx.locale;
  const list = await all((p) => listContracts(ctx, p), q);
  const { wb, ws } = sheet(L, { "zh-CN": "签约合同与履约", "en-US": "Contracts and fulfilment" }, [
    { key: "code", zh: "合同编号", en: "Code", width: 16 },
    { key: "kind", zh: "类型", en: "Kind", width: 10 },
    { key: "investor", zh: "客商", en: "Investor", width: 28 },
    { key: "title", zh: "合同名称", en: "Title", width: 32 },
    { key: "unit", zh: "负责单位", en: "Unit", width: 14 },
    { key: "signedOn", zh: "签约日期", en: "Signed on", width: 12 },
    { key: "amount", zh: "合同金额（万元）", en: "Amount (10k yuan)", width: 14, numFmt: WAN },
    { key: "startOn", zh: "承诺开工", en: "Promised start", width: 12 },
    { key: "productionOn", zh: "承诺投产", en: "Promised production", width: 12 },
    { key: "dueToDate", zh: "应到位（万元）", en: "Due (10k yuan)", width: 13, numFmt: WAN },
    { key: "inPlace", zh: "已到位（万元）", en: "In place (10k yuan)", width: 13, numFmt: WAN },
    { key: "rate", zh: "资金到位率（%）", en: "Funds in place (%)", width: 12, numFmt: "0.0" },
    { key: "fulfilling", zh: "履约", en: "Fulfilling", width: 8 },
  ]);
  for (const c of list) {
    const f = await contractFulfilment(ctx, c.id);
    ws.addRow({
      code: c.code ?? "",
      kind: label(CONTRACT_KIND_LABELS, c.kind, L),
      investor: c.investorName,
      title: c.title,
      unit: c.unitName,
      signedOn: c.signedOn,
      amount: wanCell(c.amountYuan),
      startOn: c.promisedStartOn ?? "",
      productionOn: c.promisedProductionOn ?? "",
      dueToDate: wanCell(f.promised.toDateYuan),
      inPlace: wanCell(f.actual.investmentYuan),
      rate: f.fundsInPlacePct,
      fulfilling: f.fulfilling ? (L === "zh-CN" ? "是" : "Yes") : L === "zh-CN" ? "否" : "No",
    });
  }
  return toBuffer(wb);
}
