import { EditOutlined } from "@ant-design/icons";
import { Button, Card, Descriptions } from "antd";
import { useTranslation } from "react-i18next";
import { Money } from "../../../../ui/format";
import type { SectionProps } from "./FactDialogs";

/** Patents, talents, partners and the declared revenue. */
export function InnovationCard({ view, writable, onDialog }: SectionProps) {
  const { t } = useTranslation();
  const i = view.innovation;
  return (
    <Card
      title={t("enterprises.detail.innovation")}
      size="small"
      data-testid="enterprise-innovation"
      extra={
        writable ? (
          <Button size="small" type="link" icon={<EditOutlined />} onClick={() => onDialog({ kind: "innovation" })}>
            {t("common.edit")}
          </Button>
        ) : undefined
      }
    >
      <div className="ent-figures">
        <Figure label={t("enterprises.innovation.inventionPatents")} value={i.inventionPatents} />
        <Figure label={t("enterprises.innovation.validInventionPatents")} value={i.validInventionPatents} />
        <Figure label={t("enterprises.innovation.utilityPatents")} value={i.utilityPatents} />
        <Figure label={t("enterprises.innovation.designPatents")} value={i.designPatents} />
        <Figure label={t("enterprises.innovation.highLevelTalents")} value={i.highLevelTalents} />
      </div>
      <Descriptions column={1} size="small" style={{ marginTop: 12 }}>
        <Descriptions.Item label={t("enterprises.innovation.partners")}>
          {i.partners.length ? i.partners.join("、") : "—"}
        </Descriptions.Item>
        <Descriptions.Item label={t("enterprises.innovation.declaredRevenue")}>
          {i.declaredRevenueYuan ? (
            <span>
              <Money yuan={i.declaredRevenueYuan} />{" "}
              <span className="muted">{t("enterprises.innovation.ofYear", { year: i.declaredRevenueYear })}</span>
            </span>
          ) : (
            "—"
          )}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

function Figure({ label, value }: { label: string; value: number }) {
  return (
    <div className="ent-figure">
      <div className="ent-figure-value num">{value}</div>
      <div className="muted small">{label}</div>
    </div>
  );
}
