/** Enum and field names in the UI language, from the core label maps. */
import type { DataScope, Permission } from "@zoneos/core/access";
import { BUILTIN_ROLES } from "@zoneos/core/access";
import type { Role } from "@zoneos/core/platform-api";
import {
  fieldLabel,
  permissionLabel,
  SCOPE_LABELS,
  UNIT_KIND_LABELS,
  ZONE_KIND_LABELS,
  ZONE_LEVEL_LABELS,
} from "@zoneos/core/platform-labels";
import { useMemo } from "react";
import { useLocale } from "./format";

type LabelMap = Record<string, { "zh-CN": string; "en-US": string }>;

export const ZONE_KINDS = Object.keys(ZONE_KIND_LABELS);
export const ZONE_LEVELS = Object.keys(ZONE_LEVEL_LABELS);
export const UNIT_KINDS = Object.keys(UNIT_KIND_LABELS);

export function useLabels() {
  const locale = useLocale();
  return useMemo(() => {
    const of = (map: LabelMap, value: string | null | undefined) =>
      value == null ? "—" : (map[value]?.[locale] ?? value);
    const options = (map: LabelMap) => Object.keys(map).map((value) => ({ value, label: of(map, value) }));
    return {
      locale,
      field: (name: string) => fieldLabel(name, locale),
      zoneKind: (v: string | null | undefined) => of(ZONE_KIND_LABELS, v),
      zoneLevel: (v: string | null | undefined) => of(ZONE_LEVEL_LABELS, v),
      unitKind: (v: string | null | undefined) => of(UNIT_KIND_LABELS, v),
      scope: (v: DataScope | string | null | undefined) => of(SCOPE_LABELS, v),
      permission: (p: string) => permissionLabel(p as Permission, locale),
      /** "园区·查看" → { module: "园区", action: "查看" } (core exports only the joined label). */
      permissionParts: (p: string) => {
        const [module = p, action = ""] = permissionLabel(p as Permission, locale).split(
          locale === "zh-CN" ? "·" : ": ",
        );
        return { module, action };
      },
      zoneKindOptions: options(ZONE_KIND_LABELS),
      zoneLevelOptions: options(ZONE_LEVEL_LABELS),
      unitKindOptions: options(UNIT_KIND_LABELS),
      scopeOptions: options(SCOPE_LABELS),
      /** A role's name from the loaded roles, else the built-in definitions, else its code. */
      roleName: (code: string, roles?: readonly Role[]) => {
        const r = roles?.find((x) => x.code === code) ?? BUILTIN_ROLES.find((x) => x.code === code);
        return r ? (locale === "zh-CN" ? r.nameZh : r.nameEn) : code;
      },
    };
  }, [locale]);
}
