/**
 * 附件: the project's documents (批复、许可、合同、图纸、照片). Reporters upload PDF, images, .docx or .xlsx up to
 * 20 MB with a short note; everyone who sees the project downloads; writers, or whoever uploaded a file,
 * remove it.
 */
import {
  DeleteOutlined,
  FileExcelOutlined,
  FileImageOutlined,
  FileOutlined,
  FilePdfOutlined,
  FileWordOutlined,
  UploadOutlined,
} from "@ant-design/icons";
import { App, Button, Input, List, Popconfirm, Space, Table, Upload } from "antd";
import type { ColumnsType } from "antd/es/table";
import { type HTMLAttributes, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../../app/api";
import { useMe } from "../../../app/auth";
import { QueryError } from "../../../ui/ErrorResult";
import { DateTimeText } from "../../../ui/format";
import { useIsMobile } from "../../../ui/useIsMobile";
import { attachmentUrl, postForm, useAttachments, useInvalidate } from "../queries";
import type { Attachment, Project } from "../types";
import "./records.css";

const MAX_BYTES = 20 * 1024 * 1024;
const ACCEPT = ".pdf,.jpg,.jpeg,.png,.webp,.heic,.docx,.xlsx";
const EXTENSIONS = ACCEPT.split(",").map((e) => e.slice(1));

function size(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString()} KB`;
}

function FileIcon({ mime }: { mime: string }) {
  if (mime === "application/pdf") return <FilePdfOutlined style={{ color: "#cf1322" }} />;
  if (mime.startsWith("image/")) return <FileImageOutlined style={{ color: "#1677ff" }} />;
  if (mime.includes("wordprocessingml")) return <FileWordOutlined style={{ color: "#2f54eb" }} />;
  if (mime.includes("spreadsheetml")) return <FileExcelOutlined style={{ color: "#389e0d" }} />;
  return <FileOutlined />;
}

export function Attachments({
  project,
  canUpload,
  writable,
}: {
  project: Project;
  canUpload: boolean;
  writable: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const mobile = useIsMobile();
  const list = useAttachments(project.id);
  const invalidate = useInvalidate();
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);

  const upload = async (file: File) => {
    const ext = file.name.toLowerCase().split(".").pop() ?? "";
    // Refused here before sending 20 MB for nothing; the server checks the same again.
    if (!EXTENSIONS.includes(ext)) {
      void message.error(t("projects.attachments.badType", { name: file.name }));
      return;
    }
    if (file.size > MAX_BYTES) {
      void message.error(t("projects.attachments.tooLarge", { name: file.name }));
      return;
    }
    setBusy(true);
    const body = new FormData();
    if (note.trim()) body.append("note", note.trim());
    body.append("file", file);
    try {
      await postForm(`/v1/projects/${project.id}/attachments`, body);
      void message.success(t("projects.attachments.uploaded", { name: file.name }));
      setNote("");
      await invalidate("projects");
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const remove = async (a: Attachment) => {
    try {
      await api.delete(`/v1/projects/${project.id}/attachments/${a.id}`);
      void message.success(t("projects.attachments.removed"));
      await invalidate("projects");
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    }
  };

  const removable = (a: Attachment) => writable || (canUpload && a.uploadedBy === me.id);
  const link = (a: Attachment) => (
    <a href={attachmentUrl(project.id, a.id)} download={a.name} className="prj-file-link" data-testid="attachment-link">
      <FileIcon mime={a.mime} /> {a.name}
    </a>
  );
  const removeButton = (a: Attachment) =>
    removable(a) ? (
      <Popconfirm
        title={t("projects.attachments.removeConfirm", { name: a.name })}
        okButtonProps={{ danger: true }}
        onConfirm={() => remove(a)}
      >
        <Button
          type="text"
          size="small"
          danger
          icon={<DeleteOutlined />}
          aria-label={`${t("projects.attachments.remove")} ${a.name}`}
          data-testid="attachment-remove"
        />
      </Popconfirm>
    ) : null;

  const columns: ColumnsType<Attachment> = [
    {
      title: t("projects.attachments.name"),
      key: "name",
      render: (_, a) => (
        <div className="prj-file-cell">
          {link(a)}
          {a.note && <div className="muted small">{a.note}</div>}
        </div>
      ),
    },
    { title: t("projects.attachments.size"), key: "size", align: "right", render: (_, a) => size(a.size) },
    {
      title: t("projects.attachments.uploadedBy"),
      dataIndex: "uploadedByName",
      key: "by",
      render: (v: string | null) => <span className="nowrap">{v ?? "—"}</span>,
    },
    {
      title: t("projects.attachments.uploadedAt"),
      dataIndex: "uploadedAt",
      key: "at",
      render: (v: string) => (
        <span className="nowrap">
          <DateTimeText value={v} />
        </span>
      ),
    },
    { title: t("common.actions"), key: "actions", width: 64, render: (_, a) => removeButton(a) },
  ];

  if (list.error) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <Space direction="vertical" size={12} style={{ width: "100%" }} data-testid="project-attachments">
      {canUpload && (
        <div className="prj-attach-bar">
          <Input
            value={note}
            onChange={(e) => setNote(e.target.value)}
            maxLength={200}
            placeholder={t("projects.attachments.notePlaceholder")}
            aria-label={t("projects.attachments.note")}
            className="prj-attach-note"
            data-testid="attachment-note"
          />
          <Upload
            accept={ACCEPT}
            multiple={false}
            showUploadList={false}
            disabled={busy}
            beforeUpload={(file) => {
              void upload(file);
              return false;
            }}
          >
            <Button type="primary" icon={<UploadOutlined />} loading={busy} data-testid="attachment-upload">
              {t("projects.attachments.upload")}
            </Button>
          </Upload>
          <span className="muted small">{t("projects.attachments.rules")}</span>
        </div>
      )}
      {mobile ? (
        <List<Attachment>
          className="prj-card-list"
          loading={list.isPending}
          dataSource={list.data ?? []}
          locale={{ emptyText: t("projects.attachments.empty") }}
          renderItem={(a) => (
            <List.Item key={a.id} className="prj-card-item" data-testid="attachment-row" extra={removeButton(a)}>
              {link(a)}
              {a.note && <div className="muted small">{a.note}</div>}
              <div className="muted small">
                {size(a.size)} · {a.uploadedByName ?? "—"} · <DateTimeText value={a.uploadedAt} />
              </div>
            </List.Item>
          )}
        />
      ) : (
        <Table<Attachment>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={list.data ?? []}
          loading={list.isPending}
          pagination={false}
          scroll={{ x: "max-content" }}
          locale={{ emptyText: t("projects.attachments.empty") }}
          onRow={() => ({ "data-testid": "attachment-row" }) as HTMLAttributes<HTMLElement>}
        />
      )}
    </Space>
  );
}
