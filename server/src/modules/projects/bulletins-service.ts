/**
 * 月通报 (一月一通报): generates a zone's monthly bulletin of its key projects as Word and PDF, archives both files
 * with the figures they were drawn from (one bulletin per zone and month; regenerating replaces it), and serves
 * the archive to those who read the zone.
 */
import type { bulletinInput, bulletinQuery } from "@zoneos/core/project-api";
import { and, desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Tx } from "../../db/client.js";
import { audit } from "../../platform/audit.js";
import { requirePermission, type ServiceContext } from "../../platform/context.js";
import { AppError, invalid, notFound } from "../../platform/errors.js";
import { loadFile, storeFile } from "../../platform/files.js";
import { files } from "../../platform/files-table.js";
import { offsetOf, pageResult } from "../../platform/pagination.js";
import { zoneScope } from "../../platform/scope.js";
import { assertZoneWritable } from "../../platform/zone-access.js";
import { users, zones } from "../platform/tables.js";
import { bulletinDocument, bulletinFileName } from "./bulletins-document.js";
import { renderDocx } from "./bulletins-docx.js";
import { renderPdf } from "./bulletins-pdf.js";
import { bulletinPeriod, shanghaiDate } from "./bulletins-period.js";
import { type BulletinSummary, bulletinSummary } from "./bulletins-summary.js";
import { bulletins } from "./tables.js";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const PDF = "application/pdf";

/** A bulletin is the zone's internal document: zone staff and supervisors read it, enterprise accounts do not. */
function bulletinScope(ctx: ServiceContext): SQL {
  return ctx.actor.scope === "enterprise" ? sql`false` : zoneScope(ctx.actor, bulletins.zoneId);
}

const fileSize = (column: typeof bulletins.docxFileId | typeof bulletins.pdfFileId) =>
  sql<number | null>`(select f.size from files f where f.id = ${column})`.mapWith(Number);

const bulletinView = {
  id: bulletins.id,
  zoneId: bulletins.zoneId,
  zoneName: zones.name,
  month: sql<string>`to_char(${bulletins.month}, 'YYYY-MM')`,
  generatedAt: bulletins.generatedAt,
  generatedByName: users.name,
  version: bulletins.version,
  docxFileId: bulletins.docxFileId,
  pdfFileId: bulletins.pdfFileId,
  docxSize: fileSize(bulletins.docxFileId),
  pdfSize: fileSize(bulletins.pdfFileId),
};

function selectBulletins(ctx: ServiceContext) {
  return ctx.db
    .select(bulletinView)
    .from(bulletins)
    .innerJoin(zones, eq(zones.id, bulletins.zoneId))
    .leftJoin(users, eq(users.id, bulletins.generatedBy));
}

type BulletinRow = Awaited<ReturnType<ReturnType<typeof selectBulletins>["where"]>>[number];

const present = (r: BulletinRow) => ({ ...r, generatedAt: r.generatedAt.toISOString(), hasPdf: r.pdfFileId !== null });

async function bulletinMeta(ctx: ServiceContext, id: string) {
  requirePermission(ctx.actor, "projects:read");
  const [row] = await selectBulletins(ctx).where(and(eq(bulletins.id, id), bulletinScope(ctx)));
  if (!row) throw notFound();
  return row;
}

export async function listBulletins(ctx: ServiceContext, q: z.infer<typeof bulletinQuery>) {
  requirePermission(ctx.actor, "projects:read");
  const where = and(bulletinScope(ctx), q.zoneId ? eq(bulletins.zoneId, q.zoneId) : undefined);
  const [rows, [count]] = await Promise.all([
    selectBulletins(ctx).where(where).orderBy(desc(bulletins.month), zones.name).limit(q.pageSize).offset(offsetOf(q)),
    ctx.db.select({ n: sql<number>`count(*)::int` }).from(bulletins).where(where),
  ]);
  return pageResult(rows.map(present), count?.n ?? 0, q);
}

export async function getBulletin(ctx: ServiceContext, id: string) {
  const meta = await bulletinMeta(ctx, id);
  const [row] = await ctx.db.select({ summary: bulletins.summary }).from(bulletins).where(eq(bulletins.id, id));
  return { ...present(meta), summary: row?.summary as BulletinSummary };
}

/** A bulletin's Word or PDF file, for download. */
export async function bulletinFile(ctx: ServiceContext, id: string, kind: "docx" | "pdf") {
  const meta = await bulletinMeta(ctx, id);
  const fileId = kind === "docx" ? meta.docxFileId : meta.pdfFileId;
  // No PDF was drawn: the server had no CJK font when the bulletin was generated.
  if (!fileId) throw new AppError(503, "pdfFontMissing");
  return loadFile(ctx.db, fileId);
}

/** Drops the files a regenerated bulletin no longer points to: the archive keeps the newest only. */
async function dropFiles(tx: Tx, ctx: ServiceContext, zoneId: string, ids: (string | null)[]) {
  const stale = ids.filter((id): id is string => id !== null);
  if (stale.length === 0) return;
  const gone = await tx.delete(files).where(inArray(files.id, stale)).returning({ id: files.id, name: files.name });
  for (const f of gone)
    await audit(tx, ctx, {
      entity: "file",
      entityId: f.id,
      action: "delete",
      zoneId,
      changes: { name: { before: f.name, after: null } },
    });
}

/** The archive row without its summary: the audit trail records who generated what, not the figures twice. */
function auditable(row: typeof bulletins.$inferSelect | undefined) {
  if (!row) return null;
  const { summary: _summary, ...rest } = row;
  return rest;
}

/** Generates (or regenerates) a zone's bulletin for a month and archives it, files and audit in one transaction. */
export async function generateBulletin(ctx: ServiceContext, input: z.infer<typeof bulletinInput>) {
  requirePermission(ctx.actor, "projects:write");
  await assertZoneWritable(ctx, input.zoneId);
  const today = shanghaiDate(ctx.now);
  if (input.month > today.slice(0, 7)) throw invalid([{ field: "month", key: "bulletinMonthInFuture" }]);
  const period = bulletinPeriod(input.zoneId, input.month, ctx.now);
  const summary = await bulletinSummary(ctx.db, period);
  const document = bulletinDocument(summary, today);
  const [docx, pdf] = await Promise.all([renderDocx(document), renderPdf(document)]);

  const id = await ctx.db.transaction(async (tx) => {
    // One generation of a zone-month at a time, so a regeneration never strands another's files.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`bulletin:${input.zoneId}:${input.month}`}))`);
    const [before] = await tx
      .select()
      .from(bulletins)
      .where(and(eq(bulletins.zoneId, input.zoneId), eq(bulletins.month, period.monthStart)));
    const docxFile = await storeFile(tx, ctx, input.zoneId, bulletinFileName(summary, "docx"), DOCX, docx);
    const pdfFile = pdf ? await storeFile(tx, ctx, input.zoneId, bulletinFileName(summary, "pdf"), PDF, pdf) : null;
    const values = {
      generatedAt: ctx.now,
      generatedBy: ctx.actor.userId,
      summary,
      docxFileId: docxFile.id,
      pdfFileId: pdfFile?.id ?? null,
    };
    const [after] = before
      ? await tx
          .update(bulletins)
          .set({ ...values, version: before.version + 1 })
          .where(eq(bulletins.id, before.id))
          .returning()
      : await tx
          .insert(bulletins)
          .values({ zoneId: input.zoneId, month: period.monthStart, ...values })
          .returning();
    if (!after) throw new Error("bulletin not written");
    if (before) await dropFiles(tx, ctx, input.zoneId, [before.docxFileId, before.pdfFileId]);
    await audit(tx, ctx, {
      entity: "bulletin",
      entityId: after.id,
      action: before ? "regenerate" : "generate",
      zoneId: input.zoneId,
      before: auditable(before),
      after: auditable(after),
    });
    return after.id;
  });
  return { ...(await getBulletin(ctx, id)), warnings: pdf ? [] : ["pdfFontMissing"] };
}
