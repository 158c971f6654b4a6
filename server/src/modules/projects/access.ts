/** Who sees and who writes a project: zone staff by zone, units by lead unit, secretaries by assignment. */
import { type SQL, sql } from "drizzle-orm";
import type { ServiceContext } from "../../platform/context.js";
import { unitScope, zoneScope } from "../../platform/scope.js";
import { projects } from "./tables.js";

const isMember = (ctx: ServiceContext) =>
  sql`exists (select 1 from project_members m where m.project_id = ${projects.id} and m.user_id = ${ctx.actor.userId})`;

export function projectScope(ctx: ServiceContext): SQL {
  const a = ctx.actor;
  switch (a.scope) {
    case "enterprise":
      return a.enterpriseId ? sql`${projects.enterpriseId} = ${a.enterpriseId}` : sql`false`;
    case "assigned":
      return isMember(ctx);
    case "unit":
      return sql`(${unitScope(a, projects.zoneId, projects.leadUnitId)} or ${isMember(ctx)})`;
    default:
      return zoneScope(a, projects.zoneId);
  }
}
