/** /api/v1/audit: the trail of every change. */
import * as api from "@zoneos/core/platform-api";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { contextOf, type HttpDeps } from "../../platform/http.js";
import { listAudit } from "./audit-service.js";

export function auditRoutes(deps: HttpDeps) {
  return async (app: FastifyInstance) => {
    app.withTypeProvider<ZodTypeProvider>().get(
      "/audit",
      {
        schema: {
          tags: ["audit"],
          summary: "Audit entries in my scope",
          querystring: api.auditQuery,
          response: { 200: api.pageOf(api.auditEntry) },
        },
      },
      async (req) => listAudit(contextOf(req, deps), req.query),
    );
  };
}
