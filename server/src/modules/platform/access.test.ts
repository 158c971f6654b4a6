/**
 * Who may call what: every platform endpoint against every kind of user, and malformed input against
 * every mutation. Later modules add their endpoints to the same kind of table.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets, type Session, startTestApp, type TestApp } from "../../test/harness.js";

const USERS = [
  "admin",
  "yucheng-admin",
  "yucheng-leader",
  "yucheng-investment",
  "yucheng-enterprise",
  "henan-supervisor",
] as const;
type Who = (typeof USERS)[number] | "anonymous";

interface Ids {
  yucheng: string;
  queshan: string;
  xiamen: string;
  queshanUnit: string;
  queshanUser: string;
  role: string;
}

interface Case {
  name: string;
  method: "GET" | "POST" | "PATCH" | "DELETE";
  url: (ids: Ids) => string;
  body?: (ids: Ids) => unknown;
  expect: Partial<Record<Who, number>>;
}

const CASES: Case[] = [
  {
    name: "list regions",
    method: "GET",
    url: () => "/api/v1/regions?parentCode=410000",
    expect: { anonymous: 401, admin: 200, "yucheng-enterprise": 200, "henan-supervisor": 200 },
  },
  {
    name: "list zones",
    method: "GET",
    url: () => "/api/v1/zones",
    expect: { anonymous: 401, admin: 200, "yucheng-leader": 200, "henan-supervisor": 200, "yucheng-enterprise": 403 },
  },
  {
    name: "read another zone",
    method: "GET",
    url: (i) => `/api/v1/zones/${i.queshan}`,
    expect: {
      anonymous: 401,
      admin: 200,
      "yucheng-admin": 404,
      "yucheng-leader": 404,
      "yucheng-investment": 404,
      "henan-supervisor": 200,
      "yucheng-enterprise": 403,
    },
  },
  {
    name: "read a zone outside the supervisor's region",
    method: "GET",
    url: (i) => `/api/v1/zones/${i.xiamen}`,
    expect: { "henan-supervisor": 404, admin: 200 },
  },
  {
    name: "create a zone",
    method: "POST",
    url: () => "/api/v1/zones",
    body: () => ({
      name: "测试经济开发区",
      shortName: "测试经开区",
      kind: "econ",
      level: "provincial",
      regionCode: "411425",
    }),
    expect: { anonymous: 401, "yucheng-admin": 403, "yucheng-leader": 403, "henan-supervisor": 403, admin: 201 },
  },
  {
    name: "edit another zone",
    method: "PATCH",
    url: (i) => `/api/v1/zones/${i.queshan}`,
    body: () => ({ shortName: "改名", version: 1 }),
    expect: { anonymous: 401, "yucheng-admin": 404, "yucheng-leader": 403, "henan-supervisor": 403 },
  },
  {
    name: "list another zone's units",
    method: "GET",
    url: (i) => `/api/v1/units?zoneId=${i.queshan}`,
    expect: { anonymous: 401, admin: 200, "yucheng-leader": 200, "yucheng-enterprise": 403 },
  },
  {
    name: "read another zone's unit",
    method: "GET",
    url: (i) => `/api/v1/units/${i.queshanUnit}`,
    expect: { "yucheng-admin": 404, "yucheng-leader": 404, "henan-supervisor": 200, admin: 200 },
  },
  {
    name: "create a unit in another zone",
    method: "POST",
    url: () => "/api/v1/units",
    body: (i) => ({ zoneId: i.queshan, name: "越权单位", kind: "town" }),
    expect: { anonymous: 401, "yucheng-admin": 404, "yucheng-leader": 403, "henan-supervisor": 403 },
  },
  {
    name: "edit another zone's unit",
    method: "PATCH",
    url: (i) => `/api/v1/units/${i.queshanUnit}`,
    body: () => ({ name: "越权", version: 1 }),
    expect: { anonymous: 401, "yucheng-admin": 404, "henan-supervisor": 403 },
  },
  {
    name: "delete another zone's unit",
    method: "DELETE",
    url: (i) => `/api/v1/units/${i.queshanUnit}?version=1`,
    expect: { anonymous: 401, "yucheng-admin": 404, "henan-supervisor": 403 },
  },
  {
    name: "list users",
    method: "GET",
    url: () => "/api/v1/users",
    expect: { anonymous: 401, admin: 200, "yucheng-admin": 200, "yucheng-investment": 403, "henan-supervisor": 403 },
  },
  {
    name: "read another zone's user",
    method: "GET",
    url: (i) => `/api/v1/users/${i.queshanUser}`,
    expect: { anonymous: 401, admin: 200, "yucheng-admin": 404, "yucheng-leader": 404, "henan-supervisor": 403 },
  },
  {
    name: "edit another zone's user",
    method: "PATCH",
    url: (i) => `/api/v1/users/${i.queshanUser}`,
    body: () => ({ name: "越权", version: 1 }),
    expect: { anonymous: 401, "yucheng-admin": 404, "yucheng-leader": 404, "yucheng-investment": 403 },
  },
  {
    name: "reset another zone's user's password",
    method: "POST",
    url: (i) => `/api/v1/users/${i.queshanUser}/password`,
    body: () => ({ password: "Takeover-2026!" }),
    expect: { anonymous: 401, "yucheng-admin": 404, "yucheng-leader": 404, "henan-supervisor": 403 },
  },
  {
    name: "create a user in another zone",
    method: "POST",
    url: () => "/api/v1/users",
    body: (i) => ({
      username: "intruder",
      name: "越权",
      zoneId: i.queshan,
      roleCodes: ["zone-leader"],
      password: "Outsider-2026!",
    }),
    expect: { anonymous: 401, "yucheng-admin": 404, "yucheng-leader": 404, "henan-supervisor": 403 },
  },
  {
    name: "grant the platform administrator role",
    method: "POST",
    url: () => "/api/v1/users",
    body: (i) => ({
      username: "escalate",
      name: "提权",
      zoneId: i.yucheng,
      roleCodes: ["admin"],
      password: "Escalate-2026!",
    }),
    expect: { "yucheng-admin": 400 },
  },
  {
    name: "list roles",
    method: "GET",
    url: () => "/api/v1/roles",
    expect: { anonymous: 401, admin: 200, "yucheng-admin": 200, "yucheng-investment": 403, "henan-supervisor": 403 },
  },
  {
    name: "create a role",
    method: "POST",
    url: () => "/api/v1/roles",
    body: () => ({
      code: "park-clerk",
      nameZh: "园区文员",
      nameEn: "Park clerk",
      scope: "unit",
      permissions: ["zones:read"],
    }),
    expect: { anonymous: 401, "yucheng-admin": 403, "yucheng-leader": 403, "henan-supervisor": 403, admin: 201 },
  },
  {
    name: "edit a role",
    method: "PATCH",
    url: (i) => `/api/v1/roles/${i.role}`,
    body: () => ({ nameZh: "改名", version: 1 }),
    expect: { anonymous: 401, "yucheng-admin": 403, "henan-supervisor": 403 },
  },
  {
    name: "list API tokens",
    method: "GET",
    url: () => "/api/v1/api-tokens",
    expect: { anonymous: 401, admin: 200, "yucheng-admin": 200, "yucheng-leader": 403, "henan-supervisor": 403 },
  },
  {
    name: "create an API token",
    method: "POST",
    url: () => "/api/v1/api-tokens",
    body: () => ({ name: "对接", roleCode: "zone-leader" }),
    expect: { anonymous: 401, "yucheng-leader": 403, "henan-supervisor": 403, "yucheng-admin": 201 },
  },
  {
    name: "read the audit log",
    method: "GET",
    url: () => "/api/v1/audit",
    expect: { anonymous: 401, admin: 200, "yucheng-leader": 200, "yucheng-investment": 403, "henan-supervisor": 403 },
  },
];

/** Malformed bodies for every mutation: each must answer 400 with field errors and write nothing. */
const MALFORMED: Omit<Case, "expect">[] = [
  { name: "login", method: "POST", url: () => "/api/v1/auth/login", body: () => ({ username: 5 }) },
  { name: "password", method: "POST", url: () => "/api/v1/auth/password", body: () => ({}) },
  { name: "preferences", method: "PATCH", url: () => "/api/v1/auth/preferences", body: () => ({ locale: "fr-FR" }) },
  {
    name: "zone",
    method: "POST",
    url: () => "/api/v1/zones",
    body: () => ({ name: "", kind: "casino", regionCode: "41" }),
  },
  {
    name: "zone edit",
    method: "PATCH",
    url: (i) => `/api/v1/zones/${i.yucheng}`,
    body: () => ({ plannedAreaKm2: "-3" }),
  },
  { name: "zone id", method: "GET", url: () => "/api/v1/zones/not-a-uuid" },
  { name: "unit", method: "POST", url: () => "/api/v1/units", body: () => ({ zoneId: "x", name: "" }) },
  {
    name: "unit edit",
    method: "PATCH",
    url: (i) => `/api/v1/units/${i.queshanUnit}`,
    body: () => ({ kind: "castle" }),
  },
  { name: "unit delete", method: "DELETE", url: (i) => `/api/v1/units/${i.queshanUnit}?version=first` },
  { name: "user", method: "POST", url: () => "/api/v1/users", body: () => ({ username: "A B", phone: "12" }) },
  {
    name: "user edit",
    method: "PATCH",
    url: (i) => `/api/v1/users/${i.queshanUser}`,
    body: () => ({ status: "gone" }),
  },
  { name: "user password", method: "POST", url: (i) => `/api/v1/users/${i.queshanUser}/password`, body: () => ({}) },
  { name: "role", method: "POST", url: () => "/api/v1/roles", body: () => ({ code: "X", scope: "galaxy" }) },
  { name: "role edit", method: "PATCH", url: (i) => `/api/v1/roles/${i.role}`, body: () => ({ permissions: ["fly"] }) },
  { name: "token", method: "POST", url: () => "/api/v1/api-tokens", body: () => ({ roleCode: 1 }) },
  { name: "users page", method: "GET", url: () => "/api/v1/users?pageSize=100000" },
  { name: "audit range", method: "GET", url: () => "/api/v1/audit?from=yesterday" },
];

describe.each(databaseTargets)("permissions and data scope on $name", (target) => {
  let t: TestApp;
  let ids: Ids;
  const sessions = new Map<Who, Session | null>();

  beforeAll(async () => {
    t = await startTestApp(target);
    sessions.set("anonymous", null);
    for (const u of USERS) sessions.set(u, await t.login(u));
    const admin = sessions.get("admin") ?? null;
    const zones = (await t.request(admin, "GET", "/api/v1/zones?pageSize=50")).json().items as {
      id: string;
      shortName: string;
    }[];
    const zone = (prefix: string) => zones.find((z) => z.shortName.startsWith(prefix))?.id ?? "";
    const queshan = zone("确山");
    const queshanUnits = (await t.request(admin, "GET", `/api/v1/units?zoneId=${queshan}`)).json();
    const queshanUsers = (await t.request(admin, "GET", `/api/v1/users?zoneId=${queshan}`)).json().items;
    const roles = (await t.request(admin, "GET", "/api/v1/roles")).json();
    ids = {
      yucheng: zone("虞城"),
      queshan,
      xiamen: zone("厦门"),
      queshanUnit: queshanUnits[queshanUnits.length - 1].id,
      queshanUser: queshanUsers[0].id,
      role: roles.find((r: { code: string }) => r.code === "zone-leader").id,
    };
  });
  afterAll(() => t.close());

  const rows = CASES.flatMap((c) => Object.entries(c.expect).map(([who, status]) => ({ c, who: who as Who, status })));
  it.each(rows)("$c.name as $who → $status", async ({ c, who, status }) => {
    const res = await t.request(sessions.get(who) ?? null, c.method, c.url(ids), c.body?.(ids));
    expect(res.statusCode, res.body).toBe(status);
    if (status >= 400) expect(res.headers["content-type"]).toContain("application/problem+json");
  });

  it.each(MALFORMED)("refuses malformed input: $name", async (c) => {
    const admin = sessions.get("admin") ?? null;
    const before = (await t.request(admin, "GET", "/api/v1/audit?pageSize=1")).json().total;
    const res = await t.request(admin, c.method, c.url(ids), c.body?.(ids));
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().errors.length).toBeGreaterThan(0);
    const after = (await t.request(admin, "GET", "/api/v1/audit?pageSize=1")).json().total;
    expect(after).toBe(before);
  });

  it("lists only the zones in scope", async () => {
    const total = async (who: Who) => (await t.request(sessions.get(who) ?? null, "GET", "/api/v1/zones")).json().total;
    expect(await total("admin")).toBeGreaterThanOrEqual(10);
    const henan = (await t.request(sessions.get("henan-supervisor") ?? null, "GET", "/api/v1/zones")).json().items;
    expect(henan.length).toBeGreaterThanOrEqual(3);
    for (const z of henan) expect(z.regionCode.startsWith("41")).toBe(true);
    expect(await total("yucheng-leader")).toBe(1);
  });

  it("shows a unit-scoped user only its own unit, and no other zone's units", async () => {
    const own = (await t.request(sessions.get("yucheng-investment") ?? null, "GET", "/api/v1/units")).json();
    expect(own.map((u: { name: string }) => u.name)).toEqual([expect.stringContaining("招商")]);
    const other = await t.request(sessions.get("yucheng-leader") ?? null, "GET", `/api/v1/units?zoneId=${ids.queshan}`);
    expect(other.json()).toEqual([]);
  });

  it("lists only the users and audit entries of the reader's zone", async () => {
    const leader = sessions.get("yucheng-leader") ?? null;
    const users = (await t.request(leader, "GET", "/api/v1/users?pageSize=200")).json();
    expect(users.total).toBeGreaterThan(0);
    for (const u of users.items) expect(u.zoneId).toBe(ids.yucheng);
    const audit = (await t.request(leader, "GET", "/api/v1/audit?pageSize=200")).json();
    for (const a of audit.items) expect(a.zoneId).toBe(ids.yucheng);
  });
});
