/**
 * 招商看板: the leads the caller may see in detail, one column per stage. Dragging a card to another column
 * moves the lead through the same transition API as the StageBar; the columns the state machine refuses
 * (the lead's `moves`) are marked while dragging and a drop there says why. Moves that need a record — the
 * review case, the contract, 注册落地, 转项目, the reason for 暂缓/流失 — open the lead's page instead.
 * Each card also has a menu with the same moves, for touch screens where there is no dragging.
 */
import { MoreOutlined } from "@ant-design/icons";
import type { Lead } from "@zoneos/core/investment-api";
import { LEAD_STAGES, type LeadStage, nextLeadStages } from "@zoneos/core/investment-stages";
import { Alert, App, Badge, Button, Dropdown, Input, Spin } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router-dom";
import { useMe } from "../../../app/auth";
import { QueryError } from "../../../ui/ErrorResult";
import { useListParams } from "../../../ui/listParams";
import { Page } from "../../../ui/Page";
import { ZoneSelect } from "../../platform/ZoneSelect";
import { useInvLabels } from "../labels";
import { LeadSummaryView } from "../leads/LeadSummaryView";
import { Amount, useInvAccess } from "../parts";
import { investmentApi, useInvalidate, useLeads } from "../queries";
import "../investment.css";
import "../i18n";
import "./board.css";

const EARLY: readonly LeadStage[] = ["clue", "contact", "inspection", "negotiation"];

/** The board shows at most one page of the API's largest size; the leads list has the rest. */
const LIMIT = 200;

type Verdict = { kind: "move" } | { kind: "detail" } | { kind: "refused"; refusal: string } | { kind: "same" };

/**
 * Moves that go through a record made on the lead's page (the review case, the contract, 注册落地, 转项目, the
 * reason for 暂缓 / 流失), with the refusals that record resolves.
 */
const VIA_DETAIL: Partial<Record<LeadStage, string[]>> = {
  review: [],
  signed: ["needsContract"],
  registered: ["needsEnterprise"],
  converted: ["needsEnterprise", "needsProject"],
  onHold: ["needsReason"],
  lost: ["needsReason"],
};

/** What dropping `lead` on the `to` column does, from the lead's `moves` (core's state machine, server-side). */
function verdict(lead: Lead, to: LeadStage): Verdict {
  if (lead.stage === to) return { kind: "same" };
  const move = lead.moves.find((m) => m.to === to);
  if (!move || !nextLeadStages(lead.stage, lead.heldFrom).includes(to)) {
    // As on the StageBar: before 落地审查, 签约 is refused for the review it lacks, which says what comes first.
    if (to === "signed" && EARLY.includes(lead.stage))
      return { kind: "refused", refusal: lead.reviewDecision === "rejected" ? "reviewRejected" : "needsPassedReview" };
    return { kind: "refused", refusal: move?.refusal ?? "notAllowed" };
  }
  const viaDetail = VIA_DETAIL[to];
  if (move.ok) return viaDetail ? { kind: "detail" } : { kind: "move" };
  if (move.refusal && viaDetail?.includes(move.refusal)) return { kind: "detail" };
  return { kind: "refused", refusal: move.refusal ?? "notAllowed" };
}

export default function BoardPage() {
  const access = useInvAccess();
  if (!access.details) return <LeadSummaryView />;
  return <Board />;
}

function Board() {
  const { t } = useTranslation();
  const me = useMe();
  const il = useInvLabels();
  const access = useInvAccess();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const invalidate = useInvalidate();
  const { params, update } = useListParams();
  const [dragging, setDragging] = useState<Lead | null>(null);
  const [over, setOver] = useState<LeadStage | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const list = useLeads({
    zoneId: params.zoneId,
    q: params.q,
    page: 1,
    pageSize: LIMIT,
    sort: "updatedAt",
    order: "desc",
  });
  const leads = list.data?.items ?? [];

  const attempt = async (lead: Lead, to: LeadStage) => {
    const v = verdict(lead, to);
    if (v.kind === "same") return;
    if (v.kind === "refused") {
      void message.warning(t("inv.board.refused", { stage: il.stage(to), why: il.refusal(v.refusal) }));
      return;
    }
    if (v.kind === "detail" || !access.write) {
      void message.info(t("inv.board.needsRecord", { stage: il.stage(to) }));
      navigate(`/investment/leads/${lead.id}`);
      return;
    }
    setBusy(lead.id);
    try {
      await investmentApi.post(`/leads/${lead.id}/transitions`, { to, reason: null, version: lead.version });
      await invalidate();
      void message.success(t("inv.stageBar.moved", { stage: il.stage(to) }));
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(null);
    }
  };

  const columnClass = (stage: LeadStage) => {
    const out = ["inv-board-col"];
    if (dragging) {
      const v = verdict(dragging, stage);
      if (v.kind === "move") out.push("is-open");
      else if (v.kind === "detail") out.push("is-detail");
      else if (v.kind === "refused") out.push("is-refused");
      if (over === stage) out.push("is-over");
    }
    return out.join(" ");
  };

  const hint = (stage: LeadStage) => {
    if (!dragging) return null;
    const v = verdict(dragging, stage);
    if (v.kind === "refused") return <span className="inv-fail">{il.refusal(v.refusal)}</span>;
    if (v.kind === "detail") return <span className="muted">{t("inv.board.opensDetail")}</span>;
    if (v.kind === "move") return <span className="inv-pass">{t("inv.board.dropHere")}</span>;
    return null;
  };

  return (
    <Page title={t("inv.board.title")} subtitle={t("inv.board.subtitle")} testId="page-lead-board">
      <div style={{ display: "flex", gap: 12, flexWrap: "wrap", marginBottom: 12 }}>
        {!me.zoneId && (
          <div style={{ minWidth: 220 }}>
            <ZoneSelect
              value={params.zoneId}
              onChange={(z) => update({ zoneId: z })}
              allowClear
              placeholder={t("inv.allZones")}
              testId="board-zone"
            />
          </div>
        )}
        <Input.Search
          allowClear
          defaultValue={params.q}
          placeholder={t("inv.leads.keywordPlaceholder")}
          onSearch={(q) => update({ q: q || undefined })}
          style={{ maxWidth: 320 }}
          data-testid="board-q"
        />
      </div>
      {list.error && <QueryError error={list.error} />}
      {(list.data?.total ?? 0) > LIMIT && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          message={t("inv.board.truncated", { shown: LIMIT, total: list.data?.total })}
        />
      )}
      <p className="muted small" style={{ marginTop: 0 }}>
        {t("inv.board.help")}
      </p>
      <Spin spinning={list.isPending}>
        <div className="inv-board" data-testid="lead-board">
          {LEAD_STAGES.map((stage) => {
            const cards = leads.filter((l) => l.stage === stage);
            return (
              <section
                key={stage}
                className={columnClass(stage)}
                data-testid={`board-col-${stage}`}
                aria-label={il.stage(stage)}
                onDragOver={(e) => {
                  if (!dragging) return;
                  // Refused columns still take the drop (they are marked while dragging) so the drop can say why.
                  e.preventDefault();
                  if (over !== stage) setOver(stage);
                }}
                onDragLeave={() => setOver((o) => (o === stage ? null : o))}
                onDrop={(e) => {
                  e.preventDefault();
                  const lead = dragging;
                  setDragging(null);
                  setOver(null);
                  if (lead) void attempt(lead, stage);
                }}
              >
                <div className="inv-board-head">
                  <strong>{il.stage(stage)}</strong>
                  <Badge count={cards.length} showZero color={cards.length ? "#1677ff" : "#bfbfbf"} />
                </div>
                <div className="inv-board-why">{hint(stage)}</div>
                {cards.map((lead) => (
                  <BoardCard
                    key={lead.id}
                    lead={lead}
                    busy={busy === lead.id}
                    dragging={dragging?.id === lead.id}
                    writable={access.write}
                    onDragStart={() => setDragging(lead)}
                    onDragEnd={() => {
                      setDragging(null);
                      setOver(null);
                    }}
                    onMove={(to) => void attempt(lead, to)}
                  />
                ))}
                {cards.length === 0 && <div className="muted small">{t("inv.board.empty")}</div>}
              </section>
            );
          })}
        </div>
      </Spin>
    </Page>
  );
}

function BoardCard({
  lead,
  busy,
  dragging,
  writable,
  onDragStart,
  onDragEnd,
  onMove,
}: {
  lead: Lead;
  busy: boolean;
  dragging: boolean;
  writable: boolean;
  onDragStart: () => void;
  onDragEnd: () => void;
  onMove: (to: LeadStage) => void;
}) {
  const { t } = useTranslation();
  const il = useInvLabels();
  const targets = LEAD_STAGES.filter((s) => s !== lead.stage);
  const items = targets.map((to) => {
    const v = verdict(lead, to);
    return {
      key: to,
      disabled: v.kind === "refused",
      label:
        v.kind === "refused" ? (
          <span>
            {il.stage(to)}
            <span className="muted small">
              {il.sep}
              {il.refusal(v.refusal)}
            </span>
          </span>
        ) : (
          il.stage(to)
        ),
    };
  });
  return (
    <article
      aria-label={lead.investorName}
      className={`inv-board-card${dragging ? " is-dragging" : ""}`}
      draggable={writable && !busy}
      onDragStart={(e) => {
        e.dataTransfer.effectAllowed = "move";
        e.dataTransfer.setData("text/plain", lead.id);
        onDragStart();
      }}
      onDragEnd={onDragEnd}
      data-testid="lead-board-card"
      data-lead-id={lead.id}
    >
      <Spin spinning={busy} size="small">
        <div className="inv-board-card-title">
          <Link to={`/investment/leads/${lead.id}`} draggable={false}>
            {lead.investorName}
          </Link>
        </div>
        <div className="muted small">{lead.projectName}</div>
        <div className="inv-board-card-row">
          <Amount yuan={lead.intendedInvestmentYuan} />
          {writable && (
            <Dropdown
              trigger={["click"]}
              menu={{ items, onClick: ({ key }) => onMove(key as LeadStage) }}
              placement="bottomRight"
            >
              <Button
                size="small"
                type="text"
                icon={<MoreOutlined />}
                aria-label={t("inv.board.moveMenu")}
                data-testid="lead-board-card-menu"
              />
            </Dropdown>
          )}
        </div>
        {(lead.stage === "onHold" || lead.stage === "lost") && lead.heldFrom && (
          <div className="muted small">{t("inv.board.heldFrom", { stage: il.stage(lead.heldFrom) })}</div>
        )}
      </Spin>
    </article>
  );
}
