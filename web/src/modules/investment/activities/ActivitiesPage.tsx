/**
 * 招商活动: visits, receptions, calls, outbound trips and promotion events, as a filtered list or a month
 * calendar (the view is in the URL). Each links to the leads it was about, met or produced.
 */
import { CalendarOutlined, DeleteOutlined, EditOutlined, PlusOutlined, UnorderedListOutlined } from "@ant-design/icons";
import type { Activity } from "@zoneos/core/investment-api";
import {
  Alert,
  App,
  Badge,
  Button,
  Calendar,
  Card,
  DatePicker,
  Input,
  Popconfirm,
  Segmented,
  Select,
  Space,
} from "antd";
import type { ColumnsType } from "antd/es/table/interface";
import dayjs, { type Dayjs } from "dayjs";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useMe } from "../../../app/auth";
import { useListParams } from "../../../ui/listParams";
import { Page } from "../../../ui/Page";
import { DataTable, FilterBar, FilterItem, TableCard } from "../../../ui/TablePage";
import { useIsMobile } from "../../../ui/useIsMobile";
import { UnitTreeSelect } from "../../platform/units/UnitTreeSelect";
import { ZoneSelect } from "../../platform/ZoneSelect";
import { type ActivityKind, KIND_COLORS, useInvLabels } from "../labels";
import { useInvAccess } from "../parts";
import { investmentApi, useActivities, useCalendar, useInvalidate } from "../queries";
import "../investment.css";
import "../i18n";
import { ActivityDrawer } from "./ActivityDrawer";
import { ActivityView, Dates, KindTag } from "./ActivityParts";

const FILTERS = ["q", "zoneId", "kind", "unitId", "from", "to"] as const;

export default function ActivitiesPage() {
  const { t } = useTranslation();
  const access = useInvAccess();
  const { params, update } = useListParams();
  const [editing, setEditing] = useState<Activity | "new" | null>(null);
  const [viewing, setViewing] = useState<string | null>(null);
  const calendar = params.view === "calendar";
  if (!access.details)
    return (
      <Page title={t("inv.activities.title")} subtitle={t("inv.activities.subtitle")} testId="page-activities">
        <Alert type="info" showIcon message={t("inv.summary.confidential")} />
      </Page>
    );
  return (
    <Page
      title={t("inv.activities.title")}
      subtitle={t("inv.activities.subtitle")}
      testId="page-activities"
      extra={
        <>
          <Segmented
            value={calendar ? "calendar" : "list"}
            onChange={(v) => update({ view: v === "calendar" ? "calendar" : undefined })}
            options={[
              { value: "list", icon: <UnorderedListOutlined />, label: t("inv.activities.list") },
              { value: "calendar", icon: <CalendarOutlined />, label: t("inv.activities.calendar") },
            ]}
            data-testid="activity-view-switch"
          />
          {access.write && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setEditing("new")}
              data-testid="activity-create"
            >
              {t("inv.activity.create")}
            </Button>
          )}
        </>
      }
    >
      {calendar ? <ActivityCalendar onOpen={setViewing} /> : <ActivityList onEdit={(a) => setEditing(a)} />}
      {editing && <ActivityDrawer activity={editing === "new" ? null : editing} onClose={() => setEditing(null)} />}
      {viewing && (
        <ActivityView
          id={viewing}
          onClose={() => setViewing(null)}
          onEdit={(a) => {
            setViewing(null);
            setEditing(a);
          }}
        />
      )}
    </Page>
  );
}

function ActivityList({ onEdit }: { onEdit: (a: Activity) => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const il = useInvLabels();
  const access = useInvAccess();
  const { message } = App.useApp();
  const invalidate = useInvalidate();
  const { params, page, pageSize, update } = useListParams();
  const filters = Object.fromEntries(FILTERS.map((k) => [k, params[k]])) as Record<
    (typeof FILTERS)[number],
    string | undefined
  >;
  const zoneId = filters.zoneId ?? me.zoneId ?? undefined;
  const list = useActivities({ ...filters, page, pageSize });
  const { from, to, ...rest } = filters;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the filter values change with the URL only
  const filterValues = useMemo(
    () => ({ ...rest, range: from && to ? [dayjs(from), dayjs(to)] : undefined }),
    [...FILTERS.map((k) => params[k])],
  );

  const remove = async (a: Activity) => {
    try {
      await investmentApi.del(`/activities/${a.id}`);
      await invalidate();
      void message.success(t("common.deleted"));
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    }
  };

  const columns: ColumnsType<Activity> = [
    {
      title: t("inv.activity.dates"),
      key: "dates",
      render: (_, a) => <Dates startsOn={a.startsOn} endsOn={a.endsOn} />,
    },
    { title: t("inv.activity.kind"), key: "kind", render: (_, a) => <KindTag kind={a.kind} /> },
    {
      title: t("inv.activity.title"),
      key: "title",
      render: (_, a) => (
        <div style={{ minWidth: 200, maxWidth: 360 }}>
          <b>{a.title}</b>
          <div className="muted small">
            {a.destinations.length > 0 ? a.destinations.join("、") : (a.location ?? "")}
            {a.attendees != null ? ` · ${t("inv.activity.attendeesCount", { count: a.attendees })}` : ""}
          </div>
        </div>
      ),
    },
    {
      title: t("inv.activity.leads"),
      key: "leads",
      render: (_, a) =>
        a.leads.length === 0 ? (
          <span className="muted">—</span>
        ) : (
          <div style={{ maxWidth: 280 }}>
            {a.leads.map((l) => (
              <div key={l.leadId} className="small">
                <Link to={`/investment/leads/${l.leadId}`}>{l.investorName}</Link>{" "}
                <span className="muted">{il.relation(l.relation)}</span>
              </div>
            ))}
          </div>
        ),
    },
    {
      title: t("inv.activity.members"),
      key: "members",
      render: (_, a) => <span className="small">{a.members.join("、") || "—"}</span>,
    },
    {
      title: t("inv.activity.unit"),
      dataIndex: "unitName",
      key: "unit",
      render: (v: string) => <span className="nowrap">{v}</span>,
    },
  ];
  if (access.write)
    columns.push({
      title: t("common.actions"),
      key: "actions",
      fixed: "right",
      render: (_, a) =>
        a.canEdit ? (
          <Space size={0}>
            <Button
              type="link"
              size="small"
              icon={<EditOutlined />}
              onClick={() => onEdit(a)}
              aria-label={t("common.edit")}
            />
            <Popconfirm title={t("inv.activity.deleteConfirm")} onConfirm={() => void remove(a)}>
              <Button type="link" size="small" danger icon={<DeleteOutlined />} aria-label={t("common.delete")} />
            </Popconfirm>
          </Space>
        ) : null,
    });

  return (
    <TableCard
      error={list.error}
      onRetry={() => void list.refetch()}
      filters={
        <FilterBar
          values={filterValues}
          onApply={(v) => {
            const { range, ...next } = v as Record<string, unknown> & { range?: [Dayjs, Dayjs] | null };
            update({
              ...(next as Record<string, string | undefined>),
              from: range?.[0]?.format("YYYY-MM-DD"),
              to: range?.[1]?.format("YYYY-MM-DD"),
            });
          }}
        >
          <FilterItem name="q" label={t("common.keyword")} wide>
            <Input allowClear placeholder={t("inv.activities.keywordPlaceholder")} />
          </FilterItem>
          {!me.zoneId && (
            <FilterItem name="zoneId" label={t("inv.zone")}>
              <ZoneSelect allowClear placeholder={t("common.all")} />
            </FilterItem>
          )}
          <FilterItem name="kind" label={t("inv.activity.kind")}>
            <Select allowClear placeholder={t("common.all")} options={il.kindOptions} data-testid="filter-kind" />
          </FilterItem>
          {access.leader && zoneId && (
            <FilterItem name="unitId" label={t("inv.activity.unit")}>
              <UnitTreeSelect zoneId={zoneId} placeholder={t("common.all")} />
            </FilterItem>
          )}
          <FilterItem name="range" label={t("inv.activity.dates")} wide>
            <DatePicker.RangePicker style={{ width: "100%" }} />
          </FilterItem>
        </FilterBar>
      }
    >
      <DataTable<Activity>
        rowKey="id"
        columns={columns}
        data={list.data}
        loading={list.isFetching}
        locale={{ emptyText: t("inv.activities.empty") }}
        onPage={(p, s) => update({ page: p, pageSize: s })}
      />
    </TableCard>
  );
}

/** The month on a calendar: the entries overlapping the six weeks it shows, fetched in one request. */
function ActivityCalendar({ onOpen }: { onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const il = useInvLabels();
  const mobile = useIsMobile();
  const { params, update } = useListParams();
  const month = params.month && dayjs(`${params.month}-01`).isValid() ? dayjs(`${params.month}-01`) : dayjs();
  const from = month.startOf("month").startOf("week");
  const to = from.add(41, "day");
  const [selected, setSelected] = useState<Dayjs | null>(null);
  const entries = useCalendar({
    zoneId: params.zoneId ?? me.zoneId ?? undefined,
    kind: params.kind,
    from: from.format("YYYY-MM-DD"),
    to: to.format("YYYY-MM-DD"),
  });
  const on = (d: Dayjs) =>
    (entries.data ?? []).filter((e) => {
      const s = dayjs(e.startsOn);
      const end = dayjs(e.endsOn ?? e.startsOn);
      return !d.isBefore(s, "day") && !d.isAfter(end, "day");
    });
  const chosen = selected ? on(selected) : [];
  return (
    <Card data-testid="activity-calendar">
      <Space wrap style={{ marginBottom: 8 }}>
        {!me.zoneId && (
          <div style={{ minWidth: 220 }}>
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
          placeholder={t("inv.activity.allKinds")}
          value={params.kind}
          onChange={(k) => update({ kind: k })}
          options={il.kindOptions}
          style={{ minWidth: 140 }}
        />
      </Space>
      <Calendar
        fullscreen={!mobile}
        value={month}
        onPanelChange={(d) => update({ month: d.format("YYYY-MM") })}
        onSelect={(d, info) => {
          if (info.source === "date") setSelected(d);
          if (d.format("YYYY-MM") !== month.format("YYYY-MM")) update({ month: d.format("YYYY-MM") });
        }}
        cellRender={(d, info) => {
          if (info.type !== "date") return info.originNode;
          const list = on(d);
          if (list.length === 0) return null;
          if (mobile) return <Badge count={list.length} size="small" color="#1456b8" />;
          return (
            <ul className="inv-cal-entry">
              {list.slice(0, 3).map((e) => (
                <li key={e.id}>
                  <Badge
                    color={
                      KIND_COLORS[e.kind as ActivityKind] === "default"
                        ? "#8c8c8c"
                        : KIND_COLORS[e.kind as ActivityKind]
                    }
                    text={
                      <button
                        type="button"
                        className="inv-link-button"
                        onClick={(ev) => {
                          ev.stopPropagation();
                          onOpen(e.id);
                        }}
                        data-testid="calendar-entry"
                      >
                        {e.title}
                      </button>
                    }
                  />
                </li>
              ))}
              {list.length > 3 && <li className="muted">{t("inv.activities.more", { count: list.length - 3 })}</li>}
            </ul>
          );
        }}
      />
      {selected && (
        <div style={{ marginTop: 12 }} data-testid="calendar-day">
          <b>{selected.format("YYYY-MM-DD")}</b>
          {chosen.length === 0 ? (
            <div className="muted">{t("inv.activities.none")}</div>
          ) : (
            chosen.map((e) => (
              <div key={e.id} style={{ marginTop: 4 }}>
                <KindTag kind={e.kind} />
                <button type="button" className="inv-link-button" onClick={() => onOpen(e.id)}>
                  {e.title}
                </button>{" "}
                <span className="muted small">
                  {e.unitName}
                  {e.leadCount > 0 ? ` · ${t("inv.activities.leadCount", { count: e.leadCount })}` : ""}
                </span>
              </div>
            ))
          )}
        </div>
      )}
    </Card>
  );
}
