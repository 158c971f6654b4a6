/** Reading one file out of a multipart request, with the size limit and a missing file said in words. */
import type { FastifyRequest } from "fastify";
import { invalid } from "./errors.js";
import { tooLarge } from "./files.js";

/** The one uploaded file of a multipart request, read whole; a missing or oversized file is refused in words. */
export async function uploadedFile(req: FastifyRequest, maxBytes: number) {
  if (!req.isMultipart()) throw invalid([{ field: "file", key: "fileMissing" }]);
  const fields: Record<string, string> = {};
  let file: { name: string; mime: string; data: Buffer } | null = null;
  try {
    for await (const part of req.parts()) {
      if (part.type === "file") {
        const data = await part.toBuffer();
        file ??= { name: part.filename, mime: part.mimetype, data };
      } else fields[part.fieldname] = String(part.value);
    }
  } catch (e) {
    if ((e as { code?: string }).code === "FST_REQ_FILE_TOO_LARGE") throw tooLarge(maxBytes);
    throw e;
  }
  if (!file) throw invalid([{ field: "file", key: "fileMissing" }]);
  return { file, fields };
}
