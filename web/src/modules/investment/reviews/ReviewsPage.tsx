/**
 * 落地审查: the zone's review cases (open and decided) and the zone's quantitative thresholds (投资强度,
 * 亩均税收, 能耗), which the leaders set.
 */
import { SettingOutlined } from "@ant-design/icons";
import type { Review } from "@zoneos/core/investment-api";
import { Button, Card, Descriptions, Form, Input, Select, Tag } from "antd";
import type { ColumnsType } from "antd/es/table/interface";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useMe } from "../../../app/auth";
import { FormModal } from "../../../ui/FormModal";
import { DateText } from "../../../ui/format";
import { useListParams } from "../../../ui/listParams";
import { Page } from "../../../ui/Page";
import { DataTable, FilterBar, FilterItem, TableCard } from "../../../ui/TablePage";
import { ZoneSelect } from "../../platform/ZoneSelect";
import { useInvLabels } from "../labels";
import { DECISION_COLORS } from "../leads/LeadReviews";
import { LeadSummaryView } from "../leads/LeadSummaryView";
import { useInvAccess } from "../parts";
import { investmentApi, useInvalidate, useReviews, useThresholds } from "../queries";
import "../investment.css";
import "../i18n";

const FILTERS = ["zoneId", "status", "decision"] as const;

export default function ReviewsPage() {
  const access = useInvAccess();
  if (!access.details) return <LeadSummaryView />;
  return <Reviews />;
}

function Reviews() {
  const { t } = useTranslation();
  const me = useMe();
  const il = useInvLabels();
  const { params, page, pageSize, update } = useListParams();
  const filters = Object.fromEntries(FILTERS.map((k) => [k, params[k]])) as Record<
    (typeof FILTERS)[number],
    string | undefined
  >;
  const list = useReviews({ ...filters, page, pageSize });
  // biome-ignore lint/correctness/useExhaustiveDependencies: the filter values change with the URL only
  const filterValues = useMemo(() => filters, [...FILTERS.map((k) => params[k])]);
  const zoneId = filters.zoneId ?? me.zoneId ?? undefined;

  const columns: ColumnsType<Review> = [
    {
      title: t("inv.lead.investor"),
      key: "investor",
      render: (_, r) => (
        <div style={{ minWidth: 180 }}>
          <Link to={`/investment/reviews/${r.id}`} data-testid="review-row-link">
            {r.investorName}
          </Link>
          <div className="muted small">{r.projectName}</div>
        </div>
      ),
    },
    { title: t("inv.lead.ownerUnit"), dataIndex: "ownerUnitName", key: "unit" },
    {
      title: t("inv.review.decision"),
      key: "decision",
      render: (_, r) =>
        r.decision ? (
          <Tag color={DECISION_COLORS[r.decision]}>{il.decision(r.decision)}</Tag>
        ) : (
          <Tag color="processing">{t("inv.review.pending")}</Tag>
        ),
    },
    {
      title: t("inv.review.thresholds"),
      key: "metrics",
      render: (_, r) => {
        const fails = r.metrics.filter((m) => m.pass === false).length;
        const passes = r.metrics.filter((m) => m.pass === true).length;
        return (
          <span className="nowrap small">
            <span className="inv-pass">✓ {passes}</span> <span className="inv-fail">✗ {fails}</span>
          </span>
        );
      },
    },
    { title: t("inv.review.votes"), key: "votes", align: "right", render: (_, r) => r.votes.length },
    { title: t("inv.review.meetingOn"), key: "meeting", render: (_, r) => <DateText value={r.meetingOn} /> },
    { title: t("inv.review.decidedOn"), key: "decided", render: (_, r) => <DateText value={r.decidedOn} /> },
  ];

  return (
    <Page title={t("inv.reviews.title")} subtitle={t("inv.reviews.subtitle")} testId="page-reviews">
      {zoneId && <ThresholdsCard zoneId={zoneId} />}
      <TableCard
        error={list.error}
        onRetry={() => void list.refetch()}
        filters={
          <FilterBar values={filterValues} onApply={(v) => update(v as Record<string, string | undefined>)}>
            {!me.zoneId && (
              <FilterItem name="zoneId" label={t("inv.zone")}>
                <ZoneSelect allowClear placeholder={t("common.all")} />
              </FilterItem>
            )}
            <FilterItem name="status" label={t("inv.review.status")}>
              <Select
                allowClear
                placeholder={t("common.all")}
                options={[
                  { value: "open", label: t("inv.review.pending") },
                  { value: "decided", label: t("inv.review.decided") },
                ]}
              />
            </FilterItem>
            <FilterItem name="decision" label={t("inv.review.decision")}>
              <Select allowClear placeholder={t("common.all")} options={il.decisionOptions} />
            </FilterItem>
          </FilterBar>
        }
      >
        <DataTable<Review>
          rowKey="id"
          columns={columns}
          data={list.data}
          loading={list.isFetching}
          locale={{ emptyText: t("inv.review.none") }}
          onPage={(p, s) => update({ page: p, pageSize: s })}
        />
      </TableCard>
    </Page>
  );
}

interface ThresholdValues {
  minIntensityWanPerMu?: string;
  minTaxWanPerMu?: string;
  maxEnergyTcePerWan?: string;
}

function ThresholdsCard({ zoneId }: { zoneId: string }) {
  const { t } = useTranslation();
  const il = useInvLabels();
  const access = useInvAccess();
  const invalidate = useInvalidate();
  const th = useThresholds(zoneId);
  const [editing, setEditing] = useState(false);
  const [form] = Form.useForm<ThresholdValues>();
  const d = th.data;
  const dec = { pattern: /^\d{1,8}(\.\d{1,4})?$/, message: t("inv.validation.decimal") };
  return (
    <Card
      size="small"
      className="inv-card"
      title={t("inv.reviews.thresholdsTitle")}
      loading={th.isPending}
      data-testid="thresholds-card"
      extra={
        access.leader && (
          <Button
            size="small"
            icon={<SettingOutlined />}
            onClick={() => setEditing(true)}
            data-testid="thresholds-edit"
          >
            {t("common.edit")}
          </Button>
        )
      }
    >
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 3 }}
        items={[
          {
            key: "i",
            label: il.metric("investmentIntensity"),
            children: d?.minIntensityWanPerMu ? `≥ ${d.minIntensityWanPerMu}` : t("inv.review.notSet"),
          },
          {
            key: "t",
            label: il.metric("taxPerMu"),
            children: d?.minTaxWanPerMu ? `≥ ${d.minTaxWanPerMu}` : t("inv.review.notSet"),
          },
          {
            key: "e",
            label: il.metric("energyPerOutput"),
            children: d?.maxEnergyTcePerWan ? `≤ ${d.maxEnergyTcePerWan}` : t("inv.review.notSet"),
          },
        ]}
      />
      {editing && d && (
        <FormModal<ThresholdValues>
          title={t("inv.reviews.thresholdsTitle")}
          form={form}
          onClose={() => setEditing(false)}
          initialValues={{
            minIntensityWanPerMu: d.minIntensityWanPerMu ?? undefined,
            minTaxWanPerMu: d.minTaxWanPerMu ?? undefined,
            maxEnergyTcePerWan: d.maxEnergyTcePerWan ?? undefined,
          }}
          onSubmit={async (v) => {
            await investmentApi.put(`/thresholds/${zoneId}`, {
              minIntensityWanPerMu: v.minIntensityWanPerMu?.trim() || null,
              minTaxWanPerMu: v.minTaxWanPerMu?.trim() || null,
              maxEnergyTcePerWan: v.maxEnergyTcePerWan?.trim() || null,
              // A zone that never saved thresholds has none to replace.
              version: d.version > 0 ? d.version : null,
            });
            await invalidate();
          }}
        >
          <Form.Item
            name="minIntensityWanPerMu"
            label={il.metric("investmentIntensity")}
            rules={[dec]}
            extra={t("inv.reviews.floor")}
          >
            <Input inputMode="decimal" />
          </Form.Item>
          <Form.Item name="minTaxWanPerMu" label={il.metric("taxPerMu")} rules={[dec]} extra={t("inv.reviews.floor")}>
            <Input inputMode="decimal" />
          </Form.Item>
          <Form.Item
            name="maxEnergyTcePerWan"
            label={il.metric("energyPerOutput")}
            rules={[dec]}
            extra={t("inv.reviews.ceiling")}
          >
            <Input inputMode="decimal" />
          </Form.Item>
        </FormModal>
      )}
    </Card>
  );
}
