/** A lead's landing reviews (项目落地审查) with their decisions; opening one moves a lead in 洽谈 to 落地审查. */
import { AuditOutlined } from "@ant-design/icons";
import type { Lead } from "@zoneos/core/investment-api";
import { App, Button, Empty, List, Tag } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router-dom";
import { QueryError } from "../../../ui/ErrorResult";
import { DateText, DateTimeText } from "../../../ui/format";
import { useInvLabels } from "../labels";
import { investmentApi, useInvalidate, useReviews } from "../queries";

export const DECISION_COLORS = { passed: "green", conditional: "gold", rejected: "red" } as const;

export function LeadReviews({ lead, writable }: { lead: Lead; writable: boolean }) {
  const { t } = useTranslation();
  const il = useInvLabels();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const invalidate = useInvalidate();
  const list = useReviews({ leadId: lead.id, pageSize: 50 });
  const [busy, setBusy] = useState(false);
  const items = list.data?.items ?? [];
  const open = items.some((r) => r.status === "open");
  const canOpen = writable && !open && (lead.stage === "negotiation" || lead.stage === "review");

  const start = async () => {
    setBusy(true);
    try {
      const r = await investmentApi.post<{ id: string }>("/reviews", { leadId: lead.id });
      await invalidate();
      navigate(`/investment/reviews/${r.id}`);
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div data-testid="lead-reviews">
      {canOpen && (
        <Button
          type="primary"
          icon={<AuditOutlined />}
          loading={busy}
          onClick={start}
          style={{ marginBottom: 12 }}
          data-testid="review-open"
        >
          {t("inv.review.open")}
        </Button>
      )}
      {!canOpen && writable && items.length === 0 && (
        <div className="muted small" style={{ marginBottom: 12 }}>
          {t("inv.review.needsNegotiation")}
        </div>
      )}
      {list.error ? <QueryError error={list.error} /> : null}
      {!list.isPending && items.length === 0 ? (
        <Empty description={t("inv.review.none")} />
      ) : (
        <List
          loading={list.isPending}
          dataSource={items}
          renderItem={(r) => (
            <List.Item
              key={r.id}
              actions={[
                <Link key="open" to={`/investment/reviews/${r.id}`} data-testid="review-link">
                  {t("common.view")}
                </Link>,
              ]}
            >
              <List.Item.Meta
                title={
                  <span>
                    {t("inv.review.case")}{" "}
                    {r.decision ? (
                      <Tag color={DECISION_COLORS[r.decision]}>{il.decision(r.decision)}</Tag>
                    ) : (
                      <Tag color="processing">{t("inv.review.pending")}</Tag>
                    )}
                  </span>
                }
                description={
                  <span>
                    {t("inv.review.meetingOn")}
                    {il.sep}
                    <DateText value={r.meetingOn} /> · {t("inv.review.votes")}
                    {il.sep}
                    {r.votes.length}
                    {r.decidedOn ? (
                      <>
                        {" "}
                        · {t("inv.review.decidedOn")}
                        {il.sep}
                        <DateText value={r.decidedOn} />
                      </>
                    ) : (
                      <>
                        {" "}
                        · <DateTimeText value={r.createdAt} />
                      </>
                    )}
                    {r.conditions && (
                      <div className="small">
                        {t("inv.review.conditions")}
                        {il.sep}
                        {r.conditions}
                      </div>
                    )}
                  </span>
                }
              />
            </List.Item>
          )}
        />
      )}
    </div>
  );
}
