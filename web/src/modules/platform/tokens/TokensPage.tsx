/** 接口令牌: tokens for integrations; a new token's secret is shown once, revoking asks first. */
import { PlusOutlined, StopOutlined } from "@ant-design/icons";
import type { ApiToken } from "@zoneos/core/platform-api";
import { App, Button, Popconfirm, Tag } from "antd";
import type { ColumnsType } from "antd/es/table/interface";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../../app/api";
import { DateText, DateTimeText } from "../../../ui/format";
import { useLabels } from "../../../ui/labels";
import { useListParams } from "../../../ui/listParams";
import { Page } from "../../../ui/Page";
import { DataTable, TableCard } from "../../../ui/TablePage";
import { useInvalidate, useTokens } from "../queries";
import { useRoleChoices } from "../users/roleOptions";
import { TokenCreateDrawer } from "./TokenCreateDrawer";

type Status = "active" | "revoked" | "expired";

function statusOf(token: ApiToken): Status {
  if (token.revokedAt) return "revoked";
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
  if (token.expiresOn && token.expiresOn.slice(0, 10) < today) return "expired";
  return "active";
}

const STATUS_COLOR: Record<Status, string> = { active: "green", revoked: "default", expired: "orange" };

export default function TokensPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const { message } = App.useApp();
  const invalidate = useInvalidate();
  const roles = useRoleChoices();
  const { page, pageSize, update } = useListParams();
  const tokens = useTokens({ page, pageSize });
  const [creating, setCreating] = useState(false);

  const revoke = async (token: ApiToken) => {
    try {
      await api.post(`/v1/api-tokens/${token.id}/revoke`);
      void message.success(t("tokens.revokedOk"));
      await invalidate("tokens");
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    }
  };

  const columns: ColumnsType<ApiToken> = [
    {
      title: labels.field("name"),
      dataIndex: "name",
      key: "name",
      fixed: "left",
      render: (v: string) => <span className="nowrap">{v}</span>,
    },
    {
      title: t("tokens.role"),
      dataIndex: "roleCode",
      key: "role",
      render: (v: string) => (
        <Tag color="blue" bordered={false}>
          {roles.name(v)}
        </Tag>
      ),
    },
    {
      title: t("tokens.zone"),
      dataIndex: "zoneName",
      key: "zone",
      render: (v: string | null) => <span className="nowrap">{v ?? t("tokens.allZones")}</span>,
    },
    {
      title: t("tokens.status"),
      key: "status",
      render: (_, tk) => {
        const s = statusOf(tk);
        return <Tag color={STATUS_COLOR[s]}>{t(`tokens.${s}`)}</Tag>;
      },
    },
    {
      title: t("tokens.expiresOn"),
      dataIndex: "expiresOn",
      key: "expiresOn",
      render: (v: string | null) => <span className="nowrap">{v ? <DateText value={v} /> : t("tokens.noExpiry")}</span>,
    },
    {
      title: t("tokens.createdBy"),
      dataIndex: "createdByName",
      key: "createdBy",
      render: (v: string) => <span className="nowrap">{v}</span>,
    },
    {
      title: t("tokens.createdAt"),
      dataIndex: "createdAt",
      key: "createdAt",
      render: (v: string) => (
        <span className="nowrap">
          <DateTimeText value={v} />
        </span>
      ),
    },
    {
      title: t("tokens.lastUsedAt"),
      dataIndex: "lastUsedAt",
      key: "lastUsedAt",
      render: (v: string | null) => (
        <span className="nowrap">
          <DateTimeText value={v} empty={t("tokens.never")} />
        </span>
      ),
    },
    {
      title: t("common.actions"),
      key: "actions",
      fixed: "right",
      render: (_, tk) =>
        tk.revokedAt ? null : (
          <Popconfirm
            title={t("tokens.revoke")}
            description={<div style={{ maxWidth: 280 }}>{t("tokens.revokeConfirm", { name: tk.name })}</div>}
            okText={t("tokens.revoke")}
            okButtonProps={{ danger: true }}
            onConfirm={() => revoke(tk)}
          >
            <Button type="link" size="small" danger icon={<StopOutlined />} data-testid="token-revoke">
              {t("tokens.revoke")}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <Page
      title={t("tokens.title")}
      subtitle={t("tokens.subtitle")}
      testId="page-tokens"
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="token-create">
          {t("tokens.create")}
        </Button>
      }
    >
      <TableCard error={tokens.error} onRetry={() => void tokens.refetch()}>
        <DataTable<ApiToken>
          rowKey="id"
          columns={columns}
          data={tokens.data}
          loading={tokens.isFetching}
          onPage={(p, s) => update({ page: p, pageSize: s })}
        />
      </TableCard>
      {creating && <TokenCreateDrawer onClose={() => setCreating(false)} />}
    </Page>
  );
}
