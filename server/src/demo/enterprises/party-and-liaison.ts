import type { PartyForm } from "../enterprises-data.js";
import { type DemoEnterprise, isIndustrial } from "./demo-enterprise.js";
import { clamp, type ZoneBuilder } from "./zone-builder.js";

/** Party organisation, instructors and liaison cadres. */
export function organise(z: ZoneBuilder, list: DemoEnterprise[]): void {
  const { plan, rnd: r } = z;
  const open = list.filter((e) => e.slot !== "named" && e.status === "operating" && e.rung !== "individual");
  const namedForms = (form: PartyForm) => list.filter((e) => e.party?.form === form).length;
  const byHeads = [...open].sort((a, b) => (b.employees ?? 0) - (a.employees ?? 0));
  for (const e of byHeads.slice(0, Math.max(0, plan.party.standalone - namedForms("standalone")))) {
    const members = clamp((e.employees ?? 10) * (0.04 + r.float() * 0.06), 3, 600);
    e.party = { form: "standalone", members, secretary: z.person(), instructor: null };
  }
  const small = r.shuffle(open.filter((e) => !e.party && (e.employees ?? 0) < 150));
  for (const e of small.splice(0, Math.max(0, plan.party.joint - namedForms("joint"))))
    e.party = { form: "joint", members: r.int(1, 4), secretary: null, instructor: null };
  for (const e of small.filter((x) => !isIndustrial(x.industry)).slice(0, plan.party.building))
    e.party = { form: "building", members: r.int(1, 3), secretary: null, instructor: null };
  const instructors = new Set<string>();
  while (instructors.size < plan.party.instructors) instructors.add(z.person());
  const pool = [...instructors];
  list
    .filter((e) => e.party)
    .forEach((e, i) => {
      if (e.party) e.party.instructor = pool[i % pool.length] ?? null;
    });

  const key = r.shuffle(open.filter((e) => e.slot === "above" || e.slot === "four"));
  for (const [username, n] of Object.entries(plan.liaison))
    for (const e of key.filter((x) => !x.liaison).slice(0, n)) e.liaison = username;
}
