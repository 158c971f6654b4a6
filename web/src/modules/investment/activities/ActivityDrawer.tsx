/**
 * Log or edit an activity. The form follows the kind: a visit, reception or call names who was met; an
 * outbound trip (外出招商) its destinations, dates and members; a promotion event (推介会) its attendance.
 * Each is linked to leads — about them, investors met on a trip, or leads an event produced.
 */
import { MinusCircleOutlined, PlusOutlined } from "@ant-design/icons";
import type { Activity } from "@zoneos/core/investment-api";
import { Button, Col, DatePicker, Form, Input, InputNumber, Radio, Row, Select, Space } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { api } from "../../../app/api";
import { useMe } from "../../../app/auth";
import { changedFields, FormDrawer } from "../../../ui/FormDrawer";
import { ZoneSelect } from "../../platform/ZoneSelect";
import { type ActivityKind, useInvLabels } from "../labels";
import { useInvalidate } from "../queries";
import { LeadSelect } from "./LeadSelect";

interface Values {
  zoneId?: string;
  kind: ActivityKind;
  title: string;
  startsOn: Dayjs;
  endsOn?: Dayjs | null;
  location?: string;
  destinations?: string[];
  members?: string[];
  counterparts?: string;
  attendees?: number | null;
  summary?: string;
  outcome?: string;
  leads?: { leadId?: string; relation: string }[];
}

const blank = (s?: string | null) => (s?.trim() ? s.trim() : null);
const day = (d?: Dayjs | null) => (d ? d.format("YYYY-MM-DD") : null);
/** The usual relation of a lead to each kind of activity. */
const DEFAULT_RELATION: Record<ActivityKind, string> = {
  visit: "about",
  reception: "about",
  call: "about",
  trip: "met",
  event: "produced",
};

function toValues(a: Activity): Values {
  return {
    zoneId: a.zoneId,
    kind: a.kind,
    title: a.title,
    startsOn: dayjs(a.startsOn),
    endsOn: a.endsOn ? dayjs(a.endsOn) : null,
    location: a.location ?? undefined,
    destinations: a.destinations,
    members: a.members,
    counterparts: a.counterparts ?? undefined,
    attendees: a.attendees,
    summary: a.summary ?? undefined,
    outcome: a.outcome ?? undefined,
    leads: a.leads.map((l) => ({ leadId: l.leadId, relation: l.relation })),
  };
}

function toBody(v: Values) {
  const multiDay = v.kind === "trip" || v.kind === "event";
  return {
    kind: v.kind,
    title: v.title.trim(),
    startsOn: day(v.startsOn) as string,
    endsOn: multiDay ? day(v.endsOn) : null,
    location: blank(v.location),
    destinations: v.kind === "trip" ? (v.destinations ?? []).map((d) => d.trim()).filter(Boolean) : [],
    members: (v.members ?? []).map((m) => m.trim()).filter(Boolean),
    counterparts: blank(v.counterparts),
    attendees: v.kind === "event" ? (v.attendees ?? null) : null,
    summary: blank(v.summary),
    outcome: blank(v.outcome),
    leads: (v.leads ?? []).filter((l) => l.leadId).map((l) => ({ leadId: l.leadId as string, relation: l.relation })),
  };
}

export function ActivityDrawer({
  activity,
  preset,
  onClose,
}: {
  activity: Activity | null;
  /** A new activity's kind and lead (logged from a lead's page). */
  preset?: { kind?: ActivityKind; leadId?: string; leadLabel?: string };
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const il = useInvLabels();
  const invalidate = useInvalidate();
  const [form] = Form.useForm<Values>();
  const kind = (Form.useWatch("kind", form) as ActivityKind | undefined) ?? activity?.kind ?? preset?.kind ?? "visit";
  const zoneId = (Form.useWatch("zoneId", form) as string | undefined) ?? activity?.zoneId ?? me.zoneId ?? undefined;
  const known = Object.fromEntries([
    ...(activity?.leads ?? []).map((l) => [l.leadId, `${l.investorName} · ${l.projectName}`]),
    ...(preset?.leadId && preset.leadLabel ? [[preset.leadId, preset.leadLabel]] : []),
  ]);
  const required = (label: string) => ({
    required: true,
    whitespace: true,
    message: t("common.required", { field: label }),
  });
  const pick = (label: string) => ({ required: true, message: t("common.selectRequired", { field: label }) });

  const initialKind = preset?.kind ?? "visit";
  const initial: Partial<Values> = activity
    ? toValues(activity)
    : {
        zoneId: me.zoneId ?? undefined,
        kind: initialKind,
        startsOn: dayjs(),
        members: [me.name],
        leads: preset?.leadId ? [{ leadId: preset.leadId, relation: DEFAULT_RELATION[initialKind] }] : [],
      };

  return (
    <FormDrawer<Values>
      open
      title={activity ? t("inv.activity.edit") : t("inv.activity.create")}
      form={form}
      width={640}
      onClose={onClose}
      initialValues={initial}
      testId="activity-drawer"
      onSubmit={async (v) => {
        const body = toBody(v);
        if (activity) {
          const changes = changedFields(body, toBody(toValues(activity)));
          await api.patch(`/v1/investment/activities/${activity.id}`, { ...changes, version: activity.version });
        } else {
          await api.post("/v1/investment/activities", { ...body, zoneId });
        }
        await invalidate();
      }}
    >
      {!me.zoneId && !activity && (
        <Form.Item name="zoneId" label={t("inv.zone")} rules={[pick(t("inv.zone"))]}>
          <ZoneSelect />
        </Form.Item>
      )}
      <Form.Item name="kind" label={t("inv.activity.kind")} rules={[pick(t("inv.activity.kind"))]}>
        <Radio.Group
          optionType="button"
          options={il.kindOptions}
          disabled={Boolean(activity)}
          data-testid="activity-kind"
        />
      </Form.Item>
      <Form.Item name="title" label={t("inv.activity.title")} rules={[required(t("inv.activity.title"))]}>
        <Input maxLength={120} placeholder={t(`inv.activity.titlePlaceholder.${kind}`)} data-testid="activity-title" />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item name="startsOn" label={t("inv.activity.startsOn")} rules={[pick(t("inv.activity.startsOn"))]}>
            <DatePicker style={{ width: "100%" }} data-testid="activity-starts" />
          </Form.Item>
        </Col>
        {(kind === "trip" || kind === "event") && (
          <Col xs={24} sm={12}>
            <Form.Item
              name="endsOn"
              label={t("inv.activity.endsOn")}
              dependencies={["startsOn"]}
              rules={[
                ({ getFieldValue }) => ({
                  validator: async (_r, v?: Dayjs | null) => {
                    const start = getFieldValue("startsOn") as Dayjs | undefined;
                    if (v && start && v.isBefore(start, "day")) throw new Error(t("inv.validation.endBeforeStart"));
                  },
                }),
              ]}
            >
              <DatePicker style={{ width: "100%" }} data-testid="activity-ends" />
            </Form.Item>
          </Col>
        )}
      </Row>
      {kind === "trip" ? (
        <Form.Item
          name="destinations"
          label={t("inv.activity.destinations")}
          rules={[{ required: true, message: t("common.required", { field: t("inv.activity.destinations") }) }]}
          extra={t("inv.activity.tagsHelp")}
        >
          <Select mode="tags" open={false} tokenSeparators={[",", "，", "、"]} data-testid="activity-destinations" />
        </Form.Item>
      ) : (
        <Form.Item name="location" label={t("inv.activity.location")}>
          <Input maxLength={120} />
        </Form.Item>
      )}
      <Form.Item
        name="members"
        label={kind === "trip" ? t("inv.activity.tripMembers") : t("inv.activity.members")}
        extra={t("inv.activity.tagsHelp")}
      >
        <Select mode="tags" open={false} tokenSeparators={[",", "，", "、"]} data-testid="activity-members" />
      </Form.Item>
      <Form.Item
        name="counterparts"
        label={kind === "event" ? t("inv.activity.guests") : t("inv.activity.counterparts")}
      >
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
      {kind === "event" && (
        <Form.Item name="attendees" label={t("inv.activity.attendees")}>
          <InputNumber min={0} max={100000} precision={0} style={{ width: "100%" }} data-testid="activity-attendees" />
        </Form.Item>
      )}
      <Form.Item name="summary" label={t("inv.activity.summary")}>
        <Input.TextArea rows={3} maxLength={2000} data-testid="activity-summary" />
      </Form.Item>
      <Form.Item name="outcome" label={t("inv.activity.outcome")}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <Form.List name="leads">
        {(fields, { add, remove }) => (
          <Form.Item
            label={
              kind === "trip"
                ? t("inv.activity.leadsMet")
                : kind === "event"
                  ? t("inv.activity.leadsProduced")
                  : t("inv.activity.leads")
            }
          >
            {fields.map((f) => (
              <Space key={f.key} align="baseline" style={{ display: "flex", marginBottom: 4 }} wrap>
                <Form.Item name={[f.name, "leadId"]} noStyle>
                  <LeadSelect zoneId={zoneId} known={known} testId="activity-lead" />
                </Form.Item>
                <Form.Item name={[f.name, "relation"]} noStyle>
                  <Select options={il.relationOptions} style={{ width: 120 }} />
                </Form.Item>
                <MinusCircleOutlined onClick={() => remove(f.name)} aria-label={t("common.delete")} />
              </Space>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({ relation: DEFAULT_RELATION[kind] })}
              data-testid="activity-add-lead"
            >
              {t("inv.activity.addLead")}
            </Button>
          </Form.Item>
        )}
      </Form.List>
    </FormDrawer>
  );
}
