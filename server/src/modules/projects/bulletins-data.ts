/**
 * The figures of a zone's 月通报, computed in SQL as they stood on the period's last day: projects by stage,
 * starts and completions, investment against plan and 序时进度, the "四率", the lead-unit ranking and the 红榜.
 * Money is summed as NUMERIC and stays exact text; percentages are floats (rounded only for display).
 */
import type { ProjectStage } from "@zoneos/core/project-lifecycle";
import { completionPct, describeAgainstSchedule, pointsAgainstSchedule, schedulePct } from "@zoneos/core/schedule";
import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import type { BulletinPeriod } from "./bulletins-period.js";

export async function rowsOf<T>(db: Db, query: SQL): Promise<T[]> {
  // PGlite and node-postgres both answer { rows }.
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

/**
 * The zone's projects as of the period's last day. The stage is the one in force then: the latest transition
 * dated on or before it (undated steps count from the day they were recorded), else the stage before the first
 * transition, else today's. Investment is 当月 and 年累计 (Jan..month); the plan is the year's.
 */
export function projectsAsOf(p: BulletinPeriod): SQL {
  const effective = sql`coalesce(t.happened_on, (t.at at time zone 'Asia/Shanghai')::date)`;
  return sql`bp as (
    select p.id, p.name, p.lead_unit_id, u.name as unit_name, u.sort as unit_sort, p.total_investment_yuan,
      p.planned_start_on, p.planned_completion_on, p.actual_start_on, p.actual_completion_on,
      coalesce(
        (select t.to_stage from project_transitions t where t.project_id = p.id and ${effective} <= ${p.asOf}
          order by ${effective} desc, t.at desc limit 1),
        (select t.from_stage from project_transitions t where t.project_id = p.id order by t.at limit 1),
        p.stage) as stage,
      coalesce(i.month_yuan, 0) as month_yuan, coalesce(i.ytd_yuan, 0) as ytd_yuan, a.planned_yuan as plan_yuan
    from projects p
    left join units u on u.id = p.lead_unit_id
    left join (
      select project_id, sum(amount_yuan) filter (where month = ${p.monthStart}) as month_yuan, sum(amount_yuan) as ytd_yuan
      from project_investments
      where zone_id = ${p.zoneId} and month between ${p.yearStart} and ${p.monthStart}
      group by project_id
    ) i on i.project_id = p.id
    left join project_annual_plans a on a.project_id = p.id and a.year = ${p.year}
    where p.zone_id = ${p.zoneId})`;
}

export interface Rate {
  numerator: number;
  denominator: number;
  pct: number | null;
}

const rate = (numerator: number, denominator: number): Rate => ({
  numerator,
  denominator,
  pct: completionPct(numerator, denominator),
});

/** Completion of plan and its distance to 序时进度, the pair every bulletin line states. */
export function againstPlan(ytdYuan: string, planYuan: string | null, monthNo: number) {
  const pct = planYuan === null ? null : completionPct(ytdYuan, planYuan);
  const points = pct === null ? null : pointsAgainstSchedule(pct, monthNo);
  return { completionPct: pct, points, againstSchedule: points === null ? null : describeAgainstSchedule(points) };
}

export async function stageTotals(db: Db, p: BulletinPeriod) {
  const rows = await rowsOf<{ stage: ProjectStage; count: number; total: string }>(
    db,
    sql`with ${projectsAsOf(p)}
      select stage, count(*)::int as count, sum(total_investment_yuan)::text as total from bp group by stage`,
  );
  return rows.map((r) => ({ stage: r.stage, count: r.count, totalInvestmentYuan: r.total }));
}

/**
 * Zone totals and the "四率". Terminated projects leave the rates' denominators; projects started (completed)
 * in an earlier year are 续建 and do not count towards this year's 开工率 (按期竣工率). Investment sums keep
 * every project: money spent stays spent.
 */
export async function zoneFigures(db: Db, p: BulletinPeriod) {
  const [row] = await rowsOf<{
    count: number;
    total: string;
    month_yuan: string;
    ytd_yuan: string;
    plan_yuan: string;
    start_due: number;
    started: number;
    completion_due: number;
    on_time: number;
  }>(
    db,
    sql`with ${projectsAsOf(p)}, live as (select * from bp where stage <> 'terminated')
      select
        (select count(*)::int from bp) as count,
        (select coalesce(sum(total_investment_yuan), 0)::text from bp) as total,
        (select coalesce(sum(month_yuan), 0)::text from bp) as month_yuan,
        (select coalesce(sum(ytd_yuan), 0)::text from bp) as ytd_yuan,
        (select coalesce(sum(plan_yuan), 0)::text from bp) as plan_yuan,
        count(*) filter (where start_due)::int as start_due,
        count(*) filter (where start_due and actual_start_on <= ${p.asOf})::int as started,
        count(*) filter (where completion_due)::int as completion_due,
        count(*) filter (where completion_due and actual_completion_on <= ${p.asOf}
          and actual_completion_on <= planned_completion_on)::int as on_time
      from (
        select *,
          planned_start_on <= ${p.asOf} and (actual_start_on is null or actual_start_on >= ${p.yearStart}) as start_due,
          planned_completion_on <= ${p.asOf}
            and (actual_completion_on is null or actual_completion_on >= ${p.yearStart}) as completion_due
        from live
      ) x`,
  );
  if (!row) throw new Error("zone figures returned nothing");
  return {
    projects: row.count,
    totalInvestmentYuan: row.total,
    investment: {
      monthYuan: row.month_yuan,
      ytdYuan: row.ytd_yuan,
      planYuan: row.plan_yuan,
      schedulePct: schedulePct(p.monthNo),
      ...againstPlan(row.ytd_yuan, row.plan_yuan, p.monthNo),
    },
    rates: {
      start: rate(row.started, row.start_due),
      onTimeCompletion: rate(row.on_time, row.completion_due),
    },
  };
}

/** Lead units ranked by the completion of their projects' annual plans, exactly (NUMERIC division in SQL). */
export async function unitRanking(db: Db, p: BulletinPeriod) {
  const rows = await rowsOf<{
    unit_id: string | null;
    unit_name: string | null;
    projects: number;
    planned: number;
    plan: string;
    ytd: string;
  }>(
    db,
    sql`with ${projectsAsOf(p)}
      select lead_unit_id as unit_id, unit_name, count(*)::int as projects,
        count(*) filter (where plan_yuan > 0)::int as planned,
        coalesce(sum(plan_yuan), 0)::text as plan, coalesce(sum(ytd_yuan), 0)::text as ytd
      from bp where stage <> 'terminated'
      group by lead_unit_id, unit_name, unit_sort
      order by case when sum(plan_yuan) > 0 then sum(ytd_yuan) / sum(plan_yuan) end desc nulls last,
        sum(ytd_yuan) desc, unit_sort nulls last, unit_name`,
  );
  return rows.map((r, i) => ({
    rank: i + 1,
    unitId: r.unit_id,
    unitName: r.unit_name,
    projects: r.projects,
    plannedProjects: r.planned,
    planYuan: r.plan,
    ytdYuan: r.ytd,
    ...againstPlan(r.ytd, r.plan, p.monthNo),
  }));
}

/** 红榜: the ten projects furthest along their annual plan. */
export async function redList(db: Db, p: BulletinPeriod) {
  const rows = await rowsOf<{ id: string; name: string; unit_name: string | null; plan: string; ytd: string }>(
    db,
    sql`with ${projectsAsOf(p)}
      select id, name, unit_name, plan_yuan::text as plan, ytd_yuan::text as ytd
      from bp where stage <> 'terminated' and plan_yuan > 0
      order by ytd_yuan / plan_yuan desc, ytd_yuan desc, name limit 10`,
  );
  return rows.map((r, i) => ({
    rank: i + 1,
    projectId: r.id,
    name: r.name,
    leadUnitName: r.unit_name,
    planYuan: r.plan,
    ytdYuan: r.ytd,
    ...againstPlan(r.ytd, r.plan, p.monthNo),
  }));
}

/** Projects that started (开工) or were completed (竣工) within the month, by the dates their transitions carry. */
export async function startsAndCompletions(db: Db, p: BulletinPeriod) {
  const rows = await rowsOf<{
    to_stage: "started" | "completed";
    happened_on: string;
    id: string;
    name: string;
    unit_name: string | null;
    total: string;
    stage_total: string;
  }>(
    db,
    sql`select t.to_stage, t.happened_on::text, p.id, p.name, u.name as unit_name,
        p.total_investment_yuan::text as total,
        sum(p.total_investment_yuan) over (partition by t.to_stage)::text as stage_total
      from project_transitions t
      join projects p on p.id = t.project_id
      left join units u on u.id = p.lead_unit_id
      where t.zone_id = ${p.zoneId} and t.to_stage in ('started', 'completed')
        and t.happened_on between ${p.monthStart} and ${p.asOf}
      order by t.happened_on, p.name`,
  );
  const of = (stage: "started" | "completed") => {
    const items = rows.filter((r) => r.to_stage === stage);
    return {
      count: items.length,
      totalInvestmentYuan: items[0]?.stage_total ?? "0",
      projects: items.map((r) => ({
        projectId: r.id,
        name: r.name,
        leadUnitName: r.unit_name,
        on: r.happened_on,
        totalInvestmentYuan: r.total,
      })),
    };
  };
  return { started: of("started"), completed: of("completed") };
}

/** Under construction as withFigures judges it: started, building or completed, not yet producing. */
