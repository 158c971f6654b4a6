/** Before a write into a zone: the zone must be one the actor administers (never by region or enterprise scope). */
import { and, eq } from "drizzle-orm";
import { zones } from "../modules/platform/tables.js";
import type { ServiceContext } from "./context.js";
import { forbidden, notFound } from "./errors.js";
import { zoneScope } from "./scope.js";

export async function assertZoneWritable(ctx: ServiceContext, zoneId: string): Promise<void> {
  if (ctx.actor.scope === "region" || ctx.actor.scope === "enterprise") throw forbidden();
  const [zone] = await ctx.db
    .select({ id: zones.id })
    .from(zones)
    .where(and(eq(zones.id, zoneId), zoneScope(ctx.actor, zones.id)));
  if (!zone) throw notFound();
}
