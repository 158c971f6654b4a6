/**
 * Builds the demo projects as plain data: the named ones and, per zone, synthetic ones that reproduce the zone's
 * tiers and construction types, each with its timeline, milestones, yearly plans and monthly investment.
 */
import { type PROJECT_TIERS, tierOf } from "@zoneos/core/project-api";
import type { ProjectStage } from "@zoneos/core/project-lifecycle";
import { Rand } from "../enterprises/seeded-random.js";
import {
  type Category,
  type ConstructionType,
  NAMED_PROJECTS,
  OTHER_CENTERS,
  type Profile,
  type ProjectSpec,
  ZONE_PROJECT_PLANS,
  type ZoneProjectPlan,
} from "./data.js";
import { monthIndex, monthStart } from "./dates.js";
import { buildMilestones, buildTimeline, type MilestoneRow, type Timeline } from "./lifecycle.js";

export interface OwnerPool {
  /** Operating manufacturing enterprises of the zone, in a stable order. */
  byZone: Map<string, { name: string; industryCode: string | null }[]>;
}

export interface BuiltProject {
  zone: string;
  code: string;
  spec: ProjectSpec;
  tier: (typeof PROJECT_TIERS)[number];
  profile: Profile;
  timeline: Timeline;
  milestones: MilestoneRow[];
  /** Whole cents. */
  plans: { year: number; cents: number }[];
  investments: { month: string; cents: number }[];
  leaderName: string;
  levelTags: ("national" | "provincial" | "municipal" | "county")[];
  lat: number;
  lng: number;
  landMu: string | null;
  buildingAreaM2: string | null;
  expectedOutput: number | null;
  expectedTax: number | null;
  expectedJobs: number | null;
}

const PREFIX: Record<string, string> = {
  yanji: "YJ",
  heze: "HZ",
  yuxi: "YX",
  dashan: "DS",
  xiamen: "XM",
  shihezi: "SHZ",
  chuxiong: "CX",
};
const LEADERS: Record<string, string> = {
  yucheng: "李国强",
  queshan: "马永刚",
  xiangyang: "董立军",
  yanji: "朴成浩",
  heze: "唐立新",
  yuxi: "李春艳",
  dashan: "谢志远",
  xiamen: "林志明",
  shihezi: "许卫东",
  chuxiong: "普文华",
};
const YI = 100_000_000;
const WAN = 10_000;

function weighted<T extends string>(r: Rand, weights: Partial<Record<T, number>>): T {
  const entries = Object.entries(weights) as [T, number][];
  let x = r.float() * entries.reduce((s, [, w]) => s + w, 0);
  for (const [k, w] of entries) {
    x -= w;
    if (x < 0) return k;
  }
  return (entries.at(-1) as [T, number])[0];
}

const STAGE_WEIGHTS: Record<ConstructionType, Partial<Record<ProjectStage, number>>> = {
  new: { planning: 2, reserve: 3, signed: 3, preparation: 5, started: 1, construction: 9, terminated: 0.5 },
  continued: { construction: 8, completed: 2, paused: 0.6 },
  renovation: { preparation: 1.5, construction: 5, completed: 2, production: 2.5, effective: 0.7 },
  expansion: { preparation: 1.5, construction: 5, completed: 2, production: 2.5, effective: 0.7 },
};
const TITLES: Record<ConstructionType, string[]> = {
  new: ["新建生产基地项目", "智能工厂建设项目", "新厂区一期项目", "产业园建设项目"],
  continued: ["生产基地续建项目", "二期厂房续建项目", "研发及生产中心续建项目"],
  renovation: ["智能化技术改造项目", "生产线数字化改造项目", "节能环保技术改造项目"],
  expansion: ["扩能增产项目", "新增生产线扩能项目", "产能提升项目"],
};

const shortName = (name: string) => name.replace(/(股份)?有限(责任)?公司$/, "").replace(/^河南|^湖北|^山东/, "");

function totalFor(tier: (typeof PROJECT_TIERS)[number], r: Rand): number {
  if (tier === "mega") return r.int(100, 300) * (YI / 10);
  if (tier === "large") return r.int(10, 95) * (YI / 10);
  return r.int(15, 98) * 100 * WAN;
}

/** The synthetic specs of one zone, around its named projects. */
function zoneSpecs(plan: ZoneProjectPlan, owners: OwnerPool): ProjectSpec[] {
  const r = new Rand(`projects/${plan.zone}`);
  const named = NAMED_PROJECTS.filter((p) => p.zone === plan.zone);
  const n = plan.count - named.length;
  const tiersOfNamed = named.map((p) => tierOf(String(p.total)));
  const mega = Math.max(0, plan.mega - tiersOfNamed.filter((t) => t === "mega").length);
  const large = Math.max(0, plan.large - tiersOfNamed.filter((t) => t === "large").length);
  const tiers = r.shuffle([
    ...Array<"mega">(mega).fill("mega"),
    ...Array<"large">(large).fill("large"),
    ...Array<"small">(Math.max(0, n - mega - large)).fill("small"),
  ]);
  let types: ConstructionType[];
  if (plan.types) {
    const left = { ...plan.types };
    for (const p of named) left[p.type]--;
    types = r.shuffle(
      (Object.keys(left) as ConstructionType[]).flatMap((t) => Array<ConstructionType>(left[t]).fill(t)),
    );
  } else
    types = Array.from({ length: n }, () =>
      weighted<ConstructionType>(r, { new: 45, continued: 25, renovation: 20, expansion: 10 }),
    );
  const usedNames = new Set(named.map((p) => p.enterprise));
  const pool = r.shuffle((owners.byZone.get(plan.zone) ?? []).filter((e) => !usedNames.has(e.name)));
  const works = [...plan.publicWorks];
  const specs: ProjectSpec[] = [];
  for (let i = 0; i < n; i++) {
    const type = types[i] as ConstructionType;
    const tier = tiers[i] as (typeof PROJECT_TIERS)[number];
    const stage = weighted(r, STAGE_WEIGHTS[type]);
    const work = (type === "new" || type === "continued") && works.length > 0 && r.chance(0.15) ? works.shift() : null;
    const owner = work ? null : pool.shift();
    if (!work && !owner) throw new Error(`not enough demo enterprises in ${plan.zone}`);
    const category: Category = work ? work.category : "industry";
    const total = tier === "mega" || category === "industry" ? totalFor(tier, r) : Math.min(totalFor(tier, r), 6 * YI);
    specs.push({
      zone: plan.zone,
      name: work ? work.name : `${shortName(owner?.name ?? "")}${r.pick(TITLES[type])}`,
      enterprise: owner?.name ?? null,
      unit: r.pick(work ? plan.publicUnits : plan.units),
      category,
      type,
      total,
      stage,
      industryCode: owner?.industryCode ?? null,
      start: batchStart(plan, type, stage, r),
    });
  }
  return [...named, ...specs];
}

/** Projects in a zone that holds 集中开工 mostly start at one of its events. */
function batchStart(plan: ZoneProjectPlan, type: ConstructionType, stage: ProjectStage, r: Rand): string | undefined {
  const batches = plan.batches ?? [];
  if (batches.length === 0 || type === "continued" || !["construction", "completed"].includes(stage)) return undefined;
  if (stage === "completed" && type === "new") return undefined;
  if (!r.chance(type === "new" ? 0.75 : 0.4)) return undefined;
  return r.pick(batches.filter((b) => type !== "new" || b.heldOn >= "2026-01-01")).heldOn;
}

function investmentProfile(spec: ProjectSpec, r: Rand): Profile {
  if (spec.profile) return spec.profile;
  const underway = ["started", "construction", "completed"].includes(spec.stage);
  const x = r.float();
  if (underway) return x < 0.22 ? "behind" : x < 0.34 ? "ahead" : "normal";
  return spec.stage === "preparation" && x < 0.2 ? "behind" : "normal";
}

/** Seasonal shares of a year's investment by month: thin in Jan–Feb around the Spring Festival, then rising. */
const SEASON = [4, 4, 7, 8, 9, 10, 9, 9, 10, 10, 10, 10];
const LAST_MONTH = monthIndex("2026-10-01");
const wanCents = (yuanAmount: number) => Math.max(1, Math.round(yuanAmount / WAN)) * WAN * 100;

function money(spec: ProjectSpec, t: Timeline, profile: Profile, r: Rand) {
  const plans: { year: number; cents: number }[] = [];
  const investments: { month: string; cents: number }[] = [];
  if (spec.stage === "terminated") return { plans, investments };
  const startM = monthIndex(t.actualStart ?? t.plannedStart);
  const endM = monthIndex(t.actualCompletion ?? t.plannedCompletion);
  const stopM = Math.min(LAST_MONTH, t.pausedOn ? monthIndex(t.pausedOn) : LAST_MONTH);
  const months = endM - startM + 1;
  for (const year of [2025, 2026]) {
    const lo = Math.max(startM, year * 12);
    const hi = Math.min(endM, year * 12 + 11);
    if (hi < lo) continue;
    if (!t.actualStart && !(year === 2026 && spec.stage === "preparation")) continue;
    const planCents = wanCents(
      (spec.total * (hi - lo + 1) * r.float() * 0.2 + spec.total * (hi - lo + 1) * 0.9) / months,
    );
    plans.push({ year, cents: planCents });
    if (!t.actualStart) continue;
    const ytdEnd = Math.min(hi, year * 12 + 11, LAST_MONTH);
    if (ytdEnd < lo) continue;
    const share =
      year === 2025
        ? 0.85 + r.float() * 0.25
        : (profile === "behind"
            ? 0.3 + r.float() * 0.42
            : profile === "ahead"
              ? 1.15 + r.float() * 0.25
              : 0.92 + r.float() * 0.2) * (endM > LAST_MONTH ? 11 / 12 : 1);
    const target = (planCents / 100) * share;
    let weights = 0;
    for (let m = lo; m <= ytdEnd; m++) weights += SEASON[m % 12] as number;
    for (let m = lo; m <= Math.min(ytdEnd, stopM); m++) {
      const amount = (target * (SEASON[m % 12] as number) * (0.85 + r.float() * 0.3)) / weights;
      investments.push({ month: monthStart(m), cents: Math.max(1, Math.round(amount / 100)) * 10_000 });
    }
  }
  return { plans, investments };
}

function levelTags(tier: (typeof PROJECT_TIERS)[number], r: Rand): BuiltProject["levelTags"] {
  if (tier === "mega") return ["provincial", "municipal"];
  if (tier === "large") return r.chance(0.3) ? ["provincial", "municipal"] : ["municipal"];
  return ["county"];
}

function buildOne(spec: ProjectSpec, code: string, center: [number, number], deputies: string[]): BuiltProject {
  const r = new Rand(`project/${spec.zone}/${spec.name}`);
  const tier = tierOf(String(spec.total));
  const profile = investmentProfile(spec, r);
  const timeline = buildTimeline(spec, r);
  const { plans, investments } = money(spec, timeline, profile, r);
  const industry = spec.category === "industry";
  const land = spec.type === "renovation" ? null : spec.total / (r.int(150, 400) * WAN);
  const output = industry ? Math.round((spec.total * (1.2 + r.float() * 1.3)) / WAN) * WAN : null;
  return {
    zone: spec.zone,
    code,
    spec,
    tier,
    profile,
    timeline,
    milestones: buildMilestones(spec, timeline, profile === "behind", r),
    plans,
    investments,
    leaderName: tier === "mega" ? (LEADERS[spec.zone] ?? "") : r.pick([LEADERS[spec.zone] ?? "", ...deputies]),
    levelTags: levelTags(tier, r),
    lat: Number((center[0] + (r.float() - 0.5) * 0.08).toFixed(5)),
    lng: Number((center[1] + (r.float() - 0.5) * 0.08).toFixed(5)),
    landMu: land === null ? null : land.toFixed(2),
    buildingAreaM2: land === null ? null : (land * 666.67 * (0.6 + r.float() * 0.5)).toFixed(2),
    expectedOutput: output,
    expectedTax: output === null ? null : Math.round((output * (0.04 + r.float() * 0.04)) / WAN) * WAN,
    expectedJobs: industry ? Math.round((spec.total / 1_000_000) * (0.5 + r.float())) : null,
  };
}

export function buildProjectDemo(owners: OwnerPool): BuiltProject[] {
  const out: BuiltProject[] = [];
  for (const plan of ZONE_PROJECT_PLANS) {
    const specs = zoneSpecs(plan, owners);
    specs.forEach((s, i) => {
      out.push(buildOne(s, `${plan.prefix}-${String(i + 1).padStart(3, "0")}`, plan.center, plan.deputies));
    });
  }
  const others = NAMED_PROJECTS.filter((p) => !ZONE_PROJECT_PLANS.some((z) => z.zone === p.zone));
  const seq = new Map<string, number>();
  for (const s of others) {
    const i = (seq.get(s.zone) ?? 0) + 1;
    seq.set(s.zone, i);
    out.push(buildOne(s, `${PREFIX[s.zone]}-${String(i).padStart(3, "0")}`, OTHER_CENTERS[s.zone] ?? [30, 110], []));
  }
  return out;
}

/** 集中开工: a zone's batches and the projects that started on the batch's day. */
export function batchMembers(built: BuiltProject[]) {
  return ZONE_PROJECT_PLANS.flatMap((plan) =>
    (plan.batches ?? []).map((batch) => ({
      zone: plan.zone,
      ...batch,
      projects: built.filter((p) => p.zone === plan.zone && p.timeline.actualStart === batch.heldOn),
    })),
  );
}
