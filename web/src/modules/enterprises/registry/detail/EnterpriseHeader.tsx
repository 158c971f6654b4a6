import { RiseOutlined } from "@ant-design/icons";
import { Card, Space, Tag } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Area, Money } from "../../../../ui/format";
import { QUALIFICATION_COLORS, useEnterpriseLabels } from "../../labels";
import type { Enterprise360 } from "../../types";
import { validity } from "./qualificationValidity";

/** Tags in force and the figures people ask for first. */
export function EnterpriseHeader({ view }: { view: Enterprise360 }) {
  const { t } = useTranslation();
  const el = useEnterpriseLabels();
  const e = view.enterprise;
  const renewals = view.qualifications.filter((q) => validity(q) === "renewalDue");
  return (
    <Card className="ent-header" data-testid="enterprise-header">
      <Space size={[6, 6]} wrap data-testid="enterprise-tags">
        {e.scaleKinds.length > 0 && (
          <Tag color="red" bordered={false}>
            {el.scale("fourAbove")}
          </Tag>
        )}
        {e.scaleKinds.map((k) => (
          <Tag key={k} color="blue" bordered={false}>
            {el.scale(k)}
          </Tag>
        ))}
        {e.qualificationKinds.map((k) => (
          <Tag key={k} color={QUALIFICATION_COLORS[k]} bordered={false}>
            {el.qualification(k)}
          </Tag>
        ))}
        <Tag bordered={false} icon={<RiseOutlined />}>
          {el.rung(e.rung)}
        </Tag>
        {renewals.map((q) => (
          <Tag key={q.id} color="orange" data-testid="renewal-due">
            {t("enterprises.timeline.renewalDueTag", { name: el.qualification(q.kind) })}
          </Tag>
        ))}
      </Space>
      <div className="ent-facts">
        <Fact label={el.field("industryCode")}>
          <span className="mono">{e.industryCode}</span> {e.industryName}
        </Fact>
        <Fact label={el.field("employees")}>
          <span className="num">{e.employees ?? "—"}</span>
        </Fact>
        <Fact label={el.field("landMu")}>
          <Area value={e.landMu} unit="mu" />
        </Fact>
        <Fact label={el.field("registeredCapitalYuan")}>
          <Money yuan={e.registeredCapitalYuan} />
        </Fact>
        <Fact label={t("enterprises.innovation.validInventionPatents")}>
          <span className="num">{view.innovation.validInventionPatents}</span>
        </Fact>
        <Fact label={t("enterprises.innovation.declaredRevenueShort")}>
          {view.innovation.declaredRevenueYuan ? (
            <>
              <Money yuan={view.innovation.declaredRevenueYuan} />
              <span className="muted small"> ({view.innovation.declaredRevenueYear})</span>
            </>
          ) : (
            "—"
          )}
        </Fact>
      </div>
    </Card>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="ent-fact">
      <div className="muted small">{label}</div>
      <div className="ent-fact-value">{children}</div>
    </div>
  );
}
