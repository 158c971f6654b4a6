/** 审计日志: who changed what and when, filtered by object, actor and time; each row opens its diff. */
import type { AuditEntry } from "@zoneos/core/platform-api";
import { Button, DatePicker, Descriptions, Drawer, Input, Select, Tag, Typography } from "antd";
import type { ColumnsType, SorterResult } from "antd/es/table/interface";
import dayjs from "dayjs";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { zhCN } from "../../../locales/zh-CN";
import { DateTimeText } from "../../../ui/format";
import { useListParams } from "../../../ui/listParams";
import { Page } from "../../../ui/Page";
import { DataTable, FilterBar, FilterItem, TableCard } from "../../../ui/TablePage";
import { useDrawerWidth, useIsMobile } from "../../../ui/useIsMobile";
import { useAudit } from "../queries";
import { ChangesTable } from "./ChangesTable";

const ENTITIES = Object.keys(zhCN.audit.entities) as (keyof typeof zhCN.audit.entities)[];
const ACTION_COLOR: Record<string, string> = {
  create: "green",
  import: "green",
  update: "blue",
  delete: "red",
  revoke: "orange",
  loginLocked: "red",
  loginFailed: "orange",
  unlock: "cyan",
  resetPassword: "gold",
  escalate: "volcano",
};
/** The name an event without a user account (a failed sign-in) is recorded under. */
const ANONYMOUS = "anonymous";

/** Who acted: the person's name with the username below; a token or an anonymous event by its recorded name. */
function Actor({ entry, inline }: { entry: AuditEntry; inline?: boolean }) {
  const { t } = useTranslation();
  if (entry.actorDisplayName && entry.actorDisplayName !== entry.actorName) {
    return inline ? (
      <span>
        {entry.actorDisplayName} <span className="muted">({entry.actorName})</span>
      </span>
    ) : (
      <div className="nowrap">
        {entry.actorDisplayName}
        <div className="muted" style={{ fontSize: 12 }}>
          {entry.actorName}
        </div>
      </div>
    );
  }
  const name = !entry.actorId && entry.actorName === ANONYMOUS ? t("audit.anonymous") : entry.actorName;
  return <span className="nowrap">{name}</span>;
}

export default function AuditPage() {
  const { t, i18n } = useTranslation();
  const mobile = useIsMobile();
  const drawerWidth = useDrawerWidth(640);
  const { params, page, pageSize, update } = useListParams();
  const [open, setOpen] = useState<AuditEntry | null>(null);
  const entityLabel = (e: string) =>
    i18n.exists(`audit.entities.${e}`) ? t(`audit.entities.${e}` as "audit.entities.zone") : e;
  const actionLabel = (a: string) =>
    i18n.exists(`audit.actions.${a}`) ? t(`audit.actions.${a}` as "audit.actions.create") : a;

  const audit = useAudit({
    page,
    pageSize,
    entity: params.entity,
    entityId: params.entityId,
    actor: params.actor,
    zoneId: params.zoneId,
    from: params.from ? dayjs(params.from).startOf("day").format() : undefined,
    to: params.to ? dayjs(params.to).endOf("day").format() : undefined,
    order: params.order,
  });
  const filterValues = useMemo(
    () => ({
      entity: params.entity,
      entityId: params.entityId,
      actor: params.actor,
      range: params.from && params.to ? [dayjs(params.from), dayjs(params.to)] : undefined,
    }),
    [params.entity, params.entityId, params.actor, params.from, params.to],
  );

  const columns: ColumnsType<AuditEntry> = [
    {
      title: t("audit.at"),
      dataIndex: "at",
      key: "at",
      fixed: mobile ? undefined : "left",
      sorter: true,
      sortOrder: params.order === "asc" ? "ascend" : "descend",
      sortDirections: ["descend", "ascend"],
      render: (v: string) => (
        <span className="nowrap">
          <DateTimeText value={v} />
        </span>
      ),
    },
    {
      title: t("audit.actor"),
      key: "actor",
      render: (_, e) => <Actor entry={e} />,
    },
    {
      title: t("audit.entity"),
      dataIndex: "entity",
      key: "entity",
      render: (v: string) => <span className="nowrap">{entityLabel(v)}</span>,
    },
    {
      title: t("audit.entityId"),
      dataIndex: "entityId",
      key: "entityId",
      render: (v: string) => (
        <Typography.Text code copyable={{ text: v }} style={{ fontSize: 12 }} className="nowrap" title={v}>
          {v.length > 13 ? `${v.slice(0, 8)}…` : v}
        </Typography.Text>
      ),
    },
    {
      title: t("audit.action"),
      dataIndex: "action",
      key: "action",
      render: (v: string) => <Tag color={ACTION_COLOR[v]}>{actionLabel(v)}</Tag>,
    },
    {
      title: t("audit.changes"),
      key: "changes",
      render: (_, e) => (
        <Button
          type="link"
          size="small"
          onClick={() => setOpen(e)}
          data-testid="audit-open"
          style={{ paddingInline: 0 }}
        >
          {t("audit.fieldCount", { count: Object.keys(e.changes).length })}
        </Button>
      ),
    },
  ];

  return (
    <Page title={t("audit.title")} subtitle={t("audit.subtitle")} testId="page-audit">
      <TableCard
        error={audit.error}
        onRetry={() => void audit.refetch()}
        filters={
          <FilterBar
            values={filterValues}
            textFields={["actor", "entityId"]}
            onApply={(v) => {
              const range = v.range as [dayjs.Dayjs, dayjs.Dayjs] | undefined | null;
              update({
                entity: v.entity as string | undefined,
                entityId: v.entityId as string | undefined,
                actor: v.actor as string | undefined,
                from: range?.[0]?.format("YYYY-MM-DD"),
                to: range?.[1]?.format("YYYY-MM-DD"),
              });
            }}
          >
            <FilterItem name="entity" label={t("audit.entity")}>
              <Select
                allowClear
                showSearch
                optionFilterProp="label"
                placeholder={t("common.all")}
                options={ENTITIES.map((e) => ({ value: e, label: entityLabel(e) }))}
                data-testid="filter-entity"
              />
            </FilterItem>
            <FilterItem name="actor" label={t("audit.actor")}>
              <Input allowClear placeholder={t("audit.actorPlaceholder")} data-testid="filter-actor" />
            </FilterItem>
            <FilterItem name="range" label={t("audit.range")} wide>
              <DatePicker.RangePicker style={{ width: "100%" }} data-testid="filter-range" />
            </FilterItem>
          </FilterBar>
        }
      >
        <DataTable<AuditEntry>
          rowKey="id"
          columns={columns}
          data={audit.data}
          loading={audit.isFetching}
          onPage={(p, s) => update({ page: p, pageSize: s })}
          expandable={
            mobile
              ? undefined
              : {
                  expandedRowRender: (e) => <ChangesTable entry={e} />,
                  rowExpandable: (e) => Object.keys(e.changes).length > 0,
                }
          }
          // On a phone the diff opens from anywhere in the row (the "changes" column is off-screen).
          onRow={mobile ? (e) => ({ onClick: () => setOpen(e), style: { cursor: "pointer" } }) : undefined}
          onChange={(_p, _f, sorter, extra) => {
            if (extra.action !== "sort") return;
            const s = sorter as SorterResult<AuditEntry>;
            update({ order: s.order === "ascend" ? "asc" : undefined });
          }}
        />
      </TableCard>
      <Drawer
        open={Boolean(open)}
        onClose={() => setOpen(null)}
        width={drawerWidth}
        title={t("audit.changes")}
        data-testid="audit-drawer"
      >
        {open && (
          <>
            <Descriptions column={1} size="small" style={{ marginBottom: 16 }}>
              <Descriptions.Item label={t("audit.at")}>
                <DateTimeText value={open.at} />
              </Descriptions.Item>
              <Descriptions.Item label={t("audit.actor")}>
                <Actor entry={open} inline />
              </Descriptions.Item>
              <Descriptions.Item label={t("audit.entity")}>{entityLabel(open.entity)}</Descriptions.Item>
              <Descriptions.Item label={t("audit.entityId")}>
                <Typography.Text code copyable style={{ fontSize: 12, wordBreak: "break-all" }}>
                  {open.entityId}
                </Typography.Text>
              </Descriptions.Item>
              <Descriptions.Item label={t("audit.action")}>{actionLabel(open.action)}</Descriptions.Item>
            </Descriptions>
            <ChangesTable entry={open} />
          </>
        )}
      </Drawer>
    </Page>
  );
}
