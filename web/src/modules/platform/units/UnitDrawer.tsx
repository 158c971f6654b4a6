/** Add a unit (at the top or below another) or edit one; an edit names the version it read. */
import type { Unit } from "@zoneos/core/platform-api";
import { Col, Form, Input, InputNumber, Row, Select } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../../app/api";
import { changedFields, FormDrawer, mergeLatest } from "../../../ui/FormDrawer";
import { useLabels } from "../../../ui/labels";
import { useInvalidate } from "../queries";
import { UnitTreeSelect } from "./UnitTreeSelect";

interface Values {
  parentId: string | null;
  name: string;
  kind: string;
  leaderName: string | null;
  phone: string | null;
  sort: number;
}

const toValues = (u: Unit): Values => ({
  parentId: u.parentId,
  name: u.name,
  kind: u.kind,
  leaderName: u.leaderName,
  phone: u.phone,
  sort: u.sort,
});

function clean(v: Values): Values {
  const blank = (s: string | null | undefined) => (s?.trim() ? s.trim() : null);
  return {
    ...v,
    parentId: v.parentId ?? null,
    name: v.name.trim(),
    leaderName: blank(v.leaderName),
    phone: blank(v.phone),
    sort: v.sort ?? 0,
  };
}

interface Props {
  zoneId: string;
  unit: Unit | null;
  parentId: string | null;
  onClose: () => void;
  onSaved: (unit: Unit) => void;
}

export function UnitDrawer({ zoneId, unit, parentId, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const invalidate = useInvalidate();
  const [form] = Form.useForm<Values>();
  const [record, setRecord] = useState(unit);

  const submit = async (values: Values) => {
    const input = clean(values);
    const saved = record
      ? await api.patch<Unit>(`/v1/units/${record.id}`, {
          ...changedFields({ ...input }, toValues(record)),
          version: record.version,
        })
      : await api.post<Unit>("/v1/units", { ...input, zoneId });
    await invalidate("units", "zones");
    onSaved(saved);
  };

  const reload = async () => {
    if (!record) return;
    const list = await api.get<Unit[]>("/v1/units", { zoneId });
    const latest = list.find((u) => u.id === record.id);
    if (!latest) return;
    setRecord(latest);
    mergeLatest(form, toValues(latest) as unknown as Record<string, unknown>);
  };

  return (
    <FormDrawer<Values>
      open
      title={unit ? `${t("units.edit")} · ${unit.name}` : t("units.create")}
      form={form}
      onClose={onClose}
      onSubmit={submit}
      onReload={reload}
      initialValues={unit ? toValues(unit) : { parentId, sort: 0, kind: parentId ? "bureau" : "committee" }}
      successText={unit ? t("common.saved") : t("common.created")}
      testId="unit-drawer"
    >
      <Row gutter={16}>
        <Col xs={24}>
          <Form.Item name="parentId" label={labels.field("parentId")}>
            <UnitTreeSelect
              zoneId={zoneId}
              exclude={unit?.id}
              placeholder={t("units.rootParent")}
              testId="unit-parent"
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={16}>
          <Form.Item
            name="name"
            label={labels.field("name")}
            rules={[
              { required: true, whitespace: true, message: t("common.required", { field: labels.field("name") }) },
            ]}
          >
            <Input maxLength={60} data-testid="unit-name" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item
            name="kind"
            label={labels.field("kind")}
            rules={[{ required: true, message: t("common.selectRequired", { field: labels.field("kind") }) }]}
          >
            <Select options={labels.unitKindOptions} data-testid="unit-kind" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="leaderName" label={labels.field("leaderName")}>
            <Input maxLength={30} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="phone" label={labels.field("phone")}>
            <Input maxLength={30} inputMode="tel" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="sort" label={labels.field("sort")}>
            <InputNumber min={0} max={9999} precision={0} style={{ width: "100%" }} />
          </Form.Item>
        </Col>
      </Row>
    </FormDrawer>
  );
}
