/** /api/v1/projects and its sub-resources: transitions, investments, plans, milestones, phases, members. */
import * as api from "@zoneos/core/project-api";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { contextOf, type HttpDeps } from "../../platform/http.js";
import { createPhase, deletePhase, listPhases, updatePhase } from "./phases-service.js";
import {
  createProject,
  getProject,
  listProjects,
  projectHistory,
  transitionProject,
  updateProject,
} from "./projects-service.js";
import {
  deleteMilestone,
  listInvestments,
  listMembers,
  listMilestones,
  recordInvestment,
  saveMilestone,
  setAnnualPlan,
  setMember,
} from "./records-service.js";

const byId = z.object({ id: z.uuid() });
const tags = ["projects"];

export function projectRoutes(deps: HttpDeps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const ctx = (req: Parameters<typeof contextOf>[0]) => contextOf(req, deps);

    r.get(
      "/projects",
      { schema: { tags, summary: "Projects in my scope with investment and health", querystring: api.projectQuery } },
      async (req) => listProjects(ctx(req), req.query),
    );
    r.get("/projects/:id", { schema: { tags, summary: "One project", params: byId } }, async (req) =>
      getProject(ctx(req), req.params.id),
    );
    r.post("/projects", { schema: { tags, summary: "Create a project", body: api.projectInput } }, async (req, reply) =>
      reply.status(201).send(await createProject(ctx(req), req.body)),
    );
    r.patch(
      "/projects/:id",
      { schema: { tags, summary: "Edit a project", params: byId, body: api.projectUpdate } },
      async (req) => updateProject(ctx(req), req.params.id, req.body),
    );
    r.post(
      "/projects/:id/transitions",
      { schema: { tags, summary: "Move a project along its lifecycle", params: byId, body: api.transitionInput } },
      async (req) => transitionProject(ctx(req), req.params.id, req.body),
    );
    r.get("/projects/:id/transitions", { schema: { tags, summary: "Lifecycle history", params: byId } }, async (req) =>
      projectHistory(ctx(req), req.params.id),
    );
    r.get(
      "/projects/:id/investments",
      { schema: { tags, summary: "Monthly investment and yearly plans", params: byId } },
      async (req) => listInvestments(ctx(req), req.params.id),
    );
    r.put(
      "/projects/:id/investments",
      { schema: { tags, summary: "Record a month's completed investment", params: byId, body: api.investmentInput } },
      async (req) => recordInvestment(ctx(req), req.params.id, req.body),
    );
    r.put(
      "/projects/:id/plans",
      { schema: { tags, summary: "Set a year's planned investment", params: byId, body: api.annualPlanInput } },
      async (req) => setAnnualPlan(ctx(req), req.params.id, req.body),
    );
    r.get("/projects/:id/milestones", { schema: { tags, summary: "Milestones", params: byId } }, async (req) =>
      listMilestones(ctx(req), req.params.id),
    );
    r.post(
      "/projects/:id/milestones",
      { schema: { tags, summary: "Add a milestone", params: byId, body: api.milestoneInput } },
      async (req, reply) => reply.status(201).send(await saveMilestone(ctx(req), req.params.id, null, req.body)),
    );
    r.put(
      "/projects/:id/milestones/:milestoneId",
      {
        schema: {
          tags,
          summary: "Edit a milestone",
          params: byId.extend({ milestoneId: z.uuid() }),
          body: api.milestoneInput,
        },
      },
      async (req) => saveMilestone(ctx(req), req.params.id, req.params.milestoneId, req.body),
    );
    r.delete(
      "/projects/:id/milestones/:milestoneId",
      { schema: { tags, summary: "Remove a milestone", params: byId.extend({ milestoneId: z.uuid() }) } },
      async (req) => deleteMilestone(ctx(req), req.params.id, req.params.milestoneId),
    );
    r.get("/projects/:id/phases", { schema: { tags, summary: "Phases (一期/二期)", params: byId } }, async (req) =>
      listPhases(ctx(req), req.params.id),
    );
    r.post(
      "/projects/:id/phases",
      { schema: { tags, summary: "Add a phase", params: byId, body: api.phaseInput } },
      async (req, reply) => reply.status(201).send(await createPhase(ctx(req), req.params.id, req.body)),
    );
    r.put(
      "/projects/:id/phases/:phaseId",
      {
        schema: { tags, summary: "Edit a phase", params: byId.extend({ phaseId: z.uuid() }), body: api.phaseUpdate },
      },
      async (req) => updatePhase(ctx(req), req.params.id, req.params.phaseId, req.body),
    );
    r.delete(
      "/projects/:id/phases/:phaseId",
      {
        schema: {
          tags,
          summary: "Remove a phase",
          params: byId.extend({ phaseId: z.uuid() }),
          querystring: api.versionQuery,
        },
      },
      async (req) => deletePhase(ctx(req), req.params.id, req.params.phaseId, req.query.version),
    );
    r.get(
      "/projects/:id/members",
      { schema: { tags, summary: "Who answers for the project", params: byId } },
      async (req) => listMembers(ctx(req), req.params.id),
    );
    r.put(
      "/projects/:id/members",
      { schema: { tags, summary: "Assign a person", params: byId, body: api.memberInput } },
      async (req) => setMember(ctx(req), req.params.id, req.body, true),
    );
    r.delete(
      "/projects/:id/members",
      { schema: { tags, summary: "Unassign a person", params: byId, querystring: api.memberInput } },
      async (req) => setMember(ctx(req), req.params.id, req.query, false),
    );
  };
}
