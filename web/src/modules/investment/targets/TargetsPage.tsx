/**
 * 目标责任制 (全员招商): each unit's yearly targets — signed projects, signed amount, ≥1亿 projects, funds in
 * place, projects started — and the progress through a month against 序时进度, as cards for the zone, a bar
 * chart of completion by unit and the ranking of units. Leaders set the targets.
 */
import { EditOutlined, PlusOutlined } from "@ant-design/icons";
import { shiftDecimal, toYuan } from "@zoneos/core/format";
import type { Target, TargetProgress } from "@zoneos/core/investment-api";
import { Button, Card, Empty, Form, Input, InputNumber, Select, Space, Table, Tag } from "antd";
import { lazy, Suspense, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMe } from "../../../app/auth";
import { QueryError } from "../../../ui/ErrorResult";
import { FormModal } from "../../../ui/FormModal";
import { useListParams } from "../../../ui/listParams";
import { Page } from "../../../ui/Page";
import { UnitTreeSelect } from "../../platform/units/UnitTreeSelect";
import { ZoneSelect } from "../../platform/ZoneSelect";
import { TARGET_METRICS, useInvLabels } from "../labels";
import { Amount, Figure, Pct, recentYears, useInvAccess } from "../parts";
import { investmentApi, useInvalidate, useTargetProgress, useTargets } from "../queries";
import "../investment.css";
import "../i18n";

const BarChart = lazy(() => import("./BarChart"));

type Metric = TargetProgress["zone"]["metrics"][number];
const MONEY_METRICS = new Set(["signedAmountYuan", "fundsInPlaceYuan"]);

/** A metric's figure: money in the user's unit, counts as they are. */
function MetricValue({ metric, value }: { metric: string; value: string }) {
  return MONEY_METRICS.has(metric) ? <Amount yuan={value} /> : <span className="num">{value}</span>;
}

function Against({ m }: { m: Metric }) {
  const { t } = useTranslation();
  if (m.pointsAgainstSchedule == null) return <span className="muted">—</span>;
  const ahead = m.pointsAgainstSchedule >= 0;
  return (
    <span className={ahead ? "inv-pass" : "inv-fail"}>
      {t(ahead ? "inv.targets.ahead" : "inv.targets.behind", { points: Math.abs(m.pointsAgainstSchedule).toFixed(1) })}
    </span>
  );
}

export default function TargetsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const il = useInvLabels();
  const { params, update } = useListParams();
  const year = Number(params.year ?? new Date().getFullYear());
  const month = params.month ? Number(params.month) : undefined;
  const zoneId = params.zoneId ?? me.zoneId ?? undefined;
  const progress = useTargetProgress({ zoneId, year, month }, Boolean(zoneId));
  const metric = params.metric && TARGET_METRICS.includes(params.metric) ? params.metric : "signedAmountYuan";
  const p = progress.data;

  return (
    <Page title={t("inv.targets.title")} subtitle={t("inv.targets.subtitle")} testId="page-targets">
      <Space wrap style={{ marginBottom: 16 }}>
        {!me.zoneId && (
          <div style={{ minWidth: 240 }}>
            <ZoneSelect value={zoneId} onChange={(z) => update({ zoneId: z })} placeholder={t("inv.pickZone")} />
          </div>
        )}
        <Select
          value={year}
          onChange={(y) => update({ year: y, month: undefined })}
          options={recentYears().map((y) => ({ value: y, label: t("inv.yearOf", { year: y }) }))}
          style={{ minWidth: 120 }}
          data-testid="targets-year"
        />
        <Select
          value={p?.month ?? month}
          onChange={(m) => update({ month: m })}
          options={Array.from({ length: 12 }, (_, i) => ({
            value: i + 1,
            label: t("inv.throughMonth", { month: i + 1 }),
          }))}
          style={{ minWidth: 140 }}
          placeholder={t("inv.targets.month")}
          data-testid="targets-month"
        />
      </Space>
      {!zoneId ? (
        <Card>
          <Empty description={t("inv.pickZone")} />
        </Card>
      ) : progress.error ? (
        <QueryError error={progress.error} onRetry={() => void progress.refetch()} />
      ) : (
        <>
          <Card className="inv-card" loading={progress.isPending} data-testid="targets-zone">
            <div className="muted small" style={{ marginBottom: 8 }}>
              {t("inv.targets.schedule", { month: p?.month ?? "—", pct: p?.schedulePct.toFixed(1) ?? "—" })}
            </div>
            <div className="inv-figures inv-figures-wide">
              {(p?.zone.metrics ?? []).map((m) => (
                <Figure key={m.metric} label={il.target(m.metric)}>
                  <MetricValue metric={m.metric} value={m.actual} />
                  <span className="muted small">
                    {" / "}
                    <MetricValue metric={m.metric} value={m.target} />
                  </span>
                  <div className="small">
                    <Pct value={m.completionPct} /> · <Against m={m} />
                  </div>
                </Figure>
              ))}
            </div>
          </Card>
          <Card
            className="inv-card"
            title={t("inv.targets.byUnit")}
            extra={
              <Select
                size="small"
                value={metric}
                onChange={(m) => update({ metric: m })}
                options={TARGET_METRICS.map((m) => ({ value: m, label: il.target(m) }))}
                popupMatchSelectWidth={false}
                data-testid="targets-metric"
              />
            }
          >
            {p && p.units.length > 0 ? (
              <Suspense fallback={<div style={{ height: 320 }} />}>
                <UnitChart progress={p} metric={metric} />
              </Suspense>
            ) : (
              <Empty />
            )}
          </Card>
          <Ranking progress={p} loading={progress.isPending} />
          <TargetsTable zoneId={zoneId} year={year} />
        </>
      )}
    </Page>
  );
}

function UnitChart({ progress: p, metric }: { progress: TargetProgress; metric: string }) {
  const { t } = useTranslation();
  const il = useInvLabels();
  const units = useMemo(() => [...p.units].sort((a, b) => a.rank - b.rank), [p.units]);
  const series = useMemo(
    () => [
      {
        name: t("inv.targets.completion"),
        color: "#1456b8",
        values: units.map((u) => u.metrics.find((m) => m.metric === metric)?.completionPct ?? null),
      },
    ],
    [units, metric, t],
  );
  return (
    <BarChart
      categories={units.map((u) => u.unitName)}
      series={series}
      unit="%"
      line={{ value: p.schedulePct, label: t("inv.targets.scheduleLine", { pct: p.schedulePct.toFixed(1) }) }}
      label={`${il.target(metric)} ${t("inv.targets.completion")}`}
      testId="targets-chart"
    />
  );
}

function Ranking({ progress: p, loading }: { progress?: TargetProgress; loading: boolean }) {
  const { t } = useTranslation();
  const il = useInvLabels();
  type Row = TargetProgress["units"][number];
  return (
    <Card className="inv-card" title={t("inv.targets.ranking")} data-testid="targets-ranking">
      <Table<Row>
        size="small"
        rowKey="unitId"
        loading={loading}
        pagination={false}
        scroll={{ x: "max-content" }}
        dataSource={[...(p?.units ?? [])].sort((a, b) => a.rank - b.rank)}
        columns={[
          {
            title: t("inv.targets.rank"),
            dataIndex: "rank",
            width: 60,
            render: (r: number) => <Tag color={r <= 3 ? "gold" : "default"}>{r}</Tag>,
          },
          {
            title: t("inv.lead.ownerUnit"),
            dataIndex: "unitName",
            render: (v: string) => <span className="nowrap">{v}</span>,
          },
          {
            title: t("inv.targets.score"),
            dataIndex: "score",
            align: "right",
            render: (v: number | null) => <span className="num">{v == null ? "—" : v.toFixed(1)}</span>,
          },
          ...TARGET_METRICS.map((metric) => ({
            title: il.target(metric),
            key: metric,
            align: "right" as const,
            render: (_: unknown, u: Row) => {
              const m = u.metrics.find((x) => x.metric === metric);
              if (!m) return "—";
              return (
                <div className="nowrap">
                  <MetricValue metric={metric} value={m.actual} />
                  <span className="muted small">
                    {" / "}
                    <MetricValue metric={metric} value={m.target} />
                  </span>
                  <div className="small">
                    <Pct value={m.completionPct} /> <Against m={m} />
                  </div>
                </div>
              );
            },
          })),
        ]}
      />
    </Card>
  );
}

interface TargetValues {
  unitId: string;
  signedProjects: number;
  signedAmountWan: string;
  largeProjects: number;
  fundsInPlaceWan: string;
  startedProjects: number;
}

const toWan = (y: string) => shiftDecimal(y, 4, 6).replace(/\.?0+$/, "");

function TargetsTable({ zoneId, year }: { zoneId: string; year: number }) {
  const { t } = useTranslation();
  const access = useInvAccess();
  const invalidate = useInvalidate();
  const list = useTargets({ zoneId, year });
  const [editing, setEditing] = useState<Target | "new" | null>(null);
  const [form] = Form.useForm<TargetValues>();
  const money = { required: true, pattern: /^\d{1,8}(\.\d{1,6})?$/, message: t("inv.validation.money") };
  const count = { required: true, message: t("inv.validation.count") };
  const current = editing && editing !== "new" ? editing : null;
  return (
    <Card
      className="inv-card"
      title={t("inv.targets.table", { year })}
      data-testid="targets-table"
      extra={
        access.leader && (
          <Button
            size="small"
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEditing("new")}
            data-testid="target-add"
          >
            {t("inv.targets.set")}
          </Button>
        )
      }
    >
      {list.error ? <QueryError error={list.error} /> : null}
      <Table<Target>
        size="small"
        rowKey="id"
        loading={list.isPending}
        pagination={false}
        scroll={{ x: "max-content" }}
        dataSource={list.data ?? []}
        locale={{ emptyText: t("inv.targets.none") }}
        columns={[
          { title: t("inv.lead.ownerUnit"), dataIndex: "unitName" },
          { title: t("inv.targets.m.signedProjects"), dataIndex: "signedProjects", align: "right" },
          {
            title: t("inv.targets.m.signedAmount"),
            dataIndex: "signedAmountYuan",
            align: "right",
            render: (v: string) => <Amount yuan={v} />,
          },
          { title: t("inv.targets.m.largeProjects"), dataIndex: "largeProjects", align: "right" },
          {
            title: t("inv.targets.m.fundsInPlace"),
            dataIndex: "fundsInPlaceYuan",
            align: "right",
            render: (v: string) => <Amount yuan={v} />,
          },
          { title: t("inv.targets.m.startedProjects"), dataIndex: "startedProjects", align: "right" },
          ...(access.leader
            ? [
                {
                  title: t("common.actions"),
                  key: "actions",
                  render: (_: unknown, r: Target) => (
                    <Button
                      type="link"
                      size="small"
                      icon={<EditOutlined />}
                      onClick={() => setEditing(r)}
                      aria-label={t("common.edit")}
                    />
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing && (
        <FormModal<TargetValues>
          title={t("inv.targets.set")}
          form={form}
          onClose={() => setEditing(null)}
          testId="target-modal"
          initialValues={
            current
              ? {
                  unitId: current.unitId,
                  signedProjects: current.signedProjects,
                  signedAmountWan: toWan(current.signedAmountYuan),
                  largeProjects: current.largeProjects,
                  fundsInPlaceWan: toWan(current.fundsInPlaceYuan),
                  startedProjects: current.startedProjects,
                }
              : { signedProjects: 0, largeProjects: 0, startedProjects: 0 }
          }
          onSubmit={async (v) => {
            const existing = current ?? (list.data ?? []).find((x) => x.unitId === v.unitId) ?? null;
            await investmentApi.put("/targets", {
              zoneId,
              unitId: v.unitId,
              year,
              signedProjects: v.signedProjects,
              signedAmountYuan: toYuan(v.signedAmountWan.trim(), "wan"),
              largeProjects: v.largeProjects,
              fundsInPlaceYuan: toYuan(v.fundsInPlaceWan.trim(), "wan"),
              startedProjects: v.startedProjects,
              version: existing?.version ?? null,
            });
            await invalidate();
          }}
        >
          <Form.Item
            name="unitId"
            label={t("inv.lead.ownerUnit")}
            rules={[{ required: true, message: t("common.selectRequired", { field: t("inv.lead.ownerUnit") }) }]}
          >
            <UnitTreeSelect zoneId={zoneId} disabled={Boolean(current)} testId="target-unit" />
          </Form.Item>
          <Form.Item name="signedProjects" label={t("inv.targets.m.signedProjects")} rules={[count]}>
            <InputNumber min={0} max={10000} precision={0} style={{ width: "100%" }} />
          </Form.Item>
          <Form.Item name="signedAmountWan" label={t("inv.targets.m.signedAmount")} rules={[money]}>
            <Input inputMode="decimal" suffix={t("inv.unit.wan")} data-testid="target-amount" />
          </Form.Item>
          <Form.Item name="largeProjects" label={t("inv.targets.m.largeProjects")} rules={[count]}>
            <InputNumber min={0} max={10000} precision={0} style={{ width: "100%" }} />
          </Form.Item>
          <Form.Item name="fundsInPlaceWan" label={t("inv.targets.m.fundsInPlace")} rules={[money]}>
            <Input inputMode="decimal" suffix={t("inv.unit.wan")} />
          </Form.Item>
          <Form.Item name="startedProjects" label={t("inv.targets.m.startedProjects")} rules={[count]}>
            <InputNumber min={0} max={10000} precision={0} style={{ width: "100%" }} />
          </Form.Item>
        </FormModal>
      )}
    </Card>
  );
}
