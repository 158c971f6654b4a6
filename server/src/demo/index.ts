/** The demo data set from the field reports; each module adds its part here, after the platform's. */
import type { Db } from "../db/client.js";
import { loadEnterpriseDemo } from "./enterprises.js";
import { loadInvestmentDemo } from "./investment.js";
import { loadPlatformDemo } from "./platform.js";
import { loadRankingDemo } from "./projects/ranking.js";
import { loadProjectDemo } from "./projects.js";
import { loadStatisticsDemo } from "./statistics.js";

const DEMO_LOCK = 720_002;

export interface DemoTarget {
  db: Db;
  withLock<T>(key: number, work: () => Promise<T>): Promise<T>;
}

export interface DemoParts {
  /** Integration tests build their own projects through the API and count them exactly. */
  projects: boolean;
  /** Monthly reports and zone indicators; off where projects are off (integration tests file their own). */
  statistics?: boolean;
  /** Leads, reviews, contracts and activities; they link to the demo projects, so off where projects are off. */
  investment?: boolean;
}

/** Loads the demo set into an empty database; does nothing when zones already exist. */
export async function loadDemo(target: DemoTarget, parts: DemoParts = { projects: true }): Promise<boolean> {
  return target.withLock(DEMO_LOCK, async () => {
    const existing = await target.db.execute(`select 1 from zones limit 1`);
    if ((existing as unknown as { rows: unknown[] }).rows.length > 0) return false;
    await target.db.transaction(async (tx) => {
      const ids = await loadPlatformDemo(tx as unknown as Db);
      await loadEnterpriseDemo(tx as unknown as Db, ids);
      if (parts.projects) {
        await loadProjectDemo(tx as unknown as Db, ids);
        await loadRankingDemo(tx as unknown as Db, ids);
      }
      if (parts.statistics ?? parts.projects) await loadStatisticsDemo(tx as unknown as Db, ids);
      if ((parts.investment ?? parts.projects) && parts.projects) await loadInvestmentDemo(tx as unknown as Db, ids);
    });
    return true;
  });
}
