/** /api/v1/regions, /zones and /units: where things are and who the units are. */
import * as api from "@zoneos/core/platform-api";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { contextOf, type HttpDeps } from "../../platform/http.js";
import { listRegions } from "./regions-service.js";
import { createUnit, deleteUnit, getUnit, listUnits, updateUnit } from "./units-service.js";
import { createZone, getZone, listZones, updateZone } from "./zones-service.js";

const byId = z.object({ id: z.uuid() });

export function directoryRoutes(deps: HttpDeps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();

    r.get(
      "/regions",
      {
        schema: {
          tags: ["regions"],
          summary: "GB/T 2260 regions",
          querystring: api.regionQuery,
          response: { 200: z.array(api.region) },
        },
      },
      async (req) => listRegions(contextOf(req, deps), req.query),
    );

    const zoneTags = ["zones"];
    r.get(
      "/zones",
      {
        schema: {
          tags: zoneTags,
          summary: "Zones in my scope",
          querystring: api.zoneQuery,
          response: { 200: api.pageOf(api.zone) },
        },
      },
      async (req) => listZones(contextOf(req, deps), req.query),
    );
    r.get(
      "/zones/:id",
      { schema: { tags: zoneTags, summary: "One zone", params: byId, response: { 200: api.zone } } },
      async (req) => getZone(contextOf(req, deps), req.params.id),
    );
    r.post(
      "/zones",
      { schema: { tags: zoneTags, summary: "Create a zone", body: api.zoneInput, response: { 201: api.zone } } },
      async (req, reply) => reply.status(201).send(await createZone(contextOf(req, deps), req.body)),
    );
    r.patch(
      "/zones/:id",
      {
        schema: {
          tags: zoneTags,
          summary: "Edit a zone",
          params: byId,
          body: api.zoneUpdate,
          response: { 200: api.zone },
        },
      },
      async (req) => updateZone(contextOf(req, deps), req.params.id, req.body),
    );

    const unitTags = ["units"];
    r.get(
      "/units",
      {
        schema: {
          tags: unitTags,
          summary: "A zone's units (flat; build the tree by parentId)",
          querystring: api.unitQuery,
          response: { 200: z.array(api.unit) },
        },
      },
      async (req) => listUnits(contextOf(req, deps), req.query),
    );
    r.get(
      "/units/:id",
      { schema: { tags: unitTags, summary: "One unit", params: byId, response: { 200: api.unit } } },
      async (req) => getUnit(contextOf(req, deps), req.params.id),
    );
    r.post(
      "/units",
      { schema: { tags: unitTags, summary: "Create a unit", body: api.unitInput, response: { 201: api.unit } } },
      async (req, reply) => reply.status(201).send(await createUnit(contextOf(req, deps), req.body)),
    );
    r.patch(
      "/units/:id",
      {
        schema: {
          tags: unitTags,
          summary: "Edit or move a unit",
          params: byId,
          body: api.unitUpdate,
          response: { 200: api.unit },
        },
      },
      async (req) => updateUnit(contextOf(req, deps), req.params.id, req.body),
    );
    r.delete(
      "/units/:id",
      {
        schema: {
          tags: unitTags,
          summary: "Delete an empty unit",
          params: byId,
          querystring: z.object({ version: z.coerce.number().int().min(1) }),
          response: { 204: z.null() },
        },
      },
      async (req, reply) => {
        await deleteUnit(contextOf(req, deps), req.params.id, req.query.version);
        return reply.status(204).send(null);
      },
    );
  };
}
