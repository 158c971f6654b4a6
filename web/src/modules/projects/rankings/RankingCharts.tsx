/**
 * 比学赶超 charts (ECharts, loaded lazily): the month's composite scores as bars (红榜 red, 黑榜 dark), and each
 * entity's score month by month as lines. Also used for an inspection's project scores.
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

use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

type Option = ComposeOption<
  BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

function useChart(option: Option) {
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
  // Options are rebuilt on every render; only a change of their data redraws (no replayed animation).
  const key = JSON.stringify(option);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `option`
  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [key]);
  return box;
}

const fmt = (v: unknown) => (typeof v === "number" ? v.toFixed(2) : "—");

export interface ScoreBar {
  name: string;
  score: number | null;
  tone?: "red" | "black";
}

const TONES = { red: "#cf1322", black: "#434343" };

/** Horizontal bars, best on top; names wrap into the left margin. */
export function ScoreBars({ bars, label, testId }: { bars: ScoreBar[]; label: string; testId?: string }) {
  const shown = bars.filter((b) => b.score !== null).reverse();
  const option: Option = {
    animationDuration: 300,
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" }, confine: true, valueFormatter: fmt },
    grid: { top: 8, bottom: 8, left: 8, right: 40, containLabel: true },
    xAxis: { type: "value", max: 100, splitLine: { lineStyle: { color: "#f0f0f0" } } },
    yAxis: {
      type: "category",
      data: shown.map((b) => b.name),
      axisLabel: { width: 120, overflow: "truncate", fontSize: 12 },
      axisTick: { show: false },
    },
    series: [
      {
        type: "bar",
        name: label,
        data: shown.map((b) => ({
          value: b.score === null ? null : Number(b.score.toFixed(2)),
          itemStyle: { color: b.tone ? TONES[b.tone] : "#1456b8" },
        })),
        barMaxWidth: 22,
        label: { show: true, position: "right", formatter: (p) => fmt(p.value), fontSize: 11 },
      },
    ],
  };
  const box = useChart(option);
  return (
    <div
      ref={box}
      className="rk-chart"
      style={{ height: Math.max(160, shown.length * 34 + 24) }}
      role="img"
      aria-label={label}
      data-testid={testId}
    />
  );
}

/** One line per entity across the months; a month without a score leaves a gap. */
export function TrendLines({
  labels,
  series,
  label,
  compact,
}: {
  /** The months as the axis names them ("1月", "Jan"). */
  labels: string[];
  series: { name: string; values: (number | null)[] }[];
  label: string;
  compact?: boolean;
}) {
  const option: Option = {
    animationDuration: 300,
    tooltip: { trigger: "axis", confine: true, valueFormatter: fmt },
    legend: { top: 0, type: "scroll", itemWidth: 14, itemHeight: 8 },
    grid: { top: 40, bottom: 8, left: 8, right: 16, containLabel: true },
    xAxis: { type: "category", data: labels, boundaryGap: false },
    yAxis: { type: "value", max: 100, splitLine: { lineStyle: { color: "#f0f0f0" } } },
    series: series.map((s) => ({
      type: "line",
      name: s.name,
      data: s.values.map((v) => (v === null ? null : Number(v.toFixed(2)))),
      connectNulls: false,
      symbolSize: 6,
      emphasis: { focus: "series" },
    })),
  };
  const box = useChart(option);
  return (
    <div
      ref={box}
      className="rk-chart"
      style={{ height: compact ? 280 : 340 }}
      role="img"
      aria-label={label}
      data-testid="ranking-trend"
    />
  );
}
