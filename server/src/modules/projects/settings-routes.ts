/** /api/v1/projects/health-rules (a zone's health thresholds) and /api/v1/projects/views (saved list views). */
import { healthRulesInput, projectViewInput } from "@zoneos/core/project-config-api";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { contextOf, type HttpDeps } from "../../platform/http.js";
import { getHealthRules, saveHealthRules } from "./health-rules-service.js";
import { createView, deleteView, listViews } from "./views-service.js";

const zoneQuery = z.object({ zoneId: z.uuid() });
const tags = ["projects"];

export function projectSettingsRoutes(deps: HttpDeps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const ctx = (req: Parameters<typeof contextOf>[0]) => contextOf(req, deps);

    r.get(
      "/projects/health-rules",
      { schema: { tags, summary: "The zone's health rules (defaults when it has none)", querystring: zoneQuery } },
      async (req) => getHealthRules(ctx(req), req.query.zoneId),
    );
    r.put(
      "/projects/health-rules",
      {
        schema: {
          tags,
          summary: "Change the zone's health rules ([滞后, 严重滞后] pairs; version 0 replaces the defaults)",
          querystring: zoneQuery,
          body: healthRulesInput,
        },
      },
      async (req) => saveHealthRules(ctx(req), req.query.zoneId, req.body),
    );
    r.get("/projects/views", { schema: { tags, summary: "My saved project-list views" } }, async (req) =>
      listViews(ctx(req)),
    );
    r.post(
      "/projects/views",
      { schema: { tags, summary: "Save the project list's filters under a name", body: projectViewInput } },
      async (req, reply) => reply.status(201).send(await createView(ctx(req), req.body)),
    );
    r.delete(
      "/projects/views/:id",
      {
        schema: {
          tags,
          summary: "Delete one of my saved views",
          params: z.object({ id: z.uuid() }),
          response: { 204: z.null() },
        },
      },
      async (req, reply) => {
        await deleteView(ctx(req), req.params.id);
        return reply.status(204).send(null);
      },
    );
  };
}
