/**
 * 月报管理 (经发局): a zone-month's reporting progress — 未报 / 迟报 / 已提交 / 已退回 / 已通过 — with review
 * (通过 / 退回 with a reason), the Excel template and import, reminders, freezing the month, and each report's
 * figures, corrections and revision history in a drawer.
 */
import {
  BellOutlined,
  CheckOutlined,
  DownloadOutlined,
  LockOutlined,
  SettingOutlined,
  TableOutlined,
  UploadOutlined,
} from "@ant-design/icons";
import { App, Badge, Button, Card, Input, Segmented, Space, Table, Tag, Tooltip } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useCan, useMe } from "../../../app/auth";
import { QueryError } from "../../../ui/ErrorResult";
import { downloadFile } from "../../../ui/files";
import { DateTimeText, formatTimestamp, useLocale } from "../../../ui/format";
import { useListParams } from "../../../ui/listParams";
import { Page } from "../../../ui/Page";
import { DataTable } from "../../../ui/TablePage";
import { useIsMobile } from "../../../ui/useIsMobile";
import { ZoneSelect } from "../../platform/ZoneSelect";
import { isMonth, MonthPicker, StatusTag, useFigureFormat } from "../parts";
import {
  type Report,
  type ReportingStatus,
  reportingMonth,
  statisticsApi,
  useInvalidateStatistics,
  useReportingStatus,
  useReports,
} from "../queries";
import { downloadTemplate, ImportModal } from "./ImportModal";
import { ReportDrawer } from "./ReportDrawer";
import { ReturnModal } from "./ReturnModal";
import { SettingsModal } from "./SettingsModal";
import "../statistics.css";
import "../i18n";

const TABS = ["all", "missing", "late", "submitted", "returned", "approved", "draft"] as const;
type TabKey = (typeof TABS)[number];

export default function ReportsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const can = useCan();
  const locale = useLocale();
  const mobile = useIsMobile();
  const { modal, message } = App.useApp();
  const { params, page, pageSize, update } = useListParams();
  const zoneId = params.zoneId ?? me.zoneId ?? undefined;
  const month = isMonth(params.month) ? params.month : reportingMonth();
  const tab: TabKey = (TABS as readonly string[]).includes(params.tab ?? "") ? (params.tab as TabKey) : "all";
  const writer = can("statistics:write");
  const status = useReportingStatus(zoneId, month);
  const invalidate = useInvalidateStatistics();
  const [importing, setImporting] = useState(false);
  const [settings, setSettings] = useState(false);
  const [opened, setOpened] = useState<string | null>(null);
  const [returning, setReturning] = useState<Report | null>(null);
  const [q, setQ] = useState(params.q ?? "");

  const query = useMemo(
    () => ({
      zoneId,
      month,
      status: tab === "all" || tab === "missing" || tab === "late" ? undefined : tab,
      late: tab === "late" ? true : undefined,
      q: params.q,
      page,
      pageSize,
      sort: params.sort ?? "enterpriseName",
      order: params.order,
    }),
    [zoneId, month, tab, params.q, params.sort, params.order, page, pageSize],
  );
  const reports = useReports(query, Boolean(zoneId) && tab !== "missing");
  const s = status.data;

  const run = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      void message.success(done);
      await invalidate();
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    }
  };

  const approve = (r: Report) =>
    run(
      () => statisticsApi.review(r.id, { decision: "approve", reason: null, version: r.version }),
      t("stat.reports.approved"),
    );

  const tables = async () => {
    try {
      await downloadFile("/v1/statistics/tables.xlsx", { zoneId, month }, `规上工业企业主要经济指标表-${month}.xlsx`);
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    }
  };

  const tablesButton = (
    <Button icon={<TableOutlined />} onClick={() => void tables()} data-testid="reports-tables">
      {t("stat.reports.tables")}
    </Button>
  );

  const extra =
    zoneId && !writer
      ? tablesButton
      : zoneId &&
        writer && (
          <Space wrap>
            {tablesButton}
            <Button
              icon={<DownloadOutlined />}
              onClick={() => void downloadTemplate(zoneId, month)}
              data-testid="reports-template"
            >
              {t("stat.reports.template")}
            </Button>
            <Button
              icon={<UploadOutlined />}
              onClick={() => setImporting(true)}
              disabled={s?.frozen}
              data-testid="reports-import"
            >
              {t("stat.reports.import")}
            </Button>
            <Button
              icon={<CheckOutlined />}
              disabled={!s || s.counts.submitted === 0}
              onClick={() =>
                modal.confirm({
                  title: t("stat.reports.approveAllConfirm"),
                  onOk: () =>
                    run(async () => {
                      const r = await statisticsApi.approveAll(zoneId, month);
                      void message.info(t("stat.reports.approvedN", { n: r.approved }));
                    }, t("stat.reports.approved")),
                })
              }
              data-testid="reports-approve-all"
            >
              {t("stat.reports.approveAll")}
            </Button>
            <Button
              icon={<BellOutlined />}
              disabled={!s || s.counts.missing === 0 || s.frozen}
              onClick={() =>
                void run(async () => {
                  const r = await statisticsApi.remind(zoneId, month);
                  void message.info(t("stat.reports.reminded", r));
                }, t("common.saved"))
              }
              data-testid="reports-remind"
            >
              {t("stat.reports.remind")}
            </Button>
            <Button
              danger
              icon={<LockOutlined />}
              disabled={!s || s.frozen}
              onClick={() =>
                modal.confirm({
                  title: t("stat.reports.freeze"),
                  content: t("stat.reports.freezeConfirm", { month }),
                  okButtonProps: { danger: true },
                  onOk: () => run(() => statisticsApi.freeze(zoneId, month), t("stat.frozen")),
                })
              }
              data-testid="reports-freeze"
            >
              {t("stat.reports.freeze")}
            </Button>
            <Button
              icon={<SettingOutlined />}
              onClick={() => setSettings(true)}
              aria-label={t("stat.reports.settings")}
            >
              {mobile ? null : t("stat.reports.settings")}
            </Button>
          </Space>
        );

  return (
    <Page title={t("stat.reports.title")} subtitle={t("stat.reports.subtitle")} extra={extra} testId="reports-page">
      <Card size="small" style={{ marginBottom: 12 }}>
        <Space wrap size={[12, 8]}>
          {!me.zoneId && (
            <ZoneSelect
              value={zoneId}
              onChange={(z) => update({ zoneId: z })}
              placeholder={t("stat.pickZone")}
              style={{ width: 280 }}
            />
          )}
          <MonthPicker value={month} onChange={(m) => update({ month: m })} testId="reports-month" />
          {s && (
            <>
              <span className="muted small">
                {t("stat.deadline", { date: s.deadline })} · {t("stat.reports.expected")} {s.expected}
              </span>
              {s.frozen ? (
                <Tag icon={<LockOutlined />} color="blue" data-testid="reports-frozen">
                  {t("stat.frozen")}
                  {s.frozenAt &&
                    ` · ${t("stat.reports.frozenAt", { name: s.frozenByName ?? "", at: formatTimestamp(s.frozenAt, locale) })}`}
                </Tag>
              ) : (
                <Tag>{t("stat.notFrozen")}</Tag>
              )}
            </>
          )}
        </Space>
      </Card>
      {status.error ? <QueryError error={status.error} /> : null}
      {zoneId && (
        <Card className="table-card" styles={{ body: { padding: 0 } }}>
          <div className="table-card-filters stat-tabs">
            <Segmented
              value={tab}
              onChange={(v) => update({ tab: v === "all" ? undefined : String(v) })}
              options={TABS.map((k) => ({
                value: k,
                label: (
                  <span data-testid={`tab-${k}`}>
                    {k === "all" ? t("stat.reports.all") : t(`stat.status.${k}`)}{" "}
                    {s && k !== "all" && <Badge count={s.counts[k]} showZero color={badgeColor(k)} size="small" />}
                  </span>
                ),
              }))}
              style={{ maxWidth: "100%", overflowX: "auto" }}
            />
            {tab !== "missing" && (
              <Input.Search
                value={q}
                onChange={(e) => setQ(e.target.value)}
                onSearch={(v) => update({ q: v.trim() || undefined })}
                placeholder={t("stat.reports.search")}
                allowClear
                style={{ maxWidth: 280 }}
              />
            )}
          </div>
          {tab === "missing" ? (
            <MissingTable status={s} month={month} writer={writer} />
          ) : (
            <>
              {reports.error ? <QueryError error={reports.error} /> : null}
              <ReportsTable
                data={reports.data}
                loading={reports.isFetching}
                writer={writer && !s?.frozen}
                onPage={(p, ps) => update({ page: p, pageSize: ps })}
                onOpen={(r) => setOpened(r.id)}
                onApprove={(r) => void approve(r)}
                onReturn={setReturning}
              />
            </>
          )}
        </Card>
      )}
      {importing && zoneId && <ImportModal zoneId={zoneId} month={month} onClose={() => setImporting(false)} />}
      {settings && zoneId && <SettingsModal zoneId={zoneId} onClose={() => setSettings(false)} />}
      <ReportDrawer
        key={opened ?? "none"}
        reportId={opened}
        writer={writer}
        onClose={() => setOpened(null)}
        onApprove={approve}
        onReturn={setReturning}
      />
      {returning && <ReturnModal report={returning} onClose={() => setReturning(null)} />}
    </Page>
  );
}

function badgeColor(k: TabKey): string {
  return k === "missing" || k === "returned"
    ? "#fa541c"
    : k === "late"
      ? "#fa8c16"
      : k === "approved"
        ? "#52c41a"
        : "#1677ff";
}

function ReportsTable({
  data,
  loading,
  writer,
  onPage,
  onOpen,
  onApprove,
  onReturn,
}: {
  data: ReturnType<typeof useReports>["data"];
  loading: boolean;
  writer: boolean;
  onPage: (page: number, pageSize: number) => void;
  onOpen: (r: Report) => void;
  onApprove: (r: Report) => void;
  onReturn: (r: Report) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const fmt = useFigureFormat();
  const columns: ColumnsType<Report> = [
    {
      title: t("stat.enterpriseName"),
      key: "name",
      render: (_, r) => (
        <Button type="link" onClick={() => onOpen(r)} style={{ padding: 0, height: "auto", textAlign: "left" }}>
          <span className="stat-name">{r.enterpriseName}</span>
        </Button>
      ),
    },
    {
      title: t("stat.report.status"),
      key: "status",
      render: (_, r) => (
        <Space size={2}>
          <StatusTag status={r.status} />
          {r.late && <StatusTag status="late" />}
        </Space>
      ),
    },
    {
      title: t("stat.reports.output"),
      key: "output",
      align: "right",
      render: (_, r) => <span className="num nowrap">{fmt(r.values.output, "yuan")}</span>,
    },
    {
      title: t("stat.reports.checks"),
      key: "checks",
      render: (_, r) =>
        r.checks.length === 0 ? (
          <span className="muted">—</span>
        ) : (
          <Tooltip
            title={
              <div>
                {r.checks.map((c) => (
                  <div key={`${c.checkId}-${c.field}`}>{locale === "zh-CN" ? c.messageZh : c.messageEn}</div>
                ))}
                {r.explanation && (
                  <div style={{ marginTop: 6 }}>
                    {t("stat.labelled", { label: t("stat.explanation"), value: r.explanation })}
                  </div>
                )}
              </div>
            }
          >
            <Tag color="warning">{r.checks.length}</Tag>
          </Tooltip>
        ),
    },
    {
      title: t("stat.reports.submittedAt"),
      key: "submittedAt",
      render: (_, r) => <DateTimeText value={r.submittedAt} empty="—" />,
    },
    {
      title: t("stat.actions"),
      key: "actions",
      fixed: "right",
      render: (_, r) => (
        <Space size={4}>
          {writer && r.status === "submitted" && (
            <>
              <Button size="small" type="primary" onClick={() => onApprove(r)} data-testid="report-approve">
                {t("stat.reports.reviewApprove")}
              </Button>
              <Button size="small" danger onClick={() => onReturn(r)} data-testid="report-return">
                {t("stat.reports.reviewReturn")}
              </Button>
            </>
          )}
          <Button size="small" onClick={() => onOpen(r)}>
            {t("common.details")}
          </Button>
        </Space>
      ),
    },
  ];
  return (
    <DataTable<Report>
      rowKey="id"
      columns={columns}
      data={data}
      loading={loading}
      onPage={onPage}
      data-testid="reports-table"
    />
  );
}

function MissingTable({ status, month, writer }: { status?: ReportingStatus; month: string; writer: boolean }) {
  const { t } = useTranslation();
  return (
    <Table
      rowKey="enterpriseId"
      size="middle"
      dataSource={status?.missing}
      loading={!status}
      scroll={{ x: "max-content" }}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      data-testid="missing-table"
      columns={[
        { title: t("stat.enterpriseName"), dataIndex: "name", key: "name" },
        { title: t("stat.creditCode"), dataIndex: "creditCode", key: "creditCode", render: (v) => v ?? "—" },
        {
          title: t("stat.report.status"),
          key: "status",
          render: (_, r) => <StatusTag status={r.status ?? "missing"} />,
        },
        {
          title: t("stat.reports.reportedLastMonth"),
          key: "last",
          render: (_, r) => (r.reportedLastMonth ? <CheckOutlined /> : null),
        },
        {
          title: t("stat.actions"),
          key: "actions",
          render: (_, r) =>
            writer && !status?.frozen ? (
              <Link to={`/statistics/fill?enterpriseId=${r.enterpriseId}&month=${month}`}>
                {t("stat.reports.fill")}
              </Link>
            ) : null,
        },
      ]}
    />
  );
}
