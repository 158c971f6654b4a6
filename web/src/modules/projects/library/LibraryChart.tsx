/** The project library as stacked bars per year (ECharts, loaded lazily): 策划 / 储备 / 建设 / 投产. */
import { BarChart, type BarSeriesOption } from "echarts/charts";
import {
  GridComponent,
  type GridComponentOption,
  LegendComponent,
  type LegendComponentOption,
  TooltipComponent,
  type TooltipComponentOption,
} from "echarts/components";
import { type ComposeOption, type ECharts, init, use } from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useProjectLabels } from "../labels";
import type { LibraryGroup } from "../types";

use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

type Option = ComposeOption<BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;

const COLORS: Record<LibraryGroup, string> = {
  planning: "#bfbfbf",
  reserve: "#69b1ff",
  construction: "#1456b8",
  production: "#52c41a",
};

interface Props {
  years: number[];
  series: { group: LibraryGroup; values: number[] }[];
  measure: "count" | "investment";
  compact?: boolean;
}

export default function LibraryChart({ years, series, measure, compact }: Props) {
  const { t } = useTranslation();
  const pl = useProjectLabels();
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const inYi = pl.unit === "yi";
  const unitLabel =
    measure === "count" ? t("projects.library.countUnit") : inYi ? t("projects.unit.yi") : t("projects.unit.wan");

  useEffect(() => {
    if (!box.current) return;
    const instance = init(box.current, undefined, { renderer: "canvas" });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(box.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const scale = (v: number) => (measure === "count" ? v : v / (inYi ? 1e8 : 1e4));
    const fmt = (v: unknown) =>
      typeof v === "number" ? `${v.toLocaleString(pl.locale, { maximumFractionDigits: 2 })} ${unitLabel}` : "—";
    const option: Option = {
      animationDuration: 300,
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" }, confine: true, valueFormatter: fmt },
      legend: { top: 0, itemWidth: 14, itemHeight: 8 },
      grid: { top: 40, bottom: 8, left: 8, right: 12, containLabel: true },
      xAxis: { type: "category", data: years.map(String) },
      yAxis: {
        type: "value",
        name: unitLabel,
        nameTextStyle: { align: "left", fontSize: 11 },
        minInterval: measure === "count" ? 1 : undefined,
        splitLine: { lineStyle: { color: "#f0f0f0" } },
      },
      series: series.map((s) => ({
        type: "bar",
        name: t(`projects.library.group.${s.group}`),
        stack: "total",
        data: s.values.map(scale),
        itemStyle: { color: COLORS[s.group] },
        barMaxWidth: compact ? 36 : 56,
        emphasis: { focus: "series" },
      })),
    };
    chart.current?.setOption(option, { notMerge: true });
  }, [years, series, measure, compact, t, pl.locale, inYi, unitLabel]);

  return (
    <div
      ref={box}
      style={{ height: compact ? 280 : 340, width: "100%" }}
      role="img"
      aria-label={t("projects.library.chartTitle")}
      data-testid="library-chart"
    />
  );
}
