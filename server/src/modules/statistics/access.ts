/**
 * Who may do what in economic monitoring: statistics:read sees a zone's (or a region's) figures, statistics:write is
 * the 经发局 (reports on any enterprise of its zone, review, freeze, import, indicators), statistics:report is an
 * enterprise account filing its own enterprise's reports and nothing else.
 */
import { type SQL, sql } from "drizzle-orm";
import { can, type ServiceContext } from "../../platform/context.js";
import { forbidden } from "../../platform/errors.js";
import { zoneScope } from "../../platform/scope.js";

const NOTHING = sql`false`;

/** Rows of zone-owned statistics the actor may see, by zone (region and zone scopes) or own enterprise. */
export function statisticsScope(ctx: ServiceContext, zoneColumn: SQL, enterpriseColumn: SQL): SQL {
  const a = ctx.actor;
  if (a.scope === "enterprise") return a.enterpriseId ? sql`${enterpriseColumn} = ${a.enterpriseId}` : NOTHING;
  if (a.scope === "unit" || a.scope === "assigned") return a.zoneId ? sql`${zoneColumn} = ${a.zoneId}` : NOTHING;
  return zoneScope(a, zoneColumn);
}

/** Zone figures (cockpit, drill, status, indicators): statistics:read or the 经发局's write. */
export function assertReader(ctx: ServiceContext): void {
  if (!can(ctx.actor, "statistics:read") && !can(ctx.actor, "statistics:write")) throw forbidden();
  if (ctx.actor.scope === "enterprise") throw forbidden();
}

/** Reports themselves: readers, writers, and an enterprise account for its own. */
export function assertReportReader(ctx: ServiceContext): void {
  const a = ctx.actor;
  if (!can(a, "statistics:read") && !can(a, "statistics:write") && !can(a, "statistics:report")) throw forbidden();
}

export type ReportMode = "bureau" | "enterprise";

/** Filing a report: the 经发局 (zone-scoped write) for any enterprise of its zone, an enterprise for itself. */
export function reportMode(ctx: ServiceContext): ReportMode {
  const a = ctx.actor;
  if (can(a, "statistics:write") && a.scope !== "region" && a.scope !== "enterprise") return "bureau";
  if (can(a, "statistics:report") && a.scope === "enterprise") return "enterprise";
  throw forbidden();
}

/** Review, freeze, corrections, imports, settings, indicators and targets: the 经发局 only. */
export function assertBureau(ctx: ServiceContext): void {
  if (reportMode(ctx) !== "bureau") throw forbidden();
}
