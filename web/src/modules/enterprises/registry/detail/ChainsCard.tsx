import { ApartmentOutlined } from "@ant-design/icons";
import { Card, Empty, List, Space, Tag } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useCan, useMe } from "../../../../app/auth";
import { SEGMENT_COLORS, useEnterpriseLabels } from "../../labels";
import type { Enterprise360 } from "../../types";

/** The chain nodes the enterprise sits on; hidden from its own account when there are none. */
export function ChainsCard({ view }: { view: Enterprise360 }) {
  const { t } = useTranslation();
  const el = useEnterpriseLabels();
  const can = useCan();
  const me = useMe();
  if (view.chainNodes.length === 0 && me.scope === "enterprise") return null;
  return (
    <Card title={t("enterprises.detail.chains")} size="small" data-testid="enterprise-chains">
      {view.chainNodes.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("enterprises.detail.noChains")} />
      ) : (
        <List
          size="small"
          dataSource={view.chainNodes}
          renderItem={(n) => (
            <List.Item key={n.nodeId}>
              <Space size={6} wrap>
                <ApartmentOutlined style={{ color: SEGMENT_COLORS[n.segment] }} />
                {can("enterprises:read") && me.scope !== "enterprise" ? (
                  <Link to={`/chains/${n.chainId}?node=${n.nodeId}`} data-testid="enterprise-chain-link">
                    {n.chainName}
                  </Link>
                ) : (
                  n.chainName
                )}
                <span className="muted">›</span>
                <span>{n.nodeName}</span>
                <Tag bordered={false} color={SEGMENT_COLORS[n.segment]}>
                  {el.segment(n.segment)}
                </Tag>
              </Space>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
