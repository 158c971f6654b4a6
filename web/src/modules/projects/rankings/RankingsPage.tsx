/**
 * 比学赶超: a month's ranking of the zone's lead units or 赛区 (Jan..month, the zone's weights) — 红榜 and 黑榜
 * with consecutive bottom months and the lagging projects behind a low place, the scores as bars, each
 * entity's score month by month as lines, and the metric-by-metric table.
 */
import { QuestionCircleOutlined, SlidersOutlined, StarOutlined } from "@ant-design/icons";
import { ytdLabel } from "@zoneos/core/schedule";
import { Alert, Button, Card, Col, DatePicker, Empty, Row, Segmented, Space, Table, Tag, Tooltip } from "antd";
import type { ColumnsType } from "antd/es/table";
import dayjs from "dayjs";
import { lazy, Suspense, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useMe } from "../../../app/auth";
import { QueryError } from "../../../ui/ErrorResult";
import { useListParams } from "../../../ui/listParams";
import { Page } from "../../../ui/Page";
import { useIsMobile } from "../../../ui/useIsMobile";
import { ZoneSelect } from "../../platform/ZoneSelect";
import { HEALTH_COLORS, useProjectLabels } from "../labels";
import { Amount } from "../parts";
import { METRICS, MetricHeader, score } from "./metrics";
import { lastMonth, type RankingBy, type RankingEntry, useRaceGroups, useRanking, useRankingTrend } from "./queries";
import "../projects.css";
import "../supervision.css";
import "../i18n";
import "../supervision-i18n";

const ScoreBars = lazy(() => import("./RankingCharts").then((m) => ({ default: m.ScoreBars })));
const TrendLines = lazy(() => import("./RankingCharts").then((m) => ({ default: m.TrendLines })));

const EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function ListCard({ kind, entries }: { kind: "red" | "black"; entries: RankingEntry[] }) {
  const { t } = useTranslation();
  const pl = useProjectLabels();
  const red = kind === "red";
  return (
    <Card
      size="small"
      className={`rk-list-card ${red ? "rk-red" : "rk-black"}`}
      title={
        <span>
          {red ? t("race.redList") : t("race.bottomList")}{" "}
          <span className="muted small">{red ? t("race.redListHelp") : t("race.bottomListHelp")}</span>
        </span>
      }
      data-testid={red ? "ranking-red" : "ranking-black"}
    >
      {entries.length === 0 ? (
        <span className="muted">{t("race.noneOnList")}</span>
      ) : (
        entries.map((e) => (
          <div key={e.entityId} className="rk-list-item" data-testid="ranking-list-item">
            <span className="rk-place">{e.rank}</span>
            <div className="rk-list-body">
              <b>{e.name}</b>
              {!red && (
                <div className="small">
                  {e.consecutiveBottom > 1 && (
                    <Tag color="volcano">{t("race.consecutive", { n: e.consecutiveBottom })}</Tag>
                  )}
                  {e.escalate && <Tag color="red">{t("race.escalate")}</Tag>}
                  {e.lagging > 0 && (
                    <Tag color={HEALTH_COLORS.lagging} bordered={false}>
                      {pl.health("lagging")} {e.lagging}
                    </Tag>
                  )}
                  {e.severe > 0 && (
                    <Tag color={HEALTH_COLORS.severe} bordered={false}>
                      {pl.health("severe")} {e.severe}
                    </Tag>
                  )}
                </div>
              )}
            </div>
            <span className="rk-score">{score(e.score)}</span>
          </div>
        ))
      )}
    </Card>
  );
}

function LaggingProjects({ entry }: { entry: RankingEntry }) {
  const { t } = useTranslation();
  const pl = useProjectLabels();
  return (
    <div>
      <div className="muted small" style={{ marginBottom: 4 }}>
        {t("race.laggingProjects")}
      </div>
      <ul className="rk-lagging-list">
        {entry.laggingProjects.map((p) => (
          <li key={p.projectId}>
            <Tag color={HEALTH_COLORS[p.level]}>{pl.health(p.level)}</Tag>
            <Link to={`/projects/${p.projectId}`}>{p.name}</Link>
            <span className="muted small"> — {p.reasons.join("；")}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

export default function RankingsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const mobile = useIsMobile();
  const pl = useProjectLabels();
  const { params, update } = useListParams();
  const zoneId = params.zoneId ?? me.zoneId ?? undefined;
  const month = /^\d{4}-\d{2}$/.test(params.month ?? "") ? (params.month as string) : lastMonth();
  const by: RankingBy = params.by === "group" ? "group" : "unit";
  const ranking = useRanking({ zoneId, month, by });
  const trend = useRankingTrend({ zoneId, month, by });
  const groups = useRaceGroups(by === "group" ? zoneId : undefined);
  const entries = ranking.data?.entries ?? [];
  const monthNo = Number(month.slice(5, 7));

  const weightsLine = ranking.data
    ? METRICS.map((m) => `${t(`race.metric.${m}`)} ${ranking.data.weights[m]}`).join(" · ")
    : "";
  const trendSeries = useMemo(
    () => (trend.data?.series ?? []).map((s) => ({ name: s.name, values: s.points.map((p) => p.score) })),
    [trend.data],
  );
  const monthLabels = (trend.data?.months ?? []).map((m) => {
    const n = Number(m.slice(5, 7));
    return pl.locale === "zh-CN" ? `${n}月` : (EN_MONTHS[n - 1] ?? m);
  });

  const columns: ColumnsType<RankingEntry> = [
    {
      title: t("race.rank"),
      dataIndex: "rank",
      key: "rank",
      width: 64,
      render: (v: number | null, e) =>
        v === null ? (
          <span className="muted small">{t("race.unranked")}</span>
        ) : (
          <Tag color={e.redList ? "red" : e.bottom ? "#434343" : undefined} className="num">
            {v}
          </Tag>
        ),
    },
    {
      title: by === "unit" ? t("race.entityUnit") : t("race.entityGroup"),
      dataIndex: "name",
      key: "name",
      fixed: mobile ? undefined : "left",
      render: (v: string) => <b className="nowrap">{v}</b>,
    },
    {
      title: t("race.score"),
      dataIndex: "score",
      key: "score",
      align: "right",
      render: (v: number | null) => <span className="rk-score">{score(v)}</span>,
    },
    ...METRICS.map((m) => ({
      title: <MetricHeader metric={m} />,
      key: m,
      align: "right" as const,
      render: (_: unknown, e: RankingEntry) => <span className="rk-metric">{score(e.metrics[m])}</span>,
    })),
    {
      title: t("race.projects"),
      dataIndex: "projects",
      key: "projects",
      align: "right",
      render: (v: number) => <span className="num">{v}</span>,
    },
    {
      title: t("race.ytdPlan"),
      key: "ytd",
      align: "right",
      render: (_, e) => (
        <span className="nowrap">
          <Amount yuan={e.ytdYuan} /> / <Amount yuan={e.planYuan} />
        </span>
      ),
    },
    {
      title: t("race.lagging"),
      key: "lagging",
      align: "right",
      render: (_, e) =>
        e.lagging + e.severe === 0 ? (
          <span className="muted">0</span>
        ) : (
          <Space size={2}>
            {e.lagging > 0 && <Tag color={HEALTH_COLORS.lagging}>{e.lagging}</Tag>}
            {e.severe > 0 && <Tag color={HEALTH_COLORS.severe}>{e.severe}</Tag>}
          </Space>
        ),
    },
  ];

  const noGroups = by === "group" && groups.data && groups.data.length === 0;

  return (
    <Page
      title={t("race.title")}
      subtitle={t("race.subtitle")}
      testId="page-rankings"
      extra={
        <>
          <Link to="/inspections">
            <Button icon={<StarOutlined />}>{t("menu.inspections")}</Button>
          </Link>
          <Link to="/race-groups">
            <Button icon={<SlidersOutlined />}>{t("menu.raceGroups")}</Button>
          </Link>
        </>
      }
    >
      <Card size="small">
        <Space wrap size={[16, 8]}>
          {!me.zoneId && (
            <ZoneSelect
              value={params.zoneId}
              onChange={(z) => update({ zoneId: z })}
              placeholder={t("race.pickZone")}
              style={{ minWidth: 240 }}
            />
          )}
          <span>
            {t("race.month")}{" "}
            <DatePicker
              picker="month"
              allowClear={false}
              value={dayjs(`${month}-01`)}
              disabledDate={(d) => d.isAfter(dayjs(), "month")}
              onChange={(d) => d && update({ month: d.format("YYYY-MM") })}
              data-testid="ranking-month"
            />
          </span>
          <Segmented
            value={by}
            onChange={(v) => update({ by: v === "group" ? "group" : undefined })}
            options={[
              { value: "unit", label: t("race.by.unit") },
              { value: "group", label: t("race.by.group") },
            ]}
            data-testid="ranking-by"
          />
        </Space>
        <div className="muted small rk-weights" style={{ marginTop: 8 }}>
          <span>{t("race.period", { period: `${month.slice(0, 4)} ${ytdLabel(monthNo, pl.locale)}` })}</span>
          {weightsLine && (
            <span>
              {t("race.weightsLine", { weights: weightsLine })} <Link to="/race-groups">{t("race.editWeights")}</Link>
            </span>
          )}
        </div>
      </Card>

      {!zoneId ? (
        <Empty description={t("race.pickZone")} style={{ marginTop: 24 }} />
      ) : ranking.error ? (
        <QueryError error={ranking.error} onRetry={() => void ranking.refetch()} />
      ) : (
        <Space direction="vertical" size={16} style={{ width: "100%", marginTop: 16 }}>
          {noGroups && (
            <Alert
              type="info"
              showIcon
              message={t("race.noGroups")}
              action={
                <Link to="/race-groups">
                  <Button size="small">{t("race.manageGroups")}</Button>
                </Link>
              }
            />
          )}
          <Row gutter={[16, 16]}>
            <Col xs={24} md={12}>
              <ListCard kind="red" entries={entries.filter((e) => e.redList)} />
            </Col>
            <Col xs={24} md={12}>
              <ListCard
                kind="black"
                entries={entries.filter((e) => e.bottom).sort((a, b) => (b.rank ?? 0) - (a.rank ?? 0))}
              />
            </Col>
          </Row>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={10}>
              <Card size="small" title={t("race.scoreChart")} loading={ranking.isPending}>
                {entries.some((e) => e.score !== null) ? (
                  <Suspense fallback={<div className="prj-chart-placeholder" aria-busy="true" />}>
                    <ScoreBars
                      label={t("race.scoreChart")}
                      testId="ranking-bars"
                      bars={entries.map((e) => ({
                        name: e.name,
                        score: e.score,
                        tone: e.redList ? "red" : e.bottom ? "black" : undefined,
                      }))}
                    />
                  </Suspense>
                ) : (
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("race.empty")} />
                )}
              </Card>
            </Col>
            <Col xs={24} xl={14}>
              <Card
                size="small"
                title={
                  <span>
                    {t("race.trendChart")}{" "}
                    <Tooltip title={t("race.trendNote")}>
                      <QuestionCircleOutlined className="muted" />
                    </Tooltip>
                  </span>
                }
                loading={trend.isPending}
              >
                {trendSeries.length > 0 ? (
                  <Suspense fallback={<div className="prj-chart-placeholder" aria-busy="true" />}>
                    <TrendLines
                      labels={monthLabels}
                      series={trendSeries}
                      label={t("race.trendChart")}
                      compact={mobile}
                    />
                  </Suspense>
                ) : (
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("race.empty")} />
                )}
              </Card>
            </Col>
          </Row>
          <Card size="small" title={t("race.table")}>
            <Table<RankingEntry>
              rowKey="entityId"
              size="small"
              columns={columns}
              dataSource={entries}
              loading={ranking.isFetching}
              pagination={false}
              scroll={{ x: "max-content" }}
              locale={{ emptyText: t("race.empty") }}
              expandable={{
                rowExpandable: (e) => e.laggingProjects.length > 0,
                expandedRowRender: (e) => <LaggingProjects entry={e} />,
              }}
              data-testid="ranking-table"
            />
          </Card>
        </Space>
      )}
    </Page>
  );
}
