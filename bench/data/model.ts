/**
 * The shape of the synthetic province, shared by the loaders: what each loader made and the later ones read
 * (zones with their units, enterprises with their economic profile). Figures that must agree between tables
 * (an enterprise's revenue decides its 规上 flag and its monthly reports) come from one function here.
 */
import { type ScaleKind, scaleRuleFor } from "@zoneos/core/enterprise-scale";

export interface ZoneRow {
  id: string;
  index: number;
  name: string;
  shortName: string;
  regionCode: string;
  clusters: string[];
  /** unit key (committee, economy, investment, …) → unit id */
  units: Record<string, string>;
  /** Relative size: how many enterprises and projects fall to it. */
  weight: number;
}

export interface EnterpriseRow {
  id: string;
  index: number;
  zone: ZoneRow;
  name: string;
  creditCode: string;
  industryCode: string;
  cluster: string | null;
  /** First and last month (YYYY-MM) the enterprise operates in the zone; null = still there. */
  entersMonth: string;
  exitsMonth: string | null;
  /** Annual output in 2016 terms (yuan) and its yearly growth. */
  baseOutputYuan: number;
  growth: number;
}

export const TODAY = "2026-11-23";

/** A repeatable number in [0, 1) from integers, for figures recomputed by several loaders. */
export function hash01(...parts: number[]): number {
  let h = 2166136261;
  for (const p of parts) {
    h ^= p;
    h = Math.imul(h, 16777619);
    h ^= h >>> 13;
    h = Math.imul(h, 0x5bd1e995);
    h ^= h >>> 15;
  }
  return (h >>> 0) / 4294967296;
}

/** Annual output of an enterprise in a year (yuan), with its year-to-year wobble. */
export function annualOutput(e: EnterpriseRow, year: number): number {
  const wobble = 0.85 + 0.3 * hash01(e.index, year, 7);
  return e.baseOutputYuan * (1 + e.growth) ** (year - 2016) * wobble;
}

/**
 * The scale kind an enterprise holds in a year (core's rule for its industry and that year, against its
 * output), from the year after it entered; null below the line or for industries without one.
 */
export function scaleKindIn(e: EnterpriseRow, year: number): ScaleKind | null {
  if (year <= Number(e.entersMonth.slice(0, 4))) return null;
  const rule = scaleRuleFor(e.industryCode, year);
  return rule?.thresholdYuan && annualOutput(e, year) >= Number(rule.thresholdYuan) ? rule.kind : null;
}

export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const endY = Number(to.slice(0, 4));
  const endM = Number(to.slice(5, 7));
  while (y < endY || (y === endY && m <= endM)) {
    out.push(`${y}-${String(m).padStart(2, "0")}`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

export function yearOf(month: string): number {
  return Number(month.slice(0, 4));
}
