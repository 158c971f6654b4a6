import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoIdsOf, loadStatisticsDemo } from "../../demo/statistics.js";
import { databaseTargets, type Session, startTestApp, type TestApp } from "../../test/harness.js";

interface Kpi {
  indicatorId: string;
  value: string | null;
  yoyPct: string | null;
  comparableCurrent: string | null;
  comparablePrior: string | null;
  priorRaw: string | null;
  enterprises: number | null;
}

describe.each(databaseTargets)("cockpit, drill-down and comparison on the seeds' figures ($name)", (target) => {
  let t: TestApp;
  let admin: Session;
  const zone: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp(target);
    t.clock.now = new Date("2026-11-23T10:00:00+08:00");
    await t.database.db.transaction(async (tx) => {
      const db = tx as unknown as typeof t.database.db;
      await loadStatisticsDemo(db, await demoIdsOf(db));
    });
    const ids = await demoIdsOf(t.database.db);
    for (const [key, id] of ids.zones) zone[key] = id;
    admin = await t.login("admin");
  });
  afterAll(() => t.close());

  const kpi = (body: { kpis: Kpi[] }, id: string) => body.kpis.find((k) => k.indicatorId === id) as Kpi;

  it("reproduces 确山's first half: 53.2亿, +22.5 % on comparable scope, 主导产业 35.7亿 = 67 %", async () => {
    const leader = await t.login("queshan-leader");
    const res = await t.request(leader, "GET", `/api/v1/statistics/cockpit?zoneId=${zone.queshan}&month=2026-06`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    const output = kpi(body, "industrialOutput");
    expect(output).toMatchObject({ value: "5320000000", yoyPct: "22.50" });
    expect(body.leading).toMatchObject({ clusters: ["建材", "生物科技"], value: "3570000000", sharePct: "67.11" });
    expect(body).toMatchObject({ periodLabelZh: "1–6月", scheduleProgressPct: "50.00", published: true });
    expect(body.trend).toHaveLength(11);
    expect(body.trend[0]).toMatchObject({ labelZh: "1–2月", month: "2026-02" });
    expect(body.trend[4].thisYearCumulative).toBe("5320000000");
    expect(body.trend[5].thisYear).toBeNull();
    expect(body.trend[10].lastYear).not.toBeNull();
    const sectionTotal = body.byIndustrySection.reduce((n: bigint, r: { value: string }) => n + BigInt(r.value), 0n);
    expect(sectionTotal).toBe(5320000000n);
  });

  it("drills every number down to the enterprise rows that sum to it", async () => {
    const leader = await t.login("queshan-leader");
    const cockpit = (
      await t.request(leader, "GET", `/api/v1/statistics/cockpit?zoneId=${zone.queshan}&month=2026-06`)
    ).json();
    const output = kpi(cockpit, "industrialOutput");
    const base = `/api/v1/statistics/drill?zoneId=${zone.queshan}&month=2026-06&indicator=industrialOutput&pageSize=200`;
    const all = (await t.request(leader, "GET", base)).json();
    expect(all.sum).toBe(output.value);
    expect(all.total).toBe(output.enterprises);
    const paired = (await t.request(leader, "GET", `${base}&group=comparable`)).json();
    expect(paired.sum).toBe(output.comparableCurrent);
    expect(paired.priorSum).toBe(output.comparablePrior);
    const prior = (await t.request(leader, "GET", `${base}&basis=prior`)).json();
    expect(prior.sum).toBe(output.priorRaw);
    const rows = all.items.map((r: { value: string }) => BigInt(r.value));
    expect(rows.reduce((a: bigint, b: bigint) => a + b, 0n)).toBe(BigInt(output.value as string));
    const cluster = cockpit.byCluster[0];
    const one = (await t.request(leader, "GET", `${base}&cluster=${encodeURIComponent(cluster.key)}`)).json();
    expect(one.sum).toBe(cluster.value);
    const section = cockpit.byIndustrySection[0];
    expect((await t.request(leader, "GET", `${base}&industry=${section.key}`)).json().sum).toBe(section.value);
    const page2 = (await t.request(leader, "GET", `${base.replace("pageSize=200", "pageSize=5")}&page=2`)).json();
    expect(page2.items).toHaveLength(5);
    expect(page2.sum).toBe(output.value);
  });

  it("reproduces 大善 to November 2025 and 菏泽's year, and shows entered figures with their growth", async () => {
    const dashan = (
      await t.request(admin, "GET", `/api/v1/statistics/cockpit?zoneId=${zone.dashan}&month=2025-11`)
    ).json();
    expect(kpi(dashan, "industrialOutput").value).toBe("4986000000");
    expect(kpi(dashan, "revenue")).toMatchObject({ value: "5040000000", yoyPct: "12.04" });
    const heze = (
      await t.request(admin, "GET", `/api/v1/statistics/cockpit?zoneId=${zone.heze}&month=2025-12&focus=revenue`)
    ).json();
    expect(kpi(heze, "revenue")).toMatchObject({ value: "42750000000", yoyPct: "11.70" });
    expect(kpi(heze, "profit")).toMatchObject({ value: "6900000000", yoyPct: "8.00" });
    expect(kpi(heze, "gdp")).toMatchObject({ value: "6320000000", yoyPct: "8.50" });
    expect(kpi(heze, "publicBudgetRevenue")).toMatchObject({ value: "1210000000", yoyPct: "5.90" });
    expect(heze.kpis.find((k: Kpi) => k.indicatorId === "industrialValueAddedGrowth").value).not.toBeNull();
  });

  it("sets a target and compares it with 序时进度", async () => {
    const economy = await t.login("queshan-economy");
    const res = await t.request(economy, "PUT", "/api/v1/statistics/targets", {
      zoneId: zone.queshan,
      year: 2026,
      indicatorId: "industrialOutput",
      value: "13300000000",
      version: 1,
    });
    expect(res.statusCode, res.body).toBe(200);
    const cockpit = (
      await t.request(economy, "GET", `/api/v1/statistics/cockpit?zoneId=${zone.queshan}&month=2026-06`)
    ).json();
    // 53.2亿 ÷ 133亿 = 40 %, 序时进度 50 %: 10 points behind.
    expect(cockpit.kpis[0]).toMatchObject({ target: "13300000000", completionPct: "40.00", scheduleGapPts: "-10.00" });
    const rate = await t.request(economy, "PUT", "/api/v1/statistics/targets", {
      zoneId: zone.queshan,
      year: 2026,
      indicatorId: "industrialValueAddedGrowth",
      value: "8",
    });
    expect(rate.statusCode).toBe(400);
  });

  it("shows October with its 未报, entrants and leavers of the 规上 scope, and the declines", async () => {
    const res = await t.request(admin, "GET", `/api/v1/statistics/cockpit?zoneId=${zone.yucheng}&month=2026-10`);
    const body = res.json();
    expect(body.reporting.missing).toBeGreaterThan(0);
    expect(body.reporting.expected).toBe(body.reporting.reported + body.reporting.missing);
    expect(body.declines.length).toBeGreaterThan(0);
    expect(Number(body.declines[0].yoyPct)).toBeLessThan(0);
    expect(body.topEnterprises).toHaveLength(10);
    const entering = (
      await t.request(
        admin,
        "GET",
        `/api/v1/statistics/drill?zoneId=${zone.yucheng}&month=2026-10&indicator=output&group=entering`,
      )
    ).json();
    expect(entering.total).toBe(body.scaleEntering.length);
  });

  it("compares the zones of a region, ranked, with sparklines; the province sees all of its zones", async () => {
    const henan = await t.login("henan-supervisor");
    const res = await t.request(henan, "GET", "/api/v1/statistics/comparison?regionCode=410000&month=2026-09");
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.zones.map((z: { zoneId: string }) => z.zoneId).sort()).toEqual(
      [zone.yucheng, zone.dashan, zone.queshan].sort(),
    );
    expect(body.zones.map((z: { rank: number }) => z.rank)).toEqual([1, 2, 3]);
    const values = body.zones.map((z: { values: { industrialOutput: { value: string } } }) =>
      BigInt(z.values.industrialOutput.value),
    );
    expect([...values].sort((a, b) => (a > b ? -1 : 1))).toEqual(values);
    expect(body.zones[0].sparkline).toHaveLength(12);
    const byYoy = (
      await t.request(henan, "GET", "/api/v1/statistics/comparison?regionCode=410000&month=2026-09&rankBy=yoy")
    ).json();
    const yoy = byYoy.zones.map((z: { values: { industrialOutput: { yoyPct: string } } }) =>
      Number(z.values.industrialOutput.yoyPct),
    );
    expect([...yoy].sort((a, b) => b - a)).toEqual(yoy);
    const city = await t.login("shangqiu-supervisor");
    const shangqiu = (
      await t.request(city, "GET", "/api/v1/statistics/comparison?regionCode=410000&month=2026-09")
    ).json();
    expect(shangqiu.zones.map((z: { zoneId: string }) => z.zoneId)).toEqual([zone.yucheng]);
    const january = (
      await t.request(henan, "GET", "/api/v1/statistics/comparison?regionCode=410000&month=2026-01")
    ).json();
    expect(january.published).toBe(false);
    expect(january.zones.every((z: { rank: number | null }) => z.rank === null)).toBe(true);
  });

  it("refuses every reading endpoint to those outside it", async () => {
    const enterprise = await t.login("yucheng-enterprise");
    const queshan = await t.login("queshan-leader");
    const henan = await t.login("henan-supervisor");
    const urls = [
      `/api/v1/statistics/cockpit?zoneId=${zone.yucheng}&month=2026-09`,
      `/api/v1/statistics/drill?zoneId=${zone.yucheng}&month=2026-09&indicator=industrialOutput`,
      `/api/v1/statistics/status?zoneId=${zone.yucheng}&month=2026-09`,
      `/api/v1/statistics/indicator-values?zoneId=${zone.yucheng}&year=2026`,
      `/api/v1/statistics/settings?zoneId=${zone.yucheng}`,
    ];
    for (const url of urls) {
      expect((await t.request(enterprise, "GET", url)).statusCode, url).toBe(403);
      expect((await t.request(queshan, "GET", url)).statusCode, url).toBe(404);
      expect((await t.request(henan, "GET", url)).statusCode, url).toBe(200);
      expect((await t.request(null, "GET", url)).statusCode, url).toBe(401);
    }
    expect(
      (await t.request(enterprise, "GET", "/api/v1/statistics/comparison?regionCode=410000&month=2026-09")).statusCode,
    ).toBe(403);
    expect(
      (await t.request(henan, "GET", "/api/v1/statistics/comparison?regionCode=370000&month=2026-09")).statusCode,
    ).toBe(404);
    const own = (
      await t.request(queshan, "GET", "/api/v1/statistics/comparison?regionCode=410000&month=2026-09")
    ).json();
    expect(own.zones.map((z: { zoneId: string }) => z.zoneId)).toEqual([zone.queshan]);
    for (const [method, url, body] of [
      ["PUT", "/api/v1/statistics/targets", { zoneId: zone.yucheng, year: 2026, indicatorId: "gdp", value: "1" }],
      [
        "PUT",
        "/api/v1/statistics/indicator-values",
        { zoneId: zone.yucheng, indicatorId: "gdp", month: "2026-09", value: "1" },
      ],
      [
        "PUT",
        `/api/v1/statistics/settings?zoneId=${zone.yucheng}`,
        { deadlineDay: 6, yoyThresholdPct: "40", divergenceTolerancePct: "5" },
      ],
      ["POST", "/api/v1/statistics/freeze", { zoneId: zone.yucheng, month: "2026-10" }],
      ["POST", "/api/v1/statistics/reminders", { zoneId: zone.yucheng, month: "2026-10" }],
      ["POST", "/api/v1/statistics/reports/approve-all", { zoneId: zone.yucheng, month: "2026-10" }],
    ] as const) {
      for (const s of [enterprise, henan, queshan])
        expect([403, 404], `${method} ${url}`).toContain((await t.request(s, method, url, body)).statusCode);
    }
  });

  it("lets the 经发局 enter indicators, change settings, remind the 未报 enterprises and read the year", async () => {
    const economy = await t.login("yucheng-economy");
    const before = (
      await t.request(economy, "GET", `/api/v1/statistics/indicator-values?zoneId=${zone.yucheng}&year=2026`)
    ).json();
    const existing = before.entered.find(
      (v: { indicatorId: string; month: string }) => v.indicatorId === "newMarketEntities" && v.month === "2026-10",
    );
    const input = { zoneId: zone.yucheng, indicatorId: "newMarketEntities", month: "2026-10", value: "1300" };
    expect((await t.request(economy, "PUT", "/api/v1/statistics/indicator-values", input)).statusCode).toBe(409);
    const entered = await t.request(economy, "PUT", "/api/v1/statistics/indicator-values", {
      ...input,
      note: "市场监管局数据",
      version: existing.version,
    });
    expect(entered.statusCode, entered.body).toBe(200);
    expect(entered.json()).toMatchObject({ value: "1300", version: existing.version + 1, note: "市场监管局数据" });
    const stale = await t.request(economy, "PUT", "/api/v1/statistics/indicator-values", {
      ...input,
      version: existing.version,
    });
    expect(stale.statusCode).toBe(409);
    const year = (
      await t.request(economy, "GET", `/api/v1/statistics/indicator-values?zoneId=${zone.yucheng}&year=2026`)
    ).json();
    expect(
      year.entered.find(
        (v: { indicatorId: string; month: string }) => v.indicatorId === "newMarketEntities" && v.month === "2026-10",
      ).value,
    ).toBe("1300");
    expect(year.computed.some((v: { indicatorId: string }) => v.indicatorId === "industrialOutput")).toBe(true);
    const settings = await t.request(economy, "PUT", `/api/v1/statistics/settings?zoneId=${zone.yucheng}`, {
      deadlineDay: 8,
      yoyThresholdPct: "40",
      divergenceTolerancePct: "5",
    });
    expect(settings.statusCode, settings.body).toBe(200);
    expect(settings.json()).toMatchObject({ deadlineDay: 8, yoyThresholdPct: "40", version: 1 });
    const status = (
      await t.request(economy, "GET", `/api/v1/statistics/status?zoneId=${zone.yucheng}&month=2026-10`)
    ).json();
    expect(status.deadline).toBe("2026-11-08");
    const reminded = await t.request(economy, "POST", "/api/v1/statistics/reminders", {
      zoneId: zone.yucheng,
      month: "2026-10",
    });
    expect(reminded.statusCode).toBe(200);
    expect(reminded.json().enterprises).toBe(status.counts.missing);
    const catalogue = (await t.request(economy, "GET", "/api/v1/statistics/indicators")).json();
    expect(catalogue.items.map((i: { id: string }) => i.id)).toContain("fixedAssetInvestment");
  });

  it("exports the month's standard tables in the bureau's layout: 万元, 累计, 上年同期 and 同比", async () => {
    const leader = await t.login("queshan-leader");
    const res = await t.app.inject({
      method: "GET",
      url: `/api/v1/statistics/tables.xlsx?zoneId=${zone.queshan}&month=2026-06`,
      headers: { cookie: leader.cookie },
    });
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["按园区", "按行业", "按企业"]);
    const byZone = wb.getWorksheet("按园区") as ExcelJS.Worksheet;
    expect(String(byZone.getRow(1).getCell(1).value)).toContain("规模以上工业企业主要经济指标表");
    expect(byZone.getRow(3).getCell(3).value).toBe("工业总产值(当年价)");
    expect(byZone.getRow(4).getCell(5).value).toBe("同比±%");
    const total = byZone.getRow(5);
    expect(total.getCell(2).value).toBe(44);
    expect(total.getCell(3).value).toBe(532000); // 53.2亿 in 万元
    expect(total.getCell(5).value).toBe(22.5);
    const byEnterprise = wb.getWorksheet("按企业") as ExcelJS.Worksheet;
    expect(byEnterprise.rowCount).toBe(4 + 44);
    const enterprise = await t.login("yucheng-enterprise");
    const refused = await t.app.inject({
      method: "GET",
      url: `/api/v1/statistics/tables.xlsx?zoneId=${zone.queshan}&month=2026-06`,
      headers: { cookie: enterprise.cookie },
    });
    expect(refused.statusCode).toBe(403);
  });

  it("documents every statistics route in the OpenAPI document", async () => {
    const doc = (await t.request(null, "GET", "/api/openapi.json")).json();
    for (const path of ["/api/v1/statistics/cockpit", "/api/v1/statistics/reports", "/api/v1/statistics/comparison"])
      expect(Object.keys(doc.paths)).toContain(path);
  });
});
