/**
 * 导入月度投资: pick the month, download the template of one's projects under way (plan and year to date
 * filled in), upload it with the month's figures. The server imports every row or none; a refusal lists each
 * row's problem by sheet, row and column.
 */
import { CheckCircleOutlined, DownloadOutlined, InboxOutlined } from "@ant-design/icons";
import { Alert, App, Button, DatePicker, List, Modal, Space, Steps, Table, Typography, Upload } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isProblem } from "../../../app/api";
import { useMe } from "../../../app/auth";
import { downloadFile } from "../../../ui/files";
import { ProblemAlert } from "../../../ui/ProblemAlert";
import { useDrawerWidth, useIsMobile } from "../../../ui/useIsMobile";
import { ZoneSelect } from "../../platform/ZoneSelect";
import { postForm, useInvalidate } from "../queries";
import type { InvestmentImportResult } from "../types";

interface RowProblem {
  sheet: string;
  row: number;
  column: string;
  message: string;
}

export function InvestmentImportModal({ zoneId: initialZone, onClose }: { zoneId?: string; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const { message } = App.useApp();
  const invalidate = useInvalidate();
  const width = useDrawerWidth(760);
  const [zoneId, setZoneId] = useState<string | undefined>(initialZone ?? me.zoneId ?? undefined);
  const [month, setMonth] = useState<Dayjs>(dayjs().startOf("month"));
  const [busy, setBusy] = useState(false);
  const [fileName, setFileName] = useState<string | null>(null);
  const [result, setResult] = useState<InvestmentImportResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const rows: RowProblem[] =
    isProblem(error) && Array.isArray(error.body.rows) ? (error.body.rows as RowProblem[]) : [];

  const template = async () => {
    try {
      await downloadFile(
        "/v1/projects/investments/template",
        { zoneId, month: month.format("YYYY-MM") },
        `investment-${month.format("YYYY-MM")}.xlsx`,
      );
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    }
  };

  const upload = async (file: File) => {
    if (!zoneId) return;
    setBusy(true);
    setError(null);
    setResult(null);
    setFileName(file.name);
    const body = new FormData();
    body.append("file", file);
    try {
      const answer = await postForm<InvestmentImportResult>(
        `/v1/projects/investments/import?zoneId=${encodeURIComponent(zoneId)}`,
        body,
      );
      setResult(answer);
      await invalidate("projects");
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={t("projects.investmentImport.title")}
      width={width}
      onCancel={onClose}
      footer={<Button onClick={onClose}>{result ? t("common.close") : t("common.cancel")}</Button>}
      destroyOnHidden
      data-testid="investment-import-modal"
    >
      <Steps
        direction="vertical"
        size="small"
        current={result || error ? 2 : 1}
        status={error ? "error" : result ? "finish" : "process"}
        items={[
          {
            title: t("projects.investmentImport.step1"),
            description: (
              <Space direction="vertical" size={8} style={{ width: "100%", margin: "6px 0 12px" }}>
                <Typography.Text type="secondary">{t("projects.investmentImport.step1Help")}</Typography.Text>
                {!me.zoneId && (
                  <ZoneSelect
                    value={zoneId}
                    onChange={setZoneId}
                    placeholder={t("projects.investmentImport.zone")}
                    testId="investment-import-zone"
                  />
                )}
                <Space wrap>
                  <DatePicker
                    picker="month"
                    value={month}
                    onChange={(d) => d && setMonth(d.startOf("month"))}
                    disabledDate={(d) => d.isAfter(dayjs(), "month")}
                    allowClear={false}
                    aria-label={t("projects.investmentImport.month")}
                    data-testid="investment-import-month"
                  />
                  <Button
                    icon={<DownloadOutlined />}
                    onClick={template}
                    disabled={!zoneId}
                    data-testid="investment-import-template"
                  >
                    {t("projects.investmentImport.template")}
                  </Button>
                </Space>
              </Space>
            ),
          },
          {
            title: t("projects.investmentImport.step2"),
            description: (
              <Upload.Dragger
                accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                multiple={false}
                showUploadList={false}
                disabled={busy || !zoneId}
                beforeUpload={(file) => {
                  void upload(file);
                  return false;
                }}
                style={{ marginTop: 6 }}
                data-testid="investment-import-upload"
              >
                <p className="ant-upload-drag-icon">
                  <InboxOutlined />
                </p>
                <p className="ant-upload-text">
                  {busy ? t("projects.investmentImport.uploading") : t("projects.investmentImport.drop")}
                </p>
                <p className="ant-upload-hint">{t("projects.investmentImport.rules")}</p>
              </Upload.Dragger>
            ),
          },
          { title: t("projects.investmentImport.step3") },
        ]}
      />
      {result && (
        <Alert
          type={result.imported > 0 ? "success" : "info"}
          showIcon
          icon={result.imported > 0 ? <CheckCircleOutlined /> : undefined}
          data-testid="investment-import-result"
          message={
            result.imported > 0
              ? t("projects.investmentImport.done", { ...result })
              : t("projects.investmentImport.nothing")
          }
          description={
            <>
              <div>{fileName}</div>
              {result.skipped > 0 && <div>{t("projects.investmentImport.skipped", { n: result.skipped })}</div>}
            </>
          }
        />
      )}
      {error ? (
        <Space direction="vertical" style={{ width: "100%" }} size={12} data-testid="investment-import-errors">
          <ProblemAlert error={error} />
          {rows.length > 0 && (
            <>
              <Typography.Text type="secondary">{fileName}</Typography.Text>
              <RowErrors rows={rows} />
            </>
          )}
        </Space>
      ) : null}
    </Modal>
  );
}

function RowErrors({ rows }: { rows: RowProblem[] }) {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const key = (r: RowProblem) => `${r.sheet}-${r.row}-${r.column}-${r.message}`;
  const pagination = rows.length > 10 ? ({ pageSize: 10, size: "small" } as const) : false;
  if (mobile)
    return (
      <List<RowProblem>
        size="small"
        dataSource={rows}
        pagination={pagination}
        renderItem={(r) => (
          <List.Item key={key(r)}>
            <div>
              <div className="muted small">
                {r.sheet} · {t("projects.investmentImport.row")} {r.row} · {r.column}
              </div>
              <div>{r.message}</div>
            </div>
          </List.Item>
        )}
      />
    );
  return (
    <Table<RowProblem>
      size="small"
      rowKey={key}
      dataSource={rows}
      pagination={pagination}
      scroll={{ x: "max-content" }}
      columns={[
        { title: t("projects.investmentImport.sheet"), dataIndex: "sheet", key: "sheet" },
        { title: t("projects.investmentImport.row"), dataIndex: "row", key: "row", align: "right" },
        { title: t("projects.investmentImport.column"), dataIndex: "column", key: "column" },
        { title: t("projects.investmentImport.problem"), dataIndex: "message", key: "message" },
      ]}
    />
  );
}
