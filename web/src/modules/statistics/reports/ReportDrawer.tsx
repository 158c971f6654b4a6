/**
 * One report for the 经发局: its figures (累计 and derived 当月), checks and explanation, review, and a correction
 * of a counted report (approved or frozen) as a new revision with its reason; the revision history beside.
 */
import { HistoryOutlined } from "@ant-design/icons";
import { REPORT_FIELDS, type ReportField } from "@zoneos/core/statistics-indicators";
import { Alert, App, Button, Descriptions, Drawer, Input, List, Space, Table, Tag } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { QueryError } from "../../../ui/ErrorResult";
import { DateTimeText, useLocale } from "../../../ui/format";
import { ProblemAlert } from "../../../ui/ProblemAlert";
import { useDrawerWidth } from "../../../ui/useIsMobile";
import { fieldUnit, StatusTag, useFieldName, useFigureFormat } from "../parts";
import { type Report, statisticsApi, useInvalidateStatistics, useReport } from "../queries";
import { type FormText, textOf, validText, valuesOf } from "../report/values";
import { RevisionsDrawer } from "./RevisionsDrawer";

interface Props {
  reportId: string | null;
  writer: boolean;
  onClose: () => void;
  onApprove: (r: Report) => Promise<unknown>;
  onReturn: (r: Report) => void;
}

export function ReportDrawer({ reportId, writer, onClose, onApprove, onReturn }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { message } = App.useApp();
  const width = useDrawerWidth(720);
  const report = useReport(reportId);
  const r = report.data;
  const fmt = useFigureFormat();
  const fieldName = useFieldName();
  const invalidate = useInvalidateStatistics();
  const [correcting, setCorrecting] = useState<FormText | null>(null);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [history, setHistory] = useState(false);

  const correct = async () => {
    if (!r || !correcting) return;
    const values = valuesOf(correcting);
    if (!values) return;
    setBusy(true);
    setError(null);
    try {
      await statisticsApi.correct(r.id, { values, reason: reason.trim(), version: r.version });
      void message.success(t("stat.reports.corrected"));
      setCorrecting(null);
      setReason("");
      await invalidate();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const counted = r && (r.status === "approved" || r.frozen);
  const parsed = correcting ? valuesOf(correcting) : null;
  return (
    <Drawer
      open={Boolean(reportId)}
      onClose={onClose}
      width={width}
      title={r ? `${r.enterpriseName} · ${r.month}` : t("stat.reports.detail")}
      destroyOnHidden
      data-testid="report-drawer"
      extra={
        r && (
          <Button icon={<HistoryOutlined />} onClick={() => setHistory(true)} data-testid="drawer-revisions">
            {t("stat.revisions")}
          </Button>
        )
      }
    >
      {report.error ? <QueryError error={report.error} /> : null}
      {r && (
        <Space direction="vertical" size={12} style={{ width: "100%" }}>
          <Descriptions size="small" column={{ xs: 1, md: 2 }}>
            <Descriptions.Item label={t("stat.report.status")}>
              <Space size={2}>
                <StatusTag status={r.status} />
                {r.late && <StatusTag status="late" />}
                {r.frozen && <Tag>{t("stat.frozen")}</Tag>}
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t("stat.revisions")}>{t("stat.revision", { n: r.revision })}</Descriptions.Item>
            <Descriptions.Item label={t("stat.channelTitle")}>{t(`stat.channel.${r.channel}`)}</Descriptions.Item>
            <Descriptions.Item label={t("stat.report.submittedBy")}>
              {r.submittedByName ?? "—"} <DateTimeText value={r.submittedAt} empty="" />
            </Descriptions.Item>
            {r.returnReason && (
              <Descriptions.Item label={t("stat.returnReason")} span={2}>
                {r.returnReason}
              </Descriptions.Item>
            )}
          </Descriptions>
          <Table
            size="small"
            rowKey="field"
            pagination={false}
            scroll={{ x: "max-content" }}
            dataSource={REPORT_FIELDS.map((f) => ({ field: f }))}
            columns={[
              { title: t("stat.report.field"), key: "f", render: (_, { field }) => fieldName(field) },
              {
                title: t("stat.report.thisMonth"),
                key: "v",
                align: "right",
                render: (_, { field }: { field: ReportField }) =>
                  correcting ? (
                    <Input
                      size="small"
                      value={correcting[field]}
                      status={validText(field, correcting[field]) ? undefined : "error"}
                      onChange={(e) => setCorrecting({ ...correcting, [field]: e.target.value })}
                      style={{ width: 150 }}
                      aria-label={fieldName(field)}
                      data-testid={`correct-${field}`}
                    />
                  ) : (
                    <span className="num">{fmt(r.values[field], fieldUnit(field))}</span>
                  ),
              },
              {
                title: t("stat.report.derived"),
                key: "d",
                align: "right",
                render: (_, { field }) => <span className="num muted">{fmt(r.derived[field], fieldUnit(field))}</span>,
              },
            ]}
          />
          {correcting && <span className="muted small">{t("stat.report.moneyHelp")}</span>}
          {r.checks.length > 0 && (
            <List
              size="small"
              bordered
              dataSource={r.checks}
              renderItem={(c) => (
                <List.Item>
                  <Space align="start">
                    <Tag color={c.severity === "error" ? "error" : "warning"}>{t(`stat.severity.${c.severity}`)}</Tag>
                    {locale === "zh-CN" ? c.messageZh : c.messageEn}
                  </Space>
                </List.Item>
              )}
            />
          )}
          {r.explanation && (
            <Alert type="info" message={t("stat.labelled", { label: t("stat.explanation"), value: r.explanation })} />
          )}
          <ProblemAlert error={error} />
          {writer && r.status === "submitted" && !r.frozen && (
            <Space>
              <Button type="primary" onClick={() => void onApprove(r)} data-testid="drawer-approve">
                {t("stat.reports.reviewApprove")}
              </Button>
              <Button danger onClick={() => onReturn(r)} data-testid="drawer-return">
                {t("stat.reports.reviewReturn")}
              </Button>
            </Space>
          )}
          {writer && counted && !correcting && (
            <Button onClick={() => setCorrecting(textOf(r.values))} data-testid="drawer-correct">
              {t("stat.reports.correct")}
            </Button>
          )}
          {correcting && (
            <Space direction="vertical" style={{ width: "100%" }}>
              <Input.TextArea
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                placeholder={t("stat.reports.correctReason")}
                autoSize={{ minRows: 2, maxRows: 5 }}
                maxLength={500}
                data-testid="correct-reason"
              />
              <Space>
                <Button
                  type="primary"
                  loading={busy}
                  disabled={!parsed || reason.trim().length < 2}
                  onClick={() => void correct()}
                  data-testid="correct-save"
                >
                  {t("common.save")}
                </Button>
                <Button onClick={() => setCorrecting(null)}>{t("common.cancel")}</Button>
              </Space>
            </Space>
          )}
        </Space>
      )}
      <RevisionsDrawer report={history ? (r ?? null) : null} onClose={() => setHistory(false)} />
    </Drawer>
  );
}
