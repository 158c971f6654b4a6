/**
 * Regions, zones, units and accounts of a synthetic 河南 province: the real province and its 17 cities,
 * synthetic county codes of GB/T 2260 shape under them (an existing code keeps its real name), two zones per
 * county. Accounts share the demo password: per zone a leader, an economy officer and an investment officer;
 * a province supervisor; an administrator.
 */
import type pg from "pg";
import { hashPassword } from "../../server/src/platform/passwords.js";
import { copyRows } from "../lib/copy.js";
import type { Random } from "../lib/random.js";
import type { ZoneRow } from "./model.js";

export const BENCH_PASSWORD = "zoneos-demo";
export const PROVINCE = "410000";

const CITIES: [string, string][] = [
  ["410100", "郑州"],
  ["410200", "开封"],
  ["410300", "洛阳"],
  ["410400", "平顶山"],
  ["410500", "安阳"],
  ["410600", "鹤壁"],
  ["410700", "新乡"],
  ["410800", "焦作"],
  ["410900", "濮阳"],
  ["411000", "许昌"],
  ["411100", "漯河"],
  ["411200", "三门峡"],
  ["411300", "南阳"],
  ["411400", "商丘"],
  ["411500", "信阳"],
  ["411600", "周口"],
  ["411700", "驻马店"],
];
const COUNTY_FIRST = "永宁安丰兴嘉";
const COUNTY_SECOND = "阳平城乡川华河源泉山陵丘水原台康义";
const ZONE_KINDS: [string, string, string][] = [
  ["hitech", "高新技术产业开发区", "高新区"],
  ["econ", "经济技术开发区", "经开区"],
  ["cluster", "产业集聚区", "集聚区"],
];
export const CLUSTERS = [
  "装备制造",
  "食品加工",
  "新材料",
  "电子信息",
  "生物医药",
  "纺织服装",
  "现代物流",
  "汽车零部件",
];
const BUREAUS: [string, string][] = [
  ["office", "党政办"],
  ["economy", "经济发展局"],
  ["investment", "招商局"],
  ["service", "企业服务局"],
  ["approval", "行政审批局"],
];
const COUNTIES_PER_CITY = 6;

export interface PlatformResult {
  zones: ZoneRow[];
  passwordHash: string;
  roleIds: Map<string, string>;
  rows: number;
}

export async function loadPlatform(client: pg.ClientBase, rnd: Random, zoneCount: number): Promise<PlatformResult> {
  const existing = await client.query<{ code: string; name: string }>("select code, name from regions");
  const known = new Map(existing.rows.map((r) => [r.code, r.name]));
  const newRegions: [string, string, string, string | null][] = [];
  const add = (code: string, name: string, level: string, parent: string | null) => {
    if (!known.has(code)) newRegions.push([code, name, level, parent]);
    known.set(code, known.get(code) ?? name);
  };
  const zones: ZoneRow[] = [];
  for (let i = 0; i < zoneCount; i++) {
    const [cityCode, cityName] = CITIES[i % CITIES.length] as [string, string];
    const cityIndex = i % CITIES.length;
    const countyIndex = Math.floor(i / CITIES.length) % COUNTIES_PER_CITY;
    const kind = ZONE_KINDS[Math.floor(i / (CITIES.length * COUNTIES_PER_CITY)) % ZONE_KINDS.length] as [
      string,
      string,
      string,
    ];
    add(cityCode, `${cityName}市`, "city", "410000");
    const countyCode = `${cityCode.slice(0, 4)}${21 + countyIndex}`;
    const synthetic = `${COUNTY_FIRST.charAt(countyIndex)}${COUNTY_SECOND.charAt(cityIndex % COUNTY_SECOND.length)}县`;
    add(countyCode, synthetic, "county", cityCode);
    const county = (known.get(countyCode) ?? synthetic).replace(/(县|市|区)$/, "");
    const clusters = [...new Set([rnd.pick(CLUSTERS), rnd.pick(CLUSTERS), rnd.pick(CLUSTERS)])].slice(0, 3);
    zones.push({
      id: rnd.uuid(),
      index: i,
      name: `${county}${kind[1]}`,
      shortName: `${county}${kind[2]}`,
      regionCode: countyCode,
      clusters,
      units: {},
      weight: 0.3 + rnd.next() * 2.7,
    });
  }
  let rows = 0;
  rows += await copyRows(client, "regions", ["code", "name", "level", "parent_code"], newRegions);
  rows += await copyRows(
    client,
    "zones",
    [
      "id",
      "name",
      "short_name",
      "kind",
      "level",
      "region_code",
      "planned_area_km2",
      "built_area_km2",
      "leading_industries",
      "approved_on",
    ],
    zones.map((z, i) => [
      z.id,
      z.name,
      z.shortName,
      ZONE_KINDS[Math.floor(i / (CITIES.length * COUNTIES_PER_CITY)) % ZONE_KINDS.length]?.[0],
      i % 9 === 0 ? "national" : "provincial",
      z.regionCode,
      (10 + rnd.next() * 90).toFixed(4),
      (5 + rnd.next() * 40).toFixed(4),
      z.clusters,
      `${2006 + (i % 12)}-0${1 + (i % 9)}-15`,
    ]),
  );
  const unitRows: (string | number | null)[][] = [];
  for (const z of zones) {
    const committee = rnd.uuid();
    z.units.committee = committee;
    unitRows.push([committee, z.id, null, `${committee}/`, `${z.shortName}管委会`, "committee", 1]);
    BUREAUS.forEach(([key, name], k) => {
      const id = rnd.uuid();
      z.units[key] = id;
      unitRows.push([id, z.id, committee, `${committee}/${id}/`, name, "bureau", k + 2]);
    });
  }
  rows += await copyRows(client, "units", ["id", "zone_id", "parent_id", "path", "name", "kind", "sort"], unitRows);

  const roleRows = await client.query<{ id: string; code: string }>("select id, code from roles");
  const roleIds = new Map(roleRows.rows.map((r) => [r.code, r.id]));
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const users: (string | null)[][] = [];
  const userRoles: string[][] = [];
  const user = (
    username: string,
    name: string,
    role: string,
    zone: ZoneRow | null,
    unit: string | null,
    region: string | null,
  ) => {
    const id = rnd.uuid();
    users.push([id, username, name, zone?.id ?? null, unit ? (zone?.units[unit] ?? null) : null, region, passwordHash]);
    const roleId = roleIds.get(role);
    if (!roleId) throw new Error(`role ${role} missing from the reference data`);
    userRoles.push([id, roleId]);
  };
  user("bench-admin", "基准管理员", "admin", null, null, null);
  user("bench-province", "省级督查", "supervisor", null, null, PROVINCE);
  for (const z of zones) {
    const p = `bz${String(z.index).padStart(3, "0")}`;
    user(`${p}-leader`, `${z.shortName}主任`, "zone-leader", z, "committee", null);
    user(`${p}-economy`, `${z.shortName}经发局`, "economy-officer", z, "economy", null);
    user(`${p}-investment`, `${z.shortName}招商局`, "investment-officer", z, "investment", null);
  }
  rows += await copyRows(
    client,
    "users",
    ["id", "username", "name", "zone_id", "unit_id", "region_code", "password_hash"],
    users,
  );
  rows += await copyRows(client, "user_roles", ["user_id", "role_id"], userRoles);
  return { zones, passwordHash, roleIds, rows };
}

/** The account names the suite logs in with. */
export const zoneUser = (zoneIndex: number, role: "leader" | "economy" | "investment") =>
  `bz${String(zoneIndex).padStart(3, "0")}-${role}`;
