import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets, type Session, startTestApp, type TestApp } from "../../test/harness.js";

interface Listed {
  items: { id: string; code: string; health: { level: string } }[];
  total: number;
  totals: {
    count: number;
    totalInvestmentYuan: string;
    byStage: { stage: string; count: number; totalInvestmentYuan: string }[];
    byHealth: Record<string, number>;
  };
}

describe.each(databaseTargets)("project list totals, saved views and history names on $name", (target) => {
  let t: TestApp;
  let leader: Session;
  let zoneId: string;
  const id: Record<string, string> = {};

  async function project(code: string, totalInvestmentYuan: string, overdueFrom: string | null) {
    const created = await t.request(leader, "POST", "/api/v1/projects", {
      zoneId,
      code,
      name: `清单测试${code}`,
      category: "industry",
      constructionType: "new",
      totalInvestmentYuan,
      stage: "preparation",
    });
    expect(created.statusCode, created.body).toBe(201);
    id[code] = created.json().id;
    // Not under way: only an overdue milestone can make it lag (no silence or investment rule applies).
    if (overdueFrom)
      await t.request(leader, "POST", `/api/v1/projects/${id[code]}/milestones`, {
        name: "规划许可",
        plannedOn: overdueFrom,
      });
  }

  const list = async (query: string) => {
    const res = await t.request(leader, "GET", `/api/v1/projects?zoneId=${zoneId}&${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Listed;
  };

  beforeAll(async () => {
    t = await startTestApp(target);
    t.clock.now = new Date("2026-11-23T02:00:00Z");
    leader = await t.login("yucheng-leader");
    zoneId = (await t.request(leader, "GET", "/api/v1/auth/me")).json().zoneId;
    await project("LV-1", "100000000.01", null);
    await project("LV-2", "200000000.02", "2026-10-24"); // 30 days overdue: lagging (15..60)
    await project("LV-3", "300000000.07", "2026-08-01"); // 114 days: severe
    await project("LV-4", "50000000", "2026-11-01"); // 22 days: lagging
    const moved = await t.request(leader, "POST", `/api/v1/projects/${id["LV-4"]}/transitions`, {
      to: "paused",
      reason: "企业资金调度",
      version: 1,
    });
    expect(moved.statusCode, moved.body).toBe(200);
  });
  afterAll(async () => {
    await t.close();
  });

  it("filters by health on the server and totals the filtered set by stage and health", async () => {
    const all = await list("pageSize=2");
    expect(all.total).toBe(4);
    expect(all.items.map((p) => p.code)).toEqual(["LV-1", "LV-2"]);
    expect(all.totals).toEqual({
      count: 4,
      totalInvestmentYuan: "650000000.10",
      byStage: [
        { stage: "preparation", count: 3, totalInvestmentYuan: "600000000.10" },
        { stage: "paused", count: 1, totalInvestmentYuan: "50000000.00" },
      ],
      byHealth: { normal: 1, lagging: 2, severe: 1 },
    });

    const lagging = await list("health=lagging&pageSize=1&page=2");
    expect(lagging.total).toBe(2);
    expect(lagging.items.map((p) => [p.code, p.health.level])).toEqual([["LV-4", "lagging"]]);
    expect(lagging.totals.byHealth).toEqual({ normal: 0, lagging: 2, severe: 0 });
    expect(lagging.totals.byStage.map((s) => [s.stage, s.count])).toEqual([
      ["preparation", 1],
      ["paused", 1],
    ]);

    const severeByMoney = await list("health=severe&stage=preparation&sort=totalInvestmentYuan&order=desc");
    expect(severeByMoney.items.map((p) => p.code)).toEqual(["LV-3"]);
    expect(severeByMoney.totals).toMatchObject({ count: 1, totalInvestmentYuan: "300000000.07" });

    const bad = await t.request(leader, "GET", `/api/v1/projects?health=bad`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].message).toMatch(/^健康度：/);
  });

  it("names the lifecycle step's author and the refused field in the caller's language", async () => {
    const history = await t.request(leader, "GET", `/api/v1/projects/${id["LV-4"]}/transitions`);
    const me = (await t.request(leader, "GET", "/api/v1/auth/me")).json();
    expect(history.json()).toEqual([
      expect.objectContaining({ fromStage: "preparation", toStage: "paused", actorId: me.id, actorName: me.name }),
    ]);
    const body = { to: "started", date: "2026-11-20", version: 1 };
    const zh = await t.request(leader, "POST", `/api/v1/projects/${id["LV-1"]}/transitions`, body);
    expect(zh.json().errors[0]).toMatchObject({ field: "permitNo", message: expect.stringMatching(/^施工许可证号：/) });
    const en = await t.request(leader, "POST", `/api/v1/projects/${id["LV-1"]}/transitions`, body, {
      "accept-language": "en",
    });
    expect(en.json().errors[0].message).toMatch(/^Construction permit no\.: /);
    const money = await t.request(leader, "PATCH", `/api/v1/projects/${id["LV-1"]}`, {
      totalInvestmentYuan: "1.234",
      version: 1,
    });
    expect(money.json().errors[0].message).toMatch(/^总投资：/);
  });

  it("lists the member projects of each 集中开工 batch", async () => {
    const created = await t.request(leader, "POST", "/api/v1/batches", {
      zoneId,
      name: "2026年第四季度集中开工",
      heldOn: "2026-11-20",
      projectIds: [id["LV-2"], id["LV-1"]],
    });
    expect(created.statusCode, created.body).toBe(201);
    const [batch] = (await t.request(leader, "GET", `/api/v1/batches?zoneId=${zoneId}`)).json();
    expect(batch).toMatchObject({ projectCount: 2, totalInvestmentYuan: "300000000.03" });
    expect(batch.projects.map((p: { code: string; name: string }) => [p.code, p.name])).toEqual([
      ["LV-1", "清单测试LV-1"],
      ["LV-2", "清单测试LV-2"],
    ]);
    // A secretary assigned to none of them sees the batch but not its projects.
    const secretary = await t.login("yucheng-secretary");
    const seen = (await t.request(secretary, "GET", `/api/v1/batches?zoneId=${zoneId}`)).json();
    expect(seen[0]?.projects ?? []).toEqual([]);
  });

  it("keeps each user's saved views to that user", async () => {
    const views = "/api/v1/projects/views";
    const saved = await t.request(leader, "POST", views, {
      name: "严重滞后的前期项目",
      filters: { stage: "preparation", health: "severe", sort: "totalInvestmentYuan", order: "desc", view: "board" },
    });
    expect(saved.statusCode, saved.body).toBe(201);
    const view = saved.json();
    expect(view.filters).toEqual({
      stage: "preparation",
      health: "severe",
      sort: "totalInvestmentYuan",
      order: "desc",
      view: "board",
    });
    const dup = await t.request(leader, "POST", views, { name: "严重滞后的前期项目", filters: {} });
    expect(dup.json().errors[0]).toMatchObject({ field: "name" });
    const junk = await t.request(leader, "POST", views, { name: "x", filters: { stage: "nowhere", view: "map" } });
    expect(junk.statusCode).toBe(400);
    expect(
      junk
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(["filters.stage", "filters.view"]);
    const unknownKey = await t.request(leader, "POST", views, { name: "y", filters: { pageSize: "200" } });
    expect(unknownKey.statusCode).toBe(400);

    expect((await t.request(leader, "GET", views)).json().map((v: { name: string }) => v.name)).toEqual([
      "严重滞后的前期项目",
    ]);
    const economy = await t.login("yucheng-economy");
    expect((await t.request(economy, "GET", views)).json()).toEqual([]);
    expect((await t.request(economy, "DELETE", `${views}/${view.id}`)).statusCode).toBe(404);
    // 企服专员 has no projects:read: no views either.
    const service = await t.login("yucheng-service");
    expect((await t.request(service, "GET", views)).statusCode).toBe(403);
    expect((await t.request(service, "POST", views, { name: "z", filters: {} })).statusCode).toBe(403);

    expect((await t.request(leader, "DELETE", `${views}/${view.id}`)).statusCode).toBe(204);
    expect((await t.request(leader, "GET", views)).json()).toEqual([]);
    expect((await t.request(leader, "DELETE", `${views}/${view.id}`)).statusCode).toBe(404);
  });
});
