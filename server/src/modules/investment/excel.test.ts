import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoCreditCode } from "../../demo/enterprises/credit-code.js";
import { databaseTargets, type Session, startTestApp, type TestApp } from "../../test/harness.js";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

async function multipart(file: Buffer, name: string) {
  const form = new FormData();
  form.append("file", new Blob([file], { type: XLSX }), name);
  const res = new Response(form);
  return { body: Buffer.from(await res.arrayBuffer()), type: res.headers.get("content-type") ?? "" };
}

async function rowsOf(buffer: Buffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  const rows: string[][] = [];
  ws?.eachRow((row) => {
    const cells: string[] = [];
    for (let i = 1; i <= ws.columnCount; i++) {
      const v = row.getCell(i).value;
      cells.push(v === null || v === undefined ? "" : String(v));
    }
    rows.push(cells);
  });
  return rows;
}

describe.each(databaseTargets)("investment Excel on $name", (target) => {
  let t: TestApp;
  let officer: Session;
  let leader: Session;
  let zoneId: string;

  const upload = async (who: Session, rows: (string | number)[][]) => {
    const template = await t.request(who, "GET", "/api/v1/investment/leads/template");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    for (const r of rows) ws?.addRow(r);
    const form = await multipart(Buffer.from(await wb.xlsx.writeBuffer()), "线索.xlsx");
    return t.app.inject({
      method: "POST",
      url: `/api/v1/investment/leads/import?zoneId=${zoneId}`,
      payload: form.body,
      headers: { cookie: who.cookie, "x-csrf-token": who.csrf, "content-type": form.type },
    });
  };

  beforeAll(async () => {
    t = await startTestApp(target);
    t.clock.now = new Date("2026-11-23T04:00:00Z");
    officer = await t.login("yucheng-investment");
    leader = await t.login("yucheng-leader");
    zoneId = (await t.request(officer, "GET", "/api/v1/auth/me")).json().zoneId;
    const units = (await t.request(leader, "GET", `/api/v1/units?zoneId=${zoneId}`)).json();
    const townId = (units.items ?? units).find((u: { name: string }) => u.name === "稍岗镇").id;
    const first = await t.request(leader, "POST", "/api/v1/investment/leads", {
      zoneId,
      ownerUnitId: townId,
      investorName: "温州正泰量具有限公司",
      projectName: "量具项目",
      intendedInvestmentYuan: "80000000",
      source: "other",
    });
    expect(first.statusCode, first.body).toBe(201);
  });
  afterAll(() => t.close());

  it("refuses a file with bad rows, naming sheet, row and column, and writes nothing", async () => {
    const res = await upload(officer, [
      [
        "合肥精锐机械有限公司",
        `${demoCreditCode("340100", 1).slice(0, 17)}0`,
        "合肥",
        "精锐数控项目",
        "3424",
        "12000",
        "80",
        "以商招商",
      ],
      ["", "", "", "缺客商", "", "100", "", "展会"],
      ["苏州恒泰电子有限公司", "", "", "电子项目", "9999", "-5", "", "路演"],
      ["温州正泰量具股份有限公司", "", "", "重复客商", "", "500", "", "展会"],
      ["合肥精锐机械集团", "", "", "同文件重复", "", "500", "", "展会", "稍岗镇"],
    ]);
    expect(res.statusCode, res.body).toBe(400);
    const messages = res.json().errors.map((e: { message: string }) => e.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/第2行 B（统一社会信用代码）：统一社会信用代码无效/),
        expect.stringMatching(/第3行 A（客商名称\*）：必填/),
        expect.stringMatching(/第4行 E（行业代码）/),
        expect.stringMatching(/第4行 F（意向投资（万元）\*）/),
        expect.stringMatching(/第4行 H（来源\*）：不是可选来源之一/),
        expect.stringMatching(/第5行 A（客商名称\*）：撞单：该客商已由 稍岗镇 跟进/),
        expect.stringMatching(/第6行 A（客商名称\*）：与本文件第 2 行为同一客商/),
        expect.stringMatching(/第6行 I（负责单位）/),
      ]),
    );
    expect((await t.request(officer, "GET", "/api/v1/investment/leads")).json().total).toBe(0);
  });

  it("imports good rows for the officer's unit, converting 万元 exactly", async () => {
    const res = await upload(officer, [
      [
        "合肥精锐机械有限公司",
        demoCreditCode("340100", 1),
        "合肥",
        "精锐数控项目",
        "3424",
        "12000.5",
        "80",
        "以商招商",
        "",
        "2026-10-08",
      ],
      ["Nordtec GmbH", "", "Germany", "Precision tools", "", 3500, "", "exhibition"],
    ]);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ created: 2 });
    const list = (await t.request(officer, "GET", "/api/v1/investment/leads?sort=investorName")).json();
    expect(list.items.map((l: { intendedInvestmentYuan: string }) => l.intendedInvestmentYuan).sort()).toEqual([
      "120005000.00",
      "35000000.00",
    ]);
    expect(
      list.items.every(
        (l: { ownerUnitName: string; stage: string }) => l.ownerUnitName === "招商局" && l.stage === "clue",
      ),
    ).toBe(true);
  });

  it("exports the lists the caller may see, in its language", async () => {
    const leads = await t.request(officer, "GET", "/api/v1/investment/leads/export");
    expect(leads.headers["content-type"]).toContain("spreadsheetml");
    const rows = await rowsOf(leads.rawPayload);
    expect(rows[0]?.[0]).toBe("客商名称");
    expect(
      rows
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual(["Nordtec GmbH", "合肥精锐机械有限公司"]);
    expect(rows.flat()).not.toContain("温州正泰量具有限公司");
    const en = await t.request(officer, "GET", "/api/v1/investment/activities/export", undefined, {
      "accept-language": "en",
    });
    expect((await rowsOf(en.rawPayload))[0]?.[0]).toBe("Kind");
    expect((await t.request(officer, "GET", "/api/v1/investment/contracts/export")).statusCode).toBe(200);
    const supervisor = await t.login("henan-supervisor");
    expect((await t.request(supervisor, "GET", "/api/v1/investment/leads/export")).statusCode).toBe(403);
  });
});
