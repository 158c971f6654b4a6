import { PlusOutlined } from "@ant-design/icons";
import { Button, Card, Empty, Space, Tag, Timeline } from "antd";
import dayjs from "dayjs";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { DateText } from "../../../../ui/format";
import { useEnterpriseLabels } from "../../labels";
import type { SectionProps } from "./FactDialogs";
import { validity } from "./qualificationValidity";

interface Event {
  key: string;
  date: string;
  color: string;
  body: ReactNode;
  actions?: ReactNode;
}

/** Scale flags, qualifications and rung steps on one dated line, newest first. */
export function HistoryTimeline({ view, writable, onDialog }: SectionProps) {
  const { t } = useTranslation();
  const el = useEnterpriseLabels();
  const events: Event[] = [];
  const today = dayjs().format("YYYY-MM-DD");

  for (const f of view.scaleFlags) {
    const open = !f.endedOn || f.endedOn >= today;
    const actions = writable ? (
      <Space size={0}>
        {open && (
          <Button
            size="small"
            type="link"
            onClick={() => onDialog({ kind: "flag", flag: f, ending: true })}
            data-testid="flag-end"
          >
            {t("enterprises.facts.endFlag")}
          </Button>
        )}
        <Button size="small" type="link" onClick={() => onDialog({ kind: "flag", flag: f })}>
          {t("common.edit")}
        </Button>
      </Space>
    ) : undefined;
    events.push({
      key: `${f.id}-start`,
      date: f.startedOn,
      color: "blue",
      body: (
        <>
          {t("enterprises.timeline.flagStarted", { name: el.scale(f.kind) })}
          {open && (
            <Tag color="blue" bordered={false} style={{ marginInlineStart: 8 }}>
              {t("enterprises.timeline.inForce")}
            </Tag>
          )}
          {f.note && <div className="muted small">{f.note}</div>}
        </>
      ),
      actions,
    });
    if (f.endedOn)
      events.push({
        key: `${f.id}-end`,
        date: f.endedOn,
        color: "gray",
        body: t("enterprises.timeline.flagEnded", { name: el.scale(f.kind) }),
      });
  }

  for (const q of view.qualifications) {
    const state = validity(q);
    const listing = q.kind === "listed" || q.kind === "listingReserve";
    events.push({
      key: q.id,
      date: q.issuedOn ?? "",
      color: state === "expired" ? "gray" : state === "renewalDue" ? "orange" : "green",
      body: (
        <div data-testid="timeline-qualification">
          <Space size={6} wrap>
            <span>
              {listing
                ? t("enterprises.timeline.listed", { name: el.qualification(q.kind) })
                : t("enterprises.timeline.certified", { name: el.qualification(q.kind) })}
            </span>
            {state === "renewalDue" && <Tag color="orange">{t("enterprises.timeline.renewalDue")}</Tag>}
            {state === "expired" && <Tag>{t("enterprises.timeline.expired")}</Tag>}
            {state === "valid" && (
              <Tag color="green" bordered={false}>
                {t("enterprises.timeline.inForce")}
              </Tag>
            )}
          </Space>
          <div className="muted small">
            {[
              q.certificateNo && `${el.field("certificateNo")} ${q.certificateNo}`,
              q.board && `${el.board(q.board)}${q.stockCode ? ` ${q.stockCode}` : ""}`,
              q.tier && `${el.field("tier")} ${q.tier}`,
            ]
              .filter(Boolean)
              .join(" · ")}
            {q.expiresOn && (
              <>
                {q.certificateNo || q.board || q.tier ? " · " : ""}
                {t("enterprises.timeline.validUntil")} <DateText value={q.expiresOn} />
              </>
            )}
          </div>
        </div>
      ),
      actions: writable ? (
        <Button size="small" type="link" onClick={() => onDialog({ kind: "qualification", qualification: q })}>
          {state === "renewalDue" || state === "expired" ? t("enterprises.timeline.renew") : t("common.edit")}
        </Button>
      ) : undefined,
    });
  }

  for (const s of view.rungSteps)
    events.push({
      key: s.id,
      date: s.reachedOn,
      color: "purple",
      body: t("enterprises.timeline.rungStep", { name: el.rung(s.rung) }),
    });

  events.sort((a, b) => (b.date || "0").localeCompare(a.date || "0"));

  return (
    <Card
      title={t("enterprises.detail.history")}
      size="small"
      data-testid="enterprise-history"
      extra={
        writable ? (
          <Space size={0} wrap>
            <Button
              size="small"
              type="link"
              icon={<PlusOutlined />}
              onClick={() => onDialog({ kind: "flag", flag: null })}
              data-testid="flag-add"
            >
              {t("enterprises.facts.flagShort")}
            </Button>
            <Button
              size="small"
              type="link"
              icon={<PlusOutlined />}
              onClick={() => onDialog({ kind: "qualification", qualification: null })}
              data-testid="qualification-add"
            >
              {t("enterprises.facts.qualificationShort")}
            </Button>
          </Space>
        ) : undefined
      }
    >
      {events.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("enterprises.timeline.empty")} />
      ) : (
        <Timeline
          className="ent-timeline"
          items={events.map((ev) => ({
            key: ev.key,
            color: ev.color,
            children: (
              <div className="ent-event">
                <div className="ent-event-date muted small">
                  {ev.date ? <DateText value={ev.date} /> : t("enterprises.timeline.undated")}
                </div>
                <div className="ent-event-main">
                  <div className="ent-event-body">{ev.body}</div>
                  {ev.actions && <div className="ent-event-actions">{ev.actions}</div>}
                </div>
              </div>
            ),
          }))}
        />
      )}
    </Card>
  );
}
