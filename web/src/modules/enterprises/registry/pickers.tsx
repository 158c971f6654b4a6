/** Small pickers of the registry form: the liaison cadre (staff of the zone) and the zone's leading clusters. */
import { Select } from "antd";
import { useDeferredValue, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useCan, useMe } from "../../../app/auth";
import { useZone } from "../../platform/queries";
import { useZoneStaff } from "../queries";

interface LiaisonProps {
  zoneId?: string | null;
  value?: string | null;
  onChange?: (id: string | null) => void;
  /** The current liaison's name, for an option before (or without) the user list. */
  currentName?: string | null;
  id?: string;
  testId?: string;
}

/**
 * Staff of the enterprise's zone. Listing users needs users:read; without it the choices are the
 * current liaison and oneself (when of that zone).
 */
export function LiaisonSelect({ zoneId, value, onChange, currentName, id, testId }: LiaisonProps) {
  const { t } = useTranslation();
  const can = useCan();
  const me = useMe();
  const [search, setSearch] = useState("");
  const q = useDeferredValue(search.trim());
  const listable = can("users:read") && Boolean(zoneId);
  const users = useZoneStaff(zoneId, q, listable);
  const options = useMemo(() => {
    const list: { value: string; label: string }[] = listable
      ? (users.data?.items ?? []).map((u) => ({
          value: u.id,
          label: u.unitName ? `${u.name}（${u.unitName}）` : u.name,
        }))
      : [];
    if (!listable && me.zoneId === zoneId)
      list.push({ value: me.id, label: me.unitName ? `${me.name}（${me.unitName}）` : me.name });
    if (value && currentName && !list.some((o) => o.value === value)) list.unshift({ value, label: currentName });
    return list;
  }, [listable, users.data, me, zoneId, value, currentName]);
  return (
    <Select
      id={id}
      data-testid={testId}
      showSearch
      allowClear
      filterOption={listable ? false : undefined}
      optionFilterProp="label"
      onSearch={listable ? setSearch : undefined}
      onBlur={() => setSearch("")}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      options={options}
      loading={listable && users.isFetching}
      placeholder={zoneId ? t("enterprises.liaisonPlaceholder") : t("enterprises.pickZoneFirst")}
      disabled={!zoneId}
      style={{ width: "100%" }}
    />
  );
}

interface ClusterProps {
  zoneId?: string | null;
  value?: string | null;
  onChange?: (v: string | null) => void;
  placeholder?: string;
  allowClear?: boolean;
  id?: string;
  testId?: string;
}

/** One of the zone's leading industries (its record's 主导产业). */
export function ClusterSelect({ zoneId, value, onChange, placeholder, allowClear = true, id, testId }: ClusterProps) {
  const { t } = useTranslation();
  const can = useCan();
  const zone = useZone(can("zones:read") ? zoneId : null);
  const options = useMemo(() => {
    const list = (zone.data?.leadingIndustries ?? []).map((c) => ({ value: c, label: c }));
    if (value && !list.some((o) => o.value === value)) list.push({ value, label: value });
    return list;
  }, [zone.data, value]);
  return (
    <Select
      id={id}
      data-testid={testId}
      allowClear={allowClear}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      options={options}
      loading={zone.isFetching}
      placeholder={placeholder ?? (zoneId ? t("enterprises.clusterPlaceholder") : t("enterprises.pickZoneFirst"))}
      notFoundContent={t("enterprises.clusterNone")}
      style={{ width: "100%" }}
    />
  );
}
