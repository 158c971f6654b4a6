/**
 * A year of investment activities: 大善's 100+ (≈70 receptions, 20+ outbound trips), 确山's point-to-point trips to
 * 北京, 永康 and 临沂 and its 驻马店(确山)—长三角(永康) promotion, and the everyday visits and calls of 虞城 and 菏泽.
 */
import type { ACTIVITY_KINDS } from "@zoneos/core/investment-api";
import type { Db } from "../db/client.js";
import { investmentActivities, investmentActivityLeads } from "../modules/investment/tables.js";
import { insertBatched } from "./enterprises/insert-batched.js";
import { Rand } from "./enterprises/seeded-random.js";
import type { LeadSpec } from "./investment-build.js";
import { DASHAN_DESTINATIONS } from "./investment-data.js";
import type { DemoIds } from "./platform.js";
import { addDays, at, TODAY } from "./projects/dates.js";

type Kind = (typeof ACTIVITY_KINDS)[number];

interface Plan {
  kind: Kind;
  title: string;
  startsOn: string;
  endsOn?: string;
  location?: string;
  destinations?: string[];
  attendees?: number;
  unit: string;
  leads: { key: string; relation: "about" | "met" | "produced" }[];
  summary?: string;
}

const MEMBERS = ["周立新", "孙文博", "吴晓东", "郑海燕", "冯志强", "何静"];

function everyday(rand: Rand, leads: LeadSpec[], counts: Partial<Record<Kind, number>>): Plan[] {
  const out: Plan[] = [];
  const towns = ["北京", "上海", "深圳", "杭州", "苏州", "郑州", "济南", "青岛", "武汉", "西安"];
  for (const [kind, n] of Object.entries(counts) as [Kind, number][]) {
    for (let i = 0; i < n; i++) {
      const lead = leads.length > 0 ? rand.pick(leads) : null;
      const startsOn = rand.day(2026, 1, 11);
      const place = rand.pick(towns);
      const base = { startsOn, unit: lead?.unit ?? "investment" };
      const about = lead ? [{ key: lead.key, relation: "about" as const }] : [];
      if (kind === "reception")
        out.push({ ...base, kind, title: `接待${lead?.investor ?? "客商"}考察团`, location: "管委会", leads: about });
      else if (kind === "visit")
        out.push({ ...base, kind, title: `拜访${lead?.investor ?? "意向企业"}`, location: place, leads: about });
      else if (kind === "call")
        out.push({ ...base, kind, title: `与${lead?.investor ?? "客商"}视频洽谈`, leads: about });
      else if (kind === "trip") {
        const days = rand.int(2, 5);
        const met = rand.shuffle(leads).slice(0, rand.int(1, 3));
        out.push({
          ...base,
          kind,
          title: `赴${place}等地外出招商`,
          endsOn: addDays(startsOn, days),
          destinations: [place, rand.pick(towns)].filter((d, j, all) => all.indexOf(d) === j),
          leads: met.map((l) => ({ key: l.key, relation: "met" })),
        });
      } else {
        const produced = rand.shuffle(leads).slice(0, rand.int(0, 2));
        out.push({
          ...base,
          kind,
          title: `${place}专题招商推介会`,
          location: place,
          attendees: rand.int(60, 300),
          leads: produced.map((l) => ({ key: l.key, relation: "produced" })),
        });
      }
    }
  }
  return out;
}

function dashan(rand: Rand, leads: LeadSpec[]): Plan[] {
  const trips: Plan[] = Array.from({ length: 22 }, (_, i) => {
    const startsOn = rand.day(2026, 1, 11);
    const destinations = rand.shuffle(DASHAN_DESTINATIONS).slice(0, rand.int(1, 3));
    const met = leads.filter((_, j) => j % 22 === i || (j + 7) % 22 === i);
    return {
      kind: "trip",
      title: `赴${destinations.join("、")}考察招商`,
      startsOn,
      endsOn: addDays(startsOn, rand.int(2, 6)),
      destinations,
      unit: "investment",
      leads: met.map((l) => ({ key: l.key, relation: "met" as const })),
      summary: "围绕现代化工、装备制造、生物医药、冷链物流四大主导产业点对点对接",
    };
  });
  const events: Plan[] = Array.from({ length: 14 }, (_, i) => {
    const city = DASHAN_DESTINATIONS[i % DASHAN_DESTINATIONS.length] as string;
    const produced = leads.filter((l, j) => l.source === "exhibition" && j % 14 === i);
    return {
      kind: "event",
      title: `大善开发区（${city}）冷链物流及先进制造业招商推介会`,
      startsOn: rand.day(2026, 2, 11),
      location: city,
      attendees: rand.int(80, 260),
      unit: "investment",
      leads: produced.map((l) => ({ key: l.key, relation: "produced" as const })),
    };
  });
  return [...trips, ...events, ...everyday(rand, leads, { reception: 68, visit: 10, call: 6 })];
}

function queshan(rand: Rand, leads: LeadSpec[]): Plan[] {
  const byInvestor = (name: string) => leads.filter((l) => l.investor.includes(name));
  const link = (list: LeadSpec[], relation: "met" | "produced" | "about") =>
    list.map((l) => ({ key: l.key, relation }));
  const doors = leads.filter((l) => l.investor.startsWith("永康市"));
  return [
    {
      kind: "trip",
      title: "赴北京签订建材产业战略合作协议",
      startsOn: "2026-02-24",
      endsOn: "2026-02-26",
      destinations: ["北京"],
      unit: "investment",
      leads: link([...byInvestor("泛华"), ...byInvestor("国土投资中心")], "met"),
      summary: "与泛华集团、河南省国土投资中心签订战略合作协议，共建新兴建材产业园",
    },
    {
      kind: "trip",
      title: "赴浙江永康对接制门领军企业",
      startsOn: "2026-03-09",
      endsOn: "2026-03-12",
      destinations: ["浙江永康"],
      unit: "investment",
      leads: link([...byInvestor("步阳"), ...byInvestor("索福"), ...doors.slice(0, 6)], "met"),
      summary: "与步阳、索福等制门领军企业达成合作意向",
    },
    {
      kind: "trip",
      title: "赴山东临沂推进天源国际物流产业园",
      startsOn: "2026-03-23",
      endsOn: "2026-03-24",
      destinations: ["山东临沂"],
      unit: "investment",
      leads: link(byInvestor("顺和"), "met"),
    },
    {
      kind: "event",
      title: "驻马店（确山）—长三角（永康）优势产业推介会",
      startsOn: "2026-04-18",
      location: "浙江永康",
      attendees: 260,
      unit: "investment",
      leads: link(doors.slice(6, 20), "produced"),
      summary: "与23家制门企业签订合作协议，打造“中部门都”",
    },
    ...everyday(rand, leads, { reception: 8, visit: 6, call: 4, event: 2 }),
  ];
}

export async function loadInvestmentActivities(
  db: Db,
  ids: DemoIds,
  specs: LeadSpec[],
  leadIds: Map<string, string>,
): Promise<number> {
  const inZone = (zone: string) => specs.filter((s) => s.zone === zone);
  const plans: [string, Plan[]][] = [
    ["dashan", dashan(new Rand("investment/activities/dashan"), inZone("dashan"))],
    ["queshan", queshan(new Rand("investment/activities/queshan"), inZone("queshan"))],
    [
      "yucheng",
      everyday(new Rand("investment/activities/yucheng"), inZone("yucheng"), {
        visit: 10,
        reception: 8,
        call: 6,
        trip: 4,
        event: 2,
      }),
    ],
    [
      "heze",
      everyday(new Rand("investment/activities/heze"), inZone("heze"), {
        visit: 6,
        reception: 6,
        trip: 3,
        event: 2,
        call: 3,
      }),
    ],
  ];
  const rows: (typeof investmentActivities.$inferInsert)[] = [];
  const links: (typeof investmentActivityLeads.$inferInsert)[] = [];
  for (const [zone, list] of plans) {
    const zoneId = ids.zones.get(zone);
    if (!zoneId) continue;
    const rand = new Rand(`investment/activities/${zone}/members`);
    for (const p of list) {
      const unitId = ids.units.get(`${zone}/${p.unit}`) ?? ids.units.get(`${zone}/investment`);
      if (!unitId) continue;
      const id = crypto.randomUUID();
      const done = p.startsOn <= TODAY;
      rows.push({
        id,
        zoneId,
        unitId,
        kind: p.kind,
        title: p.title,
        startsOn: p.startsOn,
        endsOn: p.endsOn ?? null,
        location: p.location ?? null,
        destinations: p.destinations ?? [],
        members: rand.shuffle(MEMBERS).slice(0, p.kind === "trip" ? 3 : 2),
        attendees: p.attendees ?? null,
        summary: p.summary ?? null,
        outcome: done ? (p.kind === "event" ? "现场签约意向项目，收集客商线索" : "双方明确下一步对接事项") : null,
        createdBy: ids.users.get(`${zone}-investment`) ?? ids.users.get(`${zone}-leader`) ?? null,
        createdAt: at(p.startsOn),
        updatedAt: at(p.startsOn),
      });
      const seen = new Set<string>();
      for (const l of p.leads) {
        const leadId = leadIds.get(l.key);
        if (!leadId || seen.has(leadId)) continue;
        seen.add(leadId);
        links.push({ activityId: id, leadId, zoneId, relation: l.relation });
      }
    }
  }
  await insertBatched(db, investmentActivities, rows);
  await insertBatched(db, investmentActivityLeads, links);
  return rows.length;
}
