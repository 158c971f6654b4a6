/**
 * One KPI card: 累计 (click: its enterprises), 当月, 同比 on comparable scope (hover: the comparable and the raw
 * prior-year figures and the growth against the raw one), 目标完成率 as a bar with the 序时进度 mark.
 */
import { indicatorById } from "@zoneos/core/statistics-indicators";
import { Tooltip } from "antd";
import { useTranslation } from "react-i18next";
import { useLocale } from "../../../ui/format";
import { Pct, useFigureFormat } from "../parts";
import type { Cockpit } from "../queries";

type Kpi = Cockpit["kpis"][number];

/** Computed from reports (not the projects' investment or entered figures): the drill endpoint explains them. */
function drillable(kpi: Kpi): boolean {
  const def = indicatorById(kpi.indicatorId);
  return kpi.source === "computed" && def?.aggregation !== "projects" && kpi.value !== null;
}

export function KpiCard({
  kpi,
  schedulePct,
  onOpen,
}: {
  kpi: Kpi;
  schedulePct: string;
  onOpen: (indicator: string) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const format = useFigureFormat();
  const fmt = (v: string | null, unit: string) => format(v, unit, { auto: true });
  const def = indicatorById(kpi.indicatorId);
  const name = def ? (locale === "zh-CN" ? def.nameZh : def.nameEn) : kpi.indicatorId;
  const value = fmt(kpi.value, kpi.unit);
  const canDrill = drillable(kpi);
  const yoyTip =
    kpi.source === "computed" && kpi.comparablePrior !== null
      ? t("stat.comparableNote", {
          prior: fmt(kpi.comparablePrior, kpi.unit),
          raw: fmt(kpi.priorRaw, kpi.unit),
          rawYoy: kpi.rawYoyPct === null ? "—" : `${kpi.rawYoyPct}%`,
        })
      : undefined;
  const gap = kpi.scheduleGapPts;
  return (
    <div className="stat-kpi" data-testid={`kpi-${kpi.indicatorId}`}>
      <div className="stat-kpi-name">{name}</div>
      <div className="stat-kpi-value" title={value}>
        {canDrill ? (
          <button
            type="button"
            className="stat-link"
            onClick={() => onOpen(kpi.indicatorId)}
            data-testid={`kpi-value-${kpi.indicatorId}`}
          >
            {value}
          </button>
        ) : (
          value
        )}
      </div>
      <div className="stat-kpi-row">
        <Tooltip title={yoyTip}>
          <span data-testid={`kpi-yoy-${kpi.indicatorId}`}>
            {t("stat.yoy")} <Pct value={kpi.yoyPct} />
          </span>
        </Tooltip>
        {kpi.monthValue !== null && kpi.unit !== "percent" && (
          <span className="muted">
            {t("stat.monthValue")} {fmt(kpi.monthValue, kpi.unit)}
          </span>
        )}
        {kpi.momPct !== null && (
          <span>
            {t("stat.mom")} <Pct value={kpi.momPct} />
          </span>
        )}
      </div>
      {kpi.completionPct !== null && (
        <Tooltip
          title={
            <div>
              <div>
                {t("stat.target")} {fmt(kpi.target, kpi.unit)}
              </div>
              <div>
                {t("stat.schedule")} {schedulePct}%
              </div>
              {gap !== null && (
                <div>
                  {gap.startsWith("-") ? t("stat.behind", { pts: gap.slice(1) }) : t("stat.ahead", { pts: gap })}
                </div>
              )}
            </div>
          }
        >
          <div className="stat-kpi-row" style={{ marginTop: 6 }}>
            <span>
              {t("stat.completion")} <b className="num">{kpi.completionPct}%</b>
            </span>
            {gap !== null && <Pct value={gap} points />}
          </div>
          <div className="stat-kpi-bar" aria-hidden>
            <i style={{ width: `${Math.min(100, Number(kpi.completionPct))}%` }} />
            <b style={{ left: `${Math.min(100, Number(schedulePct))}%` }} />
          </div>
        </Tooltip>
      )}
    </div>
  );
}
