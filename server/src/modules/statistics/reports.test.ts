import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets, type Session, startTestApp, type TestApp } from "../../test/harness.js";
import { recomputeRollups } from "./rollups.js";

const values = (over: Record<string, string | null> = {}) => ({
  output: null,
  revenue: null,
  profit: null,
  tax: null,
  electricity: null,
  employees: null,
  exportValue: null,
  energy: null,
  ...over,
});

/** The rollup's non-empty rows, ordered, as text. */
async function rollupRows(t: TestApp): Promise<string[]> {
  const res = await t.database.db.execute(
    `select zone_id, month::text, division, cluster, scale_industry, enterprises, comparable,
       output_cur::numeric(22,3)::text, output_cmp_cur::numeric(22,3)::text, output_cmp_prior::numeric(22,3)::text,
       revenue_cur::numeric(22,3)::text, tax_cur::numeric(22,3)::text, employees_cmp_prior::numeric(22,3)::text
     from statistics_rollups where enterprises <> 0 or output_cur <> 0 order by 1, 2, 3, 4, 5`,
  );
  return (res as unknown as { rows: Record<string, unknown>[] }).rows.map((r) => JSON.stringify(Object.values(r)));
}

/** The zone-month sums' non-empty rows, ordered, as text. */
async function zoneMonthRows(t: TestApp): Promise<string[]> {
  const res = await t.database.db.execute(
    `select zone_id, month::text, scale_industry, enterprises, comparable,
       output_cur::numeric(22,3)::text, output_cmp_cur::numeric(22,3)::text, output_cmp_prior::numeric(22,3)::text,
       revenue_cur::numeric(22,3)::text, tax_cur::numeric(22,3)::text, employees_cmp_prior::numeric(22,3)::text,
       energy_cmp_cur::numeric(22,3)::text
     from statistics_zone_months where enterprises <> 0 or output_cur <> 0 order by 1, 2, 3`,
  );
  return (res as unknown as { rows: Record<string, unknown>[] }).rows.map((r) => JSON.stringify(Object.values(r)));
}

describe.each(databaseTargets)("monthly reports on $name", (target) => {
  let t: TestApp;
  let enterprise: Session;
  let economy: Session;
  let zoneId: string;
  let ownId: string;
  let otherIds: string[];
  let octoberId: string;

  beforeAll(async () => {
    t = await startTestApp(target);
    t.clock.now = new Date("2026-11-03T10:00:00+08:00");
    enterprise = await t.login("yucheng-enterprise");
    economy = await t.login("yucheng-economy");
    zoneId = (await t.request(economy, "GET", "/api/v1/auth/me")).json().zoneId;
    const form = await t.request(enterprise, "GET", "/api/v1/statistics/reports/form?month=2026-10");
    expect(form.statusCode, form.body).toBe(200);
    ownId = form.json().enterprise.id;
    // The zone's 规上 enterprises: everyone expected to report, none has yet.
    const status = await t.request(economy, "GET", `/api/v1/statistics/status?zoneId=${zoneId}&month=2026-10`);
    otherIds = status
      .json()
      .missing.map((e: { enterpriseId: string }) => e.enterpriseId)
      .filter((id: string) => id !== ownId);
  });
  afterAll(() => t.close());

  it("gives the enterprise its form with the deadline and nothing filed yet", async () => {
    const form = (await t.request(enterprise, "GET", "/api/v1/statistics/reports/form?month=2026-10")).json();
    expect(form).toMatchObject({ month: "2026-10", deadline: "2026-11-05", frozen: false, report: null });
    expect(form.enterprise.scaleIndustry).toBe(true);
    expect(form.previousMonth).toBeNull();
  });

  it("submits last year's and September's reports, and shows them beside the October form", async () => {
    for (const [month, output] of [
      ["2025-10", "500000000"],
      ["2026-09", "700000000"],
    ] as const) {
      const res = await t.request(enterprise, "POST", "/api/v1/statistics/reports", {
        enterpriseId: ownId,
        month,
        values: values({ output, revenue: output, electricity: "9000000", employees: "1650" }),
        submit: true,
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ status: "submitted", revision: 1, channel: "form" });
    }
    const form = (await t.request(enterprise, "GET", "/api/v1/statistics/reports/form?month=2026-10")).json();
    expect(form.previousMonth.output).toBe("700000000");
    expect(form.previousYear.output).toBe("500000000");
  });

  it("refuses a 累计 below last month's with the check named, and a warning without an explanation", async () => {
    const below = await t.request(enterprise, "POST", "/api/v1/statistics/reports", {
      enterpriseId: ownId,
      month: "2026-10",
      values: values({ output: "650000000", revenue: "800000000", electricity: "10000000", employees: "1650" }),
      submit: true,
    });
    expect(below.statusCode).toBe(400);
    expect(below.json().code).toBe("reportChecksFailed");
    expect(below.json().checks[0]).toMatchObject({ checkId: "cumulativeBelowPrevious", field: "output" });

    const input = {
      enterpriseId: ownId,
      month: "2026-10",
      values: values({ output: "800000000", revenue: "800000000", electricity: "10000000", employees: "1650" }),
      submit: true,
    };
    const unexplained = await t.request(enterprise, "POST", "/api/v1/statistics/reports", input);
    expect(unexplained.statusCode).toBe(400);
    expect(unexplained.json().code).toBe("explanationRequired");
    expect(unexplained.json().checks.map((c: { checkId: string }) => c.checkId)).toContain("yoyBeyondThreshold");

    const explained = await t.request(enterprise, "POST", "/api/v1/statistics/reports", {
      ...input,
      explanation: "新生产线10月投产",
    });
    expect(explained.statusCode, explained.body).toBe(200);
    const report = explained.json();
    octoberId = report.id;
    expect(report).toMatchObject({ status: "submitted", explanation: "新生产线10月投产", revision: 1 });
    expect(report.derived.output).toBe("100000000"); // 当月 = 800M − 700M
    expect(report.checks[0]).toMatchObject({ checkId: "yoyBeyondThreshold", severity: "warning" });
  });

  it("runs the checks without saving", async () => {
    const res = await t.request(enterprise, "POST", "/api/v1/statistics/reports/check", {
      enterpriseId: ownId,
      month: "2026-10",
      values: values({ output: "690000000" }),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().checks.map((c: { checkId: string }) => c.checkId)).toContain("cumulativeBelowPrevious");
    expect(res.json().derived.output).toBe("-10000000");
  });

  it("keeps an enterprise to its own reports and out of review", async () => {
    const other = await t.request(enterprise, "POST", "/api/v1/statistics/reports", {
      enterpriseId: otherIds[0],
      month: "2026-10",
      values: values({ output: "1" }),
      submit: false,
    });
    expect(other.statusCode).toBe(404);
    expect(
      (await t.request(enterprise, "GET", `/api/v1/statistics/reports/form?month=2026-10&enterpriseId=${otherIds[0]}`))
        .statusCode,
    ).toBe(404);
    const review = await t.request(enterprise, "POST", `/api/v1/statistics/reports/${octoberId}/review`, {
      decision: "approve",
      version: 1,
    });
    expect(review.statusCode).toBe(403);
    const list = (await t.request(enterprise, "GET", "/api/v1/statistics/reports?pageSize=50")).json();
    expect(list.items.every((r: { enterpriseId: string }) => r.enterpriseId === ownId)).toBe(true);
    expect(list.total).toBe(3);
    const future = await t.request(enterprise, "POST", "/api/v1/statistics/reports", {
      enterpriseId: ownId,
      month: "2026-12",
      values: values({ output: "1" }),
    });
    expect(future.statusCode).toBe(400);
  });

  it("returns with a reason, takes the resubmission, approves, and refuses a stale version", async () => {
    const noReason = await t.request(economy, "POST", `/api/v1/statistics/reports/${octoberId}/review`, {
      decision: "return",
      version: 1,
    });
    expect(noReason.statusCode).toBe(400);
    const returned = await t.request(economy, "POST", `/api/v1/statistics/reports/${octoberId}/review`, {
      decision: "return",
      reason: "用电量请核实",
      version: 1,
    });
    expect(returned.statusCode, returned.body).toBe(200);
    expect(returned.json()).toMatchObject({ status: "returned", returnReason: "用电量请核实" });
    const resubmitted = await t.request(enterprise, "POST", "/api/v1/statistics/reports", {
      enterpriseId: ownId,
      month: "2026-10",
      values: values({ output: "800000000", revenue: "800000000", electricity: "10500000", employees: "1650" }),
      explanation: "新生产线10月投产；用电量已核实",
      submit: true,
      version: 2,
    });
    expect(resubmitted.statusCode, resubmitted.body).toBe(200);
    expect(resubmitted.json()).toMatchObject({ status: "submitted", revision: 2, returnReason: null });
    const stale = await t.request(economy, "POST", `/api/v1/statistics/reports/${octoberId}/review`, {
      decision: "approve",
      version: 2,
    });
    expect(stale.statusCode).toBe(409);
    const approved = await t.request(economy, "POST", `/api/v1/statistics/reports/${octoberId}/review`, {
      decision: "approve",
      version: 3,
    });
    expect(approved.statusCode).toBe(200);
    expect(approved.json().status).toBe("approved");
    const again = await t.request(enterprise, "POST", "/api/v1/statistics/reports", {
      enterpriseId: ownId,
      month: "2026-10",
      values: values({ output: "900000000" }),
      submit: true,
      version: 4,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe("reportApproved");
  });

  it("lists 未报 and 迟报, refuses to freeze while a report awaits review, then freezes", async () => {
    const filed = await t.request(economy, "POST", "/api/v1/statistics/reports", {
      enterpriseId: otherIds[0],
      month: "2026-10",
      values: values({ output: "30000000", revenue: "31000000" }),
      submit: true,
    });
    expect(filed.statusCode, filed.body).toBe(200);
    const status = (await t.request(economy, "GET", `/api/v1/statistics/status?zoneId=${zoneId}&month=2026-10`)).json();
    expect(status.counts).toMatchObject({ approved: 1, submitted: 1 });
    expect(status.expected).toBeGreaterThanOrEqual(111);
    expect(status.missing.length).toBe(status.expected - 2);
    expect(status.late).toEqual([]); // filed on 3 November, before the 5th
    const sept = (await t.request(economy, "GET", `/api/v1/statistics/status?zoneId=${zoneId}&month=2026-09`)).json();
    expect(sept.late.map((l: { enterpriseId: string }) => l.enterpriseId)).toEqual([ownId]);

    const pending = await t.request(economy, "POST", "/api/v1/statistics/freeze", { zoneId, month: "2026-10" });
    expect(pending.statusCode).toBe(409);
    expect(pending.json().code).toBe("freezePending");
    await t.request(economy, "POST", `/api/v1/statistics/reports/${filed.json().id}/review`, {
      decision: "approve",
      version: filed.json().version,
    });
    const frozen = await t.request(economy, "POST", "/api/v1/statistics/freeze", { zoneId, month: "2026-10" });
    expect(frozen.statusCode, frozen.body).toBe(200);
    expect(frozen.json()).toMatchObject({ frozen: true, frozenByName: expect.any(String) });
    expect(
      (await t.request(economy, "POST", "/api/v1/statistics/freeze", { zoneId, month: "2026-10" })).statusCode,
    ).toBe(409);
    const late = await t.request(economy, "POST", "/api/v1/statistics/reports", {
      enterpriseId: otherIds[1],
      month: "2026-10",
      values: values({ output: "1000" }),
      submit: true,
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe("periodFrozen");
  });

  it("corrects a frozen month as a new revision with who, when and why, keeping each figure's history", async () => {
    const current = (await t.request(economy, "GET", `/api/v1/statistics/reports/${octoberId}`)).json();
    const noReason = await t.request(economy, "POST", `/api/v1/statistics/reports/${octoberId}/corrections`, {
      values: current.values,
      reason: "",
      version: current.version,
    });
    expect(noReason.statusCode).toBe(400);
    const corrected = await t.request(economy, "POST", `/api/v1/statistics/reports/${octoberId}/corrections`, {
      values: { ...current.values, output: "810000000" },
      reason: "统计局反馈：产值少计一笔",
      version: current.version,
    });
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect(corrected.json()).toMatchObject({ status: "approved", revision: 3, channel: "correction" });
    const byEnterprise = await t.request(enterprise, "POST", `/api/v1/statistics/reports/${octoberId}/corrections`, {
      values: current.values,
      reason: "x x",
      version: corrected.json().version,
    });
    expect(byEnterprise.statusCode).toBe(403);
    const history = (await t.request(enterprise, "GET", `/api/v1/statistics/reports/${octoberId}/revisions`)).json();
    expect(history.items.map((r: { revision: number }) => r.revision)).toEqual([3, 2, 1]);
    expect(history.items[0]).toMatchObject({
      reason: "统计局反馈：产值少计一笔",
      changed: ["output"],
      channel: "correction",
      actorName: expect.any(String),
    });
    expect(history.items[1].changed).toEqual(["electricity"]);
    expect(history.items[2].values.output).toBe("800000000");
  });

  it("computes 同比 on comparable scope by hand: the entrant counts in 累计 but on neither side of the growth", async () => {
    const leader = await t.login("yucheng-leader");
    const body = (await t.request(leader, "GET", `/api/v1/statistics/cockpit?zoneId=${zoneId}&month=2026-10`)).json();
    const output = body.kpis.find((k: { indicatorId: string }) => k.indicatorId === "industrialOutput");
    // 科迪 810M (corrected) against its 500M a year ago; the other enterprise (30M) reported only this year.
    expect(output).toMatchObject({
      value: "840000000",
      comparableCurrent: "810000000",
      comparablePrior: "500000000",
      yoyPct: "62.00",
      priorRaw: "500000000",
      rawYoyPct: "68.00",
      monthValue: "140000000", // 840M − September's 700M
      enterprises: 2,
    });
    expect(body.scaleEntering.map((e: { enterpriseId: string }) => e.enterpriseId)).toEqual([otherIds[0]]);
    const queshan = await t.login("queshan-leader");
    expect((await t.request(queshan, "GET", `/api/v1/statistics/reports/${octoberId}/revisions`)).statusCode).toBe(404);
    const check = await t.request(enterprise, "POST", "/api/v1/statistics/reports/check", {
      enterpriseId: otherIds[0],
      month: "2026-10",
      values: values({ output: "1" }),
    });
    expect(check.statusCode).toBe(404);
    expect((await t.request(null, "GET", "/api/v1/statistics/indicators")).statusCode).toBe(401);
  });

  it("lets supervisors of the region read, nobody outside it, and no reader write", async () => {
    for (const username of ["henan-supervisor", "shangqiu-supervisor", "yucheng-leader"]) {
      const s = await t.login(username);
      expect((await t.request(s, "GET", `/api/v1/statistics/reports/${octoberId}`)).statusCode, username).toBe(200);
      const review = await t.request(s, "POST", `/api/v1/statistics/reports/${octoberId}/review`, {
        decision: "approve",
        version: 1,
      });
      expect(review.statusCode, username).toBe(403);
      const save = await t.request(s, "POST", "/api/v1/statistics/reports", {
        enterpriseId: ownId,
        month: "2026-08",
        values: values({ output: "1" }),
      });
      expect(save.statusCode, username).toBe(403);
    }
    const queshan = await t.login("queshan-leader");
    expect((await t.request(queshan, "GET", `/api/v1/statistics/reports/${octoberId}`)).statusCode).toBe(404);
    const queshanEconomy = await t.login("queshan-economy");
    const foreign = await t.request(queshanEconomy, "POST", "/api/v1/statistics/reports", {
      enterpriseId: ownId,
      month: "2026-08",
      values: values({ output: "1" }),
    });
    expect(foreign.statusCode).toBe(404);
    expect((await t.request(null, "GET", "/api/v1/statistics/reports")).statusCode).toBe(401);
  });

  it("adds up concurrent submissions of many enterprises of one zone-month", async () => {
    const results = await Promise.all(
      otherIds.slice(2, 22).map((enterpriseId, i) =>
        t.request(economy, "POST", "/api/v1/statistics/reports", {
          enterpriseId,
          month: "2026-09",
          values: values({ output: String(1_000_000 + i), revenue: "900000", employees: "10" }),
          submit: true,
        }),
      ),
    );
    expect(results.map((r) => r.statusCode)).toEqual(results.map(() => 200));
    const res = await t.database.db.execute(
      `select sum(enterprises)::int as n, sum(output_cur)::text as output from statistics_rollups
       where zone_id = '${zoneId}' and month = '2026-09-01'`,
    );
    const [row] = (res as unknown as { rows: { n: number; output: string }[] }).rows;
    // September also holds the enterprise's own report (700,000,000).
    expect(row?.n).toBe(21);
    expect(Number(row?.output)).toBe(700_000_000 + 20 * 1_000_000 + 190);
  });

  it("keeps the rollups equal to a recomputation from the reports after every kind of change", async () => {
    const maintained = await rollupRows(t);
    const maintainedZoneMonths = await zoneMonthRows(t);
    expect(maintained.length).toBeGreaterThan(0);
    expect(maintainedZoneMonths.length).toBeGreaterThan(0);
    await t.database.db.transaction((tx) => recomputeRollups(tx, null, null));
    expect(await rollupRows(t)).toEqual(maintained);
    expect(await zoneMonthRows(t)).toEqual(maintainedZoneMonths);
  });
});
