/**
 * Loads the demo enterprise registry: the enterprises the field reports name and, per zone, a synthetic population
 * that reproduces the reports' counts, with scale-flag history, qualifications, R&D platforms, innovation figures,
 * party organisation, rung steps, cultivation targets and industry chains. Everything but row ids is derived from a
 * seeded PRNG, so every load yields the same registry.
 */
import type { Rung } from "@zoneos/core/enterprise-scale";
import { eq } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { cultivationTargets } from "../modules/enterprises/tables.js";
import { users } from "../modules/platform/tables.js";
import { buildEnterpriseDemo } from "./enterprises/build-registry.js";
import { insertBatched } from "./enterprises/insert-batched.js";
import { loadChains } from "./enterprises/load-chains.js";
import { insertEnterprises, insertFacts } from "./enterprises/load-registry.js";
import { ZONE_PLANS } from "./enterprises-data.js";
import type { DemoIds } from "./platform.js";

export async function loadEnterpriseDemo(db: Db, ids: DemoIds): Promise<void> {
  const built = buildEnterpriseDemo();
  const zoneId = (key: string) => {
    const id = ids.zones.get(key);
    if (!id) throw new Error(`demo zone ${key} not loaded`);
    return id;
  };
  const userId = (username: string | null) => {
    if (!username) return null;
    const id = ids.users.get(username);
    if (!id) throw new Error(`demo user ${username} not loaded`);
    return id;
  };
  const rows = built.map((e) => ({ e, id: crypto.randomUUID(), zoneId: zoneId(e.zone) }));
  await insertEnterprises(db, rows, userId);
  await insertFacts(db, rows);
  await loadChains(db, rows, zoneId);
  await insertBatched(
    db,
    cultivationTargets,
    ZONE_PLANS.flatMap((p) =>
      Object.entries(p.targets).flatMap(([year, targets]) =>
        Object.entries(targets).map(([rung, target]) => ({
          zoneId: zoneId(p.zone),
          year: Number(year),
          rung: rung as Rung,
          target: target ?? 0,
        })),
      ),
    ),
  );
  for (const { e, id } of rows)
    if (e.account)
      await db
        .update(users)
        .set({ enterpriseId: id })
        .where(eq(users.id, userId(e.account) ?? ""));
}
