import { EditOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Card, Descriptions, Empty, Tag } from "antd";
import { useTranslation } from "react-i18next";
import { useEnterpriseLabels } from "../../labels";
import type { SectionProps } from "./FactDialogs";

/** The party organisation: its form, members, secretary and instructor. */
export function PartyCard({ view, writable, onDialog }: SectionProps) {
  const { t } = useTranslation();
  const el = useEnterpriseLabels();
  const p = view.party;
  return (
    <Card
      title={t("enterprises.detail.party")}
      size="small"
      data-testid="enterprise-party"
      extra={
        writable ? (
          <Button
            size="small"
            type="link"
            icon={p ? <EditOutlined /> : <PlusOutlined />}
            onClick={() => onDialog({ kind: "party" })}
          >
            {p ? t("common.edit") : t("enterprises.party.add")}
          </Button>
        ) : undefined
      }
    >
      {p ? (
        <Descriptions column={{ xs: 1, sm: 2, xl: 1, xxl: 2 }} size="small">
          <Descriptions.Item label={t("enterprises.party.form")}>
            <Tag color="red" bordered={false}>
              {el.partyForm(p.form)}
            </Tag>
          </Descriptions.Item>
          <Descriptions.Item label={el.field("members")}>
            <span className="num">{p.members}</span>
          </Descriptions.Item>
          <Descriptions.Item label={el.field("secretary")}>{p.secretary ?? "—"}</Descriptions.Item>
          <Descriptions.Item label={el.field("instructor")}>{p.instructor ?? "—"}</Descriptions.Item>
        </Descriptions>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("enterprises.party.none")} />
      )}
    </Card>
  );
}
