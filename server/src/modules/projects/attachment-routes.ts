/** /api/v1/projects/:id/attachments: list, upload (multipart: file, note), download and remove. */
import fastifyMultipart from "@fastify/multipart";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { contextOf, type HttpDeps } from "../../platform/http.js";
import { uploadedFile } from "../../platform/upload.js";
import { attachmentHeader } from "../../platform/workbook.js";
import {
  addAttachment,
  attachmentFile,
  deleteAttachment,
  listAttachments,
  MAX_ATTACHMENT_BYTES,
} from "./attachments-service.js";

const params = z.object({ id: z.uuid() });
const one = params.extend({ attachmentId: z.uuid() });

export function attachmentRoutes(deps: HttpDeps) {
  return async (app: FastifyInstance) => {
    await app.register(fastifyMultipart, { limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1, fields: 5 } });
    const r = app.withTypeProvider<ZodTypeProvider>();
    const ctx = (req: FastifyRequest) => contextOf(req, deps);
    const tags = ["projects"];

    r.get("/projects/:id/attachments", { schema: { tags, summary: "A project's attachments", params } }, async (req) =>
      listAttachments(ctx(req), req.params.id),
    );
    r.post(
      "/projects/:id/attachments",
      {
        schema: {
          tags,
          summary: "Attach a file (multipart: file, note): PDF, image, .docx or .xlsx up to 20 MB",
          params,
          consumes: ["multipart/form-data"],
        },
      },
      async (req, reply) => {
        const context = ctx(req);
        const { file, fields } = await uploadedFile(req, MAX_ATTACHMENT_BYTES);
        return reply.status(201).send(await addAttachment(context, req.params.id, file, fields.note ?? null));
      },
    );
    r.get(
      "/projects/:id/attachments/:attachmentId",
      { schema: { tags, summary: "Download an attachment", params: one } },
      async (req, reply) => {
        const file = await attachmentFile(ctx(req), req.params.id, req.params.attachmentId);
        return reply
          .type(file.mime)
          .header("content-disposition", attachmentHeader(file.name))
          .header("cache-control", "private, max-age=3600")
          .send(file.data);
      },
    );
    r.delete(
      "/projects/:id/attachments/:attachmentId",
      { schema: { tags, summary: "Remove an attachment", params: one } },
      async (req) => deleteAttachment(ctx(req), req.params.id, req.params.attachmentId),
    );
  };
}
