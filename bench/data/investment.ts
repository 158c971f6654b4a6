/**
 * 招商 leads across the pipeline (investor, intended investment, source, stage) and the contracts of the leads that
 * reached 签约 or beyond, once the investment module's tables are in the schema.
 */

import { LEAD_SOURCES } from "@zoneos/core/investment-api";
import { normaliseCompanyName } from "@zoneos/core/investment-names";
import type pg from "pg";
import { copyRows } from "../lib/copy.js";
import { columnsOf, tableExists } from "../lib/db.js";
import type { Random } from "../lib/random.js";
import type { Scale } from "../lib/scale.js";
import type { ZoneRow } from "./model.js";

const LEAD_COLUMNS = [
  "id",
  "zone_id",
  "owner_unit_id",
  "investor_name",
  "investor_name_key",
  "investor_hq",
  "investor_industry",
  "investor_size",
  "project_name",
  "intended_investment_yuan",
  "land_mu",
  "expected_output_yuan",
  "expected_tax_yuan",
  "expected_jobs",
  "source",
  "first_contact_on",
  "stage",
  "stage_changed_at",
];
const CONTRACT_COLUMNS = [
  "id",
  "zone_id",
  "lead_id",
  "kind",
  "code",
  "title",
  "signed_on",
  "amount_yuan",
  "promised_start_on",
  "promised_production_on",
  "promised_output_yuan",
  "promised_tax_yuan",
  "promised_jobs",
  "land_mu",
];
const HQ = ["深圳", "上海", "杭州", "苏州", "广州", "北京", "宁波", "东莞", "无锡", "合肥", "香港", "台北"];
const FIRMS = ["精工", "智造", "新能", "华芯", "联创", "科达", "博瑞", "天合", "远景", "立讯", "德赛", "海康"];
const KINDS = ["科技", "实业", "电子", "新材料", "装备", "食品", "医药"];
const STAGES: [string, number][] = [
  ["clue", 0.3],
  ["contact", 0.18],
  ["inspection", 0.12],
  ["negotiation", 0.1],
  ["review", 0.05],
  ["signed", 0.08],
  ["registered", 0.06],
  ["converted", 0.05],
  ["onHold", 0.03],
  ["lost", 0.03],
];

function stageOf(x: number): string {
  let acc = 0;
  for (const [s, p] of STAGES) {
    acc += p;
    if (x < acc) return s;
  }
  return "clue";
}

export async function loadInvestment(
  client: pg.ClientBase,
  rnd: Random,
  scale: Scale,
  zones: ZoneRow[],
): Promise<{ rows: number } | string> {
  if (!(await tableExists(client, "investment_leads")) || !(await tableExists(client, "investment_contracts")))
    return "the investment module has no tables in the schema yet";
  for (const [table, wanted] of [
    ["investment_leads", LEAD_COLUMNS],
    ["investment_contracts", CONTRACT_COLUMNS],
  ] as const) {
    const have = new Set(await columnsOf(client, table));
    const missing = wanted.filter((c) => !have.has(c));
    if (missing.length > 0) return `${table} changed shape (no ${missing.join(", ")}); update bench/data/investment.ts`;
  }
  const leads: unknown[][] = [];
  const contracts: unknown[][] = [];
  let serial = 0;
  for (const z of zones) {
    for (let k = 0; k < scale.leadsPerZone; k++, serial++) {
      const id = rnd.uuid();
      const hq = rnd.pick(HQ);
      const investor = `${hq}${rnd.pick(FIRMS)}${rnd.pick(KINDS)}${rnd.chance(0.3) ? "集团" : ""}有限公司`;
      const amount = Math.round(Math.exp(Math.log(3e8) + rnd.normal()) / 10000) * 10000;
      const stage = stageOf(rnd.next());
      const contact = `${rnd.int(2021, 2026)}-${String(rnd.int(1, 12)).padStart(2, "0")}-${String(rnd.int(1, 28)).padStart(2, "0")}`;
      const contactDate = contact > "2026-11-20" ? "2026-11-20" : contact;
      const landMu = (amount / 3e6).toFixed(2);
      leads.push([
        id,
        z.id,
        z.units.investment,
        investor,
        normaliseCompanyName(investor),
        hq,
        rnd.pick(KINDS),
        rnd.pick(["large", "medium", "small"]),
        `${rnd.pick(KINDS)}产业园项目`,
        amount.toFixed(2),
        landMu,
        (amount * 1.5).toFixed(2),
        (amount * 0.05).toFixed(2),
        rnd.int(50, 2000),
        rnd.pick(LEAD_SOURCES),
        contactDate,
        stage,
        `${contactDate}T10:00:00+08`,
      ]);
      if (["signed", "registered", "converted"].includes(stage)) {
        const signed =
          contactDate < "2026-05-01" ? `${contactDate.slice(0, 4)}-${contactDate.slice(5, 7)}-28` : contactDate;
        contracts.push([
          rnd.uuid(),
          z.id,
          id,
          "formal",
          `HT-${String(serial).padStart(6, "0")}`,
          `${investor}投资合同`,
          signed,
          amount.toFixed(2),
          signed,
          `${Number(signed.slice(0, 4)) + 2}${signed.slice(4)}`,
          (amount * 1.5).toFixed(2),
          (amount * 0.05).toFixed(2),
          rnd.int(50, 2000),
          landMu,
        ]);
      }
    }
  }
  let rows = await copyRows(client, "investment_leads", LEAD_COLUMNS, leads as never);
  rows += await copyRows(client, "investment_contracts", CONTRACT_COLUMNS, contracts as never);
  return { rows };
}
