import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router-dom";

export type ListParams = Record<string, string | undefined> & { page?: string; pageSize?: string };

/**
 * A list page's filters, page and sort in the URL (shareable, back-button friendly). Changing any
 * filter goes back to page 1.
 */
export function useListParams() {
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => Object.fromEntries(search) as Record<string, string | undefined>, [search]);

  const update = useCallback(
    (patch: Record<string, string | number | null | undefined>) => {
      setSearch(
        (prev) => {
          const next = new URLSearchParams(prev);
          const keepsPage = "page" in patch || "pageSize" in patch;
          for (const [k, v] of Object.entries(patch)) {
            if (v === undefined || v === null || v === "") next.delete(k);
            else next.set(k, String(v));
          }
          if (!keepsPage) next.delete("page");
          return next;
        },
        { replace: true },
      );
    },
    [setSearch],
  );

  const page = Number(params.page ?? 1) || 1;
  const pageSize = Number(params.pageSize ?? 20) || 20;
  return { params, page, pageSize, update };
}

type Update = ReturnType<typeof useListParams>["update"];

/** The column's sort order as the table shows it, from `sort` / `order` in the URL. */
export function sortOrderOf(params: Record<string, string | undefined>, key: string): "ascend" | "descend" | null {
  if (params.sort !== key) return null;
  return params.order === "desc" ? "descend" : "ascend";
}

/**
 * A table's `onChange` that puts a click on a sortable column into the URL as `sort` / `order`; a
 * cleared sort, or a column not in `sortable`, drops both (the server's default order).
 * Usage: `<DataTable onChange={sortHandler(SORTABLE, update)} … />`.
 */
export function sortHandler(sortable: readonly string[], update: Update) {
  return (_pagination: unknown, _filters: unknown, sorter: unknown, extra: { action: string }) => {
    if (extra.action !== "sort") return;
    const s = (Array.isArray(sorter) ? sorter[0] : sorter) as
      | { columnKey?: string | number | bigint; order?: "ascend" | "descend" | null }
      | undefined;
    const key = String(s?.columnKey ?? "");
    update(
      s?.order && sortable.includes(key)
        ? { sort: key, order: s.order === "descend" ? "desc" : "asc" }
        : { sort: undefined, order: undefined },
    );
  };
}
