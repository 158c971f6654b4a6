/**
 * 问题清单 as a table, on the project page and zone-wide: category, description, responsible unit and
 * person, deadline (overdue rows in red with the days), status, 会办 mark, and the moves core's
 * `problemMoves` allows — 交办, 办结 (with the result), 确认 / 退回, 重新办理 — plus 提交会办 for open ones.
 */
import type { Page as ApiPage } from "@zoneos/core/platform-api";
import { problemMoves } from "@zoneos/core/project-problems";
import { App, Button, DatePicker, Form, Input, List, Popconfirm, Space, Tag, Tooltip } from "antd";
import type { ColumnsType } from "antd/es/table";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { api } from "../../../app/api";
import { useCan, useMe } from "../../../app/auth";
import { FormModal } from "../../../ui/FormModal";
import { DateText } from "../../../ui/format";
import { DataTable } from "../../../ui/TablePage";
import { useIsMobile } from "../../../ui/useIsMobile";
import { UnitTreeSelect } from "../../platform/units/UnitTreeSelect";
import { currentMonth, daysBetween, OPEN_PROBLEM, PROBLEM_STATUS_COLORS, useProjectLabels } from "../labels";
import { useInvalidate } from "../queries";
import type { Problem, ProblemStatus } from "../types";

interface Props {
  data?: ApiPage<Problem> | Problem[];
  loading?: boolean;
  showProject?: boolean;
  onPage?: (page: number, pageSize: number) => void;
  emptyText?: string;
}

export function isOverdue(p: Pick<Problem, "status" | "deadline">, today: string) {
  return OPEN_PROBLEM.includes(p.status) && p.deadline !== null && p.deadline < today;
}

export function ProblemTable({ data, loading, showProject, onPage, emptyText }: Props) {
  const { t } = useTranslation();
  const pl = useProjectLabels();
  const { today } = currentMonth();
  const mobile = useIsMobile();
  const [resolving, setResolving] = useState<Problem | null>(null);
  const [handing, setHanding] = useState<Problem | null>(null);
  const modals = (
    <>
      {resolving && <ResolveModal problem={resolving} onClose={() => setResolving(null)} />}
      {handing && <HandOutModal problem={handing} onClose={() => setHanding(null)} />}
    </>
  );

  const columns: ColumnsType<Problem> = [
    ...(showProject
      ? [
          {
            title: t("projects.problems.project"),
            key: "project",
            render: (_: unknown, p: Problem) => (
              <Link to={`/projects/${p.projectId}?tab=problems`} className="prj-unit-cell">
                {p.projectName}
              </Link>
            ),
          },
        ]
      : []),
    {
      title: t("projects.problems.description"),
      key: "description",
      render: (_, p) => (
        <div className="prj-problem-cell" data-testid="problem-row">
          <Space size={4} wrap>
            <Tag bordered={false}>{pl.problemCategory(p.category)}</Tag>
            {p.escalated && (
              <Tag color="purple" bordered={false} data-testid="problem-escalated">
                {p.meetingId ? t("projects.problems.onAgenda") : t("projects.problems.escalated")}
              </Tag>
            )}
          </Space>
          <div className="prj-pre">{p.description}</div>
          {p.resolution && (
            <div className="muted small">
              {t("projects.labelled", { label: t("projects.problems.resolution"), value: p.resolution })}
            </div>
          )}
        </div>
      ),
    },
    {
      title: t("projects.problems.responsible"),
      key: "unit",
      render: (_, p) => (
        <div className="prj-unit-cell">
          {p.responsibleUnitName ?? "—"}
          {p.responsiblePerson && <div className="muted small">{p.responsiblePerson}</div>}
        </div>
      ),
    },
    {
      title: t("projects.problems.deadline"),
      dataIndex: "deadline",
      key: "deadline",
      render: (_, p) => {
        const late = isOverdue(p, today);
        return (
          <div className="nowrap">
            <span className={late ? "prj-behind" : undefined}>
              <DateText value={p.deadline} />
            </span>
            {late && p.deadline && (
              <div>
                <Tag color="red" bordered={false} data-testid="problem-overdue">
                  {t("projects.problems.overdueDays", { days: daysBetween(p.deadline, today) })}
                </Tag>
              </div>
            )}
            <div className="muted small">{t("projects.problems.raisedOnShort", { date: pl.date(p.raisedOn) })}</div>
          </div>
        );
      },
    },
    {
      title: t("projects.problems.status"),
      dataIndex: "status",
      key: "status",
      render: (s: ProblemStatus) => (
        <Tag color={PROBLEM_STATUS_COLORS[s]} className="nowrap" data-testid="problem-status">
          {pl.problemStatus(s)}
        </Tag>
      ),
    },
    {
      title: t("common.actions"),
      key: "actions",
      render: (_, p) => (
        <ProblemActions problem={p} onResolve={() => setResolving(p)} onHandOut={() => setHanding(p)} />
      ),
    },
  ];

  if (mobile)
    return (
      <>
        <ProblemCards
          data={data}
          loading={loading}
          showProject={showProject}
          onPage={onPage}
          emptyText={emptyText}
          onResolve={setResolving}
          onHandOut={setHanding}
        />
        {modals}
      </>
    );
  return (
    <>
      <DataTable<Problem>
        rowKey="id"
        columns={columns}
        data={data}
        loading={loading}
        onPage={onPage}
        rowClassName={(p) => (isOverdue(p, today) ? "prj-row-overdue" : "")}
        locale={{ emptyText: emptyText ?? t("projects.problems.empty") }}
      />
      {modals}
    </>
  );
}

/** On a phone: one card per problem, overdue ones marked, the moves under each. */
function ProblemCards({
  data,
  loading,
  showProject,
  onPage,
  emptyText,
  onResolve,
  onHandOut,
}: Props & { onResolve: (p: Problem) => void; onHandOut: (p: Problem) => void }) {
  const { t } = useTranslation();
  const pl = useProjectLabels();
  const { today } = currentMonth();
  const paged = data && !Array.isArray(data) ? data : undefined;
  const items = paged ? paged.items : ((data as Problem[] | undefined) ?? []);
  return (
    <List<Problem>
      className="prj-card-list"
      loading={loading}
      dataSource={items}
      locale={{ emptyText: emptyText ?? t("projects.problems.empty") }}
      pagination={
        paged && paged.total > paged.pageSize && onPage
          ? { current: paged.page, pageSize: paged.pageSize, total: paged.total, simple: true, onChange: onPage }
          : false
      }
      renderItem={(p) => {
        const late = isOverdue(p, today);
        return (
          <List.Item
            key={p.id}
            className={late ? "prj-card-item prj-card-overdue" : "prj-card-item"}
            data-testid="problem-row"
          >
            {showProject && (
              <Link to={`/projects/${p.projectId}?tab=problems`} className="prj-card-name">
                {p.projectName}
              </Link>
            )}
            <Space size={4} wrap>
              <Tag color={PROBLEM_STATUS_COLORS[p.status]} data-testid="problem-status">
                {pl.problemStatus(p.status)}
              </Tag>
              <Tag bordered={false}>{pl.problemCategory(p.category)}</Tag>
              {p.escalated && (
                <Tag color="purple" bordered={false} data-testid="problem-escalated">
                  {p.meetingId ? t("projects.problems.onAgenda") : t("projects.problems.escalated")}
                </Tag>
              )}
              {late && p.deadline && (
                <Tag color="red" bordered={false} data-testid="problem-overdue">
                  {t("projects.problems.overdueDays", { days: daysBetween(p.deadline, today) })}
                </Tag>
              )}
            </Space>
            <div className="prj-pre">{p.description}</div>
            {p.resolution && (
              <div className="muted small">
                {t("projects.labelled", { label: t("projects.problems.resolution"), value: p.resolution })}
              </div>
            )}
            <div className="muted small">
              {[p.responsibleUnitName, p.responsiblePerson].filter(Boolean).join(" · ") || "—"} ·{" "}
              {t("projects.problems.deadline")} <DateText value={p.deadline} />
            </div>
            <ProblemActions problem={p} onResolve={() => onResolve(p)} onHandOut={() => onHandOut(p)} />
          </List.Item>
        );
      }}
    />
  );
}

function ProblemActions({
  problem: p,
  onResolve,
  onHandOut,
}: {
  problem: Problem;
  onResolve: () => void;
  onHandOut: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const can = useCan();
  const me = useMe();
  const invalidate = useInvalidate();
  const [busy, setBusy] = useState<string | null>(null);
  const writer = can("projects:write");
  // The responsible unit reports its own problems done; the project's managers do the rest.
  const ownUnit = Boolean(me.unitId) && me.unitId === p.responsibleUnitId;
  const moves = problemMoves(p.status);

  const run = async (key: string, call: () => Promise<unknown>, done: string) => {
    setBusy(key);
    try {
      await call();
      void message.success(done);
      await invalidate("problems", "projects", "meetings");
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(null);
    }
  };
  const move = (to: ProblemStatus) =>
    run(to, () => api.post(`/v1/problems/${p.id}/moves`, { to, version: p.version }), t("projects.problems.moved"));

  const buttons = [];
  if (moves.includes("inProgress") && writer)
    buttons.push(
      <Button key="go" size="small" type="link" onClick={onHandOut} data-testid="problem-assign">
        {p.status === "returned" ? t("projects.problems.action.reopen") : t("projects.problems.action.assign")}
      </Button>,
    );
  if (moves.includes("resolved") && (writer || ownUnit))
    buttons.push(
      <Button key="resolve" size="small" type="link" onClick={onResolve} data-testid="problem-resolve">
        {t("projects.problems.action.resolve")}
      </Button>,
    );
  if (moves.includes("confirmed") && writer)
    buttons.push(
      <Popconfirm key="confirm" title={t("projects.problems.confirmConfirm")} onConfirm={() => move("confirmed")}>
        <Button size="small" type="link" loading={busy === "confirmed"} data-testid="problem-confirm">
          {t("projects.problems.action.confirm")}
        </Button>
      </Popconfirm>,
    );
  if (moves.includes("returned") && writer)
    buttons.push(
      <Popconfirm key="return" title={t("projects.problems.returnConfirm")} onConfirm={() => move("returned")}>
        <Button size="small" type="link" danger loading={busy === "returned"} data-testid="problem-return">
          {t("projects.problems.action.return")}
        </Button>
      </Popconfirm>,
    );
  if (OPEN_PROBLEM.includes(p.status) && !p.escalated && writer)
    buttons.push(
      <Popconfirm
        key="escalate"
        title={t("projects.problems.escalateConfirm")}
        description={t("projects.problems.escalateHelp")}
        onConfirm={() =>
          run(
            "escalate",
            () => api.post(`/v1/problems/${p.id}/escalation`, { version: p.version }),
            t("projects.problems.escalatedDone"),
          )
        }
      >
        <Button size="small" type="link" loading={busy === "escalate"} data-testid="problem-escalate">
          {t("projects.problems.action.escalate")}
        </Button>
      </Popconfirm>,
    );
  if (buttons.length === 0)
    return p.status === "confirmed" ? (
      <span className="muted small">{t("projects.problems.closed")}</span>
    ) : (
      <Tooltip title={t("projects.problems.noRight")}>
        <span className="muted small">—</span>
      </Tooltip>
    );
  return (
    <Space size={0} wrap className="prj-problem-actions">
      {buttons}
    </Space>
  );
}

function ResolveModal({ problem, onClose }: { problem: Problem; onClose: () => void }) {
  const { t } = useTranslation();
  const invalidate = useInvalidate();
  const [form] = Form.useForm<{ resolution: string }>();
  return (
    <FormModal
      title={t("projects.problems.resolveTitle")}
      form={form}
      onClose={onClose}
      onSubmit={async (v) => {
        await api.post(`/v1/problems/${problem.id}/moves`, {
          to: "resolved",
          resolution: v.resolution.trim(),
          version: problem.version,
        });
        await invalidate("problems", "projects");
      }}
      successText={t("projects.problems.moved")}
      okText={t("projects.problems.action.resolve")}
      testId="resolve-modal"
      width={520}
    >
      <p className="muted" style={{ marginTop: 0 }}>
        {problem.description}
      </p>
      <Form.Item
        name="resolution"
        label={t("projects.problems.resolution")}
        rules={[{ required: true, whitespace: true, message: t("projects.problems.resolutionRequired") }]}
      >
        <Input.TextArea
          autoSize={{ minRows: 3, maxRows: 8 }}
          maxLength={2000}
          placeholder={t("projects.problems.resolutionPlaceholder")}
        />
      </Form.Item>
    </FormModal>
  );
}

/** 交办 (or 重新交办): the responsible unit and person and the deadline, prefilled with what the problem has. */
function HandOutModal({ problem, onClose }: { problem: Problem; onClose: () => void }) {
  const { t } = useTranslation();
  const invalidate = useInvalidate();
  const [form] = Form.useForm<{ responsibleUnitId: string; responsiblePerson?: string; deadline: Dayjs }>();
  const today = dayjs().startOf("day");
  return (
    <FormModal
      title={problem.status === "returned" ? t("projects.handOut.reopenTitle") : t("projects.handOut.title")}
      form={form}
      onClose={onClose}
      initialValues={{
        responsibleUnitId: problem.responsibleUnitId ?? undefined,
        responsiblePerson: problem.responsiblePerson ?? undefined,
        deadline: problem.deadline && !dayjs(problem.deadline).isBefore(today) ? dayjs(problem.deadline) : undefined,
      }}
      onSubmit={async (v) => {
        await api.post(`/v1/problems/${problem.id}/moves`, {
          to: "inProgress",
          responsibleUnitId: v.responsibleUnitId,
          responsiblePerson: v.responsiblePerson?.trim() || null,
          deadline: v.deadline.format("YYYY-MM-DD"),
          version: problem.version,
        });
        await invalidate("problems", "projects", "meetings");
      }}
      successText={t("projects.handOut.done")}
      okText={
        problem.status === "returned" ? t("projects.problems.action.reopen") : t("projects.problems.action.assign")
      }
      testId="handout-modal"
      width={520}
    >
      <p className="muted" style={{ marginTop: 0 }}>
        {problem.projectName} · {problem.description}
      </p>
      <Form.Item
        name="responsibleUnitId"
        label={t("projects.handOut.unit")}
        rules={[{ required: true, message: t("projects.handOut.unitRequired") }]}
      >
        <UnitTreeSelect zoneId={problem.zoneId} allowClear={false} testId="handout-unit" />
      </Form.Item>
      <Form.Item name="responsiblePerson" label={t("projects.handOut.person")}>
        <Input maxLength={30} placeholder={t("projects.handOut.personPlaceholder")} data-testid="handout-person" />
      </Form.Item>
      <Form.Item
        name="deadline"
        label={t("projects.handOut.deadline")}
        rules={[{ required: true, message: t("projects.handOut.deadlineRequired") }]}
      >
        <DatePicker
          style={{ width: "100%" }}
          disabledDate={(d) => d.isBefore(today, "day")}
          data-testid="handout-deadline"
        />
      </Form.Item>
    </FormModal>
  );
}
