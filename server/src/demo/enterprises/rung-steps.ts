import { type DemoEnterprise, isIndustrial } from "./demo-enterprise.js";
import type { ZoneBuilder } from "./zone-builder.js";

/** 规改股 and 个转企 steps in the last two years. */
export function ladder(z: ZoneBuilder, list: DemoEnterprise[]): void {
  const r = z.rnd;
  const above = r.shuffle(list.filter((e) => e.slot === "above" && e.rung === "aboveScale"));
  for (const [year, n] of Object.entries(z.plan.jointStockSteps))
    for (const e of above.splice(0, n)) {
      const renamed = e.name.replace(/有限公司$/, "股份有限公司");
      e.formerNames = [e.name];
      z.names.add(renamed);
      e.name = renamed;
      e.rung = "jointStock";
      e.ownership = "jointStock";
      e.steps.push({ rung: "jointStock", reachedOn: r.day(Number(year), 3, 10) });
    }
  // A few long-standing 规上 firms are 股份有限公司 already.
  for (const e of above.splice(0, Math.floor(above.length * 0.06))) {
    const renamed = e.name.replace(/有限公司$/, "股份有限公司");
    if (z.names.has(renamed)) continue;
    z.names.delete(e.name);
    z.names.add(renamed);
    e.name = renamed;
    e.rung = "jointStock";
    e.ownership = "jointStock";
  }
  const small = r.shuffle(list.filter((e) => e.slot === "rest" && e.flags.length === 0 && !isIndustrial(e.industry)));
  for (const [year, n] of Object.entries(z.plan.individualToEnterprise))
    for (const e of small.splice(0, n)) {
      e.established = r.day(Number(year), 2, 10);
      e.steps.push({ rung: "enterprise", reachedOn: e.established });
    }
}
