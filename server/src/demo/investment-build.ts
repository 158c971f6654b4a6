/**
 * Builds the investment demo's leads (with their review, contract and landing) per zone from the seed facts,
 * deterministically. Figures are drawn inside each zone's review thresholds so that passed reviews are
 * consistent with the rules that would have decided them.
 */
import type { LEAD_SOURCES } from "@zoneos/core/investment-api";
import type { LeadStage, ReviewDecision } from "@zoneos/core/investment-stages";
import { demoCreditCode } from "./enterprises/credit-code.js";
import { Rand } from "./enterprises/seeded-random.js";
import {
  DASHAN_IDEAS,
  HEZE_IDEAS,
  HEZE_LARGE_COUNT,
  HEZE_LARGE_TOTAL,
  HEZE_NAMED,
  type NamedLead,
  QUESHAN_NAMED_SIGNED,
  QUESHAN_NEGOTIATING_COUNT,
  QUESHAN_NEGOTIATING_IDEAS,
  QUESHAN_NEGOTIATING_TOTAL,
  QUESHAN_SIGNED_COUNT,
  QUESHAN_SIGNED_TOTAL,
  YONGKANG_DOOR_MAKERS,
  YUCHENG_TOWN_IDEAS,
} from "./investment-data.js";
import { addDays } from "./projects/dates.js";

type Source = (typeof LEAD_SOURCES)[number];

export interface Limits {
  intensity: number;
  taxPerMu: number;
  energy: number;
}

/** Each zone's 准入指标: 投资强度 万元/亩, 亩均税收 万元/亩, 能耗 tce/万元 (illustrative county values). */
export const ZONE_LIMITS: Record<string, Limits> = {
  queshan: { intensity: 200, taxPerMu: 10, energy: 0.3 },
  yucheng: { intensity: 250, taxPerMu: 15, energy: 0.25 },
  heze: { intensity: 300, taxPerMu: 20, energy: 0.2 },
  dashan: { intensity: 200, taxPerMu: 12, energy: 0.5 },
};

export interface LeadSpec {
  key: string;
  zone: string;
  unit: string;
  investor: string;
  creditCode: string | null;
  hq: string;
  project: string;
  content: string | null;
  industryCode: string;
  source: Source;
  amountYuan: string;
  landMu: string;
  outputYuan: string;
  taxYuan: string;
  jobs: number;
  energyTce: string;
  stage: LeadStage;
  heldFrom: LeadStage | null;
  reason: string | null;
  createdOn: string;
  review: { decision: ReviewDecision | null; on: string; conditions: string | null; concern: boolean } | null;
  contract: {
    kind: "framework" | "formal";
    signedOn: string;
    startOn: string;
    productionOn: string;
  } | null;
  projectId: string | null;
  enterpriseId: string | null;
}

/** Splits `total` (whole 百万) into `count` parts between lo and hi, adding up exactly. */
export function split(rand: Rand, total: number, count: number, lo: number, hi: number): number[] {
  const parts = Array.from({ length: count }, () => rand.int(lo, hi));
  let diff = total - parts.reduce((s, p) => s + p, 0);
  for (let i = 0; diff !== 0; i = (i + 1) % count) {
    const p = parts[i] as number;
    const step = diff > 0 ? Math.min(diff, hi * 3 - p) : Math.max(diff, lo - p);
    parts[i] = p + step;
    diff -= step;
  }
  return parts;
}

const million = (m: number) => `${m * 1_000_000}.00`;
const fixed = (n: number, d = 2) => n.toFixed(d);

/** Figures that meet the zone's limits: land from intensity, tax from 亩均税收, energy under the ceiling. */
function figures(rand: Rand, amountYuan: string, limits: Limits, weak = false) {
  const wan = Number(amountYuan) / 10_000;
  const intensity = weak ? limits.intensity * 0.8 : limits.intensity + rand.int(10, 250);
  const landMu = Math.max(10, Math.round(wan / intensity));
  const taxWan = landMu * (limits.taxPerMu + rand.int(1, 15));
  const outputWan = taxWan * rand.int(15, 25);
  const energy = outputWan * limits.energy * rand.int(30, 80) * 0.01;
  return {
    landMu: fixed(landMu),
    outputYuan: fixed(outputWan * 10_000),
    taxYuan: fixed(Math.round(taxWan) * 10_000),
    jobs: Math.max(20, Math.round(wan / 150)),
    energyTce: fixed(energy, 4),
  };
}

interface Base {
  zone: string;
  unit: string;
  investor: string;
  hq: string;
  project: string;
  industryCode: string;
  source: Source;
  amountYuan: string;
  stage: LeadStage;
  createdOn: string;
  content?: string | null;
  seq: number;
  region: string;
}

function lead(rand: Rand, b: Base, extra: Partial<LeadSpec> = {}): LeadSpec {
  const chinese = !b.hq.startsWith("境外");
  return {
    key: `${b.zone}/${b.seq}`,
    zone: b.zone,
    unit: b.unit,
    investor: b.investor,
    creditCode: chinese && rand.chance(0.7) ? demoCreditCode(b.region, 800_000 + b.seq) : null,
    hq: b.hq,
    project: b.project,
    content: b.content ?? null,
    industryCode: b.industryCode,
    source: b.source,
    amountYuan: b.amountYuan,
    ...figures(rand, b.amountYuan, ZONE_LIMITS[b.zone] ?? { intensity: 200, taxPerMu: 10, energy: 0.3 }),
    stage: b.stage,
    heldFrom: null,
    reason: null,
    createdOn: b.createdOn,
    review: null,
    contract: null,
    projectId: null,
    enterpriseId: null,
    ...extra,
  };
}

/** A signed lead: passed review a few weeks before signing, contract promises after it. */
function signing(rand: Rand, signedOn: string, kind: "framework" | "formal" = "formal") {
  const startOn = addDays(signedOn, rand.int(45, 150));
  return {
    review: {
      decision: (rand.chance(0.15) ? "conditional" : "passed") as ReviewDecision,
      on: addDays(signedOn, -rand.int(7, 30)),
      conditions: null,
      concern: false,
    },
    contract: { kind, signedOn, startOn, productionOn: addDays(startOn, rand.int(300, 540)) },
  };
}

export interface LinkedProject {
  id: string;
  name: string;
  enterpriseId: string | null;
  enterpriseName: string | null;
  totalYuan: string;
  industryCode: string | null;
  startOn: string | null;
  plannedStartOn: string | null;
  unitKey: string | null;
}

const SOURCES: Source[] = ["businessReferral", "resident", "entrusted", "exhibition", "platform", "professional"];

export function buildQueshan(projects: Map<string, LinkedProject>): LeadSpec[] {
  const rand = new Rand("investment/queshan");
  const out: LeadSpec[] = [];
  let seq = 0;
  type Who = Pick<NamedLead, "unit" | "investor" | "hq" | "project" | "industryCode" | "source" | "content">;
  const base = (n: Who, stage: LeadStage, createdOn: string, amount: number) => ({
    zone: "queshan",
    region: "411725",
    seq: ++seq,
    unit: n.unit,
    investor: n.investor,
    hq: n.hq,
    project: n.project,
    industryCode: n.industryCode,
    source: n.source,
    content: n.content ?? null,
    amountYuan: million(amount),
    stage,
    createdOn,
  });
  const named = QUESHAN_NAMED_SIGNED.reduce((s, n) => s + n.amount, 0);
  const others = QUESHAN_SIGNED_COUNT - QUESHAN_NAMED_SIGNED.length;
  const amounts = split(rand, QUESHAN_SIGNED_TOTAL - named, others, 80, 500);
  for (const n of QUESHAN_NAMED_SIGNED) {
    const p = n.projectName ? projects.get(n.projectName) : undefined;
    const signedOn = rand.day(2026, 1, 5);
    const s = signing(rand, signedOn, n.kind ?? "formal");
    if (p?.startOn) s.contract.startOn = p.startOn < signedOn ? addDays(signedOn, 60) : p.startOn;
    out.push(
      lead(rand, base(n, p ? "converted" : "signed", addDays(signedOn, -rand.int(60, 200)), n.amount), {
        ...s,
        ...(p ? { projectId: p.id, enterpriseId: p.enterpriseId, amountYuan: p.totalYuan } : {}),
      }),
    );
  }
  amounts.forEach((amount, i) => {
    const door = i < others - 2;
    const name = door ? YONGKANG_DOOR_MAKERS[i % YONGKANG_DOOR_MAKERS.length] : i === others - 2 ? "豫康" : "华锦";
    const signedOn = rand.day(2026, 1, 6);
    out.push(
      lead(
        rand,
        base(
          door
            ? {
                unit: i % 5 === 4 ? "street-langling" : "investment",
                investor: `永康市${name}门业有限公司`,
                hq: "浙江省永康市",
                project: `${name}门业年产${rand.int(5, 30)}万樘钢木门项目`,
                industryCode: rand.pick(["3353", "2032", "3351"]),
                source: "businessReferral",
              }
            : {
                unit: "economy",
                investor: `河南${name}生物科技有限公司`,
                hq: "河南省郑州市",
                project: `${name}生物科技产业化项目`,
                industryCode: "2761",
                source: "professional",
              },
          "signed",
          addDays(signedOn, -rand.int(40, 160)),
          amount,
        ),
        signing(rand, signedOn),
      ),
    );
  });
  const negotiating = split(rand, QUESHAN_NEGOTIATING_TOTAL, QUESHAN_NEGOTIATING_COUNT, 100, 500);
  negotiating.forEach((amount, i) => {
    const idea = QUESHAN_NEGOTIATING_IDEAS[
      i % QUESHAN_NEGOTIATING_IDEAS.length
    ] as (typeof QUESHAN_NEGOTIATING_IDEAS)[number];
    const inReview = i >= QUESHAN_NEGOTIATING_COUNT - 6;
    const createdOn = rand.day(2026, 3, 9);
    const decided = inReview && i % 2 === 0;
    out.push(
      lead(
        rand,
        base(
          {
            unit: i % 4 === 3 ? "street-langling" : "investment",
            investor: `${idea.hq.replace(/^.+省|市$/g, "").slice(0, 2)}${["恒", "瑞", "鼎", "诚", "鸿"][i % 5]}${idea.what}有限公司`,
            hq: idea.hq,
            project: `${idea.what}项目`,
            industryCode: idea.industryCode,
            source: SOURCES[i % SOURCES.length] as Source,
          },
          inReview ? "review" : "negotiation",
          createdOn,
          amount,
        ),
        inReview
          ? {
              review: {
                decision: decided ? "passed" : null,
                on: addDays(createdOn, rand.int(60, 90)),
                conditions: null,
                concern: !decided && i % 3 === 0,
              },
            }
          : {},
      ),
    );
  });
  // Early leads, and the ones set aside, so the board shows every column.
  const early: LeadStage[] = ["clue", "clue", "contact", "contact", "inspection", "inspection", "onHold", "lost"];
  early.forEach((stage, i) => {
    const idea = QUESHAN_NEGOTIATING_IDEAS[
      (i * 2) % QUESHAN_NEGOTIATING_IDEAS.length
    ] as (typeof QUESHAN_NEGOTIATING_IDEAS)[number];
    out.push(
      lead(
        rand,
        base(
          {
            unit: "investment",
            investor: `${["金", "宏", "嘉", "泰"][i % 4]}${["源", "达", "盛"][i % 3]}${idea.what}有限公司`,
            hq: idea.hq,
            project: `${idea.what}扩产项目`,
            industryCode: idea.industryCode,
            source: SOURCES[(i + 2) % SOURCES.length] as Source,
          },
          stage,
          rand.day(2026, 6, 11),
          rand.int(50, 300),
        ),
        stage === "onHold"
          ? { heldFrom: "inspection", reason: "投资方资金计划调整，明年再议" }
          : stage === "lost"
            ? { heldFrom: "negotiation", reason: "投资方落户外省，用地价格未谈拢" }
            : {},
      ),
    );
  });
  return out;
}

export function buildYucheng(projects: LinkedProject[]): LeadSpec[] {
  const rand = new Rand("investment/yucheng");
  const out: LeadSpec[] = [];
  let seq = 0;
  // Projects that came from signed leads: the contract promised what the project carries, a little earlier.
  for (const p of projects) {
    const start = p.startOn ?? p.plannedStartOn ?? rand.day(2026, 3, 9);
    const signedOn = addDays(start, -rand.int(90, 240));
    const s = signing(rand, signedOn);
    // Some contracts promised an earlier start than the project achieved: 超时限 in the fulfilment view.
    s.contract.startOn = seq % 4 === 0 ? addDays(start, -rand.int(30, 120)) : start;
    s.contract.productionOn = addDays(s.contract.startOn, rand.int(360, 600));
    out.push(
      lead(
        rand,
        {
          zone: "yucheng",
          region: "411425",
          seq: ++seq,
          unit: p.unitKey ?? "investment",
          investor: p.enterpriseName ?? `${p.name.slice(0, 4)}有限公司`,
          hq: rand.pick(["浙江省金华市", "江苏省常州市", "河南省郑州市", "广东省佛山市", "上海市"]),
          project: p.name,
          industryCode: p.industryCode ?? "3321",
          source: rand.pick(SOURCES),
          amountYuan: p.totalYuan,
          stage: "converted",
          createdOn: addDays(signedOn, -rand.int(60, 180)),
        },
        { ...s, projectId: p.id, enterpriseId: p.enterpriseId },
      ),
    );
  }
  // Signed, not yet a project, and past the promised start: what the 开工率 deducts for.
  const pending: [string, string, number, string][] = [
    ["宁波精工量具有限公司", "精密量具产业园项目", 350, "2026-06-30"],
    ["常州长江卷尺有限公司", "年产5000万只钢卷尺项目", 180, "2026-08-15"],
    ["郑州豫香食品有限公司", "休闲食品智能工厂项目", 120, "2027-03-01"],
  ];
  for (const [investor, project, amount, startOn] of pending) {
    const signedOn = addDays(startOn, -rand.int(120, 200));
    out.push(
      lead(
        rand,
        {
          zone: "yucheng",
          region: "411425",
          seq: ++seq,
          unit: "investment",
          investor,
          hq: "浙江省宁波市",
          project,
          industryCode: "3321",
          source: "businessReferral",
          amountYuan: million(amount),
          stage: "signed",
          createdOn: addDays(signedOn, -90),
        },
        {
          ...signing(rand, signedOn),
          contract: { kind: "formal", signedOn, startOn, productionOn: addDays(startOn, 420) },
        },
      ),
    );
  }
  // 全员招商: towns and departments bring leads too.
  const units = ["investment", "town-shaogang", "town-chengjiao", "dept-commerce", "dept-industry", "dept-projects"];
  const stages: LeadStage[] = [
    "clue",
    "contact",
    "inspection",
    "negotiation",
    "negotiation",
    "review",
    "clue",
    "contact",
  ];
  stages.forEach((stage, i) => {
    const idea = YUCHENG_TOWN_IDEAS[i % YUCHENG_TOWN_IDEAS.length] as (typeof YUCHENG_TOWN_IDEAS)[number];
    const createdOn = rand.day(2026, 4, 11);
    out.push(
      lead(
        rand,
        {
          zone: "yucheng",
          region: "411425",
          seq: ++seq,
          unit: units[i % units.length] as string,
          investor: `${["金华", "永康", "常州", "泉州"][i % 4]}${["锐", "精", "恒", "联"][i % 4]}${idea.what}有限公司`,
          hq: idea.hq,
          project: `${idea.what}生产基地项目`,
          industryCode: idea.industryCode,
          source: SOURCES[i % SOURCES.length] as Source,
          amountYuan: million(rand.int(60, 400)),
          stage,
          createdOn,
        },
        stage === "review"
          ? { review: { decision: null, on: addDays(createdOn, 40), conditions: null, concern: false } }
          : {},
      ),
    );
  });
  return out;
}

export function buildHeze(): LeadSpec[] {
  const rand = new Rand("investment/heze");
  const out: LeadSpec[] = [];
  const units = ["investment", "economy", "service", "approval", "office"];
  const named = HEZE_NAMED.reduce((s, n) => s + n.amount, 0);
  const amounts = [
    ...HEZE_NAMED.map((n) => n.amount),
    ...split(rand, HEZE_LARGE_TOTAL - named, HEZE_LARGE_COUNT - HEZE_NAMED.length, 100, 1500),
  ];
  amounts.forEach((amount, i) => {
    const n = HEZE_NAMED[i];
    const idea = HEZE_IDEAS[i % HEZE_IDEAS.length] as (typeof HEZE_IDEAS)[number];
    const signedOn = rand.day(2026, 1, 10);
    out.push(
      lead(
        rand,
        {
          zone: "heze",
          region: "371702",
          seq: i + 1,
          unit: n?.unit ?? (units[i % units.length] as string),
          investor:
            n?.investor ??
            `${["鲁", "华", "德", "瑞", "康"][i % 5]}${["信", "泰", "达", "源"][i % 4]}${idea.what}有限公司`,
          hq: n?.hq ?? idea.hq,
          project: n?.project ?? `${idea.what}项目`,
          industryCode: n?.industryCode ?? idea.industryCode,
          source: n?.source ?? (SOURCES[i % SOURCES.length] as Source),
          amountYuan: million(amount),
          stage: "signed",
          createdOn: addDays(signedOn, -rand.int(60, 200)),
        },
        signing(rand, signedOn),
      ),
    );
  });
  // Open cases before the committee, one with a concern, and one the "四不要" turned away.
  const cases: [string, string, string, boolean][] = [
    ["山东鲁康医疗器械有限公司", "高端医用耗材项目", "3581", false],
    ["江苏华芯电子材料有限公司", "电子级石墨烯材料项目", "3985", true],
    ["济南泰和食品有限公司", "功能食品产业园项目", "1491", false],
  ];
  cases.forEach(([investor, project, industryCode, concern], i) => {
    const createdOn = rand.day(2026, 7, 10);
    out.push(
      lead(
        rand,
        {
          zone: "heze",
          region: "371702",
          seq: 100 + i,
          unit: units[i % units.length] as string,
          investor,
          hq: "山东省济南市",
          project,
          industryCode,
          source: "professional",
          amountYuan: million(rand.int(150, 900)),
          stage: "review",
          createdOn,
        },
        { review: { decision: null, on: addDays(createdOn, 45), conditions: null, concern } },
      ),
    );
  });
  const createdOn = "2026-05-12";
  out.push(
    lead(
      rand,
      {
        zone: "heze",
        region: "371702",
        seq: 200,
        unit: "economy",
        investor: "菏泽恒通铸造有限公司",
        hq: "山东省菏泽市",
        project: "普通铸件扩能项目",
        industryCode: "3391",
        source: "other",
        amountYuan: million(120),
        stage: "lost",
        createdOn,
      },
      {
        heldFrom: "review",
        reason: "落地审查不通过：产能过剩、能耗超标（“四不要”）",
        review: { decision: "rejected", on: "2026-06-20", conditions: null, concern: true },
      },
    ),
  );
  return out;
}

export function buildDashan(): LeadSpec[] {
  const rand = new Rand("investment/dashan");
  const stages: LeadStage[] = [
    "clue",
    "clue",
    "clue",
    "contact",
    "contact",
    "contact",
    "inspection",
    "inspection",
    "negotiation",
    "negotiation",
    "negotiation",
    "review",
    "signed",
    "signed",
    "onHold",
  ];
  return stages.map((stage, i) => {
    const idea = DASHAN_IDEAS[i % DASHAN_IDEAS.length] as (typeof DASHAN_IDEAS)[number];
    const createdOn = rand.day(2026, 1, 10);
    const signed = stage === "signed";
    return lead(
      rand,
      {
        zone: "dashan",
        region: "410724",
        seq: i + 1,
        unit: i % 3 === 2 ? "economy" : "investment",
        investor: `${["京", "沪", "津", "粤", "苏", "浙"][i % 6]}${["华", "腾", "创", "远", "润"][i % 5]}${idea.what}有限公司`,
        hq: idea.hq,
        project: `${idea.what}项目`,
        industryCode: idea.industryCode,
        source: i % 2 === 0 ? "exhibition" : "resident",
        amountYuan: million(rand.int(80, 600)),
        stage,
        createdOn,
      },
      signed
        ? signing(rand, addDays(createdOn, rand.int(60, 120)))
        : stage === "review"
          ? { review: { decision: null, on: addDays(createdOn, 50), conditions: null, concern: false } }
          : stage === "onHold"
            ? { heldFrom: "negotiation", reason: "等待省级化工园区认定结果" }
            : {},
    );
  });
}
