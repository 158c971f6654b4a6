/**
 * Enterprises of the province: valid 统一社会信用代码, GB/T 4754 classes (manufacturing-heavy, as the zones
 * are), clusters, land, entries and exits, 规上/限上 flags that follow each enterprise's output against the
 * rule of core/enterprise-scale, qualifications, name grams for search, and enterprise accounts.
 */
import { creditCodeCheckChar } from "@zoneos/core/credit-code";
import type { ScaleKind } from "@zoneos/core/enterprise-scale";
import { grams } from "@zoneos/core/search-grams";
import type pg from "pg";
import { searchKeyOf } from "../../server/src/modules/enterprises/search.js";
import { copyRows } from "../lib/copy.js";
import type { Random } from "../lib/random.js";
import { annualOutput, type EnterpriseRow, scaleKindIn, TODAY, type ZoneRow } from "./model.js";

const WORDS = "华宏鑫泰恒通达瑞丰源盛兴隆金鼎昌顺祥和安康锦程天宇嘉诚博远凯旋中原豫东步长科迪花溪惠洁新航润泽".split(
  "",
);
const TRADES = [
  "机械制造",
  "五金工具",
  "食品",
  "纺织服装",
  "门业",
  "新材料",
  "生物科技",
  "医药",
  "电子",
  "物流",
  "建材",
  "商贸",
  "汽车配件",
  "钢结构",
  "包装",
  "化工",
];
const SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗".split("");
const GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂".split("");
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** 91 + the zone's county code + a 组织机构代码 with its mod-11 check + the GB 32100 check character. */
export function creditCodeFor(regionCode: string, serial: number): string {
  const org8 = String(10_000_000 + serial).padStart(8, "0");
  const sum = [...org8].reduce((s, ch, i) => s + Number(ch) * (ORG_WEIGHTS[i] ?? 0), 0);
  const c = 11 - (sum % 11);
  const first17 = `91${regionCode}${org8}${c === 10 ? "X" : c === 11 ? "0" : c}`;
  return first17 + creditCodeCheckChar(first17);
}

const monthOf = (y: number, m: number) => `${y}-${String(m).padStart(2, "0")}`;
const lastDay = (month: string) => {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, "0")}`;
};

export interface EnterpriseResult {
  enterprises: EnterpriseRow[];
  rows: number;
}

export async function loadEnterprises(
  client: pg.ClientBase,
  rnd: Random,
  zones: ZoneRow[],
  count: number,
  accounts: { count: number; passwordHash: string; roleId: string },
): Promise<EnterpriseResult> {
  const classes = await client.query<{ code: string }>(
    "select code from industries where level = 'class' order by code",
  );
  const manufacturing = classes.rows
    .map((r) => r.code)
    .filter((c) => Number(c.slice(0, 2)) >= 13 && Number(c.slice(0, 2)) <= 43);
  const other = classes.rows
    .map((r) => r.code)
    .filter((c) => [47, 48, 50, 51, 52, 54, 58, 59, 61, 62, 64, 65, 70, 72, 73, 75].includes(Number(c.slice(0, 2))));
  const cumulative: number[] = [];
  let total = 0;
  for (const z of zones) {
    total += z.weight;
    cumulative.push(total);
  }
  const pickZone = () => {
    const x = rnd.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    return zones[lo] as ZoneRow;
  };

  const names = new Set<string>();
  const enterprises: EnterpriseRow[] = [];
  for (let i = 0; i < count; i++) {
    const zone = pickZone();
    const place = zone.shortName.replace(/(高新区|经开区|集聚区)$/, "");
    let name = "";
    for (let attempt = 0; !name || names.has(name); attempt++)
      name = `${place}${rnd.pick(WORDS)}${rnd.pick(WORDS)}${attempt > 3 ? rnd.pick(WORDS) : ""}${rnd.pick(TRADES)}有限公司`;
    names.add(name);
    const established = rnd.chance(0.8) ? rnd.int(1995, 2015) : rnd.int(2016, 2024);
    const entersMonth = monthOf(established, rnd.int(1, 12));
    const exits = rnd.chance(0.1) ? monthOf(Math.max(established + 1, rnd.int(2017, 2025)), rnd.int(1, 12)) : null;
    enterprises.push({
      id: rnd.uuid(),
      index: i,
      zone,
      name,
      creditCode: creditCodeFor(zone.regionCode, i),
      industryCode: rnd.chance(0.72) ? rnd.pick(manufacturing) : rnd.pick(other),
      cluster: rnd.chance(0.55) ? rnd.pick(zone.clusters) : null,
      entersMonth,
      exitsMonth: exits && exits > entersMonth && exits <= "2025-12" ? exits : null,
      baseOutputYuan: Math.exp(Math.log(6_000_000) + 1.3 * rnd.normal()),
      growth: Math.max(-0.2, Math.min(0.4, 0.07 + 0.08 * rnd.normal())),
    });
  }

  let rows = 0;
  rows += await copyRows(
    client,
    "enterprises",
    [
      "id",
      "zone_id",
      "credit_code",
      "name",
      "legal_representative",
      "registered_capital_yuan",
      "established_on",
      "address",
      "industry_code",
      "ownership",
      "status",
      "employees",
      "land_mu",
      "contact_name",
      "contact_phone",
      "cluster",
      "rung",
      "search_key",
    ],
    (function* () {
      for (const e of enterprises) {
        const output = annualOutput(e, 2025);
        const above = !e.exitsMonth && scaleKindIn(e, 2025) !== null;
        const person = `${rnd.pick(SURNAMES)}${rnd.pick(GIVEN)}${rnd.chance(0.5) ? rnd.pick(GIVEN) : ""}`;
        yield [
          e.id,
          e.zone.id,
          e.creditCode,
          e.name,
          person,
          (Math.round(output / 5 / 10000) * 10000).toFixed(2),
          `${e.entersMonth}-${String(rnd.int(1, 28)).padStart(2, "0")}`,
          `${e.zone.shortName}${rnd.int(1, 30)}号路${rnd.int(1, 200)}号`,
          e.industryCode,
          rnd.chance(0.85) ? "private" : rnd.pick(["state", "foreign", "jointStock", "hkMacauTaiwan"]),
          e.exitsMonth ? rnd.pick(["cancelled", "movedOut"]) : rnd.chance(0.02) ? "suspended" : "operating",
          Math.max(3, Math.round(output / 600_000)),
          Math.max(2, output / 1_500_000).toFixed(2),
          person,
          `13${String(rnd.int(100_000_000, 999_999_999))}`,
          e.cluster,
          above ? "aboveScale" : rnd.chance(0.01) ? "listed" : rnd.chance(0.03) ? "jointStock" : "enterprise",
          searchKeyOf(e.name),
        ];
      }
    })(),
  );
  rows += await copyRows(
    client,
    "enterprise_name_grams",
    ["gram", "enterprise_id", "zone_id"],
    (function* () {
      for (const e of enterprises) for (const g of new Set(grams(e.name))) yield [g, e.id, e.zone.id];
    })(),
  );
  rows += await copyRows(
    client,
    "enterprise_scale_flags",
    ["id", "zone_id", "enterprise_id", "kind", "started_on", "ended_on"],
    scaleFlags(rnd, enterprises),
  );
  rows += await copyRows(
    client,
    "enterprise_qualifications",
    ["id", "zone_id", "enterprise_id", "kind", "certificate_no", "issued_on", "expires_on"],
    (function* () {
      for (const e of enterprises) {
        for (const [kind, p] of [
          ["hitech", 0.06],
          ["techSme", 0.1],
          ["srdiSme", 0.03],
        ] as const) {
          if (!rnd.chance(p)) continue;
          const issued = rnd.int(2017, 2025);
          yield [
            rnd.uuid(),
            e.zone.id,
            e.id,
            kind,
            `GR${issued}${String(e.index).padStart(8, "0")}`,
            `${issued}-10-15`,
            `${issued + 3}-10-14`,
          ];
        }
      }
    })(),
  );
  const holders = enterprises.filter((e) => !e.exitsMonth).slice(0, accounts.count);
  const userIds = holders.map(() => rnd.uuid());
  rows += await copyRows(
    client,
    "users",
    ["id", "username", "name", "zone_id", "region_code", "enterprise_id", "password_hash"],
    holders.map((e, k) => [
      userIds[k],
      `be${String(e.index).padStart(6, "0")}`,
      `${e.name}填报员`,
      e.zone.id,
      null,
      e.id,
      accounts.passwordHash,
    ]),
  );
  rows += await copyRows(
    client,
    "user_roles",
    ["user_id", "role_id"],
    userIds.map((id) => [id, accounts.roleId]),
  );
  return { enterprises, rows };
}

/** One flag per run of consecutive years at or above the line; an exit ends the run. */
function* scaleFlags(rnd: Random, enterprises: EnterpriseRow[]) {
  const lastYear = Number(TODAY.slice(0, 4)) - 1;
  for (const e of enterprises) {
    let start: number | null = null;
    let kind: ScaleKind | null = null;
    const last = e.exitsMonth ? Number(e.exitsMonth.slice(0, 4)) : lastYear;
    for (let y = 2016; y <= last + 1; y++) {
      const now = y <= last ? scaleKindIn(e, y) : null;
      if (now && start === null) {
        start = y;
        kind = now;
      }
      if (!now && start !== null) {
        const ended = y <= last ? `${y - 1}-12-31` : e.exitsMonth ? lastDay(e.exitsMonth) : null;
        yield [rnd.uuid(), e.zone.id, e.id, kind, `${start}-01-01`, ended];
        start = null;
      }
    }
  }
}
