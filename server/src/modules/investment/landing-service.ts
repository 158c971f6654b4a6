/**
 * 注册落地 and 转项目: a signed lead gets its enterprise (created or linked through the enterprises service) and
 * then its key project (created through the projects service with the contract's figures), without retyping.
 */
import { enterpriseInput } from "@zoneos/core/enterprise-api";
import type { convertInput, registerInput } from "@zoneos/core/investment-api";
import { checkLeadTransition } from "@zoneos/core/investment-stages";
import { projectInput } from "@zoneos/core/project-api";
import { eq } from "drizzle-orm";
import type { z } from "zod";
import type { ServiceContext } from "../../platform/context.js";
import { conflict, invalid, notFound } from "../../platform/errors.js";
import { createEnterprise, getEnterprise } from "../enterprises/enterprises-service.js";
import { createProject } from "../projects/projects-service.js";
import { factsOf, type LeadRecord, readLead, stageFacts } from "./lead-read.js";
import { moveLead, refusal, writableLead } from "./leads-service.js";
import { mainContract } from "./signed-projects.js";
import { investmentContracts as contracts } from "./tables.js";

async function checkMove(ctx: ServiceContext, lead: LeadRecord, to: "registered" | "converted", version: number) {
  if (lead.version !== version) throw conflict();
  const facts = (await factsOf(ctx, [lead.id])).get(lead.id);
  if (!facts) throw notFound();
  // The enterprise or project is what this action supplies, so the machine is asked as if it existed.
  const supplied = to === "registered" ? { enterpriseId: "new" } : { projectId: "new" };
  const check = checkLeadTransition(lead.stage, to, { ...stageFacts(lead, facts), ...supplied });
  if (!check.ok) throw refusal(check.field ?? "to", check.refusal ?? "notAllowed");
}

export async function registerLead(ctx: ServiceContext, id: string, input: z.infer<typeof registerInput>) {
  const lead = await writableLead(ctx, id);
  if (lead.enterpriseId) throw invalid([{ field: "enterpriseId", key: "investment.alreadyRegistered" }]);
  await checkMove(ctx, lead, "registered", input.version);
  let enterpriseId: string;
  if (input.enterpriseId) {
    const enterprise = await getEnterprise(ctx, input.enterpriseId);
    if (enterprise.zoneId !== lead.zoneId) throw invalid([{ field: "enterpriseId", key: "notFound" }]);
    enterpriseId = enterprise.id;
  } else {
    const e = input.enterprise ?? {};
    const industryCode = e.industryCode ?? (lead.industryCode?.length === 4 ? lead.industryCode : null);
    if (!industryCode)
      throw invalid([{ field: "enterprise.industryCode", key: "investment.enterpriseIndustryRequired" }]);
    const created = await createEnterprise(
      ctx,
      enterpriseInput.parse({
        zoneId: lead.zoneId,
        name: e.name ?? lead.investorName,
        creditCode: e.creditCode ?? lead.investorCreditCode,
        industryCode,
        establishedOn: e.registeredOn ?? null,
        address: e.address ?? null,
        legalRepresentative: e.legalRepresentative ?? null,
        registeredCapitalYuan: e.registeredCapitalYuan ?? null,
        landMu: lead.landMu,
        contactName: lead.contacts[0]?.name ?? null,
        contactPhone: lead.contacts[0]?.phone ?? null,
      }),
    );
    enterpriseId = created.id;
  }
  await ctx.db.transaction((tx) => moveLead(tx, ctx, lead, "registered", null, { enterpriseId }, input.version));
  return { lead: await readLead(ctx, id), enterpriseId, projectId: null };
}

export async function convertLead(ctx: ServiceContext, id: string, input: z.infer<typeof convertInput>) {
  const lead = await writableLead(ctx, id);
  if (lead.projectId) throw invalid([{ field: "projectId", key: "investment.alreadyConverted" }]);
  await checkMove(ctx, lead, "converted", input.version);
  const main = mainContract(await ctx.db.select().from(contracts).where(eq(contracts.leadId, id)));
  if (!main) throw invalid([{ field: "contract", key: "investment.needsFormalContract" }]);
  const project = await createProject(
    ctx,
    projectInput.parse({
      zoneId: lead.zoneId,
      code: input.code,
      name: input.name ?? lead.projectName,
      enterpriseId: lead.enterpriseId,
      leadUnitId: lead.ownerUnitId,
      category: input.category,
      constructionType: input.constructionType,
      industryCode: lead.industryCode?.length === 4 ? lead.industryCode : null,
      totalInvestmentYuan: main.amountYuan,
      landMu: main.landMu ?? lead.landMu,
      content: lead.projectContent,
      plannedStartOn: main.promisedStartOn,
      plannedCompletionOn: input.plannedCompletionOn,
      expectedOutputYuan: main.promisedOutputYuan ?? lead.expectedOutputYuan,
      expectedTaxYuan: main.promisedTaxYuan ?? lead.expectedTaxYuan,
      expectedJobs: main.promisedJobs ?? lead.expectedJobs,
      stage: "signed",
    }),
  );
  await ctx.db.transaction((tx) =>
    moveLead(tx, ctx, lead, "converted", null, { projectId: project.id }, input.version),
  );
  return { lead: await readLead(ctx, id), enterpriseId: lead.enterpriseId, projectId: project.id };
}
