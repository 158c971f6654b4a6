/** Reading the audit trail: filtered by entity, actor and time, within the reader's zones. */
import type { auditQuery } from "@zoneos/core/platform-api";
import { and, asc, desc, eq, gte, lte, type SQL, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Changes } from "../../platform/audit.js";
import { auditLog } from "../../platform/audit-table.js";
import { requirePermission, type ServiceContext } from "../../platform/context.js";
import { offsetOf, pageResult } from "../../platform/pagination.js";
import { zoneScope } from "../../platform/scope.js";
import { users } from "./tables.js";

export async function listAudit(ctx: ServiceContext, q: z.infer<typeof auditQuery>) {
  requirePermission(ctx.actor, "audit:read");
  // Platform-wide entries (roles, zone-less users) have no zone: only the whole-platform scope reads them.
  const where: SQL[] = [ctx.actor.scope === "all" ? sql`true` : zoneScope(ctx.actor, auditLog.zoneId)];
  if (q.entity) where.push(eq(auditLog.entity, q.entity));
  if (q.entityId) where.push(eq(auditLog.entityId, q.entityId));
  // The actor filter takes a username or a person's name.
  if (q.actor)
    where.push(
      sql`(${auditLog.actorName} = ${q.actor} or ${auditLog.actorId} in (select u.id from users u where u.name = ${q.actor}))`,
    );
  if (q.zoneId) where.push(eq(auditLog.zoneId, q.zoneId));
  if (q.from) where.push(gte(auditLog.at, new Date(q.from)));
  if (q.to) where.push(lte(auditLog.at, new Date(q.to)));
  const order = q.order === "asc" ? asc(auditLog.id) : desc(auditLog.id);
  const [rows, [count]] = await Promise.all([
    ctx.db
      .select({ entry: auditLog, actorDisplayName: users.name })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorId))
      .where(and(...where))
      .orderBy(order)
      .limit(q.pageSize)
      .offset(offsetOf(q)),
    ctx.db
      .select({ n: sql<number>`count(*)::int` })
      .from(auditLog)
      .where(and(...where)),
  ]);
  const items = rows.map(({ entry: r, actorDisplayName }) => ({
    id: r.id.toString(),
    actorDisplayName,
    at: r.at.toISOString(),
    actorId: r.actorId,
    actorName: r.actorName,
    zoneId: r.zoneId,
    entity: r.entity,
    entityId: r.entityId,
    action: r.action,
    changes: r.changes as Changes,
  }));
  return pageResult(items, count?.n ?? 0, q);
}
