/** /api/v1/statistics: monthly reports, the reporting cycle, indicators, cockpit, drill-down and comparison. */
import * as api from "@zoneos/core/statistics-api";
import { INDICATORS } from "@zoneos/core/statistics-indicators";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { AppError } from "../../platform/errors.js";
import { contextOf, type HttpDeps } from "../../platform/http.js";
import { cockpit } from "./cockpit-service.js";
import { comparison } from "./comparison-service.js";
import { drill } from "./drill-service.js";
import { getImportJob, startImport } from "./import-service.js";
import { indicatorValuesOf, saveIndicatorValue, saveTarget } from "./indicators-service.js";
import { freezeMonth, getSettings, remindMissing, reportingStatusOf, saveSettings } from "./periods-service.js";
import {
  approveAll,
  checkReport,
  correctReport,
  getReport,
  listReports,
  listRevisions,
  reportForm,
  reviewReport,
  saveReport,
} from "./reports-service.js";
import { standardTables } from "./standard-tables.js";
import { reportTemplate } from "./template-service.js";

const byId = z.object({ id: z.uuid() });
const byZone = z.object({ zoneId: z.uuid() });

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const attachment = (name: string) => `attachment; filename*=UTF-8''${encodeURIComponent(name)}`;

export function statisticsRoutes(deps: HttpDeps) {
  return async (app: FastifyInstance) => {
    app.addContentTypeParser(XLSX, { parseAs: "buffer", bodyLimit: 64 * 1024 * 1024 }, (_req, body, done) =>
      done(null, body),
    );
    const r = app.withTypeProvider<ZodTypeProvider>();
    const ctx = (req: Parameters<typeof contextOf>[0]) => contextOf(req, deps);
    const tags = ["statistics"];
    const p = "/statistics";

    r.get(
      `${p}/indicators`,
      { schema: { tags, summary: "The indicator catalogue", response: { 200: api.indicatorList } } },
      async (req) => {
        ctx(req);
        return { items: [...INDICATORS] };
      },
    );

    r.get(
      `${p}/reports`,
      { schema: { tags, summary: "Monthly reports", querystring: api.reportQuery, response: { 200: api.reportPage } } },
      async (req) => listReports(ctx(req), req.query),
    );
    r.get(
      `${p}/reports/form`,
      {
        schema: {
          tags,
          summary: "The report form's facts: the enterprise, its report and last values",
          querystring: api.reportFormQuery,
          response: { 200: api.reportForm },
        },
      },
      async (req) => reportForm(ctx(req), req.query),
    );
    r.post(
      `${p}/reports/check`,
      {
        schema: {
          tags,
          summary: "Run the checks on figures without saving",
          body: api.checkInput,
          response: { 200: api.checkResponse },
        },
      },
      async (req) => checkReport(ctx(req), req.body),
    );
    r.post(
      `${p}/reports`,
      {
        schema: {
          tags,
          summary: "Save a draft or submit a monthly report",
          body: api.reportInput,
          response: { 200: api.report },
        },
      },
      async (req) => saveReport(ctx(req), req.body),
    );
    r.get(
      `${p}/reports/:id`,
      { schema: { tags, summary: "One report", params: byId, response: { 200: api.report } } },
      async (req) => getReport(ctx(req), req.params.id),
    );
    r.post(
      `${p}/reports/:id/review`,
      {
        schema: {
          tags,
          summary: "Approve or return",
          params: byId,
          body: api.reviewInput,
          response: { 200: api.report },
        },
      },
      async (req) => reviewReport(ctx(req), req.params.id, req.body),
    );
    r.post(
      `${p}/reports/approve-all`,
      {
        schema: {
          tags,
          summary: "Approve every submitted report of a zone-month",
          body: api.bulkReviewInput,
          response: { 200: api.bulkReviewResult },
        },
      },
      async (req) => approveAll(ctx(req), req.body.zoneId, req.body.month),
    );
    r.post(
      `${p}/reports/:id/corrections`,
      {
        schema: {
          tags,
          summary: "Correct a counted report (a new revision with its reason)",
          params: byId,
          body: api.correctionInput,
          response: { 200: api.report },
        },
      },
      async (req) => correctReport(ctx(req), req.params.id, req.body),
    );
    r.get(
      `${p}/reports/:id/revisions`,
      { schema: { tags, summary: "Revision history", params: byId, response: { 200: api.revisionList } } },
      async (req) => listRevisions(ctx(req), req.params.id),
    );

    r.get(
      `${p}/status`,
      {
        schema: {
          tags,
          summary: "未报 / 迟报 of a zone-month",
          querystring: api.statusQuery,
          response: { 200: api.reportingStatus },
        },
      },
      async (req) => reportingStatusOf(ctx(req), req.query.zoneId, req.query.month),
    );
    r.post(
      `${p}/freeze`,
      {
        schema: { tags, summary: "Freeze a zone-month", body: api.freezeInput, response: { 200: api.reportingStatus } },
      },
      async (req) => freezeMonth(ctx(req), req.body.zoneId, req.body.month),
    );
    r.post(
      `${p}/reminders`,
      {
        schema: {
          tags,
          summary: "Remind the 未报 enterprises",
          body: api.remindInput,
          response: { 200: api.remindResult },
        },
      },
      async (req) => remindMissing(ctx(req), req.body.zoneId, req.body.month),
    );
    r.get(
      `${p}/settings`,
      {
        schema: { tags, summary: "Deadline and check settings", querystring: byZone, response: { 200: api.settings } },
      },
      async (req) => getSettings(ctx(req), req.query.zoneId),
    );
    r.put(
      `${p}/settings`,
      {
        schema: {
          tags,
          summary: "Change the deadline and check settings",
          querystring: byZone,
          body: api.settingsInput,
          response: { 200: api.settings },
        },
      },
      async (req) => saveSettings(ctx(req), req.query.zoneId, req.body),
    );

    r.get(
      `${p}/template.xlsx`,
      { schema: { tags, summary: "The zone-month's prefilled report workbook", querystring: api.templateQuery } },
      async (req, reply) => {
        const file = await reportTemplate(ctx(req), req.query.zoneId, req.query.month);
        return reply
          .type(XLSX)
          .header("content-disposition", attachment(`月报-${req.query.month}.xlsx`))
          .send(file);
      },
    );
    r.get(
      `${p}/tables.xlsx`,
      {
        schema: {
          tags,
          summary: "规上工业企业主要经济指标表 (by enterprise, industry and zone)",
          querystring: api.standardTableQuery,
        },
      },
      async (req, reply) => {
        const file = await standardTables(ctx(req), req.query.zoneId, req.query.month);
        return reply
          .type(XLSX)
          .header("content-disposition", attachment(`规上工业企业主要经济指标表-${req.query.month}.xlsx`))
          .send(file);
      },
    );
    r.post(
      `${p}/imports`,
      {
        schema: {
          tags,
          summary: "Import a report workbook (all-or-nothing); 202 with the job while it runs",
          querystring: api.importQuery,
          consumes: [XLSX],
        },
      },
      async (req, reply) => {
        const context = ctx(req);
        if (!Buffer.isBuffer(req.body)) throw new AppError(415, "badWorkbook");
        const { job, finished } = await startImport(
          context,
          req.query.zoneId,
          req.query.month,
          req.body,
          req.query.wait,
        );
        return reply.status(finished ? (job.status === "succeeded" ? 200 : 400) : 202).send(job);
      },
    );
    r.get(
      `${p}/imports/:id`,
      { schema: { tags, summary: "An import job's progress", params: byId, response: { 200: api.importJob } } },
      async (req) => getImportJob(ctx(req), req.params.id),
    );

    r.get(
      `${p}/indicator-values`,
      {
        schema: {
          tags,
          summary: "A zone's year: entered and computed indicator values and targets",
          querystring: api.indicatorValuesQuery,
          response: { 200: api.indicatorValues },
        },
      },
      async (req) => indicatorValuesOf(ctx(req), req.query.zoneId, req.query.year),
    );
    r.put(
      `${p}/indicator-values`,
      {
        schema: {
          tags,
          summary: "Enter an indicator's value",
          body: api.indicatorValueInput,
          response: { 200: api.indicatorValue },
        },
      },
      async (req) => saveIndicatorValue(ctx(req), req.body),
    );
    r.put(
      `${p}/targets`,
      {
        schema: {
          tags,
          summary: "Set an annual target",
          body: api.targetInput,
          response: { 200: z.object({ indicatorId: z.string(), value: z.string(), version: z.number().int() }) },
        },
      },
      async (req) => saveTarget(ctx(req), req.body),
    );

    r.get(
      `${p}/cockpit`,
      { schema: { tags, summary: "领导驾驶舱", querystring: api.cockpitQuery, response: { 200: api.cockpit } } },
      async (req) => cockpit(ctx(req), req.query),
    );
    r.get(
      `${p}/drill`,
      {
        schema: {
          tags,
          summary: "The enterprise rows behind a figure",
          querystring: api.drillQuery,
          response: { 200: api.drillPage },
        },
      },
      async (req) => drill(ctx(req), req.query),
    );
    r.get(
      `${p}/comparison`,
      {
        schema: {
          tags,
          summary: "A region's zones side by side",
          querystring: api.comparisonQuery,
          response: { 200: api.comparison },
        },
      },
      async (req) => comparison(ctx(req), req.query),
    );
  };
}
