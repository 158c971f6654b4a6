/**
 * One 点评 / 观摩: its criteria and weights; a judge scores a project on each criterion (re-scoring replaces the
 * judge's marks); the projects ranked by the weighted average across judges, as bars and a table; closing
 * the scoring makes the results count towards 比学赶超.
 */
import {
  App,
  Button,
  type ButtonProps,
  Card,
  Col,
  Descriptions,
  Empty,
  Form,
  InputNumber,
  Popconfirm,
  Row,
  Select,
  Space,
  Table,
  Tag,
} from "antd";
import type { ColumnsType } from "antd/es/table";
import { lazy, Suspense, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { api, isProblem } from "../../../app/api";
import { useCan, useMe } from "../../../app/auth";
import { QueryError } from "../../../ui/ErrorResult";
import { DateText } from "../../../ui/format";
import { Page } from "../../../ui/Page";
import { PageLoading } from "../../../ui/PageLoading";
import { ProblemAlert } from "../../../ui/ProblemAlert";
import { useIsMobile } from "../../../ui/useIsMobile";
import { useProjectLabels } from "../labels";
import { useProjects } from "../queries";
import { score } from "../rankings/metrics";
import { type Inspection, type InspectionResults, useInspectionResults, useRefreshRankings } from "../rankings/queries";
import { StatusTag } from "./InspectionsPage";
import "../projects.css";
import "../supervision.css";
import "../i18n";
import "../supervision-i18n";

const ScoreBars = lazy(() => import("../rankings/RankingCharts").then((m) => ({ default: m.ScoreBars })));

type Result = InspectionResults["results"][number];

function ScoreCard({ inspection }: { inspection: Inspection }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const pl = useProjectLabels();
  const refresh = useRefreshRankings();
  const [form] = Form.useForm<{ projectId: string; scores: Record<string, number> }>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const projects = useProjects({ zoneId: inspection.zoneId, page: 1, pageSize: 200, sort: "code" });
  const options = useMemo(
    () =>
      (projects.data?.items ?? []).map((p) => ({
        value: p.id,
        label: `${p.code} ${p.name}`,
        stage: pl.stage(p.stage),
      })),
    [projects.data, pl],
  );

  const submit = async () => {
    let v: { projectId: string; scores: Record<string, number> };
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await api.put(`/v1/inspections/${inspection.id}/scores`, v);
      void message.success(t("inspections.scored"));
      form.resetFields();
      await refresh();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card size="small" title={t("inspections.scoreTitle")} data-testid="inspection-score-card">
      <div className="muted small" style={{ marginBottom: 12 }}>
        {t("inspections.scoreHelp")}
      </div>
      <ProblemAlert
        error={error}
        details={isProblem(error) ? error.errors.map((e) => e.message) : undefined}
        style={{ marginBottom: 12 }}
      />
      <Form form={form} layout="vertical" requiredMark={false}>
        <Form.Item
          name="projectId"
          label={t("inspections.project")}
          rules={[{ required: true, message: t("inspections.pickProject") }]}
        >
          <Select
            showSearch
            optionFilterProp="label"
            options={options}
            loading={projects.isFetching}
            placeholder={t("inspections.pickProject")}
            optionRender={(o) => (
              <span>
                {o.data.label} <span className="muted small">· {o.data.stage}</span>
              </span>
            )}
            data-testid="score-project"
          />
        </Form.Item>
        <Row gutter={12}>
          {inspection.criteria.map((c) => (
            <Col xs={12} sm={8} key={c.key}>
              <Form.Item
                name={["scores", c.key]}
                label={
                  <span>
                    {c.name} <span className="muted small">×{c.weight}%</span>
                  </span>
                }
                rules={[{ required: true, message: t("common.required", { field: c.name }) }]}
              >
                <InputNumber min={0} max={100} precision={1} style={{ width: "100%" }} data-testid={`score-${c.key}`} />
              </Form.Item>
            </Col>
          ))}
        </Row>
        <Button type="primary" loading={busy} onClick={() => void submit()} data-testid="score-submit">
          {t("inspections.submitScores")}
        </Button>
      </Form>
    </Card>
  );
}

export default function InspectionPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const me = useMe();
  const can = useCan();
  const { message } = App.useApp();
  const mobile = useIsMobile();
  const data = useInspectionResults(id);
  const refresh = useRefreshRankings();
  const [closing, setClosing] = useState(false);

  if (data.isPending) return <PageLoading />;
  if (data.error || !data.data) return <QueryError error={data.error} onRetry={() => void data.refetch()} />;
  const { inspection, results } = data.data;
  const writable = can("projects:write") && me.scope !== "region" && me.scope !== "enterprise";
  const open = inspection.status === "open";

  const close = async () => {
    setClosing(true);
    try {
      await api.post(`/v1/inspections/${inspection.id}/close`);
      void message.success(t("inspections.closed"));
      await refresh();
    } catch (e) {
      void message.error(isProblem(e) ? e.message : String(e));
    } finally {
      setClosing(false);
    }
  };

  const columns: ColumnsType<Result> = [
    {
      title: t("inspections.rank"),
      dataIndex: "rank",
      key: "rank",
      width: 64,
      render: (v: number | null) => (v === null ? "—" : <Tag color={v <= 3 ? "gold" : undefined}>{v}</Tag>),
    },
    {
      title: t("inspections.project"),
      dataIndex: "projectName",
      key: "project",
      render: (v: string, r) => (
        <div>
          <Link to={`/projects/${r.projectId}`}>{v}</Link>
          {mobile && (
            <div className="muted small">
              {t("inspections.judges")} {r.judges}
            </div>
          )}
        </div>
      ),
    },
    ...(mobile
      ? []
      : [
          {
            title: t("inspections.judges"),
            dataIndex: "judges",
            key: "judges",
            align: "right" as const,
            render: (v: number) => <span className="num">{v}</span>,
          },
        ]),
    {
      title: t("inspections.score"),
      dataIndex: "score",
      key: "score",
      align: "right",
      render: (v: number | null) => <span className="rk-score">{score(v)}</span>,
    },
  ];

  return (
    <Page
      title={inspection.title}
      crumb={inspection.title}
      subtitle={
        <Space size={8} wrap>
          <Tag color={inspection.kind === "halfYear" ? "purple" : "cyan"}>
            {t(`inspections.kinds.${inspection.kind}`)}
          </Tag>
          <DateText value={inspection.heldOn} />
          <StatusTag status={inspection.status} />
        </Space>
      }
      testId="page-inspection"
      extra={
        <>
          <Link to="/inspections">
            <Button>{t("inspections.back")}</Button>
          </Link>
          {writable && open && (
            <Popconfirm
              title={t("inspections.closeConfirm")}
              onConfirm={() => void close()}
              okButtonProps={{ "data-testid": "inspection-close-confirm" } as ButtonProps}
            >
              <Button danger loading={closing} data-testid="inspection-close">
                {t("inspections.close")}
              </Button>
            </Popconfirm>
          )}
        </>
      }
    >
      <Space direction="vertical" size={16} style={{ width: "100%" }}>
        <Card size="small" title={t("inspections.criteria")}>
          <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 5 }}>
            {inspection.criteria.map((c) => (
              <Descriptions.Item key={c.key} label={c.name}>
                <span className="num">{c.weight}%</span>
              </Descriptions.Item>
            ))}
          </Descriptions>
          {!open && <div className="muted small">{t("inspections.closedNote")}</div>}
        </Card>
        <Row gutter={[16, 16]}>
          {writable && open && (
            <Col xs={24} xl={10}>
              <ScoreCard inspection={inspection} />
            </Col>
          )}
          <Col xs={24} xl={writable && open ? 14 : 24}>
            <Card size="small" title={t("inspections.results")} data-testid="inspection-results">
              {results.length === 0 ? (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("inspections.noResults")} />
              ) : (
                <>
                  <Suspense fallback={<div className="prj-chart-placeholder" aria-busy="true" />}>
                    <ScoreBars
                      label={t("inspections.resultsChart")}
                      testId="inspection-bars"
                      bars={results.slice(0, 15).map((r) => ({
                        name: r.projectName,
                        score: r.score,
                        tone: r.rank !== null && r.rank <= 3 ? "red" : undefined,
                      }))}
                    />
                  </Suspense>
                  <Table<Result>
                    rowKey="projectId"
                    size="small"
                    columns={columns}
                    dataSource={results}
                    pagination={false}
                    scroll={mobile ? undefined : { x: "max-content" }}
                    style={{ marginTop: 12 }}
                    data-testid="inspection-results-table"
                  />
                </>
              )}
            </Card>
          </Col>
        </Row>
      </Space>
    </Page>
  );
}
