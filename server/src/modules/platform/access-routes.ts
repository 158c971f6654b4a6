/** /api/v1/users, /roles and /api-tokens: who may do what. */
import * as api from "@zoneos/core/platform-api";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { contextOf, type HttpDeps } from "../../platform/http.js";
import { createRole, listRoles, updateRole } from "./roles-service.js";
import { createToken, listTokens, revokeToken } from "./tokens-service.js";
import { createUser, getUser, listUsers, lookupStaff, resetPassword, unlockUser, updateUser } from "./users-service.js";

const byId = z.object({ id: z.uuid() });

export function accessRoutes(deps: HttpDeps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();

    const userTags = ["users"];
    r.get(
      "/users",
      {
        schema: {
          tags: userTags,
          summary: "Users in my scope",
          querystring: api.userQuery,
          response: { 200: api.pageOf(api.user) },
        },
      },
      async (req) => listUsers(contextOf(req, deps), req.query),
    );
    r.get(
      "/staff",
      {
        schema: {
          tags: userTags,
          summary: "A zone's staff by name, for pickers",
          querystring: api.staffQuery,
          response: { 200: z.array(api.staffMember) },
        },
      },
      async (req) => lookupStaff(contextOf(req, deps), req.query.zoneId, req.query.q),
    );
    r.get(
      "/users/:id",
      { schema: { tags: userTags, summary: "One user", params: byId, response: { 200: api.user } } },
      async (req) => getUser(contextOf(req, deps), req.params.id),
    );
    r.post(
      "/users",
      { schema: { tags: userTags, summary: "Create a user", body: api.userCreate, response: { 201: api.user } } },
      async (req, reply) => reply.status(201).send(await createUser(contextOf(req, deps), req.body)),
    );
    r.patch(
      "/users/:id",
      {
        schema: {
          tags: userTags,
          summary: "Edit a user",
          params: byId,
          body: api.userUpdate,
          response: { 200: api.user },
        },
      },
      async (req) => updateUser(contextOf(req, deps), req.params.id, req.body),
    );
    r.post(
      "/users/:id/password",
      {
        schema: {
          tags: userTags,
          summary: "Set a user's password",
          params: byId,
          body: api.passwordReset,
          response: { 204: z.null() },
        },
      },
      async (req, reply) => {
        await resetPassword(contextOf(req, deps), req.params.id, req.body);
        return reply.status(204).send(null);
      },
    );
    r.post(
      "/users/:id/unlock",
      { schema: { tags: userTags, summary: "Unlock a locked account", params: byId, response: { 200: api.user } } },
      async (req) => unlockUser(contextOf(req, deps), req.params.id),
    );

    const roleTags = ["roles"];
    r.get(
      "/roles",
      { schema: { tags: roleTags, summary: "All roles", response: { 200: z.array(api.role) } } },
      async (req) => listRoles(contextOf(req, deps)),
    );
    r.post(
      "/roles",
      { schema: { tags: roleTags, summary: "Create a role", body: api.roleInput, response: { 201: api.role } } },
      async (req, reply) => reply.status(201).send(await createRole(contextOf(req, deps), req.body)),
    );
    r.patch(
      "/roles/:id",
      {
        schema: {
          tags: roleTags,
          summary: "Edit a role",
          params: byId,
          body: api.roleUpdate,
          response: { 200: api.role },
        },
      },
      async (req) => updateRole(contextOf(req, deps), req.params.id, req.body),
    );

    const tokenTags = ["api-tokens"];
    r.get(
      "/api-tokens",
      {
        schema: {
          tags: tokenTags,
          summary: "API tokens",
          querystring: api.pageQuery,
          response: { 200: api.pageOf(api.apiToken) },
        },
      },
      async (req) => listTokens(contextOf(req, deps), req.query),
    );
    r.post(
      "/api-tokens",
      {
        schema: {
          tags: tokenTags,
          summary: "Create an API token (shown once)",
          body: api.tokenCreate,
          response: { 201: api.createdToken },
        },
      },
      async (req, reply) => reply.status(201).send(await createToken(contextOf(req, deps), req.body)),
    );
    r.post(
      "/api-tokens/:id/revoke",
      { schema: { tags: tokenTags, summary: "Revoke an API token", params: byId, response: { 200: api.apiToken } } },
      async (req) => revokeToken(contextOf(req, deps), req.params.id),
    );
  };
}
