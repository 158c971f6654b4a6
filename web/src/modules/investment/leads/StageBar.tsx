/**
 * The pipeline bar of a lead: where it stands, and one button per move the state machine offers from here
 * (core/investment-stages). Refused moves stay visible, disabled, with the reason in words. Moves that need a
 * record go through it: 落地审查 opens the review case, 签约 records the contract, 注册落地 and 转项目 run
 * their actions; 暂缓 and 流失 ask for the reason.
 */
import type { Lead } from "@zoneos/core/investment-api";
import { LEAD_STAGES, type LeadStage, nextLeadStages, PIPELINE } from "@zoneos/core/investment-stages";
import { App, Button, Card, Form, Input, Steps, Tooltip } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import { FormModal } from "../../../ui/FormModal";
import { useInvLabels } from "../labels";
import { StageTag, useInvAccess } from "../parts";
import { investmentApi, useInvalidate } from "../queries";

export type StageAction = "contract" | "register" | "convert";

const EARLY: readonly LeadStage[] = ["clue", "contact", "inspection", "negotiation"];

/** A move the action itself makes possible (the record it creates is what the machine asks for). */
function actionFor(to: LeadStage, refusal: string | undefined, canConvert: boolean): StageAction | null {
  if (to === "signed" && (!refusal || refusal === "needsContract")) return "contract";
  if (to === "registered" && (!refusal || refusal === "needsEnterprise")) return "register";
  if (to === "converted" && canConvert && (!refusal || refusal === "needsProject")) return "convert";
  return null;
}

export function StageBar({
  lead,
  writable,
  onAction,
}: {
  lead: Lead;
  writable: boolean;
  onAction: (a: StageAction) => void;
}) {
  const { t } = useTranslation();
  const il = useInvLabels();
  const access = useInvAccess();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const invalidate = useInvalidate();
  const [busy, setBusy] = useState<LeadStage | null>(null);
  const [asking, setAsking] = useState<LeadStage | null>(null);
  const candidates = nextLeadStages(lead.stage, lead.heldFrom);
  const moves = lead.moves.filter((m) => candidates.includes(m.to));
  // Before 落地审查 the machine offers no 签约 at all; it is shown refused so the officer reads what comes first.
  if (EARLY.includes(lead.stage))
    moves.push({
      to: "signed",
      ok: false,
      refusal: lead.reviewDecision === "rejected" ? "reviewRejected" : "needsPassedReview",
    });
  moves.sort((a, b) => LEAD_STAGES.indexOf(a.to) - LEAD_STAGES.indexOf(b.to));
  const current = lead.stage === "onHold" || lead.stage === "lost" ? lead.heldFrom : lead.stage;
  const at = current ? PIPELINE.indexOf(current) : 0;

  const move = async (to: LeadStage, reason: string | null = null) => {
    setBusy(to);
    try {
      if (to === "review" && lead.stage === "negotiation") {
        const review = await investmentApi.post<{ id: string }>("/reviews", { leadId: lead.id });
        await invalidate();
        navigate(`/investment/reviews/${review.id}`);
        return;
      }
      await investmentApi.post(`/leads/${lead.id}/transitions`, { to, reason, version: lead.version });
      await invalidate();
      void message.success(t("inv.stageBar.moved", { stage: il.stage(to) }));
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(null);
    }
  };

  const refusals = moves.filter((m) => !m.ok && !actionFor(m.to, m.refusal, access.convert));
  return (
    <Card className="inv-card" data-testid="lead-stage-bar">
      <Steps
        className="inv-steps"
        size="small"
        current={at}
        status={lead.stage === "lost" ? "error" : lead.stage === "onHold" ? "wait" : "process"}
        items={PIPELINE.map((s) => ({ title: il.stage(s) }))}
        responsive={false}
      />
      <div className="inv-stagebar">
        <span className="muted">{t("inv.stageBar.now")}</span>
        <StageTag stage={lead.stage} heldFrom={lead.heldFrom} />
        {lead.stageReason && <span className="muted small">{lead.stageReason}</span>}
        {writable && moves.length > 0 && <span className="muted">{t("inv.stageBar.moveTo")}</span>}
        {writable &&
          moves.map((m) => {
            const action = actionFor(m.to, m.refusal, access.convert);
            const enabled = m.ok || Boolean(action);
            const danger = m.to === "lost";
            const button = (
              <Button
                key={m.to}
                size="small"
                danger={danger}
                type={enabled && PIPELINE.indexOf(m.to) > at ? "primary" : "default"}
                disabled={!enabled}
                loading={busy === m.to}
                data-testid={`move-${m.to}`}
                onClick={() => {
                  if (action) onAction(action);
                  else if (m.to === "onHold" || m.to === "lost") setAsking(m.to);
                  else void move(m.to);
                }}
              >
                {il.stage(m.to)}
              </Button>
            );
            return enabled ? (
              button
            ) : (
              <Tooltip key={m.to} title={il.refusal(m.refusal)}>
                <span>{button}</span>
              </Tooltip>
            );
          })}
      </div>
      {writable && refusals.length > 0 && (
        <ul className="inv-dup-list muted small" style={{ marginTop: 8 }} data-testid="lead-refusals">
          {refusals.map((m) => (
            <li key={m.to}>
              {il.stage(m.to)}
              {il.sep}
              {il.refusal(m.refusal)}
            </li>
          ))}
        </ul>
      )}
      {asking && (
        <ReasonModal
          stage={asking}
          onClose={() => setAsking(null)}
          onSubmit={async (reason) => {
            await investmentApi.post(`/leads/${lead.id}/transitions`, { to: asking, reason, version: lead.version });
            await invalidate();
          }}
        />
      )}
    </Card>
  );
}

function ReasonModal({
  stage,
  onClose,
  onSubmit,
}: {
  stage: LeadStage;
  onClose: () => void;
  onSubmit: (reason: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const il = useInvLabels();
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <FormModal<{ reason: string }>
      title={t("inv.stageBar.reasonTitle", { stage: il.stage(stage) })}
      form={form}
      onClose={onClose}
      onSubmit={(v) => onSubmit(v.reason.trim())}
      okDanger={stage === "lost"}
      testId="stage-reason-modal"
    >
      <Form.Item
        name="reason"
        label={t("inv.stageBar.reason")}
        rules={[
          { required: true, whitespace: true, message: t("common.required", { field: t("inv.stageBar.reason") }) },
        ]}
      >
        <Input.TextArea rows={3} maxLength={500} data-testid="stage-reason" />
      </Form.Item>
    </FormModal>
  );
}
