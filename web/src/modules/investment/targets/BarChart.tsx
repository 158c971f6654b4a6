/** Bars per category (ECharts, loaded with the page chunk) with an optional dashed line, e.g. 序时进度. */
import { type BarSeriesOption, BarChart as Bars } from "echarts/charts";
import {
  GridComponent,
  type GridComponentOption,
  LegendComponent,
  type LegendComponentOption,
  MarkLineComponent,
  type MarkLineComponentOption,
  TooltipComponent,
  type TooltipComponentOption,
} from "echarts/components";
import { type ComposeOption, type ECharts, init, use } from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import { useEffect, useRef } from "react";

use([Bars, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, CanvasRenderer]);

type Option = ComposeOption<
  BarSeriesOption | GridComponentOption | LegendComponentOption | MarkLineComponentOption | TooltipComponentOption
>;

export interface BarSeries {
  name: string;
  values: (number | null)[];
  color: string;
}

interface Props {
  categories: string[];
  series: BarSeries[];
  unit: string;
  /** A horizontal reference line (value and label). */
  line?: { value: number; label: string };
  height?: number;
  label: string;
  testId?: string;
}

export default function BarChart({ categories, series, unit, line, height = 320, label, testId }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);

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
    const fmt = (v: unknown) =>
      typeof v === "number" ? `${v.toLocaleString(undefined, { maximumFractionDigits: 2 })} ${unit}` : "—";
    const option: Option = {
      animationDuration: 300,
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" }, confine: true, valueFormatter: fmt },
      legend: { top: 0, itemWidth: 14, itemHeight: 8 },
      grid: { top: 40, bottom: 8, left: 8, right: 16, containLabel: true },
      xAxis: { type: "category", data: categories, axisLabel: { interval: 0, rotate: categories.length > 6 ? 30 : 0 } },
      yAxis: {
        type: "value",
        name: unit,
        nameTextStyle: { align: "left", fontSize: 11 },
        splitLine: { lineStyle: { color: "#f0f0f0" } },
      },
      series: series.map((s, i) => ({
        type: "bar",
        name: s.name,
        data: s.values,
        itemStyle: { color: s.color },
        barMaxWidth: 36,
        markLine:
          i === 0 && line
            ? {
                symbol: "none",
                lineStyle: { type: "dashed", color: "#cf1322" },
                label: { formatter: line.label, position: "insideEndTop", color: "#cf1322" },
                data: [{ yAxis: line.value }],
              }
            : undefined,
      })),
    };
    chart.current?.setOption(option, { notMerge: true });
  }, [categories, series, unit, line]);

  return <div ref={box} style={{ height, width: "100%" }} role="img" aria-label={label} data-testid={testId} />;
}
