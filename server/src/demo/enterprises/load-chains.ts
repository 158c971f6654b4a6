import type { Db } from "../../db/client.js";
import { chainNodes, chains, enterpriseChainNodes } from "../../modules/enterprises/tables.js";
import { DEMO_CHAINS } from "../enterprises-data.js";
import { insertBatched } from "./insert-batched.js";
import type { EnterpriseRow } from "./load-registry.js";

/** The demo chains with their node trees, and the enterprises placed on the nodes. */
export async function loadChains(db: Db, rows: EnterpriseRow[], zoneId: (key: string) => string): Promise<void> {
  const nodeIds = new Map<string, string>();
  for (const chain of DEMO_CHAINS) {
    const chainId = crypto.randomUUID();
    const zone = zoneId(chain.zone);
    await db.insert(chains).values({ id: chainId, zoneId: zone, name: chain.name, description: chain.description });
    for (const n of chain.nodes) nodeIds.set(`${chain.key}/${n.key}`, crypto.randomUUID());
    await insertBatched(
      db,
      chainNodes,
      chain.nodes.map((n, sort) => ({
        id: nodeIds.get(`${chain.key}/${n.key}`),
        zoneId: zone,
        chainId,
        parentId: n.parent ? (nodeIds.get(`${chain.key}/${n.parent}`) ?? null) : null,
        name: n.name,
        segment: n.segment,
        keyProducts: n.keyProducts ?? null,
        technologies: n.technologies ?? null,
        sort,
      })),
    );
  }
  await insertBatched(
    db,
    enterpriseChainNodes,
    rows.flatMap(({ e, id, zoneId }) =>
      e.nodes.map((key) => {
        const nodeId = nodeIds.get(key);
        if (!nodeId) throw new Error(`${e.name}: unknown chain node ${key}`);
        return { zoneId, nodeId, enterpriseId: id };
      }),
    ),
  );
}
