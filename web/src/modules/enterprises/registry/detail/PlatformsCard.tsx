import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { App, Button, Card, Empty, List, Popconfirm, Space, Tag } from "antd";
import { useTranslation } from "react-i18next";
import { api } from "../../../../app/api";
import { DateText } from "../../../../ui/format";
import { useEnterpriseLabels } from "../../labels";
import { useInvalidate } from "../../queries";
import type { SectionProps } from "./FactDialogs";

/** R&D platforms by level; writers add and delete them here. */
export function PlatformsCard({ view, writable, onDialog }: SectionProps) {
  const { t } = useTranslation();
  const el = useEnterpriseLabels();
  const { message } = App.useApp();
  const invalidate = useInvalidate();
  const remove = async (factId: string) => {
    try {
      await api.delete(`/v1/enterprises/${view.enterprise.id}/rd-platforms/${factId}`);
      void message.success(t("common.deleted"));
      await invalidate("enterprises");
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <Card
      title={t("enterprises.detail.platforms")}
      size="small"
      data-testid="enterprise-platforms"
      extra={
        writable ? (
          <Button
            size="small"
            type="link"
            icon={<PlusOutlined />}
            onClick={() => onDialog({ kind: "platform" })}
            data-testid="platform-add"
          >
            {t("common.create")}
          </Button>
        ) : undefined
      }
    >
      {view.rdPlatforms.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("enterprises.detail.noPlatforms")} />
      ) : (
        <List
          size="small"
          dataSource={view.rdPlatforms}
          renderItem={(p) => (
            <List.Item
              key={p.id}
              actions={
                writable
                  ? [
                      <Popconfirm
                        key="del"
                        title={t("enterprises.facts.deletePlatformConfirm")}
                        onConfirm={() => remove(p.id)}
                      >
                        <Button size="small" type="text" icon={<DeleteOutlined />} aria-label={t("common.delete")} />
                      </Popconfirm>,
                    ]
                  : undefined
              }
            >
              <List.Item.Meta
                title={p.name}
                description={
                  <Space size={4} wrap>
                    <Tag
                      bordered={false}
                      color={p.level === "national" ? "red" : p.level === "provincial" ? "blue" : "default"}
                    >
                      {el.platformLevel(p.level)}
                    </Tag>
                    <span>{el.platformKind(p.kind)}</span>
                    {p.approvedOn && (
                      <span className="muted small">
                        · <DateText value={p.approvedOn} />
                      </span>
                    )}
                  </Space>
                }
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
