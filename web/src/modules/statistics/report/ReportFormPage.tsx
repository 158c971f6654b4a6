/**
 * 企业月报: the month's eight 累计 figures with last month's and last year's beside them, the derived 当月 and
 * 同比, the checks run live on the server as the figures are typed (errors block, warnings need an explanation),
 * save or submit; below, the enterprise's reports and each one's revision history. The enterprise's own account
 * files its own; the 经发局 opens the same form for any enterprise of its zone (代填).
 */
import { HistoryOutlined } from "@ant-design/icons";
import { useQuery } from "@tanstack/react-query";
import { REPORT_FIELDS, type ReportField } from "@zoneos/core/statistics-indicators";
import { growthPct } from "@zoneos/core/statistics-math";
import { Alert, App, Button, Card, Descriptions, Input, List, Space, Table, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useDeferredValue, useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { isProblem } from "../../../app/api";
import { useMe } from "../../../app/auth";
import { QueryError } from "../../../ui/ErrorResult";
import { DateText, DateTimeText, useLocale } from "../../../ui/format";
import { useListParams } from "../../../ui/listParams";
import { Page } from "../../../ui/Page";
import { PageLoading } from "../../../ui/PageLoading";
import { ProblemAlert } from "../../../ui/ProblemAlert";
import { useIsMobile } from "../../../ui/useIsMobile";
import { fieldUnit, isMonth, MonthPicker, Pct, StatusTag, useFieldName, useFigureFormat } from "../parts";
import {
  type CheckResult,
  type Report,
  type ReportValues,
  reportingMonth,
  statisticsApi,
  useInvalidateStatistics,
  useReportForm,
  useReports,
} from "../queries";
import { RevisionsDrawer } from "../reports/RevisionsDrawer";
import { type FormText, isMoney, textOf, toText, validText, valuesOf } from "./values";
import "../statistics.css";
import "../i18n";

export default function ReportFormPage() {
  const me = useMe();
  const { params, update } = useListParams();
  const enterpriseId = params.enterpriseId ?? me.enterpriseId ?? undefined;
  const month = isMonth(params.month) ? params.month : reportingMonth();
  const { t } = useTranslation();
  if (!enterpriseId)
    return (
      <Page title={t("stat.report.title")}>
        <Alert type="warning" showIcon message={t("stat.report.notOwnEnterprise")} />
      </Page>
    );
  return (
    <ReportForm
      key={`${enterpriseId}:${month}`}
      enterpriseId={enterpriseId}
      own={!params.enterpriseId}
      month={month}
      onMonth={(m) => update({ month: m })}
    />
  );
}

function ReportForm({
  enterpriseId,
  own,
  month,
  onMonth,
}: {
  enterpriseId: string;
  own: boolean;
  month: string;
  onMonth: (m: string) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { message } = App.useApp();
  const form = useReportForm(month, own ? undefined : enterpriseId);
  const invalidate = useInvalidateStatistics();
  const fieldName = useFieldName();
  const mobile = useIsMobile();
  const [text, setText] = useState<FormText | null>(null);
  const [explanation, setExplanation] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<"draft" | "submit" | null>(null);
  const [revisionsOf, setRevisionsOf] = useState<Report | null>(null);

  const data = form.data;
  const report = data?.report ?? null;
  useEffect(() => {
    if (!data) return;
    setText(textOf(data.report?.values ?? null));
    setExplanation(data.report?.explanation ?? "");
  }, [data]);

  const editable = Boolean(
    data && !data.frozen && (!report || report.status === "draft" || report.status === "returned"),
  );
  const values = text ? valuesOf(text) : null;
  const deferred = useDeferredValue(values);
  const anyValue = deferred ? REPORT_FIELDS.some((f) => deferred[f] !== null) : false;
  const check = useQuery({
    queryKey: ["statistics", "check", enterpriseId, month, deferred],
    queryFn: () => statisticsApi.check({ enterpriseId, month, values: deferred as ReportValues }),
    enabled: Boolean(deferred && anyValue && editable),
    staleTime: 60_000,
  });
  const checks: CheckResult[] = editable ? (check.data?.checks ?? []) : (report?.checks ?? []);
  const derived = editable ? check.data?.derived : report?.derived;
  const errors = checks.filter((c) => c.severity === "error");
  const warnings = checks.filter((c) => c.severity === "warning");
  const explanationMissing = warnings.length > 0 && explanation.trim() === "";

  const save = async (submit: boolean) => {
    if (!data || !values) return;
    setBusy(submit ? "submit" : "draft");
    setError(null);
    try {
      await statisticsApi.save({
        enterpriseId,
        month,
        values,
        explanation: explanation.trim() || null,
        submit,
        version: report?.version ?? null,
      });
      void message.success(submit ? t("stat.report.submitted") : t("stat.report.saved"));
      await invalidate();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };

  if (form.isPending) return <PageLoading />;
  if (form.error || !data) return <QueryError error={form.error} onRetry={() => void form.refetch()} />;

  const refused = isProblem(error) && Array.isArray(error.body.checks) ? (error.body.checks as CheckResult[]) : [];
  const rows = REPORT_FIELDS.map((f) => ({ field: f }));
  const valueCell = (field: ReportField) => {
    const v = text?.[field] ?? "";
    const bad = !validText(field, v);
    const flagged = checks.some((c) => c.field === field);
    return editable ? (
      <Input
        value={v}
        inputMode="decimal"
        status={bad || errors.some((c) => c.field === field) ? "error" : flagged ? "warning" : undefined}
        onChange={(e) => setText((prev) => (prev ? { ...prev, [field]: e.target.value } : prev))}
        aria-label={fieldName(field)}
        data-testid={`report-${field}`}
        style={{ width: mobile ? "100%" : 180 }}
      />
    ) : (
      <b className="num">{plain(field, report?.values[field])}</b>
    );
  };
  const yoyOf = (field: ReportField) =>
    growthPct((editable ? values : report?.values)?.[field] ?? null, data.previousYear?.[field] ?? null, 1);
  const columns: ColumnsType<{ field: ReportField }> = [
    {
      title: t("stat.report.field"),
      key: "field",
      render: (_, { field }) => (
        <span className="nowrap">
          {fieldName(field)}
          <span className="muted small"> ({unitOf(field)})</span>
        </span>
      ),
    },
    {
      title: t("stat.report.thisMonth"),
      key: "value",
      width: 200,
      render: (_, { field }) => valueCell(field),
    },
    {
      title: t("stat.report.derived"),
      key: "derived",
      align: "right",
      render: (_, { field }) => <span className="num">{plain(field, derived?.[field])}</span>,
    },
    {
      title: t("stat.report.lastMonth"),
      key: "lastMonth",
      align: "right",
      render: (_, { field }) => <span className="num muted">{plain(field, data.previousMonth?.[field])}</span>,
    },
    {
      title: t("stat.report.lastYear"),
      key: "lastYear",
      align: "right",
      render: (_, { field }) => <span className="num muted">{plain(field, data.previousYear?.[field])}</span>,
    },
    {
      title: t("stat.report.yoy"),
      key: "yoy",
      align: "right",
      render: (_, { field }) => <Pct value={yoyOf(field)} />,
    },
  ];

  function unitOf(field: ReportField): string {
    if (isMoney(field)) return t("stat.unit.yuan");
    const u = fieldUnit(field);
    return u === "kwh" ? t("stat.unit.kwhRaw") : t(`stat.unit.${u as "tce" | "persons"}`);
  }

  return (
    <Page
      title={t("stat.report.title")}
      subtitle={t("stat.report.subtitle")}
      testId="report-form-page"
      extra={<MonthPicker value={month} onChange={onMonth} testId="report-month" />}
    >
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t("stat.report.enterprise")}>
            <b>{data.enterprise.name}</b>
          </Descriptions.Item>
          <Descriptions.Item label={t("stat.creditCode")}>{data.enterprise.creditCode ?? "—"}</Descriptions.Item>
          <Descriptions.Item label={t("stat.report.status")}>
            <Space size={4} wrap data-testid="report-status">
              {report ? <StatusTag status={report.status} /> : <StatusTag status="missing" />}
              {report?.late && <StatusTag status="late" />}
              {data.frozen && <Tag>{t("stat.frozen")}</Tag>}
              <span className="muted small">
                {t("stat.deadline", { date: "" })}
                <DateText value={data.deadline} />
              </span>
            </Space>
          </Descriptions.Item>
        </Descriptions>
      </Card>

      {data.frozen && <Alert type="info" showIcon message={t("stat.report.frozenNote")} style={{ marginBottom: 16 }} />}
      {!data.frozen && report?.status === "submitted" && (
        <Alert type="info" showIcon message={t("stat.report.readOnly")} style={{ marginBottom: 16 }} />
      )}
      {report?.status === "returned" && (
        <Alert
          type="error"
          showIcon
          data-testid="report-returned"
          message={t("stat.report.returnedNote", { reason: report.returnReason ?? "" })}
          style={{ marginBottom: 16 }}
        />
      )}

      <Card
        size="small"
        title={
          <span>
            {t("stat.report.title")} ·{" "}
            {locale === "zh-CN" ? `${month.slice(0, 4)}年${Number(month.slice(5))}月` : month}
          </span>
        }
        extra={<span className="muted small">{t("stat.report.moneyHelp")}</span>}
      >
        {mobile ? (
          // A phone stacks each figure: its input, then last month's, last year's, the derived month and 同比.
          <div data-testid="report-table">
            {REPORT_FIELDS.map((field) => (
              <div key={field} className="stat-field">
                <div className="stat-field-label">
                  {fieldName(field)} <span className="muted small">({unitOf(field)})</span>
                </div>
                {valueCell(field)}
                <div className="muted small stat-field-refs">
                  <span>
                    {t("stat.report.lastMonth")} {plain(field, data.previousMonth?.[field])}
                  </span>
                  <span>
                    {t("stat.report.lastYear")} {plain(field, data.previousYear?.[field])}
                  </span>
                  <span>
                    {t("stat.report.derived")} {plain(field, derived?.[field])}
                  </span>
                  <span>
                    {t("stat.report.yoy")} <Pct value={yoyOf(field)} />
                  </span>
                </div>
              </div>
            ))}
          </div>
        ) : (
          <Table
            rowKey="field"
            size="small"
            columns={columns}
            dataSource={rows}
            pagination={false}
            scroll={{ x: "max-content" }}
            data-testid="report-table"
          />
        )}
        <ChecksPanel
          checks={refused.length > 0 ? refused : checks}
          loading={editable && check.isFetching}
          shown={editable ? anyValue : Boolean(report)}
        />
        {(editable || report?.explanation) && (
          <div style={{ marginTop: 12 }}>
            <Typography.Text strong>{t("stat.explanation")}</Typography.Text>
            {editable ? (
              <Input.TextArea
                value={explanation}
                onChange={(e) => setExplanation(e.target.value)}
                placeholder={t("stat.report.explanationPlaceholder")}
                autoSize={{ minRows: 2, maxRows: 6 }}
                maxLength={1000}
                status={explanationMissing ? "warning" : undefined}
                data-testid="report-explanation"
              />
            ) : (
              <div>{report?.explanation}</div>
            )}
          </div>
        )}
        <ProblemAlert error={error} style={{ marginTop: 12 }} />
        {editable && (
          <Space style={{ marginTop: 16 }} wrap>
            <Button
              loading={busy === "draft"}
              disabled={!values || busy !== null}
              onClick={() => void save(false)}
              data-testid="report-save"
            >
              {t("stat.report.saveDraft")}
            </Button>
            <Button
              type="primary"
              loading={busy === "submit"}
              disabled={
                !values || !anyValue || errors.length > 0 || explanationMissing || busy !== null || check.isFetching
              }
              onClick={() => void save(true)}
              data-testid="report-submit"
            >
              {t("stat.report.submit")}
            </Button>
            {explanationMissing && <span className="muted small">{t("stat.report.explanationRequired")}</span>}
          </Space>
        )}
      </Card>

      <History enterpriseId={enterpriseId} own={own} onOpen={setRevisionsOf} onMonth={onMonth} />
      <RevisionsDrawer report={revisionsOf} onClose={() => setRevisionsOf(null)} />
    </Page>
  );
}

/** A figure in the unit the form is typed in (万元, kWh, persons, tce), digits grouped. */
function plain(field: ReportField, value: string | null | undefined): string {
  const text = toText(field, value);
  if (text === "") return "—";
  const [int = "", frac] = text.split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

function ChecksPanel({ checks, loading, shown }: { checks: CheckResult[]; loading: boolean; shown: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (!shown) return null;
  const errors = checks.filter((c) => c.severity === "error").length;
  const warnings = checks.length - errors;
  return (
    <div className="stat-checks" data-testid="report-checks" aria-live="polite">
      <Typography.Text strong>{t("stat.report.checks")}</Typography.Text>{" "}
      {loading ? (
        <span className="muted small">{t("stat.report.checking")}</span>
      ) : checks.length === 0 ? (
        <Tag color="success">{t("stat.report.checksOk")}</Tag>
      ) : errors > 0 ? (
        <Tag color="error">{t("stat.report.hasErrors")}</Tag>
      ) : warnings > 0 ? (
        <Tag color="warning">{t("stat.report.needsExplanation")}</Tag>
      ) : null}
      {checks.length > 0 && (
        <List
          size="small"
          dataSource={checks}
          renderItem={(c) => (
            <List.Item data-testid={`check-${c.checkId}`}>
              <Space align="start">
                <Tag color={c.severity === "error" ? "error" : "warning"}>{t(`stat.severity.${c.severity}`)}</Tag>
                <span>{locale === "zh-CN" ? c.messageZh : c.messageEn}</span>
              </Space>
            </List.Item>
          )}
        />
      )}
    </div>
  );
}

function History({
  enterpriseId,
  own,
  onOpen,
  onMonth,
}: {
  enterpriseId: string;
  own: boolean;
  onOpen: (r: Report) => void;
  onMonth: (m: string) => void;
}) {
  const { t } = useTranslation();
  const fmt = useFigureFormat();
  const [page, setPage] = useState(1);
  const params = useMemo(
    () => ({ enterpriseId: own ? undefined : enterpriseId, sort: "month", order: "desc", page, pageSize: 12 }),
    [enterpriseId, own, page],
  );
  const reports = useReports(params);
  const columns: ColumnsType<Report> = [
    {
      title: t("stat.month"),
      dataIndex: "month",
      key: "month",
      render: (m: string) => (
        <Button type="link" size="small" onClick={() => onMonth(m)} style={{ padding: 0 }}>
          {m}
        </Button>
      ),
    },
    { title: t("stat.report.status"), key: "status", render: (_, r) => <StatusTag status={r.status} /> },
    {
      title: t("stat.reports.output"),
      key: "output",
      align: "right",
      render: (_, r) => <span className="num">{fmt(r.values.output, "yuan")}</span>,
    },
    { title: t("stat.channelTitle"), key: "channel", render: (_, r) => t(`stat.channel.${r.channel}`) },
    { title: t("stat.revisions"), key: "revision", align: "right", render: (_, r) => r.revision },
    {
      title: t("stat.reports.submittedAt"),
      key: "submittedAt",
      render: (_, r) => <DateTimeText value={r.submittedAt} empty="—" />,
    },
    {
      title: t("stat.actions"),
      key: "actions",
      render: (_, r) => (
        <Button size="small" icon={<HistoryOutlined />} onClick={() => onOpen(r)} data-testid="report-revisions">
          {t("stat.revisions")}
        </Button>
      ),
    },
  ];
  return (
    <Card size="small" title={t("stat.report.history")} style={{ marginTop: 16 }}>
      {reports.error ? <QueryError error={reports.error} /> : null}
      <Table<Report>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={reports.data?.items}
        loading={reports.isFetching}
        scroll={{ x: "max-content" }}
        pagination={
          reports.data
            ? { current: page, pageSize: 12, total: reports.data.total, onChange: setPage, simple: true }
            : false
        }
        data-testid="report-history"
      />
    </Card>
  );
}
