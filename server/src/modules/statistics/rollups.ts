/**
 * Maintenance of statistics_rollups and its zone-month sums (statistics_zone_months) in the writing transaction
 * (docs/decisions/0007-statistics-rollups.md).
 * A single report's change is applied as an additive delta (row-locked upsert, so concurrent submissions of other
 * enterprises add up correctly); a bulk write (import, demo) recomputes the affected zone-months from the reports.
 */
import type { ReportStatus, ReportValues } from "@zoneos/core/statistics-api";
import { REPORT_FIELDS, type ReportField } from "@zoneos/core/statistics-indicators";
import { addMonths, isZeroDec, subDec, sumDec } from "@zoneos/core/statistics-math";
import { sql } from "drizzle-orm";
import type { Tx } from "../../db/client.js";
import { isCounted, monthDate, monthOf } from "./values.js";

/** The SQL column stem of each figure ("export_value" for exportValue). */
export const COLUMN: Record<ReportField, string> = {
  output: "output",
  revenue: "revenue",
  profit: "profit",
  tax: "tax",
  electricity: "electricity",
  employees: "employees",
  exportValue: "export_value",
  energy: "energy",
};

/** The rollup's three sums per figure, in table order. */
export const SUM_COLUMNS = REPORT_FIELDS.flatMap((f) => [
  `${COLUMN[f]}_cur`,
  `${COLUMN[f]}_cmp_cur`,
  `${COLUMN[f]}_cmp_prior`,
]);

/** The columns both rollups add up, and SQL fragments over them. */
const ADDITIVE = ["enterprises", "comparable", ...SUM_COLUMNS];
const ADDITIVE_LIST = sql.raw(ADDITIVE.join(", "));
const ADDITIVE_SUMS = sql.raw(ADDITIVE.map((c) => `sum(${c})`).join(", "));
const addTo = (table: string) => sql.raw(ADDITIVE.map((c) => `${c} = ${table}.${c} + excluded.${c}`).join(", "));

/** The facts of a report row the rollup depends on. */
export interface RollupSource {
  zoneId: string;
  enterpriseId: string;
  month: string; // "YYYY-MM"
  status: ReportStatus;
  division: string;
  cluster: string;
  scaleIndustry: boolean;
  values: ReportValues;
}

interface Contribution {
  key: string;
  zoneId: string;
  month: string;
  division: string;
  cluster: string;
  scaleIndustry: boolean;
  enterprises: number;
  comparable: number;
  sums: Record<ReportField, { cur: string; cmpCur: string; cmpPrior: string }>;
}

const keyOf = (r: RollupSource) => [r.zoneId, r.month, r.division, r.cluster, r.scaleIndustry ? "1" : "0"].join("|");

/** What one enterprise's report for month M adds to its group: itself, and its pairing with M − 12. */
function contribution(target: RollupSource | null, prior: RollupSource | null): Contribution | null {
  if (!target || !isCounted(target.status)) return null;
  const comparable =
    !!prior &&
    isCounted(prior.status) &&
    prior.zoneId === target.zoneId &&
    prior.scaleIndustry === target.scaleIndustry;
  const sums = {} as Contribution["sums"];
  for (const f of REPORT_FIELDS) {
    const cur = target.values[f] ?? "0";
    sums[f] = { cur, cmpCur: comparable ? cur : "0", cmpPrior: comparable ? (prior?.values[f] ?? "0") : "0" };
  }
  return {
    key: keyOf(target),
    zoneId: target.zoneId,
    month: target.month,
    division: target.division,
    cluster: target.cluster,
    scaleIndustry: target.scaleIndustry,
    enterprises: 1,
    comparable: comparable ? 1 : 0,
    sums,
  };
}

function merge(into: Map<string, Contribution>, c: Contribution | null, sign: 1 | -1) {
  if (!c) return;
  const existing = into.get(c.key);
  if (!existing) {
    const sums = {} as Contribution["sums"];
    for (const f of REPORT_FIELDS) {
      const s = c.sums[f];
      sums[f] =
        sign === 1
          ? { ...s }
          : { cur: subDec("0", s.cur), cmpCur: subDec("0", s.cmpCur), cmpPrior: subDec("0", s.cmpPrior) };
    }
    into.set(c.key, { ...c, enterprises: sign * c.enterprises, comparable: sign * c.comparable, sums });
    return;
  }
  existing.enterprises += sign * c.enterprises;
  existing.comparable += sign * c.comparable;
  for (const f of REPORT_FIELDS) {
    const a = existing.sums[f];
    const b = c.sums[f];
    const op = sign === 1 ? (x: string, y: string) => sumDec([x, y]) : subDec;
    existing.sums[f] = { cur: op(a.cur, b.cur), cmpCur: op(a.cmpCur, b.cmpCur), cmpPrior: op(a.cmpPrior, b.cmpPrior) };
  }
}

function isNoop(c: Contribution): boolean {
  return (
    c.enterprises === 0 &&
    c.comparable === 0 &&
    REPORT_FIELDS.every((f) => isZeroDec(c.sums[f].cur) && isZeroDec(c.sums[f].cmpCur) && isZeroDec(c.sums[f].cmpPrior))
  );
}

/**
 * Applies the change of one report (before → after) to the rollup: its own month's group and, through the
 * comparable pairing, the group of the same enterprise's report a year later. `prior` and `next` are the reports of
 * M − 12 and M + 12 (unchanged). One ordered upsert, issued last in the transaction so the rows stay locked briefly.
 */
export async function applyReportChange(
  tx: Tx,
  change: {
    before: RollupSource | null;
    after: RollupSource | null;
    prior: RollupSource | null;
    next: RollupSource | null;
  },
): Promise<void> {
  const deltas = new Map<string, Contribution>();
  merge(deltas, contribution(change.before, change.prior), -1);
  merge(deltas, contribution(change.after, change.prior), 1);
  merge(deltas, contribution(change.next, change.before), -1);
  merge(deltas, contribution(change.next, change.after), 1);
  const rowsToWrite = [...deltas.values()].filter((c) => !isNoop(c)).sort((a, b) => (a.key < b.key ? -1 : 1));
  if (rowsToWrite.length === 0) return;
  const values = sql.join(
    rowsToWrite.map(
      (c) =>
        sql`(${c.zoneId}::uuid, ${monthDate(c.month)}::date, ${c.division}::text, ${c.cluster}::text, ${c.scaleIndustry}::boolean, ${c.enterprises}::int, ${c.comparable}::int, ${sql.join(
          REPORT_FIELDS.flatMap((f) => [
            sql`${c.sums[f].cur}::numeric`,
            sql`${c.sums[f].cmpCur}::numeric`,
            sql`${c.sums[f].cmpPrior}::numeric`,
          ]),
          sql`, `,
        )})`,
    ),
    sql`, `,
  );
  // One statement for both rollups (one round trip); every writer orders its keys the same way.
  await tx.execute(sql`
    with d (zone_id, month, division, cluster, scale_industry, ${ADDITIVE_LIST}) as (values ${values}),
    rolled as (
      insert into statistics_rollups (zone_id, month, division, cluster, scale_industry, ${ADDITIVE_LIST})
      select * from d order by zone_id, month, division, cluster, scale_industry
      on conflict (zone_id, month, division, cluster, scale_industry) do update set ${addTo("statistics_rollups")}
    )
    insert into statistics_zone_months (zone_id, month, scale_industry, ${ADDITIVE_LIST})
    select zone_id, month, scale_industry, ${ADDITIVE_SUMS} from d
    group by zone_id, month, scale_industry order by zone_id, month, scale_industry
    on conflict (zone_id, month, scale_industry) do update set ${addTo("statistics_zone_months")}`);
}

const COUNTED_SQL = sql.raw(`('submitted','approved')`);

/**
 * Recomputes the rollup of whole zone-months from the reports (set-based). The caller holds the zone's write lock.
 * `months` are the months written; their successors a year later are recomputed too (their comparable pairing).
 */
export async function recomputeRollups(tx: Tx, zoneId: string | null, months: readonly string[] | null): Promise<void> {
  const all = months === null ? null : [...new Set(months.flatMap((m) => [m, addMonths(m, 12)]))].map(monthDate);
  const zoneFilter = zoneId === null ? sql`true` : sql`zone_id = ${zoneId}`;
  const monthFilter = all === null ? sql`true` : sql`month = any(${`{${all.join(",")}}`}::date[])`;
  await tx.execute(sql`delete from statistics_rollups where ${zoneFilter} and ${monthFilter}`);
  const sums = sql.raw(
    REPORT_FIELDS.map((f) => {
      const c = COLUMN[f];
      return `coalesce(sum(r.${c}), 0), coalesce(sum(case when p.id is not null then coalesce(r.${c}, 0) end), 0), coalesce(sum(p.${c}), 0)`;
    }).join(", "),
  );
  const columns = sql.raw(SUM_COLUMNS.join(", "));
  const rZone = zoneId === null ? sql`true` : sql`r.zone_id = ${zoneId}`;
  const rMonth = all === null ? sql`true` : sql`r.month = any(${`{${all.join(",")}}`}::date[])`;
  await tx.execute(sql`
    insert into statistics_rollups (zone_id, month, division, cluster, scale_industry, enterprises, comparable, ${columns})
    select r.zone_id, r.month, r.division, r.cluster, r.scale_industry, count(*), count(p.id), ${sums}
    from statistics_reports r
    left join statistics_reports p on p.zone_id = r.zone_id and p.enterprise_id = r.enterprise_id
      and p.month = (r.month - interval '1 year')::date and p.status in ${COUNTED_SQL}
      and p.scale_industry = r.scale_industry
    where ${rZone} and ${rMonth} and r.status in ${COUNTED_SQL}
    group by r.zone_id, r.month, r.division, r.cluster, r.scale_industry`);
  await tx.execute(sql`delete from statistics_zone_months where ${zoneFilter} and ${monthFilter}`);
  await tx.execute(sql`
    insert into statistics_zone_months (zone_id, month, scale_industry, ${ADDITIVE_LIST})
    select zone_id, month, scale_industry, ${ADDITIVE_SUMS} from statistics_rollups
    where ${zoneFilter} and ${monthFilter}
    group by zone_id, month, scale_industry`);
}

const NS_ZONE = 720_101;
const NS_ENTERPRISE = 720_102;

/**
 * A single report's writer: shares its zone (imports take it exclusively) and owns its enterprise, so the
 * enterprise's reports a year apart never change under each other while their pairing is computed.
 */
export async function lockEnterprise(tx: Tx, zoneId: string, enterpriseId: string): Promise<void> {
  // One round trip: the select list takes the zone's shared lock, then the enterprise's.
  await tx.execute(
    sql`select pg_advisory_xact_lock_shared(${NS_ZONE}, hashtext(${zoneId})), pg_advisory_xact_lock(${NS_ENTERPRISE}, hashtext(${enterpriseId}))`,
  );
}

/** A bulk writer of a zone (import): excludes every single-report writer of the zone until it commits. */
export async function lockZone(tx: Tx, zoneId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${NS_ZONE}, hashtext(${zoneId}))`);
}

export { monthOf };
