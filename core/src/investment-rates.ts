/**
 * Fulfilment (履约) of investment contracts and the rates county assessments compute from it
 * (DOMAIN.md §6, as in 许昌 2017: 247 signed, 244 履约 = 98.8 %, 222 开工 = 90 %, 1,077亿 contracted, 370亿 到位 = 34 %).
 * Money is exact: decimal yuan strings summed as integer fen.
 */
import type { BEHIND_REASONS, CONTRACT_KINDS } from "./investment-api.js";

type BehindReason = (typeof BEHIND_REASONS)[number];
type ContractKind = (typeof CONTRACT_KINDS)[number];

export function toFen(yuan: string | null | undefined): bigint {
  if (!yuan) return 0n;
  const [int = "0", frac = ""] = yuan.split(".");
  return BigInt(int) * 100n + BigInt(`${frac}00`.slice(0, 2));
}

export function fenToYuan(fen: bigint): string {
  const neg = fen < 0n;
  const abs = neg ? -fen : fen;
  const cents = abs % 100n;
  // Two decimals always, as NUMERIC(…, 2) columns render.
  return `${neg ? "-" : ""}${abs / 100n}.${cents.toString().padStart(2, "0")}`;
}

export function sumYuan(values: readonly (string | null | undefined)[]): string {
  return fenToYuan(values.reduce((s, v) => s + toFen(v), 0n));
}

/** A percentage, or null when there is nothing to divide by. */
export function pct(numerator: number | bigint, denominator: number | bigint): number | null {
  const d = Number(denominator);
  return d > 0 ? (Number(numerator) / d) * 100 : null;
}

export interface ContractFigure {
  kind: ContractKind;
  signedOn: string;
  amountYuan: string;
}

/**
 * One signed project per lead: signed on its first framework or formal contract, for the amount of its latest
 * formal contract (else the latest framework one). Supplementary agreements amend terms, not the count.
 */
export function signedFigure(contracts: readonly ContractFigure[]): { signedOn: string; amountYuan: string } | null {
  const main = contracts.filter((c) => c.kind !== "supplementary").sort((a, b) => a.signedOn.localeCompare(b.signedOn));
  const first = main[0];
  if (!first) return null;
  const formal = main.filter((c) => c.kind === "formal");
  const latest = (formal.length > 0 ? formal : main)[(formal.length > 0 ? formal : main).length - 1] ?? first;
  return { signedOn: first.signedOn, amountYuan: latest.amountYuan };
}

/** 1亿: the size band targets count separately ("亿元以上项目"). */
export const LARGE_PROJECT_YUAN = "100000000";

export interface ContractPromise {
  amountYuan: string;
  schedule: readonly { dueOn: string; amountYuan: string }[];
  promisedStartOn: string | null;
  promisedProductionOn: string | null;
  promisedOutputYuan: string | null;
  promisedTaxYuan: string | null;
  promisedJobs: number | null;
}

export interface Delivery {
  investmentYuan: string;
  startedOn: string | null;
  productionOn: string | null;
  /** The latest year of output, tax and jobs entered, with its figures. */
  year: number | null;
  outputYuan: string | null;
  taxYuan: string | null;
  jobs: number | null;
}

/**
 * Investment promised by `asOf`: the schedule's instalments due by then; without a schedule the whole amount
 * falls due at the promised production date.
 */
export function promisedToDate(p: ContractPromise, asOf: string): string {
  if (p.schedule.length > 0) return sumYuan(p.schedule.filter((s) => s.dueOn <= asOf).map((s) => s.amountYuan));
  return fenToYuan(p.promisedProductionOn && p.promisedProductionOn <= asOf ? toFen(p.amountYuan) : 0n);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

export interface FulfilmentCheck {
  promisedToDateYuan: string;
  gapYuan: string;
  fundsInPlacePct: number | null;
  started: boolean;
  /** Days past the promised start while not started. */
  daysLate: number | null;
  behind: BehindReason[];
  /** 履约: every promise that has fallen due is kept. */
  fulfilling: boolean;
}

/**
 * A contract is 履约 when nothing due is missed: investment in place at least as scheduled, construction
 * started by the promised date (超时限未开工 is what assessments deduct for), production by its date, and — a
 * full year after the promised production — the year's output, tax and jobs at least as promised.
 */
export function checkFulfilment(p: ContractPromise, d: Delivery, asOf: string): FulfilmentCheck {
  const due = promisedToDate(p, asOf);
  const gap = toFen(due) - toFen(d.investmentYuan);
  const behind: BehindReason[] = [];
  if (gap > 0n) behind.push("investmentBehind");
  const started = d.startedOn !== null && d.startedOn <= asOf;
  const startOverdue = !started && p.promisedStartOn !== null && p.promisedStartOn < asOf;
  if (startOverdue) behind.push("startOverdue");
  if (p.promisedProductionOn && p.promisedProductionOn < asOf && !d.productionOn) behind.push("productionOverdue");
  const yearAfterProduction =
    p.promisedProductionOn !== null && d.year !== null && Number(p.promisedProductionOn.slice(0, 4)) < d.year;
  if (yearAfterProduction) {
    if (p.promisedOutputYuan && d.outputYuan !== null && toFen(d.outputYuan) < toFen(p.promisedOutputYuan))
      behind.push("outputBehind");
    if (p.promisedTaxYuan && d.taxYuan !== null && toFen(d.taxYuan) < toFen(p.promisedTaxYuan))
      behind.push("taxBehind");
    if (p.promisedJobs !== null && d.jobs !== null && d.jobs < p.promisedJobs) behind.push("jobsBehind");
  }
  return {
    promisedToDateYuan: due,
    gapYuan: fenToYuan(gap > 0n ? gap : 0n),
    fundsInPlacePct: pct(toFen(d.investmentYuan), toFen(p.amountYuan)),
    started,
    daysLate: startOverdue && p.promisedStartOn ? daysBetween(p.promisedStartOn, asOf) : null,
    behind,
    fulfilling: behind.length === 0,
  };
}

export interface RateInput {
  amountYuan: string;
  inPlaceYuan: string;
  fulfilling: boolean;
  started: boolean;
}

/**
 * The three rates over a set of signed projects (one per lead), in percent:
 * 资金到位率 = 到位资金总额 ÷ 合同项目投资总额; 合同履约率 = 履约项目数 ÷ 新签合同项目数; 开工率 = 开工项目数 ÷ 合同项目数.
 */
export function fulfilmentRates(rows: readonly RateInput[]) {
  const contracted = rows.reduce((s, r) => s + toFen(r.amountYuan), 0n);
  const inPlace = rows.reduce((s, r) => s + toFen(r.inPlaceYuan), 0n);
  const fulfilling = rows.filter((r) => r.fulfilling).length;
  const started = rows.filter((r) => r.started).length;
  return {
    contracts: rows.length,
    fulfilling,
    started,
    contractedYuan: fenToYuan(contracted),
    inPlaceYuan: fenToYuan(inPlace),
    fundsInPlaceRate: pct(inPlace, contracted),
    fulfilmentRate: pct(fulfilling, rows.length),
    startRate: pct(started, rows.length),
  };
}

/**
 * A unit's ranking score: the mean completion of its targeted metrics, each capped at 150 % so one windfall
 * signing cannot hide four missed targets. Null when the unit has no targets.
 */
export function targetScore(completions: readonly (number | null)[]): number | null {
  const counted = completions.filter((c): c is number => c !== null);
  if (counted.length === 0) return null;
  return counted.reduce((s, c) => s + Math.min(c, 150), 0) / counted.length;
}
