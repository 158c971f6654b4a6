/** The project list on a phone: one card per project with the figures the table's columns carry. */
import type { Page as ApiPage } from "@zoneos/core/platform-api";
import { List } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";

import { useProjectLabels } from "../labels";
import { AgainstSchedule, Amount, HealthTag, LevelTags, StageTag } from "../parts";
import type { Project } from "../types";

interface Props {
  data?: ApiPage<Project>;
  loading: boolean;
  onPage: (page: number, pageSize: number) => void;
}

export function ProjectCards({ data, loading, onPage }: Props) {
  const { t } = useTranslation();
  const pl = useProjectLabels();
  return (
    <List<Project>
      className="prj-card-list"
      loading={loading}
      dataSource={data?.items ?? []}
      locale={{ emptyText: t("projects.empty") }}
      pagination={
        data && data.total > data.pageSize
          ? { current: data.page, pageSize: data.pageSize, total: data.total, simple: true, onChange: onPage }
          : false
      }
      renderItem={(p) => (
        <List.Item key={p.id} className="prj-card-item" data-testid="project-card">
          <div className="prj-card-top">
            <Link to={`/projects/${p.id}`} className="prj-card-name" data-testid="project-link">
              {p.name}
            </Link>
            <StageTag project={p} />
          </div>
          <div className="muted small">
            <span className="mono">{p.code}</span> · {pl.tier(p.tier)} · {pl.category(p.category)}
            {p.leadUnitName ? ` · ${p.leadUnitName}` : ""}
          </div>
          <LevelTags tags={p.levelTags} />
          <div className="prj-card-figures">
            <span>
              <span className="muted small">{t("projects.field.totalInvestment")} </span>
              <Amount yuan={p.totalInvestmentYuan} />
            </span>
            <HealthTag health={p.health} />
          </div>
          {(Number(p.ytdInvestmentYuan) > 0 || p.annualPlanYuan) && (
            <div className="small">
              <span className="muted">{t("projects.field.ytd")} </span>
              <Amount yuan={p.ytdInvestmentYuan} />
              <div>
                <AgainstSchedule ytdYuan={p.ytdInvestmentYuan} planYuan={p.annualPlanYuan} />
              </div>
            </div>
          )}
        </List.Item>
      )}
    />
  );
}
