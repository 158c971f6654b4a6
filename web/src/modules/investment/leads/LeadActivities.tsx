/** A lead's activities, newest first, with "log a visit" (and the other kinds) preset to this lead. */
import { PlusOutlined } from "@ant-design/icons";
import type { Activity, Lead } from "@zoneos/core/investment-api";
import { Button, Dropdown, Empty, List } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { QueryError } from "../../../ui/ErrorResult";
import { ActivityDrawer } from "../activities/ActivityDrawer";
import { Dates, KindTag } from "../activities/ActivityParts";
import { ACTIVITY_KINDS, type ActivityKind, useInvLabels } from "../labels";
import { useActivities } from "../queries";

export function LeadActivities({ lead, writable }: { lead: Lead; writable: boolean }) {
  const { t } = useTranslation();
  const il = useInvLabels();
  const list = useActivities({ leadId: lead.id, pageSize: 100 });
  const [editing, setEditing] = useState<{ activity: Activity | null; kind?: ActivityKind } | null>(null);
  const items = list.data?.items ?? [];
  return (
    <div data-testid="lead-activities">
      {writable && (
        <Dropdown.Button
          type="primary"
          icon={<PlusOutlined />}
          style={{ marginBottom: 12 }}
          onClick={() => setEditing({ activity: null, kind: "visit" })}
          menu={{
            items: ACTIVITY_KINDS.map((k) => ({ key: k, label: il.kind(k) })),
            onClick: ({ key }) => setEditing({ activity: null, kind: key as ActivityKind }),
          }}
          data-testid="lead-log-activity"
        >
          {t("inv.activity.logVisit")}
        </Dropdown.Button>
      )}
      {list.error ? <QueryError error={list.error} /> : null}
      {!list.isPending && items.length === 0 ? (
        <Empty description={t("inv.activities.empty")} />
      ) : (
        <List
          loading={list.isPending}
          dataSource={items}
          renderItem={(a) => (
            <List.Item
              key={a.id}
              data-testid="lead-activity"
              actions={
                a.canEdit
                  ? [
                      <Button key="edit" type="link" size="small" onClick={() => setEditing({ activity: a })}>
                        {t("common.edit")}
                      </Button>,
                    ]
                  : []
              }
            >
              <List.Item.Meta
                title={
                  <span>
                    <KindTag kind={a.kind} /> {a.title}
                  </span>
                }
                description={
                  <div>
                    <Dates startsOn={a.startsOn} endsOn={a.endsOn} /> · {a.unitName}
                    {a.members.length > 0 ? ` · ${a.members.join("、")}` : ""}
                    {a.summary && <div style={{ whiteSpace: "pre-wrap", color: "rgba(0,0,0,.75)" }}>{a.summary}</div>}
                    {a.outcome && (
                      <div className="small">
                        {t("inv.activity.outcome")}
                        {il.sep}
                        {a.outcome}
                      </div>
                    )}
                  </div>
                }
              />
            </List.Item>
          )}
        />
      )}
      {editing && (
        <ActivityDrawer
          activity={editing.activity}
          preset={{ kind: editing.kind, leadId: lead.id, leadLabel: `${lead.investorName} · ${lead.projectName}` }}
          onClose={() => setEditing(null)}
        />
      )}
    </div>
  );
}
