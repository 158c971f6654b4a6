/** The enterprise registry: list and search, read, create, edit; an enterprise account edits its own contacts. */
import type {
  enterpriseContactUpdate,
  enterpriseInput,
  enterpriseQuery,
  enterpriseUpdate,
  QUALIFICATION_KINDS,
} from "@zoneos/core/enterprise-api";
import { type ScaleKind, sectionDivisions } from "@zoneos/core/enterprise-scale";
import { and, asc, eq, type SQL, sql } from "drizzle-orm";
import type { z } from "zod";
import { audit } from "../../platform/audit.js";
import { requirePermission, type ServiceContext } from "../../platform/context.js";
import { conflict, invalid, notFound } from "../../platform/errors.js";
import { offsetOf, pageResult } from "../../platform/pagination.js";
import { registryScope } from "../../platform/scope.js";
import { assertZoneWritable } from "../../platform/zone-access.js";
import { users, zones } from "../platform/tables.js";
import { indexName, searchCondition, searchKeyOf } from "./search.js";
import { enterprises, industries } from "./tables.js";

type QualificationKind = (typeof QUALIFICATION_KINDS)[number];

/** 四上 is the union of the scale groups; a flag counts while today lies within its dates. */
const activeScaleKinds = sql<ScaleKind[]>`coalesce((
  select array_agg(distinct f.kind order by f.kind) from enterprise_scale_flags f
  where f.enterprise_id = ${enterprises.id} and f.started_on <= current_date
    and (f.ended_on is null or f.ended_on >= current_date)
), '{}')`;
const activeQualificationKinds = sql<QualificationKind[]>`coalesce((
  select array_agg(distinct q.kind order by q.kind) from enterprise_qualifications q
  where q.enterprise_id = ${enterprises.id} and (q.expires_on is null or q.expires_on >= current_date)
), '{}')`;

export const enterpriseView = {
  id: enterprises.id,
  zoneId: enterprises.zoneId,
  zoneName: zones.name,
  creditCode: enterprises.creditCode,
  name: enterprises.name,
  formerNames: enterprises.formerNames,
  legalRepresentative: enterprises.legalRepresentative,
  registeredCapitalYuan: enterprises.registeredCapitalYuan,
  establishedOn: enterprises.establishedOn,
  address: enterprises.address,
  industryCode: enterprises.industryCode,
  industryName: industries.name,
  ownership: enterprises.ownership,
  status: enterprises.status,
  employees: enterprises.employees,
  landMu: enterprises.landMu,
  contactName: enterprises.contactName,
  contactPhone: enterprises.contactPhone,
  liaisonUserId: enterprises.liaisonUserId,
  liaisonName: users.name,
  cluster: enterprises.cluster,
  rung: enterprises.rung,
  scaleKinds: activeScaleKinds,
  qualificationKinds: activeQualificationKinds,
  version: enterprises.version,
};

function selectEnterprises(ctx: ServiceContext) {
  return ctx.db
    .select(enterpriseView)
    .from(enterprises)
    .innerJoin(zones, eq(zones.id, enterprises.zoneId))
    .leftJoin(industries, eq(industries.code, enterprises.industryCode))
    .leftJoin(users, eq(users.id, enterprises.liaisonUserId));
}

export function inScope(ctx: ServiceContext): SQL {
  return registryScope(ctx.actor, enterprises.zoneId, enterprises.id);
}

function filters(ctx: ServiceContext, q: z.infer<typeof enterpriseQuery>): SQL[] {
  const where: SQL[] = [inScope(ctx)];
  if (q.q) where.push(searchCondition(q.q));
  if (q.zoneId) where.push(eq(enterprises.zoneId, q.zoneId));
  if (q.industry) {
    const range = sectionDivisions(q.industry);
    where.push(
      range
        ? sql`substr(${enterprises.industryCode}, 1, 2)::int between ${range[0]} and ${range[1]}`
        : sql`${enterprises.industryCode} like ${`${q.industry}%`}`,
    );
  }
  if (q.status) where.push(eq(enterprises.status, q.status));
  if (q.rung) where.push(eq(enterprises.rung, q.rung));
  if (q.cluster) where.push(eq(enterprises.cluster, q.cluster));
  if (q.scale)
    where.push(sql`exists (select 1 from enterprise_scale_flags f where f.enterprise_id = ${enterprises.id}
      and f.started_on <= current_date and (f.ended_on is null or f.ended_on >= current_date)
      ${q.scale === "fourAbove" ? sql`` : sql`and f.kind = ${q.scale}`})`);
  if (q.qualification)
    where.push(sql`exists (select 1 from enterprise_qualifications x where x.enterprise_id = ${enterprises.id}
      and x.kind = ${q.qualification} and (x.expires_on is null or x.expires_on >= current_date))`);
  return where;
}

export async function listEnterprises(ctx: ServiceContext, q: z.infer<typeof enterpriseQuery>) {
  requirePermission(ctx.actor, "enterprises:read");
  const where = and(...filters(ctx, q));
  const column = {
    name: enterprises.name,
    establishedOn: enterprises.establishedOn,
    employees: enterprises.employees,
    landMu: enterprises.landMu,
  }[q.sort];
  const [rows, [count]] = await Promise.all([
    selectEnterprises(ctx)
      .where(where)
      .orderBy(q.order === "desc" ? sql`${column} desc nulls last` : asc(column), asc(enterprises.id))
      .limit(q.pageSize)
      .offset(offsetOf(q)),
    ctx.db.select({ n: sql<number>`count(*)::int` }).from(enterprises).where(where),
  ]);
  return pageResult(rows, count?.n ?? 0, q);
}

/** The filtered list without paging, for the Excel export (bounded by the caller). */
export function exportEnterpriseRows(ctx: ServiceContext, q: z.infer<typeof enterpriseQuery>, limit: number) {
  requirePermission(ctx.actor, "enterprises:read");
  return selectEnterprises(ctx)
    .where(and(...filters(ctx, q)))
    .orderBy(asc(enterprises.name))
    .limit(limit);
}

export async function getEnterprise(ctx: ServiceContext, id: string) {
  requirePermission(ctx.actor, "enterprises:read");
  const [row] = await selectEnterprises(ctx).where(and(eq(enterprises.id, id), inScope(ctx)));
  if (!row) throw notFound();
  return row;
}

/** Writers work in zones they administer; an enterprise account never writes the registry record. */
export async function assertWritableZone(ctx: ServiceContext, zoneId: string) {
  requirePermission(ctx.actor, "enterprises:write");
  await assertZoneWritable(ctx, zoneId);
}

async function assertReferences(
  ctx: ServiceContext,
  zoneId: string,
  input: Partial<z.infer<typeof enterpriseInput>>,
  exceptId?: string,
) {
  if (input.industryCode) {
    const [row] = await ctx.db
      .select({ level: industries.level })
      .from(industries)
      .where(eq(industries.code, input.industryCode));
    if (row?.level !== "class")
      throw invalid([{ field: "industryCode", key: "unknownIndustry", params: { code: input.industryCode } }]);
  }
  if (input.creditCode) {
    const [dup] = await ctx.db
      .select({ id: enterprises.id })
      .from(enterprises)
      .where(
        and(eq(enterprises.creditCode, input.creditCode), exceptId ? sql`${enterprises.id} <> ${exceptId}` : undefined),
      );
    if (dup) throw invalid([{ field: "creditCode", key: "duplicate" }]);
  }
  if (input.rung && input.rung !== "individual" && input.creditCode === null)
    throw invalid([{ field: "creditCode", key: "creditCodeRequired" }]);
  if (input.liaisonUserId) {
    const [u] = await ctx.db.select({ zoneId: users.zoneId }).from(users).where(eq(users.id, input.liaisonUserId));
    if (u?.zoneId !== zoneId) throw invalid([{ field: "liaisonUserId", key: "notFound" }]);
  }
}

export async function createEnterprise(ctx: ServiceContext, input: z.infer<typeof enterpriseInput>) {
  await assertWritableZone(ctx, input.zoneId);
  await assertReferences(ctx, input.zoneId, input);
  const id = await ctx.db.transaction(async (tx) => {
    const id = crypto.randomUUID();
    const [row] = await tx
      .insert(enterprises)
      .values({ ...input, id, searchKey: searchKeyOf(input.name) })
      .returning();
    await indexName(tx, id, input.zoneId, input.name);
    await audit(tx, ctx, { entity: "enterprise", entityId: id, action: "create", zoneId: input.zoneId, after: row });
    return id;
  });
  return getEnterprise(ctx, id);
}

export async function updateEnterprise(ctx: ServiceContext, id: string, input: z.infer<typeof enterpriseUpdate>) {
  const current = await getEnterprise(ctx, id);
  await assertWritableZone(ctx, current.zoneId);
  const { version, ...changes } = input;
  await assertReferences(ctx, current.zoneId, { rung: current.rung, creditCode: current.creditCode, ...changes }, id);
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(enterprises).where(eq(enterprises.id, id));
    if (!before) throw notFound();
    // A renamed enterprise keeps its old name among the former names, so searches by it still find it.
    const renamed = changes.name && changes.name !== before.name;
    const formerNames = renamed
      ? [...new Set([...(changes.formerNames ?? before.formerNames), before.name])]
      : changes.formerNames;
    const searchKey = renamed ? await indexName(tx, id, before.zoneId, changes.name as string) : before.searchKey;
    const [after] = await tx
      .update(enterprises)
      .set({ ...changes, formerNames, searchKey, version: sql`${enterprises.version} + 1`, updatedAt: ctx.now })
      .where(and(eq(enterprises.id, id), eq(enterprises.version, version)))
      .returning();
    if (!after) throw conflict();
    await audit(tx, ctx, {
      entity: "enterprise",
      entityId: id,
      action: "update",
      zoneId: before.zoneId,
      before,
      after,
    });
  });
  return getEnterprise(ctx, id);
}

/** An enterprise's own account keeps its contact data current; nothing else of the record. */
export async function updateOwnContacts(
  ctx: ServiceContext,
  id: string,
  input: z.infer<typeof enterpriseContactUpdate>,
) {
  if (ctx.actor.scope !== "enterprise" || ctx.actor.enterpriseId !== id) {
    const current = await getEnterprise(ctx, id);
    await assertWritableZone(ctx, current.zoneId);
  }
  const current = await getEnterprise(ctx, id);
  const { version, ...changes } = input;
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(enterprises).where(eq(enterprises.id, id));
    const [after] = await tx
      .update(enterprises)
      .set({ ...changes, version: sql`${enterprises.version} + 1`, updatedAt: ctx.now })
      .where(and(eq(enterprises.id, id), eq(enterprises.version, version)))
      .returning();
    if (!after) throw conflict();
    await audit(tx, ctx, {
      entity: "enterprise",
      entityId: id,
      action: "updateContacts",
      zoneId: current.zoneId,
      before,
      after,
    });
  });
  return getEnterprise(ctx, id);
}
