import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets, type Session, startTestApp, type TestApp } from "../../test/harness.js";
import { blackList } from "./bulletins-health.js";
import { bulletinPeriod } from "./bulletins-period.js";

interface Flag {
  rule: string;
  level: string;
  daysOverdue?: number;
  threshold?: number;
}

describe.each(databaseTargets)("per-zone health rules on $name", (target) => {
  let t: TestApp;
  let leader: Session;
  let zoneId: string;
  let otherZoneId: string;
  let unitId: string;
  let projectId: string;
  let otherProjectId: string;
  const url = () => `/api/v1/projects/health-rules?zoneId=${zoneId}`;
  const strict = { milestoneOverdueDays: [5, 30], investmentShareOfSchedule: [0.9, 0.6], silentWeeks: [3, 6] };

  /** A project under construction with one milestone 10 days overdue and a report this week, via the API. */
  async function lateProject(s: Session, zone: string, code: string, leadUnitId: string | null) {
    const created = await t.request(s, "POST", "/api/v1/projects", {
      zoneId: zone,
      code,
      name: `健康度规则测试${code}`,
      category: "industry",
      constructionType: "new",
      totalInvestmentYuan: "200000000",
      stage: "preparation",
      leadUnitId,
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    const started = await t.request(s, "POST", `/api/v1/projects/${id}/transitions`, {
      to: "started",
      date: "2026-06-01",
      permitNo: `P-${code}`,
      version: 1,
    });
    expect(started.statusCode, started.body).toBe(200);
    const milestone = await t.request(s, "POST", `/api/v1/projects/${id}/milestones`, {
      name: "主体封顶",
      sort: 99,
      plannedOn: "2026-11-13",
    });
    expect(milestone.statusCode, milestone.body).toBe(201);
    const form = new FormData();
    form.append("weekOf", "2026-11-16");
    form.append("progress", "主体施工");
    form.append("imageProgressPct", "40");
    const encoded = new Response(form);
    const report = await t.request(
      s,
      "POST",
      `/api/v1/projects/${id}/reports`,
      Buffer.from(await encoded.arrayBuffer()),
      {
        "content-type": encoded.headers.get("content-type") ?? "",
      },
    );
    expect(report.statusCode, report.body).toBe(201);
    // The category's template milestones have no planned dates: only 主体封顶 can be overdue.
    return id;
  }

  const health = async (id: string) =>
    (await t.request(leader, "GET", `/api/v1/projects/${id}`)).json().health as { level: string; flags: Flag[] };

  beforeAll(async () => {
    t = await startTestApp(target);
    t.clock.now = new Date("2026-11-23T02:00:00Z");
    leader = await t.login("yucheng-leader");
    zoneId = (await t.request(leader, "GET", "/api/v1/auth/me")).json().zoneId;
    const queshan = await t.login("queshan-leader");
    otherZoneId = (await t.request(queshan, "GET", "/api/v1/auth/me")).json().zoneId;
    const units = (await t.request(leader, "GET", "/api/v1/units")).json() as { id: string; name: string }[];
    unitId = units.find((u) => u.name === "稍岗镇")?.id ?? "";
    projectId = await lateProject(leader, zoneId, "HR-1", unitId);
    otherProjectId = await lateProject(queshan, otherZoneId, "HR-2", null);
  });
  afterAll(async () => {
    await t.close();
  });

  it("reads the documented defaults as version 0 until the zone sets its own", async () => {
    const res = await t.request(leader, "GET", url());
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      zoneId,
      milestoneOverdueDays: [15, 60],
      investmentShareOfSchedule: [0.8, 0.5],
      silentWeeks: [2, 4],
      version: 0,
      isDefault: true,
    });
    // Ten days overdue is within the default 15.
    expect((await health(projectId)).level).toBe("normal");
  });

  it("refuses writers without the permission (403) and other zones' leaders (404)", async () => {
    const body = { ...strict, version: 0 };
    for (const who of ["yucheng-economy", "yucheng-supervision", "yucheng-secretary", "henan-supervisor"]) {
      const res = await t.request(await t.login(who), "PUT", url(), body);
      expect(res.statusCode, who).toBe(403);
    }
    const other = await t.request(await t.login("queshan-leader"), "PUT", url(), body);
    expect(other.statusCode).toBe(404);
    expect((await t.request(await t.login("queshan-leader"), "GET", url())).statusCode).toBe(404);
    expect((await t.request(await t.login("yucheng-secretary"), "GET", url())).statusCode).toBe(200);
    expect((await t.request(null, "GET", url())).statusCode).toBe(401);
  });

  it("refuses thresholds whose severe step comes first, naming the rule in the caller's language", async () => {
    const body = { ...strict, milestoneOverdueDays: [30, 5], version: 0 };
    const zh = await t.request(leader, "PUT", url(), body);
    expect(zh.statusCode).toBe(400);
    expect(zh.json().errors).toEqual([
      { field: "milestoneOverdueDays", message: "节点逾期天数：严重滞后的阈值不能比滞后的阈值更宽松" },
    ]);
    const en = await t.request(
      leader,
      "PUT",
      url(),
      { ...strict, investmentShareOfSchedule: [0.5, 0.8], version: 0 },
      {
        "accept-language": "en-US",
      },
    );
    expect(en.json().errors[0].message).toMatch(/^Investment as a share of schedule: /);
    const share = await t.request(leader, "PUT", url(), {
      ...strict,
      investmentShareOfSchedule: [0.805, 0.5],
      version: 0,
    });
    expect(share.statusCode).toBe(400);
  });

  it("saves versioned, audited rules that every health figure of the zone then follows", async () => {
    const saved = await t.request(await t.login("yucheng-admin"), "PUT", url(), { ...strict, version: 0 });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ ...strict, version: 1, isDefault: false, updatedByName: expect.any(String) });
    // A second writer still holding version 0 loses.
    expect((await t.request(leader, "PUT", url(), { ...strict, version: 0 })).statusCode).toBe(409);

    // Detail and list: the 10-day overdue milestone now crosses the zone's 5 days.
    const detail = await health(projectId);
    expect(detail.level).toBe("lagging");
    expect(detail.flags).toEqual([
      expect.objectContaining({ rule: "milestoneOverdue", level: "lagging", daysOverdue: 10, threshold: 5 }),
    ]);
    const list = await t.request(leader, "GET", `/api/v1/projects?zoneId=${zoneId}&health=lagging`);
    expect(list.json().items.map((p: { id: string }) => p.id)).toEqual([projectId]);
    // The bulletin's 黑榜 for November and the unit's place in the ranking count it too.
    const black = await blackList(t.database.db, bulletinPeriod(zoneId, "2026-11", t.clock.now));
    expect(black.map((b) => [b.projectId, b.level])).toEqual([[projectId, "lagging"]]);
    expect(black[0]?.reasons).toEqual(["「主体封顶」节点逾期10天（计划2026年11月13日完成）"]);
    const ranking = await t.request(leader, "GET", `/api/v1/rankings?zoneId=${zoneId}&month=2026-11&by=unit`);
    expect(ranking.json().entries.find((e: { entityId: string }) => e.entityId === unitId)).toMatchObject({
      lagging: 1,
      severe: 0,
      laggingProjects: [expect.objectContaining({ projectId, level: "lagging" })],
    });

    // Another zone keeps its own (default) rules.
    const queshan = await t.login("queshan-leader");
    const other = (await t.request(queshan, "GET", `/api/v1/projects/${otherProjectId}`)).json();
    expect(other.health.level).toBe("normal");

    const audit = await t.request(await t.login("admin"), "GET", `/api/v1/audit?entity=healthRules&entityId=${zoneId}`);
    expect(audit.statusCode, audit.body).toBe(200);
    const [entry] = audit.json().items;
    expect(entry).toMatchObject({ action: "update", zoneId });
    expect(entry.changes.milestoneOverdueDays).toEqual({ before: [15, 60], after: [5, 30] });

    const again = await t.request(leader, "PUT", url(), { ...strict, milestoneOverdueDays: [5, 8], version: 1 });
    expect(again.json()).toMatchObject({ milestoneOverdueDays: [5, 8], version: 2 });
    expect((await health(projectId)).level).toBe("severe");
  });
});
