/** /api/v1/industries and /api/v1/enterprises with their sub-resources. */
import * as api from "@zoneos/core/enterprise-api";
import { RUNGS } from "@zoneos/core/enterprise-scale";
import { pageOf } from "@zoneos/core/platform-api";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { contextOf, type HttpDeps } from "../../platform/http.js";
import {
  createEnterprise,
  getEnterprise,
  listEnterprises,
  updateEnterprise,
  updateOwnContacts,
} from "./enterprises-service.js";
import * as facts from "./facts-service.js";
import { listIndustries } from "./industries-service.js";
import { enterpriseOverview, renewalsDue } from "./overview-service.js";
import { enterprise360 } from "./profile-service.js";

const byId = z.object({ id: z.uuid() });
const byFact = z.object({ id: z.uuid(), factId: z.uuid() });
const tags = ["enterprises"];
const ok = z.object({ ok: z.literal(true) });

export function registryRoutes(deps: HttpDeps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const ctx = (req: Parameters<typeof contextOf>[0]) => contextOf(req, deps);

    r.get(
      "/industries",
      {
        schema: {
          tags: ["industries"],
          summary: "GB/T 4754-2017 industries",
          querystring: api.industryQuery,
          response: { 200: z.array(api.industry) },
        },
      },
      async (req) => listIndustries(ctx(req), req.query),
    );

    r.get(
      "/enterprises",
      {
        schema: {
          tags,
          summary: "Search and filter enterprises",
          querystring: api.enterpriseQuery,
          response: { 200: pageOf(api.enterprise) },
        },
      },
      async (req) => listEnterprises(ctx(req), req.query),
    );
    r.get(
      "/enterprises/overview",
      {
        schema: {
          tags,
          summary: "Zone figures: enterprises, 四上, 规上, qualifications, party coverage",
          querystring: z.object({ zoneId: z.uuid().optional(), asOf: z.iso.date().optional() }),
        },
      },
      async (req) => enterpriseOverview(ctx(req), req.query),
    );
    r.get(
      "/enterprises/renewals",
      {
        schema: {
          tags,
          summary: "Qualifications expiring soon (renewal reminders)",
          querystring: z.object({
            zoneId: z.uuid().optional(),
            days: z.coerce.number().int().min(1).max(365).default(90),
          }),
        },
      },
      async (req) => renewalsDue(ctx(req), req.query),
    );
    r.get(
      "/enterprises/:id",
      { schema: { tags, summary: "One enterprise", params: byId, response: { 200: api.enterprise } } },
      async (req) => getEnterprise(ctx(req), req.params.id),
    );
    r.get(
      "/enterprises/:id/360",
      { schema: { tags, summary: "Everything known of one enterprise", params: byId } },
      async (req) => enterprise360(ctx(req), req.params.id),
    );
    r.post(
      "/enterprises",
      {
        schema: {
          tags,
          summary: "Register an enterprise",
          body: api.enterpriseInput,
          response: { 201: api.enterprise },
        },
      },
      async (req, reply) => reply.status(201).send(await createEnterprise(ctx(req), req.body)),
    );
    r.patch(
      "/enterprises/:id",
      {
        schema: {
          tags,
          summary: "Edit an enterprise",
          params: byId,
          body: api.enterpriseUpdate,
          response: { 200: api.enterprise },
        },
      },
      async (req) => updateEnterprise(ctx(req), req.params.id, req.body),
    );
    r.patch(
      "/enterprises/:id/contacts",
      {
        schema: {
          tags,
          summary: "Update contact data (an enterprise's own account)",
          params: byId,
          body: api.enterpriseContactUpdate,
          response: { 200: api.enterprise },
        },
      },
      async (req) => updateOwnContacts(ctx(req), req.params.id, req.body),
    );

    r.post(
      "/enterprises/:id/scale-flags",
      {
        schema: {
          tags,
          summary: "Add a 规上/限上/资质 flag",
          params: byId,
          body: api.scaleFlagInput,
          response: { 201: ok },
        },
      },
      async (req, reply) => {
        await facts.addScaleFlag(ctx(req), req.params.id, req.body);
        return reply.status(201).send({ ok: true });
      },
    );
    r.put(
      "/enterprises/:id/scale-flags/:factId",
      {
        schema: {
          tags,
          summary: "Edit a scale flag (e.g. set its end date)",
          params: byFact,
          body: api.scaleFlagInput,
          response: { 200: ok },
        },
      },
      async (req) => {
        await facts.updateScaleFlag(ctx(req), req.params.id, req.params.factId, req.body);
        return { ok: true as const };
      },
    );
    r.delete(
      "/enterprises/:id/scale-flags/:factId",
      { schema: { tags, summary: "Delete a scale flag entered by mistake", params: byFact, response: { 200: ok } } },
      async (req) => {
        await facts.deleteScaleFlag(ctx(req), req.params.id, req.params.factId);
        return { ok: true as const };
      },
    );

    r.post(
      "/enterprises/:id/qualifications",
      {
        schema: {
          tags,
          summary: "Add a qualification",
          params: byId,
          body: api.qualificationInput,
          response: { 201: ok },
        },
      },
      async (req, reply) => {
        await facts.addQualification(ctx(req), req.params.id, req.body);
        return reply.status(201).send({ ok: true });
      },
    );
    r.put(
      "/enterprises/:id/qualifications/:factId",
      {
        schema: {
          tags,
          summary: "Edit a qualification (renewal)",
          params: byFact,
          body: api.qualificationInput,
          response: { 200: ok },
        },
      },
      async (req) => {
        await facts.updateQualification(ctx(req), req.params.id, req.params.factId, req.body);
        return { ok: true as const };
      },
    );
    r.delete(
      "/enterprises/:id/qualifications/:factId",
      { schema: { tags, summary: "Delete a qualification", params: byFact, response: { 200: ok } } },
      async (req) => {
        await facts.deleteQualification(ctx(req), req.params.id, req.params.factId);
        return { ok: true as const };
      },
    );

    r.post(
      "/enterprises/:id/rd-platforms",
      {
        schema: {
          tags,
          summary: "Add an R&D platform",
          params: byId,
          body: api.rdPlatformInput,
          response: { 201: ok },
        },
      },
      async (req, reply) => {
        await facts.addRdPlatform(ctx(req), req.params.id, req.body);
        return reply.status(201).send({ ok: true });
      },
    );
    r.delete(
      "/enterprises/:id/rd-platforms/:factId",
      { schema: { tags, summary: "Delete an R&D platform", params: byFact, response: { 200: ok } } },
      async (req) => {
        await facts.deleteRdPlatform(ctx(req), req.params.id, req.params.factId);
        return { ok: true as const };
      },
    );

    r.put(
      "/enterprises/:id/profile",
      {
        schema: {
          tags,
          summary: "Innovation figures, declared revenue and party organisation",
          params: byId,
          body: z.object({
            innovation: api.innovation
              .extend({
                declaredRevenueYuan: z
                  .string()
                  .regex(/^\d{1,14}(\.\d{1,2})?$/, { message: "money" })
                  .nullable()
                  .default(null),
                declaredRevenueYear: z.number().int().min(2000).max(2100).nullable().default(null),
              })
              .optional(),
            party: api.partyOrganisation.nullable().optional(),
            version: z.number().int().min(0),
          }),
          response: { 200: ok },
        },
      },
      async (req) => {
        await facts.saveProfile(ctx(req), req.params.id, req.body);
        return { ok: true as const };
      },
    );
    r.post(
      "/enterprises/:id/rung-steps",
      {
        schema: {
          tags,
          summary: "Record a step up the cultivation ladder",
          params: byId,
          body: z.object({ rung: z.enum(RUNGS), reachedOn: z.iso.date() }),
          response: { 201: ok },
        },
      },
      async (req, reply) => {
        await facts.addRungStep(ctx(req), req.params.id, req.body.rung, req.body.reachedOn);
        return reply.status(201).send({ ok: true });
      },
    );
  };
}
