/**
 * 问题办理 in a bulletin: problems raised, resolved and confirmed within the month, and those open, overdue and
 * escalated on its last day. A problem's status on that day is read back from the audit trail (every move is
 * audited with its before/after status); problems without a trail keep their current status.
 */
import { sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { rowsOf } from "./bulletins-data.js";
import type { BulletinPeriod } from "./bulletins-period.js";

const DAY = 86_400_000;
const LISTED = 20;

function problemsAsOf(p: BulletinPeriod) {
  const trail = sql`a.entity = 'problem' and a.entity_id = p.id::text`;
  return sql`pb as (
    select p.id, p.project_id, p.description, p.deadline, p.raised_on, p.responsible_unit_id,
      coalesce(
        (select a.changes->'status'->>'after' from audit_log a
          where ${trail} and a.at < ${p.endTs}::timestamptz and a.changes->'status' is not null
          order by a.at desc, a.id desc limit 1),
        p.status) as status,
      -- Escalation is one-way: escalated then means escalated now, and not only after the period.
      p.escalated and not exists (select 1 from audit_log a
        where ${trail} and a.action = 'escalate' and a.at >= ${p.endTs}::timestamptz) as escalated
    from project_problems p
    where p.zone_id = ${p.zoneId} and p.raised_on <= ${p.asOf}),
    still_open as (select * from pb where status in ('pending', 'inProgress', 'returned'))`;
}

export async function problemFigures(db: Db, p: BulletinPeriod) {
  const [counts, moved, escalated] = await Promise.all([
    rowsOf<{ raised: number; open: number; overdue: number; escalated: number }>(
      db,
      sql`with ${problemsAsOf(p)}
        select (select count(*)::int from pb where raised_on >= ${p.monthStart}) as raised,
          count(*)::int as open,
          count(*) filter (where deadline < ${p.asOf})::int as overdue,
          count(*) filter (where escalated)::int as escalated
        from still_open`,
    ),
    rowsOf<{ resolved: number; confirmed: number }>(
      db,
      sql`select
          count(distinct entity_id) filter (where changes->'status'->>'after' = 'resolved')::int as resolved,
          count(distinct entity_id) filter (where changes->'status'->>'after' = 'confirmed')::int as confirmed
        from audit_log
        where zone_id = ${p.zoneId} and entity = 'problem'
          and at >= ${p.startTs}::timestamptz and at < ${p.endTs}::timestamptz`,
    ),
    rowsOf<{
      id: string;
      project_name: string;
      description: string;
      unit_name: string | null;
      deadline: string | null;
    }>(
      db,
      sql`with ${problemsAsOf(p)}
        select o.id, pr.name as project_name, o.description, u.name as unit_name, o.deadline::text
        from still_open o
        join projects pr on pr.id = o.project_id
        left join units u on u.id = o.responsible_unit_id
        where o.escalated
        order by o.deadline nulls last, o.raised_on, o.id
        limit ${LISTED}`,
    ),
  ]);
  const c = counts[0] ?? { raised: 0, open: 0, overdue: 0, escalated: 0 };
  const m = moved[0] ?? { resolved: 0, confirmed: 0 };
  return {
    raised: c.raised,
    resolved: m.resolved,
    confirmed: m.confirmed,
    open: c.open,
    overdue: c.overdue,
    escalatedOpen: c.escalated,
    /** The first few open escalated problems, most urgent first (escalatedOpen says how many there are). */
    escalatedList: escalated.map((r) => ({
      problemId: r.id,
      projectName: r.project_name,
      description: r.description,
      unitName: r.unit_name,
      deadline: r.deadline,
      daysOverdue:
        r.deadline && r.deadline < p.asOf ? Math.round((Date.parse(p.asOf) - Date.parse(r.deadline)) / DAY) : 0,
    })),
  };
}
