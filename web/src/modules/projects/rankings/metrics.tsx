/** The five ranking measures in order, a score as the tables print it, and a measure's header with its meaning. */
import { QuestionCircleOutlined } from "@ant-design/icons";
import type { RankingMetric } from "@zoneos/core/project-ranking";
import { Tooltip } from "antd";
import { useTranslation } from "react-i18next";

// Mirrors core RANKING_METRICS, whose module also carries zod schemas the page chunks do without.
export const METRICS: RankingMetric[] = ["investment", "newStarts", "milestones", "problems", "inspection"];

export const score = (v: number | null | undefined) => (v === null || v === undefined ? "—" : v.toFixed(2));

export function MetricHeader({ metric }: { metric: RankingMetric }) {
  const { t } = useTranslation();
  return (
    <Tooltip title={t(`race.metricHelp.${metric}`)}>
      <span className="nowrap">
        {t(`race.metric.${metric}`)} <QuestionCircleOutlined className="muted small" />
      </span>
    </Tooltip>
  );
}
