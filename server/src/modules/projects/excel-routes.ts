/** Excel endpoints of the key projects: the monthly-investment template and import, and the 三张清单 exports. */
import fastifyMultipart from "@fastify/multipart";
import * as api from "@zoneos/core/project-api";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { AppError } from "../../platform/errors.js";
import { contextOf, type HttpDeps } from "../../platform/http.js";
import { uploadedFile } from "../../platform/upload.js";
import { attachmentHeader, refuseRows, XLSX_MIME } from "../../platform/workbook.js";
import { importInvestments, investmentTemplate } from "./investment-excel.js";
import { exportProblemList, exportResponsibilityList, exportTaskList } from "./lists-excel.js";

const MAX_WORKBOOK_BYTES = 20 * 1024 * 1024;

const projectFilters = api.projectQuery.omit({ page: true, pageSize: true });
const problemFilters = api.problemQuery.omit({ page: true, pageSize: true, order: true });

export function projectExcelRoutes(deps: HttpDeps) {
  return async (app: FastifyInstance) => {
    await app.register(fastifyMultipart, { limits: { fileSize: MAX_WORKBOOK_BYTES, files: 1, fields: 5 } });
    const r = app.withTypeProvider<ZodTypeProvider>();
    const ctx = (req: FastifyRequest) => contextOf(req, deps);
    const tags = ["projects"];
    const xlsx = (name: Record<"zh-CN" | "en-US", string>, req: FastifyRequest) => attachmentHeader(name[req.locale]);

    r.get(
      "/projects/investments/template",
      {
        schema: {
          tags,
          summary: "The month's investment template: the zone's projects under way with plan and year to date",
          querystring: api.investmentTemplateQuery,
        },
      },
      async (req, reply) => {
        const { file, name } = await investmentTemplate(ctx(req), req.query.zoneId, req.query.month);
        return reply.type(XLSX_MIME).header("content-disposition", attachmentHeader(name)).send(file);
      },
    );

    r.post(
      "/projects/investments/import",
      {
        schema: {
          tags,
          summary: "Import monthly investment from the filled template (multipart: file); all rows or none",
          querystring: api.investmentImportQuery,
          consumes: ["multipart/form-data"],
        },
      },
      async (req, reply) => {
        const context = ctx(req);
        const { file } = await uploadedFile(req, MAX_WORKBOOK_BYTES);
        if (file.mime !== XLSX_MIME && !file.name.toLowerCase().endsWith(".xlsx"))
          throw new AppError(415, "badWorkbook");
        const result = await importInvestments(context, req.query.zoneId, file.data);
        if ("errors" in result) return refuseRows(reply, req.locale, result.errors);
        return result;
      },
    );

    r.get(
      "/projects/milestones/export",
      {
        schema: { tags, summary: "任务清单: milestones of the filtered projects (.xlsx)", querystring: projectFilters },
      },
      async (req, reply) =>
        reply
          .type(XLSX_MIME)
          .header("content-disposition", xlsx({ "zh-CN": "任务清单.xlsx", "en-US": "task-list.xlsx" }, req))
          .send(await exportTaskList(ctx(req), req.query)),
    );

    r.get(
      "/projects/responsibilities/export",
      {
        schema: {
          tags,
          summary: "责任清单: the 六个一 of the filtered projects (.xlsx)",
          querystring: projectFilters,
        },
      },
      async (req, reply) =>
        reply
          .type(XLSX_MIME)
          .header("content-disposition", xlsx({ "zh-CN": "责任清单.xlsx", "en-US": "responsibility-list.xlsx" }, req))
          .send(await exportResponsibilityList(ctx(req), req.query)),
    );

    r.get(
      "/problems/export",
      {
        schema: { tags: ["problems"], summary: "问题清单 for the list's filters (.xlsx)", querystring: problemFilters },
      },
      async (req, reply) =>
        reply
          .type(XLSX_MIME)
          .header("content-disposition", xlsx({ "zh-CN": "问题清单.xlsx", "en-US": "problem-list.xlsx" }, req))
          .send(await exportProblemList(ctx(req), req.query)),
    );
  };
}
