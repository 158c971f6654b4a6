/**
 * 领导驾驶舱: a zone-month at a glance — KPI cards (累计, 同比 on comparable scope with the raw prior-year figure on
 * hover, 目标完成率 against 序时进度), this year vs last year by month, breakdowns by industry and cluster, the
 * top enterprises, the 预警名单, 规上 entrants and leavers and project investment. Every figure opens the
 * enterprise rows behind it. 大屏 turns the page into a dark wall display in full screen.
 */
import { CompressOutlined, ExpandOutlined } from "@ant-design/icons";
import { indicatorById, REPORT_FIELDS, type ReportField } from "@zoneos/core/statistics-indicators";
import { Alert, App, Button, Card, Empty, Segmented, Select, Space, Spin, Tooltip } from "antd";
import { lazy, type ReactNode, Suspense, useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useMe } from "../../../app/auth";
import { QueryError } from "../../../ui/ErrorResult";
import { useLocale } from "../../../ui/format";
import { useListParams } from "../../../ui/listParams";
import { Page } from "../../../ui/Page";
import { PageLoading } from "../../../ui/PageLoading";
import { ZoneSelect } from "../../platform/ZoneSelect";
import { isMonth, MonthPicker, Pct, useFieldName, useFigureFormat, useUnitLabel } from "../parts";
import { type Cockpit, reportingMonth, useCockpit } from "../queries";
import type { DrillTarget } from "./DrillDrawer";
import { KpiCard } from "./KpiCard";
import "../statistics.css";
import "../i18n";

const TrendChart = lazy(() => import("./TrendCharts").then((m) => ({ default: m.TrendChart })));
const BarsChart = lazy(() => import("./TrendCharts").then((m) => ({ default: m.BarsChart })));
// The drill-down (a paged table in a drawer) loads on the first click, not with the cockpit.
const DrillDrawer = lazy(() => import("./DrillDrawer").then((m) => ({ default: m.DrillDrawer })));

type Figure = Cockpit["topEnterprises"][number];

export default function CockpitPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { message } = App.useApp();
  const { params, update } = useListParams();
  const zoneId = params.zoneId ?? me.zoneId ?? undefined;
  const month = isMonth(params.month) ? params.month : reportingMonth();
  const focus: ReportField = (REPORT_FIELDS as readonly string[]).includes(params.focus ?? "")
    ? (params.focus as ReportField)
    : "output";
  const cockpit = useCockpit(zoneId, month, focus);
  const [wall, setWall] = useState(false);
  const [drill, setDrill] = useState<DrillTarget | null>(null);
  const fieldName = useFieldName();

  // Leaving full screen (Esc) leaves the wall layout too.
  useEffect(() => {
    const onChange = () => {
      if (!document.fullscreenElement) setWall(false);
    };
    document.addEventListener("fullscreenchange", onChange);
    return () => document.removeEventListener("fullscreenchange", onChange);
  }, []);

  const enterWall = async () => {
    setWall(true);
    try {
      await document.documentElement.requestFullscreen();
    } catch {
      void message.info(t("stat.cockpit.fullscreenFailed"));
    }
  };
  const exitWall = () => {
    setWall(false);
    if (document.fullscreenElement) void document.exitFullscreen();
  };

  const open = useCallback(
    (target: Omit<DrillTarget, "zoneId" | "month"> & { month?: string }) => {
      if (zoneId) setDrill({ zoneId, month, ...target });
    },
    [zoneId, month],
  );

  const controls = (
    <Space wrap>
      {!me.zoneId && (
        <ZoneSelect
          value={zoneId}
          onChange={(z) => update({ zoneId: z })}
          placeholder={t("stat.pickZone")}
          style={{ width: 260 }}
        />
      )}
      <MonthPicker value={month} onChange={(m) => update({ month: m })} testId="cockpit-month" />
      <Select
        value={focus}
        onChange={(v) => update({ focus: v === "output" ? undefined : v })}
        options={REPORT_FIELDS.filter((f) => f !== "employees").map((f) => ({ value: f, label: fieldName(f) }))}
        style={{ width: 180 }}
        aria-label={t("stat.cockpit.focus")}
        popupMatchSelectWidth={false}
      />
      {wall ? (
        <Button icon={<CompressOutlined />} onClick={exitWall} data-testid="cockpit-exit-wall">
          {t("stat.cockpit.exitBigScreen")}
        </Button>
      ) : (
        <Button
          icon={<ExpandOutlined />}
          onClick={() => void enterWall()}
          disabled={!cockpit.data}
          data-testid="cockpit-wall"
        >
          {t("stat.cockpit.bigScreen")}
        </Button>
      )}
    </Space>
  );

  let body: ReactNode;
  if (!zoneId) body = <Empty description={t("stat.pickZone")} />;
  else if (cockpit.isPending) body = <PageLoading />;
  else if (cockpit.error || !cockpit.data)
    body = <QueryError error={cockpit.error} onRetry={() => void cockpit.refetch()} />;
  else body = <CockpitBody data={cockpit.data} wall={wall} open={open} loading={cockpit.isFetching} />;

  return (
    <>
      {wall && cockpit.data ? (
        <div className="stat-wall" data-testid="cockpit-wall-view">
          <div className="stat-wall-head">
            <h1>
              {cockpit.data.zone.name} · {t("stat.cockpit.title")}
            </h1>
            {controls}
          </div>
          {body}
        </div>
      ) : (
        <Page title={t("stat.cockpit.title")} extra={controls} testId="cockpit-page">
          {body}
        </Page>
      )}
      {drill && (
        <Suspense fallback={null}>
          <DrillDrawer target={drill} onClose={() => setDrill(null)} />
        </Suspense>
      )}
    </>
  );
}

type Open = (target: Omit<DrillTarget, "zoneId" | "month"> & { month?: string }) => void;

function CockpitBody({ data, wall, open, loading }: { data: Cockpit; wall: boolean; open: Open; loading: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const fmt = useFigureFormat();
  const unitLabel = useUnitLabel();
  const fieldName = useFieldName();
  const [cumulative, setCumulative] = useState(false);
  const focusDef = indicatorById(
    data.kpis.find((k) => indicatorById(k.indicatorId)?.field === data.focus)?.indicatorId ?? "",
  );
  const focusIndicator = focusDef?.id ?? data.focus;
  const unit = focusDef?.unit ?? "yuan";
  const scaleOf = (v: string | null): number | null => {
    if (v === null) return null;
    const n = Number(v);
    if (unit === "yuan")
      return n / (unitLabel("yuan").includes("亿") || unitLabel("yuan").includes("100M") ? 1e8 : 1e4);
    if (unit === "kwh") return n / 1e4;
    return n;
  };
  const numFmt = (v: number) => `${v.toLocaleString(locale, { maximumFractionDigits: 2 })} ${unitLabel(unit)}`;
  const period = locale === "zh-CN" ? data.periodLabelZh : data.periodLabelEn;
  const name = (r: { key: string; nameZh: string; nameEn: string }) => {
    const n = locale === "zh-CN" ? r.nameZh : r.nameEn;
    return n === r.key ? r.nameZh : n;
  };
  const trend = data.trend;
  const divisions = data.byIndustryDivision.slice(0, 10);

  const panel = (title: ReactNode, children: ReactNode, testId?: string, extra?: ReactNode) =>
    wall ? (
      <div className="stat-panel" data-testid={testId}>
        <h3>{title}</h3>
        {children}
      </div>
    ) : (
      <Card size="small" title={title} extra={extra} data-testid={testId}>
        {children}
      </Card>
    );

  const figureList = (rows: Figure[], group: DrillTarget["group"], kind: "value" | "yoy" | "prior") =>
    rows.length === 0 ? (
      <span className="muted">{t("stat.none")}</span>
    ) : (
      <ol className="stat-rank-list">
        {rows.map((r, i) => (
          <li key={r.enterpriseId}>
            <span className="stat-place">{i + 1}</span>
            <span title={r.name}>{wall ? r.name : <Link to={`/enterprises/${r.enterpriseId}`}>{r.name}</Link>}</span>
            <span className="num nowrap">{fmt(kind === "prior" ? r.prior : r.value, unit)}</span>
            {kind !== "prior" && (
              <span style={{ minWidth: 64, textAlign: "right" }}>
                <Pct value={r.yoyPct} />
              </span>
            )}
          </li>
        ))}
        <li>
          <Button
            type="link"
            size="small"
            style={{ padding: 0 }}
            onClick={() =>
              open({
                indicator: focusIndicator,
                group,
                sort: kind === "yoy" ? "yoy" : "value",
                order: kind === "yoy" ? "asc" : "desc",
              })
            }
          >
            {t("common.more")} ›
          </Button>
        </li>
      </ol>
    );

  return (
    <Spin spinning={loading} delay={300}>
      {!data.published && <Alert type="info" showIcon message={t("stat.unpublished")} style={{ marginBottom: 12 }} />}
      <div className="muted small" style={{ marginBottom: 8 }}>
        {t("stat.cockpit.updated", { period })} · {t("stat.cockpit.reporting", data.reporting)} · {t("stat.schedule")}{" "}
        {data.scheduleProgressPct}% · {t("stat.cockpit.clickHint")}
      </div>
      <div className="stat-kpis" data-testid="cockpit-kpis">
        {data.kpis.map((k) => (
          <KpiCard
            key={k.indicatorId}
            kpi={k}
            schedulePct={data.scheduleProgressPct}
            onOpen={(indicator) => open({ indicator })}
          />
        ))}
      </div>
      <div className="stat-grid">
        {panel(
          `${t("stat.cockpit.trend")} · ${fieldName(data.focus)}`,
          <Suspense fallback={<div className="stat-chart" />}>
            <TrendChart
              labels={trend.map((p) => (locale === "zh-CN" ? p.labelZh : p.labelEn))}
              thisYear={trend.map((p) => scaleOf(cumulative ? p.thisYearCumulative : p.thisYear))}
              lastYear={trend.map((p) => scaleOf(cumulative ? p.lastYearCumulative : p.lastYear))}
              names={[t("stat.cockpit.thisYear"), t("stat.cockpit.lastYear")]}
              unit={unitLabel(unit)}
              format={numFmt}
              dark={wall}
              label={t("stat.cockpit.trend")}
              onPick={(i) => {
                const p = trend[i];
                if (p)
                  open({
                    indicator: focusIndicator,
                    month: p.month,
                    label: locale === "zh-CN" ? p.labelZh : p.labelEn,
                  });
              }}
            />
          </Suspense>,
          "cockpit-trend-card",
          <Segmented
            size="small"
            value={cumulative ? "c" : "m"}
            onChange={(v) => setCumulative(v === "c")}
            options={[
              { value: "m", label: t("stat.cockpit.trendMonth") },
              { value: "c", label: t("stat.cockpit.trendCumulative") },
            ]}
          />,
        )}
        {panel(
          t("stat.cockpit.byIndustry"),
          <Suspense fallback={<div className="stat-chart" />}>
            <BarsChart
              names={divisions.map((r) => `${r.key} ${name(r)}`)}
              values={divisions.map((r) => scaleOf(r.value) ?? 0)}
              unit={unitLabel(unit)}
              format={numFmt}
              dark={wall}
              label={t("stat.cockpit.byIndustry")}
              testId="cockpit-industry"
              onPick={(i) => {
                const r = divisions[i];
                if (r) open({ indicator: focusIndicator, industry: r.key, label: name(r) });
              }}
            />
          </Suspense>,
          "cockpit-industry-card",
        )}
        {panel(
          t("stat.cockpit.byCluster"),
          <>
            <div className="small" style={{ marginBottom: 6 }}>
              <button
                type="button"
                className="stat-link"
                onClick={() => open({ indicator: focusIndicator, label: t("stat.cockpit.leading") })}
              >
                {t("stat.cockpit.leadingShare", {
                  clusters: data.leading.clusters.join(locale === "zh-CN" ? "、" : ", "),
                  share: data.leading.sharePct === null ? "—" : `${data.leading.sharePct}%`,
                })}
              </button>{" "}
              <Pct value={data.leading.yoyPct} />
            </div>
            <Suspense fallback={<div className="stat-chart" />}>
              <BarsChart
                names={data.byCluster.map(name)}
                values={data.byCluster.map((r) => scaleOf(r.value) ?? 0)}
                unit={unitLabel(unit)}
                format={numFmt}
                dark={wall}
                label={t("stat.cockpit.byCluster")}
                testId="cockpit-cluster"
                onPick={(i) => {
                  const r = data.byCluster[i];
                  if (r) open({ indicator: focusIndicator, cluster: r.key, label: name(r) });
                }}
              />
            </Suspense>
          </>,
          "cockpit-cluster-card",
        )}
        {panel(t("stat.cockpit.top"), figureList(data.topEnterprises, "all", "value"), "cockpit-top")}
        {panel(t("stat.cockpit.declines"), figureList(data.declines, "comparable", "yoy"), "cockpit-declines")}
        {panel(t("stat.cockpit.investment"), <Investment data={data} wall={wall} />, "cockpit-investment")}
        {panel(
          `${t("stat.cockpit.entering")} ${data.scaleEntering.length} / ${t("stat.cockpit.leaving")} ${data.scaleLeaving.length}`,
          <div className="stat-grid" style={{ marginBottom: 0 }}>
            <div>
              <div className="muted small">{t("stat.cockpit.entering")}</div>
              {figureList(data.scaleEntering, "entering", "value")}
            </div>
            <div>
              <div className="muted small">{t("stat.cockpit.leaving")}</div>
              {figureList(data.scaleLeaving, "leaving", "prior")}
            </div>
          </div>,
          "cockpit-scale",
        )}
      </div>
    </Spin>
  );
}

function Investment({ data, wall }: { data: Cockpit; wall: boolean }) {
  const { t } = useTranslation();
  const fmt = useFigureFormat();
  const inv = data.investment;
  const link = (children: ReactNode) =>
    wall ? children : <Link to={`/projects?zoneId=${data.zone.id}`}>{children}</Link>;
  return (
    <div>
      <div className="muted small">{link(t("stat.cockpit.projects", { n: inv.projects }))}</div>
      <div className="stat-kpi-row" style={{ fontSize: 14, margin: "8px 0" }}>
        <span>
          {t("stat.cockpit.annualPlan")} <b className="num">{fmt(inv.annualPlanYuan, "yuan", { auto: true })}</b>
        </span>
        <span>
          {t("stat.cockpit.completedYtd")} <b className="num">{fmt(inv.completedYtdYuan, "yuan", { auto: true })}</b>
        </span>
        <span>
          {t("stat.cockpit.completedMonth")}{" "}
          <b className="num">{fmt(inv.completedMonthYuan, "yuan", { auto: true })}</b>
        </span>
      </div>
      <Tooltip title={`${t("stat.schedule")} ${data.scheduleProgressPct}%`}>
        <div className="stat-kpi-row">
          <span>
            {t("stat.completion")} <b className="num">{inv.completionPct === null ? "—" : `${inv.completionPct}%`}</b>
          </span>
          {inv.scheduleGapPts !== null && (
            <span>
              <Pct value={inv.scheduleGapPts} points />
            </span>
          )}
        </div>
      </Tooltip>
      <div className="stat-kpi-bar">
        <i style={{ width: `${Math.min(100, Number(inv.completionPct ?? 0))}%` }} />
        <b style={{ left: `${Math.min(100, Number(data.scheduleProgressPct))}%` }} />
      </div>
    </div>
  );
}
