/**
 * Register a key project or edit its record: identity, owner and lead unit, category and tags, investment
 * and scale (money in 万元, exact), schedule and expected returns, and the "六个一" text fields. A new
 * project may carry this year's planned investment (set right after it is created).
 */
import { shiftDecimal, toYuan } from "@zoneos/core/format";
import { Col, DatePicker, Divider, Form, Input, InputNumber, Row, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../../app/api";
import { useCan, useMe } from "../../../app/auth";
import { changedFields, FormDrawer, mergeLatest } from "../../../ui/FormDrawer";
import { UnitTreeSelect } from "../../platform/units/UnitTreeSelect";
import { ZoneSelect } from "../../platform/ZoneSelect";
import { currentMonth, useProjectLabels } from "../labels";
import { EnterpriseSelect } from "../pickers";
import { useInvalidate } from "../queries";
import type { Project } from "../types";

interface Values {
  zoneId?: string;
  code: string;
  name: string;
  enterpriseId?: string | null;
  leadUnitId?: string | null;
  category?: string;
  constructionType?: string;
  levelTags: string[];
  industryCode?: string;
  totalWan?: string;
  annualPlanWan?: string;
  landMu?: string;
  buildingAreaM2?: string;
  content?: string;
  plannedStartOn?: Dayjs | null;
  plannedCompletionOn?: Dayjs | null;
  outputWan?: string;
  taxWan?: string;
  expectedJobs?: number | null;
  stage?: string;
  leaderName?: string;
  team?: string;
  servicePlan?: string;
}

const WAN = /^\d{1,10}(\.\d{1,6})?$/;
const DECIMAL = /^\d{1,10}(\.\d{1,2})?$/;
const CODE = /^[A-Za-z0-9-]{2,40}$/;

const toWan = (yuan: string | null) => (yuan ? shiftDecimal(yuan, 4, 6).replace(/\.?0+$/, "") : undefined);
const trim = (v: string | null) => (v?.includes(".") ? v.replace(/\.?0+$/, "") : (v ?? undefined));
const blank = (s?: string | null) => (s?.trim() ? s.trim() : null);
const day = (d?: Dayjs | null) => (d ? d.format("YYYY-MM-DD") : null);

function toValues(p: Project): Values {
  return {
    zoneId: p.zoneId,
    code: p.code,
    name: p.name,
    enterpriseId: p.enterpriseId,
    leadUnitId: p.leadUnitId,
    category: p.category,
    constructionType: p.constructionType,
    levelTags: p.levelTags,
    industryCode: p.industryCode ?? undefined,
    totalWan: toWan(p.totalInvestmentYuan),
    landMu: trim(p.landMu),
    buildingAreaM2: trim(p.buildingAreaM2),
    content: p.content ?? undefined,
    plannedStartOn: p.plannedStartOn ? dayjs(p.plannedStartOn) : null,
    plannedCompletionOn: p.plannedCompletionOn ? dayjs(p.plannedCompletionOn) : null,
    outputWan: toWan(p.expectedOutputYuan),
    taxWan: toWan(p.expectedTaxYuan),
    expectedJobs: p.expectedJobs,
    leaderName: p.leaderName ?? undefined,
    team: p.team ?? undefined,
    servicePlan: p.servicePlan ?? undefined,
  };
}

function toBody(v: Values) {
  const wan = (s?: string) => (blank(s) ? toYuan(blank(s) as string, "wan") : null);
  return {
    code: v.code.trim(),
    name: v.name.trim(),
    enterpriseId: v.enterpriseId ?? null,
    leadUnitId: v.leadUnitId ?? null,
    category: v.category,
    constructionType: v.constructionType,
    levelTags: v.levelTags ?? [],
    industryCode: blank(v.industryCode),
    totalInvestmentYuan: wan(v.totalWan) ?? "0",
    landMu: blank(v.landMu),
    buildingAreaM2: blank(v.buildingAreaM2),
    content: blank(v.content),
    plannedStartOn: day(v.plannedStartOn),
    plannedCompletionOn: day(v.plannedCompletionOn),
    expectedOutputYuan: wan(v.outputWan),
    expectedTaxYuan: wan(v.taxWan),
    expectedJobs: v.expectedJobs ?? null,
    leaderName: blank(v.leaderName),
    team: blank(v.team),
    servicePlan: blank(v.servicePlan),
  };
}

export function ProjectDrawer({
  project,
  onClose,
  onCreated,
}: {
  project: Project | null;
  onClose: () => void;
  onCreated?: (p: Project) => void;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const can = useCan();
  const pl = useProjectLabels();
  const invalidate = useInvalidate();
  const [form] = Form.useForm<Values>();
  const [record, setRecord] = useState(project);
  const zoneId = (Form.useWatch("zoneId", form) as string | undefined) ?? project?.zoneId ?? me.zoneId ?? undefined;
  const { year } = currentMonth();

  const required = (label: string) => ({
    required: true,
    whitespace: true,
    message: t("common.required", { field: label }),
  });
  const pick = (label: string) => ({ required: true, message: t("common.selectRequired", { field: label }) });
  const pattern = (re: RegExp, message: string) => ({ pattern: re, message });

  const submit = async (values: Values) => {
    const body = toBody(values);
    if (record) {
      const changes = changedFields(body, toBody(toValues(record)));
      await api.patch<Project>(`/v1/projects/${record.id}`, { ...changes, version: record.version });
      await invalidate("projects");
      return;
    }
    const created = await api.post<Project>("/v1/projects", { ...body, zoneId, stage: values.stage });
    const plan = blank(values.annualPlanWan);
    if (plan) await api.put(`/v1/projects/${created.id}/plans`, { year, plannedYuan: toYuan(plan, "wan") });
    await invalidate("projects");
    onCreated?.(created);
  };

  const reload = async () => {
    if (!record) return;
    const latest = await api.get<Project>(`/v1/projects/${record.id}`);
    setRecord(latest);
    mergeLatest(form, toValues(latest) as unknown as Record<string, unknown>);
  };

  const wanInput = (testId?: string) => (
    <Input inputMode="decimal" suffix={t("projects.unit.wan")} data-testid={testId} />
  );

  return (
    <FormDrawer<Values>
      open
      title={project ? `${t("projects.edit")} · ${project.name}` : t("projects.create")}
      form={form}
      onClose={onClose}
      onSubmit={submit}
      onReload={project ? reload : undefined}
      initialValues={
        project
          ? toValues(project)
          : { zoneId: me.zoneId ?? undefined, levelTags: [], stage: "planning", constructionType: "new" }
      }
      width={720}
      okText={project ? t("common.save") : t("projects.create")}
      successText={project ? t("common.saved") : t("common.created")}
      testId="project-drawer"
    >
      <Divider orientation="left" plain className="prj-divider">
        {t("projects.section.basic")}
      </Divider>
      <Row gutter={16}>
        {!me.zoneId && (
          <Col xs={24}>
            <Form.Item name="zoneId" label={t("projects.field.zone")} rules={[pick(t("projects.field.zone"))]}>
              <ZoneSelect disabled={Boolean(project)} testId="project-zone" />
            </Form.Item>
          </Col>
        )}
        <Col xs={24} sm={16}>
          <Form.Item name="name" label={t("projects.field.name")} rules={[required(t("projects.field.name"))]}>
            <Input maxLength={120} data-testid="project-name" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item
            name="code"
            label={t("projects.field.code")}
            rules={[required(t("projects.field.code")), pattern(CODE, t("projects.validation.code"))]}
          >
            <Input maxLength={40} className="mono" data-testid="project-code" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="category" label={t("projects.field.category")} rules={[pick(t("projects.field.category"))]}>
            <Select options={pl.categoryOptions} data-testid="project-category" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="constructionType"
            label={t("projects.field.constructionType")}
            rules={[pick(t("projects.field.constructionType"))]}
          >
            <Select options={pl.constructionTypeOptions} data-testid="project-construction" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="levelTags" label={t("projects.field.levelTags")}>
            <Select mode="multiple" options={pl.levelOptions} allowClear data-testid="project-levels" />
          </Form.Item>
        </Col>
        {!project && (
          <Col xs={24} sm={12}>
            <Form.Item name="stage" label={t("projects.field.initialStage")} tooltip={t("projects.initialStageHelp")}>
              <Select options={pl.createStageOptions} data-testid="project-stage" />
            </Form.Item>
          </Col>
        )}
        <Col xs={24} sm={12}>
          <Form.Item name="enterpriseId" label={t("projects.field.enterprise")}>
            <EnterpriseSelect
              zoneId={zoneId}
              currentName={record?.enterpriseName}
              disabled={!can("enterprises:read")}
              testId="project-enterprise"
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="leadUnitId" label={t("projects.field.leadUnit")}>
            <UnitTreeSelect
              zoneId={zoneId}
              placeholder={t("projects.leadUnitPlaceholder")}
              testId="project-lead-unit"
            />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name="content" label={t("projects.field.content")}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
          </Form.Item>
        </Col>
      </Row>

      <Divider orientation="left" plain className="prj-divider">
        {t("projects.section.investment")}
      </Divider>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item
            name="totalWan"
            label={t("projects.field.totalInvestment")}
            extra={t("projects.tierHelp")}
            rules={[required(t("projects.field.totalInvestment")), pattern(WAN, t("projects.validation.money"))]}
          >
            {wanInput("project-total")}
          </Form.Item>
        </Col>
        {!project && (
          <Col xs={24} sm={12}>
            <Form.Item
              name="annualPlanWan"
              label={t("projects.field.annualPlanOf", { year })}
              rules={[pattern(WAN, t("projects.validation.money"))]}
            >
              {wanInput("project-annual-plan")}
            </Form.Item>
          </Col>
        )}
        <Col xs={12} sm={6}>
          <Form.Item
            name="landMu"
            label={t("projects.field.landMu")}
            rules={[pattern(DECIMAL, t("projects.validation.decimal"))]}
          >
            <Input inputMode="decimal" suffix={t("projects.unit.mu")} />
          </Form.Item>
        </Col>
        <Col xs={12} sm={6}>
          <Form.Item
            name="buildingAreaM2"
            label={t("projects.field.buildingArea")}
            rules={[pattern(DECIMAL, t("projects.validation.decimal"))]}
          >
            <Input inputMode="decimal" suffix="m²" />
          </Form.Item>
        </Col>
        <Col xs={12} sm={6}>
          <Form.Item
            name="industryCode"
            label={t("projects.field.industryCode")}
            rules={[pattern(/^\d{4}$/, t("projects.validation.industry"))]}
          >
            <Input maxLength={4} inputMode="numeric" className="mono" />
          </Form.Item>
        </Col>
      </Row>

      <Divider orientation="left" plain className="prj-divider">
        {t("projects.section.schedule")}
      </Divider>
      <Row gutter={16}>
        <Col xs={12}>
          <Form.Item name="plannedStartOn" label={t("projects.field.plannedStartOn")}>
            <DatePicker style={{ width: "100%" }} data-testid="project-planned-start" />
          </Form.Item>
        </Col>
        <Col xs={12}>
          <Form.Item
            name="plannedCompletionOn"
            label={t("projects.field.plannedCompletionOn")}
            dependencies={["plannedStartOn"]}
            rules={[
              ({ getFieldValue }) => ({
                validator: async (_r, v?: Dayjs | null) => {
                  const start = getFieldValue("plannedStartOn") as Dayjs | null | undefined;
                  if (v && start && v.isBefore(start, "day")) throw new Error(t("projects.validation.endBeforeStart"));
                },
              }),
            ]}
          >
            <DatePicker style={{ width: "100%" }} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item
            name="outputWan"
            label={t("projects.field.expectedOutput")}
            rules={[pattern(WAN, t("projects.validation.money"))]}
          >
            {wanInput()}
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item
            name="taxWan"
            label={t("projects.field.expectedTax")}
            rules={[pattern(WAN, t("projects.validation.money"))]}
          >
            {wanInput()}
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item name="expectedJobs" label={t("projects.field.expectedJobs")}>
            <InputNumber min={0} max={1_000_000} precision={0} style={{ width: "100%" }} />
          </Form.Item>
        </Col>
      </Row>

      <Divider orientation="left" plain className="prj-divider">
        {t("projects.section.responsibility")}
      </Divider>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item name="leaderName" label={t("projects.field.leaderName")}>
            <Input maxLength={30} data-testid="project-leader" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="team" label={t("projects.field.team")}>
            <Input maxLength={500} placeholder={t("projects.teamPlaceholder")} />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name="servicePlan" label={t("projects.field.servicePlan")}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
          </Form.Item>
        </Col>
      </Row>
    </FormDrawer>
  );
}
