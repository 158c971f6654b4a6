/**
 * 会办 (两月一会办): the zone's meetings, and planning one — its agenda is every escalated, still open problem
 * not yet on a meeting, previewed here before the meeting is created.
 */
import { PlusOutlined } from "@ant-design/icons";
import { Alert, Button, Col, DatePicker, Form, Input, List, Row, Table, Tag } from "antd";
import type { ColumnsType } from "antd/es/table";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router-dom";
import { api } from "../../../app/api";
import { useCan, useMe } from "../../../app/auth";
import { FormModal } from "../../../ui/FormModal";
import { DateText } from "../../../ui/format";
import { useListParams } from "../../../ui/listParams";
import { Page } from "../../../ui/Page";
import { TableCard } from "../../../ui/TablePage";
import { OPEN_PROBLEM, useProjectLabels } from "../labels";
import { useInvalidate, useMeetings, useProblems } from "../queries";
import type { Meeting, MeetingDetail } from "../types";
import "../projects.css";
import { useZoneFilter } from "../zoneFilter";
import "../i18n";

export default function MeetingsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const can = useCan();
  const { params } = useListParams();
  const zoneFilter = useZoneFilter();
  const zoneId = params.zoneId ?? me.zoneId ?? undefined;
  const meetings = useMeetings(params.zoneId);
  const [planning, setPlanning] = useState(false);
  const writable = can("projects:write") && me.scope !== "region";

  const columns: ColumnsType<Meeting> = [
    {
      title: t("projects.meetings.titleField"),
      dataIndex: "title",
      key: "title",
      render: (v: string, m) => (
        <Link to={`/meetings/${m.id}`} data-testid="meeting-link">
          {v}
        </Link>
      ),
    },
    {
      title: t("projects.meetings.heldOn"),
      dataIndex: "heldOn",
      key: "heldOn",
      render: (v: string) => (
        <span className="nowrap">
          <DateText value={v} />
        </span>
      ),
    },
    { title: t("projects.meetings.chair"), dataIndex: "chair", key: "chair", render: (v: string | null) => v ?? "—" },
    {
      title: t("projects.meetings.status"),
      dataIndex: "status",
      key: "status",
      render: (s: Meeting["status"]) => (
        <Tag color={s === "held" ? "green" : "blue"}>{t(`projects.meetings.state.${s}`)}</Tag>
      ),
    },
  ];

  return (
    <Page
      title={t("projects.meetings.title")}
      subtitle={t("projects.meetings.subtitle")}
      testId="page-meetings"
      extra={
        writable && zoneId ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setPlanning(true)} data-testid="meeting-plan">
            {t("projects.meetings.plan")}
          </Button>
        ) : undefined
      }
    >
      <TableCard error={meetings.error} onRetry={() => void meetings.refetch()} filters={zoneFilter}>
        <Table<Meeting>
          rowKey="id"
          columns={columns}
          dataSource={meetings.data ?? []}
          loading={meetings.isFetching}
          pagination={false}
          scroll={{ x: "max-content" }}
          locale={{ emptyText: t("projects.meetings.empty") }}
        />
      </TableCard>
      {planning && zoneId && <PlanModal zoneId={zoneId} onClose={() => setPlanning(false)} />}
    </Page>
  );
}

interface PlanValues {
  title: string;
  heldOn: Dayjs;
  chair?: string;
}

function PlanModal({ zoneId, onClose }: { zoneId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const pl = useProjectLabels();
  const navigate = useNavigate();
  const invalidate = useInvalidate();
  const [form] = Form.useForm<PlanValues>();
  const escalated = useProblems({ zoneId, escalated: true, page: 1, pageSize: 200 });
  const agenda = (escalated.data?.items ?? []).filter((p) => !p.meetingId && OPEN_PROBLEM.includes(p.status));
  const month = dayjs().month() + 1;
  return (
    <FormModal<PlanValues>
      title={t("projects.meetings.plan")}
      form={form}
      onClose={onClose}
      width={640}
      initialValues={{
        heldOn: dayjs().add(7, "day"),
        title: t("projects.meetings.defaultTitle", { year: dayjs().year(), month }),
      }}
      onSubmit={async (v) => {
        const created = await api.post<MeetingDetail>("/v1/meetings", {
          zoneId,
          title: v.title.trim(),
          heldOn: v.heldOn.format("YYYY-MM-DD"),
          chair: v.chair?.trim() || null,
        });
        await invalidate("meetings", "problems");
        navigate(`/meetings/${created.id}`);
      }}
      okText={t("projects.meetings.plan")}
      successText={t("common.created")}
      testId="meeting-modal"
    >
      <Form.Item
        name="title"
        label={t("projects.meetings.titleField")}
        rules={[
          {
            required: true,
            whitespace: true,
            message: t("common.required", { field: t("projects.meetings.titleField") }),
          },
        ]}
      >
        <Input maxLength={120} data-testid="meeting-title" />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item name="heldOn" label={t("projects.meetings.heldOn")} rules={[{ required: true }]}>
            <DatePicker style={{ width: "100%" }} allowClear={false} data-testid="meeting-date" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="chair" label={t("projects.meetings.chair")}>
            <Input maxLength={30} />
          </Form.Item>
        </Col>
      </Row>
      {agenda.length === 0 ? (
        <Alert type="info" showIcon message={t("projects.meetings.agendaEmpty")} />
      ) : (
        <div data-testid="agenda-preview">
          <div className="prj-subhead">{t("projects.meetings.agendaPreview", { n: agenda.length })}</div>
          <List
            size="small"
            bordered
            className="prj-agenda-preview"
            dataSource={agenda}
            renderItem={(p) => (
              <List.Item key={p.id}>
                <div>
                  <b>{p.projectName}</b> <Tag bordered={false}>{pl.problemCategory(p.category)}</Tag>
                  <div className="small">{p.description}</div>
                  <div className="muted small">
                    {p.responsibleUnitName ?? "—"} · <DateText value={p.deadline} />
                  </div>
                </div>
              </List.Item>
            )}
          />
        </div>
      )}
    </FormModal>
  );
}
