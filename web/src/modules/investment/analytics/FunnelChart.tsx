/** The pipeline funnel (ECharts, loaded with the page chunk): leads that reached each stage. */
import { FunnelChart as Funnel, type FunnelSeriesOption } from "echarts/charts";
import { TooltipComponent, type TooltipComponentOption } from "echarts/components";
import { type ComposeOption, type ECharts, init, use } from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import { useEffect, useRef } from "react";

use([Funnel, TooltipComponent, CanvasRenderer]);

type Option = ComposeOption<FunnelSeriesOption | TooltipComponentOption>;

export interface FunnelStep {
  name: string;
  value: number;
  /** The tooltip's second line, e.g. the amount. */
  detail: string;
  color: string;
}

interface Props {
  steps: FunnelStep[];
  label: string;
  height?: number;
  testId?: string;
}

export default function FunnelChart({ steps, label, height = 380, testId }: Props) {
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
    const details = new Map(steps.map((s) => [s.name, s.detail]));
    const option: Option = {
      animationDuration: 300,
      tooltip: {
        trigger: "item",
        confine: true,
        formatter: (p) => {
          const item = Array.isArray(p) ? p[0] : p;
          return `${item?.name ?? ""}: ${item?.value ?? 0}<br/>${details.get(String(item?.name)) ?? ""}`;
        },
      },
      series: [
        {
          type: "funnel",
          // Stages keep their pipeline order: a stage reached by more leads than the one before stays visible.
          sort: "none",
          // Names sit to the right: the narrow late stages (few or no leads) have no room inside.
          left: "2%",
          width: "58%",
          top: 8,
          bottom: 8,
          // ECharts scales to 0–100 unless told: the widest bar is the stage most leads reached.
          min: 0,
          max: Math.max(1, ...steps.map((s) => s.value)),
          minSize: "6%",
          gap: 2,
          label: { show: true, position: "right", formatter: "{b}  {c}", color: "#333", fontSize: 12 },
          labelLine: { show: true, length: 8 },
          data: steps.map((s) => ({ name: s.name, value: s.value, itemStyle: { color: s.color } })),
        },
      ],
    };
    chart.current?.setOption(option, { notMerge: true });
  }, [steps]);

  return <div ref={box} style={{ height, width: "100%" }} role="img" aria-label={label} data-testid={testId} />;
}
