import { creditCodeCheckChar } from "@zoneos/core/credit-code";
import { sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets, type Session, startTestApp, type TestApp } from "../../test/harness.js";
import { XLSX } from "./excel-routes.js";

/** A valid credit code for a test: county 411425, organisation code built with its own check. */
function code(n: number): string {
  const org8 = `MA${String(n).padStart(6, "0")}`;
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  const value = (c: string) => (/\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55);
  const c = 11 - ([...org8].reduce((s, ch, i) => s + value(ch) * (weights[i] ?? 0), 0) % 11);
  const first17 = `91411425${org8}${c === 10 ? "X" : c === 11 ? "0" : c}`;
  return first17 + creditCodeCheckChar(first17);
}

async function workbook(rows: (string | number)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("企业名录");
  ws.addRow(["统一社会信用代码", "企业名称", "行业代码"]);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe.each(databaseTargets)("enterprise registry on $name", (target) => {
  let t: TestApp;
  let economy: Session;
  let yuchengId: string;
  let queshanId: string;

  beforeAll(async () => {
    t = await startTestApp(target);
    economy = await t.login("yucheng-economy");
    const admin = await t.login("admin");
    const zones = (await t.request(admin, "GET", "/api/v1/zones?pageSize=50")).json().items as {
      id: string;
      shortName: string;
    }[];
    yuchengId = zones.find((z) => z.shortName.startsWith("虞城"))?.id ?? "";
    queshanId = zones.find((z) => z.shortName.startsWith("确山"))?.id ?? "";
  });
  afterAll(() => t.close());

  const base = () => ({
    zoneId: yuchengId,
    name: "虞城县恒通量具制造有限公司",
    industryCode: "3321",
    employees: 85,
    landMu: "32.5",
  });

  it("refuses a wrong credit code naming the field, then registers the right one", async () => {
    const good = code(101);
    const wrong = good.slice(0, 17) + (good.endsWith("0") ? "1" : "0");
    const refused = await t.request(economy, "POST", "/api/v1/enterprises", { ...base(), creditCode: wrong });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0]).toMatchObject({ field: "creditCode" });
    expect(refused.json().errors[0].message).toContain("统一社会信用代码");
    const badIndustry = await t.request(economy, "POST", "/api/v1/enterprises", {
      ...base(),
      creditCode: good,
      industryCode: "3300",
    });
    expect(badIndustry.statusCode).toBe(400);
    expect(badIndustry.json().errors[0].field).toBe("industryCode");
    const created = await t.request(economy, "POST", "/api/v1/enterprises", {
      ...base(),
      creditCode: good.toLowerCase(),
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ creditCode: good, industryName: expect.any(String), landMu: "32.50" });
    const dup = await t.request(economy, "POST", "/api/v1/enterprises", {
      ...base(),
      name: "另一家",
      creditCode: good,
    });
    expect(dup.statusCode).toBe(400);
  });

  it("finds an enterprise by any two characters, by pinyin initials and by credit code", async () => {
    const find = async (q: string) =>
      (await t.request(economy, "GET", `/api/v1/enterprises?q=${encodeURIComponent(q)}`))
        .json()
        .items.map((e: { name: string }) => e.name);
    expect(await find("恒通")).toContain("虞城县恒通量具制造有限公司");
    expect(await find("量具制造")).toContain("虞城县恒通量具制造有限公司");
    expect(await find("htlj")).toContain("虞城县恒通量具制造有限公司");
    expect(await find(code(101).slice(0, 12))).toContain("虞城县恒通量具制造有限公司");
    expect(await find("通恒")).not.toContain("虞城县恒通量具制造有限公司");
  });

  it("marks a high-tech enterprise, keeps flags with dates, and shows both on the 360° page", async () => {
    const [e] = (await t.request(economy, "GET", "/api/v1/enterprises?q=恒通")).json().items;
    const hitech = await t.request(economy, "POST", `/api/v1/enterprises/${e.id}/qualifications`, {
      kind: "hitech",
      certificateNo: "GR202341000123",
      issuedOn: "2024-12-01",
    });
    expect(hitech.statusCode).toBe(201);
    const at = async (asOf: string) =>
      (await t.request(economy, "GET", `/api/v1/enterprises/overview?zoneId=${yuchengId}&asOf=${asOf}`)).json()
        .aboveScaleIndustry as number;
    const before2023 = await at("2023-06-30");
    const before2025 = await at("2025-06-30");
    const flag = await t.request(economy, "POST", `/api/v1/enterprises/${e.id}/scale-flags`, {
      kind: "industry",
      startedOn: "2023-01-01",
      endedOn: "2022-12-31",
    });
    expect(flag.statusCode).toBe(400);
    expect(flag.json().errors[0].field).toBe("endedOn");
    await t.request(economy, "POST", `/api/v1/enterprises/${e.id}/scale-flags`, {
      kind: "industry",
      startedOn: "2023-01-01",
      endedOn: "2024-12-31",
    });
    await t.request(economy, "POST", `/api/v1/enterprises/${e.id}/scale-flags`, {
      kind: "industry",
      startedOn: "2026-01-01",
    });
    const view = (await t.request(economy, "GET", `/api/v1/enterprises/${e.id}/360`)).json();
    expect(view.qualifications[0]).toMatchObject({ kind: "hitech", expiresOn: "2027-11-30" });
    expect(view.scaleFlags).toHaveLength(2);
    expect(view.enterprise.qualificationKinds).toContain("hitech");
    const soon = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    await t.request(economy, "POST", `/api/v1/enterprises/${e.id}/qualifications`, {
      kind: "techSme",
      certificateNo: "202641142500001",
      issuedOn: "2026-01-01",
      expiresOn: soon,
    });
    const due = (await t.request(economy, "GET", `/api/v1/enterprises/renewals?zoneId=${yuchengId}&days=90`)).json();
    const certificates = due.map((d: { certificateNo: string }) => d.certificateNo);
    expect(certificates).toContain("202641142500001");
    expect(certificates).not.toContain("GR202341000123");

    // The first flag held in 2023 and ended in 2024: it counts in June 2023, not in June 2025.
    expect(await at("2023-06-30")).toBe(before2023 + 1);
    expect(await at("2025-06-30")).toBe(before2025);
  });

  it("places an enterprise on a chain node and the gap list changes", async () => {
    const chain = await t.request(economy, "POST", "/api/v1/chains", { zoneId: yuchengId, name: "测试量具链" });
    expect(chain.statusCode).toBe(201);
    let detail = (
      await t.request(economy, "POST", `/api/v1/chains/${chain.json().id}/nodes`, {
        name: "量具制造",
        segment: "midstream",
      })
    ).json();
    expect(detail.gapCount).toBe(1);
    const node = detail.nodes[0];
    const [e] = (await t.request(economy, "GET", "/api/v1/enterprises?q=恒通")).json().items;
    detail = (
      await t.request(economy, "PUT", `/api/v1/chains/${chain.json().id}/nodes/${node.id}/enterprises/${e.id}`)
    ).json();
    expect(detail.gapCount).toBe(0);
    expect(detail.nodes[0]).toMatchObject({ gap: false, enterpriseCount: 1 });
    const view = (await t.request(economy, "GET", `/api/v1/enterprises/${e.id}/360`)).json();
    expect(view.chainNodes[0]).toMatchObject({ nodeName: "量具制造", chainName: "测试量具链" });
  });

  it("imports all-or-nothing with row positions, then creates and updates by credit code", async () => {
    const before = (await t.request(economy, "GET", `/api/v1/enterprises?zoneId=${yuchengId}&pageSize=1`)).json().total;
    const bad = await workbook([
      [code(201), "虞城县甲机械有限公司", "3311"],
      [`${code(202).slice(0, 17)}I`, "虞城县乙机械有限公司", "3311"],
      [code(203), "", "9999"],
    ]);
    const refused = await t.app.inject({
      method: "POST",
      url: `/api/v1/enterprises/import?zoneId=${yuchengId}`,
      payload: bad,
      headers: { cookie: economy.cookie, "x-csrf-token": economy.csrf, "content-type": XLSX },
    });
    expect(refused.statusCode).toBe(400);
    const rows = refused.json().rows as { row: number; column: string }[];
    expect(rows.map((r) => `${r.row}${r.column.charAt(0)}`)).toEqual(["3A", "4B", "4C"]);
    expect((await t.request(economy, "GET", `/api/v1/enterprises?zoneId=${yuchengId}&pageSize=1`)).json().total).toBe(
      before,
    );

    const good = await workbook([
      [code(201), "虞城县甲机械有限公司", "3311"],
      [code(101), "虞城县恒通量具制造股份有限公司", "3321"],
    ]);
    const res = await t.app.inject({
      method: "POST",
      url: `/api/v1/enterprises/import?zoneId=${yuchengId}`,
      payload: good,
      headers: { cookie: economy.cookie, "x-csrf-token": economy.csrf, "content-type": XLSX },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ created: 1, updated: 1 });

    const exported = await t.app.inject({
      method: "GET",
      url: `/api/v1/enterprises/export.xlsx?q=${encodeURIComponent("机械")}`,
      headers: { cookie: economy.cookie },
    });
    expect(exported.headers["content-type"]).toContain(XLSX);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
    const names = wb.worksheets[0]?.getColumn(2).values.slice(2);
    expect(names).toContain("虞城县甲机械有限公司");
  });

  it("lists 小升规 candidates within 20 % under the line, with the reason", async () => {
    const created = await t.request(economy, "POST", "/api/v1/enterprises", {
      ...base(),
      name: "虞城县候选五金有限公司",
      creditCode: code(301),
    });
    const id = created.json().id;
    await t.request(economy, "PUT", `/api/v1/enterprises/${id}/profile`, {
      innovation: {
        inventionPatents: 1,
        utilityPatents: 3,
        designPatents: 0,
        validInventionPatents: 1,
        highLevelTalents: 0,
        partners: [],
        declaredRevenueYuan: "18500000",
        declaredRevenueYear: 2025,
      },
      version: 0,
    });
    const stale = await t.request(economy, "PUT", `/api/v1/enterprises/${id}/profile`, { party: null, version: 0 });
    expect(stale.statusCode).toBe(409);
    const list = (
      await t.request(economy, "GET", `/api/v1/cultivation/candidates?zoneId=${yuchengId}&year=2026&rung=aboveScale`)
    ).json();
    const hit = list.find((c: { id: string }) => c.id === id);
    expect(hit.reason).toMatchObject({ code: "nearThreshold", share: 0.925, thresholdYuan: "20000000" });
  });

  it("refuses an impossible date in an import row, sets targets with versions, and finds staff for pickers", async () => {
    const bad = await workbook([[code(501), "虞城县日期有误有限公司", "3311", "", "", "", "", "2021-13-01"]]);
    const refused = await t.app.inject({
      method: "POST",
      url: `/api/v1/enterprises/import?zoneId=${yuchengId}`,
      payload: bad,
      headers: { cookie: economy.cookie, "x-csrf-token": economy.csrf, "content-type": XLSX },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().rows[0]).toMatchObject({ row: 2, column: expect.stringMatching(/^H/) });

    const first = await t.request(economy, "PUT", "/api/v1/cultivation/targets", {
      zoneId: yuchengId,
      year: 2027,
      rung: "aboveScale",
      target: 4,
      version: 0,
    });
    expect(first.statusCode).toBe(200);
    const stale = await t.request(economy, "PUT", "/api/v1/cultivation/targets", {
      zoneId: yuchengId,
      year: 2027,
      rung: "aboveScale",
      target: 6,
      version: 0,
    });
    expect(stale.statusCode).toBe(409);

    const staff = await t.request(economy, "GET", `/api/v1/staff?zoneId=${yuchengId}`);
    expect(staff.statusCode).toBe(200);
    expect(staff.json().length).toBeGreaterThan(3);
    expect(Object.keys(staff.json()[0]).sort()).toEqual(["id", "name", "unitName"]);
    const own = await t.login("yucheng-enterprise");
    expect((await t.request(own, "GET", `/api/v1/staff?zoneId=${yuchengId}`)).statusCode).toBe(403);
  });

  it("keeps every user to its scope", async () => {
    const [e] = (await t.request(economy, "GET", "/api/v1/enterprises?q=恒通")).json().items;
    const queshanEconomy = await t.login("queshan-economy");
    expect((await t.request(queshanEconomy, "GET", `/api/v1/enterprises/${e.id}`)).statusCode).toBe(404);
    expect(
      (await t.request(queshanEconomy, "PATCH", `/api/v1/enterprises/${e.id}`, { name: "越权", version: 1 }))
        .statusCode,
    ).toBe(404);
    const wrongZone = await t.request(queshanEconomy, "POST", "/api/v1/enterprises", {
      ...base(),
      creditCode: code(401),
    });
    expect(wrongZone.statusCode).toBe(404);

    const investment = await t.login("yucheng-investment");
    expect((await t.request(investment, "GET", `/api/v1/enterprises/${e.id}`)).statusCode).toBe(200);
    expect(
      (await t.request(investment, "PATCH", `/api/v1/enterprises/${e.id}`, { name: "越权", version: 1 })).statusCode,
    ).toBe(403);

    const supervisor = await t.login("henan-supervisor");
    expect((await t.request(supervisor, "GET", `/api/v1/enterprises/${e.id}`)).statusCode).toBe(200);
    expect(
      (await t.request(supervisor, "POST", `/api/v1/enterprises/${e.id}/qualifications`, { kind: "gazelle" }))
        .statusCode,
    ).toBe(403);

    await t.database.db.execute(sql`update users set enterprise_id = ${e.id} where username = 'yucheng-enterprise'`);
    const own = await t.login("yucheng-enterprise");
    const mine = (await t.request(own, "GET", "/api/v1/enterprises")).json();
    expect(mine.items.map((x: { id: string }) => x.id)).toEqual([e.id]);
    const contacts = await t.request(own, "PATCH", `/api/v1/enterprises/${e.id}/contacts`, {
      contactName: "王会计",
      version: mine.items[0].version,
    });
    expect(contacts.statusCode).toBe(200);
    expect(
      (await t.request(own, "PATCH", `/api/v1/enterprises/${e.id}`, { name: "改名", version: 99 })).statusCode,
    ).toBe(403);
    const others = (await t.request(economy, "GET", "/api/v1/enterprises?q=甲机械")).json().items[0];
    expect((await t.request(own, "GET", `/api/v1/enterprises/${others.id}`)).statusCode).toBe(404);
    expect(
      (await t.request(own, "PATCH", `/api/v1/enterprises/${others.id}/contacts`, { contactName: "x", version: 1 }))
        .statusCode,
    ).toBe(404);
    expect((await t.request(own, "GET", "/api/v1/chains")).json()).toEqual([]);
    expect(queshanId).not.toBe(yuchengId);
  });
});
