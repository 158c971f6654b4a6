/** 签约: the agreements of the leads the caller may see, by kind, year and unit, or only those falling behind. */
import type { Contract } from "@zoneos/core/investment-api";
import { Select, Tag } from "antd";
import type { ColumnsType } from "antd/es/table/interface";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useMe } from "../../../app/auth";
import { DateText } from "../../../ui/format";
import { sortHandler, sortOrderOf, useListParams } from "../../../ui/listParams";
import { Page } from "../../../ui/Page";
import { DataTable, FilterBar, FilterItem, TableCard } from "../../../ui/TablePage";
import { UnitTreeSelect } from "../../platform/units/UnitTreeSelect";
import { ZoneSelect } from "../../platform/ZoneSelect";
import { useInvLabels } from "../labels";
import { LeadSummaryView } from "../leads/LeadSummaryView";
import { Amount, recentYears, StageTag, useInvAccess } from "../parts";
import { useContracts } from "../queries";
import "../investment.css";
import "../i18n";

const FILTERS = ["zoneId", "kind", "year", "unitId", "behind"] as const;
const SORTABLE = ["signedOn", "amountYuan"];

export default function ContractsPage() {
  const access = useInvAccess();
  if (!access.details) return <LeadSummaryView />;
  return <Contracts />;
}

function Contracts() {
  const { t } = useTranslation();
  const me = useMe();
  const il = useInvLabels();
  const access = useInvAccess();
  const { params, page, pageSize, update } = useListParams();
  const filters = Object.fromEntries(FILTERS.map((k) => [k, params[k]])) as Record<
    (typeof FILTERS)[number],
    string | undefined
  >;
  const zoneId = filters.zoneId ?? me.zoneId ?? undefined;
  const list = useContracts({ ...filters, page, pageSize, sort: params.sort, order: params.order });
  // biome-ignore lint/correctness/useExhaustiveDependencies: the filter values change with the URL only
  const filterValues = useMemo(() => filters, [...FILTERS.map((k) => params[k])]);

  const columns: ColumnsType<Contract> = [
    {
      title: t("inv.lead.investor"),
      key: "investor",
      fixed: "left",
      render: (_, c) => (
        <div style={{ minWidth: 180 }}>
          <Link to={`/investment/leads/${c.leadId}?tab=contracts`}>{c.investorName}</Link>
          <div className="muted small">{c.projectName}</div>
        </div>
      ),
    },
    {
      title: t("inv.contract.title"),
      key: "title",
      render: (_, c) => (
        <div style={{ maxWidth: 280 }}>
          <Tag bordered={false}>{il.contractKind(c.kind)}</Tag>
          {c.title}
          {c.code && <div className="muted small mono">{c.code}</div>}
        </div>
      ),
    },
    { title: t("inv.lead.stage"), key: "stage", render: (_, c) => <StageTag stage={c.leadStage} /> },
    {
      title: t("inv.contract.signedOn"),
      dataIndex: "signedOn",
      key: "signedOn",
      sorter: true,
      sortOrder: sortOrderOf(params, "signedOn"),
      render: (v: string) => <DateText value={v} />,
    },
    {
      title: t("inv.contract.amount"),
      dataIndex: "amountYuan",
      key: "amountYuan",
      align: "right",
      sorter: true,
      sortOrder: sortOrderOf(params, "amountYuan"),
      render: (v: string) => <Amount yuan={v} />,
    },
    {
      title: t("inv.contract.promisedStart"),
      dataIndex: "promisedStartOn",
      key: "start",
      render: (v: string | null) => <DateText value={v} />,
    },
    {
      title: t("inv.lead.ownerUnit"),
      dataIndex: "unitName",
      key: "unit",
      render: (v: string) => <span className="nowrap">{v}</span>,
    },
    {
      title: t("inv.lead.projectLink"),
      key: "project",
      render: (_, c) =>
        c.projectId ? (
          <Link to={`/projects/${c.projectId}`}>{t("common.view")}</Link>
        ) : (
          <span className="muted">—</span>
        ),
    },
  ];

  return (
    <Page title={t("inv.contracts.title")} subtitle={t("inv.contracts.subtitle")} testId="page-contracts">
      <TableCard
        error={list.error}
        onRetry={() => void list.refetch()}
        filters={
          <FilterBar values={filterValues} onApply={(v) => update(v as Record<string, string | undefined>)}>
            {!me.zoneId && (
              <FilterItem name="zoneId" label={t("inv.zone")}>
                <ZoneSelect allowClear placeholder={t("common.all")} />
              </FilterItem>
            )}
            <FilterItem name="kind" label={t("inv.contract.kind")}>
              <Select
                allowClear
                placeholder={t("common.all")}
                options={il.contractKindOptions}
                popupMatchSelectWidth={false}
              />
            </FilterItem>
            <FilterItem name="year" label={t("inv.year")}>
              <Select
                allowClear
                placeholder={t("common.all")}
                options={recentYears().map((y) => ({ value: String(y), label: String(y) }))}
              />
            </FilterItem>
            {access.leader && zoneId && (
              <FilterItem name="unitId" label={t("inv.lead.ownerUnit")}>
                <UnitTreeSelect zoneId={zoneId} placeholder={t("common.all")} />
              </FilterItem>
            )}
            <FilterItem name="behind" label={t("inv.fulfilment.title")}>
              <Select
                allowClear
                placeholder={t("common.all")}
                options={[{ value: "true", label: t("inv.contracts.behindOnly") }]}
              />
            </FilterItem>
          </FilterBar>
        }
      >
        <DataTable<Contract>
          rowKey="id"
          columns={columns}
          data={list.data}
          loading={list.isFetching}
          locale={{ emptyText: t("inv.contract.none") }}
          onPage={(p, s) => update({ page: p, pageSize: s })}
          onChange={sortHandler(SORTABLE, update)}
        />
      </TableCard>
    </Page>
  );
}
