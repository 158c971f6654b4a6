/** Display of money, areas, dates and timestamps through the core formatters, in the UI language. */
import { formatArea, formatDate, formatMoney, formatMonth, type Locale } from "@zoneos/core/format";
import { useTranslation } from "react-i18next";
import { useMoneyUnit } from "../app/auth";

export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return i18n.language === "en-US" ? "en-US" : "zh-CN";
}

/** An exact yuan amount in the user's unit (元 / 万元 / 亿元). */
export function Money({ yuan, digits }: { yuan: string | null | undefined; digits?: number }) {
  const locale = useLocale();
  const unit = useMoneyUnit();
  return <span className="num">{formatMoney(yuan, unit, locale, digits)}</span>;
}

export function Area({ value, unit = "km2" }: { value: string | null | undefined; unit?: "km2" | "mu" }) {
  const locale = useLocale();
  return <span className="num">{formatArea(value, unit, locale)}</span>;
}

export function DateText({ value, month }: { value: string | null | undefined; month?: boolean }) {
  const locale = useLocale();
  return <span>{month ? formatMonth(value, locale) : formatDate(value, locale)}</span>;
}

const TIMESTAMP = {
  "zh-CN": new Intl.DateTimeFormat("zh-CN", {
    timeZone: "Asia/Shanghai",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }),
  "en-US": new Intl.DateTimeFormat("en-CA", {
    timeZone: "Asia/Shanghai",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }),
};

/** An instant shown in business time (Asia/Shanghai): 2025-06-09 14:30. */
export function formatTimestamp(iso: string | null | undefined, locale: Locale): string {
  if (!iso) return "—";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = Object.fromEntries(TIMESTAMP[locale].formatToParts(date).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

export function DateTimeText({ value, empty }: { value: string | null | undefined; empty?: string }) {
  const locale = useLocale();
  if (!value && empty) return <span className="muted">{empty}</span>;
  return <time dateTime={value ?? undefined}>{formatTimestamp(value, locale)}</time>;
}
