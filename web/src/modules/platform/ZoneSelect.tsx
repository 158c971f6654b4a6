/**
 * Picks a zone from those in the user's scope (GET /zones, searched on the server); a zone-scoped
 * user simply sees their own zone.
 */
import { Select } from "antd";
import { useDeferredValue, useMemo, useState } from "react";
import { useZone, useZones } from "./queries";

interface Props {
  value?: string | null;
  onChange?: (id: string | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  disabled?: boolean;
  id?: string;
  style?: React.CSSProperties;
  testId?: string;
}

export function ZoneSelect({ value, onChange, placeholder, allowClear, disabled, id, style, testId }: Props) {
  const [search, setSearch] = useState("");
  const q = useDeferredValue(search.trim());
  const zones = useZones({ page: 1, pageSize: 50, sort: "name", q: q || undefined });
  const known = zones.data?.items.some((z) => z.id === value);
  const current = useZone(value && !known && !zones.isPending ? value : null);
  const options = useMemo(() => {
    const list = (zones.data?.items ?? []).map((z) => ({ value: z.id, label: z.name }));
    if (current.data && !list.some((o) => o.value === current.data.id))
      list.unshift({ value: current.data.id, label: current.data.name });
    return list;
  }, [zones.data, current.data]);
  return (
    <Select
      id={id}
      showSearch
      filterOption={false}
      onSearch={setSearch}
      onBlur={() => setSearch("")}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? undefined)}
      options={options}
      loading={zones.isFetching}
      placeholder={placeholder}
      allowClear={allowClear}
      disabled={disabled}
      style={{ width: "100%", ...style }}
      data-testid={testId}
      popupMatchSelectWidth={false}
    />
  );
}
