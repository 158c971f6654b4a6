/**
 * Zone-level figures of the registry: how many enterprises, 四上 and 规上 on a given date, qualifications
 * in force, R&D platforms, and party-organisation coverage (the figures the field reports quote).
 */
import { type SQL, sql } from "drizzle-orm";
import { requirePermission, type ServiceContext } from "../../platform/context.js";
import { zoneScope } from "../../platform/scope.js";

export interface OverviewQuery {
  zoneId?: string;
  /** ISO date the flags are counted on; today by default. */
  asOf?: string;
}

function scoped(ctx: ServiceContext, q: OverviewQuery, column: SQL): SQL {
  const scope =
    ctx.actor.scope === "unit" || ctx.actor.scope === "assigned"
      ? sql`${column} = ${ctx.actor.zoneId}`
      : zoneScope(ctx.actor, column);
  return q.zoneId ? sql`${scope} and ${column} = ${q.zoneId}` : scope;
}

export async function enterpriseOverview(ctx: ServiceContext, q: OverviewQuery) {
  requirePermission(ctx.actor, "enterprises:read");
  const asOf = q.asOf ?? ctx.now.toISOString().slice(0, 10);
  const inZone = scoped(ctx, q, sql`e.zone_id`);
  const rows = await ctx.db.execute<Record<string, number | string | null>>(sql`
    select
      (select count(*)::int from enterprises e where ${inZone} and e.status = 'operating') as enterprises,
      (select count(distinct f.enterprise_id)::int from enterprise_scale_flags f join enterprises e on e.id = f.enterprise_id
        where ${inZone} and f.started_on <= ${asOf} and (f.ended_on is null or f.ended_on >= ${asOf})) as four_above,
      (select count(distinct f.enterprise_id)::int from enterprise_scale_flags f join enterprises e on e.id = f.enterprise_id
        where ${inZone} and f.kind = 'industry' and f.started_on <= ${asOf} and (f.ended_on is null or f.ended_on >= ${asOf})) as above_scale_industry,
      (select count(distinct x.enterprise_id)::int from enterprise_qualifications x join enterprises e on e.id = x.enterprise_id
        where ${inZone} and x.kind = 'hitech' and (x.issued_on is null or x.issued_on <= ${asOf})
        and (x.expires_on is null or x.expires_on >= ${asOf})) as hitech,
      (select count(distinct x.enterprise_id)::int from enterprise_qualifications x join enterprises e on e.id = x.enterprise_id
        where ${inZone} and x.kind in ('srdiSme', 'srdiProvincial', 'littleGiant') and (x.issued_on is null or x.issued_on <= ${asOf})
        and (x.expires_on is null or x.expires_on >= ${asOf})) as srdi,
      (select count(distinct x.enterprise_id)::int from enterprise_qualifications x join enterprises e on e.id = x.enterprise_id
        where ${inZone} and x.kind = 'listed' and (x.issued_on is null or x.issued_on <= ${asOf})
        and (x.expires_on is null or x.expires_on >= ${asOf})) as listed,
      (select count(*)::int from enterprise_rd_platforms p join enterprises e on e.id = p.enterprise_id
        where ${inZone} and p.level in ('national', 'provincial')) as provincial_platforms
  `);
  const party = await ctx.db.execute<Record<string, number | string | null>>(sql`
    select
      count(*) filter (where p.party_form = 'standalone')::int as standalone,
      count(*) filter (where p.party_form = 'joint')::int as joint,
      count(*) filter (where p.party_form = 'affiliated')::int as affiliated,
      count(*) filter (where p.party_form = 'building')::int as building,
      coalesce(sum(p.party_members), 0)::int as members,
      count(distinct p.party_instructor)::int as instructors,
      coalesce(sum(p.valid_invention_patents), 0)::int as valid_invention_patents
    from enterprise_profiles p join enterprises e on e.id = p.enterprise_id
    where ${inZone}
  `);
  const first = (r: unknown) => ((r as { rows: Record<string, number>[] }).rows[0] ?? {}) as Record<string, number>;
  const c = first(rows);
  const p = first(party);
  return {
    asOf,
    enterprises: c.enterprises ?? 0,
    fourAbove: c.four_above ?? 0,
    aboveScaleIndustry: c.above_scale_industry ?? 0,
    hitech: c.hitech ?? 0,
    srdi: c.srdi ?? 0,
    listed: c.listed ?? 0,
    provincialPlatforms: c.provincial_platforms ?? 0,
    validInventionPatents: p.valid_invention_patents ?? 0,
    party: {
      standalone: p.standalone ?? 0,
      joint: p.joint ?? 0,
      affiliated: p.affiliated ?? 0,
      building: p.building ?? 0,
      members: p.members ?? 0,
      instructors: p.instructors ?? 0,
    },
  };
}

/** Qualifications expiring within `days` (高新技术企业 renewals are prepared 90 days ahead). */
export async function renewalsDue(ctx: ServiceContext, q: OverviewQuery & { days: number }) {
  requirePermission(ctx.actor, "enterprises:read");
  const today = ctx.now.toISOString().slice(0, 10);
  const rows = await ctx.db.execute<{
    enterprise_id: string;
    enterprise_name: string;
    qualification_id: string;
    kind: string;
    certificate_no: string | null;
    expires_on: string;
  }>(sql`
    select e.id as enterprise_id, e.name as enterprise_name, x.id as qualification_id, x.kind, x.certificate_no,
      to_char(x.expires_on, 'YYYY-MM-DD') as expires_on
    from enterprise_qualifications x join enterprises e on e.id = x.enterprise_id
    where ${scoped(ctx, q, sql`e.zone_id`)} and x.expires_on >= ${today}
      and x.expires_on <= (${today}::date + ${q.days}::int)
    order by x.expires_on, e.name
    limit 500`);
  return (rows as unknown as { rows: Record<string, string | null>[] }).rows.map((r) => ({
    enterpriseId: r.enterprise_id,
    enterpriseName: r.enterprise_name,
    qualificationId: r.qualification_id,
    kind: r.kind,
    certificateNo: r.certificate_no,
    expiresOn: r.expires_on,
  }));
}
