/**
 * Who sees what of the investment pipeline. A lead's details (investor, project, figures) are confidential to
 * its owner unit and to those who run investment zone-wide (the zone's leaders); everyone else with
 * `investment:read` — other units, zone administrators, supervisors — gets aggregates without names.
 */
import { type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { requirePermission, type ServiceContext } from "../../platform/context.js";
import { AppError, forbidden } from "../../platform/errors.js";
import { unitScope, zoneScope } from "../../platform/scope.js";

const NOTHING = sql`false`;

/** Zone-wide detail: the system administrator, or a zone-scoped holder of `investment:write` (the leaders). */
export function isInvestmentLeader(ctx: ServiceContext): boolean {
  const a = ctx.actor;
  if (!a.permissions.has("investment:read")) return false;
  return a.scope === "all" || (a.scope === "zone" && a.permissions.has("investment:write"));
}

/** True when the caller may see some lead details (its unit's at least). */
export function seesDetails(ctx: ServiceContext): boolean {
  return isInvestmentLeader(ctx) || (ctx.actor.scope === "unit" && ctx.actor.permissions.has("investment:read"));
}

/** Rows owned by a unit that the caller may see in detail. */
export function detailScope(ctx: ServiceContext, zoneIdColumn: AnyPgColumn, unitIdColumn: AnyPgColumn): SQL {
  if (isInvestmentLeader(ctx)) return zoneScope(ctx.actor, zoneIdColumn);
  if (ctx.actor.scope === "unit") return unitScope(ctx.actor, zoneIdColumn, unitIdColumn);
  return NOTHING;
}

/** Lists of lead details refuse (403) callers who can only ever see aggregates. */
export function requireDetails(ctx: ServiceContext): void {
  requirePermission(ctx.actor, "investment:read");
  if (!seesDetails(ctx)) throw forbidden();
}

/** Aggregates: every zone in the caller's scope. */
export function aggregateScope(ctx: ServiceContext, zoneIdColumn: AnyPgColumn): SQL {
  requirePermission(ctx.actor, "investment:read");
  return zoneScope(ctx.actor, zoneIdColumn);
}

/** Arbitration, votes, decisions, targets and thresholds belong to the leaders. */
export function requireLeader(ctx: ServiceContext): void {
  requirePermission(ctx.actor, "investment:write");
  if (!isInvestmentLeader(ctx)) throw new AppError(403, "investment.notZoneLeader");
}

export function today(ctx: ServiceContext): string {
  return ctx.now.toISOString().slice(0, 10);
}
