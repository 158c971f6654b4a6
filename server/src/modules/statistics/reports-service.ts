/**
 * Monthly enterprise reports (企业月报): the form's facts, checks, draft and submission, review (通过/退回) and
 * corrections after approval or freeze, each counted change a revision with who, when and why. Every write
 * maintains the rollup in its own transaction.
 */
import type {
  checkInput,
  correctionInput,
  Report,
  ReportStatus,
  ReportValues,
  reportFormQuery,
  reportInput,
  reportQuery,
  reviewInput,
} from "@zoneos/core/statistics-api";
import { hasErrors, needsExplanation, runChecks } from "@zoneos/core/statistics-checks";
import { addMonths, priorYearMonth } from "@zoneos/core/statistics-math";
import { and, asc, count, eq, ilike, inArray, or, type SQL, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Tx } from "../../db/client.js";
import { audit } from "../../platform/audit.js";
import type { ServiceContext } from "../../platform/context.js";
import { AppError, conflict, invalid, notFound } from "../../platform/errors.js";
import { likePattern, offsetOf, pageResult } from "../../platform/pagination.js";
import { assertZoneWritable } from "../../platform/zone-access.js";
import { enterprises } from "../enterprises/tables.js";
import { assertBureau, assertReportReader, type ReportMode, reportMode, statisticsScope } from "./access.js";
import { type EnterpriseFacts, oneEnterprise } from "./registry-source.js";
import { contextOf, derive, neighbours, reportWhere, selectReports, toReport, toReports } from "./report-view.js";
import { applyReportChange, lockEnterprise, type RollupSource } from "./rollups.js";
import { frozenPeriod, zoneSettings } from "./settings.js";
import { monthlyReports, reportRevisions } from "./tables.js";
import {
  changedFields,
  columnsOf,
  currentMonth,
  deadlineOf,
  isCounted,
  monthDate,
  monthOf,
  sameValues,
  scaleProblems,
  valuesOf,
} from "./values.js";

type Row = typeof monthlyReports.$inferSelect;

/** The enterprise a report is filed for: an enterprise account's own, or any of the 经发局's zone. */
async function reportableEnterprise(ctx: ServiceContext, mode: ReportMode, enterpriseId: string, month: string) {
  if (mode === "enterprise" && ctx.actor.enterpriseId !== enterpriseId) throw notFound();
  const found = await oneEnterprise(ctx.db, enterpriseId, statisticsScope(ctx, sql`e.zone_id`, sql`e.id`), month);
  if (!found) throw notFound();
  return found;
}

function assertMonthBegun(ctx: ServiceContext, month: string) {
  if (month > currentMonth(ctx.now)) throw invalid([{ field: "month", key: "reportMonthInFuture" }]);
}

async function assertNotFrozen(ctx: ServiceContext | { db: Tx }, zoneId: string, month: string) {
  if (await frozenPeriod(ctx.db, zoneId, month)) throw new AppError(409, "periodFrozen", { month });
}

export function sourceOf(row: Row | null | undefined): RollupSource | null {
  if (!row) return null;
  return {
    zoneId: row.zoneId,
    enterpriseId: row.enterpriseId,
    month: monthOf(row.month),
    status: row.status,
    division: row.division,
    cluster: row.cluster,
    scaleIndustry: row.scaleIndustry,
    values: valuesOf(row),
  };
}

/** The same enterprise's rows a year before and after (the comparable pairings a change touches). */
async function pairedRows(tx: Tx, zoneId: string, enterpriseId: string, month: string) {
  const found = await tx
    .select()
    .from(monthlyReports)
    .where(
      and(
        eq(monthlyReports.zoneId, zoneId),
        eq(monthlyReports.enterpriseId, enterpriseId),
        inArray(monthlyReports.month, [monthDate(priorYearMonth(month)), monthDate(addMonths(month, 12))]),
      ),
    );
  const at = (m: string) => sourceOf(found.find((r) => monthOf(r.month) === m));
  return { prior: at(priorYearMonth(month)), next: at(addMonths(month, 12)) };
}

async function checksFor(tx: Tx, enterpriseId: string, zoneId: string, month: string, values: ReportValues) {
  const map = await neighbours(tx, [{ enterpriseId, month }]);
  const settings = await zoneSettings(tx, zoneId);
  return runChecks({ month, values, ...contextOf(map, enterpriseId, month), settings });
}

type Paired = { prior: RollupSource | null; next: RollupSource | null };

/**
 * What a single report's write reads, in one query of the enterprise's rows from M − 12 to M + 12: the zone's row
 * of M (existing), the counted rows up to M as `neighbours` keys them, and the zone's rows of M ± 12 (`pairedRows`).
 */
async function enterpriseRows(tx: Tx, zoneId: string, enterpriseId: string, month: string) {
  const found = await tx
    .select()
    .from(monthlyReports)
    .where(
      and(
        eq(monthlyReports.enterpriseId, enterpriseId),
        sql`${monthlyReports.month} between ${monthDate(addMonths(month, -12))} and ${monthDate(addMonths(month, 12))}`,
      ),
    );
  const map = new Map<string, ReportValues>();
  for (const r of found)
    if (isCounted(r.status) && monthOf(r.month) <= month) map.set(`${r.enterpriseId}|${monthOf(r.month)}`, valuesOf(r));
  const inZone = (m: string) => found.find((r) => r.zoneId === zoneId && monthOf(r.month) === m) ?? null;
  const paired: Paired = {
    prior: sourceOf(inZone(priorYearMonth(month))),
    next: sourceOf(inZone(addMonths(month, 12))),
  };
  return { existing: inZone(month), map, paired };
}

function refuseOnChecks(checks: ReturnType<typeof runChecks>, explanation: string | null) {
  if (hasErrors(checks))
    throw new AppError(
      400,
      "reportChecksFailed",
      { n: String(checks.filter((c) => c.severity === "error").length) },
      [],
      { checks },
    );
  if (needsExplanation(checks) && !explanation)
    throw new AppError(
      400,
      "explanationRequired",
      { n: String(checks.length) },
      [{ field: "explanation", key: "explanationRequired", params: { n: String(checks.length) } }],
      { checks },
    );
}

async function addRevision(tx: Tx, ctx: ServiceContext, row: Row, reason: string | null) {
  await tx.insert(reportRevisions).values({
    zoneId: row.zoneId,
    reportId: row.id,
    revision: row.revision,
    ...columnsOf(valuesOf(row)),
    channel: row.channel,
    reason,
    actorId: ctx.actor.userId,
    actorName: ctx.actor.name,
    createdAt: ctx.now,
  });
}

export async function getReport(ctx: ServiceContext, id: string): Promise<Report> {
  assertReportReader(ctx);
  const found = await reportWhere(
    ctx.db,
    and(
      eq(monthlyReports.id, id),
      statisticsScope(ctx, sql`${monthlyReports.zoneId}`, sql`${monthlyReports.enterpriseId}`),
    ) as SQL,
  );
  if (!found) throw notFound();
  return found;
}

export async function listReports(ctx: ServiceContext, q: z.infer<typeof reportQuery>) {
  assertReportReader(ctx);
  const r = monthlyReports;
  const filters: (SQL | undefined)[] = [
    statisticsScope(ctx, sql`${r.zoneId}`, sql`${r.enterpriseId}`),
    q.zoneId ? eq(r.zoneId, q.zoneId) : undefined,
    q.month ? eq(r.month, monthDate(q.month)) : undefined,
    q.enterpriseId ? eq(r.enterpriseId, q.enterpriseId) : undefined,
    q.status ? eq(r.status, q.status) : undefined,
    q.late === undefined ? undefined : eq(r.late, q.late),
    q.q ? or(ilike(enterprises.name, likePattern(q.q)), ilike(enterprises.creditCode, likePattern(q.q))) : undefined,
  ];
  const where = and(...filters);
  const column = {
    enterpriseName: enterprises.name,
    month: r.month,
    status: r.status,
    submittedAt: r.submittedAt,
    output: r.output,
  }[q.sort];
  const [total] = await ctx.db
    .select({ n: count() })
    .from(r)
    .innerJoin(enterprises, eq(enterprises.id, r.enterpriseId))
    .where(where);
  const found = await selectReports(ctx.db)
    .where(where)
    .orderBy(q.order === "desc" ? sql`${column} desc nulls last` : asc(column), asc(r.id))
    .limit(q.pageSize)
    .offset(offsetOf(q));
  return pageResult(await toReports(ctx.db, found), total?.n ?? 0, q);
}

export async function reportForm(ctx: ServiceContext, q: z.infer<typeof reportFormQuery>) {
  const mode = reportMode(ctx);
  const enterpriseId = q.enterpriseId ?? (mode === "enterprise" ? ctx.actor.enterpriseId : null);
  if (!enterpriseId) throw invalid([{ field: "enterpriseId", key: "enterpriseRequired" }]);
  const ent = await reportableEnterprise(ctx, mode, enterpriseId, q.month);
  const settings = await zoneSettings(ctx.db, ent.zoneId);
  const map = await neighbours(ctx.db, [{ enterpriseId, month: q.month }]);
  const around = contextOf(map, enterpriseId, q.month);
  const report = await reportWhere(
    ctx.db,
    and(
      eq(monthlyReports.zoneId, ent.zoneId),
      eq(monthlyReports.enterpriseId, enterpriseId),
      eq(monthlyReports.month, monthDate(q.month)),
    ) as SQL,
  );
  return {
    enterprise: {
      id: ent.id,
      name: ent.name,
      creditCode: ent.creditCode,
      zoneId: ent.zoneId,
      zoneName: ent.zoneName,
      industryCode: ent.industryCode,
      scaleIndustry: ent.scaleIndustry,
    },
    month: q.month,
    deadline: deadlineOf(q.month, settings.deadlineDay).date,
    frozen: !!(await frozenPeriod(ctx.db, ent.zoneId, q.month)),
    report,
    previousMonth: around.previousMonth,
    previousYear: around.previousYear,
    yoyThresholdPct: settings.yoyThresholdPct,
  };
}

export async function checkReport(ctx: ServiceContext, input: z.infer<typeof checkInput>) {
  const ent = await reportableEnterprise(ctx, reportMode(ctx), input.enterpriseId, input.month);
  return ctx.db.transaction(async (tx) => {
    const map = await neighbours(tx, [{ enterpriseId: ent.id, month: input.month }]);
    const around = contextOf(map, ent.id, input.month);
    const settings = await zoneSettings(tx, ent.zoneId);
    const checks = runChecks({ month: input.month, values: input.values, ...around, settings });
    return { checks, derived: derive(input.values, around.previousMonth, input.month) };
  });
}

/** Saves a draft or submits; a submission passes the checks (warnings with an explanation) and counts at once. */
export async function saveReport(ctx: ServiceContext, input: z.infer<typeof reportInput>): Promise<Report> {
  const mode = reportMode(ctx);
  const ent = await reportableEnterprise(ctx, mode, input.enterpriseId, input.month);
  assertMonthBegun(ctx, input.month);
  const decimals = scaleProblems(input.values);
  if (decimals.length > 0) throw invalid(decimals);
  const settings = await zoneSettings(ctx.db, ent.zoneId);
  const { id, map } = await ctx.db.transaction(async (tx) => {
    await lockEnterprise(tx, ent.zoneId, ent.id);
    await assertNotFrozen({ db: tx }, ent.zoneId, input.month);
    const { existing, map, paired } = await enterpriseRows(tx, ent.zoneId, ent.id, input.month);
    if ((existing?.version ?? null) !== input.version) throw conflict();
    if (existing?.status === "approved") throw new AppError(409, "reportApproved");
    const checks = runChecks({
      month: input.month,
      values: input.values,
      ...contextOf(map, ent.id, input.month),
      settings,
    });
    if (input.submit) refuseOnChecks(checks, input.explanation);
    const status: ReportStatus = input.submit ? "submitted" : "draft";
    const late = input.submit ? ctx.now > deadlineOf(input.month, settings.deadlineDay).endsAt : false;
    const fields = {
      status,
      channel: ctx.actor.kind === "token" ? ("api" as const) : ("form" as const),
      ...columnsOf(input.values),
      industryCode: ent.industryCode,
      division: ent.division,
      cluster: ent.cluster,
      scaleIndustry: ent.scaleIndustry,
      explanation: input.explanation,
      ...(input.submit
        ? {
            revision: (existing?.revision ?? 0) + 1,
            late: (existing?.late ?? false) || late,
            submittedAt: ctx.now,
            submittedBy: ctx.actor.userId,
            returnReason: null,
            reviewedAt: null,
            reviewedBy: null,
          }
        : {}),
      updatedAt: ctx.now,
    };
    const written = await writeRow(tx, existing, fields, ent, input.month);
    if (input.submit) await addRevision(tx, ctx, written, null);
    await audit(tx, ctx, {
      entity: "monthlyReport",
      entityId: written.id,
      action: input.submit ? "submit" : "save",
      zoneId: ent.zoneId,
      before: existing,
      after: written,
    });
    await applyChange(tx, existing, written, paired);
    return { id: written.id, map };
  });
  // The answer from what the transaction read: the neighbouring months and settings are the ones just checked.
  const [row] = await selectReports(ctx.db).where(
    and(
      eq(monthlyReports.id, id),
      statisticsScope(ctx, sql`${monthlyReports.zoneId}`, sql`${monthlyReports.enterpriseId}`),
    ) as SQL,
  );
  if (!row) throw notFound();
  return toReport(row, map, settings);
}

async function writeRow(
  tx: Tx,
  existing: Row | null,
  fields: Partial<typeof monthlyReports.$inferInsert>,
  ent: EnterpriseFacts,
  month: string,
): Promise<Row> {
  if (existing) {
    const [updated] = await tx
      .update(monthlyReports)
      .set({ ...fields, version: existing.version + 1 })
      .where(and(eq(monthlyReports.id, existing.id), eq(monthlyReports.version, existing.version)))
      .returning();
    if (!updated) throw conflict();
    return updated;
  }
  const [inserted] = await tx
    .insert(monthlyReports)
    .values({
      zoneId: ent.zoneId,
      enterpriseId: ent.id,
      month: monthDate(month),
      status: "draft",
      channel: "form",
      industryCode: ent.industryCode,
      division: ent.division,
      scaleIndustry: ent.scaleIndustry,
      ...fields,
    })
    .returning();
  if (!inserted) throw conflict();
  return inserted;
}

/** The rollup delta of one row's change; issued last, so the rollup rows stay locked only until commit. */
async function applyChange(tx: Tx, before: Row | null, after: Row, known?: Paired) {
  if (!isCounted(before?.status) && !isCounted(after.status)) return;
  const paired = known ?? (await pairedRows(tx, after.zoneId, after.enterpriseId, monthOf(after.month)));
  await applyReportChange(tx, { before: sourceOf(before), after: sourceOf(after), ...paired });
}

async function bureauRow(ctx: ServiceContext, tx: Tx, id: string): Promise<Row> {
  const [row] = await tx
    .select()
    .from(monthlyReports)
    .where(
      and(
        eq(monthlyReports.id, id),
        statisticsScope(ctx, sql`${monthlyReports.zoneId}`, sql`${monthlyReports.enterpriseId}`),
      ),
    );
  if (!row) throw notFound();
  return row;
}

export async function reviewReport(ctx: ServiceContext, id: string, input: z.infer<typeof reviewInput>) {
  assertBureau(ctx);
  if (input.decision === "return" && !input.reason) throw invalid([{ field: "reason", key: "returnReasonRequired" }]);
  await ctx.db.transaction(async (tx) => {
    const found = await bureauRow(ctx, tx, id);
    await lockEnterprise(tx, found.zoneId, found.enterpriseId);
    const row = await bureauRow(ctx, tx, id);
    if (row.version !== input.version) throw conflict();
    if (row.status !== "submitted") throw new AppError(409, "reviewNotPending");
    const [updated] = await tx
      .update(monthlyReports)
      .set({
        status: input.decision === "approve" ? "approved" : "returned",
        returnReason: input.decision === "return" ? input.reason : null,
        reviewedAt: ctx.now,
        reviewedBy: ctx.actor.userId,
        version: row.version + 1,
        updatedAt: ctx.now,
      })
      .where(and(eq(monthlyReports.id, id), eq(monthlyReports.version, row.version)))
      .returning();
    if (!updated) throw conflict();
    await audit(tx, ctx, {
      entity: "monthlyReport",
      entityId: id,
      action: input.decision,
      zoneId: row.zoneId,
      before: row,
      after: updated,
    });
    await applyChange(tx, row, updated);
  });
  return getReport(ctx, id);
}

/** A change to a counted report (after approval or the month's freeze): a new revision that says why. */
export async function correctReport(ctx: ServiceContext, id: string, input: z.infer<typeof correctionInput>) {
  assertBureau(ctx);
  const decimals = scaleProblems(input.values);
  if (decimals.length > 0) throw invalid(decimals);
  await ctx.db.transaction(async (tx) => {
    const found = await bureauRow(ctx, tx, id);
    await lockEnterprise(tx, found.zoneId, found.enterpriseId);
    const row = await bureauRow(ctx, tx, id);
    if (row.version !== input.version) throw conflict();
    if (!isCounted(row.status)) throw new AppError(409, "correctionNeedsReport");
    if (sameValues(valuesOf(row), input.values)) throw new AppError(400, "correctionUnchanged");
    const month = monthOf(row.month);
    const checks = await checksFor(tx, row.enterpriseId, row.zoneId, month, input.values);
    refuseOnChecks(checks, input.reason);
    const [updated] = await tx
      .update(monthlyReports)
      .set({
        ...columnsOf(input.values),
        channel: "correction",
        revision: row.revision + 1,
        version: row.version + 1,
        updatedAt: ctx.now,
      })
      .where(and(eq(monthlyReports.id, id), eq(monthlyReports.version, row.version)))
      .returning();
    if (!updated) throw conflict();
    await addRevision(tx, ctx, updated, input.reason);
    await audit(tx, ctx, {
      entity: "monthlyReport",
      entityId: id,
      action: "correct",
      zoneId: row.zoneId,
      before: row,
      after: { ...updated, reason: input.reason },
    });
    await applyChange(tx, row, updated);
  });
  return getReport(ctx, id);
}

export async function listRevisions(ctx: ServiceContext, id: string) {
  await getReport(ctx, id);
  const found = await ctx.db
    .select()
    .from(reportRevisions)
    .where(eq(reportRevisions.reportId, id))
    .orderBy(asc(reportRevisions.revision));
  let previous: ReportValues | null = null;
  const items = found.map((r) => {
    const values = valuesOf(r);
    const changed = changedFields(previous, values);
    previous = values;
    return {
      revision: r.revision,
      values,
      channel: r.channel,
      reason: r.reason,
      actorName: r.actorName,
      createdAt: r.createdAt.toISOString(),
      changed,
    };
  });
  return { reportId: id, items: items.sort((a, b) => b.revision - a.revision) };
}

/** Approves every submitted report of a zone-month (counted before and after: the rollup does not move). */
export async function approveAll(ctx: ServiceContext, zoneId: string, month: string) {
  assertBureau(ctx);
  await assertZoneWritable(ctx, zoneId);
  return ctx.db.transaction(async (tx) => {
    const approved = await tx
      .update(monthlyReports)
      .set({
        status: "approved",
        reviewedAt: ctx.now,
        reviewedBy: ctx.actor.userId,
        version: sql`${monthlyReports.version} + 1`,
        updatedAt: ctx.now,
      })
      .where(
        and(
          eq(monthlyReports.zoneId, zoneId),
          eq(monthlyReports.month, monthDate(month)),
          eq(monthlyReports.status, "submitted"),
        ),
      )
      .returning({ id: monthlyReports.id });
    await audit(tx, ctx, {
      entity: "statisticsPeriod",
      entityId: `${zoneId}:${month}`,
      action: "approveAll",
      zoneId,
      changes: { approved: { before: null, after: approved.length } },
    });
    return { approved: approved.length };
  });
}
