/** Finds an enterprise of a zone by name, pinyin initials or credit code (2+ characters, on the server). */
import { Select } from "antd";
import { useDeferredValue, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useEnterprises } from "../queries";

interface Props {
  zoneId: string;
  value?: string | null;
  onChange?: (id: string | null) => void;
  /** Enterprises already chosen (not offered again). */
  exclude?: Set<string>;
  testId?: string;
}

export function EnterprisePicker({ zoneId, value, onChange, exclude, testId = "enterprise-picker" }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const q = useDeferredValue(search.trim());
  const found = useEnterprises({ zoneId, q, pageSize: 20, page: 1 }, q.length >= 2);
  const options = useMemo(
    () =>
      (q.length >= 2 ? (found.data?.items ?? []) : [])
        .filter((e) => !exclude?.has(e.id))
        .map((e) => ({
          value: e.id,
          label: e.name,
          title: e.name,
          desc: e.creditCode ?? "",
        })),
    [found.data, exclude, q],
  );
  return (
    <Select
      showSearch
      allowClear
      filterOption={false}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      onSearch={setSearch}
      options={options}
      optionRender={(o) => (
        <div>
          <div>{o.data.label}</div>
          {o.data.desc && <div className="muted small mono">{o.data.desc}</div>}
        </div>
      )}
      loading={found.isFetching}
      placeholder={t("chains.searchEnterprise")}
      notFoundContent={q.length < 2 ? t("chains.typeTwo") : found.isFetching ? t("app.loading") : t("chains.noMatch")}
      style={{ width: "100%" }}
      popupMatchSelectWidth={false}
      data-testid={testId}
    />
  );
}
