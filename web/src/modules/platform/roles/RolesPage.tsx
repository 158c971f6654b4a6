/** 角色: what each role may do (permissions) and see (data scope). */
import { EditOutlined, PlusOutlined } from "@ant-design/icons";
import { PERMISSIONS } from "@zoneos/core/access";
import type { Role } from "@zoneos/core/platform-api";
import { Button, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table/interface";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useCan } from "../../../app/auth";
import { useLabels } from "../../../ui/labels";
import { Page } from "../../../ui/Page";
import { DataTable, TableCard } from "../../../ui/TablePage";
import { useRoles } from "../queries";
import { RoleDrawer } from "./RoleDrawer";

export default function RolesPage() {
  const { t } = useTranslation();
  const can = useCan();
  const labels = useLabels();
  const roles = useRoles();
  const [editing, setEditing] = useState<Role | "new" | null>(null);
  const writable = can("roles:write");
  const zh = labels.locale === "zh-CN";

  const columns: ColumnsType<Role> = [
    {
      title: labels.field("name"),
      key: "name",
      fixed: "left",
      render: (_, r) => (
        <div style={{ minWidth: 120 }}>
          <div className="nowrap">{zh ? r.nameZh : r.nameEn}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }} className="nowrap">
            {zh ? r.nameEn : r.nameZh}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: labels.field("code"),
      dataIndex: "code",
      key: "code",
      render: (v: string) => <Typography.Text code>{v}</Typography.Text>,
    },
    {
      title: labels.field("scope"),
      dataIndex: "scope",
      key: "scope",
      render: (v: string) => <Tag color="purple">{labels.scope(v)}</Tag>,
    },
    {
      title: t("roles.permissionCount"),
      key: "permissions",
      align: "right",
      render: (_, r) => (
        <span className="num" title={r.permissions.map(labels.permission).join("、")}>
          {r.permissions.length} / {PERMISSIONS.length}
        </span>
      ),
    },
    {
      title: t("roles.userCount"),
      dataIndex: "userCount",
      key: "userCount",
      align: "right",
      render: (v: number) => <span className="num">{v}</span>,
    },
    {
      title: t("roles.builtin"),
      dataIndex: "builtin",
      key: "builtin",
      render: (v: boolean) => (v ? <Tag color="gold">{t("roles.builtin")}</Tag> : <Tag>{t("roles.custom")}</Tag>),
    },
  ];
  if (writable) {
    columns.push({
      title: t("common.actions"),
      key: "actions",
      fixed: "right",
      render: (_, r) => (
        <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setEditing(r)} data-testid="role-edit">
          {t("common.edit")}
        </Button>
      ),
    });
  }

  return (
    <Page
      title={t("roles.title")}
      subtitle={t("roles.subtitle")}
      testId="page-roles"
      extra={
        writable && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing("new")} data-testid="role-create">
            {t("roles.create")}
          </Button>
        )
      }
    >
      <TableCard error={roles.error} onRetry={() => void roles.refetch()}>
        <DataTable<Role> rowKey="id" columns={columns} data={roles.data} loading={roles.isFetching} />
      </TableCard>
      {editing && <RoleDrawer role={editing === "new" ? null : editing} onClose={() => setEditing(null)} />}
    </Page>
  );
}
