/**
 * The reporting cycle of a zone-month: who is expected, 未报 and 迟报 lists, reminders, the freeze once the month is
 * reported upward, and the zone's deadline and check settings.
 */
import type { ReportStatus, reportingStatus, settingsInput } from "@zoneos/core/statistics-api";
import { addMonths } from "@zoneos/core/statistics-math";
import { and, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "../../db/client.js";
import { audit } from "../../platform/audit.js";
import type { ServiceContext } from "../../platform/context.js";
import { AppError, conflict, invalid, notFound } from "../../platform/errors.js";
import { zoneScope } from "../../platform/scope.js";
import { assertZoneWritable } from "../../platform/zone-access.js";
import { users } from "../platform/tables.js";
import { assertBureau, assertReader } from "./access.js";
import { scaleIndustrySql } from "./registry-source.js";
import { lockZone } from "./rollups.js";
import { zoneSettings } from "./settings.js";
import { reportPeriods, statisticsSettings } from "./tables.js";
import { currentMonth, deadlineOf, monthDate, rows } from "./values.js";

type Status = z.infer<typeof reportingStatus>;

/** The zone must be visible to the reader (404 otherwise). */
export async function readableZone(ctx: ServiceContext, zoneId: string) {
  const [zone] = await rows<{ id: string; name: string; region_code: string; leading_industries: string[] }>(
    ctx.db,
    sql`select id, name, region_code, leading_industries from zones z where z.id = ${zoneId} and ${zoneScope(ctx.actor, sql`z.id`)}`,
  );
  if (!zone) throw notFound();
  return zone;
}

interface ExpectedRow {
  id: string;
  name: string;
  credit_code: string | null;
  status: ReportStatus | null;
  late: boolean | null;
  submitted_at: string | Date | null;
  reported_last_month: boolean;
}

/**
 * Expected to report: the zone's operating 规上工业 enterprises of the month, those that reported last month, and any
 * with a report this month (enterprise ids).
 */
function expectedSql(zoneId: string, month: string) {
  return sql`select e.id from enterprises e where e.zone_id = ${zoneId} and e.status = 'operating'
      and ${scaleIndustrySql(sql`e.id`, month)}
    union select enterprise_id from statistics_reports
      where zone_id = ${zoneId} and month = ${monthDate(addMonths(month, -1))}::date and status in ('submitted', 'approved')
    union select enterprise_id from statistics_reports where zone_id = ${zoneId} and month = ${monthDate(month)}::date`;
}

/** The cockpit's reporting figures: counts only, aggregated in SQL. The caller has checked the zone. */
export async function reportingCountsOf(db: Db, zoneId: string, month: string) {
  const [counts] = await rows<{ expected: number; reported: number; frozen: boolean }>(
    db,
    sql`select count(*)::int as expected, count(r.enterprise_id) filter (where r.status in ('submitted', 'approved'))::int as reported,
        exists (select 1 from statistics_periods where zone_id = ${zoneId} and month = ${monthDate(month)}::date) as frozen
      from (${expectedSql(zoneId, month)}) x
      left join statistics_reports r on r.zone_id = ${zoneId} and r.enterprise_id = x.id and r.month = ${monthDate(month)}::date`,
  );
  const { expected = 0, reported = 0, frozen = false } = counts ?? {};
  return { expected, reported, missing: expected - reported, frozen };
}

/**
 * Expected to report: the zone's operating 规上工业 enterprises of the month, those that reported last month, and any
 * with a report this month.
 */
export async function reportingStatusOf(ctx: ServiceContext, zoneId: string, month: string): Promise<Status> {
  assertReader(ctx);
  await readableZone(ctx, zoneId);
  const m = monthDate(month);
  const last = monthDate(addMonths(month, -1));
  const found = await rows<ExpectedRow>(
    ctx.db,
    sql`with expected as (${expectedSql(zoneId, month)})
      select e.id, e.name, e.credit_code, r.status, r.late, r.submitted_at, (lm.enterprise_id is not null) as reported_last_month
      from expected x join enterprises e on e.id = x.id
      left join statistics_reports r on r.zone_id = ${zoneId} and r.enterprise_id = e.id and r.month = ${m}::date
      left join statistics_reports lm on lm.zone_id = ${zoneId} and lm.enterprise_id = e.id and lm.month = ${last}::date
        and lm.status in ('submitted', 'approved')
      order by e.name, e.id`,
  );
  const settings = await zoneSettings(ctx.db, zoneId);
  const [period] = await ctx.db
    .select({ frozenAt: reportPeriods.frozenAt, frozenByName: users.name })
    .from(reportPeriods)
    .leftJoin(users, eq(users.id, reportPeriods.frozenBy))
    .where(and(eq(reportPeriods.zoneId, zoneId), eq(reportPeriods.month, m)));
  const counted = (s: ReportStatus | null) => s === "submitted" || s === "approved";
  const missing = found.filter((r) => !counted(r.status));
  const late = found.filter((r) => counted(r.status) && r.late);
  const countOf = (s: ReportStatus) => found.filter((r) => r.status === s).length;
  return {
    zoneId,
    month,
    deadline: deadlineOf(month, settings.deadlineDay).date,
    frozen: !!period,
    frozenAt: period?.frozenAt.toISOString() ?? null,
    frozenByName: period?.frozenByName ?? null,
    expected: found.length,
    counts: {
      draft: countOf("draft"),
      submitted: countOf("submitted"),
      returned: countOf("returned"),
      approved: countOf("approved"),
      missing: missing.length,
      late: late.length,
    },
    missing: missing.map((r) => ({
      enterpriseId: r.id,
      name: r.name,
      creditCode: r.credit_code,
      reportedLastMonth: r.reported_last_month,
      status: r.status,
    })),
    late: late.map((r) => ({
      enterpriseId: r.id,
      name: r.name,
      submittedAt: new Date(r.submitted_at as string).toISOString(),
    })),
  };
}

/** Freezes a zone-month once it is reported upward: every submitted report must have been reviewed. */
export async function freezeMonth(ctx: ServiceContext, zoneId: string, month: string): Promise<Status> {
  assertBureau(ctx);
  await assertZoneWritable(ctx, zoneId);
  if (month > currentMonth(ctx.now)) throw invalid([{ field: "month", key: "reportMonthInFuture" }]);
  await ctx.db.transaction(async (tx) => {
    await lockZone(tx, zoneId);
    const [done] = await tx
      .select()
      .from(reportPeriods)
      .where(and(eq(reportPeriods.zoneId, zoneId), eq(reportPeriods.month, monthDate(month))));
    if (done) throw new AppError(409, "alreadyFrozen");
    const [pending] = await rows<{ n: number }>(
      tx,
      sql`select count(*)::int as n from statistics_reports
        where zone_id = ${zoneId} and month = ${monthDate(month)}::date and status = 'submitted'`,
    );
    if ((pending?.n ?? 0) > 0) throw new AppError(409, "freezePending", { n: String(pending?.n) });
    await tx
      .insert(reportPeriods)
      .values({ zoneId, month: monthDate(month), frozenAt: ctx.now, frozenBy: ctx.actor.userId });
    await audit(tx, ctx, {
      entity: "statisticsPeriod",
      entityId: `${zoneId}:${month}`,
      action: "freeze",
      zoneId,
      after: { month },
    });
  });
  return reportingStatusOf(ctx, zoneId, month);
}

/** Reminds the 未报 enterprises' reporting accounts; the reminder is kept in the audit log. */
export async function remindMissing(ctx: ServiceContext, zoneId: string, month: string) {
  assertBureau(ctx);
  await assertZoneWritable(ctx, zoneId);
  const status = await reportingStatusOf(ctx, zoneId, month);
  const ids = status.missing.map((m) => m.enterpriseId);
  const accounts =
    ids.length === 0
      ? []
      : await rows<{ id: string; enterprise_id: string }>(
          ctx.db,
          sql`select id, enterprise_id from users where enterprise_id = any(${`{${ids.join(",")}}`}::uuid[])`,
        );
  await ctx.db.transaction(async (tx) => {
    await audit(tx, ctx, {
      entity: "statisticsPeriod",
      entityId: `${zoneId}:${month}`,
      action: "remind",
      zoneId,
      changes: {
        enterprises: { before: null, after: status.missing.map((m) => m.name) },
        users: { before: null, after: accounts.map((a) => a.id) },
      },
    });
  });
  return { enterprises: ids.length, users: accounts.length };
}

export async function getSettings(ctx: ServiceContext, zoneId: string) {
  assertReader(ctx);
  await readableZone(ctx, zoneId);
  return { zoneId, ...(await zoneSettings(ctx.db, zoneId)) };
}

export async function saveSettings(ctx: ServiceContext, zoneId: string, input: z.infer<typeof settingsInput>) {
  assertBureau(ctx);
  await assertZoneWritable(ctx, zoneId);
  await ctx.db.transaction(async (tx) => {
    const before = await zoneSettings(tx, zoneId);
    if ((before.version === 0 ? null : before.version) !== input.version) throw conflict();
    const values = {
      deadlineDay: input.deadlineDay,
      yoyThresholdPct: input.yoyThresholdPct,
      divergenceTolerancePct: input.divergenceTolerancePct,
      leadingClusters: input.leadingClusters,
      updatedAt: ctx.now,
    };
    if (before.version === 0) await tx.insert(statisticsSettings).values({ zoneId, ...values, version: 1 });
    else
      await tx
        .update(statisticsSettings)
        .set({ ...values, version: before.version + 1 })
        .where(eq(statisticsSettings.zoneId, zoneId));
    await audit(tx, ctx, {
      entity: "statisticsSettings",
      entityId: zoneId,
      action: "update",
      zoneId,
      before: { ...before },
      after: values,
    });
  });
  return getSettings(ctx, zoneId);
}
