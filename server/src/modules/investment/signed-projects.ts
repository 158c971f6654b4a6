/**
 * The signed projects of a set of zones — one per lead, on its main contract — with what their projects
 * delivered: the shared ground of fulfilment, rates, the behind list and target progress. Project figures are
 * read (never written) from the projects module's tables: monthly investment and lifecycle dates.
 */
import { checkFulfilment, type FulfilmentCheck, signedFigure } from "@zoneos/core/investment-rates";
import { and, asc, desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { ServiceContext } from "../../platform/context.js";
import { units } from "../platform/tables.js";
import { monthlyInvestments, projects } from "../projects/tables.js";
import { leadInScope } from "./lead-read.js";
import { investmentActuals as actuals, investmentContracts as contracts, investmentLeads as leads } from "./tables.js";

export type ContractRecord = typeof contracts.$inferSelect;

export interface SignedProject {
  leadId: string;
  zoneId: string;
  unitId: string;
  unitName: string;
  /** Null unless the caller may see the lead in detail. */
  investorName: string | null;
  projectName: string | null;
  contract: ContractRecord;
  signedOn: string;
  amountYuan: string;
  projectId: string | null;
  startedOn: string | null;
  productionOn: string | null;
  investmentYuan: string;
  check: FulfilmentCheck;
}

/** The contract whose promises a lead is held to: its latest formal contract, else its latest framework one. */
export function mainContract(list: ContractRecord[]): ContractRecord | null {
  const main = list.filter((c) => c.kind !== "supplementary").sort((a, b) => a.signedOn.localeCompare(b.signedOn));
  const formal = main.filter((c) => c.kind === "formal");
  return (formal.length > 0 ? formal : main).at(-1) ?? null;
}

export function delivery(
  p: { startedOn: string | null; productionOn: string | null; investmentYuan: string },
  latest: typeof actuals.$inferSelect | undefined,
) {
  return {
    investmentYuan: p.investmentYuan,
    startedOn: p.startedOn,
    productionOn: p.productionOn,
    year: latest?.year ?? null,
    outputYuan: latest?.outputYuan ?? null,
    taxYuan: latest?.taxYuan ?? null,
    jobs: latest?.jobs ?? null,
  };
}

/** Signed projects of the leads matching `where` (already scoped by the caller), as of `asOf`. */
export async function loadSignedProjects(ctx: ServiceContext, where: SQL | undefined, asOf: string) {
  const leadRows = await ctx.db
    .select({
      id: leads.id,
      zoneId: leads.zoneId,
      unitId: leads.ownerUnitId,
      unitName: units.name,
      investorName: leads.investorName,
      projectName: leads.projectName,
      projectId: leads.projectId,
      visible: sql<boolean>`${leadInScope(ctx)}`,
    })
    .from(leads)
    .innerJoin(units, eq(units.id, leads.ownerUnitId))
    .where(
      and(
        where,
        sql`exists (select 1 from investment_contracts c where c.lead_id = ${leads.id} and c.kind <> 'supplementary')`,
      ),
    );
  if (leadRows.length === 0) return [];
  const ids = leadRows.map((l) => l.id);
  const projectIds = leadRows.flatMap((l) => (l.projectId ? [l.projectId] : []));
  const [contractRows, projectRows, sums, actualRows] = await Promise.all([
    ctx.db.select().from(contracts).where(inArray(contracts.leadId, ids)).orderBy(asc(contracts.signedOn)),
    projectIds.length === 0
      ? []
      : ctx.db
          .select({ id: projects.id, startedOn: projects.actualStartOn, productionOn: projects.productionOn })
          .from(projects)
          .where(inArray(projects.id, projectIds)),
    projectIds.length === 0
      ? []
      : ctx.db
          .select({
            projectId: monthlyInvestments.projectId,
            total: sql<string>`coalesce(sum(${monthlyInvestments.amountYuan}) filter (where ${monthlyInvestments.month} <= ${asOf}), 0)::text`,
          })
          .from(monthlyInvestments)
          .where(inArray(monthlyInvestments.projectId, projectIds))
          .groupBy(monthlyInvestments.projectId),
    ctx.db
      .select({ a: actuals })
      .from(actuals)
      .innerJoin(contracts, eq(contracts.id, actuals.contractId))
      .where(inArray(contracts.leadId, ids))
      .orderBy(desc(actuals.year)),
  ]);
  const projectOf = new Map(projectRows.map((p) => [p.id, p]));
  const sumOf = new Map(sums.map((s) => [s.projectId, s.total]));
  const out: SignedProject[] = [];
  for (const l of leadRows) {
    const list = contractRows.filter((c) => c.leadId === l.id);
    const main = mainContract(list);
    const figure = signedFigure(list);
    if (!main || !figure) continue;
    const project = l.projectId ? projectOf.get(l.projectId) : undefined;
    const p = {
      startedOn: project?.startedOn ?? null,
      productionOn: project?.productionOn ?? null,
      investmentYuan: (l.projectId && sumOf.get(l.projectId)) || "0.00",
    };
    const latest = actualRows.find((a) => a.a.contractId === main.id)?.a;
    out.push({
      leadId: l.id,
      zoneId: l.zoneId,
      unitId: l.unitId,
      unitName: l.unitName,
      investorName: l.visible ? l.investorName : null,
      projectName: l.visible ? l.projectName : null,
      contract: main,
      signedOn: figure.signedOn,
      amountYuan: figure.amountYuan,
      projectId: l.projectId,
      ...p,
      check: checkFulfilment(main, delivery(p, latest), asOf),
    });
  }
  return out;
}
