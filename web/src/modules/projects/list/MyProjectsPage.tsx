/**
 * 我的项目: the projects I answer for (member as 包保, 项目秘书 or 联络干部; an enterprise account: its own),
 * as cards that work on a phone — stage, health and its reasons, this year's figures, the latest weekly
 * report, and the way to the report form. `/report` is the same list for picking the project to report
 * on, and goes straight to the form when there is only one.
 */
import { CameraOutlined, RightOutlined } from "@ant-design/icons";
import { Button, Card, Col, Empty, Progress, Row, Space } from "antd";
import { useTranslation } from "react-i18next";
import { Link, Navigate, useNavigate } from "react-router-dom";
import { useCan, useMe } from "../../../app/auth";
import { QueryError } from "../../../ui/ErrorResult";

import { Page } from "../../../ui/Page";
import { PageLoading } from "../../../ui/PageLoading";
import { AgainstSchedule, Amount, Figure, HealthTag, StageTag } from "../parts";
import { useProjects, useReports } from "../queries";
import type { Project } from "../types";
import "../projects.css";
import "../i18n";

function useMyProjects() {
  const me = useMe();
  // An enterprise account is not a member: its scope already holds its own projects only.
  return useProjects({ mine: me.scope === "enterprise" ? undefined : true, page: 1, pageSize: 100, sort: "name" });
}

export default function MyProjectsPage() {
  return <MyProjects picking={false} />;
}

export function ReportPickPage() {
  return <MyProjects picking />;
}

function MyProjects({ picking }: { picking: boolean }) {
  const { t } = useTranslation();
  const can = useCan();
  const list = useMyProjects();
  const canReport = can("projects:report") || can("projects:write");
  if (list.isPending) return <PageLoading />;
  const items = list.data?.items ?? [];
  if (picking && items.length === 1 && items[0]) return <Navigate to={`/projects/${items[0].id}/report`} replace />;
  return (
    <Page
      title={picking ? t("projects.mine.pickTitle") : t("projects.mine.title")}
      subtitle={picking ? t("projects.mine.pickSubtitle") : t("projects.mine.subtitle")}
      testId={picking ? "page-report-pick" : "page-my-projects"}
    >
      {list.error ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> : null}
      {items.length === 0 && !list.error ? (
        <Card>
          <Empty description={t("projects.mine.empty")} />
        </Card>
      ) : (
        <Row gutter={[16, 16]}>
          {items.map((p) => (
            <Col key={p.id} xs={24} md={12} xxl={8}>
              <MyProjectCard project={p} canReport={canReport} />
            </Col>
          ))}
        </Row>
      )}
    </Page>
  );
}

function MyProjectCard({ project: p, canReport }: { project: Project; canReport: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const reports = useReports(p.id);
  const last = reports.data?.[0];
  return (
    <Card
      className="prj-my-card"
      data-testid="my-project"
      title={
        <Link to={`/projects/${p.id}`} className="prj-my-title">
          {p.name}
        </Link>
      }
      extra={<StageTag project={p} />}
      actions={[
        <Link key="open" to={`/projects/${p.id}`} data-testid="my-project-open">
          {t("projects.mine.open")} <RightOutlined />
        </Link>,
        ...(canReport
          ? [
              <Button
                key="report"
                type="primary"
                icon={<CameraOutlined />}
                onClick={() => navigate(`/projects/${p.id}/report`)}
                data-testid="my-project-report"
              >
                {t("projects.mine.report")}
              </Button>,
            ]
          : []),
      ]}
    >
      <Space size={8} wrap style={{ marginBottom: 12 }}>
        <HealthTag health={p.health} />
        <span className="muted small mono">{p.code}</span>
        {p.leadUnitName && <span className="muted small">{p.leadUnitName}</span>}
      </Space>
      <div className="prj-figures prj-figures-3">
        <Figure label={t("projects.field.totalInvestment")}>
          <Amount yuan={p.totalInvestmentYuan} />
        </Figure>
        <Figure label={t("projects.field.ytd")}>
          <Amount yuan={p.ytdInvestmentYuan} />
        </Figure>
        <Figure label={t("projects.field.annualPlan")}>
          <Amount yuan={p.annualPlanYuan} />
        </Figure>
      </div>
      <div className="small" style={{ marginTop: 8 }}>
        <AgainstSchedule ytdYuan={p.ytdInvestmentYuan} planYuan={p.annualPlanYuan} />
      </div>
      <div className="prj-my-last">
        <span className="muted small">{t("projects.mine.lastReport")}</span>
        {last ? (
          <div>
            <Progress percent={last.imageProgressPct} size="small" />
            <div className="small prj-clamp-2">{last.progress}</div>
          </div>
        ) : (
          <div className="small muted">{reports.isPending ? "…" : t("projects.mine.noReport")}</div>
        )}
      </div>
    </Card>
  );
}
