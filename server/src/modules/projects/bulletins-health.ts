/**
 * 黑榜: projects lagging or severely lagging on the period's last day. The rules are core assessHealth's with the
 * zone's thresholds (health-rules-service), and the inputs are the ones projects-service figuresOf gives it,
 * taken as of that day instead of today.
 */

import { formatDate } from "@zoneos/core/format";
import { assessHealth, type HealthFlag, type HealthLevel } from "@zoneos/core/project-health";
import type { ProjectStage } from "@zoneos/core/project-lifecycle";
import { isUnderway } from "@zoneos/core/project-lifecycle";
import { sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { projectsAsOf, rowsOf } from "./bulletins-data.js";
import type { BulletinPeriod } from "./bulletins-period.js";
import { zoneRules } from "./health-rules-service.js";

/** A flag as the bulletin prints it. */
export function reasonText(flag: HealthFlag): string {
  switch (flag.rule) {
    case "milestoneOverdue":
      return `「${flag.milestone}」节点逾期${flag.daysOverdue}天（计划${formatDate(flag.plannedOn)}完成）`;
    case "investmentBehind":
      return `年度投资完成额仅为序时进度的${(flag.share * 100).toFixed(2)}%`;
    case "silent":
      return flag.weeks < 0 ? "从未报送项目周报" : `已${flag.weeks}周未报送项目周报`;
  }
}

const SEVERITY: Record<HealthLevel, number> = { severe: 0, lagging: 1, normal: 2 };

export async function blackList(db: Db, p: BulletinPeriod) {
  const [projects, open, rules] = await Promise.all([
    rowsOf<{
      id: string;
      name: string;
      lead_unit_id: string | null;
      unit_name: string | null;
      stage: ProjectStage;
      ytd: string;
      plan: string | null;
      last_report: string | null;
    }>(
      db,
      sql`with ${projectsAsOf(p)}
        select id, name, lead_unit_id, unit_name, stage, ytd_yuan::text as ytd, plan_yuan::text as plan,
          (select max(w.week_of) from project_weekly_reports w
            where w.project_id = bp.id and w.week_of <= ${p.asOf})::text as last_report
        from bp where stage <> 'terminated' order by name`,
    ),
    // Open on that day: not done, or done only afterwards.
    rowsOf<{ project_id: string; name: string; planned_on: string }>(
      db,
      sql`select project_id, name, planned_on::text from project_milestones
        where zone_id = ${p.zoneId} and planned_on <= ${p.asOf} and (actual_on is null or actual_on > ${p.asOf})
        order by sort, planned_on`,
    ),
    zoneRules(db, p.zoneId),
  ]);
  const milestonesOf = new Map<string, { name: string; plannedOn: string }[]>();
  for (const m of open) {
    const list = milestonesOf.get(m.project_id) ?? [];
    list.push({ name: m.name, plannedOn: m.planned_on });
    milestonesOf.set(m.project_id, list);
  }
  return projects
    .map((r) => {
      const underway = isUnderway(r.stage);
      const health = assessHealth(
        {
          today: p.asOf,
          openMilestones: milestonesOf.get(r.id) ?? [],
          investment: underway ? { ytd: r.ytd, annualPlan: r.plan, month: p.monthNo } : null,
          lastReportOn: r.last_report,
          expectsReports: underway,
        },
        rules,
      );
      return {
        projectId: r.id,
        name: r.name,
        leadUnitId: r.lead_unit_id,
        leadUnitName: r.unit_name,
        stage: r.stage,
        level: health.level,
        reasons: health.flags.map(reasonText),
        flags: health.flags,
      };
    })
    .filter((r) => r.level !== "normal")
    .sort((a, b) => SEVERITY[a.level] - SEVERITY[b.level] || b.flags.length - a.flags.length);
}
