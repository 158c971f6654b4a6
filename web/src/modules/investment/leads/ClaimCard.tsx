/**
 * 撞单 on a lead: which other units pursue the same investor and where this lead's claim stands. The zone's
 * leaders see every claim of the case and decide which lead owns the investor (the others yield; all claims
 * stay on record).
 */
import { WarningOutlined } from "@ant-design/icons";
import type { Conflict, Lead } from "@zoneos/core/investment-api";
import { Alert, Button, Card, Form, Input, Radio, Space, Table, Tag } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { FormModal } from "../../../ui/FormModal";
import { DateTimeText } from "../../../ui/format";
import { useInvLabels } from "../labels";
import { Amount, StageTag, useInvAccess } from "../parts";
import { investmentApi, useConflict, useInvalidate } from "../queries";

const CLAIM_COLORS = { contested: "red", owner: "green", yielded: "default" } as const;

export function ClaimCard({ lead }: { lead: Lead }) {
  const { t } = useTranslation();
  const il = useInvLabels();
  const access = useInvAccess();
  const claim = lead.claim;
  const conflict = useConflict(claim?.conflictId, access.leader);
  const [deciding, setDeciding] = useState(false);
  if (!claim) return null;
  const c = conflict.data;
  return (
    <Card
      className="inv-card"
      size="small"
      data-testid="lead-claim"
      title={
        <Space>
          <WarningOutlined style={{ color: claim.status === "contested" ? "#cf1322" : undefined }} />
          {t("inv.claim.title")}
          <Tag color={CLAIM_COLORS[claim.status]}>{il.claim(claim.status)}</Tag>
        </Space>
      }
      extra={
        access.leader &&
        c?.status === "open" && (
          <Button type="primary" size="small" onClick={() => setDeciding(true)} data-testid="claim-decide">
            {t("inv.claim.decide")}
          </Button>
        )
      }
    >
      <div>
        {t("inv.claim.rivals")}
        {claim.rivals.map((r) => (
          <Tag key={r.unitId} color={CLAIM_COLORS[r.status]} style={{ marginInlineStart: 6 }}>
            {r.unitName} · {il.claim(r.status)}
          </Tag>
        ))}
      </div>
      {claim.status === "contested" && !access.leader && (
        <Alert type="warning" showIcon style={{ marginTop: 8 }} message={t("inv.claim.waiting")} />
      )}
      {c && (
        <Table<Conflict["claims"][number]>
          style={{ marginTop: 12 }}
          size="small"
          rowKey="leadId"
          pagination={false}
          scroll={{ x: "max-content" }}
          dataSource={c.claims}
          columns={[
            {
              title: t("inv.lead.ownerUnit"),
              key: "unit",
              render: (_, r) => (
                <span className="nowrap">
                  {r.leadId === lead.id ? r.unitName : <Link to={`/investment/leads/${r.leadId}`}>{r.unitName}</Link>}
                  <div className="muted small">{r.ownerUserName ?? "—"}</div>
                </span>
              ),
            },
            { title: t("inv.lead.project"), dataIndex: "projectName" },
            { title: t("inv.lead.stage"), key: "stage", render: (_, r) => <StageTag stage={r.stage} /> },
            {
              title: t("inv.lead.intended"),
              dataIndex: "intendedInvestmentYuan",
              align: "right",
              render: (v: string) => <Amount yuan={v} />,
            },
            {
              title: t("inv.claim.claimedAt"),
              dataIndex: "claimedAt",
              render: (v: string) => <DateTimeText value={v} />,
            },
            {
              title: t("inv.claim.status"),
              key: "status",
              render: (_, r) => <Tag color={CLAIM_COLORS[r.status]}>{il.claim(r.status)}</Tag>,
            },
          ]}
        />
      )}
      {c?.status === "decided" && (
        <div className="muted small" style={{ marginTop: 8 }}>
          {t("inv.claim.decidedBy", { name: c.decidedByName ?? "—" })} <DateTimeText value={c.decidedAt} />
          {c.note ? ` · ${c.note}` : ""}
        </div>
      )}
      {deciding && c && <DecideModal conflict={c} onClose={() => setDeciding(false)} />}
    </Card>
  );
}

function DecideModal({ conflict, onClose }: { conflict: Conflict; onClose: () => void }) {
  const { t } = useTranslation();
  const il = useInvLabels();
  const invalidate = useInvalidate();
  const [form] = Form.useForm<{ ownerLeadId: string; note: string }>();
  return (
    <FormModal<{ ownerLeadId: string; note: string }>
      title={t("inv.claim.decideTitle", { investor: conflict.investorName })}
      form={form}
      onClose={onClose}
      onSubmit={async (v) => {
        await investmentApi.post(`/conflicts/${conflict.id}/decision`, {
          ownerLeadId: v.ownerLeadId,
          note: v.note.trim(),
        });
        await invalidate();
      }}
      testId="claim-decide-modal"
    >
      <Form.Item
        name="ownerLeadId"
        label={t("inv.claim.owner")}
        rules={[{ required: true, message: t("common.selectRequired", { field: t("inv.claim.owner") }) }]}
      >
        <Radio.Group>
          <Space direction="vertical">
            {conflict.claims.map((c) => (
              <Radio key={c.leadId} value={c.leadId} data-testid="claim-owner-option">
                {c.unitName} · {c.projectName} · {il.stage(c.stage)}
              </Radio>
            ))}
          </Space>
        </Radio.Group>
      </Form.Item>
      <Form.Item
        name="note"
        label={t("inv.claim.note")}
        rules={[{ required: true, whitespace: true, message: t("common.required", { field: t("inv.claim.note") }) }]}
      >
        <Input.TextArea rows={3} maxLength={500} data-testid="claim-note" />
      </Form.Item>
    </FormModal>
  );
}
