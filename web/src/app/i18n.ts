/**
 * i18next set-up and the UI locale. Before login the choice lives in localStorage; after login the
 * user's preference (PATCH /auth/preferences) is the truth and localStorage follows it.
 */
import type { Locale } from "@zoneos/core/format";
import dayjs from "dayjs";
import "dayjs/locale/zh-cn";
import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import { enUS } from "../locales/en-US";
import type { enterprisesZhCN } from "../locales/enterprises.zh-CN";
import type { investmentZhCN } from "../locales/investment.zh-CN";
import type { projectSupervisionZhCN } from "../locales/project-supervision.zh-CN";
import type { projectsZhCN } from "../locales/projects.zh-CN";
import type { statisticsZhCN } from "../locales/statistics.zh-CN";
import { zhCN } from "../locales/zh-CN";

export const LOCALES: readonly Locale[] = ["zh-CN", "en-US"];
const STORAGE_KEY = "zoneos.locale";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    // A module's strings load with its pages (i18n.addResourceBundle); their keys are typed here all the same.
    resources: {
      translation: typeof zhCN &
        typeof enterprisesZhCN &
        typeof projectsZhCN &
        typeof projectSupervisionZhCN &
        typeof statisticsZhCN &
        typeof investmentZhCN;
    };
  }
}

function isLocale(value: unknown): value is Locale {
  return value === "zh-CN" || value === "en-US";
}

function storedLocale(): Locale {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : "zh-CN";
  } catch {
    return "zh-CN";
  }
}

function applyToDocument(locale: Locale) {
  document.documentElement.lang = locale;
  document.title = i18n.t("app.title");
  dayjs.locale(locale === "zh-CN" ? "zh-cn" : "en");
}

void i18n.use(initReactI18next).init({
  resources: { "zh-CN": { translation: zhCN }, "en-US": { translation: enUS } },
  lng: storedLocale(),
  fallbackLng: "zh-CN",
  interpolation: { escapeValue: false },
  returnNull: false,
});
applyToDocument(currentLocale());

export function currentLocale(): Locale {
  return isLocale(i18n.language) ? i18n.language : "zh-CN";
}

/** Switches the UI language now and remembers it on this device. */
export function applyLocale(locale: Locale) {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // private mode: the choice lasts for this page only
  }
  if (i18n.language !== locale) void i18n.changeLanguage(locale);
  applyToDocument(locale);
}

export { i18n };
