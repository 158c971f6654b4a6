/**
 * 区域对比 (supervisors): a region's zones side by side for one month on the same indicators, ranked by the
 * chosen indicator's total or growth, each with a sparkline of its last 12 month values (1–2月 folded).
 */
import { COMPARISON_INDICATORS, indicatorById } from "@zoneos/core/statistics-indicators";
import { Alert, Card, Input, Segmented, Select, Space, Table, Tag } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useMe } from "../../../app/auth";
import { QueryError } from "../../../ui/ErrorResult";
import { useLocale } from "../../../ui/format";
import { useListParams } from "../../../ui/listParams";
import { Page } from "../../../ui/Page";
import { isMonth, MonthPicker, Pct, useFigureFormat } from "../parts";
import { type Comparison, reportingMonth, useComparison } from "../queries";
import { Sparkline } from "./Sparkline";
import "../statistics.css";
import "../i18n";

type Zone = Comparison["zones"][number];

export default function ComparisonPage() {
  const { t } = useTranslation();
  const me = useMe();
  const locale = useLocale();
  const fmt = useFigureFormat();
  const { params, update } = useListParams();
  const regionCode = /^\d{6}$/.test(params.regionCode ?? "") ? params.regionCode : (me.regionCode ?? undefined);
  const month = isMonth(params.month) ? params.month : reportingMonth();
  const indicator = (COMPARISON_INDICATORS as readonly string[]).includes(params.indicator ?? "")
    ? (params.indicator as string)
    : "industrialOutput";
  const rankBy = params.rankBy === "yoy" ? "yoy" : "value";
  const comparison = useComparison({ regionCode, month, indicator, rankBy }, Boolean(regionCode));
  const data = comparison.data;
  const nameOf = (id: string) => {
    const d = indicatorById(id);
    return d ? (locale === "zh-CN" ? d.nameZh : d.nameEn) : id;
  };
  const unitOf = (id: string) => indicatorById(id)?.unit ?? "yuan";

  const columns: ColumnsType<Zone> = [
    {
      title: t("stat.comparison.rank"),
      key: "rank",
      width: 60,
      fixed: "left",
      render: (_, z) =>
        z.rank === null ? (
          <span className="muted">—</span>
        ) : (
          <Tag color={z.rank <= 3 ? "gold" : undefined}>{z.rank}</Tag>
        ),
    },
    {
      title: t("stat.zone"),
      key: "zone",
      render: (_, z) => (
        <Link
          to={`/statistics/cockpit?zoneId=${z.zoneId}&month=${month}`}
          className="stat-name"
          data-testid="comparison-zone"
        >
          {z.zoneName}
        </Link>
      ),
    },
    {
      title: t("stat.comparison.trend"),
      key: "spark",
      render: (_, z) => (
        <Sparkline
          label={`${z.zoneName} ${t("stat.comparison.trend")}`}
          points={z.sparkline.map((p) => (p.value === null ? null : Number(p.value)))}
        />
      ),
    },
    ...(data?.indicators ?? []).map((id) => ({
      title: <span className={id === indicator ? "nowrap" : "nowrap muted"}>{nameOf(id)}</span>,
      key: id,
      align: "right" as const,
      onHeaderCell: () => ({ style: id === indicator ? { background: "#e6f4ff" } : {} }),
      render: (_: unknown, z: Zone) => {
        const v = z.values[id];
        return (
          <div className="nowrap">
            <div className="num">{fmt(v?.value, unitOf(id), { auto: true })}</div>
            <div className="small">
              <Pct value={v?.yoyPct} />
              {v?.completionPct && <span className="muted"> · {v.completionPct}%</span>}
            </div>
          </div>
        );
      },
    })),
  ];

  return (
    <Page title={t("stat.comparison.title")} subtitle={t("stat.comparison.subtitle")} testId="comparison-page">
      <Card size="small" style={{ marginBottom: 12 }}>
        <Space wrap size={[12, 8]}>
          {me.regionCode ? (
            <b>{data?.regionName ?? me.regionName}</b>
          ) : (
            <Input.Search
              defaultValue={regionCode}
              placeholder={t("stat.pickRegion")}
              onSearch={(v) => update({ regionCode: v.trim() || undefined })}
              style={{ width: 180 }}
              maxLength={6}
            />
          )}
          <MonthPicker value={month} onChange={(m) => update({ month: m })} testId="comparison-month" />
          <Select
            value={indicator}
            onChange={(v) => update({ indicator: v === "industrialOutput" ? undefined : v })}
            options={COMPARISON_INDICATORS.map((id) => ({ value: id, label: nameOf(id) }))}
            style={{ width: 200 }}
            aria-label={t("stat.comparison.indicator")}
            popupMatchSelectWidth={false}
          />
          <Segmented
            value={rankBy}
            onChange={(v) => update({ rankBy: v === "value" ? undefined : String(v) })}
            options={[
              { value: "value", label: t("stat.comparison.byValue") },
              { value: "yoy", label: t("stat.comparison.byYoy") },
            ]}
          />
          {data && <span className="muted small">{t("stat.comparison.zones", { n: data.zones.length })}</span>}
        </Space>
      </Card>
      {!regionCode && <Alert type="info" showIcon message={t("stat.comparison.noRegion")} />}
      {data && !data.published && (
        <Alert type="info" showIcon message={t("stat.unpublished")} style={{ marginBottom: 12 }} />
      )}
      {comparison.error ? <QueryError error={comparison.error} /> : null}
      {regionCode && (
        <Card className="table-card" styles={{ body: { padding: 0 } }}>
          <Table<Zone>
            rowKey="zoneId"
            columns={columns}
            dataSource={data?.zones}
            loading={comparison.isFetching}
            pagination={false}
            scroll={{ x: "max-content" }}
            data-testid="comparison-table"
          />
        </Card>
      )}
    </Page>
  );
}
