/**
 * One project's history on the demo's date: the dates it reached each lifecycle stage, its planned and actual
 * start and completion, and its milestones planned against them (done where the stage says they must be).
 */
import { MILESTONE_TEMPLATES, tierOf } from "@zoneos/core/project-api";
import type { ProjectStage } from "@zoneos/core/project-lifecycle";
import type { Rand } from "../enterprises/seeded-random.js";
import type { ProjectSpec } from "./data.js";
import { addDays, daysBetween, maxDay, minDay, TODAY } from "./dates.js";

export interface StageStep {
  from: ProjectStage;
  to: ProjectStage;
  on: string;
  reason?: string;
}

export interface Timeline {
  /** The path walked, in order, starting at 谋划. */
  steps: StageStep[];
  createdOn: string;
  plannedStart: string;
  plannedCompletion: string;
  actualStart: string | null;
  actualCompletion: string | null;
  productionOn: string | null;
  /** The day work stopped: the pause, or the end of the window for terminated projects. */
  pausedOn: string | null;
  pausedFrom: ProjectStage | null;
}

const PATH: ProjectStage[] = [
  "planning",
  "reserve",
  "signed",
  "preparation",
  "started",
  "construction",
  "completed",
  "production",
  "effective",
];
export const rank = (s: ProjectStage) => PATH.indexOf(s);

const PAUSE_REASONS = [
  "企业资金链紧张，经协商暂缓建设，待融资到位后复工",
  "因市场需求变化，企业调整产品方案，项目暂停施工",
  "环保督察整改要求，项目暂停施工完善环评手续",
];
const TERMINATE_REASONS = [
  "企业投资计划调整，经双方协商解除投资协议",
  "项目选址与国土空间规划冲突，无法落地，终止推进",
  "投资方未按协议约定期限注资，依约终止合作",
];

function durationDays(spec: ProjectSpec, r: Rand): number {
  if (spec.type === "renovation" || spec.type === "expansion") return r.int(180, 420);
  const tier = tierOf(String(spec.total));
  if (tier === "mega") return r.int(720, 1200);
  if (tier === "large") return r.int(420, 800);
  return r.int(240, 480);
}

function startFor(spec: ProjectSpec, r: Rand): string {
  if (spec.start) return spec.start;
  if (spec.type === "new") return addDays("2026-01-10", r.int(0, 270));
  if (spec.type === "continued") return addDays("2023-09-01", r.int(0, 820));
  return addDays("2025-03-01", r.int(0, 540));
}

export function buildTimeline(spec: ProjectSpec, r: Rand): Timeline {
  const stage = spec.stage;
  const base: ProjectStage =
    stage === "paused" ? "construction" : stage === "terminated" ? (r.chance(0.5) ? "signed" : "reserve") : stage;
  const withSigned = base === "signed" || (spec.enterprise !== null && spec.category === "industry" && r.chance(0.75));
  const path = PATH.slice(0, rank(base) + 1).filter((s) => s !== "signed" || withSigned);
  const dur = durationDays(spec, r);
  const on = new Map<ProjectStage, string>();
  let plannedStart: string;
  let plannedCompletion: string;
  let pausedOn: string | null = null;

  if (rank(base) >= rank("started")) {
    let start: string;
    if (base === "started") start = addDays("2026-10-05", r.int(0, 23));
    else if (base === "construction" && stage !== "paused") start = startFor(spec, r);
    else if (stage === "paused") {
      start = addDays(TODAY, -r.int(250, 700));
      pausedOn = addDays(TODAY, -r.int(30, 180));
    } else {
      const production = base === "effective" ? addDays(TODAY, -r.int(400, 700)) : addDays(TODAY, -r.int(120, 600));
      const completion = base === "completed" ? addDays(TODAY, -r.int(10, 150)) : addDays(production, -r.int(30, 90));
      on.set("completed", completion);
      if (base !== "completed") on.set("production", production);
      if (base === "effective") on.set("effective", addDays(production, r.int(365, 400)));
      start = addDays(completion, -dur);
    }
    on.set("started", start);
    if (rank(base) >= rank("construction")) on.set("construction", addDays(start, r.int(10, 30)));
    plannedStart = addDays(start, r.int(-30, 20));
    const completion = on.get("completed");
    plannedCompletion = completion ? addDays(start, dur + r.int(-30, 60)) : addDays(start, dur);
    if (!completion && plannedCompletion < addDays(TODAY, 30)) plannedCompletion = addDays(TODAY, r.int(30, 400));
    const preparation = addDays(start, -r.int(60, 200));
    on.set("preparation", preparation);
    backfill(on, path, "preparation", r);
  } else {
    const reached = stage === "terminated" ? addDays(TODAY, -r.int(90, 400)) : addDays(TODAY, -r.int(10, 220));
    on.set(base, reached);
    backfill(on, path, base, r);
    const ahead = { planning: [200, 700], reserve: [120, 480], signed: [60, 300], preparation: [20, 240] }[
      base as "planning"
    ] ?? [60, 300];
    plannedStart = addDays(TODAY, r.int(ahead[0] ?? 60, ahead[1] ?? 300));
    plannedCompletion = addDays(plannedStart, dur);
  }

  const steps: StageStep[] = [];
  for (let i = 1; i < path.length; i++) {
    const from = path[i - 1] as ProjectStage;
    const to = path[i] as ProjectStage;
    steps.push({ from, to, on: on.get(to) as string });
  }
  if (stage === "paused" && pausedOn)
    steps.push({ from: "construction", to: "paused", on: pausedOn, reason: r.pick(PAUSE_REASONS) });
  if (stage === "terminated") {
    const last = on.get(base) as string;
    steps.push({ from: base, to: "terminated", on: addDays(last, r.int(30, 80)), reason: r.pick(TERMINATE_REASONS) });
  }
  for (let i = 1; i < steps.length; i++)
    if ((steps[i] as StageStep).on <= (steps[i - 1] as StageStep).on || (steps[i] as StageStep).on > TODAY)
      throw new Error(`${spec.name}: stage dates out of order`);
  return {
    steps,
    createdOn: on.get("planning") as string,
    plannedStart,
    plannedCompletion,
    actualStart: on.get("started") ?? null,
    actualCompletion: on.get("completed") ?? null,
    productionOn: on.get("production") ?? null,
    pausedOn,
    pausedFrom: stage === "paused" ? "construction" : null,
  };
}

/** Dates for the stages before `from`, walking back with realistic gaps. */
function backfill(on: Map<ProjectStage, string>, path: ProjectStage[], from: ProjectStage, r: Rand) {
  const gaps: Partial<Record<ProjectStage, [number, number]>> = {
    preparation: [30, 150],
    signed: [30, 120],
    reserve: [30, 150],
  };
  for (let i = path.indexOf(from); i > 0; i--) {
    const here = path[i] as ProjectStage;
    const gap = gaps[here] ?? [30, 120];
    on.set(path[i - 1] as ProjectStage, addDays(on.get(here) as string, -r.int(gap[0], gap[1])));
  }
}

export interface MilestoneRow {
  name: string;
  sort: number;
  plannedOn: string;
  actualOn: string | null;
}

/** The category's template planned around start and completion; behind projects leave a passed one open. */
export function buildMilestones(spec: ProjectSpec, t: Timeline, behind: boolean, r: Rand): MilestoneRow[] {
  const stage = spec.stage;
  if (stage === "planning" || stage === "reserve" || stage === "terminated") return [];
  const names = MILESTONE_TEMPLATES[spec.category];
  const k = names.indexOf("开工");
  const done = names.indexOf("竣工验收");
  const step = r.int(25, 45);
  const span = daysBetween(t.plannedStart, t.plannedCompletion);
  const between = done - k - 1;
  const reached = stage === "paused" ? "construction" : stage;
  const asOf = t.pausedOn ?? TODAY;
  const rows: MilestoneRow[] = names.map((name, i) => {
    let plannedOn: string;
    if (i < k) plannedOn = addDays(t.plannedStart, -(k - i) * step);
    else if (i === k) plannedOn = t.plannedStart;
    else if (i < done) plannedOn = addDays(t.plannedStart, Math.round((span * (i - k)) / (between + 1)));
    else if (i === done) plannedOn = t.plannedCompletion;
    else plannedOn = addDays(t.plannedCompletion, 60);
    let actualOn: string | null = null;
    if (i < k) {
      if (t.actualStart) actualOn = minDay(addDays(plannedOn, r.int(-10, 15)), addDays(t.actualStart, -(k - i) * 3));
      else if (plannedOn <= addDays(TODAY, -3)) actualOn = minDay(addDays(plannedOn, r.int(-5, 2)), TODAY);
    } else if (i === k) actualOn = t.actualStart;
    else if (i < done) {
      if (rank(reached) >= rank("completed"))
        actualOn = minDay(addDays(plannedOn, r.int(-15, 20)), t.actualCompletion ?? TODAY);
      else if (t.actualStart && plannedOn < addDays(asOf, -10))
        actualOn = maxDay(minDay(addDays(plannedOn, r.int(-15, 10)), addDays(asOf, -1)), addDays(t.actualStart, 5));
    } else if (i === done) actualOn = t.actualCompletion;
    else actualOn = t.productionOn;
    return { name, sort: (i + 1) * 10, plannedOn, actualOn };
  });
  const last = rows[rows.length - 1] as MilestoneRow;
  if (stage === "completed" && !last.actualOn && !behind)
    last.plannedOn = maxDay(last.plannedOn, addDays(TODAY, r.int(15, 90)));
  if (behind) {
    // The most recent milestone that has passed by three weeks or more stays open: the project is late on it.
    const late = rows
      .filter((m, i) => m.actualOn && m.plannedOn <= addDays(TODAY, -20) && (t.actualStart ? i > k && i < done : i < k))
      .at(-1);
    if (late) late.actualOn = null;
  }
  return rows;
}
