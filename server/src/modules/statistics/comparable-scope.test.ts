/**
 * 同比 on comparable scope (DOMAIN.md) against figures worked out by hand. In 确山, whose only reports are these,
 * three 规上 enterprises report October's 累计 工业总产值 over two years:
 *
 *   enterprise        2025-10 累计     2026-10 累计
 *   A (both years)    400,000,000     460,000,000
 *   B (leaves)        100,000,000          —
 *   C (enters)             —           90,000,000
 *
 *   2026 累计                     = A + C             = 550,000,000
 *   raw prior-year figure        = A + B (2025)      = 500,000,000   raw growth 550 / 500 − 1 = +10.00 %
 *   comparable scope (A only)    = 460,000,000 against 400,000,000  同比 460 / 400 − 1 = +15.00 %
 *
 * The entrant counts in this year's 累计 but on neither side of the growth; the leaver only in the raw prior figure.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets, type Session, startTestApp, type TestApp } from "../../test/harness.js";

const values = (output: string) => ({
  output,
  revenue: output,
  profit: null,
  tax: null,
  electricity: null,
  employees: "100",
  exportValue: null,
  energy: null,
});

describe.each(databaseTargets)("同比 on comparable scope when enterprises enter and leave ($name)", (target) => {
  let t: TestApp;
  let economy: Session;
  let zoneId: string;
  let a: string;
  let b: string;
  let c: string;

  beforeAll(async () => {
    t = await startTestApp(target);
    t.clock.now = new Date("2026-11-10T10:00:00+08:00");
    economy = await t.login("queshan-economy");
    zoneId = (await t.request(economy, "GET", "/api/v1/auth/me")).json().zoneId;
    // Three enterprises counted as 规上 in both Octobers, so only their reports decide who is in scope.
    const expected = async (month: string) =>
      (await t.request(economy, "GET", `/api/v1/statistics/status?zoneId=${zoneId}&month=${month}`))
        .json()
        .missing.map((e: { enterpriseId: string }) => e.enterpriseId) as string[];
    const later = new Set(await expected("2026-10"));
    const both = (await expected("2025-10")).filter((id) => later.has(id));
    expect(both.length).toBeGreaterThanOrEqual(3);
    [a, b, c] = both as [string, string, string];
  });
  afterAll(() => t.close());

  const submit = async (enterpriseId: string, month: string, output: string) => {
    const res = await t.request(economy, "POST", "/api/v1/statistics/reports", {
      enterpriseId,
      month,
      values: values(output),
      submit: true,
    });
    expect(res.statusCode, res.body).toBe(200);
  };

  it("reports A and B for 2025 and A and C for 2026 through the API, approved", async () => {
    await submit(a, "2025-10", "400000000");
    await submit(b, "2025-10", "100000000");
    await submit(a, "2026-10", "460000000");
    await submit(c, "2026-10", "90000000");
    for (const month of ["2025-10", "2026-10"]) {
      const res = await t.request(economy, "POST", "/api/v1/statistics/reports/approve-all", { zoneId, month });
      expect(res.json()).toEqual({ approved: 2 });
    }
  });

  it("gives the cockpit's 同比 on A alone and the raw prior-year figure over A and B", async () => {
    const leader = await t.login("queshan-leader");
    const res = await t.request(leader, "GET", `/api/v1/statistics/cockpit?zoneId=${zoneId}&month=2026-10`);
    expect(res.statusCode, res.body).toBe(200);
    const output = res.json().kpis.find((k: { indicatorId: string }) => k.indicatorId === "industrialOutput");
    expect(output).toMatchObject({
      value: "550000000",
      enterprises: 2,
      comparableCurrent: "460000000",
      comparablePrior: "400000000",
      yoyPct: "15.00",
      priorRaw: "500000000",
      rawYoyPct: "10.00",
    });
  });

  it("drills each side down to the enterprises that make it", async () => {
    const leader = await t.login("queshan-leader");
    const base = `/api/v1/statistics/drill?zoneId=${zoneId}&month=2026-10&indicator=industrialOutput&pageSize=50`;
    const ids = (body: { items: { enterpriseId: string }[] }) => body.items.map((r) => r.enterpriseId).sort();
    const current = (await t.request(leader, "GET", base)).json();
    expect({ sum: current.sum, ids: ids(current) }).toEqual({ sum: "550000000", ids: [a, c].sort() });
    const paired = (await t.request(leader, "GET", `${base}&group=comparable`)).json();
    expect({ sum: paired.sum, prior: paired.priorSum, ids: ids(paired) }).toEqual({
      sum: "460000000",
      prior: "400000000",
      ids: [a],
    });
    const prior = (await t.request(leader, "GET", `${base}&basis=prior`)).json();
    expect({ sum: prior.sum, ids: ids(prior) }).toEqual({ sum: "500000000", ids: [a, b].sort() });
  });
});
