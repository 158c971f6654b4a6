/**
 * The enterprise's key projects (GET /projects?enterpriseId=): stage, health, investment against plan — the
 * table on a wide screen, the project cards on a phone — and a link to the full list filtered to it.
 */
import type { Page as ApiPage } from "@zoneos/core/platform-api";
import { Card, Table } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useIsMobile } from "../../../../ui/useIsMobile";
import { useProjectLabels } from "../../../projects/labels";
import type { ProjectList } from "../../../projects/list/listTypes";
import { ProjectCards } from "../../../projects/list/ProjectCards";
import { AgainstSchedule, Amount, HealthTag, StageTag } from "../../../projects/parts";
import type { Project } from "../../../projects/types";
import "../../../projects/projects.css";
import "../../../projects/i18n";
import "../../../projects/supervision-i18n";
import { useWholeMoney } from "../../../projects/wholeMoney";

export function ProjectsTab({
  data,
  loading,
  onPage,
}: {
  data: ProjectList | undefined;
  loading: boolean;
  onPage: (page: number, pageSize: number) => void;
}) {
  const { t } = useTranslation();
  const pl = useProjectLabels();
  const mobile = useIsMobile();
  const money = useWholeMoney();
  const columns: ColumnsType<Project> = [
    {
      title: t("projects.field.name"),
      dataIndex: "name",
      key: "name",
      render: (_, p) => (
        <div>
          <Link to={`/projects/${p.id}`} data-testid="enterprise-project-link">
            {p.name}
          </Link>
          <div className="muted small">
            <span className="mono">{p.code}</span>
            {p.leadUnitName ? ` · ${p.leadUnitName}` : ""}
          </div>
        </div>
      ),
    },
    { title: t("projects.field.stage"), key: "stage", render: (_, p) => <StageTag project={p} /> },
    { title: t("projects.field.health"), key: "health", render: (_, p) => <HealthTag health={p.health} /> },
    {
      title: t("projects.field.totalInvestment"),
      dataIndex: "totalInvestmentYuan",
      key: "total",
      align: "right",
      render: (v: string) => <Amount yuan={v} />,
    },
    {
      title: t("projects.field.ytdAgainstSchedule", { period: pl.against("0", null).period }),
      key: "ytd",
      render: (_, p) => (
        <div className="nowrap">
          <Amount yuan={p.ytdInvestmentYuan} />
          <div>
            <AgainstSchedule ytdYuan={p.ytdInvestmentYuan} planYuan={p.annualPlanYuan} compact />
          </div>
        </div>
      ),
    },
  ];
  const page: ApiPage<Project> | undefined = data;
  return (
    <Card size="small" styles={{ body: mobile ? { padding: 0 } : undefined }} data-testid="enterprise-projects">
      {data && (
        <div className={mobile ? "muted small ent-projects-total" : "muted ent-projects-total"}>
          {t("enterpriseProjects.total", {
            count: data.totals.count,
            amount: money(data.totals.totalInvestmentYuan),
          })}
        </div>
      )}
      {mobile ? (
        <ProjectCards data={page} loading={loading} onPage={onPage} />
      ) : (
        <Table<Project>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={data?.items ?? []}
          loading={loading}
          scroll={{ x: "max-content" }}
          locale={{ emptyText: t("enterpriseProjects.empty") }}
          pagination={
            data && data.total > data.pageSize
              ? { current: data.page, pageSize: data.pageSize, total: data.total, onChange: onPage }
              : false
          }
        />
      )}
    </Card>
  );
}
