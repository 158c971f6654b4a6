/**
 * A project's documents (批复、许可、合同、图纸、现场照片): whoever reports on the project adds them, its readers
 * download them, and a writer or the person who added one removes it.
 */
import { and, desc, eq } from "drizzle-orm";
import { audit } from "../../platform/audit.js";
import { can, type ServiceContext } from "../../platform/context.js";
import { forbidden, invalid, notFound } from "../../platform/errors.js";
import { DOCUMENT_TYPES, IMAGE_TYPES, loadFile, storeFile } from "../../platform/files.js";
import { files } from "../../platform/files-table.js";
import { assertZoneWritable } from "../../platform/zone-access.js";
import { users } from "../platform/tables.js";
import { getProject } from "./projects-service.js";
import { assertReporter } from "./records-service.js";
import { projectAttachments } from "./tables.js";

export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

/** Browsers send some types (HEIC photos, Office files from some systems) as octet-stream: trust the extension then. */
const BY_EXTENSION: Record<string, string> = {
  pdf: "application/pdf",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  heic: "image/heic",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export function attachmentType(name: string, claimed: string): string {
  if ([...IMAGE_TYPES, ...DOCUMENT_TYPES].includes(claimed)) return claimed;
  const ext = name.toLowerCase().split(".").pop() ?? "";
  return BY_EXTENSION[ext] ?? claimed;
}

export interface Upload {
  name: string;
  mime: string;
  data: Buffer;
}

export async function listAttachments(ctx: ServiceContext, projectId: string) {
  await getProject(ctx, projectId);
  return ctx.db
    .select({
      id: projectAttachments.id,
      projectId: projectAttachments.projectId,
      name: files.name,
      mime: files.mime,
      size: files.size,
      note: projectAttachments.note,
      uploadedBy: projectAttachments.uploadedBy,
      uploadedByName: users.name,
      uploadedAt: projectAttachments.uploadedAt,
    })
    .from(projectAttachments)
    .innerJoin(files, eq(files.id, projectAttachments.fileId))
    .leftJoin(users, eq(users.id, projectAttachments.uploadedBy))
    .where(eq(projectAttachments.projectId, projectId))
    .orderBy(desc(projectAttachments.uploadedAt), desc(projectAttachments.id));
}

export async function addAttachment(ctx: ServiceContext, projectId: string, upload: Upload, note: string | null) {
  const project = await getProject(ctx, projectId);
  assertReporter(ctx);
  if (!upload.data.length) throw invalid([{ field: "file", key: "fileMissing" }]);
  const name = upload.name.trim().slice(0, 200) || "attachment";
  const mime = attachmentType(name, upload.mime);
  await ctx.db.transaction(async (tx) => {
    const stored = await storeFile(tx, ctx, project.zoneId, name, mime, upload.data, MAX_ATTACHMENT_BYTES);
    const [after] = await tx
      .insert(projectAttachments)
      .values({
        zoneId: project.zoneId,
        projectId,
        fileId: stored.id,
        note: note?.trim().slice(0, 200) || null,
        uploadedBy: ctx.actor.userId,
        uploadedAt: ctx.now,
      })
      .returning();
    await audit(tx, ctx, {
      entity: "projectAttachment",
      entityId: after?.id ?? "",
      action: "create",
      zoneId: project.zoneId,
      after: { ...after, name: stored.name, size: stored.size },
    });
  });
  return listAttachments(ctx, projectId);
}

async function findAttachment(ctx: ServiceContext, projectId: string, attachmentId: string) {
  const [row] = await ctx.db
    .select()
    .from(projectAttachments)
    .where(and(eq(projectAttachments.id, attachmentId), eq(projectAttachments.projectId, projectId)));
  if (!row) throw notFound();
  return row;
}

export async function attachmentFile(ctx: ServiceContext, projectId: string, attachmentId: string) {
  await getProject(ctx, projectId);
  const row = await findAttachment(ctx, projectId, attachmentId);
  return loadFile(ctx.db, row.fileId);
}

export async function deleteAttachment(ctx: ServiceContext, projectId: string, attachmentId: string) {
  const project = await getProject(ctx, projectId);
  const row = await findAttachment(ctx, projectId, attachmentId);
  const own = row.uploadedBy === ctx.actor.userId && ctx.actor.scope !== "region";
  if (!can(ctx.actor, "projects:write") && !own) throw forbidden();
  if (!own) await assertZoneWritable(ctx, project.zoneId);
  await ctx.db.transaction(async (tx) => {
    const [file] = await tx.select({ name: files.name, size: files.size }).from(files).where(eq(files.id, row.fileId));
    await tx.delete(projectAttachments).where(eq(projectAttachments.id, attachmentId));
    await tx.delete(files).where(eq(files.id, row.fileId));
    await audit(tx, ctx, {
      entity: "projectAttachment",
      entityId: attachmentId,
      action: "delete",
      zoneId: project.zoneId,
      before: { ...row, ...file },
    });
  });
  return listAttachments(ctx, projectId);
}
