/** A zone's statistics settings (deadline day, check thresholds) with the defaults, and its frozen months. */
import { DEFAULT_CHECK_SETTINGS, DEFAULT_DEADLINE_DAY } from "@zoneos/core/statistics-checks";
import { and, eq } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.js";
import { reportPeriods, statisticsSettings } from "./tables.js";
import { clean, monthDate } from "./values.js";

export interface ZoneSettings {
  deadlineDay: number;
  yoyThresholdPct: string;
  divergenceTolerancePct: string;
  leadingClusters: string[] | null;
  version: number;
}

export const DEFAULT_SETTINGS: ZoneSettings = {
  deadlineDay: DEFAULT_DEADLINE_DAY,
  ...DEFAULT_CHECK_SETTINGS,
  leadingClusters: null,
  version: 0,
};

export async function zoneSettings(db: Db | Tx, zoneId: string): Promise<ZoneSettings> {
  const [row] = await db.select().from(statisticsSettings).where(eq(statisticsSettings.zoneId, zoneId));
  if (!row) return DEFAULT_SETTINGS;
  return {
    deadlineDay: row.deadlineDay,
    yoyThresholdPct: clean(row.yoyThresholdPct) ?? DEFAULT_SETTINGS.yoyThresholdPct,
    divergenceTolerancePct: clean(row.divergenceTolerancePct) ?? DEFAULT_SETTINGS.divergenceTolerancePct,
    leadingClusters: row.leadingClusters,
    version: row.version,
  };
}

export async function frozenPeriod(db: Db | Tx, zoneId: string, month: string) {
  const [row] = await db
    .select()
    .from(reportPeriods)
    .where(and(eq(reportPeriods.zoneId, zoneId), eq(reportPeriods.month, monthDate(month))));
  return row ?? null;
}
