/** buildApp: the Fastify application with the platform pipeline, the API docs, every module and the web app. */
import { existsSync } from "node:fs";
import fastifyCookie from "@fastify/cookie";
import fastifyStatic from "@fastify/static";
import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyInstance } from "fastify";
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import type { Config } from "./config.js";
import type { Database } from "./db/client.js";
import { migrationsCurrent } from "./db/migrate.js";
import { chainRoutes } from "./modules/enterprises/chain-routes.js";
import { excelRoutes } from "./modules/enterprises/excel-routes.js";
import { registryRoutes } from "./modules/enterprises/registry-routes.js";
import { investmentExcelRoutes } from "./modules/investment/excel-routes.js";
import { investmentLeadRoutes } from "./modules/investment/lead-routes.js";
import { investmentWorkRoutes } from "./modules/investment/work-routes.js";
import { accessRoutes } from "./modules/platform/access-routes.js";
import { auditRoutes } from "./modules/platform/audit-routes.js";
import { authRoutes } from "./modules/platform/auth-routes.js";
import { directoryRoutes } from "./modules/platform/directory-routes.js";
import { attachmentRoutes } from "./modules/projects/attachment-routes.js";
import { bulletinRoutes } from "./modules/projects/bulletins-routes.js";
import { projectExcelRoutes } from "./modules/projects/excel-routes.js";
import { rankingRoutes } from "./modules/projects/ranking-routes.js";
import { projectRoutes } from "./modules/projects/routes.js";
import { projectSettingsRoutes } from "./modules/projects/settings-routes.js";
import { supervisionRoutes } from "./modules/projects/supervision-routes.js";
import { workRoutes } from "./modules/projects/work-routes.js";
import { statisticsRoutes } from "./modules/statistics/routes.js";
import { type HttpDeps, registerPipeline } from "./platform/http.js";

export interface AppDeps {
  database: Database;
  config: Config;
  now?: () => Date;
  logger?: boolean;
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.logger ? { level: deps.config.logLevel } : false,
    trustProxy: true,
    bodyLimit: 2 * 1024 * 1024,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  await app.register(fastifyCookie);

  const serveSpa = existsSync(`${deps.config.webDist}/index.html`);
  const http: HttpDeps = { db: deps.database.db, config: deps.config, now: deps.now ?? (() => new Date()), serveSpa };
  registerPipeline(app, http);

  await app.register(fastifySwagger, {
    openapi: {
      info: { title: "ZoneOS API", description: "开发区综合管理服务平台 API", version: "1.0.0" },
      components: {
        securitySchemes: {
          session: { type: "apiKey", in: "cookie", name: "zoneos_session" },
          bearer: { type: "http", scheme: "bearer" },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: "/api/docs" });
  app.get("/api/openapi.json", { schema: { hide: true } }, async () => app.swagger());

  app.get("/api/health", { schema: { hide: true } }, async () => ({ status: "ok" }));
  app.get("/api/ready", { schema: { hide: true } }, async (_req, reply) => {
    const current = await migrationsCurrent(deps.database).catch(() => false);
    return reply.status(current ? 200 : 503).send({ status: current ? "ready" : "not ready", migrations: current });
  });

  await app.register(
    async (v1) => {
      await v1.register(authRoutes(http));
      await v1.register(directoryRoutes(http));
      await v1.register(accessRoutes(http));
      await v1.register(auditRoutes(http));
      await v1.register(registryRoutes(http));
      await v1.register(chainRoutes(http));
      await v1.register(excelRoutes(http));
      await v1.register(projectSettingsRoutes(http));
      await v1.register(projectRoutes(http));
      await v1.register(workRoutes(http));
      await v1.register(projectExcelRoutes(http));
      await v1.register(attachmentRoutes(http));
      await v1.register(supervisionRoutes(http));
      await v1.register(bulletinRoutes(http));
      await v1.register(rankingRoutes(http));
      await v1.register(investmentLeadRoutes(http));
      await v1.register(investmentWorkRoutes(http));
      await v1.register(investmentExcelRoutes(http));
      await v1.register(statisticsRoutes(http));
    },
    { prefix: "/api/v1" },
  );

  if (serveSpa) {
    await app.register(fastifyStatic, {
      root: deps.config.webDist,
      wildcard: false,
      preCompressed: true,
      maxAge: "1h",
      // Vite names assets by content hash: they never change, so browsers may keep them for a year.
      setHeaders: (reply, filePath) => {
        if (/[\\/]assets[\\/]/.test(filePath)) reply.header("cache-control", "public, max-age=31536000, immutable");
      },
    });
  }
  return app;
}
