/**
 * Register an enterprise or edit its record. The credit code is checked as it is typed (GB 32100: length,
 * characters, the organisation-code check and the final check character) so the form says what is wrong
 * before it is sent; the server checks the same. Registered capital is entered in 万元.
 */
import { creditCodeProblem } from "@zoneos/core/credit-code";
import { shiftDecimal, toYuan } from "@zoneos/core/format";
import { Col, DatePicker, Divider, Form, Input, InputNumber, Row, Select } from "antd";
import type { Rule } from "antd/es/form";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../../app/api";
import { useMe } from "../../../app/auth";
import { changedFields, FormDrawer, mergeLatest } from "../../../ui/FormDrawer";
import { useLabels } from "../../../ui/labels";
import { ZoneSelect } from "../../platform/ZoneSelect";
import { useEnterpriseLabels } from "../labels";
import { useInvalidate } from "../queries";
import type { Enterprise } from "../types";
import { IndustryPicker } from "./IndustryPicker";
import { ClusterSelect, LiaisonSelect } from "./pickers";

interface Values {
  zoneId: string;
  creditCode?: string;
  name: string;
  industryCode?: string;
  ownership: string;
  status: string;
  legalRepresentative?: string;
  capitalWan?: string;
  establishedOn?: Dayjs | null;
  address?: string;
  employees?: number | null;
  landMu?: string;
  contactName?: string;
  contactPhone?: string;
  liaisonUserId?: string | null;
  cluster?: string | null;
  rung: string;
}

/** The body fields of POST/PATCH /enterprises this form edits. */
type EnterpriseBody = {
  creditCode: string | null;
  name: string;
  industryCode: string;
  ownership: string;
  status: string;
  legalRepresentative: string | null;
  registeredCapitalYuan: string | null;
  establishedOn: string | null;
  address: string | null;
  employees: number | null;
  landMu: string | null;
  contactName: string | null;
  contactPhone: string | null;
  liaisonUserId: string | null;
  cluster: string | null;
  rung: string;
};

const CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WAN = /^\d{1,10}(\.\d{1,6})?$/;
const MU = /^\d{1,9}(\.\d{1,2})?$/;
const PHONE = /^[\d\s()+-]{7,20}$/;

/** "5000000.00" yuan → "500" 万元 for editing. */
const toWan = (yuan: string | null) => (yuan ? shiftDecimal(yuan, 4, 6).replace(/\.?0+$/, "") : undefined);
const trimDecimal = (v: string | null) => (v?.includes(".") ? v.replace(/\.?0+$/, "") : (v ?? undefined));

function toValues(e: Enterprise): Values {
  return {
    zoneId: e.zoneId,
    creditCode: e.creditCode ?? undefined,
    name: e.name,
    industryCode: e.industryCode,
    ownership: e.ownership,
    status: e.status,
    legalRepresentative: e.legalRepresentative ?? undefined,
    capitalWan: toWan(e.registeredCapitalYuan),
    establishedOn: e.establishedOn ? dayjs(e.establishedOn) : null,
    address: e.address ?? undefined,
    employees: e.employees,
    landMu: trimDecimal(e.landMu),
    contactName: e.contactName ?? undefined,
    contactPhone: e.contactPhone ?? undefined,
    liaisonUserId: e.liaisonUserId,
    cluster: e.cluster,
    rung: e.rung,
  };
}

function toInput(v: Values): EnterpriseBody {
  const blank = (s?: string | null) => (s?.trim() ? s.trim() : null);
  const capital = blank(v.capitalWan);
  return {
    creditCode: blank(v.creditCode)?.toUpperCase() ?? null,
    name: v.name.trim(),
    industryCode: v.industryCode ?? "",
    ownership: v.ownership,
    status: v.status,
    legalRepresentative: blank(v.legalRepresentative),
    registeredCapitalYuan: capital ? toYuan(capital, "wan") : null,
    establishedOn: v.establishedOn ? v.establishedOn.format("YYYY-MM-DD") : null,
    address: blank(v.address),
    employees: v.employees ?? null,
    landMu: blank(v.landMu),
    contactName: blank(v.contactName),
    contactPhone: blank(v.contactPhone),
    liaisonUserId: v.liaisonUserId ?? null,
    cluster: v.cluster ?? null,
    rung: v.rung,
  };
}

/** The live credit-code rule: empty only for an individual business, otherwise GB 32100 with the reason. */
export function useCreditCodeRule(optional: () => boolean): Rule {
  const { t } = useTranslation();
  const labels = useLabels();
  return {
    validator: async (_rule, raw?: string) => {
      const code = (raw ?? "").trim().toUpperCase();
      if (!code) {
        if (optional()) return;
        throw new Error(t("common.required", { field: labels.field("creditCode") }));
      }
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

export function EnterpriseDrawer({
  enterprise,
  onClose,
  onCreated,
}: {
  enterprise: Enterprise | null;
  onClose: () => void;
  onCreated?: (e: Enterprise) => void;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const labels = useLabels();
  const el = useEnterpriseLabels();
  const invalidate = useInvalidate();
  const [form] = Form.useForm<Values>();
  const [record, setRecord] = useState(enterprise);
  // The zone field shows only for users of several zones; otherwise it is the record's or the user's zone.
  const zoneId = (Form.useWatch("zoneId", form) as string | undefined) ?? enterprise?.zoneId ?? me.zoneId ?? undefined;
  const creditCode = Form.useWatch("creditCode", form);
  const creditRule = useCreditCodeRule(() => form.getFieldValue("rung") === "individual");
  const editing = Boolean(enterprise);

  const required = (field: string, label = labels.field(field)) => ({
    required: true,
    whitespace: true,
    message: t("common.required", { field: label }),
  });
  const selectRequired = (field: string, label = labels.field(field)) => ({
    required: true,
    message: t("common.selectRequired", { field: label }),
  });
  const codeOk = Boolean(creditCode?.trim()) && creditCodeProblem(creditCode ?? "") === null;

  const submit = async (values: Values) => {
    const input = toInput(values);
    if (record) {
      const changes = changedFields(input, toInput(toValues(record)));
      await api.patch<Enterprise>(`/v1/enterprises/${record.id}`, { ...changes, version: record.version });
      await invalidate("enterprises", "chains", "cultivation");
    } else {
      const created = await api.post<Enterprise>("/v1/enterprises", { ...input, zoneId });
      await invalidate("enterprises", "cultivation");
      onCreated?.(created);
    }
  };

  const reload = async () => {
    if (!record) return;
    const latest = await api.get<Enterprise>(`/v1/enterprises/${record.id}`);
    setRecord(latest);
    mergeLatest(form, toValues(latest) as unknown as Record<string, unknown>);
  };

  return (
    <FormDrawer<Values>
      open
      title={enterprise ? `${t("enterprises.edit")} · ${enterprise.name}` : t("enterprises.create")}
      form={form}
      onClose={onClose}
      onSubmit={submit}
      onReload={reload}
      initialValues={
        enterprise
          ? toValues(enterprise)
          : { zoneId: me.zoneId ?? undefined, ownership: "private", status: "operating", rung: "enterprise" }
      }
      successText={enterprise ? t("common.saved") : t("common.created")}
      width={720}
      testId="enterprise-drawer"
    >
      <Row gutter={16}>
        {!editing && !me.zoneId && (
          <Col xs={24}>
            <Form.Item name="zoneId" label={labels.field("zoneId")} rules={[selectRequired("zoneId")]}>
              <ZoneSelect
                onChange={() => form.setFieldsValue({ liaisonUserId: null, cluster: null })}
                testId="enterprise-zone"
              />
            </Form.Item>
          </Col>
        )}
        <Col xs={24}>
          <Form.Item
            name="name"
            label={t("enterprises.name")}
            rules={[required("name", t("enterprises.name")), { max: 100 }]}
          >
            <Input maxLength={100} data-testid="enterprise-name" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="creditCode"
            label={labels.field("creditCode")}
            rules={[creditRule]}
            validateTrigger={["onChange", "onBlur"]}
            dependencies={["rung"]}
            getValueFromEvent={(e: React.ChangeEvent<HTMLInputElement>) =>
              e.target.value.toUpperCase().replace(/\s+/g, "")
            }
            hasFeedback={codeOk}
            extra={
              codeOk ? (
                <span className="ok-text">{t("enterprises.creditCodeOk")}</span>
              ) : (
                t("enterprises.creditCodeHelp")
              )
            }
          >
            <Input
              maxLength={24}
              autoComplete="off"
              spellCheck={false}
              className="mono"
              data-testid="enterprise-credit-code"
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="industryCode"
            label={labels.field("industryCode")}
            rules={[selectRequired("industryCode")]}
            extra={t("enterprises.industryHelp")}
          >
            <IndustryPicker initialLabel={enterprise?.industryName} testId="enterprise-industry" />
          </Form.Item>
        </Col>
        <Col xs={12} sm={8}>
          <Form.Item name="ownership" label={labels.field("ownership")} rules={[selectRequired("ownership")]}>
            <Select options={el.ownershipOptions} popupMatchSelectWidth={false} />
          </Form.Item>
        </Col>
        <Col xs={12} sm={8}>
          <Form.Item name="status" label={labels.field("status")} rules={[selectRequired("status")]}>
            <Select options={el.statusOptions} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item name="rung" label={labels.field("rung")} rules={[selectRequired("rung")]}>
            <Select
              options={el.rungOptions}
              disabled={editing}
              data-testid="enterprise-rung"
              onChange={() => void form.validateFields(["creditCode"]).catch(() => undefined)}
            />
          </Form.Item>
        </Col>
        {editing && (
          <Col xs={24} style={{ marginTop: -16, marginBottom: 8 }}>
            <span className="muted small">{t("enterprises.rungEditHint")}</span>
          </Col>
        )}

        <Col xs={24}>
          <Divider orientation="left" orientationMargin={0} plain>
            {t("enterprises.sectionRegistration")}
          </Divider>
        </Col>
        <Col xs={12} sm={8}>
          <Form.Item name="legalRepresentative" label={labels.field("legalRepresentative")} rules={[{ max: 30 }]}>
            <Input maxLength={30} />
          </Form.Item>
        </Col>
        <Col xs={12} sm={8}>
          <Form.Item
            name="capitalWan"
            label={labels.field("registeredCapitalYuan")}
            rules={[{ pattern: WAN, message: t("enterprises.moneyInvalid") }]}
          >
            <Input inputMode="decimal" suffix={t("moneyUnit.wan")} data-testid="enterprise-capital" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item name="establishedOn" label={labels.field("establishedOn")}>
            <DatePicker style={{ width: "100%" }} disabledDate={(d) => d.isAfter(dayjs())} />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name="address" label={labels.field("address")} rules={[{ max: 200 }]}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={12} sm={8}>
          <Form.Item name="employees" label={labels.field("employees")}>
            <InputNumber
              min={0}
              max={1_000_000}
              precision={0}
              style={{ width: "100%" }}
              suffix={t("enterprises.peopleUnit")}
            />
          </Form.Item>
        </Col>
        <Col xs={12} sm={8}>
          <Form.Item
            name="landMu"
            label={labels.field("landMu")}
            rules={[{ pattern: MU, message: t("enterprises.landInvalid") }]}
          >
            <Input inputMode="decimal" suffix={t("enterprises.muUnit")} />
          </Form.Item>
        </Col>

        <Col xs={24}>
          <Divider orientation="left" orientationMargin={0} plain>
            {t("enterprises.sectionContacts")}
          </Divider>
        </Col>
        <Col xs={12} sm={8}>
          <Form.Item name="contactName" label={labels.field("contactName")} rules={[{ max: 30 }]}>
            <Input maxLength={30} />
          </Form.Item>
        </Col>
        <Col xs={12} sm={8}>
          <Form.Item
            name="contactPhone"
            label={labels.field("contactPhone")}
            rules={[{ pattern: PHONE, message: t("enterprises.phoneInvalid") }]}
          >
            <Input inputMode="tel" maxLength={20} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item name="liaisonUserId" label={labels.field("liaisonUserId")}>
            <LiaisonSelect zoneId={zoneId} currentName={enterprise?.liaisonName} testId="enterprise-liaison" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="cluster" label={labels.field("cluster")}>
            <ClusterSelect zoneId={zoneId} testId="enterprise-cluster" />
          </Form.Item>
        </Col>
      </Row>
    </FormDrawer>
  );
}
