import { execFileSync } from "node:child_process";
import { inflateRawSync } from "node:zlib";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../config.js";
import { files } from "../../platform/files-table.js";
import { databaseTargets, type Session, startTestApp, type TestApp } from "../../test/harness.js";
import { bulletinRoutes } from "./bulletins-routes.js";

/** Reads one entry of a zip archive (a .docx) through its central directory. */
function zipEntry(zip: Buffer, name: string): string {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = zip.readUInt32LE(end + 16);
  for (let i = zip.readUInt16LE(end + 10); i > 0; i--) {
    const nameLength = zip.readUInt16LE(at + 28);
    if (zip.subarray(at + 46, at + 46 + nameLength).toString() === name) {
      const local = zip.readUInt32LE(at + 42);
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + zip.readUInt32LE(at + 20));
      return (zip.readUInt16LE(at + 10) === 8 ? inflateRawSync(data) : data).toString("utf8");
    }
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  throw new Error(`${name} not in the archive`);
}

/** The PDF's text layer, or null where poppler's pdftotext is not installed. */
function pdfText(pdf: Buffer): string | null {
  try {
    return execFileSync("pdftotext", ["-", "-"], { input: pdf }).toString("utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

async function multipart(fields: Record<string, string>) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  const res = new Response(form);
  return { body: Buffer.from(await res.arrayBuffer()), type: res.headers.get("content-type") ?? "" };
}

const ZONE = "虞城县高新技术产业开发区";

describe.each(databaseTargets)("月通报 on $name", (target) => {
  let t: TestApp;
  let leader: Session;
  let zoneId: string;
  let bulletinId: string;
  let docxFileId: string;
  const ids: Record<string, string> = {};
  const at = (iso: string) => {
    t.clock.now = new Date(iso);
  };

  async function call(method: "GET" | "POST" | "PUT", url: string, body?: unknown, who = leader) {
    const res = await t.request(who, method, url, body);
    if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
    return res.json();
  }

  async function project(key: string, body: Record<string, unknown>, who = leader) {
    const zone = who === leader ? zoneId : (await t.request(who, "GET", "/api/v1/auth/me")).json().zoneId;
    const created = await call("POST", "/api/v1/projects", { zoneId: zone, constructionType: "new", ...body }, who);
    ids[key] = created.id;
    return created.id as string;
  }

  async function move(key: string, to: string, date: string | null, extra: Record<string, string> = {}) {
    const { version } = await call("GET", `/api/v1/projects/${ids[key]}`);
    await call("POST", `/api/v1/projects/${ids[key]}/transitions`, { to, date, version, ...extra });
  }

  async function money(key: string, plan: string | null, months: Record<string, string>) {
    if (plan) await call("PUT", `/api/v1/projects/${ids[key]}/plans`, { year: 2026, plannedYuan: plan });
    for (const [month, amountYuan] of Object.entries(months))
      await call("PUT", `/api/v1/projects/${ids[key]}/investments`, { month, amountYuan });
  }

  async function milestone(key: string, name: string, plannedOn: string, actualOn: string | null = null) {
    const list = (await call("GET", `/api/v1/projects/${ids[key]}/milestones`)) as {
      id: string;
      name: string;
      sort: number;
    }[];
    const m = list.find((x) => x.name === name);
    if (!m) throw new Error(`no milestone ${name}`);
    await call("PUT", `/api/v1/projects/${ids[key]}/milestones/${m.id}`, { name, sort: m.sort, plannedOn, actualOn });
  }

  async function report(key: string, weekOf: string) {
    const form = await multipart({ weekOf, progress: "按计划推进", imageProgressPct: "40" });
    const res = await t.app.inject({
      method: "POST",
      url: `/api/v1/projects/${ids[key]}/reports`,
      payload: form.body,
      headers: { cookie: leader.cookie, "x-csrf-token": leader.csrf, "content-type": form.type },
    });
    expect(res.statusCode, res.body).toBe(201);
  }

  async function problem(key: string, deadline: string) {
    return (
      await call("POST", `/api/v1/projects/${ids[key]}/problems`, {
        category: "approval",
        description: `问题-${key}`,
        deadline,
      })
    ).id as string;
  }
  const moveProblem = (id: string, to: string, version: number) =>
    call("POST", `/api/v1/problems/${id}/moves`, { to, version, resolution: to === "resolved" ? "已协调解决" : null });

  beforeAll(async () => {
    t = await startTestApp(target);
    // Until app.ts registers the bulletin routes, the test mounts them itself.
    if (!t.app.hasRoute({ method: "POST", url: "/api/v1/bulletins" }))
      await t.app.register(bulletinRoutes({ db: t.database.db, config: loadConfig({}), now: () => t.clock.now }), {
        prefix: "/api/v1",
      });
    at("2026-11-05T02:00:00Z");
    leader = await t.login("yucheng-leader");
    zoneId = (await call("GET", "/api/v1/auth/me")).zoneId;
    const units = (await call("GET", "/api/v1/units")) as { id: string; name: string }[];
    const unit = (name: string) => units.find((u) => u.name === name)?.id;

    await project("A", {
      code: "YC-A",
      name: "科迪80万吨液态奶项目",
      category: "industry",
      leadUnitId: unit("招商局"),
      totalInvestmentYuan: "1500000000",
      plannedStartOn: "2026-03-01",
      plannedCompletionOn: "2027-12-31",
      stage: "preparation",
    });
    await move("A", "started", "2026-04-01", { permitNo: "411425202604010001" });
    await money("A", "600000000", {
      "2026-04": "50000000",
      "2026-05": "80000000.50",
      "2026-06": "90000000",
      "2026-07": "100000000",
      "2026-08": "50000000",
      "2026-09": "50000000",
      "2026-10": "100000000",
      "2026-11": "7000000", // after the month: not in October's figures
    });
    await milestone("A", "土地摘牌", "2026-02-01", "2026-02-10");
    await report("A", "2026-10-28");

    await project("B", {
      code: "YC-B",
      name: "中国五金工量具产业生态城二期",
      category: "industry",
      leadUnitId: unit("稍岗镇"),
      totalInvestmentYuan: "800000000",
      plannedStartOn: "2026-05-01",
      plannedCompletionOn: "2026-09-30",
      stage: "preparation",
    });
    await move("B", "started", "2026-06-01", { permitNo: "411425202606010101" });
    await move("B", "construction", null);
    await move("B", "completed", "2026-10-20");
    await money("B", "300000000", {
      "2026-06": "100000000",
      "2026-07": "100000000",
      "2026-08": "50000000",
      "2026-10": "30000000",
    });
    await report("B", "2026-10-19");

    // 续建: started last year, so not in this year's 开工率; completed on time this year.
    await project("C", {
      code: "YC-C",
      name: "虞城县城区污水处理厂提标改造",
      category: "infrastructure",
      leadUnitId: unit("虞城县大项目管理中心"),
      totalInvestmentYuan: "50000000",
      plannedStartOn: "2025-10-01",
      plannedCompletionOn: "2026-10-15",
      stage: "preparation",
    });
    await move("C", "started", "2025-11-10", { permitNo: "411425202511100001" });
    await move("C", "construction", null);
    await move("C", "completed", "2026-10-10");
    await money("C", "50000000", {
      "2025-11": "5000000",
      "2026-03": "20000000",
      "2026-06": "20000000",
      "2026-09": "10000000",
    });
    await report("C", "2026-10-26");

    await project("D", {
      code: "YC-D",
      name: "稍岗镇智能装备产业园标准化厂房",
      category: "industry",
      leadUnitId: unit("稍岗镇"),
      totalInvestmentYuan: "300000000",
      plannedStartOn: "2026-07-01",
      plannedCompletionOn: "2027-06-30",
      stage: "preparation",
    });
    await move("D", "started", "2026-10-12", { toleranceNote: "施工许可容缺受理，承诺30日内补正" });
    await money("D", "120000000", { "2026-10": "20000000" });
    await milestone("D", "规划许可", "2026-07-01", "2026-11-02"); // done only after the month: overdue then
    await milestone("D", "施工许可", "2026-08-15");
    await report("D", "2026-10-05");

    await project("E", {
      code: "YC-E",
      name: "虞城县第二人民医院",
      category: "publicService",
      leadUnitId: unit("虞城县大项目管理中心"),
      totalInvestmentYuan: "200000000",
      plannedStartOn: "2026-06-30",
      plannedCompletionOn: "2028-06-30",
      stage: "preparation",
    });
    await money("E", "80000000", {});
    await milestone("E", "立项批复", "2026-09-20");

    await project("F", {
      code: "YC-F",
      name: "木兰湖文旅综合体",
      category: "realEstate",
      totalInvestmentYuan: "100000000",
      plannedStartOn: "2026-12-01",
      stage: "reserve",
    });

    // Another zone's money never reaches 虞城's bulletin.
    const queshan = await t.login("queshan-leader");
    await project(
      "Q",
      {
        code: "QS-1",
        name: "确山县项目",
        category: "industry",
        totalInvestmentYuan: "900000000",
        stage: "preparation",
      },
      queshan,
    );
    await call("PUT", `/api/v1/projects/${ids.Q}/plans`, { year: 2026, plannedYuan: "900000000" }, queshan);
    await call("PUT", `/api/v1/projects/${ids.Q}/investments`, { month: "2026-10", amountYuan: "999000000" }, queshan);

    // Problems, raised and moved on the days the clock says.
    at("2026-09-20T02:00:00Z");
    const p4 = await problem("B", "2026-10-30");
    await moveProblem(p4, "inProgress", 1);
    at("2026-10-10T02:00:00Z");
    const p1 = await problem("D", "2026-10-20");
    await moveProblem(p1, "inProgress", 1);
    at("2026-10-12T02:00:00Z");
    const p3 = await problem("A", "2026-10-25");
    await moveProblem(p3, "inProgress", 1);
    await call("POST", `/api/v1/problems/${p1}/escalation`, { version: 2 });
    at("2026-10-15T02:00:00Z");
    const p2 = await problem("E", "2026-11-30");
    at("2026-10-22T02:00:00Z");
    await moveProblem(p3, "resolved", 2);
    at("2026-10-28T02:00:00Z");
    await moveProblem(p3, "confirmed", 3);
    at("2026-11-02T02:00:00Z");
    await moveProblem(p4, "resolved", 2); // resolved after the month: still open and overdue on Oct 31
    at("2026-11-03T02:00:00Z");
    await call("POST", `/api/v1/problems/${p2}/escalation`, { version: 1 }); // escalated after the month
    at("2026-11-05T02:00:00Z");
  });
  afterAll(() => t.close());

  it("generates October 2026 and archives it", async () => {
    const res = await t.request(leader, "POST", "/api/v1/bulletins", { zoneId, month: "2026-10" });
    expect(res.statusCode, res.body).toBe(201);
    const b = res.json();
    expect(b).toMatchObject({ zoneId, month: "2026-10", version: 1, hasPdf: true, warnings: [] });
    bulletinId = b.id;
    docxFileId = b.docxFileId;
  });

  it("states the figures as computed by hand", async () => {
    const { summary: s } = await call("GET", `/api/v1/bulletins/${bulletinId}`);
    expect(s).toMatchObject({ zoneName: ZONE, asOf: "2026-10-31", period: "1–10月", projects: 6 });
    expect(s.totalInvestmentYuan).toBe("2950000000.00");
    const stages = Object.fromEntries(s.stages.map((r: { stage: string; count: number }) => [r.stage, r.count]));
    expect(stages).toEqual({ reserve: 1, preparation: 1, started: 2, completed: 2 });

    expect(s.started).toMatchObject({ count: 1, totalInvestmentYuan: "300000000.00" });
    expect(s.started.projects[0]).toMatchObject({ name: "稍岗镇智能装备产业园标准化厂房", on: "2026-10-12" });
    expect(s.completed.count).toBe(2);
    expect(s.completed.projects.map((p: { on: string }) => p.on)).toEqual(["2026-10-10", "2026-10-20"]);

    // 当月 100M + 30M + 20M; 年累计 A 520,000,000.50 + B 280M + C 50M (not its 2025 5M) + D 20M; plan 1,150M.
    expect(s.investment).toMatchObject({
      monthYuan: "150000000.00",
      ytdYuan: "870000000.50",
      planYuan: "1150000000.00",
      againstSchedule: "欠序时进度 7.68 个百分点",
    });
    expect(s.investment.completionPct).toBeCloseTo(75.652174, 5);
    expect(s.investment.schedulePct).toBeCloseTo(83.333333, 5);

    // 开工率: A, B, D of A, B, D, E (C started in 2025; F is due in December). 按期竣工率: C of B, C.
    expect(s.rates.start).toEqual({ numerator: 3, denominator: 4, pct: 75 });
    expect(s.rates.onTimeCompletion).toEqual({ numerator: 1, denominator: 2, pct: 50 });
    expect(s.rates.funding).toBeNull();

    expect(s.units.map((u: { unitName: string | null; projects: number }) => [u.unitName, u.projects])).toEqual([
      ["招商局", 1],
      ["稍岗镇", 2],
      ["虞城县大项目管理中心", 2],
      [null, 1],
    ]);
    expect(s.units[1]).toMatchObject({ planYuan: "420000000.00", ytdYuan: "300000000.00" });
    expect(s.units[1].completionPct).toBeCloseTo(71.428571, 5);

    expect(s.redList.map((r: { name: string }) => r.name)).toEqual([
      "虞城县城区污水处理厂提标改造",
      "中国五金工量具产业生态城二期",
      "科迪80万吨液态奶项目",
      "稍岗镇智能装备产业园标准化厂房",
      "虞城县第二人民医院",
    ]);
    expect(s.redList[2].completionPct).toBeCloseTo(86.666667, 5);

    expect(s.blackList.map((r: { name: string; level: string }) => [r.name, r.level])).toEqual([
      ["稍岗镇智能装备产业园标准化厂房", "severe"],
      ["虞城县第二人民医院", "lagging"],
    ]);
    expect(s.blackList[0].reasons).toEqual([
      "「规划许可」节点逾期122天（计划2026年7月1日完成）",
      "「施工许可」节点逾期77天（计划2026年8月15日完成）",
      "年度投资完成额仅为序时进度的20.00%",
      "已3周未报送项目周报",
    ]);
    expect(s.blackList[1].reasons).toEqual(["「立项批复」节点逾期41天（计划2026年9月20日完成）"]);

    expect(s.problems).toMatchObject({ raised: 3, resolved: 1, confirmed: 1, open: 3, overdue: 2, escalatedOpen: 1 });
    expect(s.problems.escalatedList).toEqual([
      expect.objectContaining({
        projectName: "稍岗镇智能装备产业园标准化厂房",
        deadline: "2026-10-20",
        daysOverdue: 11,
      }),
    ]);
  });

  it("serves the Word file with the title and the tables", async () => {
    const res = await t.request(leader, "GET", `/api/v1/bulletins/${bulletinId}/document.docx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-disposition"]).toContain(
      `filename*=UTF-8''${encodeURIComponent(`${ZONE}重点项目通报-2026年10月.docx`)}`,
    );
    const xml = zipEntry(res.rawPayload, "word/document.xml");
    expect(xml).toContain(`${ZONE}重点项目建设情况通报`);
    expect(xml).toContain("（2026年10月）");
    const rows = xml.split("<w:tr");
    expect(rows.some((r) => r.includes("科迪80万吨液态奶项目") && r.includes("86.67%") && r.includes("+3.33"))).toBe(
      true,
    );
    expect(xml).toContain("欠序时进度 7.68 个百分点");
  });

  it("serves the PDF with Chinese in its text layer", async () => {
    const res = await t.request(leader, "GET", `/api/v1/bulletins/${bulletinId}/document.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("application/pdf");
    expect(res.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    const text = pdfText(res.rawPayload);
    if (text !== null) {
      expect(text).toContain("重点项目建设情况通报");
      expect(text).toContain("稍岗镇智能装备产业园标准化厂房");
    }
  });

  it("regenerates into the same archive row and drops the old files", async () => {
    const res = await t.request(leader, "POST", "/api/v1/bulletins", { zoneId, month: "2026-10" });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id: bulletinId, version: 2 });
    const list = await call("GET", `/api/v1/bulletins?zoneId=${zoneId}`);
    expect(list.total).toBe(1);
    expect(await t.database.db.select({ id: files.id }).from(files).where(eq(files.id, docxFileId))).toEqual([]);
  });

  it("keeps other zones out and refuses writes to supervisors and bad input", async () => {
    const queshan = await t.login("queshan-leader");
    expect((await t.request(queshan, "GET", `/api/v1/bulletins/${bulletinId}`)).statusCode).toBe(404);
    expect((await t.request(queshan, "GET", `/api/v1/bulletins/${bulletinId}/document.docx`)).statusCode).toBe(404);
    expect((await t.request(queshan, "GET", `/api/v1/bulletins?zoneId=${zoneId}`)).json().total).toBe(0);
    expect((await t.request(queshan, "POST", "/api/v1/bulletins", { zoneId, month: "2026-10" })).statusCode).toBe(404);

    const supervisor = await t.login("henan-supervisor");
    expect((await t.request(supervisor, "GET", `/api/v1/bulletins/${bulletinId}`)).statusCode).toBe(200);
    expect((await t.request(supervisor, "POST", "/api/v1/bulletins", { zoneId, month: "2026-10" })).statusCode).toBe(
      403,
    );

    const badMonth = await t.request(leader, "POST", "/api/v1/bulletins", { zoneId, month: "2026-13" });
    expect(badMonth.statusCode).toBe(400);
    expect(badMonth.headers["content-type"]).toContain("application/problem+json");
    expect(badMonth.json().errors[0].field).toBe("month");
    const future = await t.request(leader, "POST", "/api/v1/bulletins", { zoneId, month: "2026-12" });
    expect(future.statusCode).toBe(400);
    expect(future.json().errors[0].field).toBe("month");
  });

  it("still makes the Word file without a CJK font, and says why there is no PDF", async () => {
    const saved = process.env.ZONEOS_CJK_FONT;
    process.env.ZONEOS_CJK_FONT = "/nonexistent/NotoSansCJK-Regular.ttc";
    try {
      const res = await t.request(leader, "POST", "/api/v1/bulletins", { zoneId, month: "2026-09" });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({ hasPdf: false, warnings: ["pdfFontMissing"] });
      const id = res.json().id;
      expect((await t.request(leader, "GET", `/api/v1/bulletins/${id}/document.docx`)).statusCode).toBe(200);
      const pdf = await t.request(leader, "GET", `/api/v1/bulletins/${id}/document.pdf`);
      expect(pdf.statusCode).toBe(503);
      expect(pdf.json()).toMatchObject({ code: "pdfFontMissing", status: 503 });
      expect(pdf.json().detail).toContain("中文字体");
      const en = await t.request(leader, "GET", `/api/v1/bulletins/${id}/document.pdf`, undefined, {
        "accept-language": "en-US",
      });
      expect(en.json().detail).toContain("CJK font");
    } finally {
      if (saved === undefined) delete process.env.ZONEOS_CJK_FONT;
      else process.env.ZONEOS_CJK_FONT = saved;
    }
  });
});
