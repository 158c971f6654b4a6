/** Shared pieces of the statistics pages: figures by unit, growth rates, the month and zone pickers. */
import { formatMoney, shiftDecimal } from "@zoneos/core/format";
import { REPORT_FIELD_DEFINITIONS, type ReportField } from "@zoneos/core/statistics-indicators";
import { Select, Tag } from "antd";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useMoneyUnit } from "../../app/auth";
import { useLocale } from "../../ui/format";
import type { ReportStatus } from "./queries";

function group(decimal: string): string {
  const [int = "", frac] = decimal.split(".");
  const g = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return frac === undefined ? g : `${g}.${frac}`;
}

/** |value| ≥ 10^8 (one 亿), read from the decimal text. */
function big(value: string): boolean {
  const int = value.replace(/^-/, "").split(".")[0] ?? "";
  return int.replace(/^0+/, "").length > 8;
}

/** Formats an exact decimal of the given unit for display (money in the user's unit, kWh in 万千瓦时). */
export function useFigureFormat() {
  const { t } = useTranslation();
  const locale = useLocale();
  const money = useMoneyUnit();
  return (
    value: string | null | undefined,
    unit: string,
    opts: { bare?: boolean; digits?: number; auto?: boolean } = {},
  ): string => {
    if (value === null || value === undefined || value === "") return "—";
    const d = opts.digits ?? 2;
    const suffix = (s: string) => (opts.bare ? "" : locale === "zh-CN" ? s : s ? ` ${s}` : "");
    switch (unit) {
      case "yuan": {
        // Cockpit figures: 亿元 from one 亿 up, so a zone's totals stay readable on a card.
        if (opts.auto && !opts.bare) return formatMoney(value, big(value) ? "yi" : "wan", locale, d);
        if (opts.bare) return group(shiftDecimal(value, money === "yi" ? 8 : money === "yuan" ? 0 : 4, d));
        return formatMoney(value, money, locale, d);
      }
      case "kwh":
        if (opts.auto && big(value)) return group(shiftDecimal(value, 8, d)) + suffix(t("stat.unit.yiKwh"));
        return group(shiftDecimal(value, 4, d)) + suffix(t("stat.unit.kwh"));
      case "tce":
        return group(shiftDecimal(value, 0, d)) + suffix(t("stat.unit.tce"));
      case "persons":
        return group(shiftDecimal(value, 0, 0)) + suffix(t("stat.unit.persons"));
      case "count":
        return group(shiftDecimal(value, 0, 0)) + suffix(t("stat.unit.count"));
      case "percent":
        return `${shiftDecimal(value, 0, d)}%`;
      default:
        return group(value);
    }
  };
}

/** The unit label a column header carries when its cells are bare numbers. */
export function useUnitLabel() {
  const { t } = useTranslation();
  const money = useMoneyUnit();
  return (unit: string): string => {
    if (unit === "yuan") return money === "yi" ? t("stat.unit.yi") : money === "yuan" ? "元" : t("stat.unit.yuan");
    if (unit === "kwh") return t("stat.unit.kwh");
    if (unit === "tce") return t("stat.unit.tce");
    if (unit === "persons") return t("stat.unit.persons");
    if (unit === "percent") return "%";
    return "";
  };
}

export function fieldUnit(field: ReportField): string {
  return REPORT_FIELD_DEFINITIONS[field].unit;
}

export function useFieldName() {
  const locale = useLocale();
  return (field: ReportField) =>
    locale === "zh-CN" ? REPORT_FIELD_DEFINITIONS[field].nameZh : REPORT_FIELD_DEFINITIONS[field].nameEn;
}

/** A growth rate in %, red when it grows and green when it falls (the Chinese convention for figures). */
export function Pct({ value, points }: { value: string | null | undefined; points?: boolean }) {
  const { t } = useTranslation();
  if (value === null || value === undefined) return <span className="muted">—</span>;
  const negative = value.startsWith("-");
  const zero = /^-?0(\.0+)?$/.test(value);
  const text = `${negative || zero ? "" : "+"}${value}${points ? ` ${t("stat.unit.points")}` : "%"}`;
  return <span className={`num ${zero ? "" : negative ? "stat-down" : "stat-up"}`}>{text}</span>;
}

export const STATUS_COLORS: Record<ReportStatus | "missing" | "late", string> = {
  draft: "default",
  submitted: "processing",
  returned: "error",
  approved: "success",
  missing: "warning",
  late: "orange",
};

export function StatusTag({ status }: { status: ReportStatus | "missing" | "late" }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid={`status-${status}`}>
      {t(`stat.status.${status}`)}
    </Tag>
  );
}

/** The months one may pick: this month back ten years, newest first. */
function monthOptions(locale: string): { value: string; label: string }[] {
  const now = new Date();
  const out: { value: string; label: string }[] = [];
  for (let i = 0; i < 120; i++) {
    const d = new Date(now.getFullYear(), now.getMonth() - i, 1);
    const y = d.getFullYear();
    const m = d.getMonth() + 1;
    const value = `${y}-${String(m).padStart(2, "0")}`;
    out.push({ value, label: locale === "zh-CN" ? `${y}年${m}月` : value });
  }
  return out;
}

/**
 * A month picker as a searchable select: the cockpit's first load skips the date-picker bundle (dayjs
 * calendars), and ten years of months is all the statistics hold.
 */
export function MonthPicker({
  value,
  onChange,
  testId,
}: {
  value: string;
  onChange: (month: string) => void;
  testId?: string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const options = useMemo(() => monthOptions(locale), [locale]);
  return (
    <Select
      value={value}
      onChange={onChange}
      options={options}
      showSearch
      optionFilterProp="label"
      style={{ width: 140 }}
      aria-label={t("stat.month")}
      data-testid={testId}
    />
  );
}

export const isMonth = (v: string | undefined): v is string => /^\d{4}-(0[1-9]|1[0-2])$/.test(v ?? "");
