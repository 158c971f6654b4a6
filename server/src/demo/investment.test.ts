import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../app.js";
import { loadConfig } from "../config.js";
import { type Database, openDatabase } from "../db/client.js";
import { migrate } from "../db/migrate.js";
import { loadReferenceData } from "../reference.js";
import { loadDemo } from "./index.js";
import { DEMO_PASSWORD } from "./platform.js";

describe("demo investment attraction", () => {
  let database: Database;
  let app: FastifyInstance;
  const cookies = new Map<string, string>();

  async function get(username: string, url: string) {
    let cookie = cookies.get(username);
    if (!cookie) {
      const res = await app.inject({
        method: "POST",
        url: "/api/v1/auth/login",
        payload: { username, password: DEMO_PASSWORD },
      });
      cookie = res.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
      cookies.set(username, cookie);
    }
    const res = await app.inject({ method: "GET", url: `/api/v1/investment${url}`, headers: { cookie } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  }

  beforeAll(async () => {
    database = await openDatabase({ memory: true });
    await migrate(database);
    await loadReferenceData(database.db);
    await loadDemo(database, { projects: true, statistics: false });
    const config = { ...loadConfig({}), webDist: "/nonexistent" };
    app = await buildApp({ database, config, now: () => new Date("2026-11-23T04:00:00Z") });
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it("gives 确山 its 28 signed projects worth 105.6亿 and 30 negotiations worth 82.94亿", async () => {
    const summary = await get("henan-supervisor", "/leads/summary");
    const queshan = summary.byZone.find((z: { zoneName: string }) => z.zoneName === "确山产业集聚区");
    expect(queshan).toMatchObject({
      signedCount: 28,
      signedAmountYuan: "10560000000.00",
      negotiatingCount: 30,
      negotiatingAmountYuan: "8294000000.00",
    });
    const leads = await get("queshan-leader", "/leads?stage=converted&pageSize=50");
    expect(leads.items.map((l: { investorName: string }) => l.investorName)).toEqual(
      expect.arrayContaining(["顺和集团有限公司", "步阳集团有限公司", "索福门业有限公司"]),
    );
  });

  it("signed every demo lead only after a passed landing review", async () => {
    for (const user of ["queshan-leader", "yucheng-leader", "heze-leader", "dashan-leader"]) {
      const signed = await get(user, "/leads?pageSize=200");
      for (const lead of signed.items.filter((l: { contractCount: number }) => l.contractCount > 0))
        expect(["passed", "conditional"], `${lead.investorName}`).toContain(lead.reviewDecision);
    }
  });

  it("shows 虞城's fulfilment rates and the contracts falling behind, from its projects' investment", async () => {
    const rates = await get("yucheng-leader", "/fulfilment");
    expect(rates.zone.contracts).toBeGreaterThanOrEqual(10);
    expect(rates.zone.fundsInPlaceRate).toBeGreaterThan(0);
    expect(rates.zone.startRate).toBeGreaterThan(50);
    expect(rates.zone.startRate).toBeLessThan(100);
    const behind = await get("yucheng-leader", "/fulfilment/behind");
    expect(behind.some((b: { reasons: string[] }) => b.reasons.includes("startOverdue"))).toBe(true);
    const progress = await get("yucheng-leader", "/targets/progress?year=2026");
    expect(progress.units.length).toBeGreaterThanOrEqual(6);
    expect(progress.units[0].rank).toBe(1);
  });

  it("has 菏泽's review cases before the committee and 31 projects over 1亿 worth 227亿", async () => {
    const reviews = await get("heze-leader", "/reviews?pageSize=100");
    expect(reviews.items.filter((r: { status: string }) => r.status === "open")).toHaveLength(3);
    expect(reviews.items.some((r: { decision: string }) => r.decision === "rejected")).toBe(true);
    const summary = await get("heze-leader", "/leads/summary");
    expect(summary.byZone[0]).toMatchObject({ signedCount: 31, signedAmountYuan: "22700000000.00" });
    const thresholds = await get("heze-leader", `/thresholds/${summary.byZone[0].zoneId}`);
    expect(thresholds.minIntensityWanPerMu).toBe("300.0000");
  });

  it("fills 大善's calendar: 100+ activities, 20+ trips, ~70 receptions", async () => {
    const all = await get("dashan-leader", "/activities/calendar?from=2026-01-01&to=2026-12-31");
    expect(all.length).toBeGreaterThanOrEqual(100);
    expect(all.filter((a: { kind: string }) => a.kind === "trip").length).toBeGreaterThanOrEqual(20);
    expect(all.filter((a: { kind: string }) => a.kind === "reception").length).toBe(68);
    const april = await get("queshan-investment", "/activities/calendar?from=2026-04-01&to=2026-04-30");
    expect(april.map((a: { title: string }) => a.title)).toContain("驻马店（确山）—长三角（永康）优势产业推介会");
  });

  it("keeps 撞单 claims: one decided in 确山, open ones for 虞城's and 菏泽's leaders", async () => {
    expect((await get("queshan-leader", "/conflicts")).items[0]).toMatchObject({ status: "decided" });
    expect((await get("yucheng-leader", "/conflicts?status=open")).total).toBe(1);
    expect((await get("heze-leader", "/conflicts?status=open")).total).toBe(1);
  });
});
