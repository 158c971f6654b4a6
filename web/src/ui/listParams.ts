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
