/** 集中开工: the zone's start-together events (date, projects, total investment), and registering one. */
import { PlusOutlined } from "@ant-design/icons";
import { Button, Col, DatePicker, Form, Input, Row, Table } from "antd";
import type { ColumnsType } from "antd/es/table";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { api } from "../../../app/api";
import { useCan, useMe } from "../../../app/auth";
import { FormModal } from "../../../ui/FormModal";
import { DateText } from "../../../ui/format";
import { useListParams } from "../../../ui/listParams";
import { Page } from "../../../ui/Page";
import { TableCard } from "../../../ui/TablePage";
import { Amount, StageTag } from "../parts";
import { ProjectMultiSelect } from "../pickers";
import { useBatches, useInvalidate } from "../queries";
import type { Batch } from "../types";
import "../projects.css";
import "../supervision.css";
import { useZoneFilter } from "../zoneFilter";
import "../i18n";

/** A batch's member projects: code, name, stage, total investment. */
function BatchProjects({ batch }: { batch: Batch }) {
  return (
    <ul className="prj-batch-projects" data-testid="batch-projects">
      {batch.projects.map((p) => (
        <li key={p.id}>
          <span className="mono muted small">{p.code}</span> <Link to={`/projects/${p.id}`}>{p.name}</Link>{" "}
          <StageTag project={{ stage: p.stage, pausedFrom: null }} /> <Amount yuan={p.totalInvestmentYuan} />
        </li>
      ))}
    </ul>
  );
}

export default function BatchesPage() {
  const { t } = useTranslation();
  const me = useMe();
  const can = useCan();
  const { params } = useListParams();
  const zoneFilter = useZoneFilter();
  const zoneId = params.zoneId ?? me.zoneId ?? undefined;
  const batches = useBatches(params.zoneId);
  const [creating, setCreating] = useState(false);
  const writable = can("projects:write") && me.scope !== "region";

  const columns: ColumnsType<Batch> = [
    { title: t("projects.batches.name"), dataIndex: "name", key: "name", render: (v: string) => <b>{v}</b> },
    {
      title: t("projects.batches.heldOn"),
      dataIndex: "heldOn",
      key: "heldOn",
      render: (v: string) => (
        <span className="nowrap">
          <DateText value={v} />
        </span>
      ),
    },
    {
      title: t("projects.batches.projectCount"),
      dataIndex: "projectCount",
      key: "count",
      align: "right",
      render: (v: number) => <span className="num">{v}</span>,
    },
    {
      title: t("projects.field.totalInvestment"),
      dataIndex: "totalInvestmentYuan",
      key: "total",
      align: "right",
      render: (v: string) => <Amount yuan={v} />,
    },
  ];

  return (
    <Page
      title={t("projects.batches.title")}
      subtitle={t("projects.batches.subtitle")}
      testId="page-batches"
      extra={
        writable && zoneId ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="batch-create">
            {t("projects.batches.create")}
          </Button>
        ) : undefined
      }
    >
      <TableCard error={batches.error} onRetry={() => void batches.refetch()} filters={zoneFilter}>
        <Table<Batch>
          rowKey="id"
          columns={columns}
          dataSource={batches.data ?? []}
          loading={batches.isFetching}
          pagination={false}
          scroll={{ x: "max-content" }}
          locale={{ emptyText: t("projects.batches.empty") }}
          expandable={{
            rowExpandable: (b) => b.projects.length > 0,
            expandedRowRender: (b) => <BatchProjects batch={b} />,
          }}
          summary={(rows) =>
            rows.length > 1 ? (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0} colSpan={3}>
                  <b>{t("projects.library.total")}</b>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={3} align="right">
                  <span className="num">{rows.reduce((s, r) => s + r.projectCount, 0)}</span>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={4} align="right">
                  <Amount yuan={rows.reduce((s, r) => s + Number(r.totalInvestmentYuan), 0).toFixed(2)} />
                </Table.Summary.Cell>
              </Table.Summary.Row>
            ) : null
          }
        />
      </TableCard>
      {creating && zoneId && <BatchModal zoneId={zoneId} onClose={() => setCreating(false)} />}
    </Page>
  );
}

interface Values {
  name: string;
  heldOn: Dayjs;
  projectIds: string[];
}

function BatchModal({ zoneId, onClose }: { zoneId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const invalidate = useInvalidate();
  const [form] = Form.useForm<Values>();
  return (
    <FormModal<Values>
      title={t("projects.batches.create")}
      form={form}
      onClose={onClose}
      initialValues={{ heldOn: dayjs(), projectIds: [] }}
      onSubmit={async (v) => {
        await api.post("/v1/batches", {
          zoneId,
          name: v.name.trim(),
          heldOn: v.heldOn.format("YYYY-MM-DD"),
          projectIds: v.projectIds,
        });
        await invalidate("batches");
      }}
      successText={t("common.created")}
      testId="batch-modal"
    >
      <Row gutter={12}>
        <Col xs={24} sm={16}>
          <Form.Item
            name="name"
            label={t("projects.batches.name")}
            rules={[
              {
                required: true,
                whitespace: true,
                message: t("common.required", { field: t("projects.batches.name") }),
              },
            ]}
          >
            <Input maxLength={120} placeholder={t("projects.batches.namePlaceholder")} data-testid="batch-name" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item name="heldOn" label={t("projects.batches.heldOn")} rules={[{ required: true }]}>
            <DatePicker style={{ width: "100%" }} allowClear={false} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="projectIds"
        label={t("projects.batches.projects")}
        rules={[{ required: true, type: "array", min: 1, message: t("projects.batches.projectsRequired") }]}
      >
        <ProjectMultiSelect zoneId={zoneId} testId="batch-projects" />
      </Form.Item>
    </FormModal>
  );
}
