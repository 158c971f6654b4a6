/**
 * What a caller without access to lead details sees of the pipeline (other bureaus, zone administrators,
 * supervisors): counts and amounts by stage, source, unit and zone — never an investor's name.
 */
import type { LeadSummary } from "@zoneos/core/investment-api";
import { Alert, Card, Select, Table } from "antd";
import { useTranslation } from "react-i18next";
import { useMe } from "../../../app/auth";
import { QueryError } from "../../../ui/ErrorResult";
import { useListParams } from "../../../ui/listParams";
import { Page } from "../../../ui/Page";
import { ZoneSelect } from "../../platform/ZoneSelect";
import { useInvLabels } from "../labels";
import { Amount, Figure, recentYears, StageTag } from "../parts";
import { useLeadSummary } from "../queries";

type ByUnit = LeadSummary["byUnit"][number];
type ByZone = LeadSummary["byZone"][number];

export function LeadSummaryView() {
  const { t } = useTranslation();
  const me = useMe();
  const il = useInvLabels();
  const { params, update } = useListParams();
  const year = params.year ? Number(params.year) : undefined;
  const summary = useLeadSummary({ zoneId: params.zoneId, year });
  const s = summary.data;
  const zoneNames = new Map((s?.byZone ?? []).map((z) => [z.zoneId, z.zoneName]));
  return (
    <Page title={t("inv.leads.title")} subtitle={t("inv.summary.subtitle")} testId="page-lead-summary">
      <Alert type="info" showIcon message={t("inv.summary.confidential")} style={{ marginBottom: 16 }} />
      <div style={{ display: "flex", gap: 12, flexWrap: "wrap", marginBottom: 16 }}>
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
          style={{ minWidth: 140 }}
          placeholder={t("inv.allYears")}
          value={year}
          onChange={(y) => update({ year: y })}
          options={recentYears().map((y) => ({ value: y, label: t("inv.yearOf", { year: y }) }))}
          data-testid="summary-year"
        />
      </div>
      {summary.error ? <QueryError error={summary.error} onRetry={() => void summary.refetch()} /> : null}
      <Card className="inv-card" loading={summary.isPending}>
        <div className="inv-figures">
          <Figure label={t("inv.summary.total")} testId="summary-total">
            {s?.total ?? 0}
          </Figure>
          <Figure label={t("inv.summary.amount")}>
            <Amount yuan={s?.amountYuan ?? "0"} />
          </Figure>
          {(s?.byStage ?? [])
            .filter((x) => x.count > 0)
            .map((x) => (
              <Figure key={x.stage} label={il.stage(x.stage)}>
                {x.count} · <Amount yuan={x.amountYuan} />
              </Figure>
            ))}
        </div>
      </Card>
      <div className="inv-grid-2">
        <Card title={t("inv.summary.byStage")} size="small" className="inv-card">
          <Table
            size="small"
            rowKey="stage"
            pagination={false}
            scroll={{ x: "max-content" }}
            dataSource={s?.byStage ?? []}
            columns={[
              { title: t("inv.lead.stage"), key: "stage", render: (_, r) => <StageTag stage={r.stage} /> },
              { title: t("inv.summary.count"), dataIndex: "count", align: "right" },
              {
                title: t("inv.summary.amount"),
                dataIndex: "amountYuan",
                align: "right",
                render: (v: string) => <Amount yuan={v} />,
              },
            ]}
          />
        </Card>
        <Card title={t("inv.summary.bySource")} size="small" className="inv-card">
          <Table
            size="small"
            rowKey="source"
            pagination={false}
            scroll={{ x: "max-content" }}
            dataSource={s?.bySource ?? []}
            columns={[
              { title: t("inv.lead.source"), key: "source", render: (_, r) => il.source(r.source) },
              { title: t("inv.summary.count"), dataIndex: "count", align: "right" },
              {
                title: t("inv.summary.amount"),
                dataIndex: "amountYuan",
                align: "right",
                render: (v: string) => <Amount yuan={v} />,
              },
            ]}
          />
        </Card>
      </div>
      <Card title={t("inv.summary.byUnit")} size="small" className="inv-card">
        <Table<ByUnit>
          size="small"
          rowKey="unitId"
          pagination={false}
          scroll={{ x: "max-content" }}
          dataSource={s?.byUnit ?? []}
          columns={[
            {
              title: t("inv.lead.ownerUnit"),
              key: "unit",
              render: (_, r) => (
                <span className="nowrap">
                  {r.unitName}
                  {zoneNames.size > 1 && <div className="muted small">{zoneNames.get(r.zoneId)}</div>}
                </span>
              ),
            },
            { title: t("inv.summary.count"), dataIndex: "count", align: "right" },
            {
              title: t("inv.summary.amount"),
              dataIndex: "amountYuan",
              align: "right",
              render: (v) => <Amount yuan={v} />,
            },
            { title: t("inv.summary.signedCount"), dataIndex: "signedCount", align: "right" },
            {
              title: t("inv.summary.signedAmount"),
              dataIndex: "signedAmountYuan",
              align: "right",
              render: (v) => <Amount yuan={v} />,
            },
          ]}
        />
      </Card>
      {(s?.byZone.length ?? 0) > 1 && (
        <Card title={t("inv.summary.byZone")} size="small" className="inv-card">
          <Table<ByZone>
            size="small"
            rowKey="zoneId"
            pagination={false}
            scroll={{ x: "max-content" }}
            dataSource={s?.byZone ?? []}
            columns={[
              { title: t("inv.zone"), dataIndex: "zoneName" },
              { title: t("inv.summary.count"), dataIndex: "count", align: "right" },
              {
                title: t("inv.summary.amount"),
                dataIndex: "amountYuan",
                align: "right",
                render: (v) => <Amount yuan={v} />,
              },
              { title: t("inv.summary.negotiating"), dataIndex: "negotiatingCount", align: "right" },
              {
                title: t("inv.summary.negotiatingAmount"),
                dataIndex: "negotiatingAmountYuan",
                align: "right",
                render: (v) => <Amount yuan={v} />,
              },
              { title: t("inv.summary.signedCount"), dataIndex: "signedCount", align: "right" },
              {
                title: t("inv.summary.signedAmount"),
                dataIndex: "signedAmountYuan",
                align: "right",
                render: (v) => <Amount yuan={v} />,
              },
            ]}
          />
        </Card>
      )}
    </Page>
  );
}
