/**
 * 规上 / 限上 / 四上 thresholds of the statistics bureau (DOMAIN.md §3, in force since 2011), as versioned data:
 * a later year's rule set can be added without touching the code that applies it.
 */

/** The scale groups whose union is "四上". */
export const SCALE_KINDS = ["industry", "trade", "service", "construction", "realEstate"] as const;
export type ScaleKind = (typeof SCALE_KINDS)[number];

export interface ScaleRule {
  kind: ScaleKind;
  /** GB/T 4754 code prefixes (section letter, 2-digit division, or 4-digit class) the rule applies to. */
  industries: string[];
  /** Annual 主营业务收入 / 营业收入 threshold in yuan; null where a qualification, not revenue, decides. */
  thresholdYuan: string | null;
}

export interface ScaleRuleSet {
  validFrom: number;
  rules: ScaleRule[];
}

const WAN = (n: number) => String(n * 10_000);

/** 统计上规模以上 thresholds in force from 2011 (国家统计局 2011 口径). Order matters: specific before general. */
export const SCALE_RULE_SETS: ScaleRuleSet[] = [
  {
    validFrom: 2011,
    rules: [
      { kind: "industry", industries: ["B", "C", "D"], thresholdYuan: WAN(2000) },
      { kind: "construction", industries: ["E"], thresholdYuan: null },
      { kind: "realEstate", industries: ["7010"], thresholdYuan: null },
      { kind: "trade", industries: ["51"], thresholdYuan: WAN(2000) },
      { kind: "trade", industries: ["52"], thresholdYuan: WAN(500) },
      { kind: "trade", industries: ["H"], thresholdYuan: WAN(200) },
      { kind: "service", industries: ["7020", "7030", "7040", "7090"], thresholdYuan: WAN(1000) },
      { kind: "service", industries: ["G", "I", "N", "84"], thresholdYuan: WAN(2000) },
      { kind: "service", industries: ["L", "M", "P"], thresholdYuan: WAN(1000) },
      { kind: "service", industries: ["O", "R", "85"], thresholdYuan: WAN(500) },
    ],
  },
];

/** Sections of the divisions, for matching a 4-digit class against a section-level rule. */
const SECTION_OF_DIVISION: [string, number, number][] = [
  ["A", 1, 5],
  ["B", 6, 12],
  ["C", 13, 43],
  ["D", 44, 46],
  ["E", 47, 50],
  ["F", 51, 52],
  ["G", 53, 60],
  ["H", 61, 62],
  ["I", 63, 65],
  ["J", 66, 69],
  ["K", 70, 70],
  ["L", 71, 72],
  ["M", 73, 75],
  ["N", 76, 79],
  ["O", 80, 82],
  ["P", 83, 83],
  ["Q", 84, 85],
  ["R", 86, 90],
  ["S", 91, 96],
  ["T", 97, 97],
];

/** The range of 2-digit divisions in a section letter (C → 13..43), or null for an unknown letter. */
export function sectionDivisions(section: string): [number, number] | null {
  const hit = SECTION_OF_DIVISION.find(([s]) => s === section);
  return hit ? [hit[1], hit[2]] : null;
}

export function sectionOf(industryCode: string): string | null {
  const division = Number(industryCode.slice(0, 2));
  return SECTION_OF_DIVISION.find(([, lo, hi]) => division >= lo && division <= hi)?.[0] ?? null;
}

function matches(industryCode: string, prefix: string): boolean {
  return /^[A-Z]$/.test(prefix) ? sectionOf(industryCode) === prefix : industryCode.startsWith(prefix);
}

/** The rule that applies to an industry in a year, or null for industries with no 规上 line (A, J, S, T…). */
export function scaleRuleFor(industryCode: string, year: number): ScaleRule | null {
  const set = [...SCALE_RULE_SETS].reverse().find((s) => s.validFrom <= year);
  return set?.rules.find((r) => r.industries.some((p) => matches(industryCode, p))) ?? null;
}

/** Revenue as a fraction of the threshold, exactly enough for ranking candidates (revenue and threshold in yuan). */
export function thresholdShare(revenueYuan: string, thresholdYuan: string): number {
  return Number(revenueYuan) / Number(thresholdYuan);
}

/**
 * 小升规 candidates: revenue within `band` (default 20 %) under the threshold. Qualification-based groups
 * (construction, real estate) have no revenue line and never appear.
 */
export function isScaleCandidate(industryCode: string, year: number, revenueYuan: string, band = 0.2): boolean {
  const rule = scaleRuleFor(industryCode, year);
  if (!rule?.thresholdYuan) return false;
  const share = thresholdShare(revenueYuan, rule.thresholdYuan);
  return share >= 1 - band && share < 1;
}

/** 梯次培育 ladder: 个转企 → 小升规 → 规改股 → 股上市. */
export const RUNGS = ["individual", "enterprise", "aboveScale", "jointStock", "listed"] as const;
export type Rung = (typeof RUNGS)[number];

export function nextRung(rung: Rung): Rung | null {
  return RUNGS[RUNGS.indexOf(rung) + 1] ?? null;
}
