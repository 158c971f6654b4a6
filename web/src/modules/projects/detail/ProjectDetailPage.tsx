/**
 * One key project: its figures (total, annual plan, 年累计 against 序时进度, since start, 形象进度) and health
 * with the reasons; the lifecycle bar with the moves allowed now; then tabs — overview and "六个一",
 * milestones (Gantt), investment, weekly reports, problems, attachments and the lifecycle history. The tab is
 * in the URL.
 */
import { CameraOutlined, EditOutlined, PlusOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Empty, Progress, Space, Tabs, Timeline } from "antd";
import { lazy, Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router-dom";
import { useCan, useMe } from "../../../app/auth";
import { QueryError } from "../../../ui/ErrorResult";
import { DateText, DateTimeText } from "../../../ui/format";
import { useListParams } from "../../../ui/listParams";
import { Page } from "../../../ui/Page";
import { PageLoading } from "../../../ui/PageLoading";
import { useProjectLabels } from "../labels";
import { AgainstSchedule, Amount, Figure, HealthTag, LevelTags, StageTag } from "../parts";
import { useProblems, useProject, useReports, useTransitions } from "../queries";
import type { Project, Transition } from "../types";
import "../projects.css";
import "../i18n";
import { ProblemTable } from "../problems/ProblemTable";
import { Attachments } from "./Attachments";
import { Investment } from "./Investment";
import { Lifecycle } from "./Lifecycle";
import { Milestones } from "./Milestones";
import { Overview } from "./Overview";
import { Reports } from "./Reports";

const ProjectDrawer = lazy(() => import("../list/ProjectDrawer").then((m) => ({ default: m.ProjectDrawer })));
const RaiseProblemModal = lazy(() =>
  import("../problems/RaiseProblemModal").then((m) => ({ default: m.RaiseProblemModal })),
);

const TABS = ["overview", "milestones", "investment", "reports", "problems", "attachments", "history"] as const;
type Tab = (typeof TABS)[number];

export default function ProjectDetailPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const can = useCan();
  const me = useMe();
  const navigate = useNavigate();
  const { params, update } = useListParams();
  const project = useProject(id);
  const history = useTransitions(id);
  const [editing, setEditing] = useState(false);
  const [raising, setRaising] = useState(false);

  if (project.isPending) return <PageLoading />;
  if (project.error || !project.data)
    return <QueryError error={project.error} onRetry={() => void project.refetch()} />;
  const p = project.data;
  const writable = can("projects:write") && me.scope !== "region";
  const canReport = (can("projects:report") || can("projects:write")) && me.scope !== "region";
  const tab: Tab = TABS.includes(params.tab as Tab) ? (params.tab as Tab) : "overview";

  return (
    <Page
      title={
        <span className="prj-title">
          {p.name}
          <StageTag project={p} />
          <HealthTag health={p.health} />
        </span>
      }
      subtitle={
        <span>
          <span className="mono">{p.code}</span>
          {p.enterpriseName ? ` · ${p.enterpriseName}` : ""}
          {p.leadUnitName ? ` · ${p.leadUnitName}` : ""}
        </span>
      }
      crumb={p.name}
      testId="page-project"
      extra={
        <>
          {canReport && (
            <Button
              icon={<CameraOutlined />}
              onClick={() => navigate(`/projects/${p.id}/report`)}
              data-testid="project-report"
            >
              {t("projects.mine.report")}
            </Button>
          )}
          {canReport && (
            <Button icon={<PlusOutlined />} onClick={() => setRaising(true)} data-testid="problem-raise">
              {t("projects.problems.raise")}
            </Button>
          )}
          {writable && (
            <Button type="primary" icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="project-edit">
              {t("common.edit")}
            </Button>
          )}
        </>
      }
    >
      <Header project={p} />
      <Lifecycle project={p} history={history.data ?? []} writable={writable} />
      <Card size="small" className="prj-tabs-card">
        <Tabs
          activeKey={tab}
          onChange={(k) => update({ tab: k === "overview" ? undefined : k })}
          destroyOnHidden
          items={[
            {
              key: "overview",
              label: t("projects.detail.tab.overview"),
              children: <Overview project={p} writable={writable} />,
            },
            {
              key: "milestones",
              label: t("projects.detail.tab.milestones"),
              children: <Milestones project={p} writable={writable} />,
            },
            {
              key: "investment",
              label: t("projects.detail.tab.investment"),
              children: <Investment project={p} writable={writable} canReport={canReport} />,
            },
            {
              key: "reports",
              label: t("projects.detail.tab.reports"),
              children: <Reports project={p} canReport={canReport} />,
            },
            {
              key: "problems",
              label: t("projects.detail.tab.problems"),
              children: <ProjectProblems project={p} canRaise={canReport} onRaise={() => setRaising(true)} />,
            },
            {
              key: "attachments",
              label: <span data-testid="tab-attachments">{t("projects.detail.tab.attachments")}</span>,
              children: <Attachments project={p} canUpload={canReport} writable={writable} />,
            },
            {
              key: "history",
              label: t("projects.detail.tab.history"),
              children: <History history={history.data ?? []} loading={history.isPending} />,
            },
          ]}
        />
      </Card>
      <Suspense fallback={null}>
        {editing && <ProjectDrawer project={p} onClose={() => setEditing(false)} />}
        {raising && <RaiseProblemModal project={p} onClose={() => setRaising(false)} />}
      </Suspense>
    </Page>
  );
}

function Header({ project: p }: { project: Project }) {
  const { t } = useTranslation();
  const pl = useProjectLabels();
  const reports = useReports(p.id);
  const last = reports.data?.[0];
  const period = pl.against("0", null).period;
  return (
    <Card className="prj-header" data-testid="project-header">
      <div className="prj-figures">
        <Figure label={t("projects.field.totalInvestment")} testId="figure-total">
          <Amount yuan={p.totalInvestmentYuan} />
          <div className="muted small">
            {pl.tier(p.tier)} · {pl.category(p.category)}
          </div>
        </Figure>
        <Figure label={t("projects.field.annualPlan")} testId="figure-plan">
          <Amount yuan={p.annualPlanYuan} />
        </Figure>
        <Figure label={t("projects.field.ytdOf", { period })} testId="figure-ytd">
          <Amount yuan={p.ytdInvestmentYuan} />
          <div className="small">
            <AgainstSchedule ytdYuan={p.ytdInvestmentYuan} planYuan={p.annualPlanYuan} compact />
          </div>
        </Figure>
        <Figure label={t("projects.field.sinceStart")} testId="figure-since">
          <Amount yuan={p.sinceStartInvestmentYuan} />
        </Figure>
        <Figure label={t("projects.reports.imageProgress")} testId="figure-image">
          {last ? (
            <>
              <Progress percent={last.imageProgressPct} size="small" />
              <div className="muted small">
                <DateText value={last.weekOf} />
              </div>
            </>
          ) : (
            <span className="muted">{t("projects.mine.noReport")}</span>
          )}
        </Figure>
      </div>
      {p.levelTags.length > 0 && (
        <div style={{ marginTop: 8 }}>
          <LevelTags tags={p.levelTags} />
        </div>
      )}
      {p.health.flags.length > 0 && (
        <Alert
          type={p.health.level === "severe" ? "error" : "warning"}
          showIcon
          className="prj-health-alert"
          data-testid="health-reasons"
          message={t("projects.detail.healthTitle", { level: pl.health(p.health.level) })}
          description={
            <ul className="prj-flag-list">
              {p.health.flags.map((f) => (
                <li key={`${f.rule}-${"milestone" in f ? f.milestone : ""}`}>{pl.flag(f)}</li>
              ))}
            </ul>
          }
        />
      )}
    </Card>
  );
}

function ProjectProblems({ project, canRaise, onRaise }: { project: Project; canRaise: boolean; onRaise: () => void }) {
  const { t } = useTranslation();
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const problems = useProblems({ projectId: project.id, ...page });
  if (problems.error) return <QueryError error={problems.error} onRetry={() => void problems.refetch()} />;
  return (
    <Space direction="vertical" size={12} style={{ width: "100%" }} data-testid="project-problems">
      {canRaise && (
        <Button icon={<PlusOutlined />} onClick={onRaise}>
          {t("projects.problems.raise")}
        </Button>
      )}
      <ProblemTable
        data={problems.data}
        loading={problems.isFetching}
        onPage={(p, s) => setPage({ page: p, pageSize: s })}
      />
    </Space>
  );
}

function History({ history, loading }: { history: Transition[]; loading: boolean }) {
  const { t } = useTranslation();
  const pl = useProjectLabels();
  if (!loading && history.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("projects.history.empty")} />;
  return (
    <Timeline
      className="prj-timeline"
      data-testid="project-history"
      items={[...history].reverse().map((h) => ({
        key: h.id,
        color: h.toStage === "terminated" ? "red" : h.toStage === "paused" ? "orange" : "blue",
        children: (
          <div>
            <div>
              <b>
                {pl.stage(h.fromStage)} → {pl.stage(h.toStage)}
              </b>
              {h.happenedOn && (
                <span className="muted">
                  {" "}
                  · <DateText value={h.happenedOn} />
                </span>
              )}
            </div>
            {h.permitNo && (
              <div className="small">
                {t("projects.labelled", { label: t("projects.lifecycle.permitNo"), value: h.permitNo })}
              </div>
            )}
            {h.toleranceNote && (
              <div className="small">
                {t("projects.labelled", { label: t("projects.lifecycle.toleranceNote"), value: h.toleranceNote })}
              </div>
            )}
            {h.reason && (
              <div className="small">
                {t("projects.labelled", { label: t("projects.lifecycle.reason"), value: h.reason })}
              </div>
            )}
            <div className="muted small">
              {t("projects.history.recorded")} <DateTimeText value={h.at} />
            </div>
          </div>
        ),
      }))}
    />
  );
}
