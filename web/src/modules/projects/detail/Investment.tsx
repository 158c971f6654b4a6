/**
 * 投资完成: a year's monthly completed investment against its plan — monthly bars, the 年累计 line and the
 * plan × 序时进度 line (lazy ECharts) with the sentence bulletins use; the month entry form for whoever
 * reports on the project, the year's plan for writers, and the month table (当月 / 年累计 / 开工以来累计).
 */
import { formatMonth, shiftDecimal, toYuan } from "@zoneos/core/format";
import { App, Button, Card, Col, DatePicker, Empty, Form, Input, Row, Select, Space, Table } from "antd";
import type { ColumnsType } from "antd/es/table";
import dayjs, { type Dayjs } from "dayjs";
import { lazy, Suspense, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../../app/api";
import { QueryError } from "../../../ui/ErrorResult";
import { Money } from "../../../ui/format";
import { useIsMobile } from "../../../ui/useIsMobile";
import { currentMonth, useProjectLabels } from "../labels";
import { useInvalidate, useInvestments } from "../queries";
import type { InvestmentMonth, Project } from "../types";

const InvestmentChart = lazy(() => import("./InvestmentChart"));
/** An amount typed in 万元 (exact to the fen), and yuan shown back in 万元 without trailing zeros. */
export const WAN = /^\d{1,10}(\.\d{1,6})?$/;
export const toWan = (yuan: string) => shiftDecimal(yuan, 4, 6).replace(/\.?0+$/, "");

interface Props {
  project: Project;
  writable: boolean;
  canReport: boolean;
}

export function Investment({ project, writable, canReport }: Props) {
  const { t } = useTranslation();
  const pl = useProjectLabels();
  const mobile = useIsMobile();
  const data = useInvestments(project.id);
  const now = currentMonth();
  const years = useMemo(() => {
    const set = new Set<number>([now.year]);
    for (const m of data.data?.months ?? []) set.add(Number(m.month.slice(0, 4)));
    for (const p of data.data?.plans ?? []) set.add(p.year);
    return [...set].sort((a, b) => b - a);
  }, [data.data, now.year]);
  const [year, setYear] = useState(now.year);

  if (data.error) return <QueryError error={data.error} onRetry={() => void data.refetch()} />;
  // The forms take their first values (this year's plan) from the loaded figures.
  if (data.isPending) return <Card size="small" loading />;
  const months = (data.data?.months ?? []).filter((m) => m.month.startsWith(`${year}-`));
  const plan = data.data?.plans.find((p) => p.year === year)?.plannedYuan ?? null;
  const monthNo = year === now.year ? now.month : 12;
  const ytd = months.at(-1)?.ytdYuan ?? "0";
  const a = pl.against(ytd, plan, monthNo);

  return (
    <Space direction="vertical" size={16} style={{ width: "100%" }}>
      <Card
        size="small"
        title={t("projects.investment.chartTitle")}
        data-testid="investment-card"
        extra={
          <Select
            size="small"
            value={year}
            onChange={setYear}
            options={years.map((y) => ({ value: y, label: t("projects.investment.yearOption", { year: y }) }))}
            data-testid="investment-year"
            style={{ width: 110 }}
          />
        }
      >
        <p className="prj-summary" data-testid="investment-summary">
          {a.pct === null
            ? t("projects.investment.summaryNoPlan", { period: a.period, ytd: pl.money(ytd) })
            : t("projects.investment.summary", {
                period: a.period,
                ytd: pl.money(ytd),
                pct: a.pct.toFixed(2),
                against: a.text,
              })}
        </p>
        {months.length === 0 && !plan ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("projects.investment.empty")} />
        ) : (
          <Suspense fallback={<div className="prj-chart-placeholder" aria-busy="true" />}>
            <InvestmentChart
              year={year}
              months={months}
              planYuan={plan}
              lastMonth={year === now.year ? now.month : 12}
              compact={mobile}
            />
          </Suspense>
        )}
      </Card>
      <Row gutter={[16, 16]}>
        {canReport && (
          <Col xs={24} lg={writable ? 12 : 24}>
            <MonthForm project={project} months={data.data?.months ?? []} />
          </Col>
        )}
        {writable && (
          <Col xs={24} lg={canReport ? 12 : 24}>
            <PlanForm project={project} plans={data.data?.plans ?? []} />
          </Col>
        )}
      </Row>
      <MonthTable months={months} />
    </Space>
  );
}

function MonthForm({ project, months }: { project: Project; months: InvestmentMonth[] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const invalidate = useInvalidate();
  const [form] = Form.useForm<{ month: Dayjs; amountWan: string }>();
  const [busy, setBusy] = useState(false);
  const fill = (d: Dayjs | null) => {
    const row = d ? months.find((m) => m.month === d.format("YYYY-MM")) : undefined;
    form.setFieldValue("amountWan", row ? toWan(row.amountYuan) : undefined);
  };
  const submit = async (v: { month: Dayjs; amountWan: string }) => {
    setBusy(true);
    try {
      await api.put(`/v1/projects/${project.id}/investments`, {
        month: v.month.format("YYYY-MM"),
        amountYuan: toYuan(v.amountWan.trim(), "wan"),
      });
      void message.success(t("common.saved"));
      await invalidate("projects");
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card size="small" title={t("projects.investment.record")} data-testid="investment-form">
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ month: dayjs().startOf("month") }}
        className="prj-compact-form"
      >
        <Row gutter={12}>
          <Col xs={12}>
            <Form.Item name="month" label={t("projects.investment.month")} rules={[{ required: true }]}>
              <DatePicker
                picker="month"
                style={{ width: "100%" }}
                disabledDate={(d) => d.isAfter(dayjs(), "month")}
                onChange={fill}
                allowClear={false}
                data-testid="investment-month"
              />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item
              name="amountWan"
              label={t("projects.investment.amount")}
              rules={[
                { required: true, message: t("common.required", { field: t("projects.investment.amount") }) },
                { pattern: WAN, message: t("projects.validation.money") },
              ]}
            >
              <Input inputMode="decimal" suffix={t("projects.unit.wan")} data-testid="investment-amount" />
            </Form.Item>
          </Col>
        </Row>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="investment-save">
          {t("common.save")}
        </Button>
      </Form>
    </Card>
  );
}

function PlanForm({ project, plans }: { project: Project; plans: { year: number; plannedYuan: string }[] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const invalidate = useInvalidate();
  const [form] = Form.useForm<{ year: number; plannedWan: string }>();
  const [busy, setBusy] = useState(false);
  const { year } = currentMonth();
  const fill = (y: number) => {
    const p = plans.find((x) => x.year === y);
    form.setFieldValue("plannedWan", p ? toWan(p.plannedYuan) : undefined);
  };
  const submit = async (v: { year: number; plannedWan: string }) => {
    setBusy(true);
    try {
      await api.put(`/v1/projects/${project.id}/plans`, {
        year: v.year,
        plannedYuan: toYuan(v.plannedWan.trim(), "wan"),
      });
      void message.success(t("common.saved"));
      await invalidate("projects");
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const current = plans.find((p) => p.year === year);
  return (
    <Card size="small" title={t("projects.investment.setPlan")} data-testid="plan-form">
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ year, plannedWan: current ? toWan(current.plannedYuan) : undefined }}
        className="prj-compact-form"
      >
        <Row gutter={12}>
          <Col xs={12}>
            <Form.Item name="year" label={t("projects.investment.year")} rules={[{ required: true }]}>
              <Select
                options={[year - 1, year, year + 1].map((y) => ({
                  value: y,
                  label: t("projects.investment.yearOption", { year: y }),
                }))}
                onChange={fill}
              />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item
              name="plannedWan"
              label={t("projects.investment.planned")}
              rules={[
                { required: true, message: t("common.required", { field: t("projects.investment.planned") }) },
                { pattern: WAN, message: t("projects.validation.money") },
              ]}
            >
              <Input inputMode="decimal" suffix={t("projects.unit.wan")} data-testid="plan-amount" />
            </Form.Item>
          </Col>
        </Row>
        <Button htmlType="submit" loading={busy} data-testid="plan-save">
          {t("common.save")}
        </Button>
      </Form>
    </Card>
  );
}

function MonthTable({ months }: { months: InvestmentMonth[] }) {
  const { t } = useTranslation();
  const pl = useProjectLabels();
  const columns: ColumnsType<InvestmentMonth> = [
    {
      title: t("projects.investment.month"),
      dataIndex: "month",
      key: "month",
      render: (v: string) => <span className="nowrap">{formatMonth(v, pl.locale)}</span>,
    },
    {
      title: t("projects.investment.amount"),
      dataIndex: "amountYuan",
      key: "amount",
      align: "right",
      render: (v: string) => <Money yuan={v} />,
    },
    {
      title: t("projects.investment.ytd"),
      dataIndex: "ytdYuan",
      key: "ytd",
      align: "right",
      render: (v: string) => <Money yuan={v} />,
    },
    {
      title: t("projects.investment.sinceStart"),
      dataIndex: "sinceStartYuan",
      key: "sinceStart",
      align: "right",
      render: (v: string) => <Money yuan={v} />,
    },
  ];
  return (
    <Card size="small" title={t("projects.investment.months")}>
      <Table<InvestmentMonth>
        rowKey="month"
        size="small"
        columns={columns}
        dataSource={[...months].reverse()}
        pagination={false}
        scroll={{ x: "max-content" }}
        locale={{ emptyText: t("projects.investment.empty") }}
        data-testid="investment-table"
      />
    </Card>
  );
}
