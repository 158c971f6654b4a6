/** Turns schema validation failures into field errors in the caller's language, naming each field. */
import type { Locale } from "@zoneos/core/format";
import { fieldLabel } from "@zoneos/core/platform-labels";
import { z } from "zod";
import type { FieldError } from "./errors.js";

const LOCALE_MAPS = { "zh-CN": z.locales.zhCN(), "en-US": z.locales.en() } as const;
const REQUIRED = { "zh-CN": "必填", "en-US": "is required" } as const;
/** Messages for the patterns the contract names (`message` of a zod check), clearer than the regex itself. */
const PATTERNS: Record<string, Record<Locale, string>> = {
  decimal: { "zh-CN": "应为不超过4位小数的非负数", "en-US": "must be a non-negative number with at most 4 decimals" },
  username: {
    "zh-CN": "3–32 位小写字母、数字或 . _ -，以字母或数字开头",
    "en-US": "3–32 lower-case letters, digits or . _ -, starting with a letter or digit",
  },
  phone: {
    "zh-CN": "应为 11 位手机号或带区号的座机号",
    "en-US": "must be an 11-digit mobile or an area-coded landline",
  },
  regionCode: { "zh-CN": "应为 6 位行政区划代码", "en-US": "must be a 6-digit region code" },
  creditCode: {
    "zh-CN": "不是有效的统一社会信用代码（18位，末位校验码不符或含非法字符 I/O/S/V/Z）",
    "en-US": "is not a valid unified social credit code (18 characters; check character or charset wrong)",
  },
  industryCode: { "zh-CN": "应为 4 位行业小类代码", "en-US": "must be a 4-digit industry class code" },
  projectCode: { "zh-CN": "2–40 位字母、数字或 -", "en-US": "2–40 letters, digits or -" },
  month: { "zh-CN": "应为年月 YYYY-MM", "en-US": "must be a month YYYY-MM" },
  money: {
    "zh-CN": "应为最多两位小数的非负金额（元）",
    "en-US": "must be a non-negative amount in yuan, 2 decimals at most",
  },
  thresholdOrder: {
    "zh-CN": "严重滞后的阈值不能比滞后的阈值更宽松",
    "en-US": "the 'severely lagging' threshold must not be looser than the 'lagging' one",
  },
  weightsSum: { "zh-CN": "各项权重之和应为 100", "en-US": "the weights must add up to 100" },
  viewKind: { "zh-CN": "视图应为列表或看板", "en-US": "must be the list or the board" },
  roleCode: {
    "zh-CN": "应以小写字母开头，由小写字母、数字和 - 组成",
    "en-US": "lower-case letters, digits and -, starting with a letter",
  },
};

interface ValidationItem {
  keyword: string;
  instancePath: string;
  message: string;
  params: Record<string, unknown>;
}

function valueAt(source: unknown, path: string[]): unknown {
  let current = source;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

export function fieldErrors(items: ValidationItem[], source: unknown, locale: Locale): FieldError[] {
  return items.map((item) => {
    const path = item.instancePath.split("/").filter(Boolean);
    const field = path.join(".") || "body";
    const topField = path[0] ?? "body";
    let text: string;
    if (item.keyword === "invalid_type" && valueAt(source, path) === undefined) text = REQUIRED[locale];
    else if (PATTERNS[item.message]) text = PATTERNS[item.message]?.[locale] ?? item.message;
    else {
      const issue = { code: item.keyword, path, ...item.params } as Parameters<
        (typeof LOCALE_MAPS)["en-US"]["localeError"]
      >[0];
      const mapped = LOCALE_MAPS[locale].localeError(issue);
      text = typeof mapped === "string" ? mapped : (mapped?.message ?? item.message);
    }
    const separator = locale === "zh-CN" ? "：" : ": ";
    return { field, message: `${fieldLabel(topField, locale)}${separator}${text}` };
  });
}
