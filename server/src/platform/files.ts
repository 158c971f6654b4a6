/**
 * Storing uploads: photos are auto-rotated and resized on the server (phones send 4,000-pixel images;
 * 1,600 pixels at JPEG quality 80 keeps a weekly report readable and small), other files are kept as sent.
 */
import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import sharp from "sharp";
import type { Db, Tx } from "../db/client.js";
import { audit } from "./audit.js";
import type { ServiceContext } from "./context.js";
import { AppError, notFound } from "./errors.js";
import { files } from "./files-table.js";

export const IMAGE_TYPES = ["image/jpeg", "image/png", "image/webp", "image/heic"];
export const DOCUMENT_TYPES = [
  "application/pdf",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
];
export const MAX_UPLOAD_BYTES = 15 * 1024 * 1024;
const MAX_EDGE = 1600;

export interface StoredFile {
  id: string;
  name: string;
  mime: string;
  size: number;
}

export const tooLarge = (maxBytes: number) =>
  new AppError(400, "fileTooLarge", { mb: String(Math.round(maxBytes / 1024 / 1024)) });

async function normalise(mime: string, data: Buffer): Promise<{ mime: string; data: Buffer }> {
  if (!IMAGE_TYPES.includes(mime)) return { mime, data };
  try {
    const out = await sharp(data)
      .rotate()
      .resize({ width: MAX_EDGE, height: MAX_EDGE, fit: "inside", withoutEnlargement: true })
      .jpeg({ quality: 80, mozjpeg: true })
      .toBuffer();
    return { mime: "image/jpeg", data: out };
  } catch {
    throw new AppError(400, "badImage");
  }
}

export async function storeFile(
  tx: Tx,
  ctx: ServiceContext,
  zoneId: string,
  name: string,
  mime: string,
  raw: Buffer,
  maxBytes = MAX_UPLOAD_BYTES,
): Promise<StoredFile> {
  if (![...IMAGE_TYPES, ...DOCUMENT_TYPES].includes(mime)) throw new AppError(415, "badFileType");
  if (raw.length > maxBytes) throw tooLarge(maxBytes);
  const { mime: storedMime, data } = await normalise(mime, raw);
  const storedName = storedMime === mime ? name : `${name.replace(/\.[^.]+$/, "")}.jpg`;
  const [row] = await tx
    .insert(files)
    .values({
      zoneId,
      name: storedName,
      mime: storedMime,
      size: data.length,
      sha256: createHash("sha256").update(data).digest("hex"),
      data,
      createdBy: ctx.actor.userId,
      createdAt: ctx.now,
    })
    .returning({ id: files.id, name: files.name, mime: files.mime, size: files.size });
  if (!row) throw new Error("insert returned nothing");
  await audit(tx, ctx, {
    entity: "file",
    entityId: row.id,
    action: "upload",
    zoneId,
    changes: { name: { before: null, after: row.name }, size: { before: null, after: row.size } },
  });
  return row;
}

/** A stored file by id: callers authorise through the record that owns it (a report, a project). */
export async function loadFile(db: Db, id: string) {
  const [row] = await db.select().from(files).where(eq(files.id, id));
  if (!row) throw notFound();
  return row;
}
