/**
 * The chain as an ECharts tree (loaded lazily: ECharts stays out of every other page). Nodes are coloured
 * by segment, sized by the enterprises on them and below them; gaps are hollow and red. Clicking a node
 * selects it.
 */
import { TreeChart, type TreeSeriesOption } from "echarts/charts";
import { TooltipComponent, type TooltipComponentOption } from "echarts/components";
import { type ComposeOption, type ECharts, init, use } from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import { useEffect, useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";
import { SEGMENT_COLORS, useEnterpriseLabels } from "../labels";
import type { ChainDetail } from "../types";

use([TreeChart, TooltipComponent, CanvasRenderer]);

type Option = ComposeOption<TreeSeriesOption | TooltipComponentOption>;
type ChainNode = ChainDetail["nodes"][number];

interface TreeDatum {
  name: string;
  id: string;
  value: number;
  children?: TreeDatum[];
  symbolSize?: number;
  itemStyle?: Record<string, unknown>;
  label?: Record<string, unknown>;
  node?: ChainNode;
}

const GAP = "#f5222d";

interface Props {
  chain: ChainDetail;
  selectedId: string | null;
  onSelect: (nodeId: string) => void;
  compact?: boolean;
}

export default function ChainGraph({ chain, selectedId, onSelect, compact }: Props) {
  const { t } = useTranslation();
  const el = useEnterpriseLabels();
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const select = useRef(onSelect);
  select.current = onSelect;

  const { data, leaves } = useMemo(() => {
    const byParent = new Map<string | null, ChainNode[]>();
    for (const n of chain.nodes) byParent.set(n.parentId, [...(byParent.get(n.parentId) ?? []), n]);
    let leafCount = 0;
    const build = (n: ChainNode): TreeDatum => {
      const children = (byParent.get(n.id) ?? []).map(build);
      if (children.length === 0) leafCount++;
      const total = n.enterpriseCount + children.reduce((s, c) => s + c.value, 0);
      const color = SEGMENT_COLORS[n.segment] ?? "#8c8c8c";
      const selected = n.id === selectedId;
      return {
        id: n.id,
        name: n.name,
        value: total,
        node: n,
        children: children.length ? children : undefined,
        symbolSize: n.gap ? 12 : Math.min(38, 10 + Math.sqrt(total) * 5),
        itemStyle: n.gap
          ? { color: "#fff", borderColor: GAP, borderWidth: selected ? 4 : 2, borderType: "dashed" }
          : {
              color,
              borderColor: selected ? "#141414" : color,
              borderWidth: selected ? 3 : 1,
              shadowBlur: selected ? 8 : 0,
              shadowColor: "rgba(0,0,0,0.3)",
            },
        label: {
          color: n.gap ? GAP : "#262626",
          // Inner nodes' labels sit on their incoming edge: a white ground keeps them legible.
          backgroundColor: children.length ? "rgba(255,255,255,0.9)" : undefined,
          padding: children.length ? [1, 3] : 0,
          fontWeight: selected ? "bold" : "normal",
          formatter: n.gap ? t("chains.gapLabel", { name: n.name }) : `${n.name}  ${total}`,
        },
      };
    };
    const roots = (byParent.get(null) ?? []).map(build);
    return {
      data: {
        id: "",
        name: chain.name,
        value: roots.reduce((s, r) => s + r.value, 0),
        children: roots,
        symbolSize: 16,
        itemStyle: { color: "#0f3f86", borderColor: "#0f3f86" },
        // The chain's name goes above its node: however long, it leaves the width to the branches.
        label: {
          position: "top",
          align: "left",
          fontWeight: "bold",
          color: "#0f3f86",
          formatter: chain.name,
        },
      } satisfies TreeDatum,
      leaves: Math.max(1, leafCount),
    };
  }, [chain, selectedId, t]);

  const height = Math.max(compact ? 320 : 420, leaves * (compact ? 30 : 34) + 60);

  useEffect(() => {
    if (!box.current) return;
    const instance = init(box.current, undefined, { renderer: "canvas" });
    chart.current = instance;
    instance.on("click", (params) => {
      const id = (params.data as TreeDatum | undefined)?.id;
      if (id) select.current(id);
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
    const option: Option = {
      tooltip: {
        trigger: "item",
        confine: true,
        formatter: (params) => {
          const d = (Array.isArray(params) ? params[0] : params)?.data as TreeDatum | undefined;
          const n = d?.node;
          if (!n) return chain.name;
          const lines = [
            `<b>${escapeHtml(n.name)}</b> · ${escapeHtml(el.segment(n.segment))}`,
            n.gap
              ? `<span style="color:${GAP}">${escapeHtml(t("chains.gapTooltip"))}</span>`
              : escapeHtml(t("chains.enterpriseCount", { count: n.enterpriseCount, total: d.value })),
          ];
          if (n.keyProducts) lines.push(`${escapeHtml(el.field("keyProducts"))}：${escapeHtml(n.keyProducts)}`);
          if (n.technologies) lines.push(`${escapeHtml(el.field("technologies"))}：${escapeHtml(n.technologies)}`);
          return lines.join("<br/>");
        },
      },
      series: [
        {
          type: "tree",
          data: [data] as unknown as TreeSeriesOption["data"],
          orient: "LR",
          layout: "orthogonal",
          top: 20,
          bottom: 20,
          left: compact ? 16 : 32,
          right: compact ? 150 : 220,
          initialTreeDepth: -1,
          expandAndCollapse: false,
          roam: !compact,
          symbol: "circle",
          edgeShape: "polyline",
          edgeForkPosition: "50%",
          lineStyle: { color: "#bfbfbf", width: 1.2, curveness: 0 },
          label: {
            position: "left",
            verticalAlign: "middle",
            align: "right",
            fontSize: compact ? 11 : 13,
            distance: 6,
          },
          leaves: { label: { position: "right", verticalAlign: "middle", align: "left" } },
          emphasis: { focus: "ancestor" },
          animationDuration: 300,
          animationDurationUpdate: 300,
        },
      ],
    };
    chart.current?.setOption(option, { notMerge: true });
  }, [data, chain.name, compact, el, t]);

  return (
    <div
      ref={box}
      className="chain-graph"
      style={{ height }}
      role="img"
      aria-label={t("chains.graphLabel", { name: chain.name })}
      data-testid="chain-graph"
    />
  );
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
