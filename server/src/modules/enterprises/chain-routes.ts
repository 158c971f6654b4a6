/** /api/v1/chains (产业链图谱) and /api/v1/cultivation (梯次培育). */
import * as api from "@zoneos/core/enterprise-api";
import { RUNGS } from "@zoneos/core/enterprise-scale";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { contextOf, type HttpDeps } from "../../platform/http.js";
import {
  addNode,
  createChain,
  deleteNode,
  getChain,
  listChains,
  placeEnterprise,
  updateNode,
} from "./chains-service.js";
import { cultivationCandidates, cultivationProgress, setCultivationTarget } from "./cultivation-service.js";

const byId = z.object({ id: z.uuid() });
const byNode = z.object({ id: z.uuid(), nodeId: z.uuid() });
const tags = ["chains"];
const year = z.coerce.number().int().min(2000).max(2100);

export function chainRoutes(deps: HttpDeps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const ctx = (req: Parameters<typeof contextOf>[0]) => contextOf(req, deps);

    r.get(
      "/chains",
      {
        schema: {
          tags,
          summary: "Industrial chains in my scope",
          querystring: z.object({ zoneId: z.uuid().optional() }),
          response: { 200: z.array(api.chain) },
        },
      },
      async (req) => listChains(ctx(req), req.query.zoneId),
    );
    r.get(
      "/chains/:id",
      {
        schema: {
          tags,
          summary: "A chain with its nodes, enterprises and gaps",
          params: byId,
          response: { 200: api.chainDetail },
        },
      },
      async (req) => getChain(ctx(req), req.params.id),
    );
    r.post(
      "/chains",
      { schema: { tags, summary: "Create a chain", body: api.chainInput, response: { 201: api.chainDetail } } },
      async (req, reply) => reply.status(201).send(await createChain(ctx(req), req.body)),
    );
    r.post(
      "/chains/:id/nodes",
      {
        schema: {
          tags,
          summary: "Add a node",
          params: byId,
          body: api.chainNodeInput,
          response: { 201: api.chainDetail },
        },
      },
      async (req, reply) => reply.status(201).send(await addNode(ctx(req), req.params.id, req.body)),
    );
    r.patch(
      "/chains/:id/nodes/:nodeId",
      {
        schema: {
          tags,
          summary: "Edit a node",
          params: byNode,
          body: api.chainNodeInput.partial(),
          response: { 200: api.chainDetail },
        },
      },
      async (req) => updateNode(ctx(req), req.params.id, req.params.nodeId, req.body),
    );
    r.delete(
      "/chains/:id/nodes/:nodeId",
      { schema: { tags, summary: "Delete a leaf node", params: byNode, response: { 200: api.chainDetail } } },
      async (req) => deleteNode(ctx(req), req.params.id, req.params.nodeId),
    );
    r.put(
      "/chains/:id/nodes/:nodeId/enterprises/:enterpriseId",
      {
        schema: {
          tags,
          summary: "Place an enterprise on a node",
          params: byNode.extend({ enterpriseId: z.uuid() }),
          response: { 200: api.chainDetail },
        },
      },
      async (req) => placeEnterprise(ctx(req), req.params.id, req.params.nodeId, req.params.enterpriseId, true),
    );
    r.delete(
      "/chains/:id/nodes/:nodeId/enterprises/:enterpriseId",
      {
        schema: {
          tags,
          summary: "Take an enterprise off a node",
          params: byNode.extend({ enterpriseId: z.uuid() }),
          response: { 200: api.chainDetail },
        },
      },
      async (req) => placeEnterprise(ctx(req), req.params.id, req.params.nodeId, req.params.enterpriseId, false),
    );

    const cTags = ["cultivation"];
    r.get(
      "/cultivation/progress",
      {
        schema: {
          tags: cTags,
          summary: "Targets and progress per rung",
          querystring: z.object({ zoneId: z.uuid(), year }),
        },
      },
      async (req) => cultivationProgress(ctx(req), req.query.zoneId, req.query.year),
    );
    r.put(
      "/cultivation/targets",
      {
        schema: {
          tags: cTags,
          summary: "Set a yearly target",
          body: z.object({
            zoneId: z.uuid(),
            year: z.number().int().min(2000).max(2100),
            rung: z.enum(RUNGS),
            target: z.number().int().min(0).max(100_000),
            version: z.number().int().min(0),
          }),
        },
      },
      async (req) =>
        setCultivationTarget(
          ctx(req),
          req.body.zoneId,
          req.body.year,
          req.body.rung,
          req.body.target,
          req.body.version,
        ),
    );
    r.get(
      "/cultivation/candidates",
      {
        schema: {
          tags: cTags,
          summary: "Candidates for a rung, with the reason",
          querystring: z.object({
            zoneId: z.uuid(),
            year,
            rung: z.enum(RUNGS),
            band: z.coerce.number().min(0.01).max(0.9).default(0.2),
          }),
        },
      },
      async (req) => cultivationCandidates(ctx(req), req.query.zoneId, req.query.year, req.query.rung, req.query.band),
    );
  };
}
