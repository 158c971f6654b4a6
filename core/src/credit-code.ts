/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters, the last a mod-31 check over the first 17.
 * Positions 9–17 are the 组织机构代码 (GB 11714) whose own last character is a mod-11 check.
 */
const CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

export type CreditCodeProblem = "length" | "charset" | "orgCheck" | "check";

function orgValue(c: string): number {
  if (c >= "0" && c <= "9") return c.charCodeAt(0) - 48;
  if (c >= "A" && c <= "Z") return c.charCodeAt(0) - 55;
  return Number.NaN;
}

/** The GB 32100 check character for the first 17 characters. */
export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHARSET.indexOf(first17.charAt(i)) * (WEIGHTS[i] ?? 0);
  return CHARSET.charAt((31 - (sum % 31)) % 31);
}

/** Null when the code is valid, otherwise what is wrong with it. */
export function creditCodeProblem(raw: string): CreditCodeProblem | null {
  const code = raw.trim().toUpperCase();
  if (code.length !== 18) return "length";
  for (const c of code) if (!CHARSET.includes(c)) return "charset";
  const org = code.slice(8, 17);
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += orgValue(org.charAt(i)) * (ORG_WEIGHTS[i] ?? 0);
  const c = 11 - (sum % 11);
  const orgCheck = c === 10 ? "X" : c === 11 ? "0" : String(c);
  if (org.charAt(8) !== orgCheck) return "orgCheck";
  if (code.charAt(17) !== creditCodeCheckChar(code.slice(0, 17))) return "check";
  return null;
}

export function isValidCreditCode(raw: string): boolean {
  return creditCodeProblem(raw) === null;
}
