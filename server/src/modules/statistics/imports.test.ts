import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets, type Session, startTestApp, type TestApp } from "../../test/harness.js";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

async function template(t: TestApp, s: Session, zoneId: string, month: string) {
  const res = await t.app.inject({
    method: "GET",
    url: `/api/v1/statistics/template.xlsx?zoneId=${zoneId}&month=${month}`,
    headers: { cookie: s.cookie },
  });
  expect(res.statusCode, res.body).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  return wb;
}

/** Fills the first n enterprise rows: output and revenue in 万元, power in kWh, staff. */
function fill(wb: ExcelJS.Workbook, n: number, scale = 1) {
  const ws = wb.getWorksheet("月报") as ExcelJS.Worksheet;
  for (let r = 2; r < 2 + n; r++) {
    const row = ws.getRow(r);
    row.getCell(4).value = (1000 + r) * scale;
    row.getCell(5).value = (980.5 + r) * scale;
    row.getCell(8).value = 200000 + r;
    row.getCell(9).value = 50 + r;
  }
  return ws;
}

async function upload(t: TestApp, s: Session, zoneId: string, month: string, wb: ExcelJS.Workbook, wait = true) {
  const body = Buffer.from(await wb.xlsx.writeBuffer());
  return t.app.inject({
    method: "POST",
    url: `/api/v1/statistics/imports?zoneId=${zoneId}&month=${month}${wait ? "&wait=true" : ""}`,
    payload: body,
    headers: { cookie: s.cookie, "x-csrf-token": s.csrf, "content-type": XLSX },
  });
}

describe.each(databaseTargets)("Excel import of monthly reports on $name", (target) => {
  let t: TestApp;
  let economy: Session;
  let zoneId: string;

  beforeAll(async () => {
    t = await startTestApp(target);
    t.clock.now = new Date("2026-11-10T10:00:00+08:00");
    economy = await t.login("yucheng-economy");
    zoneId = (await t.request(economy, "GET", "/api/v1/auth/me")).json().zoneId;
  });
  afterAll(() => t.close());

  it("prefills the template with the zone's 规上 enterprises and the bureau's headers", async () => {
    const wb = await template(t, economy, zoneId, "2026-10");
    const ws = wb.getWorksheet("月报") as ExcelJS.Worksheet;
    expect(ws.getRow(1).getCell(4).value).toBe("工业总产值(当年价)(1—本月累计)(万元)");
    expect(ws.rowCount - 1).toBeGreaterThanOrEqual(111);
    expect(String(ws.getRow(2).getCell(1).value)).toMatch(/^[0-9A-Z]{18}$/);
  });

  it("refuses a file with a bad row, naming its sheet, row and column, and writes nothing", async () => {
    const wb = await template(t, economy, zoneId, "2026-10");
    const ws = fill(wb, 20);
    ws.getRow(5).getCell(4).value = "一千";
    ws.getRow(7).getCell(7).value = -5;
    ws.getRow(9).getCell(4).value = 12.1234567;
    const res = await upload(t, economy, zoneId, "2026-10", wb);
    expect(res.statusCode).toBe(400);
    const job = res.json();
    expect(job.status).toBe("failed");
    expect(job.errors.map((e: { row: number; column: string }) => `${e.row}${e.column}`)).toEqual(["5D", "7G", "9D"]);
    expect(job.errors[0]).toMatchObject({ sheet: "月报", messageZh: "工业总产值(当年价)(1—本月累计)(万元)：不是数字" });
    const list = (await t.request(economy, "GET", `/api/v1/statistics/reports?zoneId=${zoneId}&month=2026-10`)).json();
    expect(list.total).toBe(0);
  });

  it("refuses unknown and repeated enterprises", async () => {
    const wb = await template(t, economy, zoneId, "2026-10");
    const ws = fill(wb, 5);
    ws.getRow(3).getCell(1).value = "91411425MA0000000X";
    ws.getRow(4).getCell(1).value = ws.getRow(2).getCell(1).value;
    const job = (await upload(t, economy, zoneId, "2026-10", wb)).json();
    expect(job.errors.map((e: { row: number; column: string }) => `${e.row}${e.column}`)).toEqual(["3A", "4A"]);
    expect(job.errors[1].messageZh).toContain("与第2行重复");
  });

  it("imports the fixed file exactly (万元 to yuan), as submitted reports with their revisions", async () => {
    const wb = await template(t, economy, zoneId, "2026-10");
    const ws = fill(wb, 20);
    ws.getRow(2).getCell(4).value = 1234.5678;
    const res = await upload(t, economy, zoneId, "2026-10", wb);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: "succeeded",
      written: 20,
      totalRows: expect.any(Number),
      progressPct: 100,
    });
    const list = (
      await t.request(economy, "GET", `/api/v1/statistics/reports?zoneId=${zoneId}&month=2026-10&pageSize=50`)
    ).json();
    expect(list.total).toBe(20);
    const code = String(ws.getRow(2).getCell(1).value);
    const first = list.items.find((r: { creditCode: string }) => r.creditCode === code);
    expect(first).toMatchObject({ status: "submitted", channel: "import", revision: 1 });
    expect(first.values.output).toBe("12345678");
    const history = (await t.request(economy, "GET", `/api/v1/statistics/reports/${first.id}/revisions`)).json();
    expect(history.items).toHaveLength(1);
    const status = (await t.request(economy, "GET", `/api/v1/statistics/status?zoneId=${zoneId}&month=2026-10`)).json();
    expect(status.counts.submitted).toBe(20);
  });

  it("asks for an explanation beside a 同比 beyond the threshold, in the explanation column", async () => {
    const lastYear = await template(t, economy, zoneId, "2025-10");
    fill(lastYear, 3);
    expect((await upload(t, economy, zoneId, "2025-10", lastYear)).statusCode).toBe(200);
    const wb = await template(t, economy, zoneId, "2026-10");
    const ws = wb.getWorksheet("月报") as ExcelJS.Worksheet;
    ws.getRow(2).getCell(4).value = 5000;
    const refused = (await upload(t, economy, zoneId, "2026-10", wb)).json();
    expect(refused.errors).toHaveLength(1);
    expect(refused.errors[0]).toMatchObject({ row: 2, column: "L" });
    expect(refused.errors[0].messageZh).toContain("同比增长");
    ws.getRow(2).getCell(12).value = "新产品线投产";
    const ok = await upload(t, economy, zoneId, "2026-10", wb);
    expect(ok.statusCode, ok.body).toBe(200);
    const list = (
      await t.request(
        economy,
        "GET",
        `/api/v1/statistics/reports?zoneId=${zoneId}&month=2026-10&pageSize=50&sort=output&order=desc`,
      )
    ).json();
    expect(list.items[0]).toMatchObject({ revision: 2, explanation: "新产品线投产", values: { output: "50000000" } });
  });

  it("runs as a job with progress when not waited for", async () => {
    const wb = await template(t, economy, zoneId, "2026-09");
    fill(wb, 30);
    const res = await upload(t, economy, zoneId, "2026-09", wb, false);
    expect(res.statusCode).toBe(202);
    const id = res.json().id;
    let job = res.json();
    for (let i = 0; i < 200 && !["succeeded", "failed"].includes(job.status); i++) {
      await new Promise((r) => setTimeout(r, 50));
      job = (await t.request(economy, "GET", `/api/v1/statistics/imports/${id}`)).json();
    }
    expect(job).toMatchObject({ status: "succeeded", written: 30, progressPct: 100 });
    for (const username of ["yucheng-enterprise", "henan-supervisor", "queshan-economy"]) {
      const s = await t.login(username);
      expect([403, 404], username).toContain(
        (await t.request(s, "GET", `/api/v1/statistics/imports/${id}`)).statusCode,
      );
    }
  });

  it("approves the month at once, freezes it, and refuses imports after the freeze", async () => {
    const approved = await t.request(economy, "POST", "/api/v1/statistics/reports/approve-all", {
      zoneId,
      month: "2026-10",
    });
    expect(approved.json()).toEqual({ approved: 20 });
    expect(
      (await t.request(economy, "POST", "/api/v1/statistics/freeze", { zoneId, month: "2026-10" })).statusCode,
    ).toBe(200);
    const wb = await template(t, economy, zoneId, "2026-10");
    const res = await upload(t, economy, zoneId, "2026-10", wb);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe("periodFrozen");
  });

  it("keeps the template and import to the zone's 经发局", async () => {
    const body = Buffer.from(await (await template(t, economy, zoneId, "2026-08")).xlsx.writeBuffer());
    for (const username of ["yucheng-enterprise", "yucheng-leader", "henan-supervisor", "queshan-economy"]) {
      const s = await t.login(username);
      const get = await t.app.inject({
        method: "GET",
        url: `/api/v1/statistics/template.xlsx?zoneId=${zoneId}&month=2026-08`,
        headers: { cookie: s.cookie },
      });
      expect([403, 404], username).toContain(get.statusCode);
      const post = await t.app.inject({
        method: "POST",
        url: `/api/v1/statistics/imports?zoneId=${zoneId}&month=2026-08&wait=true`,
        payload: body,
        headers: { cookie: s.cookie, "x-csrf-token": s.csrf, "content-type": XLSX },
      });
      expect([403, 404], username).toContain(post.statusCode);
    }
    const garbage = await t.app.inject({
      method: "POST",
      url: `/api/v1/statistics/imports?zoneId=${zoneId}&month=2026-08&wait=true`,
      payload: Buffer.from("not a workbook"),
      headers: { cookie: economy.cookie, "x-csrf-token": economy.csrf, "content-type": XLSX },
    });
    expect(garbage.statusCode).toBe(400);
    expect(garbage.json().status).toBe("failed");
  });
});
