import { DEMO_CHAINS } from "../enterprises-data.js";
import type { DemoEnterprise } from "./demo-enterprise.js";

/** Codes each non-gap chain node of the zone needs at least one enterprise of. */
export function mustCodes(zone: string, named: DemoEnterprise[]): string[] {
  const placed = new Set(named.flatMap((e) => e.nodes));
  const codes: string[] = [];
  for (const chain of DEMO_CHAINS.filter((c) => c.zone === zone))
    for (const node of chain.nodes) {
      const first = node.industries?.[0];
      if (!first || placed.has(`${chain.key}/${node.key}`)) continue;
      if (!named.some((e) => node.industries?.includes(e.industry))) codes.push(first);
    }
  return codes;
}

/** Enterprises on the chain nodes of their industry, at most 15 a node; gap leaves stay empty. */
export function placeOnChains(zone: string, list: DemoEnterprise[]): void {
  for (const chain of DEMO_CHAINS.filter((c) => c.zone === zone))
    for (const node of chain.nodes) {
      const key = `${chain.key}/${node.key}`;
      const fits = list.filter(
        (e) =>
          e.status === "operating" &&
          e.rung !== "individual" &&
          !e.nodes.some((n) => n.startsWith(`${chain.key}/`)) &&
          node.industries?.includes(e.industry),
      );
      const room = 15 - list.filter((e) => e.nodes.includes(key)).length;
      for (const e of fits.slice(0, Math.max(0, room))) e.nodes.push(key);
    }
}
