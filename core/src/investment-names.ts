/**
 * 撞单 detection compares investors by a normalised company name: officers write the same group as
 * "泛华集团", "泛华集团有限公司" or "泛华（中国）控股集团股份有限公司", so legal forms, bracketed places, the
 * country marker and generic words are stripped before comparing. Over-matching is acceptable: a match only
 * warns and lets the leaders decide.
 */

/** Generic Chinese words, longest first so "有限责任公司" goes before "有限公司" and "公司". */
const GENERIC_ZH = [
  "股份有限公司",
  "有限责任公司",
  "有限公司",
  "分公司",
  "集团",
  "控股",
  "股份",
  "实业",
  "科技",
  "公司",
];

/** Latin legal forms and generic words, as whole words. */
const GENERIC_EN =
  /\b(co|ltd|limited|inc|incorporated|corp|corporation|company|group|holdings?|llc|gmbh|ag|sa|plc|technology|technologies|tech)\b/g;

/** （中国）, (深圳), 【香港】: a bracketed place or marker of up to ten characters. */
const BRACKETED = /[(（[【][^)）\]】]{1,10}[)）\]】]/g;

export function normaliseCompanyName(raw: string): string {
  let s = raw.normalize("NFKC").toLowerCase().trim();
  s = s.replace(BRACKETED, "");
  s = s.replace(GENERIC_EN, " ");
  for (const word of GENERIC_ZH) s = s.split(word).join("");
  s = s.replace(/[^\p{L}\p{N}]+/gu, "");
  // A name made only of generic words ("科技有限公司") stays comparable as itself.
  return s.length > 0
    ? s
    : raw
        .normalize("NFKC")
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, "");
}

/** True when two names denote the same investor after normalisation. */
export function sameInvestorName(a: string, b: string): boolean {
  return normaliseCompanyName(a) === normaliseCompanyName(b);
}
