/**
 * The statistics bureau's arithmetic (DOMAIN.md §4), exact: decimal strings in, decimal strings out, bigint in
 * between. 当月 from 累计 with the 1–2月 convention, 同比 on comparable scope, 环比, 占比, 目标完成率, 序时进度.
 * Rates are percentages rounded half away from zero to two places; sums are never rounded.
 */

interface Dec {
  n: bigint;
  scale: number;
}

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

function parse(value: string): Dec {
  const m = DECIMAL.exec(value.trim());
  if (!m) throw new Error(`not a decimal: ${value}`);
  const [, sign = "", int = "0", frac = ""] = m;
  const n = BigInt(int + frac);
  return { n: sign ? -n : n, scale: frac.length };
}

function align(a: Dec, b: Dec): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [a.n * 10n ** BigInt(scale - a.scale), b.n * 10n ** BigInt(scale - b.scale), scale];
}

function format(d: Dec): string {
  const negative = d.n < 0n;
  const digits = (negative ? -d.n : d.n).toString().padStart(d.scale + 1, "0");
  const int = digits.slice(0, digits.length - d.scale);
  const frac = d.scale > 0 ? digits.slice(digits.length - d.scale).replace(/0+$/, "") : "";
  const text = frac ? `${int}.${frac}` : int;
  return negative && /[1-9]/.test(text) ? `-${text}` : text;
}

export function addDec(a: string, b: string): string {
  const [x, y, scale] = align(parse(a), parse(b));
  return format({ n: x + y, scale });
}

export function subDec(a: string, b: string): string {
  const [x, y, scale] = align(parse(a), parse(b));
  return format({ n: x - y, scale });
}

/** Exact sum; nulls (not reported) are skipped; an empty or all-null list sums to "0". */
export function sumDec(values: readonly (string | null | undefined)[]): string {
  let total: Dec = { n: 0n, scale: 0 };
  for (const v of values) {
    if (v === null || v === undefined) continue;
    const [x, y, scale] = align(total, parse(v));
    total = { n: x + y, scale };
  }
  return format(total);
}

export function compareDec(a: string, b: string): number {
  const [x, y] = align(parse(a), parse(b));
  return x < y ? -1 : x > y ? 1 : 0;
}

export function isZeroDec(a: string): boolean {
  return parse(a).n === 0n;
}

/** num ÷ den rounded half away from zero to `digits` places, with trailing zeros kept. */
function divRound(num: bigint, den: bigint, digits: number): string {
  if (den === 0n) throw new Error("division by zero");
  const negative = num < 0n !== den < 0n && num !== 0n;
  const a = num < 0n ? -num : num;
  const b = den < 0n ? -den : den;
  const scaled = a * 10n ** BigInt(digits);
  let q = scaled / b;
  if ((scaled % b) * 2n >= b) q += 1n;
  const s = q.toString().padStart(digits + 1, "0");
  const text = digits > 0 ? `${s.slice(0, s.length - digits)}.${s.slice(s.length - digits)}` : s;
  return negative && q !== 0n ? `-${text}` : text;
}

/** part ÷ whole × 100, rounded; null when the whole is zero. */
export function percentOf(part: string, whole: string, digits = 2): string | null {
  const [x, y] = align(parse(part), parse(whole));
  if (y === 0n) return null;
  return divRound(x * 100n, y, digits);
}

/** 占比: a part's share of the whole of the same period and scope. */
export const sharePct = percentOf;

/** 目标完成率 = 累计 ÷ annual target. */
export function completionPct(cumulative: string | null, target: string | null, digits = 2): string | null {
  if (cumulative === null || target === null) return null;
  return percentOf(cumulative, target, digits);
}

/**
 * Growth in % = (current ÷ prior − 1) × 100. Undefined (null) when the prior figure is missing, zero or negative:
 * the bureau states a loss turning into profit in words (扭亏), not as a rate.
 */
export function growthPct(current: string | null, prior: string | null, digits = 2): string | null {
  if (current === null || prior === null) return null;
  const [x, y] = align(parse(current), parse(prior));
  if (y <= 0n) return null;
  return divRound((x - y) * 100n, y, digits);
}

/** Difference of two percentages in 百分点 (e.g. 目标完成率 − 序时进度), exact. */
export function pointsDiff(a: string | null, b: string | null): string | null {
  if (a === null || b === null) return null;
  return roundDec(subDec(a, b), 2);
}

/** Rounds a decimal string half away from zero to `digits` places, keeping trailing zeros. */
export function roundDec(value: string, digits: number): string {
  const d = parse(value);
  return divRound(d.n, 10n ** BigInt(d.scale), digits);
}

// ——— Months and periods ———

export function monthNumber(month: string): number {
  return Number(month.slice(5, 7));
}

export function yearOf(month: string): number {
  return Number(month.slice(0, 4));
}

/** Shifts a "YYYY-MM" by n months. */
export function addMonths(month: string, n: number): string {
  const index = yearOf(month) * 12 + monthNumber(month) - 1 + n;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}`;
}

/** The same month a year earlier: the 同比 base. */
export function priorYearMonth(month: string): string {
  return addMonths(month, -12);
}

/** Previous month within the same calendar year (累计 restarts in January); null for January. */
export function previousMonthInYear(month: string): string | null {
  return monthNumber(month) === 1 ? null : addMonths(month, -1);
}

/** True when the bureau publishes this month on its own: January is only ever published inside 1–2月. */
export function isPublishedMonth(month: string): boolean {
  return monthNumber(month) !== 1;
}

/** 序时进度 % = months elapsed ÷ 12 (1–2月 = 2/12); January alone, not published, is 1/12. */
export function scheduleProgressPct(month: string, digits = 2): string {
  return divRound(BigInt(monthNumber(month)) * 100n, 12n, digits);
}

/**
 * 当月 from 累计: this month's 累计 − last month's (January's 当月 is its 累计). February's 当月 as published is
 * the 1–2月 combined value, which equals February's 累计. Null when last month's 累计 is unknown.
 */
export function monthValue(cumulative: string | null, previousCumulative: string | null, month: string): string | null {
  if (cumulative === null) return null;
  const m = monthNumber(month);
  if (m === 1) return cumulative;
  if (m === 2) return cumulative; // 1–2月 combined
  if (previousCumulative === null) return null;
  return subDec(cumulative, previousCumulative);
}

/** 当月 of a single month (February alone = Feb 累计 − Jan 累计), used by the checks, never published. */
export function singleMonthValue(
  cumulative: string | null,
  previousCumulative: string | null,
  month: string,
): string | null {
  if (cumulative === null) return null;
  if (monthNumber(month) === 1) return cumulative;
  if (previousCumulative === null) return null;
  return subDec(cumulative, previousCumulative);
}

/**
 * 环比 % of 当月 against the previous published month's 当月. Undefined up to March: 1–2月 is one published
 * period, so March has no like-sized predecessor and the first 环比 is April's.
 */
export function momPct(thisMonth: string | null, lastMonth: string | null, month: string, digits = 2): string | null {
  if (monthNumber(month) <= 3) return null;
  return growthPct(thisMonth, lastMonth, digits);
}

/** "1–6月" for June's 累计, "1–2月" for February, "1月" for January (collected, not published). */
export function periodLabel(month: string, locale: "zh-CN" | "en-US"): string {
  const m = monthNumber(month);
  const EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  if (locale === "en-US") return m === 1 ? "Jan" : `Jan–${EN[m - 1]}`;
  return m === 1 ? "1月" : `1–${m}月`;
}

/** The label of a published month's 当月: "1–2月" for February, "M月" otherwise. */
export function monthLabel(month: string, locale: "zh-CN" | "en-US"): string {
  const m = monthNumber(month);
  const EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  if (m === 2) return locale === "zh-CN" ? "1–2月" : "Jan–Feb";
  return locale === "zh-CN" ? `${m}月` : (EN[m - 1] ?? "");
}

// ——— Comparable scope ———

/** One enterprise's figure this period and in the same period last year, with its scope membership in each. */
export interface ScopeRow {
  current: string | null;
  prior: string | null;
  inScopeNow: boolean;
  inScopePrior: boolean;
}

export interface ScopeTotals {
  /** Over every unit in scope now: the published figure. */
  current: string;
  /** Last year's figure over the units in scope then (what was published last year). */
  priorRaw: string;
  /** Both sides over the same units: those in scope in both periods. */
  comparableCurrent: string;
  comparablePrior: string;
  /** 同比 on comparable scope, and the raw growth shown beside it. */
  yoyPct: string | null;
  rawYoyPct: string | null;
  enterprises: number;
  comparableEnterprises: number;
}

/**
 * 同比 on comparable scope (可比口径): units that entered or left the scope between the two periods are excluded
 * from both sides; the raw prior-year figure is kept for display.
 */
export function comparableTotals(rows: readonly ScopeRow[]): ScopeTotals {
  const now = rows.filter((r) => r.inScopeNow);
  const then = rows.filter((r) => r.inScopePrior);
  const both = rows.filter((r) => r.inScopeNow && r.inScopePrior);
  const current = sumDec(now.map((r) => r.current));
  const priorRaw = sumDec(then.map((r) => r.prior));
  const comparableCurrent = sumDec(both.map((r) => r.current));
  const comparablePrior = sumDec(both.map((r) => r.prior));
  return {
    current,
    priorRaw,
    comparableCurrent,
    comparablePrior,
    yoyPct: both.length > 0 ? growthPct(comparableCurrent, comparablePrior) : null,
    rawYoyPct: then.length > 0 ? growthPct(current, priorRaw) : null,
    enterprises: now.length,
    comparableEnterprises: both.length,
  };
}
