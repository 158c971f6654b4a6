/** Reference data every installation carries, refreshed at each start: roles, regions, industries. */
import type { Db } from "./db/client.js";
import { ensureIndustries } from "./modules/enterprises/industries-service.js";
import { ensureReferenceData } from "./modules/platform/reference.js";

export async function loadReferenceData(db: Db): Promise<void> {
  await ensureReferenceData(db);
  await ensureIndustries(db);
}
