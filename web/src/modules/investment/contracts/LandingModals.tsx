/**
 * 注册落地: register the investor's company in the enterprise registry (or link one already there); 转项目:
 * create the key project from the signed contract's figures. Both go through the server's landing actions,
 * which call the enterprises and projects services.
 */
import { creditCodeProblem } from "@zoneos/core/credit-code";
import { toYuan } from "@zoneos/core/format";
import type { Lead } from "@zoneos/core/investment-api";
import { DatePicker, Form, Input, Segmented, Select } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormModal } from "../../../ui/FormModal";
import { IndustryPicker } from "../../enterprises/registry/IndustryPicker";
import { useProjectLabels } from "../../projects/labels";
import { EnterpriseSelect } from "../../projects/pickers";
import "../../enterprises/i18n";
import "../../projects/i18n";
import { useInvAccess } from "../parts";
import { investmentApi, useInvalidate } from "../queries";

interface RegisterValues {
  enterpriseId?: string | null;
  name?: string;
  creditCode?: string;
  industryCode?: string;
  registeredOn?: Dayjs | null;
  address?: string;
  legalRepresentative?: string;
  capitalWan?: string;
}

const blank = (s?: string | null) => (s?.trim() ? s.trim() : undefined);

export function RegisterModal({ lead, onClose }: { lead: Lead; onClose: () => void }) {
  const { t } = useTranslation();
  const invalidate = useInvalidate();
  const [form] = Form.useForm<RegisterValues>();
  const access = useInvAccess();
  // Without the registry's write right the officer links the company a registry clerk has entered.
  const [mode, setMode] = useState<"new" | "link">(access.registerNew ? "new" : "link");
  return (
    <FormModal<RegisterValues>
      title={t("inv.landing.registerTitle")}
      form={form}
      onClose={onClose}
      width={600}
      testId="register-modal"
      initialValues={{
        name: lead.investorName,
        creditCode: lead.investorCreditCode ?? undefined,
        industryCode: lead.industryCode?.length === 4 ? lead.industryCode : undefined,
      }}
      onSubmit={async (v) => {
        const body =
          mode === "link"
            ? { enterpriseId: v.enterpriseId, enterprise: null, version: lead.version }
            : {
                enterpriseId: null,
                enterprise: {
                  name: blank(v.name),
                  creditCode: blank(v.creditCode)?.toUpperCase(),
                  industryCode: v.industryCode,
                  registeredOn: v.registeredOn ? v.registeredOn.format("YYYY-MM-DD") : undefined,
                  address: blank(v.address) ?? null,
                  legalRepresentative: blank(v.legalRepresentative) ?? null,
                  registeredCapitalYuan: blank(v.capitalWan) ? toYuan(v.capitalWan as string, "wan") : null,
                },
                version: lead.version,
              };
        await investmentApi.post(`/leads/${lead.id}/register`, body);
        await invalidate();
      }}
    >
      <Segmented
        block
        value={mode}
        onChange={(m) => setMode(m as "new" | "link")}
        options={[
          { value: "new", label: t("inv.landing.newEnterprise"), disabled: !access.registerNew },
          { value: "link", label: t("inv.landing.linkEnterprise") },
        ]}
        style={{ marginBottom: 16 }}
        data-testid="register-mode"
      />
      {!access.registerNew && (
        <div className="muted small" style={{ marginBottom: 12 }}>
          {t("inv.landing.newNeedsRight")}
        </div>
      )}
      {mode === "link" ? (
        <Form.Item
          name="enterpriseId"
          label={t("inv.lead.enterprise")}
          rules={[{ required: true, message: t("common.selectRequired", { field: t("inv.lead.enterprise") }) }]}
        >
          <EnterpriseSelect zoneId={lead.zoneId} />
        </Form.Item>
      ) : (
        <>
          <Form.Item name="name" label={t("inv.landing.enterpriseName")} rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={120} />
          </Form.Item>
          <Form.Item
            name="creditCode"
            label={t("inv.lead.creditCode")}
            normalize={(v: string) => v?.toUpperCase()}
            rules={[
              { required: true, message: t("common.required", { field: t("inv.lead.creditCode") }) },
              {
                validator: async (_r, v?: string) => {
                  const problem = v ? creditCodeProblem(v) : null;
                  if (problem === "length")
                    throw new Error(t("enterprises.creditCodeProblem.length", { count: v?.length ?? 0 }));
                  if (problem === "charset") throw new Error(t("enterprises.creditCodeProblem.charset", { chars: "" }));
                  if (problem) throw new Error(t(`enterprises.creditCodeProblem.${problem}`));
                },
              },
            ]}
          >
            <Input maxLength={18} className="mono" data-testid="register-credit-code" />
          </Form.Item>
          <Form.Item
            name="industryCode"
            label={t("inv.lead.industry")}
            rules={[{ required: true, message: t("common.selectRequired", { field: t("inv.lead.industry") }) }]}
            extra={t("enterprises.industryHelp")}
          >
            <IndustryPicker initialLabel={lead.industryName} testId="register-industry" />
          </Form.Item>
          <Form.Item name="registeredOn" label={t("inv.landing.registeredOn")}>
            <DatePicker style={{ width: "100%" }} />
          </Form.Item>
          <Form.Item name="legalRepresentative" label={t("inv.landing.legalRepresentative")}>
            <Input maxLength={30} />
          </Form.Item>
          <Form.Item
            name="capitalWan"
            label={t("inv.landing.capital")}
            rules={[{ pattern: /^\d{1,8}(\.\d{1,6})?$/, message: t("inv.validation.money") }]}
          >
            <Input inputMode="decimal" suffix={t("inv.unit.wan")} />
          </Form.Item>
          <Form.Item name="address" label={t("inv.landing.address")}>
            <Input maxLength={200} />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}

interface ConvertValues {
  code: string;
  name?: string;
  category: string;
  constructionType: string;
  plannedCompletionOn?: Dayjs | null;
}

export function ConvertModal({
  lead,
  onClose,
  onConverted,
}: {
  lead: Lead;
  onClose: () => void;
  onConverted: (projectId: string) => void;
}) {
  const { t } = useTranslation();
  const pl = useProjectLabels();
  const invalidate = useInvalidate();
  const [form] = Form.useForm<ConvertValues>();
  return (
    <FormModal<ConvertValues>
      title={t("inv.landing.convertTitle")}
      form={form}
      onClose={onClose}
      width={560}
      testId="convert-modal"
      okText={t("inv.landing.convert")}
      initialValues={{ name: lead.projectName, category: "industry", constructionType: "new" }}
      onSubmit={async (v) => {
        const r = await investmentApi.post<{ projectId: string | null }>(`/leads/${lead.id}/convert`, {
          code: v.code.trim(),
          name: blank(v.name),
          category: v.category,
          constructionType: v.constructionType,
          plannedCompletionOn: v.plannedCompletionOn ? v.plannedCompletionOn.format("YYYY-MM-DD") : null,
          version: lead.version,
        });
        await invalidate();
        if (r.projectId) onConverted(r.projectId);
      }}
    >
      <div className="muted small" style={{ marginBottom: 12 }}>
        {t("inv.landing.convertHelp")}
      </div>
      <Form.Item
        name="code"
        label={t("inv.landing.projectCode")}
        rules={[
          { required: true, whitespace: true, message: t("common.required", { field: t("inv.landing.projectCode") }) },
          { pattern: /^[A-Za-z0-9-]{2,40}$/, message: t("inv.validation.projectCode") },
        ]}
      >
        <Input maxLength={40} className="mono" data-testid="convert-code" />
      </Form.Item>
      <Form.Item name="name" label={t("inv.landing.projectName")}>
        <Input maxLength={120} />
      </Form.Item>
      <Form.Item name="category" label={t("projects.field.category")}>
        <Select options={pl.categoryOptions} />
      </Form.Item>
      <Form.Item name="constructionType" label={t("projects.field.constructionType")}>
        <Select options={pl.constructionTypeOptions} />
      </Form.Item>
      <Form.Item name="plannedCompletionOn" label={t("projects.field.plannedCompletionOn")}>
        <DatePicker style={{ width: "100%" }} />
      </Form.Item>
    </FormModal>
  );
}
