/** /api/v1/auth: sign in, sign out, the current user, password and preferences. */
import * as api from "@zoneos/core/platform-api";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  CSRF_COOKIE,
  contextOf,
  cookieOptions,
  type HttpDeps,
  SESSION_COOKIE,
  setCsrfCookie,
} from "../../platform/http.js";
import { deleteSession, hashToken } from "../../platform/identity.js";
import { changePassword, login, me, updatePreferences } from "./auth-service.js";

const tags = ["auth"];

export function authRoutes(deps: HttpDeps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const policy = { idleMinutes: deps.config.sessionIdleMinutes, maxHours: deps.config.sessionMaxHours };

    r.post(
      "/auth/login",
      {
        schema: {
          tags,
          summary: "Sign in with username and password",
          body: api.loginInput,
          response: { 200: api.me },
        },
      },
      async (req, reply) => {
        const now = deps.now();
        const result = await login(
          { db: deps.db, now, policy, locale: req.locale, ip: req.ip },
          req.body.username,
          req.body.password,
        );
        reply.setCookie(SESSION_COOKIE, result.token, {
          ...cookieOptions(deps.config, true),
          maxAge: deps.config.sessionMaxHours * 3600,
        });
        setCsrfCookie(reply, deps.config);
        req.actor = result.actor;
        return me(contextOf(req, deps));
      },
    );

    r.post(
      "/auth/logout",
      { schema: { tags, summary: "Sign out", response: { 204: z.null() } } },
      async (req, reply) => {
        const token = req.cookies[SESSION_COOKIE];
        if (token) await deleteSession(deps.db, token);
        reply.clearCookie(SESSION_COOKIE, { path: "/" });
        reply.clearCookie(CSRF_COOKIE, { path: "/" });
        return reply.status(204).send(null);
      },
    );

    r.get("/auth/me", { schema: { tags, summary: "The signed-in user", response: { 200: api.me } } }, async (req) =>
      me(contextOf(req, deps)),
    );

    r.post(
      "/auth/password",
      { schema: { tags, summary: "Change my password", body: api.passwordChange, response: { 204: z.null() } } },
      async (req, reply) => {
        const ctx = contextOf(req, deps);
        await changePassword(ctx, req.body, hashToken(req.cookies[SESSION_COOKIE] ?? ""));
        return reply.status(204).send(null);
      },
    );

    r.patch(
      "/auth/preferences",
      {
        schema: {
          tags,
          summary: "Set my language and money unit",
          body: api.preferencesInput,
          response: { 200: api.me },
        },
      },
      async (req) => updatePreferences(contextOf(req, deps), req.body),
    );
  };
}
