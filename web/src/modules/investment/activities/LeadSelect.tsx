/** A lead the caller may see, searched by investor or project name (the first 20 matches). */
import { Select } from "antd";
import { useDeferredValue, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLeads } from "../queries";

interface Props {
  zoneId?: string;
  value?: string;
  onChange?: (id: string | undefined) => void;
  /** Labels of leads already chosen (an edited record's), shown before a search finds them. */
  known?: Record<string, string>;
  id?: string;
  testId?: string;
}

export function LeadSelect({ zoneId, value, onChange, known, id, testId }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const q = useDeferredValue(search.trim());
  const leads = useLeads({ zoneId, q: q || undefined, pageSize: 20, sort: "updatedAt", order: "desc" });
  const options = useMemo(() => {
    const found = (leads.data?.items ?? []).map((l) => ({
      value: l.id,
      label: `${l.investorName} · ${l.projectName}`,
    }));
    if (value && known?.[value] && !found.some((o) => o.value === value))
      found.unshift({ value, label: known[value] as string });
    return found;
  }, [leads.data, value, known]);
  return (
    <Select
      id={id}
      showSearch
      allowClear
      filterOption={false}
      value={value}
      onChange={(v) => onChange?.(v ?? undefined)}
      onSearch={setSearch}
      options={options}
      loading={leads.isFetching}
      placeholder={t("inv.activity.pickLead")}
      notFoundContent={t("inv.noMatch")}
      style={{ width: "100%", minWidth: 200 }}
      popupMatchSelectWidth={false}
      data-testid={testId}
    />
  );
}
