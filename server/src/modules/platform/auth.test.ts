import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets, startTestApp, type TestApp } from "../../test/harness.js";

describe.each(databaseTargets)("auth on $name", (target) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(target);
  });
  afterAll(() => t.close());

  it("signs in with an httpOnly session cookie and a readable CSRF cookie", async () => {
    const res = await t.request(null, "POST", "/api/v1/auth/login", {
      username: "yucheng-leader",
      password: "zoneos-demo",
    });
    expect(res.statusCode).toBe(200);
    const session = res.cookies.find((c) => c.name === "zoneos_session");
    const csrf = res.cookies.find((c) => c.name === "zoneos_csrf");
    expect(session?.httpOnly).toBe(true);
    expect(csrf?.httpOnly).toBeFalsy();
    expect(res.json()).toMatchObject({
      username: "yucheng-leader",
      zoneName: "虞城县高新技术产业开发区",
      scope: "zone",
    });
  });

  it("refuses a wrong password with the same message as an unknown user, in the caller's language", async () => {
    const wrong = await t.request(null, "POST", "/api/v1/auth/login", { username: "queshan-leader", password: "nope" });
    const unknown = await t.request(null, "POST", "/api/v1/auth/login", { username: "nobody", password: "nope" });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().detail).toBe("用户名或密码错误");
    expect(unknown.json().detail).toBe(wrong.json().detail);
    const en = await t.request(
      null,
      "POST",
      "/api/v1/auth/login",
      { username: "nobody", password: "x" },
      { "accept-language": "en-US" },
    );
    expect(en.json().detail).toBe("Wrong username or password");
    expect(en.json().title).toBe("Unauthorized");
    expect(wrong.json().title).toBe("未登录");
    expect(en.headers["content-type"]).toContain("application/problem+json");
  });

  it("locks an account after five failures, says until when, and an admin unlocks it", async () => {
    for (let i = 0; i < 4; i++) {
      const res = await t.request(null, "POST", "/api/v1/auth/login", { username: "yucheng-service", password: "bad" });
      expect(res.statusCode).toBe(401);
    }
    const fifth = await t.request(null, "POST", "/api/v1/auth/login", { username: "yucheng-service", password: "bad" });
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().detail).toContain("锁定");
    expect(fifth.json().title).toBe("账户已锁定");
    expect(new Date(fifth.json().lockedUntil).getTime()).toBeGreaterThan(Date.now());
    const right = await t.request(null, "POST", "/api/v1/auth/login", {
      username: "yucheng-service",
      password: "zoneos-demo",
    });
    expect(right.statusCode).toBe(423);

    const admin = await t.login("yucheng-admin");
    const users = await t.request(admin, "GET", "/api/v1/users?q=yucheng-service");
    const id = users.json().items[0].id;
    const trail = (await t.request(admin, "GET", `/api/v1/audit?entity=user&entityId=${id}`)).json();
    expect(trail.items[0]).toMatchObject({ action: "loginLocked", actorName: "anonymous", actorId: null });
    expect(users.json().items[0].lockedUntil).not.toBeNull();
    expect((await t.request(admin, "POST", `/api/v1/users/${id}/unlock`)).statusCode).toBe(200);
    await t.login("yucheng-service");
  });

  it("requires the CSRF header on cookie mutations but not on bearer requests", async () => {
    const s = await t.login("yucheng-leader");
    const noHeader = await t.app.inject({
      method: "PATCH",
      url: "/api/v1/auth/preferences",
      payload: { moneyUnit: "yi" },
      headers: { cookie: s.cookie },
    });
    expect(noHeader.statusCode).toBe(403);
    expect(noHeader.json().code).toBe("csrf");
    const ok = await t.request(s, "PATCH", "/api/v1/auth/preferences", { moneyUnit: "yi" });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().moneyUnit).toBe("yi");

    const admin = await t.login("admin");
    const created = await t.request(admin, "POST", "/api/v1/api-tokens", {
      name: "统计局接口",
      roleCode: "zone-leader",
      zoneId: ok.json().zoneId,
    });
    expect(created.statusCode).toBe(201);
    const token = created.json().token as string;
    const viaToken = await t.app.inject({
      method: "GET",
      url: "/api/v1/zones",
      headers: { authorization: `Bearer ${token}` },
    });
    expect(viaToken.statusCode).toBe(200);
    expect(viaToken.json().total).toBe(1);
    const revoked = await t.request(admin, "POST", `/api/v1/api-tokens/${created.json().id}/revoke`);
    expect(revoked.statusCode).toBe(200);
    const afterRevoke = await t.app.inject({
      method: "GET",
      url: "/api/v1/zones",
      headers: { authorization: `Bearer ${token}` },
    });
    expect(afterRevoke.statusCode).toBe(401);
  });

  it("ends the session on logout and after the idle limit", async () => {
    const s = await t.login("queshan-leader");
    expect((await t.request(s, "GET", "/api/v1/auth/me")).statusCode).toBe(200);
    await t.request(s, "POST", "/api/v1/auth/logout");
    expect((await t.request(s, "GET", "/api/v1/auth/me")).statusCode).toBe(401);

    const idle = await t.login("queshan-leader");
    const start = t.clock.now;
    t.clock.now = new Date(start.getTime() + 3 * 3_600_000);
    const expired = await t.request(idle, "GET", "/api/v1/auth/me");
    t.clock.now = start;
    expect(expired.statusCode).toBe(401);
    expect(expired.json().code).toBe("sessionExpired");
  });

  it("changes a password only with the current one and within the rules", async () => {
    const s = await t.login("queshan-economy");
    const wrong = await t.request(s, "POST", "/api/v1/auth/password", {
      currentPassword: "x",
      newPassword: "Queshan-2026!",
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors[0].field).toBe("currentPassword");
    const weak = await t.request(s, "POST", "/api/v1/auth/password", {
      currentPassword: "zoneos-demo",
      newPassword: "short",
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().errors.map((e: { field: string }) => e.field)).toContain("newPassword");
    const ok = await t.request(s, "POST", "/api/v1/auth/password", {
      currentPassword: "zoneos-demo",
      newPassword: "Queshan-2026!",
    });
    expect(ok.statusCode).toBe(204);
    await t.login("queshan-economy", "Queshan-2026!");
  });

  it("answers health, readiness and the OpenAPI document", async () => {
    expect((await t.app.inject({ url: "/api/health" })).json()).toEqual({ status: "ok" });
    expect((await t.app.inject({ url: "/api/ready" })).json()).toMatchObject({ status: "ready" });
    const doc = (await t.app.inject({ url: "/api/openapi.json" })).json();
    expect(doc.openapi).toMatch(/^3\./);
    for (const path of [
      "/api/v1/auth/login",
      "/api/v1/zones",
      "/api/v1/units",
      "/api/v1/users",
      "/api/v1/roles",
      "/api/v1/audit",
      "/api/v1/regions",
    ])
      expect(Object.keys(doc.paths)).toContain(path);
  });
});
