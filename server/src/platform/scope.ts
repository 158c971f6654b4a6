/**
 * Data scope as SQL: every list and every read filters in the database, so an out-of-scope record is
 * never fetched (and answers 404). Zone-owned tables pass their zone_id column; unit-owned ones their unit.
 */
import { regionPrefix } from "@zoneos/core/region";
import { type SQL, type SQLWrapper, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Actor } from "./context.js";

const NOTHING = sql`false`;
const EVERYTHING = sql`true`;

/** Zones the actor may see: all, those in its region, or its own. */
export function zoneScope(actor: Actor, zoneIdColumn: AnyPgColumn | SQLWrapper): SQL {
  switch (actor.scope) {
    case "all":
      return EVERYTHING;
    case "region":
      if (!actor.regionCode) return NOTHING;
      return sql`${zoneIdColumn} in (select id from zones where region_code like ${`${regionPrefix(actor.regionCode)}%`})`;
    default:
      return actor.zoneId ? sql`${zoneIdColumn} = ${actor.zoneId}` : NOTHING;
  }
}

/**
 * Records owned by a unit: unit-scoped actors see their unit's subtree, narrower scopes (assigned,
 * enterprise) see none by unit, wider scopes fall back to the zone filter.
 */
export function unitScope(actor: Actor, zoneIdColumn: AnyPgColumn, unitIdColumn: AnyPgColumn): SQL {
  if (actor.scope === "unit") {
    if (!actor.unitPath) return NOTHING;
    return sql`${unitIdColumn} in (select id from units where path like ${`${actor.unitPath}%`})`;
  }
  if (actor.scope === "assigned" || actor.scope === "enterprise") return NOTHING;
  return zoneScope(actor, zoneIdColumn);
}

/**
 * Zone registries shared by a zone's units (enterprises, chains): unit and assigned scopes read their whole
 * zone, an enterprise account only its own enterprise.
 */
export function registryScope(actor: Actor, zoneIdColumn: AnyPgColumn, enterpriseIdColumn: AnyPgColumn): SQL {
  if (actor.scope === "enterprise")
    return actor.enterpriseId ? sql`${enterpriseIdColumn} = ${actor.enterpriseId}` : NOTHING;
  if (actor.scope === "unit" || actor.scope === "assigned")
    return actor.zoneId ? sql`${zoneIdColumn} = ${actor.zoneId}` : NOTHING;
  return zoneScope(actor, zoneIdColumn);
}
