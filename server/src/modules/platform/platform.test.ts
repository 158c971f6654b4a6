import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets, type Session, startTestApp, type TestApp } from "../../test/harness.js";

describe.each(databaseTargets)("zones, units, users and the audit trail on $name", (target) => {
  let t: TestApp;
  let admin: Session;
  let zoneAdmin: Session;
  let yucheng: { id: string; version: number };

  beforeAll(async () => {
    t = await startTestApp(target);
    admin = await t.login("admin");
    zoneAdmin = await t.login("yucheng-admin");
    yucheng = (await t.request(zoneAdmin, "GET", "/api/v1/zones")).json().items[0];
  });
  afterAll(() => t.close());

  it("edits a zone, refuses a stale version with 409, and audits the change field by field", async () => {
    const ok = await t.request(zoneAdmin, "PATCH", `/api/v1/zones/${yucheng.id}`, {
      plannedAreaKm2: "20.5",
      version: yucheng.version,
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ plannedAreaKm2: "20.5000", version: yucheng.version + 1 });
    const stale = await t.request(zoneAdmin, "PATCH", `/api/v1/zones/${yucheng.id}`, {
      plannedAreaKm2: "99",
      version: yucheng.version,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().detail).toContain("已被他人修改");
    const still = (await t.request(zoneAdmin, "GET", `/api/v1/zones/${yucheng.id}`)).json();
    expect(still.plannedAreaKm2).toBe("20.5000");

    const audit = (await t.request(admin, "GET", `/api/v1/audit?entity=zone&entityId=${yucheng.id}`)).json();
    expect(audit.total).toBe(1);
    expect(audit.items[0]).toMatchObject({
      actorName: "yucheng-admin",
      action: "update",
      changes: { plannedAreaKm2: { before: null, after: "20.5000" } },
    });
  });

  it("keeps the unit tree: add, move with descendants, refuse cycles and non-empty deletes", async () => {
    const units = (await t.request(zoneAdmin, "GET", "/api/v1/units")).json() as {
      id: string;
      name: string;
      parentId: string | null;
    }[];
    const committee = units.find((u) => u.parentId === null && u.name.includes("管理委员会"));
    expect(committee).toBeDefined();
    const park = await t.request(zoneAdmin, "POST", "/api/v1/units", {
      zoneId: yucheng.id,
      parentId: committee?.id,
      name: "五金产业园",
      kind: "town",
    });
    expect(park.statusCode).toBe(201);
    const team = await t.request(zoneAdmin, "POST", "/api/v1/units", {
      zoneId: yucheng.id,
      parentId: park.json().id,
      name: "五金园服务专班",
      kind: "department",
    });
    expect(team.statusCode).toBe(201);
    const twin = await t.request(zoneAdmin, "POST", "/api/v1/units", {
      zoneId: yucheng.id,
      parentId: committee?.id,
      name: "五金产业园",
      kind: "town",
    });
    expect(twin.statusCode).toBe(400);
    expect(twin.json().errors[0].field).toBe("name");

    const cycle = await t.request(zoneAdmin, "PATCH", `/api/v1/units/${park.json().id}`, {
      parentId: team.json().id,
      version: 1,
    });
    expect(cycle.statusCode).toBe(400);
    expect(cycle.json().errors[0].field).toBe("parentId");

    const moved = await t.request(zoneAdmin, "PATCH", `/api/v1/units/${park.json().id}`, {
      parentId: null,
      version: 1,
    });
    expect(moved.statusCode).toBe(200);
    const hasChild = await t.request(zoneAdmin, "DELETE", `/api/v1/units/${park.json().id}?version=2`);
    expect(hasChild.statusCode).toBe(409);
    expect((await t.request(zoneAdmin, "DELETE", `/api/v1/units/${team.json().id}?version=1`)).statusCode).toBe(204);
    expect((await t.request(zoneAdmin, "DELETE", `/api/v1/units/${park.json().id}?version=2`)).statusCode).toBe(204);
  });

  it("creates a user in a unit who can sign in, edits with versions, and disabling ends the sessions", async () => {
    const units = (await t.request(zoneAdmin, "GET", "/api/v1/units")).json() as { id: string; name: string }[];
    const investment = units.find((u) => u.name.includes("招商"));
    const weak = await t.request(zoneAdmin, "POST", "/api/v1/users", {
      username: "yc-zhao",
      name: "赵明",
      zoneId: yucheng.id,
      unitId: investment?.id,
      roleCodes: ["investment-officer"],
      password: "weak",
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().errors.map((e: { field: string }) => e.field)).toEqual(["password", "password"]);
    const noUnit = await t.request(zoneAdmin, "POST", "/api/v1/users", {
      username: "yc-zhao",
      name: "赵明",
      zoneId: yucheng.id,
      roleCodes: ["investment-officer"],
      password: "Zhaoming-2026",
    });
    expect(noUnit.statusCode).toBe(400);
    expect(noUnit.json().errors[0].field).toBe("unitId");

    const created = await t.request(zoneAdmin, "POST", "/api/v1/users", {
      username: "yc-zhao",
      name: "赵明",
      phone: "13800001234",
      zoneId: yucheng.id,
      unitId: investment?.id,
      roleCodes: ["investment-officer"],
      password: "Zhaoming-2026",
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ unitName: investment?.name, roleCodes: ["investment-officer"] });
    const dup = await t.request(zoneAdmin, "POST", "/api/v1/users", {
      username: "yc-zhao",
      name: "另一个赵明",
      zoneId: yucheng.id,
      unitId: investment?.id,
      roleCodes: ["investment-officer"],
      password: "Zhaoming-2026",
    });
    expect(dup.statusCode).toBe(400);
    expect(dup.json().errors).toEqual([{ field: "username", message: "用户名：已存在相同的用户名" }]);

    const own = await t.login("yc-zhao", "Zhaoming-2026");
    const me = (await t.request(own, "GET", "/api/v1/auth/me")).json();
    expect(me).toMatchObject({ scope: "unit", unitName: investment?.name });

    const id = created.json().id;
    const disabled = await t.request(zoneAdmin, "PATCH", `/api/v1/users/${id}`, { status: "disabled", version: 1 });
    expect(disabled.statusCode).toBe(200);
    expect((await t.request(own, "GET", "/api/v1/auth/me")).statusCode).toBe(401);
    const stale = await t.request(zoneAdmin, "PATCH", `/api/v1/users/${id}`, { name: "赵明明", version: 1 });
    expect(stale.statusCode).toBe(409);

    const trail = (await t.request(admin, "GET", `/api/v1/audit?entity=user&entityId=${id}&order=asc`)).json();
    expect(trail.items.map((a: { action: string }) => a.action)).toEqual(["create", "update"]);
    expect(trail.items[0].changes.passwordHash.after).toBe("***");
    expect(trail.items[1].changes.status).toEqual({ before: "active", after: "disabled" });
    const zoneAdminName = (await t.request(zoneAdmin, "GET", "/api/v1/auth/me")).json().name as string;
    const byName = (await t.request(admin, "GET", `/api/v1/audit?actor=${encodeURIComponent(zoneAdminName)}`)).json();
    const byUsername = (await t.request(admin, "GET", "/api/v1/audit?actor=yucheng-admin")).json();
    expect(byUsername.total).toBeGreaterThan(3);
    expect(byName.total).toBe(byUsername.total);
    expect(trail.items[0].actorDisplayName).not.toBeNull();
  });

  it("paginates, filters and sorts users on the server", async () => {
    const page = (await t.request(admin, "GET", "/api/v1/users?pageSize=5&page=2&sort=username&order=desc")).json();
    expect(page.items).toHaveLength(5);
    expect(page.total).toBeGreaterThan(10);
    const names = page.items.map((u: { username: string }) => u.username);
    expect([...names].sort().reverse()).toEqual(names);
    const leaders = (await t.request(admin, "GET", "/api/v1/users?roleCode=zone-leader&pageSize=50")).json();
    expect(leaders.total).toBe(10);
  });
});
