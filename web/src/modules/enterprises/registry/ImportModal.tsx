/**
 * Excel import: download the template, upload a filled .xlsx; the server imports all rows or none. A
 * refusal lists every row's problem (sheet, row, column, message); success says how many were created
 * and updated (matched by credit code).
 */
import { CheckCircleOutlined, DownloadOutlined, InboxOutlined } from "@ant-design/icons";
import { Alert, App, Button, List, Modal, Space, Steps, Table, Typography, Upload } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isProblem } from "../../../app/api";
import { useMe } from "../../../app/auth";
import { downloadFile, uploadFile } from "../../../ui/files";
import { ProblemAlert } from "../../../ui/ProblemAlert";
import { useDrawerWidth, useIsMobile } from "../../../ui/useIsMobile";
import { ZoneSelect } from "../../platform/ZoneSelect";
import { useInvalidate } from "../queries";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

interface RowProblem {
  sheet: string;
  row: number;
  column: string;
  message: string;
}

export function ImportModal({ zoneId: initialZone, onClose }: { zoneId?: string; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const { message } = App.useApp();
  const invalidate = useInvalidate();
  const width = useDrawerWidth(720);
  const mobile = useIsMobile();
  const [zoneId, setZoneId] = useState<string | undefined>(initialZone ?? me.zoneId ?? undefined);
  const [busy, setBusy] = useState(false);
  const [fileName, setFileName] = useState<string | null>(null);
  const [result, setResult] = useState<{ created: number; updated: number } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const rows: RowProblem[] =
    isProblem(error) && Array.isArray(error.body.rows) ? (error.body.rows as RowProblem[]) : [];

  const template = async () => {
    try {
      await downloadFile("/v1/enterprises/import-template.xlsx", undefined, "enterprises-template.xlsx");
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
    try {
      const answer = await uploadFile<{ created: number; updated: number }>(
        "/v1/enterprises/import",
        { zoneId },
        file,
        XLSX,
      );
      setResult(answer);
      await invalidate("enterprises", "cultivation");
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={t("enterprises.import.title")}
      width={width}
      onCancel={onClose}
      footer={<Button onClick={onClose}>{result ? t("common.close") : t("common.cancel")}</Button>}
      destroyOnHidden
      data-testid="import-modal"
    >
      <Steps
        direction="vertical"
        size="small"
        current={result || error ? 2 : 1}
        status={error ? "error" : result ? "finish" : "process"}
        items={[
          {
            title: t("enterprises.import.step1"),
            description: (
              <Button icon={<DownloadOutlined />} onClick={template} style={{ margin: "6px 0 12px" }}>
                {t("enterprises.import.template")}
              </Button>
            ),
          },
          {
            title: t("enterprises.import.step2"),
            description: (
              <Space direction="vertical" style={{ width: "100%", marginTop: 6 }} size={12}>
                {!me.zoneId && (
                  <ZoneSelect
                    value={zoneId}
                    onChange={setZoneId}
                    placeholder={t("enterprises.import.zone")}
                    testId="import-zone"
                  />
                )}
                <Upload.Dragger
                  accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                  multiple={false}
                  showUploadList={false}
                  disabled={busy || !zoneId}
                  beforeUpload={(file) => {
                    void upload(file);
                    return false;
                  }}
                  data-testid="import-upload"
                >
                  <p className="ant-upload-drag-icon">
                    <InboxOutlined />
                  </p>
                  <p className="ant-upload-text">
                    {busy ? t("enterprises.import.uploading") : t("enterprises.import.drop")}
                  </p>
                  <p className="ant-upload-hint">{t("enterprises.import.rules")}</p>
                </Upload.Dragger>
              </Space>
            ),
          },
          { title: t("enterprises.import.step3") },
        ]}
      />
      {result && (
        <Alert
          type="success"
          showIcon
          icon={<CheckCircleOutlined />}
          data-testid="import-result"
          message={t("enterprises.import.done", { created: result.created, updated: result.updated })}
          description={fileName}
        />
      )}
      {error ? (
        <Space direction="vertical" style={{ width: "100%" }} size={12} data-testid="import-errors">
          <ProblemAlert error={error} />
          {rows.length > 0 && (
            <>
              <Typography.Text type="secondary">{fileName}</Typography.Text>
              {mobile ? (
                <List<RowProblem>
                  size="small"
                  dataSource={rows}
                  pagination={rows.length > 10 ? { pageSize: 10, size: "small" } : false}
                  renderItem={(r) => (
                    <List.Item key={`${r.sheet}-${r.row}-${r.column}-${r.message}`}>
                      <div>
                        <div className="muted small">
                          {r.sheet} · {t("enterprises.import.row")} {r.row} · {r.column}
                        </div>
                        <div>{r.message}</div>
                      </div>
                    </List.Item>
                  )}
                />
              ) : (
                <Table<RowProblem>
                  size="small"
                  rowKey={(r) => `${r.sheet}-${r.row}-${r.column}-${r.message}`}
                  dataSource={rows}
                  pagination={rows.length > 10 ? { pageSize: 10, size: "small" } : false}
                  scroll={{ x: "max-content" }}
                  columns={[
                    { title: t("enterprises.import.sheet"), dataIndex: "sheet", key: "sheet" },
                    { title: t("enterprises.import.row"), dataIndex: "row", key: "row", align: "right" },
                    { title: t("enterprises.import.column"), dataIndex: "column", key: "column" },
                    { title: t("enterprises.import.problem"), dataIndex: "message", key: "message" },
                  ]}
                />
              )}
            </>
          )}
        </Space>
      ) : null}
    </Modal>
  );
}
