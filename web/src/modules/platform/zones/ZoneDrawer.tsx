/** Create or edit a zone; an edit sends only the changed fields and the version it read. */
import type { Zone, ZoneInput } from "@zoneos/core/platform-api";
import { Col, DatePicker, Form, Input, Row, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../../app/api";
import { changedFields, FormDrawer, mergeLatest } from "../../../ui/FormDrawer";
import { useLabels } from "../../../ui/labels";
import { useInvalidate } from "../queries";
import { RegionCascader } from "./RegionCascader";

interface Values {
  name: string;
  shortName: string;
  kind: string;
  level: string;
  regionCode: string;
  plannedAreaKm2?: string | null;
  builtAreaKm2?: string | null;
  leadingIndustries: string[];
  approvedOn?: Dayjs | null;
  upgradedOn?: Dayjs | null;
}

const DECIMAL = /^\d{1,12}(\.\d{1,4})?$/;

/** "8.7000" (NUMERIC scale 4) → "8.7" for editing. */
const trimDecimal = (v: string | null) => (v?.includes(".") ? v.replace(/\.?0+$/, "") : v);

function toValues(z: Zone): Values {
  return {
    name: z.name,
    shortName: z.shortName,
    kind: z.kind,
    level: z.level,
    regionCode: z.regionCode,
    plannedAreaKm2: trimDecimal(z.plannedAreaKm2),
    builtAreaKm2: trimDecimal(z.builtAreaKm2),
    leadingIndustries: z.leadingIndustries,
    approvedOn: z.approvedOn ? dayjs(z.approvedOn) : null,
    upgradedOn: z.upgradedOn ? dayjs(z.upgradedOn) : null,
  };
}

function toInput(v: Values): ZoneInput {
  const blank = (s?: string | null) => (s?.trim() ? s.trim() : null);
  return {
    name: v.name.trim(),
    shortName: v.shortName.trim(),
    kind: v.kind as ZoneInput["kind"],
    level: v.level as ZoneInput["level"],
    regionCode: v.regionCode,
    plannedAreaKm2: blank(v.plannedAreaKm2),
    builtAreaKm2: blank(v.builtAreaKm2),
    leadingIndustries: (v.leadingIndustries ?? []).map((s) => s.trim()).filter(Boolean),
    approvedOn: v.approvedOn ? v.approvedOn.format("YYYY-MM-DD") : null,
    upgradedOn: v.upgradedOn ? v.upgradedOn.format("YYYY-MM-DD") : null,
  };
}

export function ZoneDrawer({ zone, onClose }: { zone: Zone | null; onClose: () => void }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const invalidate = useInvalidate();
  const [form] = Form.useForm<Values>();
  const [record, setRecord] = useState(zone);
  const required = (field: string) => ({
    required: true,
    whitespace: true,
    message: t("common.required", { field: labels.field(field) }),
  });
  const selectRequired = (field: string) => ({
    required: true,
    message: t("common.selectRequired", { field: labels.field(field) }),
  });
  const area = { pattern: DECIMAL, message: t("zones.areaInvalid") };

  const submit = async (values: Values) => {
    const input = toInput(values);
    if (record) {
      const changes = changedFields(input, toInput(toValues(record)));
      await api.patch<Zone>(`/v1/zones/${record.id}`, { ...changes, version: record.version });
    } else {
      await api.post<Zone>("/v1/zones", input);
    }
    await invalidate("zones", "me");
  };

  const reload = async () => {
    if (!record) return;
    const latest = await api.get<Zone>(`/v1/zones/${record.id}`);
    setRecord(latest);
    mergeLatest(form, toValues(latest) as unknown as Record<string, unknown>);
  };

  return (
    <FormDrawer<Values>
      open
      title={zone ? `${t("zones.edit")} · ${zone.name}` : t("zones.create")}
      form={form}
      onClose={onClose}
      onSubmit={submit}
      onReload={reload}
      initialValues={zone ? toValues(zone) : { leadingIndustries: [] }}
      successText={zone ? t("common.saved") : t("common.created")}
      width={640}
      testId="zone-drawer"
    >
      <Row gutter={16}>
        <Col xs={24}>
          <Form.Item name="name" label={labels.field("name")} rules={[required("name"), { max: 100 }]}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="shortName" label={labels.field("shortName")} rules={[required("shortName"), { max: 30 }]}>
            <Input maxLength={30} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="regionCode" label={labels.field("regionCode")} rules={[selectRequired("regionCode")]}>
            <RegionCascader placeholder={t("zones.regionPlaceholder")} allowClear={false} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="kind" label={labels.field("kind")} rules={[selectRequired("kind")]}>
            <Select options={labels.zoneKindOptions} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="level" label={labels.field("level")} rules={[selectRequired("level")]}>
            <Select options={labels.zoneLevelOptions} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="plannedAreaKm2" label={labels.field("plannedAreaKm2")} rules={[area]}>
            <Input inputMode="decimal" suffix={t("zones.areaUnit")} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="builtAreaKm2" label={labels.field("builtAreaKm2")} rules={[area]}>
            <Input inputMode="decimal" suffix={t("zones.areaUnit")} />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name="leadingIndustries" label={labels.field("leadingIndustries")}>
            <Select
              mode="tags"
              open={false}
              tokenSeparators={[",", "，", "、"]}
              placeholder={t("zones.industriesPlaceholder")}
              maxCount={12}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="approvedOn" label={labels.field("approvedOn")}>
            <DatePicker style={{ width: "100%" }} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="upgradedOn" label={labels.field("upgradedOn")}>
            <DatePicker style={{ width: "100%" }} />
          </Form.Item>
        </Col>
      </Row>
    </FormDrawer>
  );
}
