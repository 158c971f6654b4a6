/** Activities (拜访, 接待客商, 电话, 外出招商, 推介会), linked to leads, and the calendar over them. */
import type { activityInput, activityQuery, activityUpdate, calendarQuery } from "@zoneos/core/investment-api";
import { and, asc, desc, eq, gte, ilike, inArray, lte, or, type SQL, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Tx } from "../../db/client.js";
import { audit } from "../../platform/audit.js";
import { requirePermission, type ServiceContext } from "../../platform/context.js";
import { conflict, forbidden, invalid, notFound } from "../../platform/errors.js";
import { likePattern, offsetOf, pageResult } from "../../platform/pagination.js";
import { assertZoneWritable } from "../../platform/zone-access.js";
import { units, users } from "../platform/tables.js";
import { detailScope, isInvestmentLeader, requireDetails } from "./access.js";
import { visibleLeadIds } from "./leads-service.js";
import {
  investmentActivities as activities,
  investmentActivityLeads as activityLeads,
  investmentLeads as leads,
} from "./tables.js";

const inScope = (ctx: ServiceContext) => detailScope(ctx, activities.zoneId, activities.unitId);

async function toActivities(ctx: ServiceContext, where: SQL | undefined, order: SQL[], limit?: number, offset = 0) {
  let query = ctx.db
    .select({ a: activities, unitName: units.name, createdByName: users.name })
    .from(activities)
    .innerJoin(units, eq(units.id, activities.unitId))
    .leftJoin(users, eq(users.id, activities.createdBy))
    .where(where)
    .orderBy(...order)
    .$dynamic();
  if (limit !== undefined) query = query.limit(limit).offset(offset);
  const rows = await query;
  const ids = rows.map((r) => r.a.id);
  const links =
    ids.length === 0
      ? []
      : await ctx.db
          .select({
            activityId: activityLeads.activityId,
            leadId: activityLeads.leadId,
            relation: activityLeads.relation,
            investorName: leads.investorName,
            projectName: leads.projectName,
          })
          .from(activityLeads)
          .innerJoin(leads, eq(leads.id, activityLeads.leadId))
          .where(and(inArray(activityLeads.activityId, ids), detailScope(ctx, leads.zoneId, leads.ownerUnitId)))
          .orderBy(asc(leads.investorName));
  const writer = ctx.actor.permissions.has("investment:write") && ctx.actor.scope !== "region";
  return rows.map(({ a, unitName, createdByName }) => {
    const { createdBy: _by, updatedAt: _u, ...rest } = a;
    return {
      ...rest,
      unitName,
      createdByName,
      createdAt: a.createdAt.toISOString(),
      leads: links.filter((l) => l.activityId === a.id).map(({ activityId: _id, ...l }) => l),
      canEdit: writer,
    };
  });
}

export async function listActivities(ctx: ServiceContext, q: z.infer<typeof activityQuery>) {
  requireDetails(ctx);
  const where = and(
    inScope(ctx),
    q.zoneId ? eq(activities.zoneId, q.zoneId) : undefined,
    q.unitId ? eq(activities.unitId, q.unitId) : undefined,
    q.kind ? eq(activities.kind, q.kind) : undefined,
    q.from ? gte(sql`coalesce(${activities.endsOn}, ${activities.startsOn})`, q.from) : undefined,
    q.to ? lte(activities.startsOn, q.to) : undefined,
    q.leadId
      ? sql`exists (select 1 from investment_activity_leads l where l.activity_id = ${activities.id} and l.lead_id = ${q.leadId})`
      : undefined,
    q.q
      ? or(
          ilike(activities.title, likePattern(q.q)),
          ilike(activities.counterparts, likePattern(q.q)),
          ilike(activities.location, likePattern(q.q)),
        )
      : undefined,
  );
  const [total] = await ctx.db.select({ n: sql<number>`count(*)::int` }).from(activities).where(where);
  const order = q.order === "asc" ? asc(activities.startsOn) : desc(activities.startsOn);
  const items = await toActivities(ctx, where, [order, asc(activities.id)], q.pageSize, offsetOf(q));
  return pageResult(items, total?.n ?? 0, q);
}

export async function getActivity(ctx: ServiceContext, id: string) {
  requireDetails(ctx);
  const [row] = await toActivities(ctx, and(eq(activities.id, id), inScope(ctx)), [asc(activities.id)]);
  if (!row) throw notFound();
  return row;
}

/** Activities overlapping [from, to], one year at most, for the calendar. */
export async function activityCalendar(ctx: ServiceContext, q: z.infer<typeof calendarQuery>) {
  requireDetails(ctx);
  if (q.to < q.from) throw invalid([{ field: "to", key: "investment.endBeforeStartDate" }]);
  if (Date.parse(q.to) - Date.parse(q.from) > 366 * 86_400_000)
    throw invalid([{ field: "to", key: "investment.rangeTooLong" }]);
  const rows = await ctx.db
    .select({
      id: activities.id,
      kind: activities.kind,
      title: activities.title,
      startsOn: activities.startsOn,
      endsOn: activities.endsOn,
      unitId: activities.unitId,
      unitName: units.name,
      leadCount: sql<number>`(select count(*)::int from investment_activity_leads l where l.activity_id = ${activities.id})`,
    })
    .from(activities)
    .innerJoin(units, eq(units.id, activities.unitId))
    .where(
      and(
        inScope(ctx),
        q.zoneId ? eq(activities.zoneId, q.zoneId) : undefined,
        q.kind ? eq(activities.kind, q.kind) : undefined,
        q.unitId ? eq(activities.unitId, q.unitId) : undefined,
        lte(activities.startsOn, q.to),
        gte(sql`coalesce(${activities.endsOn}, ${activities.startsOn})`, q.from),
      ),
    )
    .orderBy(asc(activities.startsOn), asc(activities.id))
    .limit(2000);
  return rows;
}

type ActivityFields = Partial<z.infer<typeof activityInput>>;

async function checkActivity(
  ctx: ServiceContext,
  zoneId: string,
  input: ActivityFields,
  startsOn: string,
  endsOn: string | null,
) {
  if (endsOn && endsOn < startsOn) throw invalid([{ field: "endsOn", key: "investment.endBeforeStartDate" }]);
  if (input.unitId) {
    const [unit] = await ctx.db
      .select({ zoneId: units.zoneId, path: units.path })
      .from(units)
      .where(eq(units.id, input.unitId));
    if (unit?.zoneId !== zoneId) throw invalid([{ field: "unitId", key: "unitNotInZone" }]);
    if (!isInvestmentLeader(ctx) && !(ctx.actor.unitPath && unit.path.startsWith(ctx.actor.unitPath)))
      throw forbidden();
  }
  if (input.leads && input.leads.length > 0) {
    const ids = input.leads.map((l) => l.leadId);
    const visible = await visibleLeadIds(ctx, zoneId, ids);
    if (ids.some((id) => !visible.has(id))) throw invalid([{ field: "leads", key: "investment.leadNotVisible" }]);
  }
}

async function saveLinks(tx: Tx, zoneId: string, activityId: string, links: ActivityFields["leads"]) {
  if (!links) return;
  await tx.delete(activityLeads).where(eq(activityLeads.activityId, activityId));
  const unique = [...new Map(links.map((l) => [l.leadId, l])).values()];
  if (unique.length > 0) await tx.insert(activityLeads).values(unique.map((l) => ({ ...l, activityId, zoneId })));
}

export async function createActivity(ctx: ServiceContext, input: z.infer<typeof activityInput>) {
  requirePermission(ctx.actor, "investment:write");
  requireDetails(ctx);
  await assertZoneWritable(ctx, input.zoneId);
  const unitId = input.unitId ?? ctx.actor.unitId;
  if (!unitId) throw invalid([{ field: "unitId", key: "unitRequired" }]);
  await checkActivity(ctx, input.zoneId, { ...input, unitId }, input.startsOn, input.endsOn);
  const { leads: links, ...fields } = input;
  const id = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(activities)
      .values({ ...fields, unitId, createdBy: ctx.actor.userId, createdAt: ctx.now, updatedAt: ctx.now })
      .returning();
    if (!row) throw new Error("insert returned nothing");
    await saveLinks(tx, input.zoneId, row.id, links);
    await audit(tx, ctx, {
      entity: "investmentActivity",
      entityId: row.id,
      action: "create",
      zoneId: row.zoneId,
      after: { ...row, leads: links },
    });
    return row.id;
  });
  return getActivity(ctx, id);
}

async function writableActivity(ctx: ServiceContext, id: string) {
  requirePermission(ctx.actor, "investment:write");
  requireDetails(ctx);
  const [row] = await ctx.db
    .select()
    .from(activities)
    .where(and(eq(activities.id, id), inScope(ctx)));
  if (!row) throw notFound();
  await assertZoneWritable(ctx, row.zoneId);
  return row;
}

export async function updateActivity(ctx: ServiceContext, id: string, input: z.infer<typeof activityUpdate>) {
  const current = await writableActivity(ctx, id);
  const { version, leads: links, ...changes } = input;
  await checkActivity(
    ctx,
    current.zoneId,
    input,
    changes.startsOn ?? current.startsOn,
    changes.endsOn === undefined ? current.endsOn : changes.endsOn,
  );
  await ctx.db.transaction(async (tx) => {
    const [after] = await tx
      .update(activities)
      .set({ ...changes, version: sql`${activities.version} + 1`, updatedAt: ctx.now })
      .where(and(eq(activities.id, id), eq(activities.version, version)))
      .returning();
    if (!after) throw conflict();
    await saveLinks(tx, current.zoneId, id, links);
    await audit(tx, ctx, {
      entity: "investmentActivity",
      entityId: id,
      action: "update",
      zoneId: current.zoneId,
      before: current,
      after: links ? { ...after, leads: links } : after,
    });
  });
  return getActivity(ctx, id);
}

export async function deleteActivity(ctx: ServiceContext, id: string) {
  const current = await writableActivity(ctx, id);
  await ctx.db.transaction(async (tx) => {
    await tx.delete(activities).where(eq(activities.id, id));
    await audit(tx, ctx, {
      entity: "investmentActivity",
      entityId: id,
      action: "delete",
      zoneId: current.zoneId,
      before: current,
    });
  });
}
