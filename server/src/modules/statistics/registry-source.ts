/**
 * What statistics reads from the enterprise registry: read-only queries over the enterprises module's tables
 * (enterprises, enterprise_scale_flags, industries) and the zone's name. Nothing here writes them.
 */
import { type SQL, sql } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.js";
import { monthDate, rows } from "./values.js";

export interface EnterpriseFacts {
  id: string;
  zoneId: string;
  zoneName: string;
  name: string;
  creditCode: string | null;
  industryCode: string;
  division: string;
  cluster: string;
  /** Holds the 规上工业 flag at some time in the month. */
  scaleIndustry: boolean;
  status: string;
}

/** 规上工业 in month M: a flag of kind "industry" that overlaps the month. */
export function scaleIndustrySql(enterpriseId: SQL, month: string): SQL {
  const start = monthDate(month);
  return sql`exists (select 1 from enterprise_scale_flags f where f.enterprise_id = ${enterpriseId}
    and f.kind = 'industry' and f.started_on <= (${start}::date + interval '1 month' - interval '1 day')::date
    and (f.ended_on is null or f.ended_on >= ${start}::date))`;
}

interface FactsRow {
  id: string;
  zone_id: string;
  zone_name: string;
  name: string;
  credit_code: string | null;
  industry_code: string;
  cluster: string | null;
  scale_industry: boolean;
  status: string;
}

const toFacts = (r: FactsRow): EnterpriseFacts => ({
  id: r.id,
  zoneId: r.zone_id,
  zoneName: r.zone_name,
  name: r.name,
  creditCode: r.credit_code,
  industryCode: r.industry_code,
  division: r.industry_code.slice(0, 2),
  cluster: r.cluster ?? "",
  scaleIndustry: r.scale_industry,
  status: r.status,
});

/** Enterprises matching `where` (over alias e) with their facts as of the month. */
export async function enterpriseFacts(db: Db | Tx, where: SQL, month: string): Promise<EnterpriseFacts[]> {
  const found = await rows<FactsRow>(
    db,
    sql`select e.id, e.zone_id, z.name as zone_name, e.name, e.credit_code, e.industry_code, e.cluster, e.status,
      ${scaleIndustrySql(sql`e.id`, month)} as scale_industry
    from enterprises e join zones z on z.id = e.zone_id where ${where} order by e.name, e.id`,
  );
  return found.map(toFacts);
}

export async function oneEnterprise(db: Db | Tx, id: string, scope: SQL, month: string) {
  const [found] = await enterpriseFacts(db, sql`e.id = ${id} and ${scope}`, month);
  return found ?? null;
}
