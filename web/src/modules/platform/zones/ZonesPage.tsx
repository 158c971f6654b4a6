/** 园区: the zones in the user's scope, server-paginated, with filters and a create/edit drawer. */
import { EditOutlined, PlusOutlined } from "@ant-design/icons";
import type { Zone } from "@zoneos/core/platform-api";
import { Button, Input, Select, Space, Tag } from "antd";
import type { ColumnsType } from "antd/es/table/interface";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useCan } from "../../../app/auth";
import { Area } from "../../../ui/format";
import { useLabels } from "../../../ui/labels";
import { sortHandler, sortOrderOf, useListParams } from "../../../ui/listParams";
import { Page } from "../../../ui/Page";
import { DataTable, FilterBar, FilterItem, TableCard } from "../../../ui/TablePage";
import { useZones } from "../queries";
import { RegionCascader } from "./RegionCascader";
import { ZoneDrawer } from "./ZoneDrawer";

const SORTABLE = ["name", "regionCode", "level", "approvedOn"];

export default function ZonesPage() {
  const { t } = useTranslation();
  const can = useCan();
  const labels = useLabels();
  const { params, page, pageSize, update } = useListParams();
  const [editing, setEditing] = useState<Zone | "new" | null>(null);
  const query = {
    page,
    pageSize,
    q: params.q,
    kind: params.kind,
    level: params.level,
    regionCode: params.regionCode,
    sort: params.sort,
    order: params.order,
  };
  const zones = useZones(query);
  const filterValues = useMemo(
    () => ({ q: params.q, kind: params.kind, level: params.level, regionCode: params.regionCode }),
    [params.q, params.kind, params.level, params.regionCode],
  );
  const sortOrder = (key: string) => sortOrderOf(params, key);

  const columns: ColumnsType<Zone> = [
    {
      title: labels.field("name"),
      dataIndex: "name",
      key: "name",
      width: 190,
      fixed: "left",
      sorter: true,
      sortOrder: sortOrder("name"),
      render: (_, z) => (
        <div>
          <Link to={`/zones/${z.id}`} data-testid="zone-link">
            {z.name}
          </Link>
          <div className="muted" style={{ fontSize: 12 }}>
            {z.shortName}
          </div>
        </div>
      ),
    },
    {
      title: labels.field("kind"),
      dataIndex: "kind",
      key: "kind",
      width: 130,
      render: (v: string) => labels.zoneKind(v),
    },
    {
      title: labels.field("level"),
      dataIndex: "level",
      key: "level",
      width: 96,
      sorter: true,
      sortOrder: sortOrder("level"),
      render: (v: string) => (
        <Tag color={v === "national" ? "red" : v === "provincial" ? "blue" : "default"}>{labels.zoneLevel(v)}</Tag>
      ),
    },
    {
      title: labels.field("regionCode"),
      dataIndex: "regionPath",
      key: "regionCode",
      width: 160,
      sorter: true,
      sortOrder: sortOrder("regionCode"),
      render: (v: string, z) => <div title={z.regionCode}>{v || z.regionName}</div>,
    },
    {
      title: labels.field("plannedAreaKm2"),
      dataIndex: "plannedAreaKm2",
      key: "plannedAreaKm2",
      width: 100,
      align: "right",
      render: (v: string | null) => <Area value={v} />,
    },
    {
      title: labels.field("builtAreaKm2"),
      dataIndex: "builtAreaKm2",
      key: "builtAreaKm2",
      width: 100,
      align: "right",
      render: (v: string | null) => <Area value={v} />,
    },
    {
      title: labels.field("leadingIndustries"),
      dataIndex: "leadingIndustries",
      key: "leadingIndustries",
      width: 190,
      render: (v: string[]) => (
        <Space size={[0, 4]} wrap>
          {v.length === 0 ? <span className="muted">—</span> : v.map((i) => <Tag key={i}>{i}</Tag>)}
        </Space>
      ),
    },
    {
      title: t("zones.counts"),
      key: "counts",
      width: 110,
      align: "right",
      render: (_, z) => (
        <span className="num">
          {z.unitCount} / {z.userCount}
        </span>
      ),
    },
  ];
  if (can("zones:write")) {
    columns.push({
      title: t("common.actions"),
      key: "actions",
      width: 90,
      fixed: "right",
      render: (_, z) => (
        <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setEditing(z)} data-testid="zone-edit">
          {t("common.edit")}
        </Button>
      ),
    });
  }

  return (
    <Page
      title={t("zones.title")}
      subtitle={t("zones.subtitle")}
      testId="page-zones"
      extra={
        can("zones:write") && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing("new")} data-testid="zone-create">
            {t("zones.create")}
          </Button>
        )
      }
    >
      <TableCard
        error={zones.error}
        onRetry={() => void zones.refetch()}
        filters={
          <FilterBar values={filterValues} onApply={(v) => update(v as Record<string, string>)}>
            <FilterItem name="q" label={t("common.keyword")}>
              <Input allowClear placeholder={t("zones.keywordPlaceholder")} data-testid="filter-q" />
            </FilterItem>
            <FilterItem name="kind" label={labels.field("kind")}>
              <Select
                allowClear
                placeholder={t("common.all")}
                options={labels.zoneKindOptions}
                data-testid="filter-kind"
              />
            </FilterItem>
            <FilterItem name="level" label={labels.field("level")}>
              <Select
                allowClear
                placeholder={t("common.all")}
                options={labels.zoneLevelOptions}
                data-testid="filter-level"
              />
            </FilterItem>
            <FilterItem name="regionCode" label={labels.field("regionCode")}>
              <RegionCascader placeholder={t("zones.regionPlaceholder")} />
            </FilterItem>
          </FilterBar>
        }
      >
        <DataTable<Zone>
          rowKey="id"
          columns={columns}
          data={zones.data}
          loading={zones.isFetching}
          onPage={(p, s) => update({ page: p, pageSize: s })}
          onChange={sortHandler(SORTABLE, update)}
          // Fixed column widths that fit a 1440 px desktop beside the menu; narrower screens scroll.
          scroll={{ x: columns.reduce((sum, c) => sum + Number(c.width ?? 0), 0) }}
        />
      </TableCard>
      {editing && <ZoneDrawer zone={editing === "new" ? null : editing} onClose={() => setEditing(null)} />}
    </Page>
  );
}
