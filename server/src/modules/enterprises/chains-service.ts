/**
 * 产业链图谱: chains as trees of nodes (upstream / midstream / downstream), enterprises placed on nodes,
 * strength per node, and gaps (nodes with no enterprise) that become investment targets.
 */
import type { chainInput, chainNodeInput } from "@zoneos/core/enterprise-api";
import { and, asc, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import { audit } from "../../platform/audit.js";
import { requirePermission, type ServiceContext } from "../../platform/context.js";
import { invalid, notFound } from "../../platform/errors.js";
import { zoneScope } from "../../platform/scope.js";
import { zones } from "../platform/tables.js";
import { assertWritableZone, getEnterprise } from "./enterprises-service.js";
import { chainNodes, chains, enterpriseChainNodes, enterprises } from "./tables.js";

/** Chains are zone registries: unit-scoped officers read their zone's, enterprise accounts none. */
function chainScope(ctx: ServiceContext) {
  const a = ctx.actor;
  if (a.scope === "enterprise") return sql`false`;
  if (a.scope === "unit" || a.scope === "assigned") return a.zoneId ? eq(chains.zoneId, a.zoneId) : sql`false`;
  return zoneScope(a, chains.zoneId);
}

const gapCount = sql<number>`(select count(*)::int from chain_nodes n where n.chain_id = ${chains.id}
  and not exists (select 1 from chain_nodes c where c.parent_id = n.id)
  and not exists (select 1 from enterprise_chain_nodes e where e.node_id = n.id))`;

export async function listChains(ctx: ServiceContext, zoneId?: string) {
  requirePermission(ctx.actor, "enterprises:read");
  return ctx.db
    .select({
      id: chains.id,
      zoneId: chains.zoneId,
      zoneName: zones.name,
      name: chains.name,
      description: chains.description,
      nodeCount: sql<number>`(select count(*)::int from chain_nodes n where n.chain_id = ${chains.id})`,
      gapCount,
      version: chains.version,
    })
    .from(chains)
    .innerJoin(zones, eq(zones.id, chains.zoneId))
    .where(and(chainScope(ctx), zoneId ? eq(chains.zoneId, zoneId) : undefined))
    .orderBy(asc(zones.name), asc(chains.name))
    .limit(200);
}

async function getChainRow(ctx: ServiceContext, id: string) {
  const [row] = (await listChains(ctx)).filter((c) => c.id === id);
  if (!row) throw notFound();
  return row;
}

/**
 * A chain with its nodes; a leaf node with no enterprise is a gap. Enterprises shown per node are the
 * reader's visible ones (all of the zone for zone staff).
 */
export async function getChain(ctx: ServiceContext, id: string) {
  const chain = await getChainRow(ctx, id);
  const nodes = await ctx.db
    .select()
    .from(chainNodes)
    .where(eq(chainNodes.chainId, id))
    .orderBy(asc(chainNodes.sort), asc(chainNodes.name));
  const placed = await ctx.db
    .select({ nodeId: enterpriseChainNodes.nodeId, id: enterprises.id, name: enterprises.name })
    .from(enterpriseChainNodes)
    .innerJoin(enterprises, eq(enterprises.id, enterpriseChainNodes.enterpriseId))
    .innerJoin(chainNodes, eq(chainNodes.id, enterpriseChainNodes.nodeId))
    .where(eq(chainNodes.chainId, id))
    .orderBy(asc(enterprises.name));
  const parents = new Set(nodes.map((n) => n.parentId).filter(Boolean));
  return {
    ...chain,
    nodes: nodes.map((n) => {
      const list = placed.filter((p) => p.nodeId === n.id).map(({ id, name }) => ({ id, name }));
      return {
        id: n.id,
        parentId: n.parentId,
        name: n.name,
        segment: n.segment,
        keyProducts: n.keyProducts,
        technologies: n.technologies,
        sort: n.sort,
        enterpriseCount: list.length,
        enterprises: list,
        gap: list.length === 0 && !parents.has(n.id),
      };
    }),
  };
}

export async function createChain(ctx: ServiceContext, input: z.infer<typeof chainInput>) {
  await assertWritableZone(ctx, input.zoneId);
  const [dup] = await ctx.db
    .select({ id: chains.id })
    .from(chains)
    .where(and(eq(chains.zoneId, input.zoneId), eq(chains.name, input.name)));
  if (dup) throw invalid([{ field: "name", key: "duplicate" }]);
  const id = await ctx.db.transaction(async (tx) => {
    const [row] = await tx.insert(chains).values(input).returning();
    if (!row) throw new Error("insert returned nothing");
    await audit(tx, ctx, { entity: "chain", entityId: row.id, action: "create", zoneId: input.zoneId, after: row });
    return row.id;
  });
  return getChain(ctx, id);
}

async function writableChain(ctx: ServiceContext, chainId: string) {
  const chain = await getChainRow(ctx, chainId);
  await assertWritableZone(ctx, chain.zoneId);
  return chain;
}

export async function addNode(ctx: ServiceContext, chainId: string, input: z.infer<typeof chainNodeInput>) {
  const chain = await writableChain(ctx, chainId);
  if (input.parentId) {
    const [parent] = await ctx.db
      .select({ id: chainNodes.id })
      .from(chainNodes)
      .where(and(eq(chainNodes.id, input.parentId), eq(chainNodes.chainId, chainId)));
    if (!parent) throw invalid([{ field: "parentId", key: "notFound" }]);
  }
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(chainNodes)
      .values({ ...input, chainId, zoneId: chain.zoneId })
      .returning();
    await audit(tx, ctx, {
      entity: "chainNode",
      entityId: row?.id ?? "",
      action: "create",
      zoneId: chain.zoneId,
      after: row,
    });
  });
  return getChain(ctx, chainId);
}

export async function updateNode(
  ctx: ServiceContext,
  chainId: string,
  nodeId: string,
  input: Partial<z.infer<typeof chainNodeInput>>,
) {
  const chain = await writableChain(ctx, chainId);
  if (input.parentId === nodeId) throw invalid([{ field: "parentId", key: "parentCycle" }]);
  await ctx.db.transaction(async (tx) => {
    const where = and(eq(chainNodes.id, nodeId), eq(chainNodes.chainId, chainId));
    const [before] = await tx.select().from(chainNodes).where(where);
    if (!before) throw notFound();
    const [after] = await tx.update(chainNodes).set(input).where(where).returning();
    await audit(tx, ctx, {
      entity: "chainNode",
      entityId: nodeId,
      action: "update",
      zoneId: chain.zoneId,
      before,
      after,
    });
  });
  return getChain(ctx, chainId);
}

export async function deleteNode(ctx: ServiceContext, chainId: string, nodeId: string) {
  const chain = await writableChain(ctx, chainId);
  await ctx.db.transaction(async (tx) => {
    const [child] = await tx
      .select({ id: chainNodes.id })
      .from(chainNodes)
      .where(eq(chainNodes.parentId, nodeId))
      .limit(1);
    if (child) throw invalid([{ field: "parentId", key: "unitHasChildren" }]);
    const [before] = await tx
      .delete(chainNodes)
      .where(and(eq(chainNodes.id, nodeId), eq(chainNodes.chainId, chainId)))
      .returning();
    if (!before) throw notFound();
    await audit(tx, ctx, { entity: "chainNode", entityId: nodeId, action: "delete", zoneId: chain.zoneId, before });
  });
  return getChain(ctx, chainId);
}

/** Places an enterprise of the chain's zone on a node (idempotent) or takes it off. */
export async function placeEnterprise(
  ctx: ServiceContext,
  chainId: string,
  nodeId: string,
  enterpriseId: string,
  placed: boolean,
) {
  const chain = await writableChain(ctx, chainId);
  const enterprise = await getEnterprise(ctx, enterpriseId);
  if (enterprise.zoneId !== chain.zoneId) throw invalid([{ field: "enterpriseId", key: "notFound" }]);
  const [node] = await ctx.db
    .select({ id: chainNodes.id })
    .from(chainNodes)
    .where(and(eq(chainNodes.id, nodeId), eq(chainNodes.chainId, chainId)));
  if (!node) throw notFound();
  await ctx.db.transaction(async (tx) => {
    const key = and(eq(enterpriseChainNodes.nodeId, nodeId), eq(enterpriseChainNodes.enterpriseId, enterpriseId));
    if (placed)
      await tx
        .insert(enterpriseChainNodes)
        .values({ zoneId: chain.zoneId, nodeId, enterpriseId })
        .onConflictDoNothing();
    else await tx.delete(enterpriseChainNodes).where(key);
    await audit(tx, ctx, {
      entity: "enterprise",
      entityId: enterpriseId,
      action: placed ? "placeOnChain" : "removeFromChain",
      zoneId: chain.zoneId,
      changes: { chainNode: { before: placed ? null : nodeId, after: placed ? nodeId : null } },
    });
  });
  return getChain(ctx, chainId);
}

/** The chain nodes an enterprise sits on, for its 360° page. */
export function nodesOfEnterprise(ctx: ServiceContext, enterpriseId: string) {
  return ctx.db
    .select({
      chainId: chains.id,
      chainName: chains.name,
      nodeId: chainNodes.id,
      nodeName: chainNodes.name,
      segment: chainNodes.segment,
    })
    .from(enterpriseChainNodes)
    .innerJoin(chainNodes, eq(chainNodes.id, enterpriseChainNodes.nodeId))
    .innerJoin(chains, eq(chains.id, chainNodes.chainId))
    .where(eq(enterpriseChainNodes.enterpriseId, enterpriseId));
}
