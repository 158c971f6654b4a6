import { TreeSelect } from "antd";
import { useMemo } from "react";
import { useUnits } from "../queries";
import { buildUnitTree, descendantIds, type UnitNode } from "./unitTree";

interface Props {
  zoneId?: string | null;
  value?: string | null;
  onChange?: (id: string | null) => void;
  placeholder?: string;
  /** A unit being edited: it and its descendants cannot be its parent. */
  exclude?: string;
  allowClear?: boolean;
  disabled?: boolean;
  id?: string;
  testId?: string;
}

/** Picks a unit of one zone from its tree. */
export function UnitTreeSelect({
  zoneId,
  value,
  onChange,
  placeholder,
  exclude,
  allowClear = true,
  disabled,
  id,
  testId,
}: Props) {
  const units = useUnits(zoneId);
  const treeData = useMemo(() => {
    const list = units.data ?? [];
    const banned = exclude ? descendantIds(list, exclude) : new Set<string>();
    const mark = (nodes: UnitNode[] | undefined): UnitNode[] | undefined =>
      nodes?.map((n) => ({ ...n, disabled: banned.has(n.value), children: mark(n.children) as UnitNode[] }));
    return mark(buildUnitTree(list)) ?? [];
  }, [units.data, exclude]);
  return (
    <TreeSelect
      id={id}
      treeData={treeData}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      placeholder={placeholder}
      allowClear={allowClear}
      disabled={disabled || !zoneId}
      loading={units.isFetching}
      treeDefaultExpandAll
      showSearch
      treeNodeFilterProp="title"
      style={{ width: "100%" }}
      popupMatchSelectWidth={false}
      data-testid={testId}
    />
  );
}
