/** A report's revision history: every version's figures, who changed them, when, why, and which fields moved. */
import { REPORT_FIELDS } from "@zoneos/core/statistics-indicators";
import { Drawer, Empty, Table, Tag, Timeline } from "antd";
import { useTranslation } from "react-i18next";
import { QueryError } from "../../../ui/ErrorResult";
import { DateTimeText } from "../../../ui/format";
import { useDrawerWidth } from "../../../ui/useIsMobile";
import { fieldUnit, useFieldName, useFigureFormat } from "../parts";
import { type Report, type Revision, useRevisions } from "../queries";

export function RevisionsDrawer({ report, onClose }: { report: Report | null; onClose: () => void }) {
  const { t } = useTranslation();
  const width = useDrawerWidth(720);
  const revisions = useRevisions(report?.id ?? null);
  const items = [...(revisions.data?.items ?? [])].sort((a, b) => b.revision - a.revision);
  return (
    <Drawer
      open={Boolean(report)}
      onClose={onClose}
      width={width}
      title={report ? `${t("stat.revisions")} · ${report.enterpriseName} ${report.month}` : ""}
      destroyOnHidden
      data-testid="revisions-drawer"
    >
      {revisions.error ? <QueryError error={revisions.error} /> : null}
      {revisions.data && items.length === 0 && <Empty description={t("stat.noRevisions")} />}
      <Timeline
        items={items.map((r) => ({
          key: r.revision,
          color: r.channel === "correction" ? "orange" : "blue",
          children: <RevisionItem revision={r} />,
        }))}
      />
    </Drawer>
  );
}

function RevisionItem({ revision: r }: { revision: Revision }) {
  const { t } = useTranslation();
  const fmt = useFigureFormat();
  const fieldName = useFieldName();
  return (
    <div data-testid="revision-item">
      <div>
        <b>{t("stat.revision", { n: r.revision })}</b> <Tag>{t(`stat.channel.${r.channel}`)}</Tag>
        <span className="muted small">
          {r.actorName ?? "—"} · <DateTimeText value={r.createdAt} />
        </span>
      </div>
      {r.reason && <div className="small">{t("stat.labelled", { label: t("stat.reason"), value: r.reason })}</div>}
      <Table
        size="small"
        rowKey="field"
        pagination={false}
        style={{ marginTop: 6 }}
        dataSource={REPORT_FIELDS.map((f) => ({ field: f }))}
        columns={[
          { title: t("stat.report.field"), key: "f", render: (_, { field }) => fieldName(field) },
          {
            title: t("stat.report.thisMonth"),
            key: "v",
            align: "right",
            render: (_, { field }) => (
              <span className={r.revision > 1 && r.changed.includes(field) ? "num stat-changed" : "num"}>
                {fmt(r.values[field], fieldUnit(field))}
              </span>
            ),
          },
        ]}
      />
    </div>
  );
}
