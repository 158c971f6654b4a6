/**
 * 赛区与权重: the zone's scoring weights (five measures summing to 100; defaults until the zone saves its own)
 * and its 赛区 — towns, streets, departments — with the units competing in each. Writers (projects:write of the
 * zone) change them; readers see them.
 */
import { EditOutlined, PlusOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Empty, Form, Input, InputNumber, Select, Space, Table, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { api, isProblem } from "../../../app/api";
import { useCan, useMe } from "../../../app/auth";
import { QueryError } from "../../../ui/ErrorResult";
import { FormModal } from "../../../ui/FormModal";
import { useListParams } from "../../../ui/listParams";
import { Page } from "../../../ui/Page";
import { ProblemAlert } from "../../../ui/ProblemAlert";
import { useUnits } from "../../platform/queries";
import { ZoneSelect } from "../../platform/ZoneSelect";
import { METRICS, MetricHeader } from "./metrics";
import {
  type RaceGroup,
  type RaceGroupKind,
  type RankingWeights,
  useRaceGroups,
  useRankingConfig,
  useRefreshRankings,
} from "./queries";
import "../projects.css";
import "../supervision.css";
import "../i18n";
import "../supervision-i18n";

const KINDS: RaceGroupKind[] = ["town", "street", "department", "other"];
const KIND_COLORS: Record<RaceGroupKind, string> = {
  town: "green",
  street: "blue",
  department: "purple",
  other: "default",
};
/** Core DEFAULT_RANKING_WEIGHTS, repeated so the page chunk carries no zod. */
const DEFAULT_WEIGHTS: RankingWeights = { investment: 40, newStarts: 15, milestones: 15, problems: 15, inspection: 15 };

function WeightsCard({ zoneId, writable }: { zoneId: string; writable: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const config = useRankingConfig(zoneId);
  const refresh = useRefreshRankings();
  const [form] = Form.useForm<RankingWeights>();
  const values = Form.useWatch([], form) as Partial<RankingWeights> | undefined;
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (config.data) form.setFieldsValue(config.data.weights);
  }, [config.data, form]);
  const sum = METRICS.reduce((s, m) => s + (Number(values?.[m]) || 0), 0);

  const save = async () => {
    if (!config.data) return;
    setBusy(true);
    setError(null);
    try {
      await api.put(`/v1/ranking-config?zoneId=${zoneId}`, {
        weights: form.getFieldsValue(),
        version: config.data.version,
      });
      void message.success(t("common.saved"));
      await refresh();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  if (config.error) return <QueryError error={config.error} onRetry={() => void config.refetch()} />;
  return (
    <Card size="small" title={t("raceGroups.weights")} loading={config.isPending} data-testid="weights-card">
      <Typography.Paragraph type="secondary" className="small">
        {t("raceGroups.weightsHelp")}
      </Typography.Paragraph>
      <ProblemAlert
        error={error}
        details={isProblem(error) ? error.errors.map((e) => e.message) : undefined}
        onRetry={isProblem(error) && error.isConflict ? () => void config.refetch() : undefined}
        style={{ marginBottom: 12 }}
      />
      <Form form={form} layout="vertical" disabled={!writable}>
        <Space wrap size={[16, 0]} align="end">
          {METRICS.map((m) => (
            <Form.Item key={m} name={m} label={<MetricHeader metric={m} />}>
              <InputNumber min={0} max={100} precision={0} style={{ width: 110 }} data-testid={`weight-${m}`} />
            </Form.Item>
          ))}
          <Form.Item label=" ">
            <Tag color={sum === 100 ? "green" : "red"} data-testid="weights-sum">
              {t("raceGroups.weightsSum", { sum })}
              {sum !== 100 && ` · ${t("raceGroups.weightsMustBe100")}`}
            </Tag>
          </Form.Item>
        </Space>
      </Form>
      <div className="muted small" style={{ marginBottom: 8 }} data-testid="weights-version">
        {config.data?.isDefault ? t("raceGroups.defaults") : t("raceGroups.version", { version: config.data?.version })}
      </div>
      {writable && (
        <Space wrap>
          <Button
            type="primary"
            loading={busy}
            disabled={sum !== 100}
            onClick={() => void save()}
            data-testid="weights-save"
          >
            {t("common.save")}
          </Button>
          <Button onClick={() => form.setFieldsValue(DEFAULT_WEIGHTS)}>{t("raceGroups.restoreDefaults")}</Button>
        </Space>
      )}
    </Card>
  );
}

function CreateGroupModal({ zoneId, onClose }: { zoneId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ name: string; kind: RaceGroupKind; sort: number }>();
  const refresh = useRefreshRankings();
  return (
    <FormModal
      title={t("raceGroups.createGroup")}
      form={form}
      onClose={onClose}
      initialValues={{ kind: "town", sort: 0 }}
      successText={t("common.created")}
      onSubmit={async (v) => {
        await api.post("/v1/race-groups", { ...v, zoneId });
        await refresh();
      }}
      testId="race-group-form"
    >
      <Form.Item
        name="name"
        label={t("raceGroups.name")}
        rules={[{ required: true, whitespace: true, message: t("common.required", { field: t("raceGroups.name") }) }]}
      >
        <Input maxLength={60} data-testid="race-group-name" />
      </Form.Item>
      <Form.Item name="kind" label={t("raceGroups.kind")} rules={[{ required: true }]}>
        <Select options={KINDS.map((k) => ({ value: k, label: t(`raceGroups.kinds.${k}`) }))} />
      </Form.Item>
      <Form.Item name="sort" label={t("raceGroups.sort")}>
        <InputNumber min={0} max={999} precision={0} />
      </Form.Item>
    </FormModal>
  );
}

function UnitsModal({ group, onClose }: { group: RaceGroup; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ unitIds: string[] }>();
  const units = useUnits(group.zoneId);
  const refresh = useRefreshRankings();
  return (
    <FormModal
      title={t("raceGroups.unitsOf", { name: group.name })}
      form={form}
      onClose={onClose}
      initialValues={{ unitIds: group.units.map((u) => u.id) }}
      onSubmit={async (v) => {
        await api.put(`/v1/race-groups/${group.id}/units`, { unitIds: v.unitIds ?? [] });
        await refresh();
      }}
      testId="race-group-units-form"
    >
      <Form.Item name="unitIds" label={t("raceGroups.units")}>
        <Select
          mode="multiple"
          allowClear
          optionFilterProp="label"
          loading={units.isPending}
          placeholder={t("raceGroups.unitsPlaceholder")}
          options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
          data-testid="race-group-units"
        />
      </Form.Item>
    </FormModal>
  );
}

export default function RaceGroupsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const can = useCan();
  const { params, update } = useListParams();
  const zoneId = params.zoneId ?? me.zoneId ?? undefined;
  const groups = useRaceGroups(zoneId);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<RaceGroup | null>(null);
  const writable = can("projects:write") && me.scope !== "region" && me.scope !== "enterprise";

  const columns: ColumnsType<RaceGroup> = [
    {
      title: t("raceGroups.name"),
      dataIndex: "name",
      key: "name",
      render: (v: string) => <b className="nowrap">{v}</b>,
    },
    {
      title: t("raceGroups.kind"),
      dataIndex: "kind",
      key: "kind",
      render: (k: RaceGroupKind) => <Tag color={KIND_COLORS[k]}>{t(`raceGroups.kinds.${k}`)}</Tag>,
    },
    {
      title: t("raceGroups.units"),
      key: "units",
      render: (_, g) =>
        g.units.length === 0 ? (
          <span className="muted">{t("raceGroups.noUnits")}</span>
        ) : (
          <Space size={[4, 4]} wrap>
            {g.units.map((u) => (
              <Tag key={u.id} bordered={false}>
                {u.name}
              </Tag>
            ))}
          </Space>
        ),
    },
  ];
  if (writable)
    columns.push({
      title: t("common.actions"),
      key: "actions",
      render: (_, g) => (
        <Button
          type="link"
          size="small"
          icon={<EditOutlined />}
          onClick={() => setEditing(g)}
          data-testid="race-group-edit"
        >
          {t("raceGroups.editUnits")}
        </Button>
      ),
    });

  return (
    <Page title={t("raceGroups.title")} subtitle={t("raceGroups.subtitle")} testId="page-race-groups">
      {!me.zoneId && (
        <div style={{ paddingBottom: 16, maxWidth: 320 }}>
          <ZoneSelect value={params.zoneId} onChange={(z) => update({ zoneId: z })} placeholder={t("race.pickZone")} />
        </div>
      )}
      {!zoneId ? (
        <Empty description={t("race.pickZone")} />
      ) : (
        <Space direction="vertical" size={16} style={{ width: "100%" }}>
          {!writable && <Alert type="info" showIcon message={t("raceGroups.readOnly")} />}
          <WeightsCard zoneId={zoneId} writable={writable} />
          <Card
            size="small"
            title={t("raceGroups.groups")}
            extra={
              writable && (
                <Button
                  type="primary"
                  size="small"
                  icon={<PlusOutlined />}
                  onClick={() => setCreating(true)}
                  data-testid="race-group-create"
                >
                  {t("raceGroups.createGroup")}
                </Button>
              )
            }
          >
            {groups.error ? (
              <QueryError error={groups.error} onRetry={() => void groups.refetch()} />
            ) : (
              <Table<RaceGroup>
                rowKey="id"
                size="small"
                columns={columns}
                dataSource={groups.data ?? []}
                loading={groups.isFetching}
                pagination={false}
                scroll={{ x: "max-content" }}
                locale={{ emptyText: t("raceGroups.empty") }}
                data-testid="race-groups-table"
              />
            )}
          </Card>
        </Space>
      )}
      {creating && zoneId && <CreateGroupModal zoneId={zoneId} onClose={() => setCreating(false)} />}
      {editing && <UnitsModal group={editing} onClose={() => setEditing(null)} />}
    </Page>
  );
}
