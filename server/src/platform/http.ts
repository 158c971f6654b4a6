/**
 * The request pipeline shared by every route: identity (session cookie or bearer token), CSRF
 * double-submit for cookie-authenticated mutations, the caller's language, and problem+json errors.
 */
import type { Locale } from "@zoneos/core/format";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Config } from "../config.js";
import type { Db } from "../db/client.js";
import type { Actor, ServiceContext } from "./context.js";
import { AppError, problem, renderAppError } from "./errors.js";
import { loadTokenActor, loadUserActor, newToken, resolveSession } from "./identity.js";
import { localeFrom, message } from "./messages.js";
import { fieldErrors } from "./validation.js";

export const SESSION_COOKIE = "zoneos_session";
export const CSRF_COOKIE = "zoneos_csrf";
const MUTATIONS = new Set(["POST", "PUT", "PATCH", "DELETE"]);
/** Mutations allowed without a session, hence without the CSRF pair. */
const CSRF_EXEMPT = new Set(["/api/v1/auth/login"]);

declare module "fastify" {
  interface FastifyRequest {
    actor: Actor | null;
    locale: Locale;
    sessionExpired: boolean;
  }
}

export interface HttpDeps {
  db: Db;
  config: Config;
  now: () => Date;
  serveSpa?: boolean;
}

export function cookieOptions(config: Config, httpOnly: boolean) {
  return { path: "/", httpOnly, sameSite: "lax" as const, secure: config.secureCookies };
}

export function setCsrfCookie(reply: FastifyReply, config: Config): void {
  reply.setCookie(CSRF_COOKIE, newToken(), cookieOptions(config, false));
}

export function registerPipeline(app: FastifyInstance, deps: HttpDeps): void {
  app.decorateRequest("actor", null);
  app.decorateRequest("locale", "zh-CN");
  app.decorateRequest("sessionExpired", false);

  app.addHook("onRequest", async (req, reply) => {
    req.locale = localeFrom(req.headers["accept-language"]);
    if (!req.url.startsWith("/api/")) return;
    const now = deps.now();
    const auth = req.headers.authorization;
    if (auth?.startsWith("Bearer ")) {
      req.actor = await loadTokenActor(deps.db, auth.slice(7).trim(), now);
      if (!req.actor) throw new AppError(401, "unauthenticated");
      return;
    }
    const token = req.cookies[SESSION_COOKIE];
    if (token) {
      const session = await resolveSession(deps.db, token, now, {
        idleMinutes: deps.config.sessionIdleMinutes,
        maxHours: deps.config.sessionMaxHours,
      });
      if (session === "expired") {
        req.sessionExpired = true;
        reply.clearCookie(SESSION_COOKIE, { path: "/" });
      } else if (session) {
        req.actor = await loadUserActor(deps.db, session);
        if (req.actor && !req.cookies[CSRF_COOKIE]) setCsrfCookie(reply, deps.config);
      }
    }
    const path = req.url.split("?")[0] ?? "";
    if (req.actor && MUTATIONS.has(req.method) && !CSRF_EXEMPT.has(path)) {
      const header = req.headers["x-csrf-token"];
      const cookie = req.cookies[CSRF_COOKIE];
      if (!cookie || header !== cookie) throw new AppError(403, "csrf");
    }
  });

  app.setErrorHandler((error, req, reply) => {
    const locale = req.locale ?? "zh-CN";
    if (error instanceof AppError) {
      const body = renderAppError(error, locale);
      return reply.status(error.status).type("application/problem+json").send(body);
    }
    // Bodies parsed outside the route schema (multipart forms) fail the same way as schema-validated ones.
    if (error instanceof z.ZodError) {
      const items = error.issues.map((i) => ({
        keyword: i.code,
        instancePath: `/${i.path.join("/")}`,
        message: i.message,
        params: i as unknown as Record<string, unknown>,
      }));
      const body = problem(
        400,
        "validation",
        message("validation", locale),
        fieldErrors(items, req.body, locale),
        locale,
      );
      return reply.status(400).type("application/problem+json").send(body);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const source = error.validationContext ? req[error.validationContext as "body"] : req.body;
      const errors = fieldErrors(error.validation as never, source, locale);
      const body = problem(400, "validation", message("validation", locale), errors, locale);
      return reply.status(400).type("application/problem+json").send(body);
    }
    const status = (error as { statusCode?: number }).statusCode ?? 500;
    if (status >= 500) req.log.error(error);
    const code = status === 404 ? "notFound" : status === 429 ? "tooMany" : status < 500 ? "validation" : "internal";
    const detail = status < 500 && code === "validation" ? (error as Error).message : message(code, locale);
    return reply
      .status(status)
      .type("application/problem+json")
      .send(problem(status, code, detail, undefined, locale));
  });

  app.setNotFoundHandler((req, reply) => {
    // The web app routes on the client: any other GET page gets its index.html.
    if (deps.serveSpa && req.method === "GET" && !req.url.startsWith("/api/")) return reply.sendFile("index.html");
    const locale = req.locale ?? "zh-CN";
    reply
      .status(404)
      .type("application/problem+json")
      .send(problem(404, "notFound", message("notFound", locale), undefined, locale));
  });
}

/** The service context of an authenticated request; 401 when nobody is signed in. */
export function contextOf(req: FastifyRequest, deps: HttpDeps): ServiceContext {
  if (!req.actor) throw new AppError(401, req.sessionExpired ? "sessionExpired" : "unauthenticated");
  return { db: deps.db, actor: req.actor, now: deps.now(), locale: req.locale, ip: req.ip };
}
