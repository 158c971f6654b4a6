/** The enterprise 360° view: everything the registry knows of one enterprise, in one answer. */
import { asc, desc, eq } from "drizzle-orm";
import type { ServiceContext } from "../../platform/context.js";
import { nodesOfEnterprise } from "./chains-service.js";
import { getEnterprise } from "./enterprises-service.js";
import { enterpriseProfiles, qualifications, rdPlatforms, rungSteps, scaleFlags } from "./tables.js";

const EMPTY_PROFILE = {
  inventionPatents: 0,
  utilityPatents: 0,
  designPatents: 0,
  validInventionPatents: 0,
  highLevelTalents: 0,
  partners: [] as string[],
  declaredRevenueYuan: null as string | null,
  declaredRevenueYear: null as number | null,
  version: 0,
};

export async function enterprise360(ctx: ServiceContext, id: string) {
  const enterprise = await getEnterprise(ctx, id);
  const [flags, quals, platforms, [profile], steps, chainNodes] = await Promise.all([
    ctx.db.select().from(scaleFlags).where(eq(scaleFlags.enterpriseId, id)).orderBy(asc(scaleFlags.startedOn)),
    ctx.db
      .select()
      .from(qualifications)
      .where(eq(qualifications.enterpriseId, id))
      .orderBy(desc(qualifications.issuedOn)),
    ctx.db.select().from(rdPlatforms).where(eq(rdPlatforms.enterpriseId, id)).orderBy(asc(rdPlatforms.name)),
    ctx.db.select().from(enterpriseProfiles).where(eq(enterpriseProfiles.enterpriseId, id)),
    ctx.db.select().from(rungSteps).where(eq(rungSteps.enterpriseId, id)).orderBy(asc(rungSteps.reachedOn)),
    nodesOfEnterprise(ctx, id),
  ]);
  const strip = <T extends { zoneId: string; enterpriseId: string }>({ zoneId: _z, enterpriseId: _e, ...rest }: T) =>
    rest;
  return {
    enterprise,
    scaleFlags: flags.map(strip),
    qualifications: quals.map(strip),
    rdPlatforms: platforms.map(strip),
    innovation: profile
      ? {
          inventionPatents: profile.inventionPatents,
          utilityPatents: profile.utilityPatents,
          designPatents: profile.designPatents,
          validInventionPatents: profile.validInventionPatents,
          highLevelTalents: profile.highLevelTalents,
          partners: profile.partners,
          declaredRevenueYuan: profile.declaredRevenueYuan,
          declaredRevenueYear: profile.declaredRevenueYear,
          version: profile.version,
        }
      : EMPTY_PROFILE,
    party: profile?.partyForm
      ? {
          form: profile.partyForm,
          members: profile.partyMembers ?? 0,
          secretary: profile.partySecretary,
          instructor: profile.partyInstructor,
        }
      : null,
    rungSteps: steps.map((s) => ({ id: s.id, rung: s.rung, reachedOn: s.reachedOn })),
    chainNodes,
  };
}
