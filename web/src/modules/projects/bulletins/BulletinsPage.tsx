/**
 * 月通报 (一月一通报): pick the zone and month, generate the bulletin (Word and PDF, archived; generating a
 * month again replaces it), read its headline figures, and download either file from the archive.
 */

import { FilePdfOutlined, FileWordOutlined, ThunderboltOutlined } from "@ant-design/icons";
import { formatMonth } from "@zoneos/core/format";
import { Alert, App, Button, Card, DatePicker, Drawer, Empty, Form, List, Space, Tag } from "antd";
import type { ColumnsType } from "antd/es/table";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { api, isProblem } from "../../../app/api";
import { useCan, useMe } from "../../../app/auth";
import { QueryError } from "../../../ui/ErrorResult";
import { downloadFile } from "../../../ui/files";
import { DateTimeText } from "../../../ui/format";
import { useListParams } from "../../../ui/listParams";
import { Page } from "../../../ui/Page";
import { ProblemAlert } from "../../../ui/ProblemAlert";
import { DataTable, TableCard } from "../../../ui/TablePage";
import { useDrawerWidth, useIsMobile } from "../../../ui/useIsMobile";
import { ZoneSelect } from "../../platform/ZoneSelect";
import { useProjectLabels } from "../labels";
import { Amount, Figure } from "../parts";
import { useBulletin, useBulletins, useInvalidate } from "../queries";
import type { Bulletin, BulletinDetail } from "../types";
import "../projects.css";
import { useZoneFilter } from "../zoneFilter";
import "../i18n";

const kb = (n: number | null) => (n == null ? "" : `${Math.max(1, Math.round(n / 1024)).toLocaleString()} KB`);

export default function BulletinsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const can = useCan();
  const pl = useProjectLabels();
  const { message } = App.useApp();
  const mobile = useIsMobile();
  const { params, page, pageSize, update } = useListParams();
  const zoneFilter = useZoneFilter();
  const list = useBulletins({ zoneId: params.zoneId, page, pageSize });
  const [open, setOpen] = useState<string | null>(null);
  const [downloading, setDownloading] = useState<string | null>(null);
  const writable = can("projects:write") && me.scope !== "region";

  const download = async (b: Bulletin, kind: "docx" | "pdf") => {
    setDownloading(`${b.id}-${kind}`);
    try {
      await downloadFile(`/v1/bulletins/${b.id}/document.${kind}`, undefined, `bulletin-${b.month}.${kind}`);
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setDownloading(null);
    }
  };

  const monthText = (m: string) => formatMonth(m, pl.locale);
  const files = (b: Bulletin) => (
    <Space size={4} wrap>
      <Button
        size="small"
        icon={<FileWordOutlined />}
        loading={downloading === `${b.id}-docx`}
        onClick={() => void download(b, "docx")}
        data-testid="bulletin-docx"
      >
        Word <span className="muted small">{kb(b.docxSize)}</span>
      </Button>
      {b.hasPdf ? (
        <Button
          size="small"
          icon={<FilePdfOutlined />}
          loading={downloading === `${b.id}-pdf`}
          onClick={() => void download(b, "pdf")}
          data-testid="bulletin-pdf"
        >
          PDF <span className="muted small">{kb(b.pdfSize)}</span>
        </Button>
      ) : (
        <Tag>{t("projects.bulletins.noPdf")}</Tag>
      )}
    </Space>
  );

  const columns: ColumnsType<Bulletin> = [
    {
      title: t("projects.bulletins.month"),
      dataIndex: "month",
      key: "month",
      render: (m: string, b) => (
        <Button
          type="link"
          size="small"
          onClick={() => setOpen(b.id)}
          className="prj-link-button"
          data-testid="bulletin-open"
        >
          {t("projects.bulletins.name", { month: monthText(m) })}
        </Button>
      ),
    },
    ...(me.zoneId
      ? []
      : [{ title: t("projects.field.zone"), dataIndex: "zoneName", key: "zone" } as ColumnsType<Bulletin>[number]]),
    {
      title: t("projects.bulletins.generatedAt"),
      dataIndex: "generatedAt",
      key: "generatedAt",
      render: (v: string, b) => (
        <div className="nowrap">
          <DateTimeText value={v} />
          <div className="muted small">
            {b.generatedByName ?? "—"}
            {b.version > 1 ? ` · ${t("projects.bulletins.version", { n: b.version })}` : ""}
          </div>
        </div>
      ),
    },
    {
      title: t("projects.bulletins.downloads"),
      key: "files",
      render: (_, b) => files(b),
    },
  ];

  return (
    <Page title={t("projects.bulletins.title")} subtitle={t("projects.bulletins.subtitle")} testId="page-bulletins">
      {writable && <GenerateCard zoneId={params.zoneId ?? me.zoneId ?? undefined} onGenerated={(b) => setOpen(b.id)} />}
      <TableCard error={list.error} onRetry={() => void list.refetch()} filters={zoneFilter}>
        <div className="prj-card-title">{t("projects.bulletins.archive")}</div>
        {mobile ? (
          <List<Bulletin>
            className="prj-card-list"
            loading={list.isFetching}
            dataSource={list.data?.items ?? []}
            locale={{ emptyText: t("projects.bulletins.empty") }}
            renderItem={(b) => (
              <List.Item key={b.id} className="prj-card-item">
                <Button
                  type="link"
                  className="prj-link-button"
                  onClick={() => setOpen(b.id)}
                  data-testid="bulletin-open"
                >
                  {t("projects.bulletins.name", { month: monthText(b.month) })}
                </Button>
                <div className="muted small">
                  <DateTimeText value={b.generatedAt} /> · {b.generatedByName ?? "—"}
                </div>
                {files(b)}
              </List.Item>
            )}
          />
        ) : (
          <DataTable<Bulletin>
            rowKey="id"
            columns={columns}
            data={list.data}
            loading={list.isFetching}
            onPage={(p, s) => update({ page: p, pageSize: s })}
            locale={{ emptyText: t("projects.bulletins.empty") }}
          />
        )}
      </TableCard>
      <BulletinDrawer id={open} onClose={() => setOpen(null)} onDownload={download} downloading={downloading} />
    </Page>
  );
}

function GenerateCard({
  zoneId: initialZone,
  onGenerated,
}: {
  zoneId?: string;
  onGenerated: (b: BulletinDetail) => void;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const { message } = App.useApp();
  const invalidate = useInvalidate();
  const [form] = Form.useForm<{ zoneId?: string; month: Dayjs }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [warning, setWarning] = useState(false);
  const submit = async (v: { zoneId?: string; month: Dayjs }) => {
    setBusy(true);
    setError(null);
    setWarning(false);
    try {
      const b = await api.post<BulletinDetail>("/v1/bulletins", {
        zoneId: v.zoneId ?? me.zoneId,
        month: v.month.format("YYYY-MM"),
      });
      setWarning(Boolean(b.warnings?.includes("pdfFontMissing")));
      void message.success(t("projects.bulletins.generated"));
      await invalidate("bulletins");
      onGenerated(b);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card size="small" title={t("projects.bulletins.generateTitle")} data-testid="bulletin-generate">
      <ProblemAlert error={error} style={{ marginBottom: 12 }} />
      {warning && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={t("projects.bulletins.pdfMissing")} />
      )}
      <Form
        form={form}
        layout="inline"
        className="prj-generate-form"
        onFinish={submit}
        initialValues={{ zoneId: initialZone, month: dayjs().subtract(1, "month").startOf("month") }}
      >
        {!me.zoneId && (
          <Form.Item
            name="zoneId"
            label={t("projects.field.zone")}
            rules={[{ required: true, message: t("projects.pickZone") }]}
          >
            <ZoneSelect style={{ minWidth: 220 }} testId="bulletin-zone" />
          </Form.Item>
        )}
        <Form.Item name="month" label={t("projects.bulletins.month")} rules={[{ required: true }]}>
          <DatePicker
            picker="month"
            allowClear={false}
            disabledDate={(d) => d.isAfter(dayjs(), "month")}
            data-testid="bulletin-month"
          />
        </Form.Item>
        <Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            icon={<ThunderboltOutlined />}
            loading={busy}
            data-testid="bulletin-generate-submit"
          >
            {t("projects.bulletins.generate")}
          </Button>
        </Form.Item>
      </Form>
      <div className="muted small" style={{ marginTop: 8 }}>
        {t("projects.bulletins.generateHelp")}
      </div>
    </Card>
  );
}

function BulletinDrawer({
  id,
  onClose,
  onDownload,
  downloading,
}: {
  id: string | null;
  onClose: () => void;
  onDownload: (b: Bulletin, kind: "docx" | "pdf") => Promise<void>;
  downloading: string | null;
}) {
  const { t } = useTranslation();
  const pl = useProjectLabels();
  const width = useDrawerWidth(640);
  const bulletin = useBulletin(id);
  const b = bulletin.data;
  const s = b?.summary;
  const pct = (v: number | null | undefined) => (v == null ? "—" : `${v.toFixed(2)}%`);
  return (
    <Drawer
      open={Boolean(id)}
      onClose={onClose}
      width={width}
      title={
        b
          ? t("projects.bulletins.name", {
              month: formatMonth(b.month, pl.locale),
            })
          : ""
      }
      data-testid="bulletin-drawer"
      extra={
        b ? (
          <Space size={4}>
            <Button
              size="small"
              icon={<FileWordOutlined />}
              loading={downloading === `${b.id}-docx`}
              onClick={() => void onDownload(b, "docx")}
            >
              Word
            </Button>
            {b.hasPdf && (
              <Button
                size="small"
                icon={<FilePdfOutlined />}
                loading={downloading === `${b.id}-pdf`}
                onClick={() => void onDownload(b, "pdf")}
              >
                PDF
              </Button>
            )}
          </Space>
        ) : undefined
      }
    >
      {bulletin.error && !isProblem(bulletin.error, 404) ? (
        <QueryError error={bulletin.error} onRetry={() => void bulletin.refetch()} />
      ) : !s ? (
        bulletin.isPending ? null : (
          <Empty />
        )
      ) : (
        <Space direction="vertical" size={16} style={{ width: "100%" }}>
          <div className="muted">
            {s.zoneName} · {t("projects.bulletins.asOf", { date: pl.date(s.asOf) })}
          </div>
          <div className="prj-figures prj-figures-3">
            <Figure label={t("projects.bulletins.projects")}>
              <span className="num">{s.projects}</span>
            </Figure>
            <Figure label={t("projects.field.totalInvestment")}>
              <Amount yuan={s.totalInvestmentYuan} />
            </Figure>
            <Figure label={t("projects.bulletins.monthInvestment")}>
              <Amount yuan={s.investment.monthYuan} />
            </Figure>
            <Figure label={t("projects.field.ytdOf", { period: pl.against("0", null, s.monthNo).period })}>
              <Amount yuan={s.investment.ytdYuan} />
            </Figure>
            <Figure label={t("projects.field.annualPlan")}>
              <Amount yuan={s.investment.planYuan} />
            </Figure>
            <Figure label={t("projects.bulletins.completion")}>
              <span className="num">{pct(s.investment.completionPct)}</span>
              {s.investment.points !== null && (
                <div className={`small ${s.investment.points >= 0 ? "prj-ahead" : "prj-behind"}`}>
                  {pl.against(s.investment.ytdYuan, s.investment.planYuan, s.monthNo).text}
                </div>
              )}
            </Figure>
            <Figure label={t("projects.bulletins.rateStart")}>
              <span className="num">{pct(s.rates.start.pct)}</span>
            </Figure>
            <Figure label={t("projects.bulletins.rateOnTime")}>
              <span className="num">{pct(s.rates.onTimeCompletion.pct)}</span>
            </Figure>
            <Figure label={t("projects.bulletins.startedCompleted")}>
              <span className="num">
                {s.started.count} / {s.completed.count}
              </span>
            </Figure>
            <Figure label={t("projects.bulletins.problemsOpen")}>
              <span className="num">{s.problems.open}</span>
              <div className="muted small">{t("projects.bulletins.overdueCount", { n: s.problems.overdue })}</div>
            </Figure>
          </div>
          {s.blackList.length > 0 && (
            <Card size="small" title={t("projects.bulletins.blackList")}>
              {s.blackList.map((p) => (
                <div key={p.projectId} className="prj-bulletin-row">
                  <Link to={`/projects/${p.projectId}`}>{p.name}</Link>{" "}
                  <Tag color={p.level === "severe" ? "red" : "gold"}>{pl.health(p.level)}</Tag>
                  <ul className="prj-flag-list small">
                    {p.flags.map((f) => (
                      <li key={`${f.rule}-${"milestone" in f ? f.milestone : ""}`}>{pl.flag(f)}</li>
                    ))}
                  </ul>
                </div>
              ))}
            </Card>
          )}
        </Space>
      )}
    </Drawer>
  );
}
