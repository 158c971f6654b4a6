/**
 * 履约 of one contract: promised against delivered — investment to date (from the project's monthly
 * investment), start and production dates (from its lifecycle), and output, tax and jobs (entered per year
 * until the statistics module supplies them) — with the reasons it is behind.
 */
import { toYuan } from "@zoneos/core/format";
import { Alert, Button, Form, Input, InputNumber, Progress, Select, Table, Tag } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { QueryError } from "../../../ui/ErrorResult";
import { FormModal } from "../../../ui/FormModal";
import { DateText } from "../../../ui/format";
import { useInvLabels } from "../labels";
import { Amount, Pct, recentYears } from "../parts";
import { investmentApi, useFulfilment, useInvalidate } from "../queries";

export function FulfilmentPanel({ contractId, writable }: { contractId: string; writable: boolean }) {
  const { t } = useTranslation();
  const il = useInvLabels();
  const f = useFulfilment(contractId);
  const [entering, setEntering] = useState(false);
  if (f.error) return <QueryError error={f.error} />;
  if (!f.data) return null;
  const d = f.data;
  const rows = [
    {
      key: "investment",
      what: t("inv.fulfilment.investmentToDate"),
      promised: <Amount yuan={d.promised.toDateYuan} />,
      actual: <Amount yuan={d.actual.investmentYuan} />,
      note: (
        <Progress
          percent={Math.min(100, d.fundsInPlacePct ?? 0)}
          size="small"
          status={d.behind.includes("investmentBehind") ? "exception" : "normal"}
          format={() => <Pct value={d.fundsInPlacePct} />}
          style={{ minWidth: 140 }}
        />
      ),
    },
    {
      key: "total",
      what: t("inv.fulfilment.contracted"),
      promised: <Amount yuan={d.promised.investmentYuan} />,
      actual: <Amount yuan={d.actual.investmentYuan} />,
      note: null,
    },
    {
      key: "start",
      what: t("inv.fulfilment.start"),
      promised: <DateText value={d.promised.startOn} />,
      actual: <DateText value={d.actual.startedOn} />,
      note: d.behind.includes("startOverdue") ? <Tag color="red">{il.behind("startOverdue")}</Tag> : null,
    },
    {
      key: "production",
      what: t("inv.fulfilment.production"),
      promised: <DateText value={d.promised.productionOn} />,
      actual: <DateText value={d.actual.productionOn} />,
      note: d.behind.includes("productionOverdue") ? <Tag color="red">{il.behind("productionOverdue")}</Tag> : null,
    },
    {
      key: "output",
      what: t("inv.fulfilment.output"),
      promised: <Amount yuan={d.promised.outputYuan} />,
      actual: <Amount yuan={d.actual.outputYuan} />,
      note: d.behind.includes("outputBehind") ? <Tag color="red">{il.behind("outputBehind")}</Tag> : null,
    },
    {
      key: "tax",
      what: t("inv.fulfilment.tax"),
      promised: <Amount yuan={d.promised.taxYuan} />,
      actual: <Amount yuan={d.actual.taxYuan} />,
      note: d.behind.includes("taxBehind") ? <Tag color="red">{il.behind("taxBehind")}</Tag> : null,
    },
    {
      key: "jobs",
      what: t("inv.fulfilment.jobs"),
      promised: d.promised.jobs ?? "—",
      actual: d.actual.jobs ?? "—",
      note: d.behind.includes("jobsBehind") ? <Tag color="red">{il.behind("jobsBehind")}</Tag> : null,
    },
  ];
  return (
    <div data-testid="fulfilment-panel">
      <Alert
        type={d.behind.length > 0 ? "warning" : d.fulfilling ? "success" : "info"}
        showIcon
        style={{ marginBottom: 8 }}
        message={
          d.behind.length > 0
            ? t("inv.fulfilment.behind", { reasons: d.behind.map((r) => il.behind(r)).join("、") })
            : d.fulfilling
              ? t("inv.fulfilment.fulfilling")
              : t("inv.fulfilment.notYet")
        }
        description={
          <span className="small">
            {t("inv.fulfilment.asOf")} <DateText value={d.asOf} />
            {d.actual.year ? ` · ${t("inv.fulfilment.actualYear", { year: d.actual.year })}` : ""}
          </span>
        }
      />
      <Table
        size="small"
        pagination={false}
        scroll={{ x: "max-content" }}
        dataSource={rows}
        columns={[
          { title: "", dataIndex: "what", key: "what" },
          { title: t("inv.fulfilment.promised"), dataIndex: "promised", key: "promised", align: "right" },
          { title: t("inv.fulfilment.actual"), dataIndex: "actual", key: "actual", align: "right" },
          { title: "", dataIndex: "note", key: "note" },
        ]}
      />
      {writable && (
        <Button size="small" style={{ marginTop: 8 }} onClick={() => setEntering(true)} data-testid="actuals-enter">
          {t("inv.fulfilment.enterActuals")}
        </Button>
      )}
      {entering && <ActualsModal contractId={contractId} onClose={() => setEntering(false)} />}
    </div>
  );
}

interface ActualValues {
  year: number;
  outputWan?: string;
  taxWan?: string;
  jobs?: number | null;
  note?: string;
}

function ActualsModal({ contractId, onClose }: { contractId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const invalidate = useInvalidate();
  const [form] = Form.useForm<ActualValues>();
  const money = { pattern: /^\d{1,8}(\.\d{1,6})?$/, message: t("inv.validation.money") };
  const wan = (s?: string) => (s?.trim() ? toYuan(s.trim(), "wan") : null);
  return (
    <FormModal<ActualValues>
      title={t("inv.fulfilment.enterActuals")}
      form={form}
      onClose={onClose}
      initialValues={{ year: new Date().getFullYear() }}
      onSubmit={async (v) => {
        await investmentApi.put(`/contracts/${contractId}/actuals`, {
          year: v.year,
          outputYuan: wan(v.outputWan),
          taxYuan: wan(v.taxWan),
          jobs: v.jobs ?? null,
          note: v.note?.trim() || null,
        });
        await invalidate();
      }}
    >
      <Form.Item name="year" label={t("inv.year")}>
        <Select options={recentYears().map((y) => ({ value: y, label: String(y) }))} />
      </Form.Item>
      <Form.Item name="outputWan" label={t("inv.fulfilment.output")} rules={[money]}>
        <Input inputMode="decimal" suffix={t("inv.unit.wan")} />
      </Form.Item>
      <Form.Item name="taxWan" label={t("inv.fulfilment.tax")} rules={[money]}>
        <Input inputMode="decimal" suffix={t("inv.unit.wan")} />
      </Form.Item>
      <Form.Item name="jobs" label={t("inv.fulfilment.jobs")}>
        <InputNumber min={0} max={1_000_000} precision={0} style={{ width: "100%" }} />
      </Form.Item>
      <Form.Item name="note" label={t("inv.fulfilment.note")}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
