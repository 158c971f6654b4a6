/**
 * What is known of an enterprise beyond its registry record: dated scale flags, qualifications with validity,
 * R&D platforms, innovation figures and party organisation, and its steps up the cultivation ladder.
 * Each write checks the enterprise is writable, then writes and audits in one transaction.
 */
import type {
  innovation,
  partyOrganisation,
  qualificationInput,
  rdPlatformInput,
  scaleFlagInput,
} from "@zoneos/core/enterprise-api";
import { RUNGS, type Rung } from "@zoneos/core/enterprise-scale";
import { and, eq, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { z } from "zod";
import { audit } from "../../platform/audit.js";
import type { ServiceContext } from "../../platform/context.js";
import { conflict, invalid, notFound } from "../../platform/errors.js";
import { assertWritableZone, getEnterprise } from "./enterprises-service.js";
import { enterpriseProfiles, enterprises, qualifications, rdPlatforms, rungSteps, scaleFlags } from "./tables.js";

async function writable(ctx: ServiceContext, enterpriseId: string) {
  const e = await getEnterprise(ctx, enterpriseId);
  await assertWritableZone(ctx, e.zoneId);
  return e;
}

function assertDates(start: string | null, end: string | null, endField: string) {
  if (start && end && end < start) throw invalid([{ field: endField, key: "endBeforeStart" }]);
}

type FactTable = typeof scaleFlags | typeof qualifications | typeof rdPlatforms;
const ENTITY: [FactTable, string][] = [
  [scaleFlags, "scaleFlag"],
  [qualifications, "qualification"],
  [rdPlatforms, "rdPlatform"],
];
const entityOf = (table: FactTable) => ENTITY.find(([t]) => t === table)?.[1] ?? "fact";

async function addFact<T extends FactTable>(
  ctx: ServiceContext,
  table: T,
  enterpriseId: string,
  values: Record<string, unknown>,
) {
  const e = await writable(ctx, enterpriseId);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(table as PgTable)
      .values({ ...values, zoneId: e.zoneId, enterpriseId } as never)
      .returning();
    const id = (row as { id: string }).id;
    await audit(tx, ctx, {
      entity: entityOf(table),
      entityId: id,
      action: "create",
      zoneId: e.zoneId,
      after: row as Record<string, unknown>,
    });
    return id;
  });
}

async function updateFact(
  ctx: ServiceContext,
  table: FactTable,
  enterpriseId: string,
  id: string,
  values: Record<string, unknown>,
) {
  const e = await writable(ctx, enterpriseId);
  await ctx.db.transaction(async (tx) => {
    const where = and(eq(table.id, id), eq(table.enterpriseId, enterpriseId));
    const [before] = await tx.select().from(table).where(where);
    if (!before) throw notFound();
    const [after] = await tx.update(table).set(values).where(where).returning();
    await audit(tx, ctx, { entity: entityOf(table), entityId: id, action: "update", zoneId: e.zoneId, before, after });
  });
}

async function deleteFact(ctx: ServiceContext, table: FactTable, enterpriseId: string, id: string) {
  const e = await writable(ctx, enterpriseId);
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx
      .delete(table)
      .where(and(eq(table.id, id), eq(table.enterpriseId, enterpriseId)))
      .returning();
    if (!before) throw notFound();
    await audit(tx, ctx, { entity: entityOf(table), entityId: id, action: "delete", zoneId: e.zoneId, before });
  });
}

export function addScaleFlag(ctx: ServiceContext, enterpriseId: string, input: z.infer<typeof scaleFlagInput>) {
  assertDates(input.startedOn, input.endedOn, "endedOn");
  return addFact(ctx, scaleFlags, enterpriseId, input);
}
export function updateScaleFlag(
  ctx: ServiceContext,
  enterpriseId: string,
  id: string,
  input: z.infer<typeof scaleFlagInput>,
) {
  assertDates(input.startedOn, input.endedOn, "endedOn");
  return updateFact(ctx, scaleFlags, enterpriseId, id, input);
}
export const deleteScaleFlag = (ctx: ServiceContext, enterpriseId: string, id: string) =>
  deleteFact(ctx, scaleFlags, enterpriseId, id);

/** 高新技术企业 certificates run three years from issue unless stated (国科发火〔2016〕32号). */
function withDefaultValidity(input: z.infer<typeof qualificationInput>) {
  if (input.kind !== "hitech" || input.expiresOn || !input.issuedOn) return input;
  const issued = new Date(`${input.issuedOn}T00:00:00Z`);
  issued.setUTCFullYear(issued.getUTCFullYear() + 3);
  issued.setUTCDate(issued.getUTCDate() - 1);
  return { ...input, expiresOn: issued.toISOString().slice(0, 10) };
}

function assertQualification(input: z.infer<typeof qualificationInput>) {
  assertDates(input.issuedOn, input.expiresOn, "expiresOn");
  if (input.kind === "listed" && !input.board) throw invalid([{ field: "board", key: "boardRequired" }]);
}

export function addQualification(ctx: ServiceContext, enterpriseId: string, input: z.infer<typeof qualificationInput>) {
  assertQualification(input);
  return addFact(ctx, qualifications, enterpriseId, withDefaultValidity(input));
}
export function updateQualification(
  ctx: ServiceContext,
  enterpriseId: string,
  id: string,
  input: z.infer<typeof qualificationInput>,
) {
  assertQualification(input);
  return updateFact(ctx, qualifications, enterpriseId, id, withDefaultValidity(input));
}
export const deleteQualification = (ctx: ServiceContext, enterpriseId: string, id: string) =>
  deleteFact(ctx, qualifications, enterpriseId, id);

export const addRdPlatform = (ctx: ServiceContext, enterpriseId: string, input: z.infer<typeof rdPlatformInput>) =>
  addFact(ctx, rdPlatforms, enterpriseId, input);
export const deleteRdPlatform = (ctx: ServiceContext, enterpriseId: string, id: string) =>
  deleteFact(ctx, rdPlatforms, enterpriseId, id);

/** Innovation figures and party organisation are one profile row, written whole with its version. */
export async function saveProfile(
  ctx: ServiceContext,
  enterpriseId: string,
  input: { innovation?: z.infer<typeof innovation>; party?: z.infer<typeof partyOrganisation> | null; version: number },
) {
  const e = await writable(ctx, enterpriseId);
  const values = {
    ...(input.innovation ?? {}),
    ...(input.party === undefined
      ? {}
      : {
          partyForm: input.party?.form ?? null,
          partyMembers: input.party?.members ?? null,
          partySecretary: input.party?.secretary ?? null,
          partyInstructor: input.party?.instructor ?? null,
        }),
  };
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(enterpriseProfiles)
      .where(eq(enterpriseProfiles.enterpriseId, enterpriseId));
    const currentVersion = before?.version ?? 0;
    if (input.version !== currentVersion) throw conflict();
    const [after] = before
      ? await tx
          .update(enterpriseProfiles)
          .set({ ...values, version: sql`${enterpriseProfiles.version} + 1` })
          .where(and(eq(enterpriseProfiles.enterpriseId, enterpriseId), eq(enterpriseProfiles.version, currentVersion)))
          .returning()
      : await tx
          .insert(enterpriseProfiles)
          .values({ ...values, enterpriseId, zoneId: e.zoneId })
          .returning();
    await audit(tx, ctx, {
      entity: "enterpriseProfile",
      entityId: enterpriseId,
      action: "update",
      zoneId: e.zoneId,
      before,
      after,
    });
  });
}

/** A step up the ladder moves the enterprise's rung and keeps the dated step as history. */
export async function addRungStep(ctx: ServiceContext, enterpriseId: string, rung: Rung, reachedOn: string) {
  const e = await writable(ctx, enterpriseId);
  if (RUNGS.indexOf(rung) <= RUNGS.indexOf(e.rung)) throw invalid([{ field: "rung", key: "rungNotHigher" }]);
  await ctx.db.transaction(async (tx) => {
    const [step] = await tx.insert(rungSteps).values({ zoneId: e.zoneId, enterpriseId, rung, reachedOn }).returning();
    const [before] = await tx.select().from(enterprises).where(eq(enterprises.id, enterpriseId));
    const [after] = await tx
      .update(enterprises)
      .set({ rung, version: sql`${enterprises.version} + 1`, updatedAt: ctx.now })
      .where(eq(enterprises.id, enterpriseId))
      .returning();
    await audit(tx, ctx, {
      entity: "enterprise",
      entityId: enterpriseId,
      action: "rungStep",
      zoneId: e.zoneId,
      before,
      after,
    });
    return step;
  });
}
