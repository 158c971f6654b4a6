/** An activity's kind tag, its dates, and the read-only card a calendar entry opens. */

import { useQuery } from "@tanstack/react-query";
import type { Activity } from "@zoneos/core/investment-api";
import { Button, Descriptions, Modal, Tag } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { api } from "../../../app/api";
import { QueryError } from "../../../ui/ErrorResult";
import { DateText } from "../../../ui/format";
import { type ActivityKind, KIND_COLORS, useInvLabels } from "../labels";

export function KindTag({ kind }: { kind: ActivityKind }) {
  const il = useInvLabels();
  return (
    <Tag color={KIND_COLORS[kind]} bordered={false} className="nowrap">
      {il.kind(kind)}
    </Tag>
  );
}

export function Dates({ startsOn, endsOn }: { startsOn: string; endsOn: string | null }) {
  return (
    <span className="nowrap">
      <DateText value={startsOn} />
      {endsOn && endsOn !== startsOn ? (
        <>
          {" ~ "}
          <DateText value={endsOn} />
        </>
      ) : null}
    </span>
  );
}

export function ActivityView({
  id,
  onClose,
  onEdit,
}: {
  id: string;
  onClose: () => void;
  onEdit: (a: Activity) => void;
}) {
  const { t } = useTranslation();
  const il = useInvLabels();
  const q = useQuery({
    queryKey: ["investment", "activity", id],
    queryFn: () => api.get<Activity>(`/v1/investment/activities/${id}`),
  });
  const a = q.data;
  return (
    <Modal
      open
      title={a ? a.title : t("inv.activity.one")}
      onCancel={onClose}
      footer={
        a?.canEdit ? (
          <Button type="primary" onClick={() => onEdit(a)}>
            {t("common.edit")}
          </Button>
        ) : null
      }
      loading={q.isPending}
      data-testid="activity-view"
    >
      {q.error ? <QueryError error={q.error} /> : null}
      {a && (
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: "kind", label: t("inv.activity.kind"), children: <KindTag kind={a.kind} /> },
            {
              key: "dates",
              label: t("inv.activity.dates"),
              children: <Dates startsOn={a.startsOn} endsOn={a.endsOn} />,
            },
            { key: "unit", label: t("inv.activity.unit"), children: a.unitName },
            ...(a.destinations.length > 0
              ? [{ key: "dest", label: t("inv.activity.destinations"), children: a.destinations.join("、") }]
              : []),
            ...(a.location ? [{ key: "loc", label: t("inv.activity.location"), children: a.location }] : []),
            ...(a.members.length > 0
              ? [{ key: "members", label: t("inv.activity.members"), children: a.members.join("、") }]
              : []),
            ...(a.counterparts ? [{ key: "cp", label: t("inv.activity.counterparts"), children: a.counterparts }] : []),
            ...(a.attendees != null ? [{ key: "att", label: t("inv.activity.attendees"), children: a.attendees }] : []),
            ...(a.summary ? [{ key: "sum", label: t("inv.activity.summary"), children: a.summary }] : []),
            ...(a.outcome ? [{ key: "out", label: t("inv.activity.outcome"), children: a.outcome }] : []),
            {
              key: "leads",
              label: t("inv.activity.leads"),
              children:
                a.leads.length === 0
                  ? "—"
                  : a.leads.map((l) => (
                      <div key={l.leadId}>
                        <Link to={`/investment/leads/${l.leadId}`}>{l.investorName}</Link>{" "}
                        <span className="muted small">
                          {l.projectName} · {il.relation(l.relation)}
                        </span>
                      </div>
                    )),
            },
          ]}
        />
      )}
    </Modal>
  );
}
