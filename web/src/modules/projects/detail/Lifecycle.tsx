/**
 * The lifecycle bar: the nine stages as steps (dated where the project recorded a date), a button for each
 * move core's `nextStages` allows, the next stage in line disabled with the reason `checkTransition` gives
 * (the server applies the same rule), and 暂停 / 终止. The dialog asks for the facts the target stage
 * needs: a date; for 开工 the construction permit number or a 容缺 note; for 暂停 / 终止 a reason.
 */
import { PauseCircleOutlined, StopOutlined } from "@ant-design/icons";
import {
  checkTransition,
  nextStages,
  type TransitionCheck,
  type TransitionFacts,
} from "@zoneos/core/project-lifecycle";
import { Alert, Button, Card, DatePicker, Form, Input, Space, Steps, Tooltip } from "antd";
import type { Rule } from "antd/es/form";
import dayjs, { type Dayjs } from "dayjs";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../../app/api";
import { FormModal } from "../../../ui/FormModal";
import { currentMonth, MAIN_STAGES, useProjectLabels } from "../labels";
import { useInvalidate } from "../queries";
import type { Project, ProjectStage, Transition } from "../types";

const DATED: ProjectStage[] = ["signed", "started", "completed", "production", "effective"];

interface Props {
  project: Project;
  history: Transition[];
  writable: boolean;
}

/** The refusal of a check in the UI language. */
function useRefusalText() {
  const { t } = useTranslation();
  const pl = useProjectLabels();
  return (check: TransitionCheck, project: Project, to: ProjectStage) => {
    switch (check.refusal) {
      case "notAllowed": {
        const allowed = nextStages(project.stage, project.pausedFrom).filter(
          (s) => s !== "paused" && s !== "terminated",
        );
        return allowed.length > 0
          ? t("projects.lifecycle.refusal.notAllowed", {
              from: pl.stage(project.stage),
              to: pl.stage(to),
              allowed: allowed.map(pl.stage).join(t("projects.listSeparator")),
            })
          : t("projects.lifecycle.refusal.notAllowedNone", { from: pl.stage(project.stage), to: pl.stage(to) });
      }
      case "needsDate":
        return t("projects.lifecycle.refusal.needsDate", { stage: pl.stage(to) });
      case "needsPermitOrTolerance":
        return t("projects.lifecycle.refusal.needsPermitOrTolerance");
      case "needsReason":
        return t("projects.lifecycle.refusal.needsReason");
      case "dateInFuture":
        return t("projects.lifecycle.refusal.dateInFuture");
      case "terminal":
        return t("projects.lifecycle.refusal.terminal", { stage: pl.stage(project.stage) });
      default:
        return "";
    }
  };
}

export function Lifecycle({ project: p, history, writable }: Props) {
  const { t } = useTranslation();
  const pl = useProjectLabels();
  const refusal = useRefusalText();
  const [target, setTarget] = useState<ProjectStage | null>(null);
  const { today } = currentMonth();
  const allowed = nextStages(p.stage, p.pausedFrom);
  const forward = allowed.filter((s) => s !== "paused" && s !== "terminated");
  const final = p.stage === "terminated" || p.stage === "effective";
  const steps = useRef<HTMLDivElement>(null);

  // Where the bar stands: the stage itself, or the one the project was paused (or ended) in.
  const endedFrom = [...history].reverse().find((h) => h.toStage === "terminated")?.fromStage ?? null;
  const shown = p.stage === "paused" ? p.pausedFrom : p.stage === "terminated" ? endedFrom : p.stage;
  const current = Math.max(0, MAIN_STAGES.indexOf(shown ?? "planning"));
  const stepStatus =
    p.stage === "terminated" ? "error" : p.stage === "paused" ? "wait" : p.stage === "effective" ? "finish" : "process";
  const dates: Partial<Record<ProjectStage, string | null>> = {
    started: p.actualStartOn,
    completed: p.actualCompletionOn,
    production: p.productionOn,
  };
  for (const h of history) if (h.happenedOn && !dates[h.toStage]) dates[h.toStage] = h.happenedOn;

  // The main-line stage after the furthest one allowed: shown disabled, with the reason.
  // On a narrow screen the bar scrolls: bring the current stage into the middle.
  useEffect(() => {
    const box = steps.current;
    const item = box?.querySelectorAll<HTMLElement>(".ant-steps-item")[current];
    if (box && item && box.scrollWidth > box.clientWidth)
      box.scrollLeft = item.offsetLeft - (box.clientWidth - item.offsetWidth) / 2;
  }, [current]);

  const furthest = Math.max(-1, ...forward.map((s) => MAIN_STAGES.indexOf(s)));
  const blocked = !final && p.stage !== "paused" && furthest >= 0 ? MAIN_STAGES[furthest + 1] : undefined;

  const button = (to: ProjectStage, kind: "forward" | "pause" | "terminate" | "resume") => {
    const label =
      kind === "pause"
        ? t("projects.lifecycle.pause")
        : kind === "terminate"
          ? t("projects.lifecycle.terminate")
          : kind === "resume"
            ? t("projects.lifecycle.resume", { stage: pl.stage(to) })
            : t("projects.lifecycle.move", { stage: pl.stage(to) });
    return (
      <Button
        key={to}
        type={kind === "forward" || kind === "resume" ? "primary" : "default"}
        danger={kind === "terminate"}
        icon={kind === "pause" ? <PauseCircleOutlined /> : kind === "terminate" ? <StopOutlined /> : undefined}
        onClick={() => setTarget(to)}
        data-testid={`move-${to}`}
      >
        {label}
      </Button>
    );
  };

  return (
    <Card size="small" title={t("projects.lifecycle.title")} data-testid="project-lifecycle">
      <div className="prj-steps-scroll" ref={steps}>
        <Steps
          size="small"
          current={current}
          status={stepStatus}
          responsive={false}
          labelPlacement="vertical"
          items={MAIN_STAGES.map((s) => ({
            title: pl.stage(s),
            description: dates[s] ? <span className="small">{dayjs(dates[s]).format("YYYY-MM-DD")}</span> : undefined,
          }))}
        />
      </div>
      {p.stage === "paused" && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 12 }}
          message={t("projects.lifecycle.pausedNote", { stage: pl.stage(p.pausedFrom) })}
          description={[...history].reverse().find((h) => h.toStage === "paused")?.reason ?? undefined}
        />
      )}
      {p.stage === "terminated" && (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 12 }}
          message={t("projects.lifecycle.terminatedNote")}
          description={[...history].reverse().find((h) => h.toStage === "terminated")?.reason ?? undefined}
        />
      )}
      {/* Those who may not move the project see where it stands, without buttons they cannot use. */}
      {(writable || final) && (
        <div className="prj-lifecycle-actions" data-testid="lifecycle-actions">
          {final ? (
            <span className="muted">{refusal({ ok: false, refusal: "terminal" }, p, p.stage)}</span>
          ) : (
            <Space wrap size={8}>
              {forward.map((s) => button(s, p.stage === "paused" ? "resume" : "forward"))}
              {blocked && (
                <Tooltip title={refusal(checkTransition(p.stage, blocked, {}, today, p.pausedFrom), p, blocked)}>
                  <span data-testid={`blocked-${blocked}`}>
                    <Button disabled>{t("projects.lifecycle.move", { stage: pl.stage(blocked) })}</Button>
                  </span>
                </Tooltip>
              )}
              {allowed.includes("paused") && button("paused", "pause")}
              {allowed.includes("terminated") && button("terminated", "terminate")}
            </Space>
          )}
        </div>
      )}
      {target && <TransitionModal project={p} to={target} onClose={() => setTarget(null)} />}
    </Card>
  );
}

interface Values {
  date?: Dayjs | null;
  permitNo?: string;
  toleranceNote?: string;
  reason?: string;
}

function TransitionModal({ project: p, to, onClose }: { project: Project; to: ProjectStage; onClose: () => void }) {
  const { t } = useTranslation();
  const pl = useProjectLabels();
  const refusal = useRefusalText();
  const invalidate = useInvalidate();
  const [form] = Form.useForm<Values>();
  const { today } = currentMonth();
  const resuming = p.stage === "paused" && to !== "terminated";
  const dated = DATED.includes(to) && !resuming;
  const needsReason = to === "paused" || to === "terminated";

  const facts = (v: Values): TransitionFacts => ({
    date: v.date ? v.date.format("YYYY-MM-DD") : null,
    permitNo: v.permitNo?.trim() || null,
    toleranceNote: v.toleranceNote?.trim() || null,
    reason: v.reason?.trim() || null,
  });

  /** The field's share of core's check: the field says why the move would be refused. */
  const checkRule = (field: "date" | "permitNo" | "reason"): Rule => ({
    validator: async () => {
      const check = checkTransition(p.stage, to, facts(form.getFieldsValue()), today, p.pausedFrom);
      if (!check.ok && check.field === field) throw new Error(refusal(check, p, to));
    },
  });

  const submit = async (v: Values) => {
    await api.post<Project>(`/v1/projects/${p.id}/transitions`, { to, ...facts(v), version: p.version });
    await invalidate("projects");
  };

  const title = needsReason
    ? t(to === "paused" ? "projects.lifecycle.pauseTitle" : "projects.lifecycle.terminateTitle", { name: p.name })
    : resuming
      ? t("projects.lifecycle.resume", { stage: pl.stage(to) })
      : t("projects.lifecycle.dialogTitle", { stage: pl.stage(to) });

  return (
    <FormModal<Values>
      title={title}
      form={form}
      onClose={onClose}
      onSubmit={submit}
      initialValues={{ date: dated ? dayjs() : null }}
      okText={needsReason ? t("common.confirm") : t("projects.lifecycle.confirmMove", { stage: pl.stage(to) })}
      okDanger={to === "terminated"}
      successText={t("projects.lifecycle.done", { stage: pl.stage(to) })}
      testId="transition-modal"
    >
      <p className="muted" style={{ marginTop: 0 }}>
        {t("projects.lifecycle.fromTo", { from: pl.stage(p.stage), to: pl.stage(to) })}
      </p>
      {!resuming && (
        <Form.Item
          name="date"
          label={dated ? t("projects.lifecycle.date", { stage: pl.stage(to) }) : t("projects.lifecycle.dateOptional")}
          rules={[checkRule("date")]}
        >
          <DatePicker
            style={{ width: "100%" }}
            disabledDate={(d) => d.isAfter(dayjs(), "day")}
            data-testid="transition-date"
          />
        </Form.Item>
      )}
      {to === "started" && (
        <>
          <Form.Item
            name="permitNo"
            label={t("projects.lifecycle.permitNo")}
            dependencies={["toleranceNote"]}
            rules={[checkRule("permitNo")]}
          >
            <Input
              maxLength={60}
              placeholder={t("projects.lifecycle.permitPlaceholder")}
              data-testid="transition-permit"
            />
          </Form.Item>
          <Form.Item
            name="toleranceNote"
            label={t("projects.lifecycle.toleranceNote")}
            extra={t("projects.lifecycle.toleranceHelp")}
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} data-testid="transition-tolerance" />
          </Form.Item>
        </>
      )}
      {needsReason && (
        <Form.Item name="reason" label={t("projects.lifecycle.reason")} rules={[checkRule("reason")]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 6 }} maxLength={500} data-testid="transition-reason" />
        </Form.Item>
      )}
    </FormModal>
  );
}
