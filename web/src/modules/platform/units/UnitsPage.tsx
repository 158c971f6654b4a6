/** 组织机构: one zone's unit tree; select a unit to see it, add below it, edit or delete it. */
import { DeleteOutlined, EditOutlined, PlusOutlined, TeamOutlined } from "@ant-design/icons";
import type { Unit } from "@zoneos/core/platform-api";
import { App, Button, Card, Descriptions, Empty, Input, Popconfirm, Space, Tag, Tree, Typography } from "antd";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { api, isProblem } from "../../../app/api";
import { useCan, useMe } from "../../../app/auth";
import { QueryError } from "../../../ui/ErrorResult";
import { useLabels } from "../../../ui/labels";
import { useListParams } from "../../../ui/listParams";
import { Page } from "../../../ui/Page";
import { useIsMobile } from "../../../ui/useIsMobile";
import { useInvalidate, useUnits } from "../queries";
import { ZoneSelect } from "../ZoneSelect";
import { UnitDrawer } from "./UnitDrawer";
import { buildUnitTree, type UnitNode } from "./unitTree";

type Editing = { unit: Unit | null; parentId: string | null } | null;

function filterTree(nodes: UnitNode[] | undefined, q: string): UnitNode[] {
  if (!nodes) return [];
  const out: UnitNode[] = [];
  for (const n of nodes) {
    const children = filterTree(n.children, q);
    if (n.unit.name.includes(q) || children.length > 0)
      out.push({ ...n, children: children.length ? children : (undefined as unknown as UnitNode[]) });
  }
  return out;
}

export default function UnitsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const can = useCan();
  const labels = useLabels();
  const mobile = useIsMobile();
  const { message, modal } = App.useApp();
  const invalidate = useInvalidate();
  const { params, update } = useListParams();
  const zoneId = params.zoneId ?? me.zoneId ?? undefined;
  const units = useUnits(zoneId);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [search, setSearch] = useState("");
  const [editing, setEditing] = useState<Editing>(null);
  const writable = can("units:write");

  const tree = useMemo(
    () =>
      buildUnitTree(units.data ?? [], (u) => (
        <span className="tree-node" data-testid="unit-node">
          <span>{u.name}</span>
          <Tag bordered={false} color={u.kind === "committee" ? "blue" : u.kind === "bureau" ? "geekblue" : "default"}>
            {labels.unitKind(u.kind)}
          </Tag>
        </span>
      )),
    [units.data, labels],
  );
  const shown = useMemo(() => (search.trim() ? filterTree(tree, search.trim()) : tree), [tree, search]);
  const selected = units.data?.find((u) => u.id === selectedId) ?? null;
  const parent = selected?.parentId ? units.data?.find((u) => u.id === selected.parentId) : null;

  const remove = async (unit: Unit) => {
    try {
      await api.delete(`/v1/units/${unit.id}`, { version: unit.version });
      void message.success(t("common.deleted"));
      setSelectedId(null);
      await invalidate("units", "zones");
    } catch (e) {
      modal.error({
        title:
          isProblem(e) && e.isConflict ? t("errors.conflictTitle") : isProblem(e) ? e.title : t("errors.crashTitle"),
        content: isProblem(e) ? e.detail || e.title : String(e),
        onOk: () => void units.refetch(),
      });
    }
  };

  return (
    <Page
      title={t("units.title")}
      subtitle={t("units.subtitle")}
      testId="page-units"
      extra={
        <Space wrap>
          <Typography.Text type="secondary">{t("units.zone")}</Typography.Text>
          <ZoneSelect
            value={zoneId}
            onChange={(id) => {
              setSelectedId(null);
              update({ zoneId: id });
            }}
            style={{ minWidth: 220 }}
            testId="units-zone"
          />
        </Space>
      }
    >
      {!zoneId ? (
        <Card>
          <Empty description={t("users.pickZoneFirst")} />
        </Card>
      ) : units.error ? (
        <QueryError error={units.error} onRetry={() => void units.refetch()} />
      ) : (
        <div className="tree-layout">
          <Card
            title={t("units.title")}
            loading={units.isPending}
            extra={
              writable && (
                <Button
                  size="small"
                  icon={<PlusOutlined />}
                  onClick={() => setEditing({ unit: null, parentId: null })}
                  data-testid="unit-add-root"
                >
                  {t("units.addRoot")}
                </Button>
              )
            }
          >
            <Input.Search
              allowClear
              placeholder={t("units.searchPlaceholder")}
              onChange={(e) => setSearch(e.target.value)}
              style={{ marginBottom: 12 }}
            />
            {tree.length === 0 ? (
              <Empty description={t("units.empty")} />
            ) : (
              <Tree<UnitNode>
                key={`${zoneId}-${search}`}
                treeData={shown}
                defaultExpandAll
                blockNode
                selectedKeys={selectedId ? [selectedId] : []}
                onSelect={(keys) => {
                  setSelectedId((keys[0] as string | undefined) ?? null);
                  if (mobile && keys[0])
                    setTimeout(
                      () => document.getElementById("unit-detail")?.scrollIntoView({ behavior: "smooth" }),
                      50,
                    );
                }}
                data-testid="unit-tree"
              />
            )}
          </Card>
          <Card id="unit-detail" title={selected ? selected.name : t("common.details")} data-testid="unit-detail">
            {!selected ? (
              <Empty description={t("units.selectHint")} />
            ) : (
              <Space direction="vertical" size={16} style={{ width: "100%" }}>
                <Descriptions column={{ xs: 1, sm: 2, md: 2, lg: 2, xl: 2, xxl: 3 }} size="small">
                  <Descriptions.Item label={labels.field("name")}>{selected.name}</Descriptions.Item>
                  <Descriptions.Item label={labels.field("kind")}>{labels.unitKind(selected.kind)}</Descriptions.Item>
                  <Descriptions.Item label={labels.field("parentId")}>
                    {parent?.name ?? t("units.rootParent")}
                  </Descriptions.Item>
                  <Descriptions.Item label={labels.field("leaderName")}>{selected.leaderName ?? "—"}</Descriptions.Item>
                  <Descriptions.Item label={labels.field("phone")}>{selected.phone ?? "—"}</Descriptions.Item>
                  <Descriptions.Item label={labels.field("sort")}>{selected.sort}</Descriptions.Item>
                  <Descriptions.Item label={t("units.users")}>{selected.userCount}</Descriptions.Item>
                  <Descriptions.Item label={labels.field("zoneId")}>{selected.zoneName}</Descriptions.Item>
                </Descriptions>
                <Space wrap>
                  {writable && (
                    <>
                      <Button
                        icon={<PlusOutlined />}
                        onClick={() => setEditing({ unit: null, parentId: selected.id })}
                        data-testid="unit-add-child"
                      >
                        {t("units.addChild")}
                      </Button>
                      <Button
                        icon={<EditOutlined />}
                        onClick={() => setEditing({ unit: selected, parentId: selected.parentId })}
                        data-testid="unit-edit"
                      >
                        {t("common.edit")}
                      </Button>
                      <Popconfirm
                        title={t("units.deleteConfirm", { name: selected.name })}
                        description={t("units.deleteHint")}
                        okButtonProps={{ danger: true }}
                        okText={t("common.delete")}
                        onConfirm={() => remove(selected)}
                      >
                        <Button danger icon={<DeleteOutlined />} data-testid="unit-delete">
                          {t("common.delete")}
                        </Button>
                      </Popconfirm>
                    </>
                  )}
                  {can("users:read") && (
                    <Link to={`/users?zoneId=${selected.zoneId}&unitId=${selected.id}`}>
                      <Button type="link" icon={<TeamOutlined />}>
                        {t("units.viewUsers")}
                      </Button>
                    </Link>
                  )}
                </Space>
              </Space>
            )}
          </Card>
        </div>
      )}
      {editing && zoneId && (
        <UnitDrawer
          zoneId={zoneId}
          unit={editing.unit}
          parentId={editing.parentId}
          onClose={() => setEditing(null)}
          onSaved={(u) => setSelectedId(u.id)}
        />
      )}
    </Page>
  );
}
