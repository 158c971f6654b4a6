/** /api/v1/meetings (会办), /api/v1/batches (集中开工) and the rolling project library. */
import * as api from "@zoneos/core/project-api";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { contextOf, type HttpDeps } from "../../platform/http.js";
import {
  createBatch,
  getMeeting,
  listBatches,
  listMeetings,
  planMeeting,
  projectLibrary,
  recordMinutes,
} from "./supervision-service.js";

const byId = z.object({ id: z.uuid() });
const zoneFilter = z.object({ zoneId: z.uuid().optional() });

export function supervisionRoutes(deps: HttpDeps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const ctx = (req: Parameters<typeof contextOf>[0]) => contextOf(req, deps);
    const tags = ["meetings"];

    r.get("/meetings", { schema: { tags, summary: "会办 meetings", querystring: zoneFilter } }, async (req) =>
      listMeetings(ctx(req), req.query.zoneId),
    );
    r.get("/meetings/:id", { schema: { tags, summary: "A meeting with its agenda", params: byId } }, async (req) =>
      getMeeting(ctx(req), req.params.id),
    );
    r.post(
      "/meetings",
      { schema: { tags, summary: "Plan a meeting (agenda: escalated open problems)", body: api.meetingInput } },
      async (req, reply) => reply.status(201).send(await planMeeting(ctx(req), req.body)),
    );
    r.put(
      "/meetings/:id/minutes",
      { schema: { tags, summary: "Record minutes and decisions", params: byId, body: api.meetingMinutesInput } },
      async (req) => recordMinutes(ctx(req), req.params.id, req.body),
    );
    r.get(
      "/batches",
      { schema: { tags: ["batches"], summary: "集中开工 batches", querystring: zoneFilter } },
      async (req) => listBatches(ctx(req), req.query.zoneId),
    );
    r.post(
      "/batches",
      { schema: { tags: ["batches"], summary: "Create a batch of projects starting together", body: api.batchInput } },
      async (req, reply) => reply.status(201).send(await createBatch(ctx(req), req.body)),
    );
    r.get(
      "/projects-library",
      {
        schema: {
          tags: ["projects"],
          summary: "Rolling library: projects by stage group and planned start year",
          querystring: z.object({
            zoneId: z.uuid(),
            fromYear: z.coerce.number().int().min(2000).max(2100),
            years: z.coerce.number().int().min(1).max(5).default(5),
          }),
        },
      },
      async (req) => projectLibrary(ctx(req), req.query.zoneId, req.query.fromYear, req.query.years),
    );
  };
}
