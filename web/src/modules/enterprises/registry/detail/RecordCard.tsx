import { Card, Descriptions } from "antd";
import { useTranslation } from "react-i18next";
import { DateText } from "../../../../ui/format";
import { useEnterpriseLabels } from "../../labels";
import type { Enterprise360 } from "../../types";

/** The registration record: zone, ownership, status, people, dates and address. */
export function RecordCard({ view }: { view: Enterprise360 }) {
  const { t } = useTranslation();
  const el = useEnterpriseLabels();
  const e = view.enterprise;
  return (
    <Card title={t("enterprises.detail.record")} size="small" data-testid="enterprise-record">
      <Descriptions column={{ xs: 1, sm: 2, xl: 2, xxl: 3 }} size="small">
        <Descriptions.Item label={el.field("zoneId")}>{e.zoneName}</Descriptions.Item>
        <Descriptions.Item label={el.field("ownership")}>{el.ownership(e.ownership)}</Descriptions.Item>
        <Descriptions.Item label={el.field("status")}>{el.status(e.status)}</Descriptions.Item>
        <Descriptions.Item label={el.field("legalRepresentative")}>{e.legalRepresentative ?? "—"}</Descriptions.Item>
        <Descriptions.Item label={el.field("establishedOn")}>
          <DateText value={e.establishedOn} />
        </Descriptions.Item>
        <Descriptions.Item label={el.field("cluster")}>{e.cluster ?? "—"}</Descriptions.Item>
        <Descriptions.Item label={el.field("liaisonUserId")}>{e.liaisonName ?? "—"}</Descriptions.Item>
        <Descriptions.Item label={el.field("contactName")}>{e.contactName ?? "—"}</Descriptions.Item>
        <Descriptions.Item label={el.field("contactPhone")}>
          {e.contactPhone ? <a href={`tel:${e.contactPhone}`}>{e.contactPhone}</a> : "—"}
        </Descriptions.Item>
        <Descriptions.Item label={el.field("address")} span="filled">
          {e.address ?? "—"}
        </Descriptions.Item>
        {e.formerNames.length > 0 && (
          <Descriptions.Item label={el.field("formerNames")} span="filled">
            {e.formerNames.join("；")}
          </Descriptions.Item>
        )}
      </Descriptions>
    </Card>
  );
}
