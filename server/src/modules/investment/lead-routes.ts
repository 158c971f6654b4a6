/** /api/v1/investment/leads and 撞单 conflicts: the pipeline, its aggregates, landing and conversion. */
import * as api from "@zoneos/core/investment-api";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { contextOf, type HttpDeps } from "../../platform/http.js";
import { leadFunnel, leadSummary } from "./analytics-service.js";
import { checkDuplicates, decideConflict, getConflict, listConflicts } from "./conflicts-service.js";
import { convertLead, registerLead } from "./landing-service.js";
import { createLead, getLead, leadHistory, listLeads, transitionLead, updateLead } from "./leads-service.js";
import { leadTimeline } from "./timeline-service.js";

const byId = z.object({ id: z.uuid() });
const tags = ["investment"];

export function investmentLeadRoutes(deps: HttpDeps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const ctx = (req: Parameters<typeof contextOf>[0]) => contextOf(req, deps);

    r.get(
      "/investment/leads",
      {
        schema: {
          tags,
          summary: "Leads the caller may see in detail (own unit; the zone for its leaders)",
          querystring: api.leadQuery,
          response: { 200: api.leadPage },
        },
      },
      async (req) => listLeads(ctx(req), req.query),
    );
    r.get(
      "/investment/leads/duplicates",
      {
        schema: {
          tags,
          summary: "撞单 check: the zone's leads on the same investor (credit code or normalised name)",
          querystring: api.duplicateQuery,
          response: { 200: api.duplicateResult },
        },
      },
      async (req) => checkDuplicates(ctx(req), req.query),
    );
    r.get(
      "/investment/leads/summary",
      {
        schema: {
          tags,
          summary: "Counts and amounts by stage, source, unit and zone, without investor names",
          querystring: api.summaryQuery,
          response: { 200: api.leadSummary },
        },
      },
      async (req) => leadSummary(ctx(req), req.query),
    );
    r.get(
      "/investment/leads/funnel",
      {
        schema: {
          tags,
          summary: "Funnel, conversion and days to signing by source and unit",
          querystring: api.summaryQuery,
          response: { 200: api.funnel },
        },
      },
      async (req) => leadFunnel(ctx(req), req.query),
    );
    r.post(
      "/investment/leads",
      {
        schema: {
          tags,
          summary: "Enter a lead; 409 leadDuplicate (with `duplicates`) unless acknowledgeDuplicate",
          body: api.leadInput,
          response: { 201: api.lead },
        },
      },
      async (req, reply) => reply.status(201).send(await createLead(ctx(req), req.body)),
    );
    r.get(
      "/investment/leads/:id",
      { schema: { tags, summary: "One lead", params: byId, response: { 200: api.lead } } },
      async (req) => getLead(ctx(req), req.params.id),
    );
    r.patch(
      "/investment/leads/:id",
      { schema: { tags, summary: "Edit a lead", params: byId, body: api.leadUpdate, response: { 200: api.lead } } },
      async (req) => updateLead(ctx(req), req.params.id, req.body),
    );
    r.post(
      "/investment/leads/:id/transitions",
      {
        schema: {
          tags,
          summary: "Move a lead along the pipeline (refusals name the reason)",
          params: byId,
          body: api.leadTransitionInput,
          response: { 200: api.lead },
        },
      },
      async (req) => transitionLead(ctx(req), req.params.id, req.body),
    );
    r.get(
      "/investment/leads/:id/history",
      { schema: { tags, summary: "Stage history", params: byId, response: { 200: z.array(api.leadHistoryEntry) } } },
      async (req) => leadHistory(ctx(req), req.params.id),
    );
    r.get(
      "/investment/leads/:id/timeline",
      {
        schema: {
          tags,
          summary: "Stages, activities, reviews, contracts and claims, newest first",
          params: byId,
          response: { 200: z.array(api.timelineEntry) },
        },
      },
      async (req) => leadTimeline(ctx(req), req.params.id),
    );
    r.post(
      "/investment/leads/:id/register",
      {
        schema: {
          tags,
          summary: "注册落地: create or link the lead's enterprise",
          params: byId,
          body: api.registerInput,
          response: { 200: api.landingResult },
        },
      },
      async (req) => registerLead(ctx(req), req.params.id, req.body),
    );
    r.post(
      "/investment/leads/:id/convert",
      {
        schema: {
          tags,
          summary: "转项目: create the key project from the contract's figures",
          params: byId,
          body: api.convertInput,
          response: { 200: api.landingResult },
        },
      },
      async (req) => convertLead(ctx(req), req.params.id, req.body),
    );

    r.get(
      "/investment/conflicts",
      {
        schema: {
          tags,
          summary: "撞单 cases (zone leaders)",
          querystring: api.conflictQuery,
          response: { 200: api.conflictPage },
        },
      },
      async (req) => listConflicts(ctx(req), req.query),
    );
    r.get(
      "/investment/conflicts/:id",
      { schema: { tags, summary: "One 撞单 case", params: byId, response: { 200: api.conflict } } },
      async (req) => getConflict(ctx(req), req.params.id),
    );
    r.post(
      "/investment/conflicts/:id/decision",
      {
        schema: {
          tags,
          summary: "Arbitrate: one lead owns the investor, the others yield",
          params: byId,
          body: api.conflictDecisionInput,
          response: { 200: api.conflict },
        },
      },
      async (req) => decideConflict(ctx(req), req.params.id, req.body),
    );
  };
}
