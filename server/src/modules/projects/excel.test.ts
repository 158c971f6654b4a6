import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets, type Session, startTestApp, type TestApp } from "../../test/harness.js";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

async function multipart(file: Buffer, name: string, type: string, fields: Record<string, string> = {}) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append("file", new Blob([file], { type }), name);
  const res = new Response(form);
  return { body: Buffer.from(await res.arrayBuffer()), type: res.headers.get("content-type") ?? "" };
}

async function sheetRows(buffer: Buffer, index = 0): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  const ws = wb.worksheets[index];
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

describe.each(databaseTargets)("monthly investment import and the 三张清单 exports on $name", (target) => {
  let t: TestApp;
  let leader: Session;
  let secretary: Session;
  let zoneId: string;
  let mineId: string;
  let unitId: string;

  const upload = async (session: Session, url: string, file: Buffer, name = "投资.xlsx", type = XLSX) => {
    const form = await multipart(file, name, type);
    return t.app.inject({
      method: "POST",
      url,
      payload: form.body,
      headers: { cookie: session.cookie, "x-csrf-token": session.csrf, "content-type": form.type },
    });
  };
  const months = async (id: string) =>
    (await t.request(leader, "GET", `/api/v1/projects/${id}/investments`)).json().months as {
      month: string;
      amountYuan: string;
    }[];

  /** The template for October, with the amounts per code written into it (and extra rows appended). */
  async function filledTemplate(session: Session, amounts: Record<string, unknown>, extra: unknown[][] = []) {
    const res = await t.request(session, "GET", `/api/v1/projects/investments/template?zoneId=${zoneId}&month=2026-10`);
    expect(res.statusCode, res.body).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    if (!ws) throw new Error("no sheet");
    ws.eachRow((row, n) => {
      const code = String(row.getCell(1).value);
      if (n > 1 && code in amounts) row.getCell(7).value = amounts[code] as ExcelJS.CellValue;
    });
    for (const r of extra) ws.addRow(r);
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  beforeAll(async () => {
    t = await startTestApp(target);
    t.clock.now = new Date("2026-11-23T04:00:00Z");
    leader = await t.login("yucheng-leader");
    secretary = await t.login("yucheng-secretary");
    zoneId = (await t.request(leader, "GET", "/api/v1/auth/me")).json().zoneId;
    const units = (await t.request(leader, "GET", "/api/v1/units")).json() as { id: string; name: string }[];
    unitId = units.find((u) => u.name.includes("行政审批"))?.id ?? "";
    const create = async (code: string, name: string) => {
      const res = await t.request(leader, "POST", "/api/v1/projects", {
        zoneId,
        code,
        name,
        category: "industry",
        constructionType: "new",
        totalInvestmentYuan: "500000000",
        stage: "preparation",
        leaderName: "刘志强",
        team: "发改委牵头，自然资源局配合",
      });
      expect(res.statusCode, res.body).toBe(201);
      const id = res.json().id as string;
      await t.request(leader, "POST", `/api/v1/projects/${id}/transitions`, {
        to: "started",
        date: "2026-03-01",
        permitNo: "411425202603010001",
        version: 1,
      });
      await t.request(leader, "PUT", `/api/v1/projects/${id}/plans`, { year: 2026, plannedYuan: "120000000" });
      return id;
    };
    mineId = await create("YC-X-001", "可喜安集团科技大厦");
    // A second project under way that the secretary is not assigned to.
    await create("YC-X-002", "华越汽车零部件");
    await t.request(leader, "PUT", `/api/v1/projects/${mineId}/investments`, {
      month: "2026-09",
      amountYuan: "8000000",
    });
    const me = (await t.request(secretary, "GET", "/api/v1/auth/me")).json().id;
    await t.request(leader, "PUT", `/api/v1/projects/${mineId}/members`, { userId: me, role: "secretary" });
  });
  afterAll(() => t.close());

  it("gives a template of the zone's projects under way with plan and year to date", async () => {
    const res = await t.request(leader, "GET", `/api/v1/projects/investments/template?zoneId=${zoneId}&month=2026-10`);
    expect(res.headers["content-type"]).toContain(XLSX);
    const rows = await sheetRows(res.rawPayload);
    expect(rows[0]).toEqual([
      "项目编号",
      "项目名称",
      "牵头单位",
      "月份",
      "年度计划投资（万元）",
      "截至上月年累计（万元）",
      "当月完成投资（万元）",
    ]);
    expect(rows.find((r) => r[0] === "YC-X-001")).toEqual([
      "YC-X-001",
      "可喜安集团科技大厦",
      "",
      "2026-10",
      "12000",
      "800",
      "",
    ]);
    // A secretary's template holds only the projects assigned to them.
    const own = await t.request(
      secretary,
      "GET",
      `/api/v1/projects/investments/template?zoneId=${zoneId}&month=2026-10`,
    );
    expect((await sheetRows(own.rawPayload)).map((r) => r[0])).toEqual(["项目编号", "YC-X-001"]);
  });

  it("refuses the wrong role, another zone and the region's supervisor", async () => {
    const url = `/api/v1/projects/investments/template?zoneId=${zoneId}&month=2026-10`;
    expect((await t.request(await t.login("yucheng-economy"), "GET", url)).statusCode).toBe(403);
    expect((await t.request(await t.login("henan-supervisor"), "GET", url)).statusCode).toBe(403);
    const queshan = await t.login("queshan-leader");
    expect((await t.request(queshan, "GET", url)).statusCode).toBe(404);
    const file = await filledTemplate(leader, { "YC-X-001": 100 });
    const imported = await upload(queshan, `/api/v1/projects/investments/import?zoneId=${zoneId}`, file);
    expect(imported.statusCode).toBe(404);
    const economy = await upload(
      await t.login("yucheng-economy"),
      `/api/v1/projects/investments/import?zoneId=${zoneId}`,
      file,
    );
    expect(economy.statusCode).toBe(403);
    expect(await months(mineId)).toHaveLength(1);
  });

  it("writes nothing when any row is wrong, naming sheet, row and column", async () => {
    const file = await filledTemplate(secretary, { "YC-X-001": 150.5 }, [
      ["YC-X-404", "不存在的项目", "", "2026-10", null, null, 10],
      ["YC-X-002", "华越汽车零部件", "", "2026-10", null, null, 20],
      ["YC-X-001", "重复", "", "2026-10", null, null, 30],
      ["YC-X-001", "负数", "", "2026-08", null, null, -5],
      ["YC-X-001", "文字", "", "2026-07", null, null, "三百"],
      ["YC-X-001", "未来", "", "2026-12", null, null, 1],
    ]);
    const res = await upload(secretary, `/api/v1/projects/investments/import?zoneId=${zoneId}`, file);
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe("importRefused");
    expect(body.rows).toEqual([
      { sheet: "月度投资", row: 3, column: "A（项目编号）", message: "本园区没有该编号的项目" },
      { sheet: "月度投资", row: 4, column: "A（项目编号）", message: "该项目不在您的职责范围内，不能填报其投资" },
      { sheet: "月度投资", row: 5, column: "A（项目编号）", message: "与本文件第 2 行重复（同一项目同一月份）" },
      { sheet: "月度投资", row: 6, column: "G（当月完成投资（万元））", message: "不能为负数" },
      { sheet: "月度投资", row: 7, column: "G（当月完成投资（万元））", message: "应为数字（万元）" },
      { sheet: "月度投资", row: 8, column: "D（月份）", message: "月份尚未开始，不能填报完成投资" },
    ]);
    expect(body.errors[0].message).toBe("月度投资 第3行 A（项目编号）：本园区没有该编号的项目");
    // The clean row 2 was not written either.
    expect(await months(mineId)).toEqual([expect.objectContaining({ month: "2026-09", amountYuan: "8000000.00" })]);

    const english = await t.app.inject({
      method: "POST",
      url: `/api/v1/projects/investments/import?zoneId=${zoneId}`,
      ...(await (async () => {
        const form = await multipart(file, "x.xlsx", XLSX);
        return {
          payload: form.body,
          headers: {
            cookie: secretary.cookie,
            "x-csrf-token": secretary.csrf,
            "content-type": form.type,
            "accept-language": "en-US",
          },
        };
      })()),
    });
    expect(english.json().rows[0]).toMatchObject({
      column: "A (Project code)",
      message: "no project of the zone has this code",
    });
  });

  it("refuses a file that is not the template or not a workbook", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1").addRow(["编号", "金额"]);
    const wrong = await upload(
      leader,
      `/api/v1/projects/investments/import?zoneId=${zoneId}`,
      Buffer.from(await wb.xlsx.writeBuffer()),
    );
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().rows[0]).toMatchObject({ row: 1, message: "不是月度投资导入模板，请先下载模板再填写" });
    const junk = await upload(leader, `/api/v1/projects/investments/import?zoneId=${zoneId}`, Buffer.from("nope"));
    expect(junk.json().code).toBe("badWorkbook");
  });

  it("imports a clean file in one go, audited, and counts what changed", async () => {
    const file = await filledTemplate(secretary, { "YC-X-001": 1250.5 }, [
      ["YC-X-001", "九月更正", "", "2026-09", null, null, "800"],
      ["YC-X-001", "八月", "", "2026-08", null, null, 0.000001],
    ]);
    const res = await upload(secretary, `/api/v1/projects/investments/import?zoneId=${zoneId}`, file);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ imported: 3, created: 2, updated: 0, unchanged: 1, skipped: 0 });
    expect(await months(mineId)).toEqual([
      expect.objectContaining({ month: "2026-08", amountYuan: "0.01" }),
      expect.objectContaining({ month: "2026-09", amountYuan: "8000000.00" }),
      expect.objectContaining({ month: "2026-10", amountYuan: "12505000.00", ytdYuan: "20505000.01" }),
    ]);
    const audit = (await t.request(leader, "GET", "/api/v1/audit?entity=projectInvestment&pageSize=50")).json();
    expect(audit.items.filter((a: { action: string }) => a.action === "import")).toHaveLength(2);

    // The leader's run over the whole zone: a blank row is skipped, the other project gets its month.
    const zone = await filledTemplate(leader, { "YC-X-002": "300" });
    const again = await upload(leader, `/api/v1/projects/investments/import?zoneId=${zoneId}`, zone);
    expect(again.json()).toEqual({ imported: 2, created: 1, updated: 0, unchanged: 1, skipped: 0 });
  });

  it("exports the task list with each milestone's standing", async () => {
    const ms = (await t.request(leader, "GET", `/api/v1/projects/${mineId}/milestones`)).json();
    await t.request(leader, "PUT", `/api/v1/projects/${mineId}/milestones/${ms[0].id}`, {
      name: ms[0].name,
      sort: ms[0].sort,
      plannedOn: "2026-10-01",
      actualOn: null,
    });
    const res = await t.request(leader, "GET", "/api/v1/projects/milestones/export?q=YC-X-001");
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-disposition"]).toContain(encodeURIComponent("任务清单.xlsx"));
    const rows = await sheetRows(res.rawPayload);
    expect(rows[0]).toEqual([
      "项目编号",
      "项目名称",
      "牵头单位",
      "所处阶段",
      "节点名称",
      "计划完成日期",
      "实际完成日期",
      "完成状态",
      "逾期天数",
    ]);
    expect(rows[1]).toEqual([
      "YC-X-001",
      "可喜安集团科技大厦",
      "",
      "开工",
      "土地摘牌",
      "2026-10-01",
      "",
      "已逾期",
      "53",
    ]);
    expect(rows.slice(1).every((r) => r[0] === "YC-X-001")).toBe(true);
    expect(rows).toHaveLength(1 + ms.length);
  });

  it("exports the responsibility list, only for what the reader sees", async () => {
    const res = await t.request(leader, "GET", "/api/v1/projects/responsibilities/export");
    const rows = await sheetRows(res.rawPayload);
    expect(rows[0]?.slice(6, 12)).toEqual(["区级领导", "牵头单位", "工作班子", "包保领导", "项目秘书", "联络干部"]);
    const mine = rows.find((r) => r[0] === "YC-X-001");
    expect(mine?.slice(0, 11)).toEqual([
      "YC-X-001",
      "可喜安集团科技大厦",
      "大项目",
      "产业",
      "开工",
      "50000",
      "刘志强",
      "",
      "发改委牵头，自然资源局配合",
      "",
      "周鹏",
    ]);
    const own = await t.request(secretary, "GET", "/api/v1/projects/responsibilities/export");
    expect((await sheetRows(own.rawPayload)).map((r) => r[0])).toEqual(["项目编号", "YC-X-001"]);
    const queshan = await t.request(await t.login("queshan-leader"), "GET", "/api/v1/projects/responsibilities/export");
    expect((await sheetRows(queshan.rawPayload)).some((r) => r[0]?.startsWith("YC-X"))).toBe(false);
    const english = await t.request(leader, "GET", "/api/v1/projects/responsibilities/export", undefined, {
      "accept-language": "en-US",
    });
    expect((await sheetRows(english.rawPayload))[0]?.[0]).toBe("Project code");
  });

  it("exports the problem list with the page's filters", async () => {
    for (const [description, deadline] of [
      ["施工用电容量不足", "2026-11-01"],
      ["二期用地指标未落实", "2026-12-31"],
    ])
      await t.request(leader, "POST", `/api/v1/projects/${mineId}/problems`, {
        category: "utilities",
        description,
        responsibleUnitId: unitId,
        responsiblePerson: "刘建军",
        deadline,
      });
    const all = await sheetRows((await t.request(leader, "GET", "/api/v1/problems/export")).rawPayload);
    expect(all[0]).toEqual([
      "项目编号",
      "项目名称",
      "问题类别",
      "问题描述",
      "提出日期",
      "责任单位",
      "责任人",
      "办结时限",
      "办理状态",
      "逾期天数",
      "提交会办",
      "办理结果",
    ]);
    expect(all).toHaveLength(3);
    const overdue = await sheetRows(
      (await t.request(leader, "GET", "/api/v1/problems/export?overdue=true")).rawPayload,
    );
    expect(overdue.slice(1).map((r) => [r[3], r[8], r[9]])).toEqual([["施工用电容量不足", "待交办", "22"]]);
    const supervisor = await t.request(await t.login("queshan-leader"), "GET", "/api/v1/problems/export");
    expect(await sheetRows(supervisor.rawPayload)).toHaveLength(1);
    expect((await t.request(null, "GET", "/api/v1/problems/export")).statusCode).toBe(401);
  });
});
