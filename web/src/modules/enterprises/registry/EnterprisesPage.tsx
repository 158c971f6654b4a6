/**
 * 企业名录: the zone's figures on a date, then the registry searched and filtered (name, pinyin initials or
 * credit code; industry section, 规上/四上, qualification, rung, status, cluster), exported as filtered,
 * imported from the template, and new enterprises registered. An enterprise's own account goes straight
 * to its page.
 */
import { DownloadOutlined, PlusOutlined, UploadOutlined } from "@ant-design/icons";
import { App, Button, Input, Select, Space, Tag } from "antd";
import type { ColumnsType } from "antd/es/table/interface";
import { lazy, Suspense, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate, useNavigate } from "react-router-dom";
import { useCan, useMe } from "../../../app/auth";
import { editColumn } from "../../../ui/editColumn";
import { downloadFile } from "../../../ui/files";
import { Area } from "../../../ui/format";
import { sortHandler, useListParams } from "../../../ui/listParams";
import { Page } from "../../../ui/Page";
import { PageLoading } from "../../../ui/PageLoading";
import { DataTable, FilterBar, FilterItem, TableCard } from "../../../ui/TablePage";
import { ZoneSelect } from "../../platform/ZoneSelect";
import { QUALIFICATION_COLORS, useEnterpriseLabels } from "../labels";
import { useEnterprises, useIndustries } from "../queries";
import type { Enterprise } from "../types";
import "../enterprises.css";
import "../i18n";
import { OverviewCards } from "./OverviewCards";
import { ClusterSelect } from "./pickers";
import { RenewalsAlert } from "./RenewalsAlert";

// The form and the import dialog load when opened: the list itself stays light.
const EnterpriseDrawer = lazy(() => import("./EnterpriseDrawer").then((m) => ({ default: m.EnterpriseDrawer })));
const ImportModal = lazy(() => import("./ImportModal").then((m) => ({ default: m.ImportModal })));

const SORTABLE = ["name", "establishedOn", "employees", "landMu"];
const FILTERS = ["q", "zoneId", "industry", "scale", "qualification", "rung", "status", "cluster"] as const;

export default function EnterprisesPage() {
  const me = useMe();
  if (me.scope === "enterprise") return <OwnEnterprise />;
  return <Registry />;
}

/** An enterprise account sees one enterprise: its own. */
function OwnEnterprise() {
  const { t } = useTranslation();
  const own = useEnterprises({ page: 1, pageSize: 1 });
  const first = own.data?.items[0];
  if (own.isPending) return <PageLoading />;
  if (first) return <Navigate to={`/enterprises/${first.id}`} replace />;
  return (
    <Page title={t("enterprises.title")}>
      <TableCard error={own.error}>
        <div className="muted" style={{ padding: 24 }}>
          {t("enterprises.noOwnEnterprise")}
        </div>
      </TableCard>
    </Page>
  );
}

function Registry() {
  const { t } = useTranslation();
  const me = useMe();
  const can = useCan();
  const el = useEnterpriseLabels();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { params, page, pageSize, update } = useListParams();
  const [editing, setEditing] = useState<Enterprise | "new" | null>(null);
  const [importing, setImporting] = useState(false);
  const [exporting, setExporting] = useState(false);
  const zoneId = params.zoneId ?? me.zoneId ?? undefined;
  const filters = Object.fromEntries(FILTERS.map((k) => [k, params[k]]));
  const query = { page, pageSize, ...filters, sort: params.sort, order: params.order };
  const list = useEnterprises(query);
  const sections = useIndustries({ level: "section" });
  // biome-ignore lint/correctness/useExhaustiveDependencies: the filter values change with the URL only
  const filterValues = useMemo(() => filters, [...FILTERS.map((k) => params[k])]);
  const writable = can("enterprises:write");
  const sortOrder = (key: string) =>
    params.sort === key ? (params.order === "desc" ? ("descend" as const) : ("ascend" as const)) : null;

  const exportList = async () => {
    setExporting(true);
    try {
      await downloadFile(
        "/v1/enterprises/export.xlsx",
        { ...filters, sort: params.sort, order: params.order },
        "enterprises.xlsx",
      );
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setExporting(false);
    }
  };

  const columns: ColumnsType<Enterprise> = [
    {
      title: t("enterprises.name"),
      dataIndex: "name",
      key: "name",
      fixed: "left",
      sorter: true,
      sortOrder: sortOrder("name"),
      render: (_, e) => (
        <div className="ent-name-cell">
          <Link to={`/enterprises/${e.id}`} data-testid="enterprise-link">
            {e.name}
          </Link>
          <div className="muted small mono">
            {e.creditCode ?? t("enterprises.noCreditCode")}
            {e.status !== "operating" && (
              <Tag color="default" bordered={false} style={{ marginInlineStart: 6 }}>
                {el.status(e.status)}
              </Tag>
            )}
          </div>
        </div>
      ),
    },
    {
      title: t("enterprises.industry"),
      dataIndex: "industryCode",
      key: "industry",
      render: (_, e) => (
        <div className="ent-industry-cell">
          <span className="mono">{e.industryCode}</span> {e.industryName ?? ""}
          {e.cluster && <div className="muted small">{e.cluster}</div>}
        </div>
      ),
    },
    {
      title: t("enterprises.tags"),
      key: "tags",
      render: (_, e) =>
        e.scaleKinds.length + e.qualificationKinds.length === 0 ? (
          <span className="muted">—</span>
        ) : (
          <Space size={[0, 4]} wrap style={{ maxWidth: 240 }}>
            {e.scaleKinds.map((k) => (
              <Tag key={k} color="blue" bordered={false}>
                {el.scale(k)}
              </Tag>
            ))}
            {e.qualificationKinds.map((k) => (
              <Tag key={k} color={QUALIFICATION_COLORS[k]} bordered={false}>
                {el.qualification(k)}
              </Tag>
            ))}
          </Space>
        ),
    },
    {
      title: el.field("employees"),
      dataIndex: "employees",
      key: "employees",
      align: "right",
      sorter: true,
      sortOrder: sortOrder("employees"),
      render: (v: number | null) => <span className="num">{v ?? "—"}</span>,
    },
    {
      title: el.field("landMu"),
      dataIndex: "landMu",
      key: "landMu",
      align: "right",
      sorter: true,
      sortOrder: sortOrder("landMu"),
      render: (v: string | null) => <Area value={v} unit="mu" />,
    },
    {
      title: el.field("liaisonUserId"),
      dataIndex: "liaisonName",
      key: "liaison",
      render: (v: string | null) => <span className="nowrap">{v ?? "—"}</span>,
    },
    {
      title: el.field("rung"),
      dataIndex: "rung",
      key: "rung",
      render: (v: string) => <Tag className="nowrap">{el.rung(v)}</Tag>,
    },
  ];
  if (!me.zoneId)
    columns.splice(1, 0, {
      title: el.field("zoneId"),
      dataIndex: "zoneName",
      key: "zone",
      render: (v: string) => <span className="nowrap">{v}</span>,
    });
  if (writable) columns.push(editColumn<Enterprise>(t, setEditing, "enterprise-edit"));

  return (
    <Page
      title={t("enterprises.title")}
      subtitle={t("enterprises.subtitle")}
      testId="page-enterprises"
      extra={
        <>
          <Button icon={<DownloadOutlined />} loading={exporting} onClick={exportList} data-testid="enterprise-export">
            {t("enterprises.export")}
          </Button>
          {writable && (
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="enterprise-import">
              {t("enterprises.import.button")}
            </Button>
          )}
          {writable && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setEditing("new")}
              data-testid="enterprise-create"
            >
              {t("enterprises.create")}
            </Button>
          )}
        </>
      }
    >
      <OverviewCards
        zoneId={zoneId}
        asOf={params.asOf}
        onAsOf={(asOf) => update({ asOf, page: params.page })}
        onPick={(pick) => update({ scale: pick.scale, qualification: pick.qualification })}
      />
      <RenewalsAlert zoneId={zoneId} />
      <TableCard
        error={list.error}
        onRetry={() => void list.refetch()}
        filters={
          <FilterBar
            values={filterValues}
            onApply={(v) => {
              const next = v as Record<string, string | undefined>;
              if (next.zoneId !== params.zoneId) next.cluster = undefined;
              update(next);
            }}
          >
            <FilterItem name="q" label={t("common.keyword")} wide>
              <Input allowClear placeholder={t("enterprises.keywordPlaceholder")} data-testid="filter-q" />
            </FilterItem>
            {!me.zoneId && (
              <FilterItem name="zoneId" label={el.field("zoneId")}>
                <ZoneSelect allowClear placeholder={t("common.all")} testId="filter-zone" />
              </FilterItem>
            )}
            <FilterItem name="industry" label={t("enterprises.industrySection")}>
              <Select
                allowClear
                showSearch
                optionFilterProp="label"
                placeholder={t("common.all")}
                popupMatchSelectWidth={false}
                options={(sections.data ?? []).map((s) => ({ value: s.code, label: `${s.code} ${s.name}` }))}
                data-testid="filter-industry"
              />
            </FilterItem>
            <FilterItem name="scale" label={t("enterprises.scale")}>
              <Select
                allowClear
                placeholder={t("common.all")}
                popupMatchSelectWidth={false}
                options={el.scaleFilterOptions}
                data-testid="filter-scale"
              />
            </FilterItem>
            <FilterItem name="qualification" label={t("enterprises.qualification")}>
              <Select
                allowClear
                placeholder={t("common.all")}
                popupMatchSelectWidth={false}
                options={el.qualificationOptions}
                data-testid="filter-qualification"
              />
            </FilterItem>
            <FilterItem name="rung" label={el.field("rung")}>
              <Select allowClear placeholder={t("common.all")} options={el.rungOptions} data-testid="filter-rung" />
            </FilterItem>
            <FilterItem name="status" label={el.field("status")}>
              <Select allowClear placeholder={t("common.all")} options={el.statusOptions} data-testid="filter-status" />
            </FilterItem>
            {zoneId && (
              <FilterItem name="cluster" label={el.field("cluster")}>
                <ClusterSelect zoneId={zoneId} placeholder={t("common.all")} testId="filter-cluster" />
              </FilterItem>
            )}
          </FilterBar>
        }
      >
        <DataTable<Enterprise>
          rowKey="id"
          columns={columns}
          data={list.data}
          loading={list.isFetching}
          onPage={(p, s) => update({ page: p, pageSize: s })}
          onChange={sortHandler(SORTABLE, update)}
        />
      </TableCard>
      <Suspense fallback={null}>
        {editing && (
          <EnterpriseDrawer
            enterprise={editing === "new" ? null : editing}
            onClose={() => setEditing(null)}
            onCreated={(e) => navigate(`/enterprises/${e.id}`)}
          />
        )}
        {importing && <ImportModal zoneId={params.zoneId} onClose={() => setImporting(false)} />}
      </Suspense>
    </Page>
  );
}
