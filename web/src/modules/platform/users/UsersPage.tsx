/** 用户: accounts in scope with filters; create, edit, reset a password, unlock. */
import { EditOutlined, KeyOutlined, MoreOutlined, PlusOutlined, UnlockOutlined } from "@ant-design/icons";
import type { User } from "@zoneos/core/platform-api";
import { App, Button, Dropdown, Input, Select, Space, Tag, Tooltip } from "antd";
import type { ColumnsType } from "antd/es/table/interface";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../../app/api";
import { useCan, useMe } from "../../../app/auth";
import { DateTimeText, formatTimestamp } from "../../../ui/format";
import { useLabels } from "../../../ui/labels";
import { sortHandler, sortOrderOf, useListParams } from "../../../ui/listParams";
import { Page } from "../../../ui/Page";
import { DataTable, FilterBar, FilterItem, TableCard } from "../../../ui/TablePage";
import { useInvalidate, useUsers } from "../queries";
import { UnitTreeSelect } from "../units/UnitTreeSelect";
import { ZoneSelect } from "../ZoneSelect";
import { ResetPasswordModal } from "./ResetPasswordModal";
import { useRoleChoices } from "./roleOptions";
import { UserDrawer } from "./UserDrawer";

const SORTABLE = ["username", "name", "createdAt", "lastLoginAt"];

export function isLocked(u: Pick<User, "lockedUntil">): boolean {
  return Boolean(u.lockedUntil && new Date(u.lockedUntil).getTime() > Date.now());
}

export default function UsersPage() {
  const { t } = useTranslation();
  const me = useMe();
  const can = useCan();
  const labels = useLabels();
  const { message, modal } = App.useApp();
  const invalidate = useInvalidate();
  const roles = useRoleChoices();
  const { params, page, pageSize, update } = useListParams();
  const [editing, setEditing] = useState<User | "new" | null>(null);
  const [resetting, setResetting] = useState<User | null>(null);
  const users = useUsers({
    page,
    pageSize,
    q: params.q,
    zoneId: params.zoneId,
    unitId: params.unitId,
    roleCode: params.roleCode,
    status: params.status,
    sort: params.sort,
    order: params.order,
  });
  const filterValues = useMemo(
    () => ({
      q: params.q,
      zoneId: params.zoneId,
      unitId: params.unitId,
      roleCode: params.roleCode,
      status: params.status,
    }),
    [params.q, params.zoneId, params.unitId, params.roleCode, params.status],
  );
  const unitZone = params.zoneId ?? me.zoneId;
  const writable = can("users:write");
  const sortOrder = (key: string) => sortOrderOf(params, key);

  const unlock = (u: User) =>
    modal.confirm({
      title: t("users.unlockConfirm", { name: u.name }),
      okText: t("users.unlock"),
      onOk: async () => {
        try {
          await api.post(`/v1/users/${u.id}/unlock`);
          void message.success(t("users.unlocked"));
          await invalidate("users");
        } catch (e) {
          void message.error(e instanceof Error ? e.message : String(e));
        }
      },
    });

  const columns: ColumnsType<User> = [
    {
      title: labels.field("username"),
      dataIndex: "username",
      key: "username",
      fixed: "left",
      sorter: true,
      sortOrder: sortOrder("username"),
      render: (v: string) => <span className="nowrap">{v}</span>,
    },
    {
      title: t("users.name"),
      dataIndex: "name",
      key: "name",
      sorter: true,
      sortOrder: sortOrder("name"),
      render: (v: string) => <span className="nowrap">{v}</span>,
    },
    {
      title: labels.field("phone"),
      dataIndex: "phone",
      key: "phone",
      render: (v: string | null) => <span className="nowrap">{v ?? "—"}</span>,
    },
    {
      title: t("users.zone"),
      dataIndex: "zoneName",
      key: "zone",
      render: (v: string | null) => <span className="nowrap">{v ?? "—"}</span>,
    },
    {
      title: t("users.unit"),
      dataIndex: "unitName",
      key: "unit",
      render: (v: string | null) => <span className="nowrap">{v ?? "—"}</span>,
    },
    {
      title: labels.field("roleCodes"),
      dataIndex: "roleCodes",
      key: "roles",
      render: (codes: string[]) => (
        <Space size={[0, 4]} wrap style={{ maxWidth: 260 }}>
          {codes.map((c) => (
            <Tag key={c} color="blue" bordered={false}>
              {roles.name(c)}
            </Tag>
          ))}
        </Space>
      ),
    },
    {
      title: labels.field("status"),
      dataIndex: "status",
      key: "status",
      render: (v: User["status"], u) => (
        <Space size={4}>
          <Tag color={v === "active" ? "green" : "default"}>{t(`users.statusLabel.${v}`)}</Tag>
          {isLocked(u) && (
            <Tooltip title={t("users.lockedUntil", { time: formatTimestamp(u.lockedUntil, labels.locale) })}>
              <Tag color="red" data-testid="user-locked">
                {t("users.locked")}
              </Tag>
            </Tooltip>
          )}
        </Space>
      ),
    },
    {
      title: t("users.lastLoginAt"),
      dataIndex: "lastLoginAt",
      key: "lastLoginAt",
      sorter: true,
      sortOrder: sortOrder("lastLoginAt"),
      render: (v: string | null) => (
        <span className="nowrap">
          <DateTimeText value={v} empty={t("users.never")} />
        </span>
      ),
    },
  ];
  if (writable) {
    columns.push({
      title: t("common.actions"),
      key: "actions",
      fixed: "right",
      render: (_, u) => (
        <Space size={0}>
          <Button
            type="link"
            size="small"
            icon={<EditOutlined />}
            onClick={() => setEditing(u)}
            data-testid="user-edit"
          >
            {t("common.edit")}
          </Button>
          {isLocked(u) && (
            <Button
              type="link"
              size="small"
              icon={<UnlockOutlined />}
              onClick={() => unlock(u)}
              data-testid="user-unlock"
            >
              {t("users.unlock")}
            </Button>
          )}
          <Dropdown
            trigger={["click"]}
            menu={{
              items: [
                {
                  key: "reset",
                  icon: <KeyOutlined />,
                  label: <span data-testid="user-reset-password">{t("users.resetPassword")}</span>,
                  onClick: () => setResetting(u),
                },
              ],
            }}
          >
            <Button
              type="text"
              size="small"
              icon={<MoreOutlined />}
              aria-label={t("common.more")}
              data-testid="user-more"
            />
          </Dropdown>
        </Space>
      ),
    });
  }

  return (
    <Page
      title={t("users.title")}
      subtitle={t("users.subtitle")}
      testId="page-users"
      extra={
        writable && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing("new")} data-testid="user-create">
            {t("users.create")}
          </Button>
        )
      }
    >
      <TableCard
        error={users.error}
        onRetry={() => void users.refetch()}
        filters={
          <FilterBar
            values={filterValues}
            onApply={(v) => {
              const next = v as Record<string, string | undefined>;
              // A unit belongs to one zone: changing the zone clears the unit.
              if (next.zoneId !== params.zoneId) next.unitId = undefined;
              update(next);
            }}
          >
            <FilterItem name="q" label={t("common.keyword")}>
              <Input allowClear placeholder={t("users.keywordPlaceholder")} data-testid="filter-q" />
            </FilterItem>
            <FilterItem name="zoneId" label={t("users.zone")}>
              <ZoneSelect allowClear placeholder={t("common.all")} testId="filter-zone" />
            </FilterItem>
            <FilterItem name="unitId" label={t("users.unit")}>
              <UnitTreeSelect
                zoneId={unitZone}
                placeholder={unitZone ? t("common.all") : t("users.pickZoneFirst")}
                testId="filter-unit"
              />
            </FilterItem>
            <FilterItem name="roleCode" label={t("users.role")}>
              <Select allowClear placeholder={t("common.all")} options={roles.options} data-testid="filter-role" />
            </FilterItem>
            <FilterItem name="status" label={t("users.status")}>
              <Select
                allowClear
                placeholder={t("common.all")}
                options={(["active", "disabled"] as const).map((s) => ({
                  value: s,
                  label: t(`users.statusLabel.${s}`),
                }))}
                data-testid="filter-status"
              />
            </FilterItem>
          </FilterBar>
        }
      >
        <DataTable<User>
          rowKey="id"
          columns={columns}
          data={users.data}
          loading={users.isFetching}
          onPage={(p, s) => update({ page: p, pageSize: s })}
          onChange={sortHandler(SORTABLE, update)}
        />
      </TableCard>
      {editing && <UserDrawer user={editing === "new" ? null : editing} onClose={() => setEditing(null)} />}
      {resetting && <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />}
    </Page>
  );
}
