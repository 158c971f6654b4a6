/**
 * One chain: the graph (upstream / midstream / downstream), a side panel for the selected node (its
 * enterprises, place or take off an enterprise, add a child node, edit or delete it) and the gap list —
 * leaf nodes with no enterprise, the investment targets.
 */
import { AimOutlined, DeleteOutlined, EditOutlined, PlusOutlined, WarningOutlined } from "@ant-design/icons";
import {
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  List,
  Popconfirm,
  Row,
  Select,
  Space,
  Tag,
  Typography,
} from "antd";
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { api } from "../../../app/api";
import { useCan } from "../../../app/auth";
import { QueryError } from "../../../ui/ErrorResult";
import { useListParams } from "../../../ui/listParams";
import { Page } from "../../../ui/Page";
import { PageLoading } from "../../../ui/PageLoading";
import { useIsMobile } from "../../../ui/useIsMobile";
import { SEGMENT_COLORS, SEGMENTS, useEnterpriseLabels } from "../labels";
import { keys, useChain, useInvalidate } from "../queries";
import type { ChainDetail } from "../types";
import "../enterprises.css";
import "../i18n";
import { useQueryClient } from "@tanstack/react-query";
import { EnterprisePicker } from "./EnterprisePicker";
import { NodeModal } from "./NodeModal";

const ChainGraph = lazy(() => import("./ChainGraph"));

type ChainNode = ChainDetail["nodes"][number];
type Editing = { node: ChainNode | null; parent: ChainNode | null } | null;

/** "原材料与基础部件 › 钢带轧制" for a node. */
function pathOf(nodes: ChainNode[], node: ChainNode): string[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const path: string[] = [];
  for (
    let p = node.parentId ? byId.get(node.parentId) : undefined;
    p;
    p = p.parentId ? byId.get(p.parentId) : undefined
  )
    path.unshift(p.name);
  return path;
}

export default function ChainDetailPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const can = useCan();
  const el = useEnterpriseLabels();
  const mobile = useIsMobile();
  const chain = useChain(id);
  const { params, update } = useListParams();
  const selectedId = params.node ?? null;
  const [editing, setEditing] = useState<Editing>(null);
  const panel = useRef<HTMLDivElement>(null);
  const writable = can("enterprises:write");

  const select = (nodeId: string | null) => {
    update({ node: nodeId });
    if (mobile && nodeId) setTimeout(() => panel.current?.scrollIntoView({ behavior: "smooth", block: "start" }), 50);
  };

  if (chain.isPending) return <PageLoading />;
  if (chain.error || !chain.data) return <QueryError error={chain.error} onRetry={() => void chain.refetch()} />;
  const c = chain.data;
  const selected = c.nodes.find((n) => n.id === selectedId) ?? null;
  const gaps = c.nodes.filter((n) => n.gap);

  return (
    <Page
      title={c.name}
      subtitle={[c.zoneName, c.description].filter(Boolean).join(" · ")}
      crumb={c.name}
      testId="page-chain"
      extra={
        writable && (
          <Button
            icon={<PlusOutlined />}
            onClick={() => setEditing({ node: null, parent: null })}
            data-testid="chain-add-root"
          >
            {t("chains.addRoot")}
          </Button>
        )
      }
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Card
            size="small"
            title={t("chains.graph")}
            extra={mobile ? undefined : <Legend />}
            styles={{ body: { padding: mobile ? 4 : 12 } }}
            data-testid="chain-graph-card"
          >
            {mobile && (
              <div className="chain-legend-row">
                <Legend />
              </div>
            )}
            {c.nodes.length === 0 ? (
              <Empty description={writable ? t("chains.noNodesWritable") : t("chains.noNodes")} />
            ) : (
              <div className={mobile ? "chain-graph-scroll" : undefined}>
                <Suspense fallback={<PageLoading />}>
                  <ChainGraph chain={c} selectedId={selectedId} onSelect={select} compact={mobile} />
                </Suspense>
              </div>
            )}
            {mobile && c.nodes.length > 0 && <div className="muted small chain-hint">{t("chains.scrollHint")}</div>}
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Space direction="vertical" size={16} style={{ width: "100%" }}>
            <div ref={panel} className="chain-panel-anchor">
              <NodePanel
                chain={c}
                node={selected}
                writable={writable}
                onSelect={select}
                onEdit={(node, parent) => setEditing({ node, parent })}
              />
            </div>
            <Card
              size="small"
              title={
                <Space size={6}>
                  <AimOutlined style={{ color: "#f5222d" }} />
                  {t("chains.gaps")}
                  <Tag color={gaps.length ? "red" : "green"} data-testid="gap-count">
                    {gaps.length}
                  </Tag>
                </Space>
              }
              data-testid="chain-gaps"
            >
              <Typography.Paragraph type="secondary" className="small" style={{ marginTop: -4 }}>
                {t("chains.gapsHelp")}
              </Typography.Paragraph>
              {gaps.length === 0 ? (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("chains.noGaps")} />
              ) : (
                <List
                  size="small"
                  dataSource={[...gaps].sort((a, b) => SEGMENTS.indexOf(a.segment) - SEGMENTS.indexOf(b.segment))}
                  renderItem={(n) => (
                    <List.Item
                      key={n.id}
                      className={n.id === selectedId ? "chain-gap chain-gap-selected" : "chain-gap"}
                    >
                      <button
                        type="button"
                        className="chain-gap-button"
                        onClick={() => select(n.id)}
                        data-testid="gap-item"
                      >
                        <Space size={6} wrap>
                          <Tag bordered={false} color={SEGMENT_COLORS[n.segment]}>
                            {el.segment(n.segment)}
                          </Tag>
                          <span className="chain-gap-name">{n.name}</span>
                        </Space>
                        <div className="muted small">
                          {[pathOf(c.nodes, n).join(" › "), n.keyProducts].filter(Boolean).join(" · ")}
                        </div>
                      </button>
                    </List.Item>
                  )}
                />
              )}
            </Card>
          </Space>
        </Col>
      </Row>
      {editing && (
        <NodeModal
          chainId={c.id}
          node={editing.node}
          parent={editing.parent}
          onClose={() => setEditing(null)}
          onSaved={(nodeId) => nodeId && select(nodeId)}
        />
      )}
    </Page>
  );
}

function Legend() {
  const { t } = useTranslation();
  const el = useEnterpriseLabels();
  return (
    <Space size={[12, 4]} wrap className="chain-legend small">
      {SEGMENTS.map((s) => (
        <span key={s} className="nowrap">
          <i className="chain-dot" style={{ background: SEGMENT_COLORS[s] }} />
          {el.segment(s)}
        </span>
      ))}
      <span className="nowrap">
        <i className="chain-dot chain-dot-gap" />
        {t("chains.gapShort")}
      </span>
    </Space>
  );
}

interface PanelProps {
  chain: ChainDetail;
  node: ChainNode | null;
  writable: boolean;
  onSelect: (id: string | null) => void;
  onEdit: (node: ChainNode | null, parent: ChainNode | null) => void;
}

function NodePanel({ chain, node, writable, onSelect, onEdit }: PanelProps) {
  const { t } = useTranslation();
  const el = useEnterpriseLabels();
  const { message } = App.useApp();
  const client = useQueryClient();
  const invalidate = useInvalidate();
  const [adding, setAdding] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new node starts with an empty picker
  useEffect(() => setAdding(null), [node?.id]);

  const options = useMemo(
    () =>
      SEGMENTS.flatMap((s) =>
        chain.nodes
          .filter((n) => n.segment === s)
          .map((n) => ({
            value: n.id,
            label: [...pathOf(chain.nodes, n), n.name].join(" › "),
            segment: s,
          })),
      ),
    [chain.nodes],
  );

  /** Writes answer the whole chain: put it in the cache at once, then refresh what depends on it. */
  const write = async (run: () => Promise<ChainDetail>, done: string): Promise<boolean> => {
    setBusy(true);
    try {
      const next = await run();
      client.setQueryData(keys.chain(chain.id), next);
      void message.success(done);
      // The chain list (gap counts) and the enterprises' 360° pages (their nodes) follow in the background.
      void invalidate("chains", "enterprises");
      return true;
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
      return false;
    } finally {
      setBusy(false);
    }
  };

  const base = `/v1/chains/${chain.id}/nodes`;
  const picker = (
    <Select
      showSearch
      allowClear
      value={node?.id}
      onChange={(v) => onSelect(v ?? null)}
      placeholder={t("chains.pickNode")}
      optionFilterProp="label"
      options={SEGMENTS.map((s) => ({
        label: el.segment(s),
        title: el.segment(s),
        options: options.filter((o) => o.segment === s).map(({ value, label }) => ({ value, label })),
      })).filter((g) => g.options.length > 0)}
      style={{ width: "100%" }}
      data-testid="node-picker"
    />
  );

  if (!node)
    return (
      <Card size="small" title={t("chains.node")} data-testid="node-panel">
        {picker}
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("chains.pickHint")} style={{ marginTop: 16 }} />
      </Card>
    );

  const hasChildren = chain.nodes.some((n) => n.parentId === node.id);
  const placed = new Set(node.enterprises.map((e) => e.id));
  return (
    <Card
      size="small"
      title={
        <Space size={6} wrap>
          <span data-testid="node-name">{node.name}</span>
          <Tag bordered={false} color={SEGMENT_COLORS[node.segment]}>
            {el.segment(node.segment)}
          </Tag>
          {node.gap && (
            <Tag color="red" icon={<WarningOutlined />}>
              {t("chains.gapShort")}
            </Tag>
          )}
        </Space>
      }
      extra={
        writable && (
          <Space size={0}>
            <Button
              size="small"
              type="text"
              icon={<EditOutlined />}
              aria-label={t("common.edit")}
              onClick={() => onEdit(node, null)}
            />
            {!hasChildren && (
              <Popconfirm
                title={t("chains.deleteNodeConfirm", { name: node.name })}
                onConfirm={() =>
                  write(async () => {
                    const next = await api.delete<ChainDetail>(`${base}/${node.id}`);
                    onSelect(null);
                    return next;
                  }, t("common.deleted"))
                }
              >
                <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t("common.delete")} />
              </Popconfirm>
            )}
          </Space>
        )
      }
      data-testid="node-panel"
    >
      {picker}
      <Descriptions column={1} size="small" style={{ marginTop: 12 }}>
        <Descriptions.Item label={el.field("keyProducts")}>{node.keyProducts ?? "—"}</Descriptions.Item>
        <Descriptions.Item label={el.field("technologies")}>{node.technologies ?? "—"}</Descriptions.Item>
      </Descriptions>
      <Typography.Text strong className="node-enterprises-title">
        {t("chains.enterprisesOnNode", { count: node.enterpriseCount })}
      </Typography.Text>
      {node.enterprises.length === 0 ? (
        <div className="muted small" style={{ margin: "8px 0" }}>
          {hasChildren ? t("chains.noneDirect") : t("chains.noneGap")}
        </div>
      ) : (
        <List
          size="small"
          className="node-enterprises"
          dataSource={node.enterprises}
          renderItem={(e) => (
            <List.Item
              key={e.id}
              actions={
                writable
                  ? [
                      <Popconfirm
                        key="off"
                        title={t("chains.removeConfirm", { name: e.name })}
                        onConfirm={() =>
                          write(
                            () => api.delete<ChainDetail>(`${base}/${node.id}/enterprises/${e.id}`),
                            t("chains.removed"),
                          )
                        }
                      >
                        <Button
                          size="small"
                          type="text"
                          icon={<DeleteOutlined />}
                          aria-label={t("chains.remove")}
                          data-testid="node-enterprise-remove"
                        />
                      </Popconfirm>,
                    ]
                  : undefined
              }
            >
              <Link to={`/enterprises/${e.id}`} data-testid="node-enterprise">
                {e.name}
              </Link>
            </List.Item>
          )}
        />
      )}
      {writable && (
        <Space.Compact style={{ width: "100%", marginTop: 8 }}>
          <EnterprisePicker zoneId={chain.zoneId} exclude={placed} value={adding} onChange={setAdding} />
          <Button
            type="primary"
            disabled={!adding}
            loading={busy}
            onClick={() =>
              adding &&
              write(
                () => api.put<ChainDetail>(`${base}/${node.id}/enterprises/${adding}`, {}),
                t("chains.placed"),
              ).then((ok) => ok && setAdding(null))
            }
            data-testid="node-enterprise-add"
          >
            {t("chains.place")}
          </Button>
        </Space.Compact>
      )}
      {writable && (
        <Button
          block
          icon={<PlusOutlined />}
          style={{ marginTop: 12 }}
          onClick={() => onEdit(null, node)}
          data-testid="node-add-child"
        >
          {t("chains.addChild")}
        </Button>
      )}
    </Card>
  );
}
