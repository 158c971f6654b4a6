/**
 * Loads the demo enterprise registry: the enterprises the field reports name and, per zone, a synthetic population
 * that reproduces the reports' counts, with scale-flag history, qualifications, R&D platforms, innovation figures,
 * party organisation, rung steps, cultivation targets and industry chains. Everything but row ids is derived from a
 * seeded PRNG, so every load yields the same registry.
 */
import { creditCodeCheckChar } from "@zoneos/core/credit-code";
import { isScaleCandidate, type Rung, type ScaleKind, scaleRuleFor, sectionOf } from "@zoneos/core/enterprise-scale";
import { eq } from "drizzle-orm";
import type { PgInsertValue, PgTable } from "drizzle-orm/pg-core";
import type { Db, Tx } from "../db/client.js";
import { indexName, searchKeyOf } from "../modules/enterprises/search.js";
import {
  chainNodes,
  chains,
  cultivationTargets,
  enterpriseChainNodes,
  enterpriseProfiles,
  enterprises,
  qualifications,
  rdPlatforms,
  rungSteps,
  scaleFlags,
} from "../modules/enterprises/tables.js";
import { users } from "../modules/platform/tables.js";
import {
  type Board,
  BRAND_FIRST,
  BRAND_SECOND,
  type CodePool,
  DEMO_CHAINS,
  DEMO_REVENUE_YEAR,
  DEMO_TODAY,
  GIVEN_NAMES,
  INDIVIDUAL_TRADES,
  NAMED_ENTERPRISES,
  type NamedEnterprise,
  type Ownership,
  type PartyForm,
  type PlatformKind,
  type PlatformLevel,
  type QualificationKind,
  SURNAMES,
  TRADE_WORDS,
  ZONE_PLANS,
  type ZonePlan,
} from "./enterprises-data.js";
import type { DemoIds } from "./platform.js";
import { DEMO_ZONES } from "./platform-data.js";

export interface DemoQualification {
  kind: QualificationKind;
  certificateNo: string | null;
  issuedOn: string | null;
  expiresOn: string | null;
  board: Board | null;
  stockCode: string | null;
  tier: string | null;
  note: string | null;
}

export interface DemoEnterprise {
  zone: string;
  name: string;
  formerNames: string[];
  creditCode: string | null;
  industry: string;
  cluster: string | null;
  ownership: Ownership;
  status: "operating" | "cancelled" | "movedOut";
  established: string;
  capitalWan: number | null;
  employees: number | null;
  landMu: number | null;
  legal: string | null;
  address: string | null;
  contactName: string | null;
  contactPhone: string | null;
  rung: Rung;
  liaison: string | null;
  account: string | null;
  flags: { kind: ScaleKind; startedOn: string; endedOn: string | null; note: string | null }[];
  quals: DemoQualification[];
  platforms: { kind: PlatformKind; level: PlatformLevel; name: string; approvedOn: string | null }[];
  innovation: { invention: number; validInvention: number; utility: number; design: number; talents: number };
  partners: string[];
  revenueWan: number | null;
  party: { form: PartyForm; members: number; secretary: string | null; instructor: string | null } | null;
  steps: { rung: Rung; reachedOn: string }[];
  nodes: string[];
  /** Which part of the plan produced it; steers the later passes. */
  slot: "named" | "above" | "four" | "candidate" | "individual" | "rest" | "closed";
}

// ── deterministic randomness ──

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hashOf(text: string): number {
  let h = 2166136261;
  for (const c of text) h = Math.imul(h ^ (c.codePointAt(0) ?? 0), 16777619);
  return h >>> 0;
}

class Rand {
  private readonly next: () => number;
  constructor(key: string) {
    this.next = mulberry32(hashOf(key));
  }
  float(): number {
    return this.next();
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    const x = xs[Math.floor(this.next() * xs.length)];
    if (x === undefined) throw new Error("pick from an empty list");
    return x;
  }
  shuffle<T>(xs: readonly T[]): T[] {
    const out = [...xs];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }
  /** A day of `year` between months `m1` and `m2` (days 1–28, so every month has it). */
  day(year: number, m1 = 1, m2 = 12): string {
    return iso(year, this.int(m1, m2), this.int(1, 28));
  }
  code(pools: CodePool[]): { code: string; cluster: string | null } {
    const all = pools.flatMap((p) => Object.entries(p.codes).map(([code, w]) => ({ code, w, cluster: p.cluster })));
    let r = this.next() * all.reduce((s, x) => s + x.w, 0);
    for (const x of all) {
      r -= x.w;
      if (r < 0) return { code: x.code, cluster: x.cluster };
    }
    const last = all.at(-1);
    if (!last) throw new Error("empty code pool");
    return last;
  }
}

// ── codes, dates, names ──

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

/** The day before the `years`th anniversary: a three-year certificate issued 2023-12-08 ends 2026-12-07. */
function validUntil(issued: string, years: number): string {
  const [y, m, d] = issued.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y + years, m - 1, d) - 86_400_000).toISOString().slice(0, 10);
}

const held = (f: { startedOn: string; endedOn: string | null }, day: string) =>
  f.startedOn <= day && (f.endedOn === null || f.endedOn >= day);
const inForce = (q: { issuedOn: string | null; expiresOn: string | null }, day: string) =>
  (q.issuedOn === null || q.issuedOn <= day) && (q.expiresOn === null || q.expiresOn >= day);

const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
const orgValue = (c: string) => (c >= "0" && c <= "9" ? c.charCodeAt(0) - 48 : c.charCodeAt(0) - 55);

/**
 * A valid 统一社会信用代码 for a demo subject: registrar 9, category 1 (企业) or 2 (个体户), the zone's county, and a
 * GB 11714 organisation code "DM" + six digits with its mod-11 check. Real post-2015 codes start "MA", so these
 * are unlikely to be anyone's real code.
 */
export function demoCreditCode(regionCode: string, seq: number, category: "1" | "2" = "1"): string {
  const org8 = `DM${String(seq).padStart(6, "0")}`;
  const sum = [...org8].reduce((s, c, i) => s + orgValue(c) * (ORG_WEIGHTS[i] ?? 0), 0);
  const c = 11 - (sum % 11);
  const first17 = `9${category}${regionCode}${org8}${c === 10 ? "X" : c === 11 ? "0" : c}`;
  return first17 + creditCodeCheckChar(first17);
}

const isIndustrial = (code: string) => ["B", "C", "D"].includes(sectionOf(code) ?? "");
const thresholdWan = (code: string) => {
  const t = scaleRuleFor(code, DEMO_REVENUE_YEAR)?.thresholdYuan;
  return t ? Number(t) / 10_000 : null;
};
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, Math.round(x)));
const CAPITAL_STEPS = [10, 50, 100, 200, 300, 500, 800, 1000, 2000, 3000, 5000, 8000, 10000, 20000];
const LOGISTICS = new Set(["5431", "5432", "5920", "5930", "5821"]);
const TECH_SECTIONS = new Set(["I", "M"]);

/** Shared state of one build: credit-code and certificate sequences run over all zones. */
interface Build {
  seq: number;
  certs: Map<string, number>;
}

function nextCert(build: Build, key: string): number {
  const n = (build.certs.get(key) ?? 0) + 1;
  build.certs.set(key, n);
  return n;
}

function hitechNo(build: Build, regionCode: string, issued: string): string {
  const year = issued.slice(0, 4);
  const province = regionCode.slice(0, 2);
  return `GR${year}${province}0${String(100 + nextCert(build, `GR${year}${province}`) * 7).padStart(5, "0")}`;
}

function qualification(
  build: Build,
  regionCode: string,
  kind: QualificationKind,
  issued: string | null,
  extra: Partial<DemoQualification> = {},
): DemoQualification {
  const years = ["hitech", "srdiSme", "srdiProvincial", "littleGiant", "innovativeSme", "gazelle"].includes(kind)
    ? 3
    : 0;
  let certificateNo: string | null = null;
  let expiresOn: string | null = null;
  if (issued && years) expiresOn = validUntil(issued, years);
  if (issued && kind === "techSme") expiresOn = `${issued.slice(0, 4)}-12-31`;
  if (issued && kind === "hitech") certificateNo = hitechNo(build, regionCode, issued);
  if (issued && kind === "techSme")
    certificateNo = `${issued.slice(0, 4)}${regionCode}${String(nextCert(build, `T${issued.slice(0, 4)}${regionCode}`)).padStart(8, "0")}`;
  return {
    kind,
    certificateNo,
    issuedOn: issued,
    expiresOn,
    board: null,
    stockCode: null,
    tier: null,
    note: null,
    ...extra,
  };
}

// ── one zone ──

class ZoneBuilder {
  readonly rnd: Rand;
  readonly regionCode: string;
  readonly names = new Set<string>();
  readonly out: DemoEnterprise[] = [];

  constructor(
    readonly plan: ZonePlan,
    readonly build: Build,
  ) {
    this.rnd = new Rand(`zoneos-demo/${plan.zone}`);
    const zone = DEMO_ZONES.find((z) => z.key === plan.zone);
    if (!zone) throw new Error(`unknown demo zone ${plan.zone}`);
    this.regionCode = zone.regionCode;
  }

  person(): string {
    return `${this.rnd.pick([...SURNAMES])}${this.rnd.pick(GIVEN_NAMES)}`;
  }

  phone(): string {
    return `1${this.rnd.pick(["38", "39", "37", "58", "59", "86", "87", "35", "52"])}${String(this.rnd.int(0, 99_999_999)).padStart(8, "0")}`;
  }

  address(): string {
    return `${this.plan.addressPrefix}${this.rnd.pick(this.plan.roads)}${this.rnd.int(1, 399)}号`;
  }

  uniqueName(make: () => string): string {
    for (let i = 0; i < 200; i++) {
      const name = make();
      if (!this.names.has(name)) {
        this.names.add(name);
        return name;
      }
    }
    throw new Error(`no free demo name in ${this.plan.zone}`);
  }

  companyName(code: string, suffix = "有限公司"): string {
    const words = TRADE_WORDS[code];
    if (!words) throw new Error(`no trade words for industry ${code}`);
    return this.uniqueName(
      () => `${this.rnd.pick(this.plan.namePrefixes)}${this.brand()}${this.rnd.pick(words)}${suffix}`,
    );
  }

  /** A two-character 字号 such as 恒达, never one character twice. */
  brand(): string {
    const first = this.rnd.pick([...BRAND_FIRST]);
    const second = this.rnd.pick([...BRAND_SECOND].filter((c) => c !== first));
    return first + second;
  }

  capital(revenueWan: number | null): number | null {
    if (revenueWan === null) return null;
    const target = revenueWan / this.rnd.int(3, 8);
    return CAPITAL_STEPS.filter((s) => s <= target).at(-1) ?? 10;
  }

  named(n: NamedEnterprise): DemoEnterprise {
    this.names.add(n.name);
    const flags = (n.flags ?? []).map((f) => {
      const kind = f.kind ?? scaleRuleFor(n.industry, f.from)?.kind;
      if (!kind) throw new Error(`${n.name}: industry ${n.industry} has no scale rule`);
      return { kind, startedOn: iso(f.from, 1, 1), endedOn: f.to ? iso(f.to, 12, 31) : null, note: null };
    });
    const quals = (n.quals ?? []).map((q) => {
      const base = qualification(this.build, this.regionCode, q.kind, q.issued);
      return {
        ...base,
        expiresOn: q.expires === undefined ? base.expiresOn : q.expires,
        board: q.board ?? null,
        stockCode: q.stockCode ?? null,
        tier: q.tier ?? null,
        note: q.note ?? null,
      };
    });
    return {
      zone: n.zone,
      name: n.name,
      formerNames: n.formerNames ?? [],
      creditCode: demoCreditCode(this.regionCode, ++this.build.seq),
      industry: n.industry,
      cluster: n.cluster,
      ownership: n.ownership ?? "private",
      status: "operating",
      established: n.established,
      capitalWan: n.capitalWan ?? null,
      employees: n.employees,
      landMu: n.landMu ?? null,
      // Real firms: no invented legal representatives or contacts.
      legal: null,
      address: this.address(),
      contactName: null,
      contactPhone: null,
      rung: n.rung,
      liaison: n.liaison ?? null,
      account: n.account ?? null,
      flags,
      quals,
      platforms: (n.platforms ?? []).map((p) => ({
        kind: p.kind,
        level: p.level,
        name: p.name,
        approvedOn: p.approved,
      })),
      innovation: n.innovation ?? { invention: 0, validInvention: 0, utility: 0, design: 0, talents: 0 },
      partners: n.partners ?? [],
      revenueWan: n.revenueWan,
      party: n.party ? { ...n.party, secretary: n.party.secretary ?? null, instructor: null } : null,
      steps: (n.steps ?? []).map((s) => ({ rung: s.rung, reachedOn: s.on })),
      nodes: n.nodes ?? [],
      slot: "named",
    };
  }

  /** A synthetic enterprise of `code` with its size drawn from `revenueWan`. */
  synthetic(
    slot: DemoEnterprise["slot"],
    code: string,
    cluster: string | null,
    revenueWan: number | null,
  ): DemoEnterprise {
    const industrial = isIndustrial(code);
    const r = this.rnd;
    const perHead = industrial ? r.int(40, 90) : r.int(50, 150);
    let employees = revenueWan === null ? r.int(3, 30) : clamp(revenueWan / perHead, slot === "above" ? 25 : 3, 3000);
    if (["E", "K"].includes(sectionOf(code) ?? "")) employees = r.int(30, 400);
    const landMu = industrial
      ? Math.round((employees * (0.15 + r.float() * 0.3) + r.int(5, 30)) * 100) / 100
      : LOGISTICS.has(code)
        ? r.int(20, 150)
        : null;
    return {
      zone: this.plan.zone,
      name: this.companyName(code),
      formerNames: [],
      creditCode: demoCreditCode(this.regionCode, ++this.build.seq),
      industry: code,
      cluster,
      ownership: "private",
      status: "operating",
      established: r.day(r.int(2000, 2020)),
      capitalWan: this.capital(revenueWan),
      employees,
      landMu,
      legal: this.person(),
      address: this.address(),
      contactName: this.person(),
      contactPhone: this.phone(),
      rung: slot === "above" || slot === "four" ? "aboveScale" : "enterprise",
      liaison: null,
      account: null,
      flags: [],
      quals: [],
      platforms: [],
      innovation: { invention: 0, validInvention: 0, utility: 0, design: 0, talents: 0 },
      partners: [],
      revenueWan,
      party: null,
      steps: [],
      nodes: [],
      slot,
    };
  }

  individual(): DemoEnterprise {
    const r = this.rnd;
    const trade = r.pick(INDIVIDUAL_TRADES);
    let owner = "";
    const established = r.day(r.int(2006, 2024));
    const e = this.synthetic("individual", trade.code, null, r.chance(0.7) ? r.int(15, 180) : null);
    this.names.delete(e.name);
    e.name = this.uniqueName(() => {
      owner = this.person();
      return `${this.plan.namePrefixes[0]}${owner}${trade.word}`;
    });
    // 个体户 registered before the 2015 code reform may have none.
    e.creditCode = established < "2015" && r.chance(0.6) ? null : demoCreditCode(this.regionCode, this.build.seq, "2");
    e.established = established;
    e.legal = owner;
    e.contactName = owner;
    e.employees = r.int(1, 8);
    e.capitalWan = null;
    e.landMu = null;
    e.rung = "individual";
    return e;
  }
}

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

export function isCandidate(e: DemoEnterprise): boolean {
  return (
    e.status === "operating" &&
    e.rung === "enterprise" &&
    e.revenueWan !== null &&
    isScaleCandidate(e.industry, DEMO_REVENUE_YEAR, String(e.revenueWan * 10_000))
  );
}

/** Codes each non-gap chain node of the zone needs at least one enterprise of. */
function mustCodes(zone: string, named: DemoEnterprise[]): string[] {
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
  organise(z, out);
  placeOnChains(plan.zone, out);
  return out;
}

/** 规改股 and 个转企 steps in the last two years. */
function ladder(z: ZoneBuilder, list: DemoEnterprise[]): void {
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

const HITECH_ISSUES = [
  // Issued 2023-12: in force on DEMO_TODAY and expiring within 90 days (renewal reminders).
  (r: Rand) => iso(2023, 12, r.int(1, 15)),
  (r: Rand) => r.day(2024, 11, 12),
  (r: Rand) => r.day(2025, 11, 12),
];

function qualify(z: ZoneBuilder, list: DemoEnterprise[]): void {
  const { plan, rnd: r, build, regionCode } = z;
  const q = (kind: QualificationKind, issued: string | null, extra: Partial<DemoQualification> = {}) =>
    qualification(build, regionCode, kind, issued, extra);
  const synthetic = list.filter((e) => e.slot !== "named" && e.status === "operating" && e.rung !== "individual");
  const hasHitech = (e: DemoEnterprise) => e.quals.some((x) => x.kind === "hitech" && inForce(x, DEMO_TODAY));
  const namedHitech = list.filter((e) => e.slot === "named" && hasHitech(e)).length;
  const techFirst = [
    ...r.shuffle(
      synthetic.filter(
        (e) => e.slot === "above" || (e.slot === "four" && TECH_SECTIONS.has(sectionOf(e.industry) ?? "")),
      ),
    ),
    ...r.shuffle(synthetic.filter((e) => e.slot === "candidate" || (e.slot === "rest" && isIndustrial(e.industry)))),
  ];
  const hitech = techFirst.slice(0, plan.hitech - namedHitech);
  if (hitech.length !== plan.hitech - namedHitech) throw new Error(`${plan.zone}: not enough firms for 高企`);
  hitech.forEach((e, i) => {
    const issued = (HITECH_ISSUES[i % HITECH_ISSUES.length] as (r: Rand) => string)(r);
    const year = Number(issued.slice(0, 4));
    // 高企 must have been registered a year or more.
    if (e.established > `${year - 1}${issued.slice(4)}`) e.established = r.day(year - r.int(2, 8));
    e.quals.push(q("hitech", issued));
    // Renewals: the previous certificate ran out the day the new one was issued.
    if (Number(e.established.slice(0, 4)) < year - 4 && r.chance(0.6))
      e.quals.push(q("hitech", r.day(year - 3, 11, 12)));
    e.innovation = {
      invention: r.int(2, 25),
      validInvention: 0,
      utility: r.int(10, 80),
      design: r.int(0, 10),
      talents: r.int(1, 8),
    };
    e.innovation.validInvention = e.innovation.invention - r.int(0, Math.floor(e.innovation.invention / 4));
    if (r.chance(0.4)) e.partners = [r.pick(plan.partners)];
  });
  // Lapsed certificates: one just ran out without renewal, others years ago.
  const others = techFirst.slice(hitech.length);
  others.slice(0, plan.lapsedHitech).forEach((e, i) => {
    const issued = i === 0 ? iso(2023, 11, r.int(1, 10)) : r.day(r.int(2019, 2022), 11, 12);
    if (e.established > `${Number(issued.slice(0, 4)) - 1}${issued.slice(4)}`)
      e.established = r.day(Number(issued.slice(0, 4)) - r.int(2, 6));
    e.quals.push(q("hitech", issued, { note: "未重新认定" }));
  });
  for (const e of list.filter((x) => x.slot !== "named" && !hasHitech(x) && x.rung !== "individual"))
    if (isIndustrial(e.industry) || r.chance(0.3))
      e.innovation = {
        invention: r.chance(0.3) ? r.int(1, 4) : 0,
        validInvention: 0,
        utility: r.int(0, e.slot === "above" ? 30 : 8),
        design: r.chance(0.2) ? r.int(1, 6) : 0,
        talents: r.int(0, e.slot === "above" ? 3 : 1),
      };
  for (const e of list) if (e.slot !== "named" && !hasHitech(e)) e.innovation.validInvention = e.innovation.invention;

  // 科技型中小企业 (yearly), 创新型中小企业 and 专精特新 (three years), 上市后备 (by tier).
  // Only firms registered before 2025, so a certificate never predates its holder.
  const smes = r.shuffle(synthetic.filter((e) => (e.employees ?? 0) <= 500 && e.established < "2025"));
  for (const e of smes.slice(0, plan.techSme)) {
    e.quals.push(q("techSme", r.day(2026, 3, 7)));
    if (r.chance(0.5)) e.quals.push(q("techSme", r.day(2025, 3, 7)));
  }
  for (const e of smes.slice(plan.techSme, plan.techSme + plan.innovativeSme))
    e.quals.push(q("innovativeSme", r.day(r.int(2024, 2025), 5, 9)));
  const strong = r.shuffle(synthetic.filter((e) => e.slot === "above"));
  strong.sort((a, b) => Number(hasHitech(b)) - Number(hasHitech(a)));
  for (const e of strong.slice(0, plan.srdiSme)) e.quals.push(q("srdiSme", r.day(r.int(2023, 2025), 6, 9)));
  for (const e of strong.slice(0, plan.littleGiant))
    e.quals.push(q("littleGiant", iso(2024, 7, r.int(1, 28)), { note: "国家级专精特新“小巨人”" }));
  const namedReserve = list.filter(
    (e) => e.slot === "named" && e.quals.some((x) => x.kind === "listingReserve"),
  ).length;
  for (const e of strong.slice(plan.srdiSme, plan.srdiSme + plan.listingReserve - namedReserve))
    e.quals.push(q("listingReserve", r.day(2025, 2, 5), { tier: r.pick(["市级上市后备企业", "省级上市后备企业"]) }));

  // R&D platforms: enterprises with a provincial one (as counted by the zone), then municipal ones.
  const hasProvincial = (e: DemoEnterprise) => e.platforms.some((p) => p.level !== "municipal");
  const needProvincial = plan.rd.provincial - list.filter((e) => e.slot === "named" && hasProvincial(e)).length;
  const rdPool = r.shuffle(synthetic.filter((e) => e.slot === "above" || e.slot === "four"));
  rdPool.sort((a, b) => Number(hasHitech(b)) - Number(hasHitech(a)));
  const word = (e: DemoEnterprise) => (TRADE_WORDS[e.industry] ?? ["产品"])[0];
  // A field's 工程技术研究中心 exists once per province; 企业技术中心 carry the firm's name.
  const fields = new Set(list.flatMap((e) => e.platforms.map((p) => p.name)));
  rdPool.slice(0, needProvincial).forEach((e, i) => {
    const field = `${plan.province}${word(e)}工程技术研究中心`;
    const engineering = i % 2 === 0 && !fields.has(field);
    fields.add(field);
    e.platforms.push({
      kind: engineering ? "engineeringCenter" : "techCenter",
      level: "provincial",
      name: engineering ? field : `${e.name}技术中心`,
      approvedOn: r.day(r.int(2015, 2025), 9, 12),
    });
  });
  const needMunicipal =
    plan.rd.municipal -
    list.filter((e) => e.slot === "named" && e.platforms.some((p) => p.level === "municipal")).length;
  for (const e of rdPool.slice(needProvincial, needProvincial + Math.max(0, needMunicipal)))
    e.platforms.push({
      kind: "techCenter",
      level: "municipal",
      name: `${e.name}技术中心`,
      approvedOn: r.day(r.int(2016, 2025), 9, 12),
    });
}

/** Party organisation, instructors and liaison cadres. */
function organise(z: ZoneBuilder, list: DemoEnterprise[]): void {
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

/** Enterprises on the chain nodes of their industry, at most 15 a node; gap leaves stay empty. */
function placeOnChains(zone: string, list: DemoEnterprise[]): void {
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

/** The whole demo registry, the same on every call. */
export function buildEnterpriseDemo(): DemoEnterprise[] {
  const build: Build = { seq: 0, certs: new Map() };
  return ZONE_PLANS.flatMap((plan) => buildZone(plan, build));
}

// ── loading ──

const BATCH = 500;

async function insertBatched<T extends PgTable>(db: Db, table: T, rows: PgInsertValue<T>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await db.insert(table).values(rows.slice(i, i + BATCH));
}

const yuan = (wan: number | null) => (wan === null ? null : String(wan * 10_000));

export async function loadEnterpriseDemo(db: Db, ids: DemoIds): Promise<void> {
  const built = buildEnterpriseDemo();
  const zoneId = (key: string) => {
    const id = ids.zones.get(key);
    if (!id) throw new Error(`demo zone ${key} not loaded`);
    return id;
  };
  const userId = (username: string | null) => {
    if (!username) return null;
    const id = ids.users.get(username);
    if (!id) throw new Error(`demo user ${username} not loaded`);
    return id;
  };
  const rows = built.map((e) => ({ e, id: crypto.randomUUID(), zoneId: zoneId(e.zone) }));
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

  await loadChains(db, rows, zoneId);
  await insertBatched(
    db,
    cultivationTargets,
    ZONE_PLANS.flatMap((p) =>
      Object.entries(p.targets).flatMap(([year, targets]) =>
        Object.entries(targets).map(([rung, target]) => ({
          zoneId: zoneId(p.zone),
          year: Number(year),
          rung: rung as Rung,
          target: target ?? 0,
        })),
      ),
    ),
  );
  for (const { e, id } of rows)
    if (e.account)
      await db
        .update(users)
        .set({ enterpriseId: id })
        .where(eq(users.id, userId(e.account) ?? ""));
}

async function loadChains(
  db: Db,
  rows: { e: DemoEnterprise; id: string; zoneId: string }[],
  zoneId: (key: string) => string,
): Promise<void> {
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
