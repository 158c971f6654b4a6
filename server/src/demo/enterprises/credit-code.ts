import { creditCodeCheckChar } from "@zoneos/core/credit-code";

const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
const orgValue = (c: string) => (c >= "0" && c <= "9" ? c.charCodeAt(0) - 48 : c.charCodeAt(0) - 55);

/**
 * A valid 统一社会信用代码 for a demo subject: registrar 9, category 1 (企业) or 2 (个体户), the zone's county, and a
 * GB 11714 organisation code "DM" + six digits with its mod-11 check. Real post-2015 codes start "MA", so these
 * are unlikely to be anyone's real code.
 */
export function demoCreditCode(regionCode: string, seq: number, category: "1" | "2" = "1"): string {
  const org8 = `DM${String(seq).padStart(6, "0")}`;
  const sum = [...org8].reduce((s, c, i) => s + orgValue(c) * (ORG_WEIGHTS[i] ?? 0), 0);
  const c = 11 - (sum % 11);
  const first17 = `9${category}${regionCode}${org8}${c === 10 ? "X" : c === 11 ? "0" : c}`;
  return first17 + creditCodeCheckChar(first17);
}
