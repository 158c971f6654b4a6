/**
 * 三张清单 as Excel: the task list (every milestone with its planned and actual dates and standing), the
 * responsibility list ("六个一" per project) and the problem list, each for the filters the pages show and
 * only what the reader may see.
 */
import type { Locale } from "@zoneos/core/format";
import type { problemQuery, projectQuery } from "@zoneos/core/project-api";
import {
  CATEGORY_LABELS,
  MEMBER_ROLE_LABELS,
  MILESTONE_STATE_LABELS,
  PROBLEM_CATEGORY_LABELS,
  PROBLEM_STATUS_LABELS,
  STAGE_LABELS,
  TIER_LABELS,
} from "@zoneos/core/project-labels";
import { daysFrom, milestoneState } from "@zoneos/core/project-milestones";
import { asc, eq, inArray } from "drizzle-orm";
import type { z } from "zod";
import type { ServiceContext } from "../../platform/context.js";
import { addSheet, newWorkbook, type SheetColumn, toBuffer, wanCell } from "../../platform/workbook.js";
import { users } from "../platform/tables.js";
import { problemExportRows } from "./problems-service.js";
import { listProjects } from "./projects-service.js";
import { members, milestones } from "./tables.js";

/** Enough for the largest zone's whole library; the export stops there rather than run unbounded. */
export const EXPORT_LIMIT = 5000;
const PAGE = 200;

type ProjectFilters = Omit<z.infer<typeof projectQuery>, "page" | "pageSize">;
type ProblemFilters = Omit<z.infer<typeof problemQuery>, "page" | "pageSize" | "order">;

interface Column {
  key: string;
  zh: string;
  en: string;
  width: number;
  numFmt?: string;
}

const label = (labels: Record<string, Record<Locale, string>>, code: string | null, locale: Locale) =>
  code ? (labels[code]?.[locale] ?? code) : "";
const RED = { color: { argb: "FFCF1322" } };

function sheet(ctx: ServiceContext, name: Record<Locale, string>, columns: Column[]) {
  const L = ctx.locale;
  const withZone: Column[] = ctx.actor.zoneId
    ? columns
    : [{ key: "zone", zh: "园区", en: "Zone", width: 16 }, ...columns];
  const wb = newWorkbook();
  const cols: SheetColumn[] = withZone.map((c) => ({
    key: c.key,
    header: L === "zh-CN" ? c.zh : c.en,
    width: c.width,
    numFmt: c.numFmt,
  }));
  return { wb, ws: addSheet(wb, name[L], cols) };
}

/** Every project the list page would show for these filters, page by page, up to the limit. */
async function allProjects(ctx: ServiceContext, filters: ProjectFilters) {
  const out: Awaited<ReturnType<typeof listProjects>>["items"] = [];
  for (let page = 1; out.length < EXPORT_LIMIT; page++) {
    const result = await listProjects(ctx, { ...filters, page, pageSize: PAGE });
    out.push(...result.items);
    if (result.items.length < PAGE || out.length >= result.total) break;
  }
  return out.slice(0, EXPORT_LIMIT);
}

export async function exportTaskList(ctx: ServiceContext, filters: ProjectFilters) {
  const L = ctx.locale;
  const projects = await allProjects(ctx, filters);
  const rows = projects.length
    ? await ctx.db
        .select()
        .from(milestones)
        .where(
          inArray(
            milestones.projectId,
            projects.map((p) => p.id),
          ),
        )
        .orderBy(asc(milestones.sort), asc(milestones.plannedOn))
    : [];
  const today = ctx.now.toISOString().slice(0, 10);
  const { wb, ws } = sheet(ctx, { "zh-CN": "任务清单", "en-US": "Task list" }, [
    { key: "code", zh: "项目编号", en: "Project code", width: 16 },
    { key: "name", zh: "项目名称", en: "Project", width: 34 },
    { key: "unit", zh: "牵头单位", en: "Lead unit", width: 18 },
    { key: "stage", zh: "所处阶段", en: "Stage", width: 10 },
    { key: "milestone", zh: "节点名称", en: "Milestone", width: 16 },
    { key: "plannedOn", zh: "计划完成日期", en: "Planned", width: 13 },
    { key: "actualOn", zh: "实际完成日期", en: "Done on", width: 13 },
    { key: "state", zh: "完成状态", en: "Standing", width: 11 },
    { key: "days", zh: "逾期天数", en: "Days late", width: 10 },
  ]);
  for (const p of projects)
    for (const m of rows.filter((r) => r.projectId === p.id)) {
      const state = milestoneState(m, today);
      const days =
        state === "overdue"
          ? daysFrom(m.plannedOn ?? today, today)
          : state === "late"
            ? daysFrom(m.plannedOn ?? "", m.actualOn ?? "")
            : null;
      ws.addRow({
        zone: p.zoneName,
        code: p.code,
        name: p.name,
        unit: p.leadUnitName ?? "",
        stage: label(STAGE_LABELS, p.stage, L),
        milestone: m.name,
        plannedOn: m.plannedOn ?? "",
        actualOn: m.actualOn ?? "",
        state: MILESTONE_STATE_LABELS[state][L],
        days,
      });
      const cell = ws.lastRow?.getCell("state");
      if (cell && state === "overdue") cell.font = RED;
    }
  return toBuffer(wb);
}

export async function exportResponsibilityList(ctx: ServiceContext, filters: ProjectFilters) {
  const L = ctx.locale;
  const projects = await allProjects(ctx, filters);
  const people = projects.length
    ? await ctx.db
        .select({ projectId: members.projectId, role: members.role, name: users.name })
        .from(members)
        .innerJoin(users, eq(users.id, members.userId))
        .where(
          inArray(
            members.projectId,
            projects.map((p) => p.id),
          ),
        )
        .orderBy(asc(users.name))
    : [];
  const named = (projectId: string, role: string) =>
    people
      .filter((m) => m.projectId === projectId && m.role === role)
      .map((m) => m.name)
      .join("、");
  const { wb, ws } = sheet(ctx, { "zh-CN": "责任清单", "en-US": "Responsibility list" }, [
    { key: "code", zh: "项目编号", en: "Project code", width: 16 },
    { key: "name", zh: "项目名称", en: "Project", width: 34 },
    { key: "tier", zh: "项目规模", en: "Tier", width: 10 },
    { key: "category", zh: "项目类别", en: "Category", width: 10 },
    { key: "stage", zh: "所处阶段", en: "Stage", width: 10 },
    { key: "total", zh: "总投资（万元）", en: "Total (10k yuan)", width: 14, numFmt: "#,##0.00" },
    { key: "leader", zh: "区级领导", en: "Zone leader", width: 12 },
    { key: "unit", zh: "牵头单位", en: "Lead unit", width: 18 },
    { key: "team", zh: "工作班子", en: "Working team", width: 30 },
    ...(["sponsor", "secretary", "liaison"] as const).map((role) => ({
      key: role,
      zh: MEMBER_ROLE_LABELS[role]?.["zh-CN"] ?? role,
      en: MEMBER_ROLE_LABELS[role]?.["en-US"] ?? role,
      width: 12,
    })),
    { key: "plan", zh: "服务方案", en: "Service plan", width: 40 },
  ]);
  for (const p of projects) {
    ws.addRow({
      zone: p.zoneName,
      code: p.code,
      name: p.name,
      tier: label(TIER_LABELS, p.tier, L),
      category: label(CATEGORY_LABELS, p.category, L),
      stage: label(STAGE_LABELS, p.stage, L),
      total: wanCell(p.totalInvestmentYuan),
      leader: p.leaderName ?? "",
      unit: p.leadUnitName ?? "",
      team: p.team ?? "",
      sponsor: named(p.id, "sponsor"),
      secretary: named(p.id, "secretary"),
      liaison: named(p.id, "liaison"),
      plan: p.servicePlan ?? "",
    });
    ws.lastRow?.eachCell((cell) => {
      cell.alignment = { vertical: "top", wrapText: true };
    });
  }
  return toBuffer(wb);
}

export async function exportProblemList(ctx: ServiceContext, filters: ProblemFilters) {
  const L = ctx.locale;
  const rows = await problemExportRows(ctx, filters, EXPORT_LIMIT);
  const today = ctx.now.toISOString().slice(0, 10);
  const yes = L === "zh-CN" ? "是" : "Yes";
  const { wb, ws } = sheet(ctx, { "zh-CN": "问题清单", "en-US": "Problem list" }, [
    { key: "code", zh: "项目编号", en: "Project code", width: 16 },
    { key: "project", zh: "项目名称", en: "Project", width: 30 },
    { key: "category", zh: "问题类别", en: "Category", width: 10 },
    { key: "description", zh: "问题描述", en: "Problem", width: 44 },
    { key: "raisedOn", zh: "提出日期", en: "Raised on", width: 12 },
    { key: "unit", zh: "责任单位", en: "Responsible unit", width: 18 },
    { key: "person", zh: "责任人", en: "Responsible person", width: 10 },
    { key: "deadline", zh: "办结时限", en: "Deadline", width: 12 },
    { key: "status", zh: "办理状态", en: "Status", width: 10 },
    { key: "overdueDays", zh: "逾期天数", en: "Days overdue", width: 10 },
    { key: "escalated", zh: "提交会办", en: "Escalated", width: 10 },
    { key: "resolution", zh: "办理结果", en: "Resolution", width: 36 },
  ]);
  for (const r of rows) {
    ws.addRow({
      zone: r.zoneName,
      code: r.projectCode,
      project: r.projectName,
      category: label(PROBLEM_CATEGORY_LABELS, r.category, L),
      description: r.description,
      raisedOn: r.raisedOn,
      unit: r.responsibleUnitName ?? "",
      person: r.responsiblePerson ?? "",
      deadline: r.deadline ?? "",
      status: label(PROBLEM_STATUS_LABELS, r.status, L),
      overdueDays: r.overdue && r.deadline ? daysFrom(r.deadline, today) : null,
      escalated: r.escalated ? yes : "",
      resolution: r.resolution ?? "",
    });
    const row = ws.lastRow;
    row?.eachCell((cell) => {
      cell.alignment = { vertical: "top", wrapText: true };
    });
    const late = row?.getCell("overdueDays");
    if (late && r.overdue) late.font = RED;
  }
  return toBuffer(wb);
}
