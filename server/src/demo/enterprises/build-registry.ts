/**
 * The whole demo registry: per zone, the enterprises the field reports name, then synthetic ones slot by slot until
 * the zone's counts match its plan, then the passes that give them steps, qualifications, platforms, party
 * organisation and chain places.
 */
import { type ScaleKind, scaleRuleFor } from "@zoneos/core/enterprise-scale";
import { DEMO_REVENUE_YEAR, DEMO_TODAY, NAMED_ENTERPRISES, ZONE_PLANS, type ZonePlan } from "../enterprises-data.js";
import { mustCodes, placeOnChains } from "./chain-placement.js";
import { held, iso } from "./dates.js";
import { type Build, type DemoEnterprise, isCandidate, isIndustrial } from "./demo-enterprise.js";
import { organise } from "./party-and-liaison.js";
import { qualify } from "./qualifications.js";
import { equipRdPlatforms } from "./rd-platforms.js";
import { ladder } from "./rung-steps.js";
import { ZoneBuilder } from "./zone-builder.js";

const thresholdWan = (code: string) => {
  const t = scaleRuleFor(code, DEMO_REVENUE_YEAR)?.thresholdYuan;
  return t ? Number(t) / 10_000 : null;
};

/** A flag over whole years, from 1 January to 31 December (open when `to` is null). */
const yearsFlag = (kind: ScaleKind, from: number, to: number | null, note: string | null = null) => ({
  kind,
  startedOn: iso(from, 1, 1),
  endedOn: to === null ? null : iso(to, 12, 31),
  note,
});

function tallyNamed(list: DemoEnterprise[]) {
  const operating = list.filter((e) => e.status === "operating");
  const flagsToday = (e: DemoEnterprise) => e.flags.filter((f) => held(f, DEMO_TODAY));
  return {
    operating: operating.length,
    industryAbove: operating.filter((e) => flagsToday(e).some((f) => f.kind === "industry")).length,
    otherFour: operating.filter((e) => flagsToday(e).length > 0 && !flagsToday(e).some((f) => f.kind === "industry"))
      .length,
    candidates: operating.filter((e) => isCandidate(e)).length,
    individuals: operating.filter((e) => e.rung === "individual").length,
  };
}

function clusterOf(plan: ZonePlan, code: string): string | null {
  for (const pool of [...plan.industrial, ...plan.services4, ...plan.small])
    if (code in pool.codes) return pool.cluster;
  return null;
}

function buildZone(plan: ZonePlan, build: Build): DemoEnterprise[] {
  const z = new ZoneBuilder(plan, build);
  const r = z.rnd;
  const named = NAMED_ENTERPRISES.filter((n) => n.zone === plan.zone).map((n) => z.named(n));
  const t = tallyNamed(named);
  const slots = {
    above: plan.industryAbove - t.industryAbove,
    four: plan.fourAbove - plan.industryAbove - t.otherFour,
    candidate: plan.candidates - t.candidates,
    individual: plan.individuals - t.individuals,
  };
  const rest = plan.total - t.operating - slots.above - slots.four - slots.candidate - slots.individual;
  if (Object.values(slots).some((n) => n < 0) || rest < 0) throw new Error(`demo plan of ${plan.zone} is inconsistent`);
  const must = mustCodes(plan.zone, named);
  const mustIndustrial = must.filter(isIndustrial);
  const mustService = must.filter((c) => !isIndustrial(c));
  const out = [...named];

  // 规上工业 today: first the year-by-year entrants, then re-entrants, then long-standing members.
  const entrantYears = Object.entries(plan.entrants).flatMap(([y, n]) => Array<number>(n).fill(Number(y)));
  for (let i = 0; i < slots.above; i++) {
    const pick = mustIndustrial[i] ? { code: mustIndustrial[i] as string, cluster: null } : r.code(plan.industrial);
    const cluster = pick.cluster ?? clusterOf(plan, pick.code);
    const entry = entrantYears[i];
    // New entrants sit just over the line; long-standing members spread up to ~7亿.
    const revenue = entry ? 2050 + r.float() * 2500 : 2100 * Math.exp(r.float() * Math.log(35));
    const e = z.synthetic("above", pick.code, cluster, Math.round(revenue));
    if (entry) {
      e.established = r.day(entry - r.int(2, 5));
      e.flags.push(yearsFlag("industry", entry, null, "新增规上"));
      if (entry >= 2024) e.steps.push({ rung: "aboveScale", reachedOn: iso(entry, 1, 1) });
    } else if (i < entrantYears.length + plan.reentries) {
      const s1 = r.int(2011, 2015);
      const e1 = s1 + r.int(2, 4);
      const s2 = e1 + r.int(2, 3);
      e.established = r.day(r.int(1998, s1 - 1));
      e.flags.push(yearsFlag("industry", s1, e1, null), yearsFlag("industry", s2, null, "重新纳入规上"));
    } else {
      const est = r.int(1996, 2020);
      e.established = r.day(est);
      e.flags.push(yearsFlag("industry", Math.min(2023, Math.max(2011, est + 1 + r.int(0, 4))), null));
    }
    out.push(e);
  }

  // Non-industry 四上: construction, real estate, 限上批零住餐, 规上服务业.
  for (let i = 0; i < slots.four; i++) {
    const code = mustService[i] ?? r.code(plan.services4).code;
    const rule = scaleRuleFor(code, DEMO_REVENUE_YEAR);
    if (!rule) throw new Error(`${plan.zone}: ${code} cannot be 四上`);
    const threshold = thresholdWan(code);
    const revenue = threshold ? Math.round(threshold * (1.05 + r.float() * 5)) : r.int(3000, 60000);
    const e = z.synthetic("four", code, clusterOf(plan, code), revenue);
    const est = r.int(1998, 2021);
    e.established = r.day(est);
    e.flags.push(yearsFlag(rule.kind, Math.min(2024, Math.max(2011, est + 1 + r.int(0, 3))), null));
    out.push(e);
  }

  // 小升规 candidates: industrial, 2025 revenue at 81–99 % of the line; the first one left the list after 2025.
  for (let i = 0; i < slots.candidate; i++) {
    const pick = r.code(plan.industrial);
    const e = z.synthetic("candidate", pick.code, pick.cluster, Math.round(2000 * (0.81 + r.float() * 0.18)));
    const est = r.int(2008, 2022);
    e.established = r.day(est);
    if (i === 0 && plan.exits > 1) {
      e.established = r.day(r.int(2008, 2017));
      e.flags.push(yearsFlag("industry", r.int(2019, 2022), 2025, "年报营业收入不足2000万元,退出规上"));
    }
    out.push(e);
  }

  for (let i = 0; i < slots.individual; i++) out.push(z.individual());

  // The rest: small firms, industrial or not; some left the 规上 list in earlier years.
  let exits = plan.exits - (slots.candidate > 0 && plan.exits > 1 ? 1 : 0);
  for (let i = 0; i < rest; i++) {
    const industrial = r.chance(plan.restIndustrialShare);
    const pick = industrial ? r.code(plan.industrial) : r.code(plan.small);
    const threshold = thresholdWan(pick.code);
    const revenue = threshold ? Math.round(threshold * (0.05 + r.float() * 0.65)) : r.int(50, 800);
    const e = z.synthetic("rest", pick.code, pick.cluster, revenue);
    const kind = scaleRuleFor(pick.code, DEMO_REVENUE_YEAR)?.kind;
    if (industrial && kind && exits > 0) {
      exits--;
      const to = r.int(2021, 2024);
      const from = Math.max(2011, to - r.int(1, 4));
      e.established = r.day(r.int(2000, from - 1));
      e.flags.push(yearsFlag(kind, from, to, "年报营业收入不足2000万元,退出规上"));
    } else e.established = r.day(r.int(2005, 2025), 1, 10);
    out.push(e);
  }

  // Cancelled or moved out: kept for history, their flags ended.
  for (let i = 0; i < plan.closed; i++) {
    const pick = r.code(plan.industrial);
    const e = z.synthetic("closed", pick.code, pick.cluster, null);
    const to = r.int(2019, 2024);
    e.status = i % 2 === 0 ? "cancelled" : "movedOut";
    e.established = r.day(r.int(2003, 2010));
    e.flags.push(yearsFlag("industry", r.int(2011, to - 1), to, e.status === "cancelled" ? "注销" : "迁出园区"));
    out.push(e);
  }

  ladder(z, out);
  qualify(z, out);
  equipRdPlatforms(z, out);
  organise(z, out);
  placeOnChains(plan.zone, out);
  return out;
}

/** The whole demo registry, the same on every call. */
export function buildEnterpriseDemo(): DemoEnterprise[] {
  const build: Build = { seq: 0, certs: new Map() };
  return ZONE_PLANS.flatMap((plan) => buildZone(plan, build));
}
