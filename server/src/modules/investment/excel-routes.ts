/** Excel endpoints of investment attraction: list exports, and the lead template and import. */
import fastifyMultipart from "@fastify/multipart";
import * as api from "@zoneos/core/investment-api";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { AppError } from "../../platform/errors.js";
import { contextOf, type HttpDeps } from "../../platform/http.js";
import { uploadedFile } from "../../platform/upload.js";
import { attachmentHeader, refuseRows, XLSX_MIME } from "../../platform/workbook.js";
import { exportActivities, exportContracts, exportLeads } from "./excel-export.js";
import { importLeads, leadTemplate } from "./excel-import.js";

const MAX_WORKBOOK_BYTES = 10 * 1024 * 1024;
const tags = ["investment"];

export function investmentExcelRoutes(deps: HttpDeps) {
  return async (app: FastifyInstance) => {
    await app.register(fastifyMultipart, { limits: { fileSize: MAX_WORKBOOK_BYTES, files: 1, fields: 5 } });
    const r = app.withTypeProvider<ZodTypeProvider>();
    const ctx = (req: FastifyRequest) => contextOf(req, deps);
    const send = (reply: FastifyReply, req: FastifyRequest, name: Record<"zh-CN" | "en-US", string>, file: Buffer) =>
      reply.type(XLSX_MIME).header("content-disposition", attachmentHeader(name[req.locale])).send(file);

    r.get(
      "/investment/leads/export",
      {
        schema: {
          tags,
          summary: "Leads of the filters (.xlsx)",
          querystring: api.leadQuery.omit({ page: true, pageSize: true }),
        },
      },
      async (req, reply) =>
        send(reply, req, { "zh-CN": "招商线索.xlsx", "en-US": "leads.xlsx" }, await exportLeads(ctx(req), req.query)),
    );
    r.get(
      "/investment/activities/export",
      {
        schema: {
          tags,
          summary: "Activities of the filters (.xlsx)",
          querystring: api.activityQuery.omit({ page: true, pageSize: true }),
        },
      },
      async (req, reply) =>
        send(
          reply,
          req,
          { "zh-CN": "招商活动.xlsx", "en-US": "activities.xlsx" },
          await exportActivities(ctx(req), req.query),
        ),
    );
    r.get(
      "/investment/contracts/export",
      {
        schema: {
          tags,
          summary: "Contracts of the filters with their fulfilment (.xlsx)",
          querystring: api.contractQuery.omit({ page: true, pageSize: true }),
        },
      },
      async (req, reply) =>
        send(
          reply,
          req,
          { "zh-CN": "签约合同与履约.xlsx", "en-US": "contracts.xlsx" },
          await exportContracts(ctx(req), req.query),
        ),
    );
    r.get(
      "/investment/leads/template",
      { schema: { tags, summary: "The lead import template (.xlsx)" } },
      async (req, reply) =>
        send(
          reply,
          req,
          { "zh-CN": "招商线索导入模板.xlsx", "en-US": "lead-template.xlsx" },
          await leadTemplate(req.locale),
        ),
    );
    r.post(
      "/investment/leads/import",
      {
        schema: {
          tags,
          summary: "Import leads from the template (multipart: file); all rows or none, 撞单 rows refused",
          querystring: z.object({ zoneId: z.uuid() }),
          consumes: ["multipart/form-data"],
        },
      },
      async (req, reply) => {
        const context = ctx(req);
        const { file } = await uploadedFile(req, MAX_WORKBOOK_BYTES);
        if (file.mime !== XLSX_MIME && !file.name.toLowerCase().endsWith(".xlsx"))
          throw new AppError(415, "badWorkbook");
        const result = await importLeads(context, req.query.zoneId, file.data);
        if ("errors" in result) return refuseRows(reply, req.locale, result.errors);
        return result;
      },
    );
  };
}
