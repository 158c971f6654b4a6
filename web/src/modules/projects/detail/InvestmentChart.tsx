/**
 * A year's investment as ECharts (loaded lazily): monthly completed investment as bars, 年累计 as a line,
 * and the plan × 序时进度 line it is measured against (January counts as 2/12, as bulletins do). Figures are
 * in 万元 (亿元 for users who read 亿元).
 */
import { schedulePct } from "@zoneos/core/schedule";
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
import { useEffect, useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useProjectLabels } from "../labels";
import type { InvestmentMonth } from "../types";

use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

type Option = ComposeOption<
  BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

interface Props {
  year: number;
  months: InvestmentMonth[];
  planYuan: string | null;
  /** The last month the cumulative line runs to (this month for this year, December before). */
  lastMonth: number;
  compact?: boolean;
}

export default function InvestmentChart({ year, months, planYuan, lastMonth, compact }: Props) {
  const { t } = useTranslation();
  const pl = useProjectLabels();
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const inYi = pl.unit === "yi";
  const unitLabel = inYi ? t("projects.unit.yi") : t("projects.unit.wan");
  const series = useMemo(() => {
    const scale = (yuan: string | number) => Number(yuan) / (inYi ? 1e8 : 1e4);
    const byMonth = new Map(months.map((m) => [Number(m.month.slice(5, 7)), m]));
    const amounts: (number | null)[] = [];
    const cumulative: (number | null)[] = [];
    const schedule: (number | null)[] = [];
    let running = 0;
    for (let m = 1; m <= 12; m++) {
      const row = byMonth.get(m);
      amounts.push(row ? scale(row.amountYuan) : null);
      if (row) running = scale(row.ytdYuan);
      cumulative.push(m <= lastMonth ? running : null);
      schedule.push(planYuan === null ? null : (scale(planYuan) * schedulePct(m)) / 100);
    }
    return { amounts, cumulative, schedule };
  }, [months, planYuan, lastMonth, inYi]);

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
    const EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    const monthNames = Array.from({ length: 12 }, (_, i) =>
      pl.locale === "zh-CN" ? `${i + 1}月` : compact ? (EN[i] ?? "").charAt(0) : (EN[i] ?? ""),
    );
    const fmt = (v: unknown) =>
      typeof v === "number" ? `${v.toLocaleString(pl.locale, { maximumFractionDigits: 2 })} ${unitLabel}` : "—";
    const names = {
      amount: t("projects.investment.amount"),
      ytd: t("projects.investment.ytd"),
      schedule: t("projects.investment.scheduleLine"),
    };
    const option: Option = {
      animationDuration: 300,
      tooltip: { trigger: "axis", confine: true, valueFormatter: fmt },
      legend: { top: 0, itemWidth: 14, itemHeight: 8, textStyle: { fontSize: compact ? 11 : 12 } },
      grid: { top: compact ? 48 : 40, bottom: 8, left: 8, right: 12, containLabel: true },
      xAxis: { type: "category", data: monthNames, axisTick: { alignWithLabel: true } },
      yAxis: {
        type: "value",
        name: unitLabel,
        nameTextStyle: { align: "left", fontSize: 11 },
        axisLabel: { fontSize: compact ? 10 : 12 },
        splitLine: { lineStyle: { color: "#f0f0f0" } },
      },
      series: [
        {
          type: "bar",
          name: names.amount,
          data: series.amounts,
          itemStyle: { color: "#5b8ff9", borderRadius: [3, 3, 0, 0] },
          barMaxWidth: 28,
        },
        {
          type: "line",
          name: names.ytd,
          data: series.cumulative,
          itemStyle: { color: "#0f3f86" },
          lineStyle: { width: 2 },
          symbolSize: 6,
        },
        ...(planYuan === null
          ? []
          : [
              {
                type: "line" as const,
                name: names.schedule,
                data: series.schedule,
                itemStyle: { color: "#fa8c16" },
                lineStyle: { type: "dashed" as const, width: 2 },
                symbol: "none",
              },
            ]),
      ],
    };
    chart.current?.setOption(option, { notMerge: true });
  }, [series, planYuan, compact, t, pl.locale, unitLabel]);

  return (
    <div
      ref={box}
      style={{ height: compact ? 280 : 320, width: "100%" }}
      role="img"
      aria-label={t("projects.investment.chartLabel", { year })}
      data-testid="investment-chart"
    />
  );
}
