/** An audit entry's `changes` as a field · before → after table. */
import type { AuditEntry } from "@zoneos/core/platform-api";
import { Table, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useLabels } from "../../../ui/labels";

function Value({ value }: { value: unknown }) {
  const { t } = useTranslation();
  if (value === null || value === undefined || value === "") return <span className="muted">—</span>;
  if (typeof value === "boolean") return <>{value ? t("common.yes") : t("common.no")}</>;
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v !== "object"))
      return <>{value.length ? value.join("、") : <span className="muted">—</span>}</>;
  }
  if (typeof value === "object")
    return (
      <Typography.Text code style={{ whiteSpace: "pre-wrap", wordBreak: "break-all", fontSize: 12 }}>
        {JSON.stringify(value)}
      </Typography.Text>
    );
  return <span style={{ wordBreak: "break-word" }}>{String(value)}</span>;
}

export function ChangesTable({ entry }: { entry: AuditEntry }) {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  const fieldName = (f: string) => {
    const core = labels.field(f);
    if (core !== f) return core;
    return i18n.exists(`audit.fields.${f}`) ? t(`audit.fields.${f}` as "audit.fields.id") : f;
  };
  const rows = Object.entries(entry.changes).map(([field, change]) => ({ field, ...change }));
  if (rows.length === 0) return <span className="muted">{t("audit.noChanges")}</span>;
  return (
    <Table
      size="small"
      rowKey="field"
      pagination={false}
      dataSource={rows}
      data-testid="audit-changes"
      columns={[
        {
          title: <span className="nowrap">{t("audit.field")}</span>,
          dataIndex: "field",
          width: 140,
          render: (f: string) => (
            <span>
              {fieldName(f)}
              {fieldName(f) !== f && (
                <div className="muted" style={{ fontSize: 12 }}>
                  {f}
                </div>
              )}
            </span>
          ),
        },
        {
          title: <span className="nowrap">{t("audit.before")}</span>,
          dataIndex: "before",
          render: (v: unknown) => (
            <span className="diff-before">
              <Value value={v} />
            </span>
          ),
        },
        {
          title: <span className="nowrap">{t("audit.after")}</span>,
          dataIndex: "after",
          render: (v: unknown) => (
            <span className="diff-after">
              <Value value={v} />
            </span>
          ),
        },
      ]}
    />
  );
}
