/**
 * Record or edit an agreement: framework, formal or supplementary (which names the contract it amends); its
 * amount and investment schedule (分期到位), promised start and production dates, output, tax, jobs and land,
 * the incentives granted and the clawback clauses. A first framework or formal contract signs the lead;
 * the server refuses it without a passed landing review.
 */
import { MinusCircleOutlined, PlusOutlined } from "@ant-design/icons";
import { shiftDecimal, toYuan } from "@zoneos/core/format";
import type { Contract, Lead } from "@zoneos/core/investment-api";
import { Button, Col, DatePicker, Form, Input, InputNumber, Row, Select, Space } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { api } from "../../../app/api";
import { changedFields, FormDrawer } from "../../../ui/FormDrawer";
import { useInvLabels } from "../labels";
import { useInvalidate } from "../queries";

interface Values {
  kind: "framework" | "formal" | "supplementary";
  parentContractId?: string | null;
  code?: string;
  title: string;
  signedOn: Dayjs;
  amountWan: string;
  schedule?: { dueOn?: Dayjs; amountWan?: string }[];
  promisedStartOn?: Dayjs | null;
  promisedProductionOn?: Dayjs | null;
  outputWan?: string;
  taxWan?: string;
  promisedJobs?: number | null;
  landMu?: string;
  incentives?: { kind?: string; description?: string; amountWan?: string }[];
  clawback?: string;
  investorSignatory?: string;
  ourSignatory?: string;
  notes?: string;
}

const WAN = /^\d{1,8}(\.\d{1,6})?$/;
const MU = /^\d{1,6}(\.\d{1,2})?$/;
const blank = (s?: string | null) => (s?.trim() ? s.trim() : null);
const wan = (s?: string | null) => (s?.trim() ? toYuan(s.trim(), "wan") : null);
const toWan = (y: string | null | undefined) => (y == null ? undefined : shiftDecimal(y, 4, 6).replace(/\.?0+$/, ""));
const day = (d?: Dayjs | null) => (d ? d.format("YYYY-MM-DD") : null);
const dj = (s: string | null) => (s ? dayjs(s) : null);

function toValues(c: Contract): Values {
  return {
    kind: c.kind,
    parentContractId: c.parentContractId,
    code: c.code ?? undefined,
    title: c.title,
    signedOn: dayjs(c.signedOn),
    amountWan: toWan(c.amountYuan) ?? "",
    schedule: c.schedule.map((s) => ({ dueOn: dayjs(s.dueOn), amountWan: toWan(s.amountYuan) })),
    promisedStartOn: dj(c.promisedStartOn),
    promisedProductionOn: dj(c.promisedProductionOn),
    outputWan: toWan(c.promisedOutputYuan),
    taxWan: toWan(c.promisedTaxYuan),
    promisedJobs: c.promisedJobs,
    landMu: c.landMu ?? undefined,
    incentives: c.incentives.map((i) => ({ kind: i.kind, description: i.description, amountWan: toWan(i.amountYuan) })),
    clawback: c.clawback ?? undefined,
    investorSignatory: c.investorSignatory ?? undefined,
    ourSignatory: c.ourSignatory ?? undefined,
    notes: c.notes ?? undefined,
  };
}

function toBody(v: Values) {
  return {
    parentContractId: v.kind === "supplementary" ? (v.parentContractId ?? null) : null,
    code: blank(v.code),
    title: v.title.trim(),
    signedOn: day(v.signedOn) as string,
    amountYuan: wan(v.amountWan) ?? "0",
    schedule: (v.schedule ?? [])
      .filter((s) => s.dueOn && s.amountWan?.trim())
      .map((s) => ({ dueOn: day(s.dueOn) as string, amountYuan: wan(s.amountWan) as string })),
    promisedStartOn: day(v.promisedStartOn),
    promisedProductionOn: day(v.promisedProductionOn),
    promisedOutputYuan: wan(v.outputWan),
    promisedTaxYuan: wan(v.taxWan),
    promisedJobs: v.promisedJobs ?? null,
    landMu: blank(v.landMu),
    incentives: (v.incentives ?? [])
      .filter((i) => i.kind && i.description?.trim())
      .map((i) => ({ kind: i.kind, description: (i.description as string).trim(), amountYuan: wan(i.amountWan) })),
    clawback: blank(v.clawback),
    investorSignatory: blank(v.investorSignatory),
    ourSignatory: blank(v.ourSignatory),
    notes: blank(v.notes),
  };
}

export function ContractDrawer({
  lead,
  contract,
  contracts = [],
  onClose,
}: {
  lead: Lead;
  contract: Contract | null;
  /** The lead's contracts, for a supplementary agreement's parent. */
  contracts?: Contract[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const il = useInvLabels();
  const invalidate = useInvalidate();
  const [form] = Form.useForm<Values>();
  const kind = (Form.useWatch("kind", form) as Values["kind"] | undefined) ?? contract?.kind ?? "formal";
  const required = (label: string) => ({
    required: true,
    whitespace: true,
    message: t("common.required", { field: label }),
  });
  const pick = (label: string) => ({ required: true, message: t("common.selectRequired", { field: label }) });
  const money = { pattern: WAN, message: t("inv.validation.money") };
  const wanInput = (testId?: string) => <Input inputMode="decimal" suffix={t("inv.unit.wan")} data-testid={testId} />;
  const parents = contracts.filter((c) => c.kind !== "supplementary" && c.id !== contract?.id);
  const hasMain = contracts.some((c) => c.kind !== "supplementary");

  return (
    <FormDrawer<Values>
      open
      title={contract ? t("inv.contract.edit") : t("inv.contract.create")}
      form={form}
      width={720}
      onClose={onClose}
      testId="contract-drawer"
      initialValues={
        contract
          ? toValues(contract)
          : {
              kind: hasMain ? "supplementary" : "formal",
              title: `${lead.projectName}${t("inv.contract.titleSuffix")}`,
              signedOn: dayjs(),
              amountWan: toWan(lead.intendedInvestmentYuan),
              landMu: lead.landMu ?? undefined,
              outputWan: toWan(lead.expectedOutputYuan),
              taxWan: toWan(lead.expectedTaxYuan),
              promisedJobs: lead.expectedJobs,
              schedule: [],
              incentives: [],
            }
      }
      onSubmit={async (v) => {
        const body = toBody(v);
        if (contract) {
          const changes = changedFields(body, toBody(toValues(contract)));
          await api.patch(`/v1/investment/contracts/${contract.id}`, { ...changes, version: contract.version });
        } else {
          await api.post("/v1/investment/contracts", { ...body, leadId: lead.id, kind: v.kind });
        }
        await invalidate();
      }}
    >
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item name="kind" label={t("inv.contract.kind")} rules={[pick(t("inv.contract.kind"))]}>
            <Select options={il.contractKindOptions} disabled={Boolean(contract)} data-testid="contract-kind" />
          </Form.Item>
        </Col>
        {kind === "supplementary" && (
          <Col xs={24} sm={12}>
            <Form.Item
              name="parentContractId"
              label={t("inv.contract.parent")}
              rules={[pick(t("inv.contract.parent"))]}
            >
              <Select options={parents.map((p) => ({ value: p.id, label: p.title }))} />
            </Form.Item>
          </Col>
        )}
      </Row>
      <Row gutter={16}>
        <Col xs={24} sm={16}>
          <Form.Item name="title" label={t("inv.contract.title")} rules={[required(t("inv.contract.title"))]}>
            <Input maxLength={120} data-testid="contract-title" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item name="code" label={t("inv.contract.code")}>
            <Input maxLength={40} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="signedOn" label={t("inv.contract.signedOn")} rules={[pick(t("inv.contract.signedOn"))]}>
            <DatePicker style={{ width: "100%" }} data-testid="contract-signed-on" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="amountWan"
            label={t("inv.contract.amount")}
            rules={[required(t("inv.contract.amount")), money]}
          >
            {wanInput("contract-amount")}
          </Form.Item>
        </Col>
      </Row>
      <Form.List name="schedule">
        {(fields, { add, remove }) => (
          <Form.Item label={t("inv.contract.schedule")} extra={t("inv.contract.scheduleHelp")}>
            {fields.map((f) => (
              <Space key={f.key} align="baseline" wrap style={{ display: "flex", marginBottom: 4 }}>
                <Form.Item name={[f.name, "dueOn"]} noStyle>
                  <DatePicker placeholder={t("inv.contract.dueOn")} />
                </Form.Item>
                <Form.Item name={[f.name, "amountWan"]} noStyle rules={[money]}>
                  <Input inputMode="decimal" suffix={t("inv.unit.wan")} style={{ width: 170 }} />
                </Form.Item>
                <MinusCircleOutlined onClick={() => remove(f.name)} aria-label={t("common.delete")} />
              </Space>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} disabled={fields.length >= 40}>
              {t("inv.contract.addInstalment")}
            </Button>
          </Form.Item>
        )}
      </Form.List>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item name="promisedStartOn" label={t("inv.contract.promisedStart")}>
            <DatePicker style={{ width: "100%" }} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="promisedProductionOn"
            label={t("inv.contract.promisedProduction")}
            dependencies={["promisedStartOn"]}
            rules={[
              ({ getFieldValue }) => ({
                validator: async (_r, v?: Dayjs | null) => {
                  const s = getFieldValue("promisedStartOn") as Dayjs | null | undefined;
                  if (v && s && v.isBefore(s, "day")) throw new Error(t("inv.validation.productionBeforeStart"));
                },
              }),
            ]}
          >
            <DatePicker style={{ width: "100%" }} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="outputWan" label={t("inv.contract.promisedOutput")} rules={[money]}>
            {wanInput()}
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="taxWan" label={t("inv.contract.promisedTax")} rules={[money]}>
            {wanInput()}
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="promisedJobs" label={t("inv.contract.promisedJobs")}>
            <InputNumber min={0} max={1_000_000} precision={0} style={{ width: "100%" }} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="landMu"
            label={t("inv.contract.land")}
            rules={[{ pattern: MU, message: t("inv.validation.mu") }]}
          >
            <Input inputMode="decimal" suffix={t("inv.unit.mu")} />
          </Form.Item>
        </Col>
      </Row>
      <Form.List name="incentives">
        {(fields, { add, remove }) => (
          <Form.Item label={t("inv.contract.incentives")}>
            {fields.map((f) => (
              <Space key={f.key} align="baseline" wrap style={{ display: "flex", marginBottom: 4 }}>
                <Form.Item name={[f.name, "kind"]} noStyle>
                  <Select options={il.incentiveOptions} style={{ width: 100 }} />
                </Form.Item>
                <Form.Item name={[f.name, "description"]} noStyle>
                  <Input placeholder={t("inv.contract.incentiveWhat")} style={{ width: 220 }} maxLength={200} />
                </Form.Item>
                <Form.Item name={[f.name, "amountWan"]} noStyle rules={[money]}>
                  <Input inputMode="decimal" suffix={t("inv.unit.wan")} style={{ width: 150 }} />
                </Form.Item>
                <MinusCircleOutlined onClick={() => remove(f.name)} aria-label={t("common.delete")} />
              </Space>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({ kind: "subsidy" })}
              disabled={fields.length >= 20}
            >
              {t("inv.contract.addIncentive")}
            </Button>
          </Form.Item>
        )}
      </Form.List>
      <Form.Item name="clawback" label={t("inv.contract.clawback")} extra={t("inv.contract.clawbackHelp")}>
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item name="investorSignatory" label={t("inv.contract.investorSignatory")}>
            <Input maxLength={60} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="ourSignatory" label={t("inv.contract.ourSignatory")}>
            <Input maxLength={60} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="notes" label={t("inv.contract.notes")}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </FormDrawer>
  );
}
