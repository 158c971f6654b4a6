/** /api/v1/race-groups (赛区), /ranking-config, /inspections (点评 / 观摩) and /rankings (比学赶超). */
import * as api from "@zoneos/core/project-ranking";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { contextOf, type HttpDeps } from "../../platform/http.js";
import {
  closeInspection,
  createInspection,
  createRaceGroup,
  getInspection,
  getRankingConfig,
  inspectionResults,
  listInspections,
  listRaceGroups,
  rankings,
  rankingTrend,
  saveRankingConfig,
  scoreProject,
  setRaceGroupUnits,
} from "./ranking-service.js";

const byId = z.object({ id: z.uuid() });
const zoneFilter = z.object({ zoneId: z.uuid().optional() });

export function rankingRoutes(deps: HttpDeps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const ctx = (req: Parameters<typeof contextOf>[0]) => contextOf(req, deps);
    const tags = ["rankings"];

    r.get(
      "/race-groups",
      { schema: { tags, summary: "赛区 with their units", querystring: zoneFilter } },
      async (req) => listRaceGroups(ctx(req), req.query.zoneId),
    );
    r.post(
      "/race-groups",
      { schema: { tags, summary: "Create a 赛区", body: api.raceGroupInput } },
      async (req, reply) => reply.status(201).send(await createRaceGroup(ctx(req), req.body)),
    );
    r.put(
      "/race-groups/:id/units",
      { schema: { tags, summary: "Set a 赛区's units", params: byId, body: api.raceGroupUnitsInput } },
      async (req) => setRaceGroupUnits(ctx(req), req.params.id, req.body.unitIds),
    );
    r.get(
      "/ranking-config",
      { schema: { tags, summary: "The zone's ranking weights", querystring: api.zoneQuery } },
      async (req) => getRankingConfig(ctx(req), req.query.zoneId),
    );
    r.put(
      "/ranking-config",
      {
        schema: {
          tags,
          summary: "Change the weights (sum 100; version 0 replaces the defaults)",
          querystring: api.zoneQuery,
          body: api.rankingConfigInput,
        },
      },
      async (req) => saveRankingConfig(ctx(req), req.query.zoneId, req.body),
    );
    r.get(
      "/rankings",
      { schema: { tags, summary: "Ranking of units or 赛区 for Jan..month", querystring: api.rankingQuery } },
      async (req) => rankings(ctx(req), req.query.zoneId, req.query.month, req.query.by),
    );
    r.get(
      "/rankings/trend",
      {
        schema: {
          tags,
          summary: "Each month's score and rank of every unit or 赛区, Jan..month",
          querystring: api.rankingQuery,
        },
      },
      async (req) => rankingTrend(ctx(req), req.query.zoneId, req.query.month, req.query.by),
    );
    r.get(
      "/inspections",
      { schema: { tags: ["inspections"], summary: "点评 and 观摩 inspections", querystring: zoneFilter } },
      async (req) => listInspections(ctx(req), req.query.zoneId),
    );
    r.get(
      "/inspections/:id",
      { schema: { tags: ["inspections"], summary: "One inspection", params: byId } },
      async (req) => getInspection(ctx(req), req.params.id),
    );
    r.post(
      "/inspections",
      { schema: { tags: ["inspections"], summary: "Open an inspection", body: api.inspectionInput } },
      async (req, reply) => reply.status(201).send(await createInspection(ctx(req), req.body)),
    );
    r.put(
      "/inspections/:id/scores",
      {
        schema: {
          tags: ["inspections"],
          summary: "A judge's scores for one project",
          params: byId,
          body: api.inspectionScoresInput,
        },
      },
      async (req) => scoreProject(ctx(req), req.params.id, req.body),
    );
    r.post(
      "/inspections/:id/close",
      { schema: { tags: ["inspections"], summary: "Close an inspection", params: byId } },
      async (req) => closeInspection(ctx(req), req.params.id),
    );
    r.get(
      "/inspections/:id/results",
      { schema: { tags: ["inspections"], summary: "Projects ranked by weighted average score", params: byId } },
      async (req) => inspectionResults(ctx(req), req.params.id),
    );
  };
}
