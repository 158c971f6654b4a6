import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets, type Session, startTestApp, type TestApp } from "../../test/harness.js";

describe.each(databaseTargets)("key projects on $name", (target) => {
  let t: TestApp;
  let leader: Session;
  let yuchengId: string;
  let projectId: string;

  beforeAll(async () => {
    t = await startTestApp(target);
    leader = await t.login("yucheng-leader");
    yuchengId = (await t.request(leader, "GET", "/api/v1/auth/me")).json().zoneId;
  });
  afterAll(() => t.close());

  it("creates a project with its category's milestones and a tier from its investment", async () => {
    const bad = await t.request(leader, "POST", "/api/v1/projects", {
      zoneId: yuchengId,
      code: "YC 1",
      name: "x",
      category: "industry",
    });
    expect(bad.statusCode).toBe(400);
    const res = await t.request(leader, "POST", "/api/v1/projects", {
      zoneId: yuchengId,
      code: "YC-2026-001",
      name: "科迪80万吨液态奶项目",
      category: "industry",
      constructionType: "new",
      levelTags: ["provincial"],
      totalInvestmentYuan: "1500000000",
      plannedStartOn: "2026-03-01",
      plannedCompletionOn: "2027-12-31",
      stage: "preparation",
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ tier: "mega", stage: "preparation", health: { level: "normal" } });
    projectId = res.json().id;
    const ms = (await t.request(leader, "GET", `/api/v1/projects/${projectId}/milestones`)).json();
    expect(ms.map((m: { name: string }) => m.name)).toContain("施工许可");
  });

  it("refuses 开工 without a permit or 容缺 note, then starts and keeps the history", async () => {
    const refused = await t.request(leader, "POST", `/api/v1/projects/${projectId}/transitions`, {
      to: "started",
      date: "2026-04-01",
      version: 1,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0]).toMatchObject({ field: "permitNo" });
    const skip = await t.request(leader, "POST", `/api/v1/projects/${projectId}/transitions`, {
      to: "production",
      date: "2026-04-01",
      version: 1,
    });
    expect(skip.json().errors[0].field).toBe("to");
    const ok = await t.request(leader, "POST", `/api/v1/projects/${projectId}/transitions`, {
      to: "started",
      date: "2026-04-01",
      toleranceNote: "施工许可容缺受理，承诺30日内补正",
      version: 1,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ stage: "started", actualStartOn: "2026-04-01" });
    const history = (await t.request(leader, "GET", `/api/v1/projects/${projectId}/transitions`)).json();
    expect(history[0]).toMatchObject({ fromStage: "preparation", toStage: "started" });
  });

  it("sums monthly investment into 年累计 and 开工以来累计 and compares with the plan", async () => {
    await t.request(leader, "PUT", `/api/v1/projects/${projectId}/plans`, { year: 2026, plannedYuan: "600000000" });
    await t.request(leader, "PUT", `/api/v1/projects/${projectId}/investments`, {
      month: "2026-04",
      amountYuan: "50000000",
    });
    await t.request(leader, "PUT", `/api/v1/projects/${projectId}/investments`, {
      month: "2026-05",
      amountYuan: "80000000.50",
    });
    const series = (await t.request(leader, "GET", `/api/v1/projects/${projectId}/investments`)).json();
    expect(series.months.at(-1)).toEqual({
      month: "2026-05",
      amountYuan: "80000000.50",
      ytdYuan: "130000000.50",
      sinceStartYuan: "130000000.50",
    });
    const future = await t.request(leader, "PUT", `/api/v1/projects/${projectId}/investments`, {
      month: "2099-01",
      amountYuan: "1",
    });
    expect(future.statusCode).toBe(400);
  });

  it("lets the assigned secretary report investment, and nobody else outside scope", async () => {
    const secretary = await t.login("yucheng-secretary");
    expect((await t.request(secretary, "GET", `/api/v1/projects/${projectId}`)).statusCode).toBe(404);
    const secretaryId = (await t.request(secretary, "GET", "/api/v1/auth/me")).json().id;
    await t.request(leader, "PUT", `/api/v1/projects/${projectId}/members`, { userId: secretaryId, role: "secretary" });
    expect((await t.request(secretary, "GET", "/api/v1/projects?mine=true")).json().total).toBe(1);
    const reported = await t.request(secretary, "PUT", `/api/v1/projects/${projectId}/investments`, {
      month: "2026-06",
      amountYuan: "10000000",
    });
    expect(reported.statusCode).toBe(200);
    expect(
      (await t.request(secretary, "PATCH", `/api/v1/projects/${projectId}`, { name: "改名", version: 2 })).statusCode,
    ).toBe(403);

    const queshan = await t.login("queshan-leader");
    expect((await t.request(queshan, "GET", `/api/v1/projects/${projectId}`)).statusCode).toBe(404);
    const supervisor = await t.login("henan-supervisor");
    expect((await t.request(supervisor, "GET", `/api/v1/projects/${projectId}`)).statusCode).toBe(200);
    expect(
      (
        await t.request(supervisor, "PUT", `/api/v1/projects/${projectId}/investments`, {
          month: "2026-07",
          amountYuan: "1",
        })
      ).statusCode,
    ).toBe(403);
  });
});
