/**
 * Display formatters for money, area and dates. Money arrives as an exact decimal string in yuan
 * (NUMERIC from the database) and is shifted by powers of ten as text, so no float ever touches it.
 */
export type Locale = "zh-CN" | "en-US";
export type MoneyUnit = "yuan" | "wan" | "yi";

const MONEY_SHIFT: Record<MoneyUnit, number> = { yuan: 0, wan: 4, yi: 8 };
const MONEY_LABEL: Record<Locale, Record<MoneyUnit, string>> = {
  "zh-CN": { yuan: "元", wan: "万元", yi: "亿元" },
  "en-US": { yuan: "yuan", wan: "10k yuan", yi: "100M yuan" },
};

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

/** Divides a decimal string by 10^shift and rounds half away from zero to `digits` places, exactly. */
export function shiftDecimal(value: string, shift: number, digits: number): string {
  const m = DECIMAL.exec(value.trim());
  if (!m) throw new Error(`not a decimal: ${value}`);
  const [, sign = "", int = "0", frac = ""] = m;
  const digitsAll = int + frac;
  const pointAt = int.length - shift; // position of the decimal point in digitsAll
  const padded = pointAt <= 0 ? "0".repeat(1 - pointAt) + digitsAll : digitsAll;
  const point = pointAt <= 0 ? 1 : pointAt;
  const keep = padded.slice(0, point + digits).padEnd(point + digits, "0");
  const next = padded.charAt(point + digits);
  let n = BigInt(keep || "0");
  if (next >= "5") n += 1n;
  const s = n.toString().padStart(digits + 1, "0");
  const whole = s.slice(0, s.length - digits);
  const fraction = digits > 0 ? `.${s.slice(s.length - digits)}` : "";
  const isZero = /^0*$/.test(s);
  return `${sign && !isZero ? "-" : ""}${whole}${fraction}`;
}

function groupThousands(decimal: string): string {
  const [int = "", frac] = decimal.split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

/** 1056000000 yuan in 亿元 → "10.56亿元"; the unit follows the user's setting. */
export function formatMoney(
  yuan: string | null | undefined,
  unit: MoneyUnit,
  locale: Locale = "zh-CN",
  digits = 2,
): string {
  if (yuan === null || yuan === undefined || yuan === "") return "—";
  const amount = groupThousands(shiftDecimal(yuan, MONEY_SHIFT[unit], digits));
  const label = MONEY_LABEL[locale][unit];
  return locale === "zh-CN" ? `${amount}${label}` : `${amount} ${label}`;
}

/** Converts an amount entered in 万元 or 亿元 back to exact yuan. */
export function toYuan(amount: string, unit: MoneyUnit): string {
  return shiftDecimal(amount, -MONEY_SHIFT[unit], 2).replace(/\.00$/, "");
}

export const MU_PER_KM2 = 1500;
const AREA_LABEL: Record<Locale, { mu: string; km2: string }> = {
  "zh-CN": { mu: "亩", km2: "平方公里" },
  "en-US": { mu: "mu", km2: "km²" },
};

export function formatArea(
  value: string | number | null | undefined,
  unit: "mu" | "km2",
  locale: Locale = "zh-CN",
  digits = 2,
): string {
  if (value === null || value === undefined || value === "") return "—";
  const text = groupThousands(shiftDecimal(String(value), 0, digits).replace(/\.?0+$/, ""));
  return locale === "zh-CN" ? `${text}${AREA_LABEL[locale][unit]}` : `${text} ${AREA_LABEL[locale][unit]}`;
}

const EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const ISO_DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?/;

/** "2023-06-01" → "2023年6月" (zh) or "Jun 2023" (en). */
export function formatMonth(isoDate: string | null | undefined, locale: Locale = "zh-CN"): string {
  const m = isoDate ? ISO_DATE.exec(isoDate) : null;
  if (!m) return "—";
  const month = Number(m[2]);
  return locale === "zh-CN" ? `${m[1]}年${month}月` : `${EN_MONTHS[month - 1]} ${m[1]}`;
}

/** "2023-06-09" → "2023年6月9日" (zh) or "2023-06-09" (en). */
export function formatDate(isoDate: string | null | undefined, locale: Locale = "zh-CN"): string {
  const m = isoDate ? ISO_DATE.exec(isoDate) : null;
  if (!m) return "—";
  if (locale === "en-US") return `${m[1]}-${m[2]}-${m[3] ?? "01"}`;
  return `${m[1]}年${Number(m[2])}月${Number(m[3] ?? "1")}日`;
}
