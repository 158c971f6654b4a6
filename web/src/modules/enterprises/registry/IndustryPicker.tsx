/**
 * Picks a GB/T 4754-2017 industry class (4 digits): browse the tree (门类 → 大类 → 中类 → 小类, children
 * loaded on demand) or type a code or Chinese name to search the classes on the server.
 */
import { useQueryClient } from "@tanstack/react-query";
import { TreeSelect } from "antd";
import { useDeferredValue, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../../app/api";
import { keys, useIndustries } from "../queries";
import type { Industry } from "../types";

interface Node {
  id: string;
  pId: string | 0;
  value: string;
  title: string;
  isLeaf: boolean;
  selectable: boolean;
}

const toNode = (i: Industry, flat = false): Node => ({
  id: i.code,
  pId: flat ? 0 : (i.parent ?? 0),
  value: i.code,
  title: `${i.code} ${i.name}`,
  isLeaf: i.level === "class",
  selectable: i.level === "class",
});

interface Props {
  value?: string | null;
  onChange?: (code: string | undefined) => void;
  /** The name of the current value, shown before its branch is loaded (e.g. from the record). */
  initialLabel?: string | null;
  placeholder?: string;
  id?: string;
  testId?: string;
}

export function IndustryPicker({ value, onChange, initialLabel, placeholder, id, testId }: Props) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [search, setSearch] = useState("");
  const q = useDeferredValue(search.trim());
  const sections = useIndustries({ level: "section" });
  const found = useIndustries({ q, level: "class" }, q.length > 0);
  const [children, setChildren] = useState<Node[]>([]);
  const [loadedKeys, setLoadedKeys] = useState<string[]>([]);
  const labels = useRef(new Map<string, string>());

  const browse = useMemo(
    () => [...(sections.data ?? []).map((s) => toNode(s)), ...children],
    [sections.data, children],
  );
  const results = useMemo(() => (found.data ?? []).map((i) => toNode(i, true)), [found.data]);
  for (const n of q ? results : browse) labels.current.set(n.value, n.title);

  const loadData = async (node: { value?: string | number; isLeaf?: boolean }) => {
    const parent = String(node.value ?? "");
    if (!parent || node.isLeaf || loadedKeys.includes(parent)) return;
    const list = await client.fetchQuery({
      queryKey: keys.industries({ parent }),
      queryFn: () => api.get<Industry[]>("/v1/industries", { parent }),
      staleTime: 60 * 60_000,
    });
    setChildren((prev) => [...prev.filter((n) => n.pId !== parent), ...list.map((i) => toNode(i))]);
    setLoadedKeys((prev) => [...prev, parent]);
  };

  const label = value ? (labels.current.get(value) ?? (initialLabel ? `${value} ${initialLabel}` : value)) : undefined;
  return (
    <TreeSelect
      id={id}
      data-testid={testId}
      treeDataSimpleMode
      treeData={q ? results : browse}
      loadData={q ? undefined : loadData}
      treeLoadedKeys={loadedKeys}
      labelInValue
      value={value ? { value, label } : undefined}
      onChange={(v: { value: string; label?: unknown } | undefined) => {
        onChange?.(v?.value);
        setSearch("");
      }}
      showSearch
      searchValue={search}
      onSearch={setSearch}
      filterTreeNode={false}
      allowClear
      placeholder={placeholder ?? t("enterprises.industryPlaceholder")}
      notFoundContent={q && !found.isFetching ? t("enterprises.industryNone") : undefined}
      loading={sections.isPending || found.isFetching}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { maxWidth: "min(520px, calc(100vw - 24px))" } } }}
      listHeight={360}
      style={{ width: "100%" }}
    />
  );
}
