/**
 * Milestones as a Gantt chart (ECharts custom series, loaded lazily): each row's upper bar is the planned
 * window (from the previous milestone's planned date to its own), the lower bar the actual one — green on
 * time, orange late, red for an open milestone past its date (drawn up to today). A line marks today.
 */
import { CustomChart, type CustomSeriesOption } from "echarts/charts";
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
import { type ComposeOption, type ECharts, graphic, init, use } from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import { useEffect, useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";
import { currentMonth, useProjectLabels } from "../labels";
import type { Milestone, Project } from "../types";
import { milestoneState } from "./milestoneState";

use([CustomChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, CanvasRenderer]);

type Option = ComposeOption<
  CustomSeriesOption | GridComponentOption | LegendComponentOption | MarkLineComponentOption | TooltipComponentOption
>;

const DAY = 86_400_000;
const COLORS = { planned: "#91caff", done: "#52c41a", late: "#fa8c16", overdue: "#ff4d4f" };
const ts = (d: string) => Date.parse(`${d}T00:00:00+08:00`);

interface Row {
  index: number;
  name: string;
  plannedFrom: number | null;
  plannedTo: number | null;
  actualFrom: number | null;
  actualTo: number | null;
  state: ReturnType<typeof milestoneState>;
  m: Milestone;
}

export default function MilestoneGantt({
  project,
  milestones,
  compact,
}: {
  project: Project;
  milestones: Milestone[];
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const pl = useProjectLabels();
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const { today } = currentMonth();

  const rows = useMemo((): Row[] => {
    let prevPlanned = project.plannedStartOn ? ts(project.plannedStartOn) : null;
    let prevActual = project.actualStartOn ? ts(project.actualStartOn) : null;
    return milestones.map((m, index) => {
      const state = milestoneState(m, today);
      const plannedTo = m.plannedOn ? ts(m.plannedOn) : null;
      let plannedFrom = plannedTo === null ? null : (prevPlanned ?? plannedTo - 30 * DAY);
      if (plannedFrom !== null && plannedTo !== null && plannedFrom >= plannedTo) plannedFrom = plannedTo - 7 * DAY;
      const actualTo = m.actualOn ? ts(m.actualOn) : state === "overdue" ? ts(today) : null;
      let actualFrom = actualTo === null ? null : (prevActual ?? plannedFrom ?? actualTo - 30 * DAY);
      if (state === "overdue" && plannedTo !== null) actualFrom = plannedTo;
      if (actualFrom !== null && actualTo !== null && actualFrom >= actualTo) actualFrom = actualTo - 5 * DAY;
      if (plannedTo !== null) prevPlanned = plannedTo;
      if (m.actualOn) prevActual = ts(m.actualOn);
      return { index, name: m.name, plannedFrom, plannedTo, actualFrom, actualTo, state, m };
    });
  }, [milestones, project.plannedStartOn, project.actualStartOn, today]);

  const height = Math.max(220, rows.length * (compact ? 34 : 38) + 90);

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
    const bar =
      (part: "planned" | "actual"): CustomSeriesOption["renderItem"] =>
      (_params, api) => {
        const index = api.value(0) as number;
        const from = api.value(1) as number;
        const to = api.value(2) as number;
        if (!from || !to) return { type: "group", children: [] };
        const start = api.coord([from, index]);
        const end = api.coord([to, index]);
        const band = (api.size?.([0, 1]) as number[] | undefined)?.[1] ?? 30;
        const h = band * 0.28;
        const y = (start[1] ?? 0) + (part === "planned" ? -h - 1 : 1);
        const shape = graphic.clipRectByRect(
          { x: start[0] ?? 0, y, width: Math.max(3, (end[0] ?? 0) - (start[0] ?? 0)), height: h },
          // biome-ignore lint/suspicious/noExplicitAny: ECharts' coordSys carries x/y/width/height on a cartesian grid
          _params.coordSys as any,
        );
        const state = rows[index]?.state ?? "pending";
        const color =
          part === "planned"
            ? COLORS.planned
            : state === "late"
              ? COLORS.late
              : state === "overdue"
                ? COLORS.overdue
                : COLORS.done;
        return shape
          ? {
              type: "rect",
              shape: { ...shape, r: 2 },
              style: state === "overdue" && part === "actual" ? { fill: color, opacity: 0.55 } : { fill: color },
            }
          : { type: "group", children: [] };
      };

    const tooltip = (row: Row | undefined) => {
      if (!row) return "";
      const stateText =
        row.state === "overdue"
          ? t("projects.milestones.stateOverdue", { days: Math.round((ts(today) - (row.plannedTo ?? 0)) / DAY) })
          : row.state === "late"
            ? t("projects.milestones.stateLate", {
                days: Math.round(((row.actualTo ?? 0) - (row.plannedTo ?? 0)) / DAY),
              })
            : t(`projects.milestones.state_${row.state}`);
      return [
        `<b>${escapeHtml(row.name)}</b> · ${escapeHtml(stateText)}`,
        escapeHtml(
          t("projects.labelled", { label: t("projects.milestones.planned"), value: pl.date(row.m.plannedOn) }),
        ),
        escapeHtml(t("projects.labelled", { label: t("projects.milestones.actual"), value: pl.date(row.m.actualOn) })),
      ].join("<br/>");
    };

    const option: Option = {
      animationDuration: 300,
      tooltip: {
        trigger: "item",
        confine: true,
        formatter: (params) => {
          const p = Array.isArray(params) ? params[0] : params;
          return tooltip(rows[(p?.value as number[] | undefined)?.[0] ?? -1]);
        },
      },
      legend: {
        top: 0,
        left: compact ? 0 : "center",
        itemWidth: 14,
        itemHeight: 8,
        data: [
          { name: t("projects.milestones.legendPlanned"), itemStyle: { color: COLORS.planned } },
          { name: t("projects.milestones.legendActual"), itemStyle: { color: COLORS.done } },
        ],
      },
      grid: { top: 36, bottom: 28, left: 8, right: compact ? 12 : 24, containLabel: true },
      xAxis: {
        type: "time",
        axisLabel: { hideOverlap: true, fontSize: compact ? 10 : 12 },
        splitLine: { show: true, lineStyle: { color: "#f0f0f0" } },
      },
      yAxis: {
        type: "category",
        inverse: true,
        data: rows.map((r) => r.name),
        axisTick: { show: false },
        axisLabel: { fontSize: compact ? 11 : 12, width: compact ? 72 : 120, overflow: "truncate" },
      },
      series: [
        {
          type: "custom",
          name: t("projects.milestones.legendPlanned"),
          renderItem: bar("planned"),
          encode: { x: [1, 2], y: 0 },
          data: rows.filter((r) => r.plannedFrom && r.plannedTo).map((r) => [r.index, r.plannedFrom, r.plannedTo]),
          itemStyle: { color: COLORS.planned },
          markLine: {
            symbol: "none",
            silent: true,
            lineStyle: { color: "#cf1322", type: "dashed" },
            label: { formatter: t("projects.milestones.today"), color: "#cf1322", fontSize: 11 },
            data: [{ xAxis: ts(today) }],
          },
        },
        {
          type: "custom",
          name: t("projects.milestones.legendActual"),
          renderItem: bar("actual"),
          encode: { x: [1, 2], y: 0 },
          data: rows.filter((r) => r.actualFrom && r.actualTo).map((r) => [r.index, r.actualFrom, r.actualTo]),
          itemStyle: { color: COLORS.done },
        },
      ],
    };
    chart.current?.setOption(option, { notMerge: true });
  }, [rows, compact, t, pl, today]);

  return (
    <div
      ref={box}
      style={{ height, width: "100%" }}
      role="img"
      aria-label={t("projects.milestones.chartLabel", { name: project.name })}
      data-testid="milestone-gantt"
    />
  );
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
