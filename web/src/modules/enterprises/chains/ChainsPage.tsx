/** 产业链图谱: the zone's industrial chains with their size and gaps; writers start a new chain. */
import { ApartmentOutlined, PlusOutlined, WarningOutlined } from "@ant-design/icons";
import { Button, Card, Col, Empty, Form, Input, Row, Space, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router-dom";
import { api } from "../../../app/api";
import { useCan, useMe } from "../../../app/auth";
import { QueryError } from "../../../ui/ErrorResult";
import { FormModal } from "../../../ui/FormModal";
import { useListParams } from "../../../ui/listParams";
import { Page } from "../../../ui/Page";
import { ZoneSelect } from "../../platform/ZoneSelect";
import { useChains, useInvalidate } from "../queries";
import type { ChainDetail } from "../types";
import "../enterprises.css";
import "../i18n";

export default function ChainsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const can = useCan();
  const { params, update } = useListParams();
  const zoneId = params.zoneId ?? me.zoneId ?? undefined;
  const chains = useChains(params.zoneId);
  const [creating, setCreating] = useState(false);
  const writable = can("enterprises:write");

  return (
    <Page
      title={t("chains.title")}
      subtitle={t("chains.subtitle")}
      testId="page-chains"
      extra={
        <>
          {!me.zoneId && (
            <ZoneSelect
              value={params.zoneId}
              onChange={(z) => update({ zoneId: z })}
              allowClear
              placeholder={t("chains.allZones")}
              style={{ minWidth: 220 }}
              testId="chains-zone"
            />
          )}
          {writable && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="chain-create">
              {t("chains.create")}
            </Button>
          )}
        </>
      }
    >
      {chains.error ? (
        <QueryError error={chains.error} onRetry={() => void chains.refetch()} />
      ) : (
        <Row gutter={[16, 16]}>
          {chains.isPending &&
            [0, 1, 2].map((i) => (
              <Col key={i} xs={24} md={12} xl={8}>
                <Card loading />
              </Col>
            ))}
          {chains.data?.length === 0 && (
            <Col xs={24}>
              <Card>
                <Empty description={t("chains.empty")} />
              </Card>
            </Col>
          )}
          {chains.data?.map((c) => (
            <Col key={c.id} xs={24} md={12} xl={8}>
              <Link to={`/chains/${c.id}`} className="chain-card-link" data-testid="chain-link">
                <Card hoverable className="chain-card">
                  <Space align="start" size={12}>
                    <span className="quick-link-icon">
                      <ApartmentOutlined />
                    </span>
                    <div style={{ minWidth: 0 }}>
                      <Typography.Text strong style={{ fontSize: 16 }}>
                        {c.name}
                      </Typography.Text>
                      {!me.zoneId && <div className="muted small">{c.zoneName}</div>}
                      <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ margin: "4px 0 8px" }}>
                        {c.description ?? "—"}
                      </Typography.Paragraph>
                      <Space size={[8, 4]} wrap>
                        <Tag bordered={false}>{t("chains.nodeCount", { count: c.nodeCount })}</Tag>
                        {c.gapCount > 0 ? (
                          <Tag color="red" icon={<WarningOutlined />} data-testid="chain-gap-count">
                            {t("chains.gapCount", { count: c.gapCount })}
                          </Tag>
                        ) : (
                          <Tag color="green" data-testid="chain-gap-count">
                            {t("chains.noGaps")}
                          </Tag>
                        )}
                      </Space>
                    </div>
                  </Space>
                </Card>
              </Link>
            </Col>
          ))}
        </Row>
      )}
      {creating && <ChainModal zoneId={zoneId} onClose={() => setCreating(false)} />}
    </Page>
  );
}

interface ChainValues {
  zoneId?: string;
  name: string;
  description?: string;
}

function ChainModal({ zoneId, onClose }: { zoneId?: string; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const invalidate = useInvalidate();
  const [form] = Form.useForm<ChainValues>();
  const submit = async (v: ChainValues) => {
    const chain = await api.post<ChainDetail>("/v1/chains", {
      zoneId: v.zoneId ?? zoneId,
      name: v.name.trim(),
      description: v.description?.trim() || null,
    });
    await invalidate("chains");
    navigate(`/chains/${chain.id}`);
  };
  return (
    <FormModal<ChainValues>
      title={t("chains.create")}
      form={form}
      onClose={onClose}
      onSubmit={submit}
      successText={t("common.created")}
      initialValues={{ zoneId }}
      testId="chain-modal"
    >
      {!me.zoneId && (
        <Form.Item
          name="zoneId"
          label={t("chains.zone")}
          rules={[{ required: true, message: t("common.selectRequired", { field: t("chains.zone") }) }]}
        >
          <ZoneSelect />
        </Form.Item>
      )}
      <Form.Item
        name="name"
        label={t("chains.name")}
        rules={[
          { required: true, whitespace: true, message: t("common.required", { field: t("chains.name") }) },
          { max: 60 },
        ]}
      >
        <Input maxLength={60} placeholder={t("chains.namePlaceholder")} data-testid="chain-name" />
      </Form.Item>
      <Form.Item name="description" label={t("chains.description")} rules={[{ max: 500 }]}>
        <Input.TextArea maxLength={500} rows={3} showCount />
      </Form.Item>
    </FormModal>
  );
}
