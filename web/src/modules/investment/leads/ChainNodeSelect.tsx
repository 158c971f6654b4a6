/** Picks the chain node a lead would fill: the zone's chains as groups, their nodes beneath, gaps marked. */

import { useQueries } from "@tanstack/react-query";
import type { ChainDetail } from "@zoneos/core/enterprise-api";
import { Tag, TreeSelect } from "antd";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../../app/api";
import { useChains } from "../../enterprises/queries";

interface Props {
  zoneId: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
}

export function ChainNodeSelect({ zoneId, value, onChange }: Props) {
  const { t } = useTranslation();
  const chains = useChains(zoneId);
  const details = useQueries({
    queries: (chains.data ?? []).map((c) => ({
      queryKey: ["chains", "one", c.id] as const,
      queryFn: () => api.get<ChainDetail>(`/v1/chains/${c.id}`),
    })),
  });
  const loaded = details.map((d) => d.data).filter((d): d is ChainDetail => Boolean(d));
  const tree = useMemo(
    () =>
      loaded.map((chain) => ({
        value: `chain:${chain.id}`,
        title: chain.name,
        selectable: false,
        children: chain.nodes.map((n) => ({
          value: n.id,
          title: (
            <span>
              {n.name}
              {n.gap && (
                <Tag color="orange" bordered={false} style={{ marginInlineStart: 6 }}>
                  {t("chains.gapShort")}
                </Tag>
              )}
            </span>
          ),
          label: `${chain.name} › ${n.name}`,
        })),
      })),
    [loaded, t],
  );
  return (
    <TreeSelect
      data-testid="lead-chain-node"
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange?.(v ?? null)}
      treeData={tree}
      treeDefaultExpandAll
      treeNodeLabelProp="label"
      allowClear
      showSearch
      treeNodeFilterProp="label"
      loading={chains.isLoading || details.some((d) => d.isLoading)}
      style={{ width: "100%" }}
    />
  );
}
