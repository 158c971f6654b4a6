/**
 * 履约: 资金到位率 (到位资金 ÷ 合同投资), 合同履约率 and 开工率 for the zone, per unit and per zone, and the
 * contracts falling behind with the numbers. Callers who see aggregates only (supervisors, other bureaus) get
 * the same figures without investor or project names.
 */
import type { BehindContract, FulfilmentRates } from "@zoneos/core/investment-api";
import { Card, Empty, Select, Space, Table, Tag } from "antd";
import { lazy, Suspense, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useMe } from "../../../app/auth";
import { QueryError } from "../../../ui/ErrorResult";
import { DateText } from "../../../ui/format";
import { useListParams } from "../../../ui/listParams";
import { Page } from "../../../ui/Page";
import { ZoneSelect } from "../../platform/ZoneSelect";
import { useInvLabels } from "../labels";
import { Amount, Figure, Pct, recentYears, useInvAccess } from "../parts";
import { useBehind, useFulfilmentRates } from "../queries";
import "../investment.css";
import "../i18n";
import { SignedContracts } from "./SignedContracts";

const BarChart = lazy(() => import("../targets/BarChart"));

type UnitRow = FulfilmentRates["units"][number];
type ZoneRow = FulfilmentRates["zones"][number];

export default function FulfilmentPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { params, update } = useListParams();
  const year = params.year ? Number(params.year) : undefined;
  const query = { zoneId: params.zoneId, year };
  const rates = useFulfilmentRates(query);
  const behind = useBehind(query);
  const r = rates.data;
  const access = useInvAccess();
  const behindIds = useMemo(() => new Set((behind.data ?? []).map((b) => b.contractId)), [behind.data]);

  return (
    <Page title={t("inv.fulfilment.pageTitle")} subtitle={t("inv.fulfilment.subtitle")} testId="page-fulfilment">
      <Space wrap style={{ marginBottom: 16 }}>
        {!me.zoneId && (
          <div style={{ minWidth: 240 }}>
            <ZoneSelect
              value={params.zoneId}
              onChange={(z) => update({ zoneId: z })}
              allowClear
              placeholder={t("inv.allZones")}
            />
          </div>
        )}
        <Select
          allowClear
          value={year}
          onChange={(y) => update({ year: y })}
          placeholder={t("inv.fulfilment.allYears")}
          options={recentYears().map((y) => ({ value: y, label: t("inv.fulfilment.signedIn", { year: y }) }))}
          style={{ minWidth: 160 }}
          data-testid="fulfilment-year"
        />
      </Space>
      {rates.error ? <QueryError error={rates.error} onRetry={() => void rates.refetch()} /> : null}
      <Card className="inv-card" loading={rates.isPending} data-testid="fulfilment-zone">
        {r && (
          <div className="inv-figures inv-figures-wide">
            <Figure label={t("inv.fulfilment.fundsRate")} testId="rate-funds">
              <Pct value={r.zone.fundsInPlaceRate} />
              <div className="muted small">
                <Amount yuan={r.zone.inPlaceYuan} /> / <Amount yuan={r.zone.contractedYuan} />
              </div>
            </Figure>
            <Figure label={t("inv.fulfilment.fulfilmentRate")} testId="rate-fulfilment">
              <Pct value={r.zone.fulfilmentRate} />
              <div className="muted small">
                {t("inv.fulfilment.ofContracts", { n: r.zone.fulfilling, total: r.zone.contracts })}
              </div>
            </Figure>
            <Figure label={t("inv.fulfilment.startRate")} testId="rate-start">
              <Pct value={r.zone.startRate} />
              <div className="muted small">
                {t("inv.fulfilment.ofContracts", { n: r.zone.started, total: r.zone.contracts })}
              </div>
            </Figure>
            <Figure label={t("inv.fulfilment.behindCount")}>{behind.data?.length ?? "—"}</Figure>
          </div>
        )}
        {r && (
          <div className="muted small" style={{ marginTop: 8 }}>
            {t("inv.fulfilment.asOf")} <DateText value={r.asOf} />
          </div>
        )}
      </Card>
      {r && r.units.length > 0 && (
        <Card className="inv-card" title={t("inv.fulfilment.byUnit")}>
          <Suspense fallback={<div style={{ height: 300 }} />}>
            <RatesChart rows={r.units.map((u) => ({ ...u, name: u.unitName }))} />
          </Suspense>
          <RatesTable rows={r.units} nameKey="unitName" rowKey="unitId" nameTitle={t("inv.lead.ownerUnit")} />
        </Card>
      )}
      {r && r.zones.length > 1 && (
        <Card className="inv-card" title={t("inv.fulfilment.byZone")}>
          <RatesTable rows={r.zones} nameKey="zoneName" rowKey="zoneId" nameTitle={t("inv.zone")} />
        </Card>
      )}
      {access.details && <SignedContracts zoneId={params.zoneId} year={year} behindIds={behindIds} />}
      <BehindList
        rows={behind.data}
        loading={behind.isPending}
        error={behind.error}
        zoneNames={r && r.zones.length > 1 ? new Map(r.zones.map((z) => [z.zoneId, z.zoneName])) : undefined}
      />
    </Page>
  );
}

function RatesChart({ rows }: { rows: (UnitRow & { name: string })[] }) {
  const { t } = useTranslation();
  const series = useMemo(
    () => [
      { name: t("inv.fulfilment.fundsRate"), color: "#1456b8", values: rows.map((r) => r.fundsInPlaceRate) },
      { name: t("inv.fulfilment.fulfilmentRate"), color: "#52c41a", values: rows.map((r) => r.fulfilmentRate) },
      { name: t("inv.fulfilment.startRate"), color: "#faad14", values: rows.map((r) => r.startRate) },
    ],
    [rows, t],
  );
  return (
    <BarChart
      categories={rows.map((r) => r.name)}
      series={series}
      unit="%"
      height={300}
      label={t("inv.fulfilment.byUnit")}
      testId="fulfilment-chart"
    />
  );
}

function RatesTable<R extends UnitRow | ZoneRow>({
  rows,
  nameKey,
  rowKey,
  nameTitle,
}: {
  rows: R[];
  nameKey: string;
  rowKey: string;
  nameTitle: string;
}) {
  const { t } = useTranslation();
  return (
    <Table<R>
      size="small"
      rowKey={rowKey}
      pagination={false}
      scroll={{ x: "max-content" }}
      dataSource={rows}
      style={{ marginTop: 12 }}
      columns={[
        { title: nameTitle, dataIndex: nameKey, render: (v: string) => <span className="nowrap">{v}</span> },
        { title: t("inv.fulfilment.contracts"), dataIndex: "contracts", align: "right" },
        {
          title: t("inv.fulfilment.contracted"),
          dataIndex: "contractedYuan",
          align: "right",
          render: (v: string) => <Amount yuan={v} />,
        },
        {
          title: t("inv.fulfilment.inPlace"),
          dataIndex: "inPlaceYuan",
          align: "right",
          render: (v: string) => <Amount yuan={v} />,
        },
        {
          title: t("inv.fulfilment.fundsRate"),
          dataIndex: "fundsInPlaceRate",
          align: "right",
          render: (v: number | null) => <Pct value={v} />,
        },
        {
          title: t("inv.fulfilment.fulfilmentRate"),
          dataIndex: "fulfilmentRate",
          align: "right",
          render: (v: number | null) => <Pct value={v} />,
        },
        {
          title: t("inv.fulfilment.startRate"),
          dataIndex: "startRate",
          align: "right",
          render: (v: number | null) => <Pct value={v} />,
        },
      ]}
    />
  );
}

function BehindList({
  rows,
  loading,
  error,
  zoneNames,
}: {
  rows?: BehindContract[];
  loading: boolean;
  error: unknown;
  /** Set when the caller sees several zones: each row names its zone. */
  zoneNames?: Map<string, string>;
}) {
  const { t } = useTranslation();
  const il = useInvLabels();
  return (
    <Card className="inv-card" title={t("inv.fulfilment.behindTitle")} data-testid="fulfilment-behind">
      {error ? <QueryError error={error} /> : null}
      {!loading && (rows ?? []).length === 0 ? (
        <Empty description={t("inv.fulfilment.noneBehind")} />
      ) : (
        <Table<BehindContract>
          size="small"
          rowKey="contractId"
          loading={loading}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: "max-content" }}
          dataSource={rows ?? []}
          columns={[
            {
              title: t("inv.lead.investor"),
              key: "investor",
              fixed: "left",
              render: (_, r) =>
                r.investorName ? (
                  <div style={{ minWidth: 160 }}>
                    <Link to={`/investment/leads/${r.leadId}?tab=contracts`}>{r.investorName}</Link>
                    <div className="muted small">{r.projectName}</div>
                  </div>
                ) : (
                  <span className="muted">{t("inv.fulfilment.confidential")}</span>
                ),
            },
            ...(zoneNames
              ? [
                  {
                    title: t("inv.zone"),
                    key: "zone",
                    render: (_: unknown, r: BehindContract) => (
                      <span className="nowrap">{zoneNames.get(r.zoneId) ?? "—"}</span>
                    ),
                  },
                ]
              : []),
            {
              title: t("inv.lead.ownerUnit"),
              dataIndex: "unitName",
              render: (v: string) => <span className="nowrap">{v}</span>,
            },
            { title: t("inv.contract.signedOn"), dataIndex: "signedOn", render: (v: string) => <DateText value={v} /> },
            {
              title: t("inv.contract.amount"),
              dataIndex: "amountYuan",
              align: "right",
              render: (v: string) => <Amount yuan={v} />,
            },
            {
              title: t("inv.fulfilment.promisedToDate"),
              dataIndex: "promisedToDateYuan",
              align: "right",
              render: (v: string) => <Amount yuan={v} />,
            },
            {
              title: t("inv.fulfilment.actualInPlace"),
              dataIndex: "actualYuan",
              align: "right",
              render: (v: string) => <Amount yuan={v} />,
            },
            {
              title: t("inv.fulfilment.gap"),
              dataIndex: "gapYuan",
              align: "right",
              render: (v: string) => (
                <span className={Number(v) > 0 ? "inv-fail" : undefined}>
                  <Amount yuan={v} />
                </span>
              ),
            },
            {
              title: t("inv.fulfilment.fundsRate"),
              dataIndex: "fundsInPlacePct",
              align: "right",
              render: (v: number | null) => <Pct value={v} />,
            },
            {
              title: t("inv.contract.promisedStart"),
              dataIndex: "promisedStartOn",
              render: (v: string | null) => <DateText value={v} />,
            },
            {
              title: t("inv.fulfilment.startedOn"),
              dataIndex: "startedOn",
              render: (v: string | null) => <DateText value={v} />,
            },
            {
              title: t("inv.fulfilment.daysLate"),
              dataIndex: "daysLate",
              align: "right",
              render: (v: number | null) => v ?? "—",
            },
            {
              title: t("inv.fulfilment.reasons"),
              key: "reasons",
              render: (_, r) => (
                <Space size={[2, 2]} wrap>
                  {r.reasons.map((x) => (
                    <Tag key={x} color="red" bordered={false}>
                      {il.behind(x)}
                    </Tag>
                  ))}
                </Space>
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}
