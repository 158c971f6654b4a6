/** Weekly reports with photos, the problem list and the 约谈 list. */
import fastifyMultipart from "@fastify/multipart";
import * as api from "@zoneos/core/project-api";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { MAX_UPLOAD_BYTES } from "../../platform/files.js";
import { contextOf, type HttpDeps } from "../../platform/http.js";
import { escalateProblem, listProblems, moveProblem, raiseProblem, summonsList } from "./problems-service.js";
import { listReports, reportPhoto, submitReport, type UploadedPhoto } from "./reports-service.js";

const byId = z.object({ id: z.uuid() });

export function workRoutes(deps: HttpDeps) {
  return async (app: FastifyInstance) => {
    await app.register(fastifyMultipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 9, fields: 10 } });
    const r = app.withTypeProvider<ZodTypeProvider>();
    const ctx = (req: Parameters<typeof contextOf>[0]) => contextOf(req, deps);
    const tags = ["projects"];

    r.get(
      "/projects/:id/reports",
      { schema: { tags, summary: "Weekly secretary reports", params: byId } },
      async (req) => listReports(ctx(req), req.params.id),
    );
    r.post(
      "/projects/:id/reports",
      {
        schema: {
          tags,
          summary: "File a weekly report (multipart: weekOf, progress, imageProgressPct, problemsFound, photos)",
          params: byId,
          consumes: ["multipart/form-data"],
        },
      },
      async (req, reply) => {
        const context = ctx(req);
        const fields: Record<string, string> = {};
        const photos: UploadedPhoto[] = [];
        for await (const part of req.parts()) {
          if (part.type === "file")
            photos.push({ name: part.filename, mime: part.mimetype, data: await part.toBuffer() });
          else fields[part.fieldname] = String(part.value);
        }
        const input = api.weeklyReportInput.parse({
          weekOf: fields.weekOf,
          progress: fields.progress,
          imageProgressPct: fields.imageProgressPct === undefined ? undefined : Number(fields.imageProgressPct),
          problemsFound: fields.problemsFound || null,
        });
        return reply.status(201).send(await submitReport(context, req.params.id, input, photos));
      },
    );
    r.get(
      "/projects/:id/photos/:fileId",
      { schema: { tags, summary: "A report photo", params: byId.extend({ fileId: z.uuid() }) } },
      async (req, reply) => {
        const file = await reportPhoto(ctx(req), req.params.id, req.params.fileId);
        return reply.type(file.mime).header("cache-control", "private, max-age=86400").send(file.data);
      },
    );

    r.get(
      "/problems",
      { schema: { tags: ["problems"], summary: "Problem list", querystring: api.problemQuery } },
      async (req) => listProblems(ctx(req), req.query),
    );
    r.post(
      "/projects/:id/problems",
      { schema: { tags: ["problems"], summary: "Raise a problem on a project", params: byId, body: api.problemInput } },
      async (req, reply) => reply.status(201).send(await raiseProblem(ctx(req), req.params.id, req.body)),
    );
    r.post(
      "/problems/:id/moves",
      {
        schema: {
          tags: ["problems"],
          summary: "Hand out, resolve, confirm or return a problem",
          params: byId,
          body: api.problemMove,
        },
      },
      async (req) => moveProblem(ctx(req), req.params.id, req.body),
    );
    r.post(
      "/problems/:id/escalation",
      {
        schema: {
          tags: ["problems"],
          summary: "Escalate a problem to the next 会办 meeting",
          params: byId,
          body: z.object({ version: z.number().int().min(1) }),
        },
      },
      async (req) => escalateProblem(ctx(req), req.params.id, req.body.version),
    );
    r.get(
      "/problems/summons",
      {
        schema: {
          tags: ["problems"],
          summary: "约谈 list: units with overdue problems",
          querystring: z.object({ zoneId: z.uuid() }),
        },
      },
      async (req) => summonsList(ctx(req), req.query.zoneId),
    );
  };
}
