/**
 * The module's enum names in the UI language, health flags in words, and the 序时进度 figures every list
 * and card states ("完成年度计划 74.00%，超序时进度 7.33 个百分点"). Core has no project label maps yet, so the
 * names live in locales/projects.*.ts.
 */
import { formatDate, formatMoney } from "@zoneos/core/format";
import { PROJECT_STAGES } from "@zoneos/core/project-lifecycle";
import { PROBLEM_CATEGORIES, PROBLEM_STATUSES } from "@zoneos/core/project-problems";
import { completionPct, describeAgainstSchedule, pointsAgainstSchedule, ytdLabel } from "@zoneos/core/schedule";
import dayjs from "dayjs";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useMoneyUnit } from "../../app/auth";
import { useLocale } from "../../ui/format";
import type {
  ConstructionType,
  HealthFlag,
  HealthLevel,
  LevelTag,
  MemberRole,
  ProblemCategory,
  ProblemStatus,
  ProjectCategory,
  ProjectStage,
  ProjectTier,
} from "./types";

export { PROBLEM_CATEGORIES, PROBLEM_STATUSES };

// Lifecycle and problem lists come from core's pure modules; the rest mirror core/project-api, whose
// zod schemas would otherwise come along into the page chunks.
export const MAIN_STAGES: ProjectStage[] = [
  "planning",
  "reserve",
  "signed",
  "preparation",
  "started",
  "construction",
  "completed",
  "production",
  "effective",
];
export const ALL_STAGES: readonly ProjectStage[] = PROJECT_STAGES;
export const CREATE_STAGES: ProjectStage[] = ["planning", "reserve", "signed", "preparation"];
export const CATEGORIES: ProjectCategory[] = [
  "industry",
  "infrastructure",
  "publicService",
  "realEstate",
  "shantytown",
  "transport",
];
export const CONSTRUCTION_TYPES: ConstructionType[] = ["new", "continued", "renovation", "expansion"];
export const LEVEL_TAGS: LevelTag[] = ["national", "provincial", "municipal", "county"];
export const TIERS: ProjectTier[] = ["mega", "large", "small"];
export const MEMBER_ROLES: MemberRole[] = ["sponsor", "secretary", "liaison"];
export const HEALTH_LEVELS: HealthLevel[] = ["normal", "lagging", "severe"];
export const OPEN_PROBLEM: ProblemStatus[] = ["pending", "inProgress", "returned"];

export const HEALTH_COLORS: Record<HealthLevel, string> = { normal: "green", lagging: "gold", severe: "red" };
export const STAGE_COLORS: Partial<Record<ProjectStage, string>> = {
  planning: "default",
  reserve: "default",
  signed: "cyan",
  preparation: "blue",
  started: "geekblue",
  construction: "geekblue",
  completed: "purple",
  production: "green",
  effective: "green",
  paused: "orange",
  terminated: "default",
};
export const PROBLEM_STATUS_COLORS: Record<ProblemStatus, string> = {
  pending: "orange",
  inProgress: "blue",
  resolved: "cyan",
  confirmed: "green",
  returned: "red",
};
export const LEVEL_COLORS: Record<LevelTag, string> = {
  national: "red",
  provincial: "volcano",
  municipal: "orange",
  county: "gold",
};

/** The current month (1–12) and year in the browser's calendar: what 序时进度 is measured at. */
export function currentMonth() {
  const now = dayjs();
  return { year: now.year(), month: now.month() + 1, today: now.format("YYYY-MM-DD") };
}

export function useProjectLabels() {
  const { t } = useTranslation();
  const locale = useLocale();
  const unit = useMoneyUnit();
  return useMemo(() => {
    const stage = (v: ProjectStage | null | undefined) => (v ? t(`projects.stage.${v}`) : "—");
    const money = (yuan: string | null | undefined) => formatMoney(yuan, unit, locale);
    const date = (d: string | null | undefined) => formatDate(d, locale);
    const { month } = currentMonth();

    /** One health flag as a sentence a leader reads. */
    const flag = (f: HealthFlag): string => {
      switch (f.rule) {
        case "milestoneOverdue":
          return t("projects.flag.milestoneOverdue", {
            milestone: f.milestone,
            date: date(f.plannedOn),
            days: f.daysOverdue,
          });
        case "investmentBehind":
          return t("projects.flag.investmentBehind", {
            ytd: money(f.ytd),
            expected: money(f.expected),
            share: (f.share * 100).toFixed(1),
          });
        case "silent":
          return f.weeks < 0 || !f.lastReportOn
            ? t("projects.flag.silentNever")
            : t("projects.flag.silent", { weeks: f.weeks, date: date(f.lastReportOn) });
      }
    };

    /** Completion of the year's plan and its distance to 序时进度, as of this month. */
    const against = (ytdYuan: string, planYuan: string | null, monthNo = month) => {
      const pct = planYuan === null ? null : completionPct(ytdYuan, planYuan);
      const points = pct === null ? null : pointsAgainstSchedule(pct, monthNo);
      return {
        pct,
        points,
        text: points === null ? null : describeAgainstSchedule(points, locale),
        period: ytdLabel(monthNo, locale),
      };
    };

    const options = <T extends string>(values: readonly T[], label: (v: T) => string) =>
      values.map((value) => ({ value, label: label(value) }));

    const category = (v: ProjectCategory | null | undefined) => (v ? t(`projects.category.${v}`) : "—");
    const constructionType = (v: ConstructionType | null | undefined) =>
      v ? t(`projects.constructionType.${v}`) : "—";
    const level = (v: LevelTag) => t(`projects.level.${v}`);
    const tier = (v: ProjectTier | null | undefined) => (v ? t(`projects.tier.${v}`) : "—");
    const health = (v: HealthLevel) => t(`projects.health.${v}`);
    const role = (v: MemberRole) => t(`projects.role.${v}`);
    const problemStatus = (v: ProblemStatus) => t(`projects.problemStatus.${v}`);
    const problemCategory = (v: ProblemCategory) => t(`projects.problemCategory.${v}`);

    return {
      locale,
      unit,
      money,
      date,
      stage,
      category,
      constructionType,
      level,
      tier,
      health,
      role,
      problemStatus,
      problemCategory,
      flag,
      against,
      stageOptions: options(ALL_STAGES, stage),
      createStageOptions: options(CREATE_STAGES, stage),
      categoryOptions: options(CATEGORIES, category),
      constructionTypeOptions: options(CONSTRUCTION_TYPES, constructionType),
      levelOptions: options(LEVEL_TAGS, level),
      tierOptions: options(TIERS, tier),
      healthOptions: options(HEALTH_LEVELS, health),
      roleOptions: options(MEMBER_ROLES, role),
      problemStatusOptions: options(PROBLEM_STATUSES, problemStatus),
      problemCategoryOptions: options(PROBLEM_CATEGORIES, problemCategory),
    };
  }, [t, locale, unit]);
}

/** Days from `from` to `to` (ISO dates), whole days. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}
