/** The zone picker above a project table, for readers of several zones (administrators, supervisors). */
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useMe } from "../../app/auth";
import { useListParams } from "../../ui/listParams";
import { ZoneSelect } from "../platform/ZoneSelect";

/** The filter element, or undefined for a user of one zone (whose zone the table already shows). */
export function useZoneFilter(): ReactNode | undefined {
  const { t } = useTranslation();
  const me = useMe();
  const { params, update } = useListParams();
  if (me.zoneId) return undefined;
  return (
    <div style={{ paddingBottom: 16, maxWidth: 320 }}>
      <ZoneSelect
        value={params.zoneId}
        onChange={(z) => update({ zoneId: z })}
        allowClear
        placeholder={t("projects.allZones")}
      />
    </div>
  );
}
