/**
 * The report form's text ⇄ API values: money is typed in 万元 (the unit enterprises keep their books in for the
 * bureau) and travels in yuan; kWh, persons and tce as they are. Exact decimal text both ways.
 */
import { shiftDecimal, toYuan } from "@zoneos/core/format";
import type { ReportValues } from "@zoneos/core/statistics-api";
import { REPORT_FIELD_DEFINITIONS, REPORT_FIELDS, type ReportField } from "@zoneos/core/statistics-indicators";

export type FormText = Record<ReportField, string>;

const PATTERN: Record<string, RegExp> = {
  yuan: /^\d{1,11}(\.\d{1,6})?$/,
  kwh: /^\d{1,15}$/,
  persons: /^\d{1,9}$/,
  tce: /^\d{1,12}(\.\d{1,3})?$/,
};

export function isMoney(field: ReportField): boolean {
  return REPORT_FIELD_DEFINITIONS[field].unit === "yuan";
}

/** Whether typed text is a valid figure for the field (empty = not reported, also valid). */
export function validText(field: ReportField, text: string): boolean {
  const s = text.trim();
  if (s === "") return true;
  const def = REPORT_FIELD_DEFINITIONS[field];
  const body = def.signed && s.startsWith("-") ? s.slice(1) : s;
  return (PATTERN[def.unit] ?? /^\d+$/).test(body);
}

function trimZeros(s: string): string {
  return s.includes(".") ? s.replace(/\.?0+$/, "") : s;
}

export function toText(field: ReportField, value: string | null | undefined): string {
  if (value === null || value === undefined) return "";
  return isMoney(field) ? trimZeros(shiftDecimal(value, 4, 6)) : value;
}

export function textOf(values: ReportValues | null | undefined): FormText {
  return Object.fromEntries(REPORT_FIELDS.map((f) => [f, toText(f, values?.[f])])) as FormText;
}

/** The API values, or null when some field's text is not a valid figure. */
export function valuesOf(text: FormText): ReportValues | null {
  const out: Partial<Record<ReportField, string | null>> = {};
  for (const f of REPORT_FIELDS) {
    const s = text[f].trim();
    if (!validText(f, s)) return null;
    if (s === "") out[f] = null;
    else if (isMoney(f)) {
      const negative = s.startsWith("-");
      const yuan = toYuan(negative ? s.slice(1) : s, "wan");
      out[f] = negative && yuan !== "0" ? `-${yuan}` : yuan;
    } else out[f] = s;
  }
  return out as ReportValues;
}
