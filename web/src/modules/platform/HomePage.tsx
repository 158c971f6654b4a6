/** 工作台: greeting, who and where the user is, and quick links to what they may open. */
import { UserOutlined } from "@ant-design/icons";
import { Card, Col, Descriptions, Row, Space, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useCan, useMe } from "../../app/auth";
import { allowedEntries } from "../../app/menu";
import { useLabels } from "../../ui/labels";
import { Page } from "../../ui/Page";
import { useRoles } from "./queries";

function greetingKey(): "home.morning" | "home.afternoon" | "home.evening" {
  const hour = Number(
    new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Shanghai", hour: "2-digit", hourCycle: "h23" }).format(
      new Date(),
    ),
  );
  if (hour < 12) return "home.morning";
  if (hour < 18) return "home.afternoon";
  return "home.evening";
}

export default function HomePage() {
  const { t } = useTranslation();
  const me = useMe();
  const can = useCan();
  const labels = useLabels();
  const roles = useRoles(can("roles:read"));
  const links = [
    ...allowedEntries(can, me.scope),
    { path: "/profile", label: "profile" as const, icon: <UserOutlined />, permission: undefined },
  ];

  return (
    <Page title={t(greetingKey(), { name: me.name })} subtitle={t("home.intro")} testId="page-home">
      <Card title={t("home.myPosition")}>
        <Descriptions column={{ xs: 1, sm: 2, lg: 3 }} size="small">
          <Descriptions.Item label={t("home.zone")}>{me.zoneName ?? t("home.platformWide")}</Descriptions.Item>
          <Descriptions.Item label={t("home.unit")}>{me.unitName ?? "—"}</Descriptions.Item>
          {me.regionName && <Descriptions.Item label={t("home.region")}>{me.regionName}</Descriptions.Item>}
          {me.enterpriseId && can("enterprises:read") && (
            <Descriptions.Item label={t("home.enterprise")}>
              <Link to={`/enterprises/${me.enterpriseId}`} data-testid="home-enterprise">
                {t("home.viewEnterprise")}
              </Link>
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t("home.roles")}>
            <Space size={[4, 4]} wrap>
              {me.roleCodes.map((code) => (
                <Tag key={code} color="blue">
                  {labels.roleName(code, roles.data)}
                </Tag>
              ))}
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label={t("home.scope")}>{labels.scope(me.scope)}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t("home.quickLinks")}>
        <Row gutter={[16, 16]}>
          {links.map((l) => (
            <Col key={l.path} xs={24} sm={12} lg={8} xxl={6}>
              <Link to={l.path} data-testid={`quick-${l.label}`} className="quick-link">
                <Card hoverable size="small">
                  <Space align="start" size={12}>
                    <span className="quick-link-icon">{l.icon}</span>
                    <div>
                      <Typography.Text strong>{t(`menu.${l.label}`)}</Typography.Text>
                      <br />
                      <Typography.Text type="secondary">
                        {t(`home.link.${l.label as Exclude<typeof l.label, "home">}`)}
                      </Typography.Text>
                    </div>
                  </Space>
                </Card>
              </Link>
            </Col>
          ))}
        </Row>
      </Card>
    </Page>
  );
}
