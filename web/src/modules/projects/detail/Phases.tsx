/**
 * 分期建设: the project's phases (一期/二期) with their investment, planned and actual windows and works, and
 * how much of the total investment they account for. Writers add, edit and remove phases.
 */
import { DeleteOutlined, EditOutlined, PlusOutlined } from "@ant-design/icons";
import { toYuan } from "@zoneos/core/format";
import { cents, yuanOf } from "@zoneos/core/project-phases";
import { App, Button, Card, Col, DatePicker, Empty, Form, Input, InputNumber, List, Popconfirm, Row } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../../app/api";
import { FormModal } from "../../../ui/FormModal";
import { DateText, Money } from "../../../ui/format";
import { useProjectLabels } from "../labels";
import { useInvalidate, usePhases } from "../queries";
import type { Phase, Project } from "../types";
import { toWan, WAN } from "./Investment";
import "./records.css";

const DATES = ["plannedStartOn", "plannedCompletionOn", "actualStartOn", "actualCompletionOn"] as const;

/** The form keeps the server's field names so its field errors land in place; `investmentYuan` is typed in 万元. */
interface Values {
  name: string;
  investmentYuan?: string;
  plannedStartOn?: Dayjs | null;
  plannedCompletionOn?: Dayjs | null;
  actualStartOn?: Dayjs | null;
  actualCompletionOn?: Dayjs | null;
  content?: string;
  sort?: number;
}

/** What the phases add up to (exact, in cents) and their share of the total investment. */
function phaseShare(phases: Phase[], totalYuan: string): { sumYuan: string; pct: string } | null {
  const amounts = phases.map((p) => p.investmentYuan).filter((y): y is string => y !== null);
  if (amounts.length === 0) return null;
  const sum = amounts.reduce((a, y) => a + cents(y), 0n);
  const total = cents(totalYuan);
  return { sumYuan: yuanOf(sum), pct: total > 0n ? ((Number(sum) / Number(total)) * 100).toFixed(1) : "—" };
}

export function Phases({ project, writable }: { project: Project; writable: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const phases = usePhases(project.id);
  const invalidate = useInvalidate();
  const [editing, setEditing] = useState<Phase | "new" | null>(null);
  const rows = phases.data ?? [];
  const pl = useProjectLabels();
  const share = phaseShare(rows, project.totalInvestmentYuan);

  const remove = async (p: Phase) => {
    try {
      await api.delete(`/v1/projects/${project.id}/phases/${p.id}`, { version: p.version });
      void message.success(t("projects.phases.removed"));
      await invalidate("projects");
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <Card
      size="small"
      title={t("projects.phases.title")}
      data-testid="project-phases"
      extra={
        writable ? (
          <Button
            size="small"
            type="link"
            icon={<PlusOutlined />}
            onClick={() => setEditing("new")}
            data-testid="phase-add"
          >
            {t("projects.phases.add")}
          </Button>
        ) : undefined
      }
    >
      <List<Phase>
        loading={phases.isPending}
        dataSource={rows}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("projects.phases.empty")} /> }}
        renderItem={(p) => (
          <List.Item
            key={p.id}
            data-testid="phase-row"
            actions={
              writable
                ? [
                    <Button
                      key="edit"
                      type="text"
                      size="small"
                      icon={<EditOutlined />}
                      onClick={() => setEditing(p)}
                      aria-label={`${t("common.edit")} ${p.name}`}
                      data-testid="phase-edit"
                    />,
                    <Popconfirm
                      key="remove"
                      title={t("projects.phases.removeConfirm", { name: p.name })}
                      okButtonProps={{ danger: true }}
                      onConfirm={() => remove(p)}
                    >
                      <Button
                        type="text"
                        size="small"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={`${t("common.delete")} ${p.name}`}
                        data-testid="phase-remove"
                      />
                    </Popconfirm>,
                  ]
                : undefined
            }
          >
            <div className="prj-phase">
              <div className="prj-phase-head">
                <b>{p.name}</b>
                <span className="num">
                  <Money yuan={p.investmentYuan} />
                </span>
              </div>
              <div className="muted small">
                {t("projects.phases.planned")} <DateText value={p.plannedStartOn} /> ~{" "}
                <DateText value={p.plannedCompletionOn} />
                {(p.actualStartOn || p.actualCompletionOn) && (
                  <>
                    {" · "}
                    {t("projects.phases.actual")} <DateText value={p.actualStartOn} /> ~{" "}
                    <DateText value={p.actualCompletionOn} />
                  </>
                )}
              </div>
              {p.content && <div className="prj-pre small">{p.content}</div>}
            </div>
          </List.Item>
        )}
      />
      {share && (
        <div className="muted small" data-testid="phase-share">
          {t("projects.phases.sum", { sum: pl.money(share.sumYuan), pct: share.pct })}
        </div>
      )}
      {editing && (
        <PhaseModal
          project={project}
          phase={editing === "new" ? null : editing}
          nextSort={Math.max(0, ...rows.map((r) => r.sort)) + 1}
          onClose={() => setEditing(null)}
        />
      )}
    </Card>
  );
}

function PhaseModal({
  project,
  phase,
  nextSort,
  onClose,
}: {
  project: Project;
  phase: Phase | null;
  nextSort: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const invalidate = useInvalidate();
  const [form] = Form.useForm<Values>();
  const day = (v?: string | null) => (v ? dayjs(v) : null);
  const initial: Partial<Values> = phase
    ? {
        name: phase.name,
        investmentYuan: phase.investmentYuan ? toWan(phase.investmentYuan) : undefined,
        plannedStartOn: day(phase.plannedStartOn),
        plannedCompletionOn: day(phase.plannedCompletionOn),
        actualStartOn: day(phase.actualStartOn),
        actualCompletionOn: day(phase.actualCompletionOn),
        content: phase.content ?? undefined,
        sort: phase.sort,
      }
    : { sort: nextSort };
  const after = (start: keyof Values) => ({
    validator: async (_: unknown, end: Dayjs | null) => {
      const from = form.getFieldValue(start) as Dayjs | null;
      if (end && from && end.isBefore(from, "day")) throw new Error(t("projects.phases.endBeforeStart"));
    },
  });
  const dateLabel = (k: (typeof DATES)[number]) => t(`projects.phases.${k}`);

  return (
    <FormModal<Values>
      title={phase ? t("projects.phases.edit") : t("projects.phases.add")}
      form={form}
      initialValues={initial}
      onClose={onClose}
      onSubmit={async (v) => {
        const body = {
          name: v.name.trim(),
          investmentYuan: v.investmentYuan?.trim() ? toYuan(v.investmentYuan.trim(), "wan") : null,
          ...Object.fromEntries(DATES.map((k) => [k, v[k] ? (v[k] as Dayjs).format("YYYY-MM-DD") : null])),
          content: v.content?.trim() || null,
          sort: v.sort ?? 0,
        };
        if (phase) await api.put(`/v1/projects/${project.id}/phases/${phase.id}`, { ...body, version: phase.version });
        else await api.post(`/v1/projects/${project.id}/phases`, body);
        await invalidate("projects");
      }}
      testId="phase-modal"
      width={600}
    >
      <Row gutter={12}>
        <Col xs={24} sm={16}>
          <Form.Item
            name="name"
            label={t("projects.phases.name")}
            rules={[{ required: true, whitespace: true, message: t("projects.phases.nameRequired") }]}
          >
            <Input maxLength={40} placeholder={t("projects.phases.namePlaceholder")} data-testid="phase-name" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item name="sort" label={t("projects.phases.sort")}>
            <InputNumber min={0} max={99} style={{ width: "100%" }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="investmentYuan"
        label={t("projects.phases.amount")}
        rules={[{ pattern: WAN, message: t("projects.validation.money") }]}
      >
        <Input inputMode="decimal" suffix={t("projects.unit.wan")} data-testid="phase-amount" />
      </Form.Item>
      <Row gutter={12}>
        {DATES.map((k, i) => (
          <Col xs={12} key={k}>
            <Form.Item
              name={k}
              label={dateLabel(k)}
              dependencies={i % 2 === 1 ? [DATES[i - 1] as string] : undefined}
              rules={i % 2 === 1 ? [after(DATES[i - 1] as keyof Values)] : undefined}
            >
              <DatePicker
                style={{ width: "100%" }}
                disabledDate={k.startsWith("actual") ? (d) => d.isAfter(dayjs(), "day") : undefined}
                data-testid={`phase-${k}`}
              />
            </Form.Item>
          </Col>
        ))}
      </Row>
      <Form.Item name="content" label={t("projects.phases.content")}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
