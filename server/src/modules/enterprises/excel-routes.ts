/** Excel endpoints of the registry: template, import (all-or-nothing with row errors) and export of any filter. */
import { enterpriseQuery } from "@zoneos/core/enterprise-api";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { problem } from "../../platform/errors.js";
import { contextOf, type HttpDeps } from "../../platform/http.js";
import { message } from "../../platform/messages.js";
import { exportEnterprises, importEnterprises, importTemplate } from "./excel.js";

export const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

function attachment(name: string) {
  return `attachment; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export function excelRoutes(deps: HttpDeps) {
  return async (app: FastifyInstance) => {
    app.addContentTypeParser(XLSX, { parseAs: "buffer", bodyLimit: 20 * 1024 * 1024 }, (_req, body, done) =>
      done(null, body),
    );
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ["enterprises"];

    r.get(
      "/enterprises/import-template.xlsx",
      { schema: { tags, summary: "The import template" } },
      async (req, reply) => {
        contextOf(req, deps);
        const file = await importTemplate(req.locale);
        return reply.type(XLSX).header("content-disposition", attachment("企业导入模板.xlsx")).send(file);
      },
    );

    r.get(
      "/enterprises/export.xlsx",
      { schema: { tags, summary: "Export the filtered list", querystring: enterpriseQuery } },
      async (req, reply) => {
        const file = await exportEnterprises(contextOf(req, deps), req.query);
        return reply.type(XLSX).header("content-disposition", attachment("企业名录.xlsx")).send(file);
      },
    );

    r.post(
      "/enterprises/import",
      {
        schema: {
          tags,
          summary: "Import an .xlsx of enterprises (all-or-nothing; updates matched by credit code)",
          querystring: z.object({ zoneId: z.uuid() }),
          consumes: [XLSX],
        },
      },
      async (req, reply) => {
        const ctx = contextOf(req, deps);
        const body = req.body;
        if (!Buffer.isBuffer(body)) {
          return reply
            .status(415)
            .type("application/problem+json")
            .send(problem(415, "badWorkbook", message("badWorkbook", req.locale), undefined, req.locale));
        }
        const result = await importEnterprises(ctx, req.query.zoneId, body);
        if (result.errors.length === 0) return result;
        const errors = result.errors.map((e) => ({
          field: `${e.sheet}!${e.column.charAt(0)}${e.row}`,
          message:
            req.locale === "zh-CN"
              ? `${e.sheet} 第${e.row}行 ${e.column}：${e.message}`
              : `${e.sheet} row ${e.row}, column ${e.column}: ${e.message}`,
        }));
        return reply
          .status(400)
          .type("application/problem+json")
          .send({
            ...problem(
              400,
              "importRefused",
              message("importRefused", req.locale, { n: String(result.errors.length) }),
              errors,
            ),
            rows: result.errors,
          });
      },
    );
  };
}
