/**
 * Makes the enterprises of one zone: the named ones from the field reports as given, synthetic ones with names,
 * people, addresses and sizes drawn from the zone's seeded randomness.
 */
import { scaleRuleFor, sectionOf } from "@zoneos/core/enterprise-scale";
import {
  BRAND_FIRST,
  BRAND_SECOND,
  GIVEN_NAMES,
  INDIVIDUAL_TRADES,
  type NamedEnterprise,
  SURNAMES,
  TRADE_WORDS,
  type ZonePlan,
} from "../enterprises-data.js";
import { DEMO_ZONES } from "../platform-data.js";
import { qualification } from "./certificates.js";
import { demoCreditCode } from "./credit-code.js";
import { iso } from "./dates.js";
import { type Build, type DemoEnterprise, isIndustrial } from "./demo-enterprise.js";
import { Rand } from "./seeded-random.js";

export const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, Math.round(x)));
const CAPITAL_STEPS = [10, 50, 100, 200, 300, 500, 800, 1000, 2000, 3000, 5000, 8000, 10000, 20000];
const LOGISTICS = new Set(["5431", "5432", "5920", "5930", "5821"]);

export class ZoneBuilder {
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
