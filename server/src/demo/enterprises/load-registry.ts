/** Writes the built enterprises into the registry: their rows, search grams and facts. */
import type { Db, Tx } from "../../db/client.js";
import { indexName, searchKeyOf } from "../../modules/enterprises/search.js";
import {
  enterpriseProfiles,
  enterprises,
  qualifications,
  rdPlatforms,
  rungSteps,
  scaleFlags,
} from "../../modules/enterprises/tables.js";
import { DEMO_REVENUE_YEAR } from "../enterprises-data.js";
import type { DemoEnterprise } from "./demo-enterprise.js";
import { insertBatched } from "./insert-batched.js";

/** A built enterprise with the row id and zone id it is stored under. */
export interface EnterpriseRow {
  e: DemoEnterprise;
  id: string;
  zoneId: string;
}

const yuan = (wan: number | null) => (wan === null ? null : String(wan * 10_000));

export async function insertEnterprises(
  db: Db,
  rows: EnterpriseRow[],
  userId: (username: string | null) => string | null,
): Promise<void> {
  await insertBatched(
    db,
    enterprises,
    rows.map(({ e, id, zoneId }) => ({
      id,
      zoneId,
      creditCode: e.creditCode,
      name: e.name,
      formerNames: e.formerNames,
      legalRepresentative: e.legal,
      registeredCapitalYuan: yuan(e.capitalWan),
      establishedOn: e.established,
      address: e.address,
      industryCode: e.industry,
      ownership: e.ownership,
      status: e.status,
      employees: e.employees,
      landMu: e.landMu === null ? null : String(e.landMu),
      contactName: e.contactName,
      contactPhone: e.contactPhone,
      liaisonUserId: userId(e.liaison),
      cluster: e.cluster,
      rung: e.rung,
      searchKey: searchKeyOf(e.name),
    })),
  );
  // Search needs each enterprise's grams, written the one way the registry writes them.
  for (const { e, id, zoneId } of rows) await indexName(db as unknown as Tx, id, zoneId, e.name);
}

/** Scale flags, qualifications, R&D platforms, rung steps and one profile (innovation, revenue, party) each. */
export async function insertFacts(db: Db, rows: EnterpriseRow[]): Promise<void> {
  const owned = rows.map(({ e, id, zoneId }) => ({ e, own: { zoneId, enterpriseId: id } }));
  await insertBatched(
    db,
    scaleFlags,
    owned.flatMap(({ e, own }) => e.flags.map((f) => ({ ...own, ...f }))),
  );
  await insertBatched(
    db,
    qualifications,
    owned.flatMap(({ e, own }) => e.quals.map((q) => ({ ...own, ...q }))),
  );
  await insertBatched(
    db,
    rdPlatforms,
    owned.flatMap(({ e, own }) => e.platforms.map((p) => ({ ...own, ...p }))),
  );
  await insertBatched(
    db,
    rungSteps,
    owned.flatMap(({ e, own }) => e.steps.map((s) => ({ ...own, ...s }))),
  );
  await insertBatched(
    db,
    enterpriseProfiles,
    owned.map(({ e, own }) => ({
      ...own,
      inventionPatents: e.innovation.invention,
      validInventionPatents: e.innovation.validInvention,
      utilityPatents: e.innovation.utility,
      designPatents: e.innovation.design,
      highLevelTalents: e.innovation.talents,
      partners: e.partners,
      declaredRevenueYuan: yuan(e.revenueWan),
      declaredRevenueYear: e.revenueWan === null ? null : DEMO_REVENUE_YEAR,
      partyForm: e.party?.form ?? null,
      partyMembers: e.party?.members ?? null,
      partySecretary: e.party?.secretary ?? null,
      partyInstructor: e.party?.instructor ?? null,
    })),
  );
}
