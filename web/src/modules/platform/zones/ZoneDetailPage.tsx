/** A zone's record, its organisation tree and the way to its users. */
import { ApartmentOutlined, EditOutlined, TeamOutlined } from "@ant-design/icons";
import { Button, Card, Col, Descriptions, Empty, Row, Space, Tag, Tree } from "antd";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { useCan } from "../../../app/auth";
import { QueryError } from "../../../ui/ErrorResult";
import { Area, DateText } from "../../../ui/format";
import { useLabels } from "../../../ui/labels";
import { Page } from "../../../ui/Page";
import { PageLoading } from "../../../ui/PageLoading";
import { useUnits, useZone } from "../queries";
import { buildUnitTree } from "../units/unitTree";
import { ZoneDrawer } from "./ZoneDrawer";

/** "High-tech zone" reads "Provincial high-tech zone" after the level; Chinese has no case. */
const kindInText = (kind: string, locale: string) =>
  locale === "en-US" ? kind.charAt(0).toLowerCase() + kind.slice(1) : kind;

export default function ZoneDetailPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const can = useCan();
  const labels = useLabels();
  const zone = useZone(id);
  const units = useUnits(id, can("units:read"));
  const [editing, setEditing] = useState(false);
  const tree = useMemo(
    () =>
      buildUnitTree(units.data ?? [], (u) => (
        <span className="tree-node">
          {u.name}
          <Tag bordered={false}>{labels.unitKind(u.kind)}</Tag>
        </span>
      )),
    [units.data, labels],
  );

  if (zone.isPending) return <PageLoading />;
  if (zone.error || !zone.data) return <QueryError error={zone.error} onRetry={() => void zone.refetch()} />;
  const z = zone.data;

  return (
    <Page
      title={z.name}
      subtitle={`${t("zones.levelKind", { level: labels.zoneLevel(z.level), kind: kindInText(labels.zoneKind(z.kind), labels.locale) })} · ${z.regionPath || z.regionName}`}
      crumb={z.shortName || z.name}
      testId="page-zone-detail"
      extra={
        <>
          {can("users:read") && (
            <Link to={`/users?zoneId=${z.id}`}>
              <Button icon={<TeamOutlined />} data-testid="zone-users">
                {t("zones.viewUsers")}
              </Button>
            </Link>
          )}
          {can("units:read") && (
            <Link to={`/units?zoneId=${z.id}`}>
              <Button icon={<ApartmentOutlined />}>{t("zones.viewUnits")}</Button>
            </Link>
          )}
          {can("zones:write") && (
            <Button type="primary" icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="zone-edit">
              {t("common.edit")}
            </Button>
          )}
        </>
      }
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card
            title={t("zones.basicInfo")}
            extra={<span className="muted">{t("zones.version", { version: z.version })}</span>}
          >
            <Descriptions
              column={{ xs: 1, sm: 2, md: 2, lg: 2, xl: 2, xxl: 3 }}
              size="small"
              data-testid="zone-descriptions"
            >
              <Descriptions.Item label={labels.field("name")}>{z.name}</Descriptions.Item>
              <Descriptions.Item label={labels.field("shortName")}>{z.shortName}</Descriptions.Item>
              <Descriptions.Item label={labels.field("kind")}>{labels.zoneKind(z.kind)}</Descriptions.Item>
              <Descriptions.Item label={labels.field("level")}>{labels.zoneLevel(z.level)}</Descriptions.Item>
              <Descriptions.Item label={labels.field("regionCode")}>
                <span title={z.regionCode}>{z.regionPath || z.regionName}</span>
              </Descriptions.Item>
              <Descriptions.Item label={labels.field("plannedAreaKm2")}>
                <Area value={z.plannedAreaKm2} />
              </Descriptions.Item>
              <Descriptions.Item label={labels.field("builtAreaKm2")}>
                <Area value={z.builtAreaKm2} />
              </Descriptions.Item>
              <Descriptions.Item label={labels.field("approvedOn")}>
                <DateText value={z.approvedOn} />
              </Descriptions.Item>
              <Descriptions.Item label={labels.field("upgradedOn")}>
                <DateText value={z.upgradedOn} />
              </Descriptions.Item>
              <Descriptions.Item label={`${t("zones.unitCount")} / ${t("zones.userCount")}`}>
                {z.unitCount} / {z.userCount}
              </Descriptions.Item>
              <Descriptions.Item label={labels.field("leadingIndustries")} span="filled">
                <Space size={[0, 4]} wrap>
                  {z.leadingIndustries.length === 0 ? "—" : z.leadingIndustries.map((i) => <Tag key={i}>{i}</Tag>)}
                </Space>
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        {can("units:read") && (
          <Col xs={24} xl={12}>
            <Card title={t("zones.unitsTree")} loading={units.isPending} data-testid="zone-units">
              {units.error ? (
                <QueryError error={units.error} />
              ) : tree.length === 0 ? (
                <Empty description={t("zones.noUnits")} />
              ) : (
                <Tree treeData={tree} defaultExpandAll selectable={false} blockNode />
              )}
            </Card>
          </Col>
        )}
      </Row>
      {editing && <ZoneDrawer zone={z} onClose={() => setEditing(false)} />}
    </Page>
  );
}
