/**
 * Enter or edit a lead. While the user types the investor's name or credit code the 撞单 check runs and says
 * which units already pursue that investor; entering it anyway needs an explicit confirmation, and the server
 * records the conflict for the zone's leaders to arbitrate.
 */
import { MinusCircleOutlined, PlusOutlined } from "@ant-design/icons";
import { creditCodeProblem } from "@zoneos/core/credit-code";
import { shiftDecimal, toYuan } from "@zoneos/core/format";
import type { Lead } from "@zoneos/core/investment-api";
import { Alert, Button, Checkbox, Col, DatePicker, Form, Input, InputNumber, Row, Select, Space, Switch } from "antd";
import type { Rule } from "antd/es/form";
import dayjs, { type Dayjs } from "dayjs";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { api, isProblem } from "../../../app/api";
import { useMe } from "../../../app/auth";
import { changedFields, FormDrawer } from "../../../ui/FormDrawer";
import { IndustryPicker } from "../../enterprises/registry/IndustryPicker";
import { UnitTreeSelect } from "../../platform/units/UnitTreeSelect";
import { ZoneSelect } from "../../platform/ZoneSelect";
import "../../enterprises/i18n";
import { useInvLabels } from "../labels";
import { StageTag, useInvAccess } from "../parts";
import { type DuplicateResult, useDuplicates, useInvalidate } from "../queries";
import { ChainNodeSelect } from "./ChainNodeSelect";

interface Values {
  zoneId?: string;
  ownerUnitId?: string | null;
  investorName: string;
  investorForeign: boolean;
  investorCreditCode?: string;
  investorHq?: string;
  investorIndustry?: string;
  investorSize?: string | null;
  investorListed: boolean;
  contacts: { name: string; title?: string; phone?: string }[];
  projectName: string;
  projectContent?: string;
  industryCode?: string | null;
  chainNodeId?: string | null;
  intendedWan: string;
  landMu?: string;
  outputWan?: string;
  taxWan?: string;
  expectedJobs?: number | null;
  expectedEnergyTce?: string;
  source?: string;
  sourceNote?: string;
  firstContactOn?: Dayjs | null;
  acknowledgeDuplicate?: boolean;
}

const WAN = /^\d{1,8}(\.\d{1,6})?$/;
const MU = /^\d{1,6}(\.\d{1,2})?$/;
const DEC = /^\d{1,8}(\.\d{1,4})?$/;
const CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

const blank = (s?: string | null) => (s?.trim() ? s.trim() : null);
const wan = (s?: string | null) => (s?.trim() ? toYuan(s.trim(), "wan") : null);
const toWan = (y: string | null) => (y == null ? undefined : shiftDecimal(y, 4, 6).replace(/\.?0+$/, ""));

function toValues(l: Lead): Values {
  return {
    zoneId: l.zoneId,
    ownerUnitId: l.ownerUnitId,
    investorName: l.investorName,
    investorForeign: l.investorForeign,
    investorCreditCode: l.investorCreditCode ?? undefined,
    investorHq: l.investorHq ?? undefined,
    investorIndustry: l.investorIndustry ?? undefined,
    investorSize: l.investorSize,
    investorListed: l.investorListed,
    contacts: l.contacts.map((c) => ({ name: c.name, title: c.title ?? undefined, phone: c.phone ?? undefined })),
    projectName: l.projectName,
    projectContent: l.projectContent ?? undefined,
    industryCode: l.industryCode,
    chainNodeId: l.chainNodeId,
    intendedWan: toWan(l.intendedInvestmentYuan) ?? "",
    landMu: l.landMu ?? undefined,
    outputWan: toWan(l.expectedOutputYuan),
    taxWan: toWan(l.expectedTaxYuan),
    expectedJobs: l.expectedJobs,
    expectedEnergyTce: l.expectedEnergyTce ?? undefined,
    source: l.source,
    sourceNote: l.sourceNote ?? undefined,
    firstContactOn: l.firstContactOn ? dayjs(l.firstContactOn) : null,
  };
}

function toBody(v: Values) {
  return {
    // Only leaders see the field; otherwise the server keeps (or defaults) the unit.
    ownerUnitId: v.ownerUnitId ?? undefined,
    investorName: v.investorName.trim(),
    investorForeign: Boolean(v.investorForeign),
    investorCreditCode: v.investorForeign ? null : (blank(v.investorCreditCode)?.toUpperCase() ?? null),
    investorHq: blank(v.investorHq),
    investorIndustry: blank(v.investorIndustry),
    investorSize: v.investorSize ?? null,
    investorListed: Boolean(v.investorListed),
    contacts: (v.contacts ?? [])
      .filter((c) => c?.name?.trim())
      .map((c) => ({ name: c.name.trim(), title: blank(c.title), phone: blank(c.phone) })),
    projectName: v.projectName.trim(),
    projectContent: blank(v.projectContent),
    industryCode: v.industryCode ?? null,
    chainNodeId: v.chainNodeId ?? null,
    intendedInvestmentYuan: wan(v.intendedWan) ?? "0",
    landMu: blank(v.landMu),
    expectedOutputYuan: wan(v.outputWan),
    expectedTaxYuan: wan(v.taxWan),
    expectedJobs: v.expectedJobs ?? null,
    expectedEnergyTce: blank(v.expectedEnergyTce),
    source: v.source,
    sourceNote: blank(v.sourceNote),
    firstContactOn: v.firstContactOn ? v.firstContactOn.format("YYYY-MM-DD") : null,
  };
}

/** GB 32100 checked as the user types, with the reason in words (empty is fine: foreign or not yet known). */
function useCreditCodeRule(): Rule {
  const { t } = useTranslation();
  return {
    validator: async (_r, raw?: string) => {
      const code = (raw ?? "").trim().toUpperCase();
      if (!code) return;
      const problem = creditCodeProblem(code);
      if (!problem) return;
      if (problem === "length") throw new Error(t("enterprises.creditCodeProblem.length", { count: code.length }));
      if (problem === "charset") {
        const bad = [...new Set([...code].filter((c) => !CHARSET.includes(c)))].join(" ");
        throw new Error(t("enterprises.creditCodeProblem.charset", { chars: bad }));
      }
      throw new Error(t(`enterprises.creditCodeProblem.${problem}`));
    },
  };
}

/** The value after the user stops typing for a moment, so the 撞单 check does not run on every key. */
function useSettled<T>(value: T, ms = 400): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const id = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(id);
  }, [value, ms]);
  return settled;
}

export function LeadDrawer({
  lead,
  onClose,
  onSaved,
}: {
  lead: Lead | null;
  onClose: () => void;
  onSaved?: (l: Lead) => void;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const il = useInvLabels();
  const access = useInvAccess();
  const invalidate = useInvalidate();
  const [form] = Form.useForm<Values>();
  const creditRule = useCreditCodeRule();
  const [record, setRecord] = useState(lead);
  const zoneId = (Form.useWatch("zoneId", form) as string | undefined) ?? lead?.zoneId ?? me.zoneId ?? undefined;
  const foreign = Form.useWatch("investorForeign", form) as boolean | undefined;
  const name = useSettled(((Form.useWatch("investorName", form) as string | undefined) ?? "").trim());
  const code = useSettled(
    ((Form.useWatch("investorCreditCode", form) as string | undefined) ?? "").trim().toUpperCase(),
  );
  const dupes = useDuplicates({
    zoneId,
    name: name || undefined,
    creditCode: !foreign && code.length === 18 && !creditCodeProblem(code) ? code : undefined,
    excludeLeadId: lead?.id,
  });
  const others = (dupes.data?.matches ?? []).filter((m) => !m.sameUnit);
  const ours = (dupes.data?.matches ?? []).filter((m) => m.sameUnit);
  const [serverDupes, setServerDupes] = useState(false);
  const mustAcknowledge = !lead && (others.length > 0 || serverDupes);

  const required = (label: string) => ({
    required: true,
    whitespace: true,
    message: t("common.required", { field: label }),
  });
  const pick = (label: string) => ({ required: true, message: t("common.selectRequired", { field: label }) });
  const pattern = (re: RegExp, message: string) => ({ pattern: re, message });
  const wanInput = (testId?: string) => <Input inputMode="decimal" suffix={t("inv.unit.wan")} data-testid={testId} />;

  const submit = async (v: Values) => {
    const body = toBody(v);
    let saved: Lead;
    if (record) {
      const changes = changedFields(body, toBody(toValues(record)));
      saved = await api.patch<Lead>(`/v1/investment/leads/${record.id}`, { ...changes, version: record.version });
    } else {
      try {
        saved = await api.post<Lead>("/v1/investment/leads", {
          ...body,
          ownerUnitId: body.ownerUnitId ?? null,
          zoneId,
          acknowledgeDuplicate: Boolean(v.acknowledgeDuplicate),
        });
      } catch (e) {
        if (isProblem(e, 409) && e.code === "leadDuplicate") setServerDupes(true);
        throw e;
      }
    }
    setRecord(saved);
    await invalidate();
    onSaved?.(saved);
  };

  return (
    <FormDrawer<Values>
      open
      title={lead ? t("inv.leads.edit") : t("inv.leads.create")}
      form={form}
      width={720}
      onClose={onClose}
      onSubmit={submit}
      onReload={async () => {
        if (!record) return;
        const latest = await api.get<Lead>(`/v1/investment/leads/${record.id}`);
        setRecord(latest);
      }}
      initialValues={
        lead
          ? toValues(lead)
          : {
              zoneId: me.zoneId ?? undefined,
              investorForeign: false,
              investorListed: false,
              contacts: [],
              source: undefined,
            }
      }
      testId="lead-drawer"
    >
      {!me.zoneId && !lead && (
        <Form.Item name="zoneId" label={t("inv.zone")} rules={[pick(t("inv.zone"))]}>
          <ZoneSelect testId="lead-zone" />
        </Form.Item>
      )}
      <div className="muted small" style={{ marginBottom: 8, fontWeight: 600 }}>
        {t("inv.lead.sectionInvestor")}
      </div>
      <Form.Item name="investorName" label={t("inv.lead.investor")} rules={[required(t("inv.lead.investor"))]}>
        <Input maxLength={120} placeholder={t("inv.lead.investorPlaceholder")} data-testid="lead-investor" />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} sm={16}>
          <Form.Item
            name="investorCreditCode"
            label={t("inv.lead.creditCode")}
            rules={foreign ? [] : [creditRule]}
            extra={foreign ? t("inv.lead.foreignHelp") : t("enterprises.creditCodeHelp")}
            normalize={(v: string) => v?.toUpperCase()}
          >
            <Input maxLength={18} disabled={foreign} className="mono" data-testid="lead-credit-code" />
          </Form.Item>
        </Col>
        <Col xs={12} sm={4}>
          <Form.Item name="investorForeign" label={t("inv.lead.foreign")} valuePropName="checked">
            <Switch data-testid="lead-foreign" />
          </Form.Item>
        </Col>
        <Col xs={12} sm={4}>
          <Form.Item name="investorListed" label={t("inv.lead.listed")} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
      </Row>
      <DuplicateWarning others={others} ours={ours} normalised={dupes.data?.normalisedName ?? null} />
      {mustAcknowledge && (
        <Form.Item
          name="acknowledgeDuplicate"
          valuePropName="checked"
          rules={[
            {
              validator: async (_r, v) => {
                if (!v) throw new Error(t("inv.dup.mustConfirm"));
              },
            },
          ]}
        >
          <Checkbox data-testid="lead-acknowledge">{t("inv.dup.confirm")}</Checkbox>
        </Form.Item>
      )}
      <Row gutter={16}>
        <Col xs={24} sm={8}>
          <Form.Item name="investorHq" label={t("inv.lead.hq")}>
            <Input maxLength={60} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item name="investorIndustry" label={t("inv.lead.investorIndustry")}>
            <Input maxLength={60} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item name="investorSize" label={t("inv.lead.size")}>
            <Select allowClear options={il.sizeOptions} />
          </Form.Item>
        </Col>
      </Row>
      <Form.List name="contacts">
        {(fields, { add, remove }) => (
          <Form.Item label={t("inv.lead.contacts")}>
            {fields.map((f) => (
              <Space key={f.key} align="baseline" wrap style={{ display: "flex", marginBottom: 4 }}>
                <Form.Item name={[f.name, "name"]} rules={[required(t("inv.lead.contactName"))]} noStyle>
                  <Input placeholder={t("inv.lead.contactName")} style={{ width: 120 }} maxLength={30} />
                </Form.Item>
                <Form.Item name={[f.name, "title"]} noStyle>
                  <Input placeholder={t("inv.lead.contactTitle")} style={{ width: 140 }} maxLength={40} />
                </Form.Item>
                <Form.Item
                  name={[f.name, "phone"]}
                  noStyle
                  rules={[pattern(/^[0-9+\-() ]{5,20}$/, t("inv.validation.phone"))]}
                >
                  <Input placeholder={t("inv.lead.contactPhone")} style={{ width: 150 }} maxLength={20} />
                </Form.Item>
                <MinusCircleOutlined onClick={() => remove(f.name)} aria-label={t("common.delete")} />
              </Space>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({ name: "" })}
              disabled={fields.length >= 10}
            >
              {t("inv.lead.addContact")}
            </Button>
          </Form.Item>
        )}
      </Form.List>

      <div className="muted small" style={{ marginBottom: 8, fontWeight: 600 }}>
        {t("inv.lead.sectionProject")}
      </div>
      <Form.Item name="projectName" label={t("inv.lead.project")} rules={[required(t("inv.lead.project"))]}>
        <Input maxLength={120} data-testid="lead-project" />
      </Form.Item>
      <Form.Item name="projectContent" label={t("inv.lead.content")}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item name="source" label={t("inv.lead.source")} rules={[pick(t("inv.lead.source"))]}>
            <Select options={il.sourceOptions} data-testid="lead-source" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="sourceNote" label={t("inv.lead.sourceNote")}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="industryCode" label={t("inv.lead.industry")}>
            <IndustryPicker initialLabel={lead?.industryName} />
          </Form.Item>
        </Col>
        {zoneId && (
          <Col xs={24} sm={12}>
            <Form.Item name="chainNodeId" label={t("inv.lead.chainNode")}>
              <ChainNodeSelect zoneId={zoneId} />
            </Form.Item>
          </Col>
        )}
        <Col xs={24} sm={12}>
          <Form.Item name="firstContactOn" label={t("inv.lead.firstContact")}>
            <DatePicker style={{ width: "100%" }} />
          </Form.Item>
        </Col>
        {access.leader && zoneId && (
          <Col xs={24} sm={12}>
            <Form.Item name="ownerUnitId" label={t("inv.lead.ownerUnit")} extra={t("inv.lead.ownerUnitHelp")}>
              <UnitTreeSelect zoneId={zoneId} testId="lead-unit" />
            </Form.Item>
          </Col>
        )}
      </Row>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item
            name="intendedWan"
            label={t("inv.lead.intended")}
            rules={[required(t("inv.lead.intended")), pattern(WAN, t("inv.validation.money"))]}
          >
            {wanInput("lead-amount")}
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="landMu" label={t("inv.lead.landMu")} rules={[pattern(MU, t("inv.validation.mu"))]}>
            <Input inputMode="decimal" suffix={t("inv.unit.mu")} data-testid="lead-land" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="outputWan" label={t("inv.lead.output")} rules={[pattern(WAN, t("inv.validation.money"))]}>
            {wanInput("lead-output")}
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="taxWan" label={t("inv.lead.tax")} rules={[pattern(WAN, t("inv.validation.money"))]}>
            {wanInput("lead-tax")}
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="expectedJobs" label={t("inv.lead.jobs")}>
            <InputNumber min={0} max={1_000_000} precision={0} style={{ width: "100%" }} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="expectedEnergyTce"
            label={t("inv.lead.energy")}
            rules={[pattern(DEC, t("inv.validation.decimal"))]}
          >
            <Input inputMode="decimal" suffix={t("inv.unit.tce")} data-testid="lead-energy" />
          </Form.Item>
        </Col>
      </Row>
    </FormDrawer>
  );
}

function DuplicateWarning({
  others,
  ours,
  normalised,
}: {
  others: DuplicateResult["matches"];
  ours: DuplicateResult["matches"];
  normalised: string | null;
}) {
  const { t } = useTranslation();
  if (others.length === 0 && ours.length === 0) return null;
  const line = (m: DuplicateResult["matches"][number]) => (
    <li key={`${m.unitId}-${m.since}-${m.leadId ?? ""}`}>
      {t("inv.dup.line", {
        unit: m.unitName,
        by: t(`inv.dup.by.${m.matchedBy}`),
        since: m.since.slice(0, 10),
      })}{" "}
      <StageTag stage={m.stage} />
      {m.investorName && m.leadId ? (
        <a href={`/investment/leads/${m.leadId}`} target="_blank" rel="noreferrer">
          {m.investorName}
        </a>
      ) : null}
    </li>
  );
  return (
    <Alert
      type={others.length > 0 ? "warning" : "info"}
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="lead-duplicate-warning"
      message={others.length > 0 ? t("inv.dup.title") : t("inv.dup.ownTitle")}
      description={
        <div>
          {normalised && <div className="muted small">{t("inv.dup.normalised", { name: normalised })}</div>}
          <ul className="inv-dup-list">{[...others, ...ours].map(line)}</ul>
          {others.length > 0 && <div className="small">{t("inv.dup.explain")}</div>}
        </div>
      }
    />
  );
}
