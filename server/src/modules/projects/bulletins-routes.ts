/** /api/v1/bulletins: generate a zone's 月通报, list the archive, read one, download its Word and PDF files. */
import * as api from "@zoneos/core/project-api";
import type { FastifyInstance, FastifyReply } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { contextOf, type HttpDeps } from "../../platform/http.js";
import { bulletinFile, generateBulletin, getBulletin, listBulletins } from "./bulletins-service.js";

const byId = z.object({ id: z.uuid() });
const tags = ["bulletins"];

function send(reply: FastifyReply, file: { name: string; mime: string; data: Buffer }, fallbackName: string) {
  return reply
    .type(file.mime)
    .header(
      "content-disposition",
      // filename* carries the Chinese name (RFC 6266); filename is for clients that ignore it.
      `attachment; filename="${fallbackName}"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
    )
    .header("cache-control", "private, no-cache")
    .send(file.data);
}

export function bulletinRoutes(deps: HttpDeps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const ctx = (req: Parameters<typeof contextOf>[0]) => contextOf(req, deps);

    r.post(
      "/bulletins",
      { schema: { tags, summary: "Generate (or regenerate) a zone's monthly bulletin", body: api.bulletinInput } },
      async (req, reply) => {
        const bulletin = await generateBulletin(ctx(req), req.body);
        return reply.status(bulletin.version === 1 ? 201 : 200).send(bulletin);
      },
    );
    r.get(
      "/bulletins",
      { schema: { tags, summary: "The bulletin archive", querystring: api.bulletinQuery } },
      async (req) => listBulletins(ctx(req), req.query),
    );
    r.get("/bulletins/:id", { schema: { tags, summary: "One bulletin with its figures", params: byId } }, async (req) =>
      getBulletin(ctx(req), req.params.id),
    );
    r.get(
      "/bulletins/:id/document.docx",
      { schema: { tags, summary: "The bulletin as Word", params: byId } },
      async (req, reply) => send(reply, await bulletinFile(ctx(req), req.params.id, "docx"), "bulletin.docx"),
    );
    r.get(
      "/bulletins/:id/document.pdf",
      { schema: { tags, summary: "The bulletin as PDF (503 pdfFontMissing without a CJK font)", params: byId } },
      async (req, reply) => send(reply, await bulletinFile(ctx(req), req.params.id, "pdf"), "bulletin.pdf"),
    );
  };
}
