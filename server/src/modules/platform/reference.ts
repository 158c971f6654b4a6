/** Reference data every installation has: the built-in roles and the shipped regions. Idempotent. */
import { BUILTIN_ROLES } from "@zoneos/core/access";
import { parentRegionCode, regionLevel } from "@zoneos/core/region";
import { sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { REGIONS } from "./regions-data.js";
import { regions, roles } from "./tables.js";

export async function ensureReferenceData(db: Db): Promise<void> {
  await db
    .insert(regions)
    .values(REGIONS.map((r) => ({ ...r, level: regionLevel(r.code), parentCode: parentRegionCode(r.code) })))
    .onConflictDoNothing();
  // Built-in roles follow the code, so a new module's permissions reach the personas on upgrade.
  await db
    .insert(roles)
    .values(BUILTIN_ROLES.map((r) => ({ ...r, permissions: [...r.permissions], builtin: true })))
    .onConflictDoUpdate({
      target: roles.code,
      set: {
        nameZh: sql`excluded.name_zh`,
        nameEn: sql`excluded.name_en`,
        scope: sql`excluded.scope`,
        permissions: sql`excluded.permissions`,
        builtin: sql`true`,
      },
    });
}
