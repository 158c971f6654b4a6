/**
 * 导入月报: download the zone-month's template (prefilled with its enterprises), upload it; the server runs the
 * import as a job whose progress this polls (a bar over parse, validate, write). Any row error refuses the whole
 * file and lists every error by sheet, row and column.
 */
import { DownloadOutlined, InboxOutlined } from "@ant-design/icons";
import { Alert, App, Button, Modal, Progress, Space, Table, Typography, Upload } from "antd";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { isProblem } from "../../../app/api";
import { downloadFile, uploadFile } from "../../../ui/files";
import { useLocale } from "../../../ui/format";
import { ProblemAlert } from "../../../ui/ProblemAlert";
import { useDrawerWidth } from "../../../ui/useIsMobile";
import { type ImportJob, useImportJob, useInvalidateStatistics } from "../queries";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export async function downloadTemplate(zoneId: string, month: string) {
  await downloadFile("/v1/statistics/template.xlsx", { zoneId, month }, `月报-${month}.xlsx`);
}

export function ImportModal({ zoneId, month, onClose }: { zoneId: string; month: string; onClose: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { message } = App.useApp();
  const width = useDrawerWidth(760);
  const invalidate = useInvalidateStatistics();
  const [jobId, setJobId] = useState<string | null>(null);
  const [first, setFirst] = useState<ImportJob | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const polled = useImportJob(jobId && first && !done(first) ? jobId : null);
  const job = polled.data ?? first;
  const finished = job ? done(job) : false;

  useEffect(() => {
    if (job?.status === "succeeded") void invalidate();
  }, [job?.status, invalidate]);

  const upload = async (file: File) => {
    setBusy(true);
    setError(null);
    setFirst(null);
    setJobId(null);
    setFileName(file.name);
    try {
      const answer = await uploadFile<ImportJob>("/v1/statistics/imports", { zoneId, month }, file, XLSX);
      setFirst(answer);
      setJobId(answer.id);
    } catch (e) {
      // A job that finished at once answers 400 with the job itself (its row errors), not a problem document.
      if (isProblem(e) && Array.isArray(e.body.errors) && typeof e.body.id === "string")
        setFirst(e.body as unknown as ImportJob);
      else setError(e);
    } finally {
      setBusy(false);
    }
  };

  const template = async () => {
    try {
      await downloadTemplate(zoneId, month);
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <Modal
      open
      title={`${t("stat.import.title")} · ${month}`}
      width={width}
      onCancel={onClose}
      footer={<Button onClick={onClose}>{t("common.close")}</Button>}
      destroyOnHidden
      data-testid="import-modal"
    >
      <Space direction="vertical" size={12} style={{ width: "100%" }}>
        <Typography.Text type="secondary">{t("stat.import.hint")}</Typography.Text>
        <Button icon={<DownloadOutlined />} onClick={template} data-testid="import-template">
          {t("stat.reports.template")}
        </Button>
        <Upload.Dragger
          accept={`.xlsx,${XLSX}`}
          multiple={false}
          showUploadList={false}
          disabled={busy || (job !== null && !finished)}
          beforeUpload={(file) => {
            void upload(file);
            return false;
          }}
          data-testid="import-upload"
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{job && finished ? t("stat.import.again") : t("stat.import.pick")}</p>
          {fileName && <p className="ant-upload-hint">{fileName}</p>}
        </Upload.Dragger>
        {(busy || job) && (
          <div data-testid="import-progress">
            <Progress
              percent={busy && !job ? 0 : (job?.progressPct ?? 0)}
              status={job?.status === "failed" ? "exception" : job?.status === "succeeded" ? "success" : "active"}
            />
            {job && (
              <div className="muted small">
                {t(`stat.import.status.${job.status}`)} ·{" "}
                {t("stat.import.rows", { done: job.processedRows, total: job.totalRows })}
              </div>
            )}
          </div>
        )}
        {job?.status === "succeeded" && (
          <Alert
            type="success"
            showIcon
            message={t("stat.import.written", { n: job.written })}
            data-testid="import-ok"
          />
        )}
        {job?.status === "failed" && (
          <div data-testid="import-errors">
            <Alert type="error" showIcon message={t("stat.import.errors", { n: job.errorCount })} />
            <Table
              size="small"
              style={{ marginTop: 8 }}
              rowKey={(r) => `${r.sheet}-${r.row}-${r.column}-${r.messageZh}`}
              dataSource={job.errors}
              pagination={job.errors.length > 10 ? { pageSize: 10, size: "small" } : false}
              scroll={{ x: "max-content" }}
              columns={[
                { title: t("stat.import.sheet"), dataIndex: "sheet", key: "sheet" },
                { title: t("stat.import.row"), dataIndex: "row", key: "row", align: "right" },
                { title: t("stat.import.column"), dataIndex: "column", key: "column" },
                {
                  title: t("stat.import.message"),
                  key: "message",
                  render: (_, r) => (locale === "zh-CN" ? r.messageZh : r.messageEn),
                },
              ]}
            />
          </div>
        )}
        <ProblemAlert error={error ?? polled.error} />
      </Space>
    </Modal>
  );
}

function done(job: ImportJob): boolean {
  return job.status === "succeeded" || job.status === "failed";
}
