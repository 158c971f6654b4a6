/**
 * The zone's registry at a glance: enterprises, 四上, 规上工业, 高新技术企业, 专精特新, 上市 and party coverage,
 * counted on an "as of" date (flags and qualifications keep their dates, so past counts are answerable).
 */
import { CalendarOutlined } from "@ant-design/icons";
import { Card, DatePicker, Skeleton, Space, Tooltip, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { QueryError } from "../../../ui/ErrorResult";
import { DateText } from "../../../ui/format";
import { useOverview } from "../queries";

export type OverviewPick = { scale?: string; qualification?: string };

interface Props {
  zoneId?: string;
  asOf?: string;
  onAsOf: (date: string | undefined) => void;
  /** Clicking a figure filters the list by it (only for today's counts: the list filters on today). */
  onPick?: (filter: OverviewPick) => void;
}

export function OverviewCards({ zoneId, asOf, onAsOf, onPick }: Props) {
  const { t } = useTranslation();
  const overview = useOverview({ zoneId, asOf });
  const o = overview.data;
  const today = !asOf || asOf === dayjs().format("YYYY-MM-DD");

  const tiles: { key: string; label: string; value?: number; pick?: OverviewPick; hint?: string }[] = [
    { key: "enterprises", label: t("enterprises.overview.enterprises"), value: o?.enterprises },
    { key: "fourAbove", label: t("enterprises.overview.fourAbove"), value: o?.fourAbove, pick: { scale: "fourAbove" } },
    {
      key: "aboveScaleIndustry",
      label: t("enterprises.overview.aboveScaleIndustry"),
      value: o?.aboveScaleIndustry,
      pick: { scale: "industry" },
    },
    { key: "hitech", label: t("enterprises.overview.hitech"), value: o?.hitech, pick: { qualification: "hitech" } },
    { key: "srdi", label: t("enterprises.overview.srdi"), value: o?.srdi, hint: t("enterprises.overview.srdiHint") },
    { key: "listed", label: t("enterprises.overview.listed"), value: o?.listed, pick: { qualification: "listed" } },
  ];

  return (
    <Card
      size="small"
      className="overview-card"
      data-testid="enterprise-overview"
      title={t("enterprises.overview.title")}
      extra={
        <Space size={6} wrap>
          <span className="muted small nowrap">
            <CalendarOutlined /> {t("enterprises.overview.asOf")}
          </span>
          <DatePicker
            size="small"
            allowClear
            value={asOf ? dayjs(asOf) : null}
            placeholder={t("enterprises.overview.today")}
            disabledDate={(d: Dayjs) => d.isAfter(dayjs(), "day")}
            onChange={(d) => onAsOf(d ? d.format("YYYY-MM-DD") : undefined)}
            data-testid="overview-as-of"
            style={{ width: 140 }}
          />
        </Space>
      }
    >
      {overview.error ? (
        <QueryError error={overview.error} onRetry={() => void overview.refetch()} />
      ) : !o ? (
        <Skeleton active paragraph={{ rows: 2 }} title={false} />
      ) : (
        <div className="overview-grid">
          {tiles.map((tile) => {
            const clickable = Boolean(onPick && tile.pick && today);
            const body = (
              <>
                <div className="overview-label">{tile.label}</div>
                <div className="overview-value num" data-testid={`overview-${tile.key}`}>
                  {tile.value ?? 0}
                </div>
              </>
            );
            return clickable ? (
              <button
                key={tile.key}
                type="button"
                className="overview-tile overview-tile-link"
                onClick={() => tile.pick && onPick?.(tile.pick)}
                title={t("enterprises.overview.filterBy", { label: tile.label })}
              >
                {body}
              </button>
            ) : (
              <Tooltip key={tile.key} title={tile.hint}>
                <div className="overview-tile">{body}</div>
              </Tooltip>
            );
          })}
          <div className="overview-tile overview-party" data-testid="overview-party">
            <div className="overview-label">{t("enterprises.overview.party")}</div>
            <div className="overview-party-body">
              <span>
                {t("enterprises.overview.standalone")} <b className="num">{o.party.standalone}</b>
              </span>
              <span>
                {t("enterprises.overview.joint")} <b className="num">{o.party.joint}</b>
              </span>
              {o.party.affiliated + o.party.building > 0 && (
                <span>
                  {t("enterprises.overview.otherForms")} <b className="num">{o.party.affiliated + o.party.building}</b>
                </span>
              )}
            </div>
            <Typography.Text type="secondary" className="small">
              {t("enterprises.overview.members", { members: o.party.members, instructors: o.party.instructors })}
            </Typography.Text>
          </div>
        </div>
      )}
      {o && !today && (
        <div className="muted small" style={{ marginTop: 8 }}>
          {t("enterprises.overview.asOfNote")} <DateText value={o.asOf} />
        </div>
      )}
    </Card>
  );
}
