import type { Locale } from "@zoneos/core/format";
import { Segmented } from "antd";
import { useTranslation } from "react-i18next";
import { useSwitchLocale } from "./auth";
import { LOCALES } from "./i18n";

/** 中文 | English as a two-way switch (the login page; lighter than the header's menu). */
export function LanguageSegmented() {
  const { t, i18n } = useTranslation();
  const switchLocale = useSwitchLocale();
  return (
    <Segmented
      aria-label={t("language.label")}
      data-testid="language-switch"
      value={i18n.language === "en-US" ? "en-US" : "zh-CN"}
      onChange={(v) => void switchLocale(v as Locale)}
      options={LOCALES.map((l) => ({ value: l, label: t(`language.${l}`) }))}
    />
  );
}
