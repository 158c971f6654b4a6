import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets, type Session, startTestApp, type TestApp } from "../../test/harness.js";

interface Listed {
  items: { code: string; health: { level: string }; ytdInvestmentYuan: string }[];
  total: number;
  totals: { count: number; totalInvestmentYuan: string; byStage: unknown[]; byHealth: Record<string, number> | null };
}

describe.each(databaseTargets)("project list paged in SQL on $name", (target) => {
  let t: TestApp;
  let leader: Session;
  let zoneId: string;

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
    for (const [code, amount, overdueFrom] of [
      ["PG-1", "300000000.05", null],
      ["PG-2", "100000000.10", "2026-10-24"], // 30 days overdue: lagging
      ["PG-3", "200000000", null],
    ] as const) {
      const created = await t.request(leader, "POST", "/api/v1/projects", {
        zoneId,
        code,
        name: `分页测试${code}`,
        category: "industry",
        constructionType: "new",
        totalInvestmentYuan: amount,
        stage: "preparation",
      });
      expect(created.statusCode, created.body).toBe(201);
      if (overdueFrom)
        await t.request(leader, "POST", `/api/v1/projects/${created.json().id}/milestones`, {
          name: "规划许可",
          plannedOn: overdueFrom,
        });
    }
  });
  afterAll(async () => {
    await t.close();
  });

  it("judges only the page when health totals are declined, and totals the whole set in SQL", async () => {
    const page = await list("q=PG-&sort=totalInvestmentYuan&order=desc&pageSize=1&page=3&healthTotals=false");
    expect(page.total).toBe(3);
    expect(page.items.map((p) => [p.code, p.health.level, p.ytdInvestmentYuan])).toEqual([["PG-2", "lagging", "0"]]);
    expect(page.totals).toEqual({
      count: 3,
      totalInvestmentYuan: "600000000.15",
      byStage: [{ stage: "preparation", count: 3, totalInvestmentYuan: "600000000.15" }],
      byHealth: null,
    });

    const asked = await list("q=PG-&pageSize=1&healthTotals=true");
    expect(asked.items.map((p) => p.code)).toEqual(["PG-1"]);
    expect(asked.totals.byHealth).toEqual({ normal: 2, lagging: 1, severe: 0 });
  });

  it("gives an empty page past the end with the set's totals", async () => {
    const past = await list("q=PG-&pageSize=2&page=3");
    expect(past.items).toEqual([]);
    expect(past.totals.count).toBe(3);
    expect(past.totals.byHealth).toEqual({ normal: 2, lagging: 1, severe: 0 });
  });
});
