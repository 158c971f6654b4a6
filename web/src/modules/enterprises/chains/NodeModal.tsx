/** Add a node (at the top or under a parent, in its segment) or edit one: name, segment, key products and technologies. */
import { useQueryClient } from "@tanstack/react-query";
import { Col, Form, Input, InputNumber, Row, Select } from "antd";
import { useTranslation } from "react-i18next";
import { api } from "../../../app/api";
import { FormModal } from "../../../ui/FormModal";
import { useEnterpriseLabels } from "../labels";
import { keys, useInvalidate } from "../queries";
import type { ChainDetail } from "../types";

type ChainNode = ChainDetail["nodes"][number];

interface Values {
  name: string;
  segment: string;
  keyProducts?: string;
  technologies?: string;
  sort?: number;
}

interface Props {
  chainId: string;
  node: ChainNode | null;
  parent: ChainNode | null;
  onClose: () => void;
  /** The saved node's id (a new node is found by name under its parent). */
  onSaved?: (nodeId: string | undefined) => void;
}

export function NodeModal({ chainId, node, parent, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const el = useEnterpriseLabels();
  const client = useQueryClient();
  const invalidate = useInvalidate();
  const [form] = Form.useForm<Values>();
  const blank = (s?: string) => (s?.trim() ? s.trim() : null);

  const submit = async (v: Values) => {
    const body = {
      name: v.name.trim(),
      segment: v.segment,
      keyProducts: blank(v.keyProducts),
      technologies: blank(v.technologies),
      sort: v.sort ?? 0,
    };
    const next = node
      ? await api.patch<ChainDetail>(`/v1/chains/${chainId}/nodes/${node.id}`, body)
      : await api.post<ChainDetail>(`/v1/chains/${chainId}/nodes`, { ...body, parentId: parent?.id ?? null });
    client.setQueryData(keys.chain(chainId), next);
    await invalidate("chains");
    onSaved?.(node?.id ?? next.nodes.find((n) => n.name === body.name && n.parentId === (parent?.id ?? null))?.id);
  };

  const title = node
    ? `${t("chains.editNode")} · ${node.name}`
    : parent
      ? `${t("chains.addChild")} · ${parent.name}`
      : t("chains.addRoot");
  return (
    <FormModal<Values>
      title={title}
      form={form}
      onClose={onClose}
      onSubmit={submit}
      successText={node ? t("common.saved") : t("common.created")}
      testId="node-modal"
      initialValues={
        node
          ? {
              name: node.name,
              segment: node.segment,
              keyProducts: node.keyProducts ?? undefined,
              technologies: node.technologies ?? undefined,
              sort: node.sort,
            }
          : { segment: parent?.segment ?? "upstream", sort: 0 }
      }
    >
      <Row gutter={16}>
        <Col xs={24} sm={16}>
          <Form.Item
            name="name"
            label={t("chains.nodeName")}
            rules={[
              { required: true, whitespace: true, message: t("common.required", { field: t("chains.nodeName") }) },
              { max: 60 },
            ]}
          >
            <Input maxLength={60} data-testid="node-name-input" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item name="segment" label={el.field("segment")} rules={[{ required: true }]}>
            <Select options={el.segmentOptions} data-testid="node-segment" />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name="keyProducts" label={el.field("keyProducts")} rules={[{ max: 200 }]}>
            <Input maxLength={200} placeholder={t("chains.keyProductsPlaceholder")} />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name="technologies" label={el.field("technologies")} rules={[{ max: 200 }]}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={12} sm={8}>
          <Form.Item name="sort" label={t("chains.sort")}>
            <InputNumber min={0} max={999} precision={0} style={{ width: "100%" }} />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
