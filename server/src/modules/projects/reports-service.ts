/** The project secretary's weekly report with photos taken on site; one per project and week. */
import type { weeklyReportInput } from "@zoneos/core/project-api";
import { and, desc, eq, inArray } from "drizzle-orm";
import type { z } from "zod";
import { audit } from "../../platform/audit.js";
import { can, type ServiceContext } from "../../platform/context.js";
import { AppError, forbidden, invalid, notFound } from "../../platform/errors.js";
import { loadFile, storeFile } from "../../platform/files.js";
import { users } from "../platform/tables.js";
import { getProject } from "./projects-service.js";
import { reportPhotos, weeklyReports } from "./tables.js";

export interface UploadedPhoto {
  name: string;
  mime: string;
  data: Buffer;
}

function mondayOf(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

export async function listReports(ctx: ServiceContext, projectId: string) {
  await getProject(ctx, projectId);
  const reports = await ctx.db
    .select({
      id: weeklyReports.id,
      weekOf: weeklyReports.weekOf,
      progress: weeklyReports.progress,
      imageProgressPct: weeklyReports.imageProgressPct,
      problemsFound: weeklyReports.problemsFound,
      authorName: users.name,
      submittedAt: weeklyReports.submittedAt,
      version: weeklyReports.version,
    })
    .from(weeklyReports)
    .leftJoin(users, eq(users.id, weeklyReports.authorId))
    .where(eq(weeklyReports.projectId, projectId))
    .orderBy(desc(weeklyReports.weekOf))
    .limit(104);
  const photos = reports.length
    ? await ctx.db
        .select()
        .from(reportPhotos)
        .where(
          inArray(
            reportPhotos.reportId,
            reports.map((r) => r.id),
          ),
        )
    : [];
  return reports.map((r) => ({
    ...r,
    submittedAt: r.submittedAt.toISOString(),
    photoIds: photos
      .filter((p) => p.reportId === r.id)
      .sort((a, b) => a.sort - b.sort)
      .map((p) => p.fileId),
  }));
}

/** Files a week's report (again, if the week was reported: the newer text replaces it, photos add up). */
export async function submitReport(
  ctx: ServiceContext,
  projectId: string,
  input: z.infer<typeof weeklyReportInput>,
  photos: UploadedPhoto[],
) {
  const project = await getProject(ctx, projectId);
  if (!can(ctx.actor, "projects:report") && !can(ctx.actor, "projects:write")) throw forbidden();
  if (ctx.actor.scope === "region") throw forbidden();
  const today = ctx.now.toISOString().slice(0, 10);
  if (input.weekOf > today) throw invalid([{ field: "weekOf", key: "transitionDateInFuture" }]);
  if (photos.length > 9) throw new AppError(400, "tooManyPhotos");
  const weekOf = mondayOf(input.weekOf);
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(weeklyReports)
      .where(and(eq(weeklyReports.projectId, projectId), eq(weeklyReports.weekOf, weekOf)));
    const values = { ...input, weekOf, authorId: ctx.actor.userId, submittedAt: ctx.now };
    const [after] = before
      ? await tx
          .update(weeklyReports)
          .set({ ...values, version: before.version + 1 })
          .where(eq(weeklyReports.id, before.id))
          .returning()
      : await tx
          .insert(weeklyReports)
          .values({ ...values, zoneId: project.zoneId, projectId })
          .returning();
    if (!after) throw new Error("report not written");
    let sort = 0;
    for (const photo of photos) {
      const stored = await storeFile(tx, ctx, project.zoneId, photo.name, photo.mime, photo.data);
      await tx.insert(reportPhotos).values({ reportId: after.id, fileId: stored.id, sort: sort++ });
    }
    await audit(tx, ctx, {
      entity: "weeklyReport",
      entityId: after.id,
      action: before ? "update" : "create",
      zoneId: project.zoneId,
      before,
      after: { ...after, photos: photos.length },
    });
  });
  return listReports(ctx, projectId);
}

/** A photo of a report, served to those who may see the project. */
export async function reportPhoto(ctx: ServiceContext, projectId: string, fileId: string) {
  await getProject(ctx, projectId);
  const [link] = await ctx.db
    .select({ fileId: reportPhotos.fileId })
    .from(reportPhotos)
    .innerJoin(weeklyReports, eq(weeklyReports.id, reportPhotos.reportId))
    .where(and(eq(reportPhotos.fileId, fileId), eq(weeklyReports.projectId, projectId)));
  if (!link) throw notFound();
  return loadFile(ctx.db, fileId);
}
