/** Pickers of the module: the owner enterprise, a zone's staff (members), projects (batches). */

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { Enterprise } from "@zoneos/core/enterprise-api";
import type { Page } from "@zoneos/core/platform-api";
import { Select } from "antd";
import { useDeferredValue, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../app/api";
import { useProjectLabels } from "./labels";
import { useProjects, useStaff } from "./queries";

interface EnterpriseProps {
  zoneId?: string | null;
  value?: string | null;
  onChange?: (id: string | null) => void;
  /** The current enterprise's name, shown before (or without) a search. */
  currentName?: string | null;
  disabled?: boolean;
  id?: string;
  testId?: string;
}

/** An enterprise of the zone, searched on the server by name, pinyin initials or credit code. */
export function EnterpriseSelect({ zoneId, value, onChange, currentName, disabled, id, testId }: EnterpriseProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const q = useDeferredValue(search.trim());
  const params = { zoneId, q, page: 1, pageSize: 20 };
  const found = useQuery({
    queryKey: ["enterprises", "list", params],
    queryFn: () => api.get<Page<Enterprise>>("/v1/enterprises", params),
    placeholderData: keepPreviousData,
    enabled: Boolean(zoneId) && q.length >= 2,
  });
  const options = useMemo(() => {
    const list = (q.length >= 2 ? (found.data?.items ?? []) : []).map((e) => ({ value: e.id, label: e.name }));
    if (value && currentName && !list.some((o) => o.value === value)) list.unshift({ value, label: currentName });
    return list;
  }, [found.data, q, value, currentName]);
  return (
    <Select
      id={id}
      showSearch
      allowClear
      filterOption={false}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      onSearch={setSearch}
      onBlur={() => setSearch("")}
      options={options}
      loading={found.isFetching}
      disabled={disabled || !zoneId}
      placeholder={t("projects.picker.enterprise")}
      notFoundContent={q.length < 2 ? t("projects.picker.typeTwo") : t("projects.picker.noMatch")}
      style={{ width: "100%" }}
      data-testid={testId}
    />
  );
}

interface StaffProps {
  zoneId: string;
  value?: string | null;
  onChange?: (id: string | null) => void;
  exclude?: Set<string>;
  id?: string;
  testId?: string;
}

/** A person of the zone (GET /staff), searched by name or username. */
export function StaffSelect({ zoneId, value, onChange, exclude, id, testId }: StaffProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const q = useDeferredValue(search.trim());
  const staff = useStaff(zoneId, q, true);
  const options = useMemo(
    () =>
      (staff.data ?? [])
        .filter((s) => !exclude?.has(s.id))
        .map((s) => ({ value: s.id, label: s.unitName ? `${s.name}（${s.unitName}）` : s.name })),
    [staff.data, exclude],
  );
  return (
    <Select
      id={id}
      showSearch
      allowClear
      filterOption={false}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      onSearch={setSearch}
      options={options}
      loading={staff.isFetching}
      placeholder={t("projects.picker.staff")}
      notFoundContent={t("projects.picker.noMatch")}
      style={{ width: "100%" }}
      popupMatchSelectWidth={false}
      data-testid={testId}
    />
  );
}

interface ProjectsProps {
  zoneId?: string;
  value?: string[];
  onChange?: (ids: string[]) => void;
  id?: string;
  testId?: string;
}

/** Several projects of a zone (the first 200 by code; typed text filters them here). */
export function ProjectMultiSelect({ zoneId, value, onChange, id, testId }: ProjectsProps) {
  const { t } = useTranslation();
  const pl = useProjectLabels();
  const list = useProjects({ zoneId, page: 1, pageSize: 200, sort: "code" }, Boolean(zoneId));
  const options = useMemo(
    () =>
      (list.data?.items ?? []).map((p) => ({
        value: p.id,
        label: `${p.code} ${p.name}`,
        stage: pl.stage(p.stage),
      })),
    [list.data, pl],
  );
  return (
    <Select
      id={id}
      mode="multiple"
      showSearch
      optionFilterProp="label"
      value={value}
      onChange={(v) => onChange?.(v)}
      options={options}
      optionRender={(o) => (
        <span>
          {o.data.label} <span className="muted small">· {o.data.stage}</span>
        </span>
      )}
      loading={list.isFetching}
      placeholder={t("projects.batches.projectsPlaceholder")}
      style={{ width: "100%" }}
      data-testid={testId}
    />
  );
}
