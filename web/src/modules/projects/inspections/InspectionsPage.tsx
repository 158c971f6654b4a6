/**
 * 点评观摩: the zone's 一季一点评 and 半年一观摩 — kind, date, criteria and whether judges are still scoring —
 * and opening a new one with its weighted criteria (templates per kind, editable).
 */
import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, DatePicker, Form, Input, InputNumber, Select, Space, Table, Tag } from "antd";
import type { ColumnsType } from "antd/es/table";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router-dom";
import { api } from "../../../app/api";
import { useCan, useMe } from "../../../app/auth";
import { FormModal } from "../../../ui/FormModal";
import { DateText } from "../../../ui/format";
import { useListParams } from "../../../ui/listParams";
import { Page } from "../../../ui/Page";
import { TableCard } from "../../../ui/TablePage";
import { type Inspection, type InspectionKind, useInspections, useRefreshRankings } from "../rankings/queries";
import { useZoneFilter } from "../zoneFilter";
import "../projects.css";
import "../supervision.css";
import "../i18n";
import "../supervision-i18n";

type CriterionKey = "progress" | "investment" | "quality" | "service" | "innovation" | "site";
const TEMPLATES: Record<InspectionKind, { key: CriterionKey; weight: number }[]> = {
  quarterly: [
    { key: "progress", weight: 40 },
    { key: "investment", weight: 30 },
    { key: "quality", weight: 15 },
    { key: "service", weight: 15 },
  ],
  halfYear: [
    { key: "progress", weight: 30 },
    { key: "investment", weight: 25 },
    { key: "innovation", weight: 15 },
    { key: "quality", weight: 15 },
    { key: "site", weight: 15 },
  ],
};

interface Values {
  kind: InspectionKind;
  title: string;
  heldOn: Dayjs;
  criteria: { name: string; weight: number }[];
}

export function StatusTag({ status }: { status: Inspection["status"] }) {
  const { t } = useTranslation();
  return <Tag color={status === "open" ? "processing" : "default"}>{t(`inspections.statuses.${status}`)}</Tag>;
}

function CreateModal({ zoneId, onClose }: { zoneId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const refresh = useRefreshRankings();
  const [form] = Form.useForm<Values>();
  const criteria = Form.useWatch("criteria", form) as Values["criteria"] | undefined;
  const sum = (criteria ?? []).reduce((s, c) => s + (Number(c?.weight) || 0), 0);
  const template = (kind: InspectionKind) =>
    TEMPLATES[kind].map((c) => ({ name: t(`inspections.defaultCriteria.${c.key}`), weight: c.weight }));

  return (
    <FormModal<Values>
      title={t("inspections.create")}
      form={form}
      onClose={onClose}
      width={640}
      successText={t("common.created")}
      initialValues={{ kind: "quarterly", heldOn: dayjs(), criteria: template("quarterly") }}
      onSubmit={async (v) => {
        const created = await api.post<Inspection>("/v1/inspections", {
          zoneId,
          kind: v.kind,
          title: v.title,
          heldOn: v.heldOn.format("YYYY-MM-DD"),
          // Keys only need to be unique within the inspection; the names are what judges read.
          criteria: v.criteria.map((c, i) => ({ key: `c${i + 1}`, name: c.name, weight: c.weight })),
        });
        await refresh();
        navigate(`/inspections/${created.id}`);
      }}
      testId="inspection-form"
    >
      <Space wrap size={[16, 0]} style={{ width: "100%" }}>
        <Form.Item name="kind" label={t("inspections.kind")} rules={[{ required: true }]}>
          <Select
            style={{ width: 160 }}
            onChange={(k: InspectionKind) => form.setFieldValue("criteria", template(k))}
            options={(["quarterly", "halfYear"] as const).map((k) => ({
              value: k,
              label: t(`inspections.kinds.${k}`),
            }))}
            data-testid="inspection-kind"
          />
        </Form.Item>
        <Form.Item name="heldOn" label={t("inspections.heldOn")} rules={[{ required: true }]}>
          <DatePicker allowClear={false} />
        </Form.Item>
      </Space>
      <Form.Item
        name="title"
        label={t("inspections.name")}
        rules={[{ required: true, whitespace: true, message: t("common.required", { field: t("inspections.name") }) }]}
      >
        <Input maxLength={120} data-testid="inspection-title" />
      </Form.Item>
      <div style={{ marginBottom: 8 }}>
        {t("inspections.criteria")}{" "}
        <Tag color={sum === 100 ? "green" : "red"} data-testid="criteria-sum">
          {t("inspections.criteriaSum", { sum })}
        </Tag>
        <div className="muted small">{t("inspections.criteriaHelp")}</div>
      </div>
      <Form.List
        name="criteria"
        rules={[
          {
            validator: async (_, value: Values["criteria"] | undefined) => {
              const total = (value ?? []).reduce((s, c) => s + (Number(c?.weight) || 0), 0);
              if (total !== 100) throw new Error(t("inspections.criteriaSum", { sum: total }));
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.map((f) => (
              <div key={f.key} className="ins-criteria-row">
                <Form.Item
                  name={[f.name, "name"]}
                  rules={[
                    {
                      required: true,
                      whitespace: true,
                      message: t("common.required", { field: t("inspections.criterion") }),
                    },
                  ]}
                  style={{ flex: 1 }}
                >
                  <Input maxLength={60} placeholder={t("inspections.criterion")} />
                </Form.Item>
                <Form.Item name={[f.name, "weight"]} rules={[{ required: true, message: t("inspections.weight") }]}>
                  <InputNumber
                    min={1}
                    max={100}
                    precision={0}
                    addonAfter={t("inspections.weight")}
                    style={{ width: 140 }}
                  />
                </Form.Item>
                <Button
                  icon={<DeleteOutlined />}
                  onClick={() => remove(f.name)}
                  disabled={fields.length <= 1}
                  aria-label={t("common.delete")}
                />
              </div>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({ name: "", weight: 10 })}
              disabled={fields.length >= 20}
              block
            >
              {t("inspections.addCriterion")}
            </Button>
            <Form.ErrorList errors={errors} />
          </>
        )}
      </Form.List>
    </FormModal>
  );
}

export default function InspectionsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const can = useCan();
  const { params } = useListParams();
  const zoneFilter = useZoneFilter();
  const zoneId = params.zoneId ?? me.zoneId ?? undefined;
  const list = useInspections(params.zoneId);
  const [creating, setCreating] = useState(false);
  const writable = can("projects:write") && me.scope !== "region" && me.scope !== "enterprise";

  const columns: ColumnsType<Inspection> = [
    {
      title: t("inspections.name"),
      dataIndex: "title",
      key: "title",
      render: (v: string, r) => (
        <Link to={`/inspections/${r.id}`} data-testid="inspection-link">
          <b>{v}</b>
        </Link>
      ),
    },
    {
      title: t("inspections.kind"),
      dataIndex: "kind",
      key: "kind",
      render: (k: InspectionKind) => (
        <Tag color={k === "halfYear" ? "purple" : "cyan"} className="nowrap">
          {t(`inspections.kinds.${k}`)}
        </Tag>
      ),
    },
    {
      title: t("inspections.heldOn"),
      dataIndex: "heldOn",
      key: "heldOn",
      render: (v: string) => (
        <span className="nowrap">
          <DateText value={v} />
        </span>
      ),
    },
    {
      title: t("inspections.criteria"),
      key: "criteria",
      render: (_, r) => (
        <span className="muted small">{r.criteria.map((c) => `${c.name} ${c.weight}`).join(" · ")}</span>
      ),
    },
    {
      title: t("inspections.status"),
      dataIndex: "status",
      key: "status",
      render: (s: Inspection["status"]) => <StatusTag status={s} />,
    },
  ];

  return (
    <Page
      title={t("inspections.title")}
      subtitle={t("inspections.subtitle")}
      testId="page-inspections"
      extra={
        writable &&
        zoneId && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="inspection-create"
          >
            {t("inspections.create")}
          </Button>
        )
      }
    >
      <TableCard error={list.error} onRetry={() => void list.refetch()} filters={zoneFilter}>
        <Table<Inspection>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={list.data ?? []}
          loading={list.isFetching}
          pagination={false}
          scroll={{ x: "max-content" }}
          locale={{ emptyText: t("inspections.empty") }}
          data-testid="inspections-table"
        />
      </TableCard>
      {creating && zoneId && <CreateModal zoneId={zoneId} onClose={() => setCreating(false)} />}
    </Page>
  );
}
