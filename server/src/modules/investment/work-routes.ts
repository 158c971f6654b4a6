/** /api/v1/investment activities, targets, thresholds, reviews, contracts and fulfilment. */
import * as api from "@zoneos/core/investment-api";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { contextOf, type HttpDeps } from "../../platform/http.js";
import {
  activityCalendar,
  createActivity,
  deleteActivity,
  getActivity,
  listActivities,
  updateActivity,
} from "./activities-service.js";
import { behindContracts, fulfilmentSummary } from "./analytics-service.js";
import {
  contractFulfilment,
  createContract,
  getContract,
  listContracts,
  saveActuals,
  updateContract,
} from "./contracts-service.js";
import {
  createReview,
  decideReview,
  getReview,
  getThresholds,
  listReviews,
  recordVote,
  saveChecklist,
  saveThresholds,
} from "./reviews-service.js";
import { listTargets, saveTarget, targetProgress } from "./targets-service.js";

const byId = z.object({ id: z.uuid() });
const byZone = z.object({ zoneId: z.uuid() });
const tags = ["investment"];

export function investmentWorkRoutes(deps: HttpDeps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const ctx = (req: Parameters<typeof contextOf>[0]) => contextOf(req, deps);

    // Activities
    r.get(
      "/investment/activities",
      { schema: { tags, summary: "Activities", querystring: api.activityQuery, response: { 200: api.activityPage } } },
      async (req) => listActivities(ctx(req), req.query),
    );
    r.get(
      "/investment/activities/calendar",
      {
        schema: {
          tags,
          summary: "Activities overlapping [from, to] (at most 366 days)",
          querystring: api.calendarQuery,
          response: { 200: z.array(api.calendarEntry) },
        },
      },
      async (req) => activityCalendar(ctx(req), req.query),
    );
    r.post(
      "/investment/activities",
      { schema: { tags, summary: "Log an activity", body: api.activityInput, response: { 201: api.activity } } },
      async (req, reply) => reply.status(201).send(await createActivity(ctx(req), req.body)),
    );
    r.get(
      "/investment/activities/:id",
      { schema: { tags, summary: "One activity", params: byId, response: { 200: api.activity } } },
      async (req) => getActivity(ctx(req), req.params.id),
    );
    r.patch(
      "/investment/activities/:id",
      {
        schema: {
          tags,
          summary: "Edit an activity",
          params: byId,
          body: api.activityUpdate,
          response: { 200: api.activity },
        },
      },
      async (req) => updateActivity(ctx(req), req.params.id, req.body),
    );
    r.delete(
      "/investment/activities/:id",
      { schema: { tags, summary: "Delete an activity", params: byId, response: { 204: z.null() } } },
      async (req, reply) => {
        await deleteActivity(ctx(req), req.params.id);
        return reply.status(204).send(null);
      },
    );

    // Targets
    r.get(
      "/investment/targets",
      {
        schema: {
          tags,
          summary: "Targets per unit for a year",
          querystring: api.targetQuery,
          response: { 200: z.array(api.target) },
        },
      },
      async (req) => listTargets(ctx(req), req.query),
    );
    r.put(
      "/investment/targets",
      {
        schema: {
          tags,
          summary: "Set a unit's targets for a year (leaders)",
          body: api.targetInput,
          response: { 200: api.target },
        },
      },
      async (req) => saveTarget(ctx(req), req.body),
    );
    r.get(
      "/investment/targets/progress",
      {
        schema: {
          tags,
          summary: "Year-to-date progress per unit against targets and 序时进度, ranked",
          querystring: api.progressQuery,
          response: { 200: api.targetProgress },
        },
      },
      async (req) => targetProgress(ctx(req), req.query),
    );

    // Landing review
    r.get(
      "/investment/thresholds/:zoneId",
      {
        schema: {
          tags,
          summary: "The zone's landing-review thresholds",
          params: byZone,
          response: { 200: api.thresholds },
        },
      },
      async (req) => getThresholds(ctx(req), req.params.zoneId),
    );
    r.put(
      "/investment/thresholds/:zoneId",
      {
        schema: {
          tags,
          summary: "Set the zone's thresholds (leaders)",
          params: byZone,
          body: api.thresholdsInput,
          response: { 200: api.thresholds },
        },
      },
      async (req) => saveThresholds(ctx(req), req.params.zoneId, req.body),
    );
    r.get(
      "/investment/reviews",
      { schema: { tags, summary: "Landing reviews", querystring: api.reviewQuery, response: { 200: api.reviewPage } } },
      async (req) => listReviews(ctx(req), req.query),
    );
    r.post(
      "/investment/reviews",
      { schema: { tags, summary: "Open a landing review", body: api.reviewInput, response: { 201: api.review } } },
      async (req, reply) => reply.status(201).send(await createReview(ctx(req), req.body)),
    );
    r.get(
      "/investment/reviews/:id",
      { schema: { tags, summary: "One landing review", params: byId, response: { 200: api.review } } },
      async (req) => getReview(ctx(req), req.params.id),
    );
    r.put(
      "/investment/reviews/:id/checklist",
      {
        schema: {
          tags,
          summary: "Fill the 四不要 checklist",
          params: byId,
          body: api.checklistInput,
          response: { 200: api.review },
        },
      },
      async (req) => saveChecklist(ctx(req), req.params.id, req.body),
    );
    r.post(
      "/investment/reviews/:id/votes",
      {
        schema: {
          tags,
          summary: "Record a committee member's vote (leaders)",
          params: byId,
          body: api.voteInput,
          response: { 200: api.review },
        },
      },
      async (req) => recordVote(ctx(req), req.params.id, req.body),
    );
    r.post(
      "/investment/reviews/:id/decision",
      {
        schema: {
          tags,
          summary: "Decide: 通过 / 有条件通过 / 不通过 (leaders)",
          params: byId,
          body: api.reviewDecisionInput,
          response: { 200: api.review },
        },
      },
      async (req) => decideReview(ctx(req), req.params.id, req.body),
    );

    // Contracts and fulfilment
    r.get(
      "/investment/contracts",
      { schema: { tags, summary: "Contracts", querystring: api.contractQuery, response: { 200: api.contractPage } } },
      async (req) => listContracts(ctx(req), req.query),
    );
    r.post(
      "/investment/contracts",
      {
        schema: {
          tags,
          summary: "Record a contract (signing needs a passed review)",
          body: api.contractInput,
          response: { 201: api.contract },
        },
      },
      async (req, reply) => reply.status(201).send(await createContract(ctx(req), req.body)),
    );
    r.get(
      "/investment/contracts/:id",
      { schema: { tags, summary: "One contract", params: byId, response: { 200: api.contract } } },
      async (req) => getContract(ctx(req), req.params.id),
    );
    r.patch(
      "/investment/contracts/:id",
      {
        schema: {
          tags,
          summary: "Edit a contract",
          params: byId,
          body: api.contractUpdate,
          response: { 200: api.contract },
        },
      },
      async (req) => updateContract(ctx(req), req.params.id, req.body),
    );
    r.get(
      "/investment/contracts/:id/fulfilment",
      { schema: { tags, summary: "Promised against delivered", params: byId, response: { 200: api.fulfilment } } },
      async (req) => contractFulfilment(ctx(req), req.params.id),
    );
    r.put(
      "/investment/contracts/:id/actuals",
      {
        schema: {
          tags,
          summary: "Enter a year's output, tax and jobs",
          params: byId,
          body: api.actualsInput,
          response: { 200: api.fulfilment },
        },
      },
      async (req) => saveActuals(ctx(req), req.params.id, req.body),
    );
    r.get(
      "/investment/fulfilment",
      {
        schema: {
          tags,
          summary: "资金到位率, 合同履约率 and 开工率 per unit and zone",
          querystring: api.fulfilmentQuery,
          response: { 200: api.fulfilmentRates },
        },
      },
      async (req) => fulfilmentSummary(ctx(req), req.query),
    );
    r.get(
      "/investment/fulfilment/behind",
      {
        schema: {
          tags,
          summary: "Contracts falling behind, with the numbers",
          querystring: api.fulfilmentQuery,
          response: { 200: z.array(api.behindContract) },
        },
      },
      async (req) => behindContracts(ctx(req), req.query),
    );
  };
}
