/** Small pieces every page of the module shows: stage and health tags, completion against 序时进度. */
import { formatMoney } from "@zoneos/core/format";
import { Space, Tag, Tooltip } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useMoneyUnit } from "../../app/auth";
import { useLocale } from "../../ui/format";
import { HEALTH_COLORS, LEVEL_COLORS, STAGE_COLORS, useProjectLabels } from "./labels";
import type { Project } from "./types";

export function StageTag({ project }: { project: Pick<Project, "stage" | "pausedFrom"> }) {
  const { t } = useTranslation();
  const pl = useProjectLabels();
  return (
    <Tag color={STAGE_COLORS[project.stage]} bordered={false} className="nowrap" data-testid="stage-tag">
      {project.stage === "paused" && project.pausedFrom
        ? t("projects.lifecycle.pausedFrom", { stage: pl.stage(project.pausedFrom) })
        : pl.stage(project.stage)}
    </Tag>
  );
}

/** 正常 / 滞后 / 严重滞后, with the reasons in words on hover (and on tap: the tooltip opens on click too). */
export function HealthTag({ health }: { health: Project["health"] }) {
  const { t } = useTranslation();
  const pl = useProjectLabels();
  const reasons =
    health.flags.length === 0 ? (
      t("projects.flag.none")
    ) : (
      <div>
        <div style={{ fontWeight: 600, marginBottom: 4 }}>{t("projects.flag.title")}</div>
        <ul className="prj-flag-list">
          {health.flags.map((f) => (
            <li key={`${f.rule}-${"milestone" in f ? f.milestone : ""}`}>{pl.flag(f)}</li>
          ))}
        </ul>
      </div>
    );
  return (
    <Tooltip title={reasons} trigger={["hover", "click"]}>
      <Tag
        color={HEALTH_COLORS[health.level]}
        className="prj-health-tag"
        data-testid="health-tag"
        data-level={health.level}
        tabIndex={0}
      >
        {pl.health(health.level)}
      </Tag>
    </Tooltip>
  );
}

export function LevelTags({ tags }: { tags: Project["levelTags"] }) {
  const pl = useProjectLabels();
  if (tags.length === 0) return null;
  return (
    <Space size={[2, 2]} wrap>
      {tags.map((l) => (
        <Tag key={l} color={LEVEL_COLORS[l]} bordered={false} className="prj-small-tag">
          {pl.level(l)}
        </Tag>
      ))}
    </Space>
  );
}

/** "完成年度计划 74.00% · 超序时进度 7.33 个百分点", green ahead, red behind. */
export function AgainstSchedule({
  ytdYuan,
  planYuan,
  compact,
}: {
  ytdYuan: string;
  planYuan: string | null;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const pl = useProjectLabels();
  const a = pl.against(ytdYuan, planYuan);
  if (a.pct === null) return <span className="muted small">{t("projects.schedule.noPlan")}</span>;
  const tone = a.points === null ? "" : a.points >= 0 ? "prj-ahead" : "prj-behind";
  return (
    <span className={compact ? "small" : undefined} data-testid="against-schedule">
      <span className="num">{t("projects.schedule.of", { pct: a.pct.toFixed(2) })}</span>
      {compact ? <br /> : " · "}
      <span className={tone}>{a.text}</span>
    </span>
  );
}

/**
 * An amount for reading at a glance (lists, cards, headline figures): whole 万元 (or 元), 亿元 to two
 * places. Tables of record (the month table, the facts) keep `Money` with its two decimals.
 */
export function Amount({ yuan }: { yuan: string | null | undefined }) {
  const locale = useLocale();
  const unit = useMoneyUnit();
  return <span className="num">{formatMoney(yuan, unit, locale, unit === "yi" ? 2 : 0)}</span>;
}

/** A label over a value, for the figures strip of a card or header. */
export function Figure({ label, children, testId }: { label: ReactNode; children: ReactNode; testId?: string }) {
  return (
    <div className="prj-figure" data-testid={testId}>
      <div className="muted small">{label}</div>
      <div className="prj-figure-value">{children}</div>
    </div>
  );
}
