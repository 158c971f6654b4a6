/**
 * The cockpit's charts (ECharts, loaded lazily with this file): this year vs last year by month, and horizontal
 * bars of a breakdown. A click on a point or a bar asks for the enterprise rows behind it.
 */
import { BarChart, type BarSeriesOption, LineChart, type LineSeriesOption } from "echarts/charts";
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

use([LineChart, BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

type Option = ComposeOption<
  LineSeriesOption | BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

function useChart(option: Option, onClick?: (index: number) => void) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const click = useRef(onClick);
  click.current = onClick;
  useEffect(() => {
    if (!box.current) return;
    const instance = init(box.current, undefined, { renderer: "canvas" });
    chart.current = instance;
    instance.on("click", (e) => {
      if (typeof e.dataIndex === "number") click.current?.(e.dataIndex);
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(box.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);
  return box;
}

const text = (dark?: boolean) => (dark ? "#c6d8ff" : "#595959");
const split = (dark?: boolean) => (dark ? "rgba(120,170,255,0.15)" : "#f0f0f0");

interface TrendProps {
  labels: string[];
  thisYear: (number | null)[];
  lastYear: (number | null)[];
  names: [string, string];
  unit: string;
  format: (v: number) => string;
  dark?: boolean;
  onPick?: (index: number) => void;
  label: string;
}

export function TrendChart({ labels, thisYear, lastYear, names, unit, format, dark, onPick, label }: TrendProps) {
  const option: Option = {
    animationDuration: 300,
    tooltip: {
      trigger: "axis",
      confine: true,
      valueFormatter: (v) => (typeof v === "number" ? format(v) : "—"),
    },
    legend: { top: 0, textStyle: { color: text(dark) } },
    grid: { top: 36, bottom: 8, left: 8, right: 16, containLabel: true },
    xAxis: { type: "category", data: labels, axisLabel: { color: text(dark) } },
    yAxis: {
      type: "value",
      name: unit,
      nameTextStyle: { color: text(dark), align: "left" },
      axisLabel: { color: text(dark) },
      splitLine: { lineStyle: { color: split(dark) } },
    },
    series: [
      {
        type: "line",
        name: names[0],
        data: thisYear,
        smooth: true,
        symbolSize: 7,
        itemStyle: { color: dark ? "#3ba0ff" : "#1456b8" },
        lineStyle: { width: 3 },
        areaStyle: { opacity: 0.08 },
      },
      {
        type: "line",
        name: names[1],
        data: lastYear,
        smooth: true,
        symbolSize: 5,
        itemStyle: { color: dark ? "#8c9bb5" : "#bfbfbf" },
        lineStyle: { type: "dashed" },
      },
    ],
  };
  const box = useChart(option, onPick);
  return <div ref={box} className="stat-chart" role="img" aria-label={label} data-testid="cockpit-trend" />;
}

interface BarsProps {
  names: string[];
  values: number[];
  unit: string;
  format: (v: number) => string;
  dark?: boolean;
  onPick?: (index: number) => void;
  label: string;
  testId?: string;
}

export function BarsChart({ names, values, unit, format, dark, onPick, label, testId }: BarsProps) {
  const option: Option = {
    animationDuration: 300,
    tooltip: {
      trigger: "axis",
      axisPointer: { type: "shadow" },
      confine: true,
      valueFormatter: (v) => (typeof v === "number" ? format(v) : "—"),
    },
    grid: { top: 8, bottom: 8, left: 8, right: 24, containLabel: true },
    xAxis: {
      type: "value",
      name: unit,
      nameTextStyle: { color: text(dark) },
      axisLabel: { color: text(dark) },
      splitLine: { lineStyle: { color: split(dark) } },
    },
    yAxis: {
      type: "category",
      inverse: true,
      data: names,
      axisLabel: { color: text(dark), width: 120, overflow: "truncate" },
    },
    series: [
      {
        type: "bar",
        data: values,
        barMaxWidth: 18,
        itemStyle: { color: dark ? "#3ba0ff" : "#1677ff", borderRadius: [0, 3, 3, 0] },
        cursor: "pointer",
      },
    ],
  };
  const box = useChart(option, onPick);
  return (
    <div
      ref={box}
      className="stat-chart"
      style={{ height: Math.max(160, names.length * 28 + 40) }}
      role="img"
      aria-label={label}
      data-testid={testId}
    />
  );
}
