/** GET /units answers a flat list; these build the tree (by parentId, then sort, then name). */
import type { Unit } from "@zoneos/core/platform-api";
import type { ReactNode } from "react";

export interface UnitNode {
  key: string;
  value: string;
  title: ReactNode;
  unit: Unit;
  children: UnitNode[];
}

export function buildUnitTree(units: readonly Unit[], render: (u: Unit) => ReactNode = (u) => u.name): UnitNode[] {
  const nodes = new Map<string, UnitNode>();
  for (const u of units) nodes.set(u.id, { key: u.id, value: u.id, title: render(u), unit: u, children: [] });
  const roots: UnitNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.unit.parentId ? nodes.get(node.unit.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  const order = (list: UnitNode[]) => {
    list.sort((a, b) => a.unit.sort - b.unit.sort || a.unit.name.localeCompare(b.unit.name, "zh-CN"));
    for (const n of list) order(n.children);
  };
  order(roots);
  const prune = (list: UnitNode[]): UnitNode[] =>
    list.map((n) =>
      n.children.length
        ? { ...n, children: prune(n.children) }
        : ({ ...n, children: undefined } as unknown as UnitNode),
    );
  return prune(roots);
}

/** The ids of a unit and everything under it (a unit cannot move below itself). */
export function descendantIds(units: readonly Unit[], id: string): Set<string> {
  const out = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const u of units) {
      if (u.parentId && out.has(u.parentId) && !out.has(u.id)) {
        out.add(u.id);
        grew = true;
      }
    }
  }
  return out;
}
