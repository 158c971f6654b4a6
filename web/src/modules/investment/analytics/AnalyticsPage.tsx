/**
 * 招商漏斗与分析: how many leads of the year reached each stage (the funnel), and by source and by owner unit
 * how many signed, the conversion rate and the average days from first contact to signing. Aggregates only,
 * so every reader of the module sees it (supervisors included); no investor names.
 */

import { formatMoney } from "@zoneos/core/format";
import type { Funnel } from "@zoneos/core/investment-api";
import { Card, Select, Table } from "antd";
import type { ColumnsType } from "antd/es/table/interface";
import { lazy, Suspense, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useMe, useMoneyUnit } from "../../../app/auth";
import { QueryError } from "../../../ui/ErrorResult";
import { useListParams } from "../../../ui/listParams";
import { Page } from "../../../ui/Page";
import { ZoneSelect } from "../../platform/ZoneSelect";
import { useInvLabels } from "../labels";
import { Amount, Figure, Pct, recentYears } from "../parts";
import { useFunnel } from "../queries";
import "../investment.css";
import "../i18n";

const FunnelChart = lazy(() => import("./FunnelChart"));
const BarChart = lazy(() => import("../targets/BarChart"));

/** Blues deepening along the pipeline, green once signed. */
const STEP_COLORS = ["#91caff", "#69b1ff", "#4096ff", "#1677ff", "#0958d9", "#52c41a", "#389e0d", "#237804"];

type Row = { leads: number; signed: number; conversionPct: number | null; avgDaysToSign: number | null };

export default function AnalyticsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const il = useInvLabels();
  const unit = useMoneyUnit();
  const { params, update } = useListParams();
  const year = params.year ? Number(params.year) : new Date().getFullYear();
  const funnel = useFunnel({ zoneId: params.zoneId, year: params.year === "all" ? undefined : year });
  const f = funnel.data;
  const steps = useMemo(
    () =>
      (f?.stages ?? []).map((s, i) => ({
        name: il.stage(s.stage),
        value: s.reached,
        detail: formatMoney(s.amountYuan, unit, il.locale),
        color: STEP_COLORS[i] ?? "#1677ff",
      })),
    [f, il, unit],
  );
  const first = f?.stages[0]?.reached ?? 0;
  const signed = f?.stages.find((s) => s.stage === "signed");

  const rateColumns = <T extends Row>(): ColumnsType<T> => [
    { title: t("inv.analytics.leads"), dataIndex: "leads", align: "right" },
    { title: t("inv.analytics.signed"), dataIndex: "signed", align: "right" },
    {
      title: t("inv.analytics.conversion"),
      key: "conversionPct",
      align: "right",
      render: (_, r) => <Pct value={r.conversionPct} />,
    },
    {
      title: t("inv.analytics.days"),
      key: "avgDaysToSign",
      align: "right",
      render: (_, r) => <Days value={r.avgDaysToSign} />,
    },
  ];

  return (
    <Page title={t("inv.analytics.title")} subtitle={t("inv.analytics.subtitle")} testId="page-lead-analytics">
      <div style={{ display: "flex", gap: 12, flexWrap: "wrap", marginBottom: 16 }}>
        {!me.zoneId && (
          <div style={{ minWidth: 220 }}>
            <ZoneSelect
              value={params.zoneId}
              onChange={(z) => update({ zoneId: z })}
              allowClear
              placeholder={t("inv.allZones")}
              testId="analytics-zone"
            />
          </div>
        )}
        <Select
          style={{ minWidth: 140 }}
          value={params.year === "all" ? "all" : year}
          onChange={(y) => update({ year: String(y) })}
          options={[
            ...recentYears().map((y) => ({ value: y, label: t("inv.yearOf", { year: y }) })),
            { value: "all", label: t("inv.allYears") },
          ]}
          data-testid="analytics-year"
        />
      </div>
      {funnel.error ? <QueryError error={funnel.error} onRetry={() => void funnel.refetch()} /> : null}
      <Card className="inv-card" loading={funnel.isPending}>
        <div className="inv-figures">
          <Figure label={t("inv.analytics.leads")} testId="analytics-leads">
            {first}
          </Figure>
          <Figure label={t("inv.analytics.signed")} testId="analytics-signed">
            {signed?.reached ?? 0}
          </Figure>
          <Figure label={t("inv.analytics.signedAmount")}>
            <Amount yuan={signed?.amountYuan ?? "0"} />
          </Figure>
          <Figure label={t("inv.analytics.conversion")}>
            <Pct value={first ? ((signed?.reached ?? 0) * 100) / first : null} testId="analytics-conversion" />
          </Figure>
        </div>
      </Card>
      <div className="inv-grid-2">
        <Card title={t("inv.analytics.funnel")} size="small" className="inv-card">
          {first === 0 && !funnel.isPending ? (
            <div className="muted">{t("inv.analytics.empty")}</div>
          ) : (
            <Suspense fallback={<div style={{ height: 380 }} />}>
              <FunnelChart steps={steps} label={t("inv.analytics.funnel")} testId="analytics-funnel" />
            </Suspense>
          )}
        </Card>
        <Card title={t("inv.analytics.stageTable")} size="small" className="inv-card">
          <Table
            size="small"
            rowKey="stage"
            pagination={false}
            scroll={{ x: "max-content" }}
            dataSource={f?.stages ?? []}
            data-testid="analytics-stages"
            columns={[
              { title: t("inv.lead.stage"), key: "stage", render: (_, r) => il.stage(r.stage) },
              { title: t("inv.analytics.reached"), dataIndex: "reached", align: "right" },
              {
                title: t("inv.analytics.ofFirst"),
                key: "pct",
                align: "right",
                render: (_, r) => <Pct value={first ? (r.reached * 100) / first : null} />,
              },
              {
                title: t("inv.analytics.amount"),
                key: "amount",
                align: "right",
                render: (_, r) => <Amount yuan={r.amountYuan} />,
              },
            ]}
          />
        </Card>
      </div>
      <Card title={t("inv.analytics.bySource")} size="small" className="inv-card">
        {(f?.bySource.length ?? 0) > 0 && (
          <Suspense fallback={<div style={{ height: 260 }} />}>
            <BarChart
              height={260}
              unit="%"
              label={t("inv.analytics.bySource")}
              categories={(f?.bySource ?? []).map((r) => il.source(r.source))}
              series={[
                {
                  name: t("inv.analytics.conversion"),
                  values: (f?.bySource ?? []).map((r) => r.conversionPct),
                  color: "#1677ff",
                },
              ]}
            />
          </Suspense>
        )}
        <Table
          size="small"
          rowKey="source"
          pagination={false}
          scroll={{ x: "max-content" }}
          dataSource={f?.bySource ?? []}
          data-testid="analytics-by-source"
          columns={[
            { title: t("inv.lead.source"), key: "source", render: (_, r) => il.source(r.source) },
            ...rateColumns<Funnel["bySource"][number]>(),
          ]}
        />
      </Card>
      <Card title={t("inv.analytics.byUnit")} size="small" className="inv-card">
        <Table
          size="small"
          rowKey="unitId"
          pagination={false}
          scroll={{ x: "max-content" }}
          dataSource={f?.byUnit ?? []}
          data-testid="analytics-by-unit"
          columns={[
            { title: t("inv.lead.ownerUnit"), dataIndex: "unitName" },
            ...rateColumns<Funnel["byUnit"][number]>(),
          ]}
        />
      </Card>
      <p className="muted small">{t("inv.analytics.note")}</p>
    </Page>
  );
}

function Days({ value }: { value: number | null | undefined }) {
  const { t } = useTranslation();
  return <span className="num">{value == null ? "—" : t("inv.analytics.daysValue", { n: Math.round(value) })}</span>;
}
