/**
 * 任务清单: the project's milestones as a Gantt chart (planned window against actual, overdue in red; the
 * chart loads lazily with ECharts) and a table whose planned and actual dates writers edit in place.
 */
import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { App, Button, Card, DatePicker, Empty, Form, Input, Popconfirm, Space, Table, Tag } from "antd";
import type { ColumnsType } from "antd/es/table";
import dayjs from "dayjs";
import { lazy, Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../../app/api";
import { QueryError } from "../../../ui/ErrorResult";
import { useIsMobile } from "../../../ui/useIsMobile";
import { currentMonth, daysBetween } from "../labels";
import { useInvalidate, useMilestones } from "../queries";
import type { Milestone, Project } from "../types";
import { milestoneState, STATE_COLORS } from "./milestoneState";

const MilestoneGantt = lazy(() => import("./MilestoneGantt"));

export function Milestones({ project, writable }: { project: Project; writable: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const mobile = useIsMobile();
  const milestones = useMilestones(project.id);
  const invalidate = useInvalidate();
  const [saving, setSaving] = useState<string | null>(null);
  const [form] = Form.useForm<{ name: string; plannedOn: dayjs.Dayjs | null }>();
  const { today } = currentMonth();
  const rows = milestones.data ?? [];

  const save = async (m: Milestone, patch: Partial<Pick<Milestone, "plannedOn" | "actualOn">>) => {
    setSaving(m.id);
    try {
      await api.put(`/v1/projects/${project.id}/milestones/${m.id}`, {
        name: m.name,
        sort: m.sort,
        plannedOn: m.plannedOn,
        actualOn: m.actualOn,
        ...patch,
      });
      void message.success(t("common.saved"));
      await invalidate("projects");
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setSaving(null);
    }
  };

  const add = async (v: { name: string; plannedOn: dayjs.Dayjs | null }) => {
    try {
      await api.post(`/v1/projects/${project.id}/milestones`, {
        name: v.name.trim(),
        sort: Math.max(-1, ...rows.map((m) => m.sort)) + 1,
        plannedOn: v.plannedOn ? v.plannedOn.format("YYYY-MM-DD") : null,
      });
      form.resetFields();
      void message.success(t("common.created"));
      await invalidate("projects");
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    }
  };

  const remove = async (m: Milestone) => {
    setSaving(m.id);
    try {
      await api.delete(`/v1/projects/${project.id}/milestones/${m.id}`);
      void message.success(t("projects.milestoneRemove.done"));
      await invalidate("projects");
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setSaving(null);
    }
  };

  const dateCell = (m: Milestone, field: "plannedOn" | "actualOn") =>
    writable ? (
      <DatePicker
        size="small"
        value={m[field] ? dayjs(m[field]) : null}
        onChange={(d) => void save(m, { [field]: d ? d.format("YYYY-MM-DD") : null })}
        disabledDate={field === "actualOn" ? (d) => d.isAfter(dayjs(), "day") : undefined}
        disabled={saving === m.id}
        aria-label={`${m.name} ${field === "plannedOn" ? t("projects.milestones.planned") : t("projects.milestones.actual")}`}
        data-testid={`milestone-${field}`}
        style={{ width: 130 }}
      />
    ) : (
      <span className="nowrap">{m[field] ?? "—"}</span>
    );

  const columns: ColumnsType<Milestone> = [
    { title: t("projects.milestones.name"), dataIndex: "name", key: "name", render: (v: string) => <b>{v}</b> },
    {
      title: t("projects.milestones.planned"),
      key: "plannedOn",
      render: (_, m) => dateCell(m, "plannedOn"),
    },
    {
      title: t("projects.milestones.actual"),
      key: "actualOn",
      render: (_, m) => dateCell(m, "actualOn"),
    },
    {
      title: t("projects.milestones.state"),
      key: "state",
      render: (_, m) => {
        const s = milestoneState(m, today);
        return (
          <Tag color={STATE_COLORS[s]} bordered={false} className="nowrap">
            {s === "overdue"
              ? t("projects.milestones.stateOverdue", { days: daysBetween(m.plannedOn ?? today, today) })
              : s === "late"
                ? t("projects.milestones.stateLate", { days: daysBetween(m.plannedOn ?? "", m.actualOn ?? "") })
                : t(`projects.milestones.state_${s}`)}
          </Tag>
        );
      },
    },
  ];

  if (writable)
    columns.push({
      title: t("common.actions"),
      key: "actions",
      width: 64,
      render: (_, m) => (
        <Popconfirm
          title={t("projects.milestoneRemove.confirm", { name: m.name })}
          okButtonProps={{ danger: true }}
          onConfirm={() => remove(m)}
        >
          <Button
            type="text"
            size="small"
            danger
            icon={<DeleteOutlined />}
            disabled={saving === m.id}
            aria-label={`${t("projects.milestoneRemove.button")} ${m.name}`}
            data-testid="milestone-remove"
          />
        </Popconfirm>
      ),
    });

  if (milestones.error) return <QueryError error={milestones.error} onRetry={() => void milestones.refetch()} />;
  return (
    <Space direction="vertical" size={16} style={{ width: "100%" }}>
      <Card size="small" title={t("projects.milestones.chartTitle")} data-testid="milestone-gantt-card">
        {rows.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("projects.milestones.empty")} />
        ) : rows.every((m) => !m.plannedOn && !m.actualOn) ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("projects.milestones.noDates")} />
        ) : (
          <Suspense fallback={<div className="prj-chart-placeholder" aria-busy="true" />}>
            <MilestoneGantt project={project} milestones={rows} compact={mobile} />
          </Suspense>
        )}
      </Card>
      <Card size="small" title={t("projects.milestones.title")} data-testid="milestone-table">
        <Table<Milestone>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={rows}
          loading={milestones.isPending}
          pagination={false}
          scroll={{ x: "max-content" }}
        />
        {writable && (
          <Form form={form} layout="inline" onFinish={add} className="prj-inline-add" data-testid="milestone-add">
            <Form.Item
              name="name"
              rules={[{ required: true, whitespace: true, message: t("projects.milestones.nameRequired") }]}
            >
              <Input placeholder={t("projects.milestones.newName")} maxLength={60} style={{ width: 180 }} />
            </Form.Item>
            <Form.Item name="plannedOn">
              <DatePicker placeholder={t("projects.milestones.planned")} style={{ width: 150 }} />
            </Form.Item>
            <Form.Item>
              <Button htmlType="submit" icon={<PlusOutlined />}>
                {t("projects.milestones.add")}
              </Button>
            </Form.Item>
          </Form>
        )}
      </Card>
    </Space>
  );
}
