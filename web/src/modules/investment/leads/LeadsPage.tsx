/**
 * 线索: the leads the caller may see in detail (own unit's; the zone's for its leaders), filtered by stage,
 * source, unit, industry and amount. Callers who only see aggregates (other bureaus, supervisors) get the
 * counts and amounts by stage, source and unit instead — no investor names.
 */
import { PlusOutlined, WarningOutlined } from "@ant-design/icons";
import type { Lead } from "@zoneos/core/investment-api";
import type { Page as ApiPage } from "@zoneos/core/platform-api";
import { Button, Input, List, Select, Tag, Tooltip } from "antd";
import type { ColumnsType } from "antd/es/table/interface";
import { lazy, Suspense, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router-dom";
import { useMe } from "../../../app/auth";
import { DateTimeText } from "../../../ui/format";
import { sortHandler, sortOrderOf, useListParams } from "../../../ui/listParams";
import { Page } from "../../../ui/Page";
import { DataTable, FilterBar, FilterItem, TableCard } from "../../../ui/TablePage";
import { useIsMobile } from "../../../ui/useIsMobile";
import { UnitTreeSelect } from "../../platform/units/UnitTreeSelect";
import { ZoneSelect } from "../../platform/ZoneSelect";
import { useInvLabels } from "../labels";
import { Amount, StageTag, useInvAccess } from "../parts";
import { useLeads } from "../queries";
import "../investment.css";
import "../i18n";
import { LeadSummaryView } from "./LeadSummaryView";

const LeadDrawer = lazy(() => import("./LeadDrawer").then((m) => ({ default: m.LeadDrawer })));

const SORTABLE = ["investorName", "intendedInvestmentYuan", "updatedAt", "stage"];
const FILTERS = [
  "q",
  "zoneId",
  "stage",
  "source",
  "ownerUnitId",
  "industryCode",
  "minInvestmentYuan",
  "contested",
] as const;
/** Amount bands of the filter, in yuan: 1000万, 5000万, 1亿, 10亿. */
const BANDS = ["10000000", "50000000", "100000000", "1000000000"] as const;

export default function LeadsPage() {
  const access = useInvAccess();
  if (!access.details) return <LeadSummaryView />;
  return <LeadList />;
}

function LeadList() {
  const { t } = useTranslation();
  const me = useMe();
  const il = useInvLabels();
  const access = useInvAccess();
  const navigate = useNavigate();
  const mobile = useIsMobile();
  const { params, page, pageSize, update } = useListParams();
  const [creating, setCreating] = useState(false);
  const filters = Object.fromEntries(FILTERS.map((k) => [k, params[k]])) as Record<
    (typeof FILTERS)[number],
    string | undefined
  >;
  const zoneId = filters.zoneId ?? me.zoneId ?? undefined;
  const list = useLeads({ ...filters, page, pageSize, sort: params.sort, order: params.order });
  // biome-ignore lint/correctness/useExhaustiveDependencies: the filter values change with the URL only
  const filterValues = useMemo(() => filters, [...FILTERS.map((k) => params[k])]);
  const sortOrder = (key: string) => sortOrderOf(params, key);

  const columns: ColumnsType<Lead> = [
    {
      title: t("inv.lead.investor"),
      key: "investorName",
      dataIndex: "investorName",
      fixed: "left",
      sorter: true,
      sortOrder: sortOrder("investorName"),
      render: (_, l) => (
        <div style={{ minWidth: 180, maxWidth: 320 }}>
          <Link to={`/investment/leads/${l.id}`} data-testid="lead-link">
            {l.investorName}
          </Link>
          {l.claim?.status === "contested" && (
            <Tooltip title={t("inv.claim.contestedHint", { units: l.claim.rivals.map((r) => r.unitName).join("、") })}>
              <Tag color="red" icon={<WarningOutlined />} style={{ marginInlineStart: 6 }} data-testid="lead-contested">
                {il.claim("contested")}
              </Tag>
            </Tooltip>
          )}
          <div className="muted small">{l.projectName}</div>
        </div>
      ),
    },
    {
      title: t("inv.lead.stage"),
      key: "stage",
      dataIndex: "stage",
      sorter: true,
      sortOrder: sortOrder("stage"),
      render: (_, l) => <StageTag stage={l.stage} heldFrom={l.heldFrom} />,
    },
    {
      title: t("inv.lead.intended"),
      key: "intendedInvestmentYuan",
      dataIndex: "intendedInvestmentYuan",
      align: "right",
      sorter: true,
      sortOrder: sortOrder("intendedInvestmentYuan"),
      render: (v: string) => <Amount yuan={v} />,
    },
    {
      title: t("inv.lead.source"),
      key: "source",
      render: (_, l) => <span className="nowrap">{il.source(l.source)}</span>,
    },
    {
      title: t("inv.lead.industry"),
      key: "industry",
      render: (_, l) => <span className="nowrap">{l.industryName ?? l.investorIndustry ?? "—"}</span>,
    },
    {
      title: t("inv.lead.owner"),
      key: "owner",
      render: (_, l) => (
        <div className="nowrap">
          {l.ownerUnitName}
          <div className="muted small">{l.ownerUserName ?? "—"}</div>
        </div>
      ),
    },
    {
      title: t("inv.lead.updatedAt"),
      key: "updatedAt",
      dataIndex: "updatedAt",
      sorter: true,
      sortOrder: sortOrder("updatedAt"),
      render: (v: string) => (
        <span className="nowrap">
          <DateTimeText value={v} />
        </span>
      ),
    },
  ];
  if (!me.zoneId)
    columns.splice(1, 0, {
      title: t("inv.zone"),
      key: "zone",
      dataIndex: "zoneName",
      render: (v: string) => <span className="nowrap">{v}</span>,
    });

  return (
    <Page
      title={t("inv.leads.title")}
      subtitle={t("inv.leads.subtitle")}
      testId="page-leads"
      extra={
        access.write && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="lead-create">
            {t("inv.leads.create")}
          </Button>
        )
      }
    >
      <TableCard
        error={list.error}
        onRetry={() => void list.refetch()}
        filters={
          <FilterBar
            values={filterValues}
            textFields={["q", "industryCode"]}
            onApply={(v) => {
              const next = v as Record<string, string | undefined>;
              if (next.zoneId !== params.zoneId) next.ownerUnitId = undefined;
              update(next);
            }}
          >
            <FilterItem name="q" label={t("common.keyword")} wide>
              <Input allowClear placeholder={t("inv.leads.keywordPlaceholder")} data-testid="filter-q" />
            </FilterItem>
            {!me.zoneId && (
              <FilterItem name="zoneId" label={t("inv.zone")}>
                <ZoneSelect allowClear placeholder={t("common.all")} testId="filter-zone" />
              </FilterItem>
            )}
            <FilterItem name="stage" label={t("inv.lead.stage")}>
              <Select
                allowClear
                placeholder={t("common.all")}
                options={il.stageOptions}
                popupMatchSelectWidth={false}
                data-testid="filter-stage"
              />
            </FilterItem>
            <FilterItem name="source" label={t("inv.lead.source")}>
              <Select
                allowClear
                placeholder={t("common.all")}
                options={il.sourceOptions}
                popupMatchSelectWidth={false}
                data-testid="filter-source"
              />
            </FilterItem>
            {access.leader && zoneId && (
              <FilterItem name="ownerUnitId" label={t("inv.lead.ownerUnit")}>
                <UnitTreeSelect zoneId={zoneId} placeholder={t("common.all")} testId="filter-unit" />
              </FilterItem>
            )}
            <FilterItem name="industryCode" label={t("inv.lead.industryCode")}>
              <Input allowClear placeholder={t("inv.leads.industryPlaceholder")} data-testid="filter-industry" />
            </FilterItem>
            <FilterItem name="minInvestmentYuan" label={t("inv.lead.intended")}>
              <Select
                allowClear
                placeholder={t("common.all")}
                popupMatchSelectWidth={false}
                options={BANDS.map((b) => ({ value: b, label: t(`inv.leads.band.${b}`) }))}
                data-testid="filter-amount"
              />
            </FilterItem>
            {access.leader && (
              <FilterItem name="contested" label={t("inv.claim.title")}>
                <Select
                  allowClear
                  placeholder={t("common.all")}
                  options={[{ value: "true", label: il.claim("contested") }]}
                  data-testid="filter-contested"
                />
              </FilterItem>
            )}
          </FilterBar>
        }
      >
        {mobile ? (
          <LeadCards data={list.data} loading={list.isFetching} onPage={(p, s) => update({ page: p, pageSize: s })} />
        ) : (
          <DataTable<Lead>
            rowKey="id"
            columns={columns}
            data={list.data}
            loading={list.isFetching}
            locale={{ emptyText: t("inv.leads.empty") }}
            onPage={(p, s) => update({ page: p, pageSize: s })}
            onChange={sortHandler(SORTABLE, update)}
          />
        )}
      </TableCard>
      <Suspense fallback={null}>
        {creating && (
          <LeadDrawer
            lead={null}
            onClose={() => setCreating(false)}
            onSaved={(l) => navigate(`/investment/leads/${l.id}`)}
          />
        )}
      </Suspense>
    </Page>
  );
}

/** On a phone: one card per lead (investor, project, stage, amount, unit) instead of a wide table. */
function LeadCards({
  data,
  loading,
  onPage,
}: {
  data?: ApiPage<Lead>;
  loading: boolean;
  onPage: (page: number, pageSize: number) => void;
}) {
  const { t } = useTranslation();
  const il = useInvLabels();
  return (
    <List<Lead>
      loading={loading}
      dataSource={data?.items ?? []}
      locale={{ emptyText: t("inv.leads.empty") }}
      style={{ padding: "0 12px" }}
      pagination={
        data
          ? {
              current: data.page,
              pageSize: data.pageSize,
              total: data.total,
              simple: true,
              onChange: onPage,
              align: "center",
            }
          : false
      }
      renderItem={(l) => (
        <List.Item key={l.id} data-testid="lead-card">
          <div style={{ width: "100%" }}>
            <div style={{ display: "flex", justifyContent: "space-between", gap: 8 }}>
              <Link to={`/investment/leads/${l.id}`} data-testid="lead-link">
                {l.investorName}
              </Link>
              <StageTag stage={l.stage} heldFrom={l.heldFrom} />
            </div>
            <div className="muted small">{l.projectName}</div>
            <div className="small" style={{ display: "flex", justifyContent: "space-between", gap: 8 }}>
              <Amount yuan={l.intendedInvestmentYuan} />
              <span className="muted">
                {il.source(l.source)} · {l.ownerUnitName}
              </span>
            </div>
            {l.claim?.status === "contested" && (
              <Tag color="red" icon={<WarningOutlined />} style={{ marginTop: 4 }}>
                {il.claim("contested")}
              </Tag>
            )}
          </div>
        </List.Item>
      )}
    />
  );
}
