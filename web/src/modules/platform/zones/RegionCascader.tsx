/**
 * Picks a GB/T 2260 region (province / city / county) over GET /regions?parentCode=…, loading each
 * level on demand; for an existing value its path is loaded up front so the cascader can show it.
 */

import { useQueryClient } from "@tanstack/react-query";
import type { Region } from "@zoneos/core/platform-api";
import { parentRegionCode } from "@zoneos/core/region";
import { Cascader } from "antd";
import { useEffect, useState } from "react";
import { api } from "../../../app/api";
import { keys } from "../queries";

interface Option {
  value: string;
  label: string;
  isLeaf: boolean;
  children?: Option[];
}

interface Props {
  value?: string | null;
  onChange?: (code: string | null) => void;
  placeholder?: string;
  id?: string;
  disabled?: boolean;
  allowClear?: boolean;
}

function pathOf(code: string): string[] {
  const path = [code];
  for (let p = parentRegionCode(code); p; p = parentRegionCode(p)) path.unshift(p);
  return path;
}

const toOption = (r: Region): Option => ({ value: r.code, label: r.name, isLeaf: r.level === "county" });

export function RegionCascader({ value, onChange, placeholder, id, disabled, allowClear = true }: Props) {
  const client = useQueryClient();
  const [options, setOptions] = useState<Option[]>([]);

  const fetchRegions = (params: { parentCode?: string; level?: string }) =>
    client.fetchQuery({
      queryKey: keys.regions(params),
      queryFn: () => api.get<Region[]>("/v1/regions", params),
      staleTime: 60 * 60_000,
    });

  // biome-ignore lint/correctness/useExhaustiveDependencies: loads the tree once, with the path of the first value
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const provinces = (await fetchRegions({ level: "province" })).map(toOption);
      if (value) {
        let level = provinces;
        for (const code of pathOf(value).slice(0, -1)) {
          const node = level.find((o) => o.value === code);
          if (!node) break;
          node.children = (await fetchRegions({ parentCode: code })).map(toOption);
          level = node.children;
        }
      }
      if (!cancelled) setOptions(provinces);
    })().catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, []);

  const loadData = async (selected: Option[]) => {
    const target = selected[selected.length - 1];
    if (!target || target.children) return;
    const children = (await fetchRegions({ parentCode: target.value })).map(toOption);
    target.children = children;
    if (children.length === 0) target.isLeaf = true;
    setOptions((o) => [...o]);
  };

  return (
    <Cascader<Option>
      id={id}
      options={options}
      loadData={(s) => void loadData(s as Option[])}
      changeOnSelect
      allowClear={allowClear}
      disabled={disabled}
      placeholder={placeholder}
      value={value ? pathOf(value) : undefined}
      displayRender={(labels) => labels.join(" / ")}
      onChange={(path) => onChange?.(path && path.length > 0 ? String(path[path.length - 1]) : null)}
      style={{ width: "100%" }}
      data-testid="region-cascader"
    />
  );
}
