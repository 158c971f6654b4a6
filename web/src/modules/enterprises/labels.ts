/** The registry's enum names in the UI language, from the core label maps (no zod in the bundle). */
import {
  BOARD_LABELS,
  ENTERPRISE_STATUS_LABELS,
  OWNERSHIP_LABELS,
  PARTY_FORM_LABELS,
  PLATFORM_KIND_LABELS,
  QUALIFICATION_LABELS,
  RUNG_LABELS,
  SCALE_KIND_LABELS,
  SEGMENT_LABELS,
} from "@zoneos/core/enterprise-labels";
import { fieldLabel } from "@zoneos/core/platform-labels";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useLocale } from "../../ui/format";

type LabelMap = Record<string, { "zh-CN": string; "en-US": string }>;

/** 规上工业 … 房地产开发, without the "四上" union (that one is a filter, not a flag). */
export const SCALE_KINDS = ["industry", "trade", "service", "construction", "realEstate"] as const;
export const SEGMENTS = ["upstream", "midstream", "downstream"] as const;
export const PLATFORM_LEVELS = ["national", "provincial", "municipal"] as const;

/** Tag colours: one per segment, scale flag and qualification family. */
export const SEGMENT_COLORS: Record<string, string> = {
  upstream: "#1677ff",
  midstream: "#13a8a8",
  downstream: "#d48806",
};
export const QUALIFICATION_COLORS: Record<string, string> = {
  hitech: "geekblue",
  techSme: "cyan",
  innovativeSme: "cyan",
  srdiSme: "purple",
  srdiProvincial: "purple",
  littleGiant: "magenta",
  gazelle: "lime",
  listed: "gold",
  listingReserve: "orange",
};

export function useEnterpriseLabels() {
  const locale = useLocale();
  const { t } = useTranslation();
  return useMemo(() => {
    const of = (map: LabelMap, value: string | null | undefined) =>
      value == null ? "—" : (map[value]?.[locale] ?? value);
    const options = (map: LabelMap, only?: readonly string[]) =>
      (only ?? Object.keys(map)).map((value) => ({ value, label: of(map, value) }));
    return {
      locale,
      field: (name: string) => fieldLabel(name, locale),
      ownership: (v: string | null | undefined) => of(OWNERSHIP_LABELS, v),
      status: (v: string | null | undefined) => of(ENTERPRISE_STATUS_LABELS, v),
      scale: (v: string | null | undefined) => of(SCALE_KIND_LABELS, v),
      qualification: (v: string | null | undefined) => of(QUALIFICATION_LABELS, v),
      board: (v: string | null | undefined) => of(BOARD_LABELS, v),
      platformKind: (v: string | null | undefined) => of(PLATFORM_KIND_LABELS, v),
      platformLevel: (v: string | null | undefined) => (v ? t(`enterprises.platformLevel.${v as "national"}`) : "—"),
      partyForm: (v: string | null | undefined) => of(PARTY_FORM_LABELS, v),
      segment: (v: string | null | undefined) => of(SEGMENT_LABELS, v),
      rung: (v: string | null | undefined) => of(RUNG_LABELS, v),
      ownershipOptions: options(OWNERSHIP_LABELS),
      statusOptions: options(ENTERPRISE_STATUS_LABELS),
      scaleOptions: options(SCALE_KIND_LABELS, SCALE_KINDS),
      /** The list filter: the five groups plus their union 四上. */
      scaleFilterOptions: options(SCALE_KIND_LABELS),
      qualificationOptions: options(QUALIFICATION_LABELS),
      boardOptions: options(BOARD_LABELS),
      platformKindOptions: options(PLATFORM_KIND_LABELS),
      platformLevelOptions: PLATFORM_LEVELS.map((value) => ({
        value,
        label: t(`enterprises.platformLevel.${value}`),
      })),
      partyFormOptions: options(PARTY_FORM_LABELS),
      segmentOptions: options(SEGMENT_LABELS),
      rungOptions: options(RUNG_LABELS),
    };
  }, [locale, t]);
}
