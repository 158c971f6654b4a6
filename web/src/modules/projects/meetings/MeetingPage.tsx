/**
 * One 会办 meeting: its agenda (the escalated problems it took on) and the minutes with a decision per
 * problem — what was decided, a new deadline, another responsible unit. Saving the minutes moves each
 * decided problem to 办理中 with the new deadline and unit.
 */
import { App, Button, Card, Col, DatePicker, Descriptions, Empty, Form, Input, Row, Space, Tag } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { api } from "../../../app/api";
import { useCan, useMe } from "../../../app/auth";
import { QueryError } from "../../../ui/ErrorResult";
import { DateText } from "../../../ui/format";
import { applyProblemToForm } from "../../../ui/formProblem";
import { Page } from "../../../ui/Page";
import { PageLoading } from "../../../ui/PageLoading";
import { ProblemAlert } from "../../../ui/ProblemAlert";
import { UnitTreeSelect } from "../../platform/units/UnitTreeSelect";
import { PROBLEM_STATUS_COLORS, useProjectLabels } from "../labels";
import { useInvalidate, useMeeting } from "../queries";
import type { AgendaItem, MeetingDetail } from "../types";
import "../projects.css";
import "../i18n";

interface Decision {
  problemId: string;
  decision?: string;
  deadline?: Dayjs | null;
  responsibleUnitId?: string | null;
}

interface Values {
  minutes: string;
  decisions: Decision[];
}

export default function MeetingPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const can = useCan();
  const me = useMe();
  const meeting = useMeeting(id);
  if (meeting.isPending) return <PageLoading />;
  if (meeting.error || !meeting.data)
    return <QueryError error={meeting.error} onRetry={() => void meeting.refetch()} />;
  const m = meeting.data;
  const writable = can("projects:write") && me.scope !== "region";
  return (
    <Page
      title={
        <span className="prj-title">
          {m.title}
          <Tag color={m.status === "held" ? "green" : "blue"}>{t(`projects.meetings.state.${m.status}`)}</Tag>
        </span>
      }
      crumb={m.title}
      testId="page-meeting"
    >
      <Card size="small">
        <Descriptions column={{ xs: 1, sm: 3 }} size="small">
          <Descriptions.Item label={t("projects.meetings.heldOn")}>
            <DateText value={m.heldOn} />
          </Descriptions.Item>
          <Descriptions.Item label={t("projects.meetings.chair")}>{m.chair ?? "—"}</Descriptions.Item>
          <Descriptions.Item label={t("projects.meetings.agendaCount")}>
            <span className="num">{m.agenda.length}</span>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      {writable ? <MinutesForm meeting={m} /> : <Agenda meeting={m} />}
    </Page>
  );
}

function AgendaHead({ item, index }: { item: AgendaItem; index: number }) {
  const pl = useProjectLabels();
  return (
    <div className="prj-agenda-head">
      <span className="prj-agenda-no">{index + 1}</span>
      <div style={{ minWidth: 0 }}>
        <Space size={6} wrap>
          <Link to={`/projects/${item.projectId}?tab=problems`}>
            <b>{item.projectName}</b>
          </Link>
          <Tag bordered={false}>{pl.problemCategory(item.category)}</Tag>
          <Tag color={PROBLEM_STATUS_COLORS[item.status]}>{pl.problemStatus(item.status)}</Tag>
        </Space>
        <div className="prj-pre">{item.description}</div>
        <div className="muted small">
          {item.responsibleUnitName ?? "—"} · <DateText value={item.deadline} />
        </div>
      </div>
    </div>
  );
}

/** Read-only: the agenda with the decisions taken, and the minutes. */
function Agenda({ meeting: m }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  return (
    <>
      <Card size="small" title={t("projects.meetings.agenda")} data-testid="meeting-agenda">
        {m.agenda.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("projects.meetings.noAgenda")} />
        ) : (
          m.agenda.map((a, i) => (
            <div key={a.problemId} className="prj-agenda-item" data-testid="agenda-item">
              <AgendaHead item={a} index={i} />
              <div className="prj-agenda-decision">
                <span className="muted small">{t("projects.meetings.decision")}</span>
                <div className="prj-pre">{a.decision ?? t("projects.meetings.noDecision")}</div>
              </div>
            </div>
          ))
        )}
      </Card>
      <Card size="small" title={t("projects.meetings.minutes")}>
        <div className="prj-pre">{m.minutes ?? t("projects.meetings.noMinutes")}</div>
      </Card>
    </>
  );
}

function MinutesForm({ meeting: m }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const invalidate = useInvalidate();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>(null);
  const [details, setDetails] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const submit = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      await api.put(`/v1/meetings/${m.id}/minutes`, {
        minutes: v.minutes.trim(),
        decisions: v.decisions
          .filter((d) => d.decision?.trim())
          .map((d) => ({
            problemId: d.problemId,
            decision: d.decision?.trim(),
            deadline: d.deadline ? d.deadline.format("YYYY-MM-DD") : null,
            responsibleUnitId: d.responsibleUnitId ?? null,
          })),
        version: m.version,
      });
      void message.success(t("projects.meetings.minutesSaved"));
      await invalidate("meetings", "problems", "projects");
    } catch (e) {
      setDetails(applyProblemToForm(form, e));
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={submit}
      initialValues={{
        minutes: m.minutes ?? "",
        decisions: m.agenda.map((a) => ({ problemId: a.problemId, decision: a.decision ?? "" })),
      }}
      data-testid="minutes-form"
    >
      <Space direction="vertical" size={16} style={{ width: "100%" }}>
        <Card size="small" title={t("projects.meetings.agenda")} data-testid="meeting-agenda">
          {m.agenda.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("projects.meetings.noAgenda")} />
          ) : (
            m.agenda.map((a, i) => (
              <div key={a.problemId} className="prj-agenda-item" data-testid="agenda-item">
                <AgendaHead item={a} index={i} />
                <Form.Item name={["decisions", i, "problemId"]} hidden>
                  <Input />
                </Form.Item>
                <Row gutter={12} className="prj-agenda-decision">
                  <Col xs={24} lg={12}>
                    <Form.Item name={["decisions", i, "decision"]} label={t("projects.meetings.decision")}>
                      <Input.TextArea
                        autoSize={{ minRows: 2, maxRows: 6 }}
                        maxLength={2000}
                        placeholder={t("projects.meetings.decisionPlaceholder")}
                        data-testid="decision-text"
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={12} lg={5}>
                    <Form.Item name={["decisions", i, "deadline"]} label={t("projects.meetings.newDeadline")}>
                      <DatePicker style={{ width: "100%" }} disabledDate={(d) => d.isBefore(dayjs(), "day")} />
                    </Form.Item>
                  </Col>
                  <Col xs={12} lg={7}>
                    <Form.Item name={["decisions", i, "responsibleUnitId"]} label={t("projects.meetings.newUnit")}>
                      <UnitTreeSelect zoneId={m.zoneId} placeholder={t("projects.meetings.unitUnchanged")} />
                    </Form.Item>
                  </Col>
                </Row>
              </div>
            ))
          )}
        </Card>
        <Card size="small" title={t("projects.meetings.minutes")}>
          <ProblemAlert error={error} details={details} style={{ marginBottom: 12 }} />
          <Form.Item
            name="minutes"
            rules={[
              {
                required: true,
                whitespace: true,
                message: t("common.required", { field: t("projects.meetings.minutes") }),
              },
            ]}
          >
            <Input.TextArea
              autoSize={{ minRows: 4, maxRows: 16 }}
              maxLength={10_000}
              placeholder={t("projects.meetings.minutesPlaceholder")}
              data-testid="minutes-text"
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="minutes-save">
            {t("projects.meetings.saveMinutes")}
          </Button>
        </Card>
      </Space>
    </Form>
  );
}
