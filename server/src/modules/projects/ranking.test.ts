import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadUserActor } from "../../platform/identity.js";
import { databaseTargets, type Session, startTestApp, type TestApp } from "../../test/harness.js";
import { rankings } from "./ranking-service.js";

interface Entry {
  entityId: string;
  name: string;
  score: number;
  rank: number;
  redList: boolean;
  bottom: boolean;
  consecutiveBottom: number;
  escalate: boolean;
  metrics: Record<string, number | null>;
  ytdYuan: string;
  planYuan: string;
}

describe.each(databaseTargets)("比学赶超 rankings on $name", (target) => {
  let t: TestApp;
  let leader: Session;
  let judge: Session;
  let zoneId: string;
  const unit: Record<"A" | "B" | "C", string> = { A: "", B: "", C: "" };
  const project: Record<string, string> = {};
  let inspectionId: string;

  const call = (s: Session | null, method: "GET" | "POST" | "PUT", url: string, body?: unknown) =>
    t.request(s, method, url, body);

  /** A started (or not) project of `unitId` with its plan, investments, milestones and problems, via the API. */
  async function build(key: string, unitId: string, p: Build) {
    const res = await t.request(leader, "POST", "/api/v1/projects", {
      zoneId,
      code: `RK-${key}`,
      name: `排名测试项目${key}`,
      category: "industry",
      constructionType: "new",
      totalInvestmentYuan: "100000000",
      stage: "preparation",
      leadUnitId: unitId,
    });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id as string;
    project[key] = id;
    if (p.startedOn) {
      const started = await t.request(leader, "POST", `/api/v1/projects/${id}/transitions`, {
        to: "started",
        date: p.startedOn,
        permitNo: `P-${key}`,
        version: 1,
      });
      expect(started.statusCode, started.body).toBe(200);
    }
    await t.request(leader, "PUT", `/api/v1/projects/${id}/plans`, { year: 2026, plannedYuan: p.plan });
    for (const [month, amountYuan] of p.investments)
      expect(
        (await t.request(leader, "PUT", `/api/v1/projects/${id}/investments`, { month, amountYuan })).statusCode,
      ).toBe(200);
    for (const [plannedOn, actualOn] of p.milestones ?? [])
      await t.request(leader, "POST", `/api/v1/projects/${id}/milestones`, { name: "节点", plannedOn, actualOn });
    for (const [deadline, resolved] of p.problems ?? []) {
      const raised = await t.request(leader, "POST", `/api/v1/projects/${id}/problems`, {
        category: "land",
        description: "用地问题",
        deadline,
      });
      const pid = raised.json().id;
      if (!resolved) continue;
      await t.request(leader, "POST", `/api/v1/problems/${pid}/moves`, { to: "inProgress", version: 1 });
      const done = await t.request(leader, "POST", `/api/v1/problems/${pid}/moves`, {
        to: "resolved",
        resolution: "已解决",
        version: 2,
      });
      expect(done.statusCode, done.body).toBe(200);
    }
  }

  beforeAll(async () => {
    t = await startTestApp(target);
    t.clock.now = new Date("2026-11-23T02:00:00Z");
    leader = await t.login("yucheng-leader");
    judge = await t.login("yucheng-supervision");
    zoneId = (await t.request(leader, "GET", "/api/v1/auth/me")).json().zoneId;
    const units = (await t.request(leader, "GET", "/api/v1/units")).json() as { id: string; name: string }[];
    const byName = (n: string) => units.find((u) => u.name === n)?.id ?? "";
    unit.A = byName("稍岗镇");
    unit.B = byName("城郊乡");
    unit.C = byName("虞城县大项目管理中心");
    // A: two projects, 9M of 15M planned; 2 starts; milestones 1 of 2 on time; its one problem resolved.
    await build("A1", unit.A, {
      startedOn: "2026-04-01",
      plan: "10000000",
      investments: [
        ["2026-03", "5000000"],
        ["2026-09", "3000000"],
      ],
      milestones: [
        ["2026-05-01", "2026-04-20"],
        ["2026-08-01", "2026-08-10"],
      ],
      problems: [["2026-06-30", true]],
    });
    await build("A2", unit.A, { startedOn: "2026-07-01", plan: "5000000", investments: [["2026-10", "1000000"]] });
    // B: 10M of 20M; no start; its milestone on time; two problems, none resolved.
    await build("B1", unit.B, {
      plan: "20000000",
      investments: [["2026-05", "10000000"]],
      milestones: [["2026-09-01", "2026-09-01"]],
      problems: [
        ["2026-07-31", false],
        ["2026-09-30", false],
      ],
    });
    // C: 9M of 10M, ahead of schedule; one start; nothing due.
    await build("C1", unit.C, { startedOn: "2026-02-15", plan: "10000000", investments: [["2026-02", "9000000"]] });
  });
  afterAll(async () => {
    await t.close();
  });

  it("scores a 观摩 with two judges, averaging per criterion and weighting the criteria", async () => {
    const bad = await call(leader, "POST", "/api/v1/inspections", {
      zoneId,
      kind: "halfYear",
      title: "x",
      heldOn: "2026-09-20",
      criteria: [{ key: "progress", name: "形象进度", weight: 50 }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe("criteria");
    const created = await call(leader, "POST", "/api/v1/inspections", {
      zoneId,
      kind: "halfYear",
      title: "2026年上半年项目观摩",
      heldOn: "2026-09-20",
      criteria: [
        { key: "progress", name: "形象进度", weight: 60 },
        { key: "quality", name: "质量安全", weight: 40 },
      ],
    });
    expect(created.statusCode, created.body).toBe(201);
    inspectionId = created.json().id;
    const score = (s: Session, key: string, scores: Record<string, number>) =>
      call(s, "PUT", `/api/v1/inspections/${inspectionId}/scores`, { projectId: project[key], scores });
    await score(leader, "A1", { progress: 90, quality: 70 });
    await score(judge, "A1", { progress: 80, quality: 60 });
    await score(leader, "B1", { progress: 70, quality: 80 });
    await score(judge, "B1", { progress: 60, quality: 90 });
    const last = await score(leader, "C1", { progress: 50, quality: 50 });
    expect(last.statusCode, last.body).toBe(200);
    expect((await score(leader, "C1", { speed: 1 })).json().errors[0].field).toBe("scores.speed");
    expect((await call(leader, "POST", `/api/v1/inspections/${inspectionId}/close`)).json().status).toBe("closed");
    expect((await score(leader, "C1", { progress: 99 })).statusCode).toBe(400);
    const { results } = (await call(leader, "GET", `/api/v1/inspections/${inspectionId}/results`)).json();
    // A1: 85·0.6 + 65·0.4 = 77; B1: 65·0.6 + 85·0.4 = 73; C1: 50 (one judge).
    expect(results.map((r: { projectId: string; score: number; rank: number; judges: number }) => r)).toEqual([
      expect.objectContaining({ projectId: project.A1, rank: 1, judges: 2 }),
      expect.objectContaining({ projectId: project.B1, rank: 2, judges: 2 }),
      expect.objectContaining({ projectId: project.C1, rank: 3, judges: 1 }),
    ]);
    expect(results.map((r: { score: number }) => r.score)).toEqual([
      expect.closeTo(77, 9),
      expect.closeTo(73, 9),
      expect.closeTo(50, 9),
    ]);
  });

  it("ranks units for 1–10月 against hand-computed scores, with 红榜, 黑榜 and three months at the bottom", async () => {
    const res = await call(leader, "GET", `/api/v1/rankings?zoneId=${zoneId}&month=2026-10&by=unit`);
    expect(res.statusCode, res.body).toBe(200);
    const { entries, redList, bottomList } = res.json() as {
      entries: Entry[];
      redList: string[];
      bottomList: string[];
    };
    expect(entries.map((e) => e.entityId)).toEqual([unit.C, unit.A, unit.B]);
    const [c, a, b] = entries as [Entry, Entry, Entry];
    // 序时 10/12. A: 9M/15M = 60 % → 72; starts 2/2 → 100; milestones 50; problems 100; 观摩 77.
    expect(a).toMatchObject({ ytdYuan: "9000000.00", planYuan: "15000000.00", rank: 2 });
    expect(a.metrics).toEqual({
      investment: expect.closeTo(72, 9),
      newStarts: 100,
      milestones: 50,
      problems: 100,
      inspection: expect.closeTo(77, 9),
    });
    expect(a.score).toBeCloseTo(77.85, 9); // (72·40 + 100·15 + 50·15 + 100·15 + 77·15) / 100
    // B: 50 % → 60; no start → 0; milestone 100; problems 0; 观摩 73 → 49.95.
    expect(b.score).toBeCloseTo(49.95, 9);
    // C: capped 100; starts 1/2 → 50; nothing due; 观摩 50 → (4000 + 750 + 750) / 70.
    expect(c.score).toBeCloseTo(5500 / 70, 9);
    expect(c.metrics).toMatchObject({ milestones: null, problems: null });
    // Three ranked: lists of one. B was last in Aug (42.86) and Sep (52.62) too.
    expect(redList).toEqual([unit.C]);
    expect(bottomList).toEqual([unit.B]);
    expect(b).toMatchObject({ bottom: true, consecutiveBottom: 3, escalate: true });
    expect(c).toMatchObject({ redList: true, consecutiveBottom: 0, escalate: false });

    const previous = (await call(leader, "GET", `/api/v1/rankings?zoneId=${zoneId}&month=2026-08`)).json();
    const aug = Object.fromEntries(previous.entries.map((e: Entry) => [e.entityId, e.score]));
    expect(aug[unit.A]).toBeCloseTo(5750 / 85, 9); // no 观摩 yet, no milestone of B due
    expect(aug[unit.B]).toBeCloseTo(3000 / 70, 9);
    expect(aug[unit.C]).toBeCloseTo(4750 / 55, 9);
  });

  it("traces each unit's score month by month, each month ranked as GET /rankings ranks it", async () => {
    const url = `/api/v1/rankings/trend?zoneId=${zoneId}&month=2026-10&by=unit`;
    const res = await call(leader, "GET", url);
    expect(res.statusCode, res.body).toBe(200);
    const { months, series } = res.json() as {
      months: string[];
      series: { entityId: string; points: { month: string; score: number | null; rank: number | null }[] }[];
    };
    expect(months).toEqual(Array.from({ length: 10 }, (_, i) => `2026-${String(i + 1).padStart(2, "0")}`));
    const line = (id: string) => series.find((s) => s.entityId === id)?.points ?? [];
    const oct = (await call(leader, "GET", `/api/v1/rankings?zoneId=${zoneId}&month=2026-10`)).json();
    for (const e of oct.entries as Entry[]) {
      expect(line(e.entityId)).toHaveLength(10);
      expect(line(e.entityId)[9]).toEqual({ month: "2026-10", score: e.score, rank: e.rank });
    }
    expect(line(unit.A)[7]?.score).toBeCloseTo(5750 / 85, 9);
    expect(line(unit.B)[7]?.score).toBeCloseTo(3000 / 70, 9);
    const queshan = await t.login("queshan-leader");
    expect((await call(queshan, "GET", url)).statusCode).toBe(404);
  });

  it("ranks 赛区 by aggregating their units' projects", async () => {
    const towns = await call(leader, "POST", "/api/v1/race-groups", { zoneId, name: "乡镇赛区", kind: "town" });
    expect(towns.statusCode, towns.body).toBe(201);
    const depts = await call(leader, "POST", "/api/v1/race-groups", { zoneId, name: "部门赛区", kind: "department" });
    const set = await call(leader, "PUT", `/api/v1/race-groups/${towns.json().id}/units`, {
      unitIds: [unit.A, unit.B],
    });
    expect(
      set
        .json()
        .units.map((u: { id: string }) => u.id)
        .sort(),
    ).toEqual([unit.A, unit.B].sort());
    await call(leader, "PUT", `/api/v1/race-groups/${depts.json().id}/units`, { unitIds: [unit.C] });
    const queshan = await t.login("queshan-leader");
    const queshanZone = (await t.request(queshan, "GET", "/api/v1/auth/me")).json().zoneId;
    const foreign = (await t.request(queshan, "GET", "/api/v1/units")).json()[0].id;
    const refused = await call(leader, "PUT", `/api/v1/race-groups/${depts.json().id}/units`, { unitIds: [foreign] });
    expect(refused.json().errors[0].field).toBe("unitIds");
    expect(queshanZone).not.toBe(zoneId);

    const { entries } = (await call(leader, "GET", `/api/v1/rankings?zoneId=${zoneId}&month=2026-10&by=group`)).json();
    expect(entries.map((e: Entry) => e.name)).toEqual(["部门赛区", "乡镇赛区"]);
    const town = entries[1] as Entry;
    // 19M / 35M vs 序时; starts 2/2; milestones 2/3; problems 1/3; 观摩 (77 + 73) / 2.
    expect(town).toMatchObject({ ytdYuan: "19000000.00", planYuan: "35000000.00", bottom: true });
    const inv = (19 / 35 / (10 / 12)) * 100;
    expect(town.score).toBeCloseTo((inv * 40 + 1500 + (200 / 3) * 15 + (100 / 3) * 15 + 75 * 15) / 100, 9);
  });

  it("keeps weights per zone: sum of 100, optimistic version, and the ranking follows", async () => {
    const read = (await call(leader, "GET", `/api/v1/ranking-config?zoneId=${zoneId}`)).json();
    expect(read).toMatchObject({ version: 0, isDefault: true, weights: { investment: 40 } });
    const weights = { investment: 100, newStarts: 0, milestones: 0, problems: 0, inspection: 0 };
    const bad = await call(leader, "PUT", `/api/v1/ranking-config?zoneId=${zoneId}`, {
      weights: { ...weights, newStarts: 10 },
      version: 0,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe("weights");
    const saved = await call(leader, "PUT", `/api/v1/ranking-config?zoneId=${zoneId}`, { weights, version: 0 });
    expect(saved.json()).toMatchObject({ version: 1, isDefault: false, weights });
    const stale = await call(leader, "PUT", `/api/v1/ranking-config?zoneId=${zoneId}`, { weights, version: 0 });
    expect(stale.statusCode).toBe(409);
    // Investment only: C 100, A 72, B 60 — called on the service directly with the leader's actor.
    const actor = await loadUserActor(t.database.db, (await t.request(leader, "GET", "/api/v1/auth/me")).json().id);
    if (!actor) throw new Error("no actor");
    const ctx = { db: t.database.db, actor, now: t.clock.now, locale: "zh-CN" as const };
    const direct = await rankings(ctx, zoneId, "2026-10", "unit");
    expect(direct.entries.map((e) => e.score)).toEqual([100, expect.closeTo(72, 9), expect.closeTo(60, 9)]);
  });

  it("scopes: another zone sees nothing, a provincial supervisor reads but cannot write", async () => {
    const queshan = await t.login("queshan-leader");
    expect((await call(queshan, "GET", `/api/v1/rankings?zoneId=${zoneId}&month=2026-10`)).statusCode).toBe(404);
    expect((await call(queshan, "GET", `/api/v1/ranking-config?zoneId=${zoneId}`)).statusCode).toBe(404);
    expect((await call(queshan, "GET", `/api/v1/race-groups?zoneId=${zoneId}`)).json()).toEqual([]);
    expect((await call(queshan, "GET", `/api/v1/inspections/${inspectionId}/results`)).statusCode).toBe(404);
    expect(
      (await call(queshan, "POST", "/api/v1/race-groups", { zoneId, name: "越权", kind: "other" })).statusCode,
    ).toBe(404);

    const supervisor = await t.login("henan-supervisor");
    expect((await call(supervisor, "GET", `/api/v1/rankings?zoneId=${zoneId}&month=2026-10`)).statusCode).toBe(200);
    expect((await call(supervisor, "GET", `/api/v1/race-groups?zoneId=${zoneId}`)).json()).toHaveLength(2);
    expect(
      (await call(supervisor, "POST", "/api/v1/race-groups", { zoneId, name: "越权", kind: "other" })).statusCode,
    ).toBe(403);
    const weights = { investment: 100, newStarts: 0, milestones: 0, problems: 0, inspection: 0 };
    expect(
      (await call(supervisor, "PUT", `/api/v1/ranking-config?zoneId=${zoneId}`, { weights, version: 1 })).statusCode,
    ).toBe(403);
    const scored = await call(supervisor, "PUT", `/api/v1/inspections/${inspectionId}/scores`, {
      projectId: project.A1,
      scores: { progress: 1 },
    });
    expect(scored.statusCode).toBe(403);
  });
});

interface Build {
  startedOn?: string;
  plan: string;
  investments: [string, string][];
  milestones?: [string, string | null][];
  problems?: [string, boolean][];
}
