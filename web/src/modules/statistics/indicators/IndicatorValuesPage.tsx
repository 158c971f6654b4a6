/**
 * 指标数据 (经发局): a zone's year — every indicator's latest value (computed 累计 or the entered figure), its
 * annual target and completion; entering a figure (GDP, 一般公共预算收入, … for a month or a quarter's last
 * month) and setting targets. Expand a row for the entered history.
 */
import { shiftDecimal, toYuan } from "@zoneos/core/format";
import type { IndicatorDefinition } from "@zoneos/core/statistics-indicators";
import { completionPct } from "@zoneos/core/statistics-math";
import { Button, Card, DatePicker, Form, Input, Space, Table, Tag } from "antd";
import type { ColumnsType } from "antd/es/table";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useCan, useMe } from "../../../app/auth";
import { QueryError } from "../../../ui/ErrorResult";
import { FormModal } from "../../../ui/FormModal";
import { DateTimeText, useLocale } from "../../../ui/format";
import { useListParams } from "../../../ui/listParams";
import { Page } from "../../../ui/Page";
import { ZoneSelect } from "../../platform/ZoneSelect";
import { useFigureFormat, useUnitLabel } from "../parts";
import {
  type IndicatorValues,
  reportingMonth,
  statisticsApi,
  useCatalogue,
  useIndicatorValues,
  useInvalidateStatistics,
} from "../queries";
import "../statistics.css";
import "../i18n";

interface Row {
  def: IndicatorDefinition;
  latest: { month: string; value: string } | null;
  target: IndicatorValues["targets"][number] | null;
  entered: IndicatorValues["entered"];
}

/** Entered text in the display unit (万元 for money) → the API's decimal. */
function toApi(unit: string, text: string): string {
  const s = text.trim();
  if (unit !== "yuan") return s;
  const negative = s.startsWith("-");
  const yuan = toYuan(negative ? s.slice(1) : s, "wan");
  return negative ? `-${yuan}` : yuan;
}
function fromApi(unit: string, value: string): string {
  return unit === "yuan" ? shiftDecimal(value, 4, 4).replace(/\.?0+$/, "") : value;
}

export default function IndicatorValuesPage() {
  const { t } = useTranslation();
  const me = useMe();
  const can = useCan();
  const locale = useLocale();
  const fmt = useFigureFormat();
  const { params, update } = useListParams();
  const zoneId = params.zoneId ?? me.zoneId ?? undefined;
  const year = Number(params.year) || new Date().getFullYear();
  const catalogue = useCatalogue();
  const values = useIndicatorValues(zoneId, year);
  const writer = can("statistics:write");
  const [entering, setEntering] = useState<IndicatorDefinition | null>(null);
  const [targeting, setTargeting] = useState<Row | null>(null);
  const name = (d: IndicatorDefinition) => (locale === "zh-CN" ? d.nameZh : d.nameEn);

  const v = values.data;
  const asOf = year === new Date().getFullYear() ? reportingMonth() : `${year}-12`;
  const rows: Row[] = (catalogue.data?.items ?? []).map((def) => {
    const series =
      def.source === "computed"
        ? (v?.computed ?? []).filter((c) => c.indicatorId === def.id)
        : (v?.entered ?? []).filter((c) => c.indicatorId === def.id);
    // The month being reported now is the newest complete one; later months hold only early reports.
    const latest = [...series].filter((c) => c.month <= asOf).sort((a, b) => b.month.localeCompare(a.month))[0] ?? null;
    return {
      def,
      latest: latest ? { month: latest.month, value: latest.value } : null,
      target: v?.targets.find((x) => x.indicatorId === def.id) ?? null,
      entered: (v?.entered ?? []).filter((c) => c.indicatorId === def.id),
    };
  });

  const columns: ColumnsType<Row> = [
    {
      title: t("stat.catalogue.name"),
      key: "name",
      render: (_, r) => (
        <div>
          <b>{name(r.def)}</b>{" "}
          <Tag bordered={false} color={r.def.source === "computed" ? "blue" : "green"}>
            {t(`stat.source.${r.def.source}`)}
          </Tag>
        </div>
      ),
    },
    { title: t("stat.catalogue.period"), key: "period", render: (_, r) => t(`stat.period.${r.def.period}`) },
    {
      title: t("stat.values.latest"),
      key: "latest",
      align: "right",
      render: (_, r) =>
        r.latest ? (
          <div className="nowrap">
            <b className="num">{fmt(r.latest.value, r.def.unit)}</b>
            <div className="muted small">{r.latest.month}</div>
          </div>
        ) : (
          <span className="muted">—</span>
        ),
    },
    {
      title: t("stat.target"),
      key: "target",
      align: "right",
      render: (_, r) => <span className="num nowrap">{r.target ? fmt(r.target.value, r.def.unit) : "—"}</span>,
    },
    {
      title: t("stat.completion"),
      key: "completion",
      align: "right",
      render: (_, r) => {
        const pct = r.def.cumulative && r.latest && r.target ? completionPct(r.latest.value, r.target.value) : null;
        return <span className="num">{pct === null ? "—" : `${pct}%`}</span>;
      },
    },
    {
      title: t("stat.actions"),
      key: "actions",
      render: (_, r) =>
        writer ? (
          <Space size={4}>
            {r.def.source !== "computed" && (
              <Button size="small" onClick={() => setEntering(r.def)} data-testid={`enter-${r.def.id}`}>
                {t("stat.values.enter")}
              </Button>
            )}
            {r.def.targetable && (
              <Button size="small" onClick={() => setTargeting(r)} data-testid={`target-${r.def.id}`}>
                {t("stat.values.setTarget")}
              </Button>
            )}
          </Space>
        ) : null,
    },
  ];

  return (
    <Page
      title={t("stat.values.title")}
      subtitle={t("stat.values.subtitle")}
      testId="indicator-values-page"
      extra={
        <Space wrap>
          {!me.zoneId && (
            <ZoneSelect
              value={zoneId}
              onChange={(z) => update({ zoneId: z })}
              placeholder={t("stat.pickZone")}
              style={{ width: 260 }}
            />
          )}
          <DatePicker
            picker="year"
            allowClear={false}
            value={dayjs(`${year}-01-01`)}
            onChange={(d) => d && update({ year: d.year() })}
            aria-label={t("stat.year")}
          />
        </Space>
      }
    >
      {values.error || catalogue.error ? <QueryError error={values.error ?? catalogue.error} /> : null}
      <Card className="table-card" styles={{ body: { padding: 0 } }}>
        <Table<Row>
          rowKey={(r) => r.def.id}
          columns={columns}
          dataSource={zoneId ? rows : []}
          loading={values.isFetching || catalogue.isPending}
          pagination={false}
          scroll={{ x: "max-content" }}
          expandable={{
            rowExpandable: (r) => r.entered.length > 0,
            expandedRowRender: (r) => (
              <Table
                size="small"
                rowKey="month"
                pagination={false}
                dataSource={[...r.entered].sort((a, b) => b.month.localeCompare(a.month))}
                columns={[
                  { title: t("stat.month"), dataIndex: "month", key: "month" },
                  {
                    title: t("stat.values.value"),
                    key: "value",
                    align: "right",
                    render: (_, e) => <span className="num">{fmt(e.value, r.def.unit)}</span>,
                  },
                  { title: t("stat.values.note"), dataIndex: "note", key: "note", render: (n) => n ?? "" },
                  { title: t("stat.values.enteredBy"), dataIndex: "enteredByName", key: "by", render: (n) => n ?? "—" },
                  { title: t("stat.at"), key: "at", render: (_, e) => <DateTimeText value={e.updatedAt} /> },
                ]}
              />
            ),
          }}
          data-testid="indicator-values-table"
        />
      </Card>
      {entering && zoneId && (
        <EnterModal
          def={entering}
          zoneId={zoneId}
          year={year}
          existing={v?.entered ?? []}
          onClose={() => setEntering(null)}
        />
      )}
      {targeting && zoneId && (
        <TargetModal row={targeting} zoneId={zoneId} year={year} onClose={() => setTargeting(null)} />
      )}
    </Page>
  );
}

/** The unit a figure is typed in: money always in 万元 (toApi converts), the rest as stored. */
function useInputUnit() {
  const { t } = useTranslation();
  const unitLabel = useUnitLabel();
  return (unit: string) => (unit === "yuan" ? t("stat.unit.yuan") : unitLabel(unit));
}

function useValueRules(unit: string) {
  const { t } = useTranslation();
  const pattern = unit === "yuan" ? /^-?\d{1,12}(\.\d{1,4})?$/ : /^-?\d{1,16}(\.\d{1,4})?$/;
  return [{ required: true, pattern, message: t("common.required", { field: t("stat.values.value") }) }];
}

function EnterModal({
  def,
  zoneId,
  year,
  existing,
  onClose,
}: {
  def: IndicatorDefinition;
  zoneId: string;
  year: number;
  existing: IndicatorValues["entered"];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const unitLabel = useInputUnit();
  const invalidate = useInvalidateStatistics();
  const [form] = Form.useForm<{ month: Dayjs; value: string; note?: string }>();
  const rules = useValueRules(def.unit);
  const thisYear = year === new Date().getFullYear();
  const last = dayjs(`${thisYear ? reportingMonth() : `${year}-12`}-01`);
  // A quarterly figure is entered on its quarter's last month.
  const initialMonth = def.period === "quarter" ? last.month(last.month() - ((last.month() + 1) % 3)) : last;
  return (
    <FormModal<{ month: Dayjs; value: string; note?: string }>
      title={t("stat.values.enterTitle", { name: locale === "zh-CN" ? def.nameZh : def.nameEn })}
      form={form}
      onClose={onClose}
      initialValues={{ month: initialMonth }}
      onSubmit={async (v) => {
        const month = v.month.format("YYYY-MM");
        const prior = existing.find((e) => e.indicatorId === def.id && e.month === month);
        await statisticsApi.saveValue({
          zoneId,
          indicatorId: def.id,
          month,
          value: toApi(def.unit, v.value),
          note: v.note?.trim() || null,
          version: prior?.version ?? null,
        });
        await invalidate();
      }}
      testId="enter-modal"
    >
      <Form.Item
        name="month"
        label={t("stat.month")}
        extra={def.period === "quarter" ? t("stat.values.quarterHelp") : undefined}
        rules={[{ required: true }]}
      >
        <DatePicker picker="month" allowClear={false} disabledDate={(d) => d.isAfter(dayjs(), "month")} />
      </Form.Item>
      <Form.Item
        name="value"
        label={`${t("stat.values.value")}${unitLabel(def.unit) ? `（${unitLabel(def.unit)}）` : ""}`}
        extra={def.unit === "percent" ? t("stat.values.percentHelp") : undefined}
        rules={rules}
      >
        <Input inputMode="decimal" style={{ width: 220 }} data-testid="enter-value" />
      </Form.Item>
      <Form.Item name="note" label={t("stat.values.note")}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}

function TargetModal({ row, zoneId, year, onClose }: { row: Row; zoneId: string; year: number; onClose: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const unitLabel = useInputUnit();
  const invalidate = useInvalidateStatistics();
  const [form] = Form.useForm<{ value: string }>();
  const def = row.def;
  return (
    <FormModal<{ value: string }>
      title={t("stat.values.targetTitle", { year, name: locale === "zh-CN" ? def.nameZh : def.nameEn })}
      form={form}
      onClose={onClose}
      initialValues={{ value: row.target ? fromApi(def.unit, row.target.value) : "" }}
      onSubmit={async (v) => {
        await statisticsApi.saveTarget({
          zoneId,
          year,
          indicatorId: def.id,
          value: toApi(def.unit, v.value),
          version: row.target?.version ?? null,
        });
        await invalidate();
      }}
      testId="target-modal"
    >
      <Form.Item
        name="value"
        label={`${t("stat.target")}${unitLabel(def.unit) ? `（${unitLabel(def.unit)}）` : ""}`}
        rules={[{ required: true, pattern: /^\d{1,12}(\.\d{1,4})?$/ }]}
      >
        <Input inputMode="decimal" style={{ width: 220 }} data-testid="target-value" />
      </Form.Item>
    </FormModal>
  );
}
