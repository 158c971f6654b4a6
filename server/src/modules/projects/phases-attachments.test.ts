import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets, type Session, startTestApp, type TestApp } from "../../test/harness.js";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

describe.each(databaseTargets)("phases, attachments, milestone removal and 交办 on $name", (target) => {
  let t: TestApp;
  let leader: Session;
  let secretary: Session;
  let zoneId: string;
  let projectId: string;
  let otherId: string;

  const attach = async (session: Session, id: string, file: Buffer, name: string, type: string, note?: string) => {
    const form = new FormData();
    if (note) form.append("note", note);
    form.append("file", new Blob([file], { type }), name);
    const res = new Response(form);
    return t.app.inject({
      method: "POST",
      url: `/api/v1/projects/${id}/attachments`,
      payload: Buffer.from(await res.arrayBuffer()),
      headers: {
        cookie: session.cookie,
        "x-csrf-token": session.csrf,
        "content-type": res.headers.get("content-type") ?? "",
      },
    });
  };

  beforeAll(async () => {
    t = await startTestApp(target);
    t.clock.now = new Date("2026-11-23T04:00:00Z");
    leader = await t.login("yucheng-leader");
    secretary = await t.login("yucheng-secretary");
    zoneId = (await t.request(leader, "GET", "/api/v1/auth/me")).json().zoneId;
    const create = async (code: string, name: string) =>
      (
        await t.request(leader, "POST", "/api/v1/projects", {
          zoneId,
          code,
          name,
          category: "industry",
          constructionType: "new",
          totalInvestmentYuan: "500000000",
          stage: "preparation",
        })
      ).json().id as string;
    projectId = await create("YC-P-001", "可喜安集团科技大厦暨医疗器械新厂项目");
    otherId = await create("YC-P-002", "安固强石墨烯项目");
    const me = (await t.request(secretary, "GET", "/api/v1/auth/me")).json().id;
    await t.request(leader, "PUT", `/api/v1/projects/${projectId}/members`, { userId: me, role: "secretary" });
  });
  afterAll(() => t.close());

  it("keeps phases with their own amounts and dates, versioned and audited", async () => {
    const url = `/api/v1/projects/${projectId}/phases`;
    const first = await t.request(leader, "POST", url, {
      name: "一期（科技研发中心及医疗器械新厂）",
      investmentYuan: "120000000",
      plannedStartOn: "2024-08-15",
      plannedCompletionOn: "2025-11-30",
      actualStartOn: "2024-08-20",
      actualCompletionOn: "2025-12-10",
      content: "研发中心、医疗器械生产车间",
      sort: 1,
    });
    expect(first.statusCode, first.body).toBe(201);
    const second = await t.request(leader, "POST", url, {
      name: "二期（集团科技大厦）",
      investmentYuan: "380000000",
      plannedStartOn: "2026-05-15",
      plannedCompletionOn: "2028-06-30",
      sort: 2,
    });
    const phases = second.json();
    expect(phases.map((p: { name: string; investmentYuan: string }) => [p.name, p.investmentYuan])).toEqual([
      ["一期（科技研发中心及医疗器械新厂）", "120000000.00"],
      ["二期（集团科技大厦）", "380000000.00"],
    ]);

    // The phases together cannot exceed the project's 5亿; dates run forwards and not into the future.
    const over = await t.request(leader, "POST", url, { name: "三期", investmentYuan: "1" });
    expect(over.statusCode).toBe(400);
    expect(over.json().errors[0]).toMatchObject({ field: "investmentYuan" });
    expect(over.json().errors[0].message).toContain("50,000.00万元");
    const backwards = await t.request(leader, "POST", url, {
      name: "三期",
      plannedStartOn: "2029-01-01",
      plannedCompletionOn: "2028-01-01",
      actualStartOn: "2026-12-01",
    });
    expect(backwards.json().errors.map((e: { field: string }) => e.field)).toEqual([
      "plannedCompletionOn",
      "actualStartOn",
    ]);
    const twin = await t.request(leader, "POST", url, { name: "二期（集团科技大厦）" });
    expect(twin.json().errors[0].field).toBe("name");

    const two = phases[1];
    const edited = await t.request(leader, "PUT", `${url}/${two.id}`, {
      ...two,
      actualStartOn: "2026-05-20",
      version: 1,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()[1]).toMatchObject({ actualStartOn: "2026-05-20", version: 2 });
    const stale = await t.request(leader, "PUT", `${url}/${two.id}`, { ...two, content: "x", version: 1 });
    expect(stale.statusCode).toBe(409);
    expect((await t.request(leader, "DELETE", `${url}/${two.id}?version=1`)).statusCode).toBe(409);

    // Secretaries report, they do not edit the record; another zone does not see it at all.
    expect((await t.request(secretary, "POST", url, { name: "三期" })).statusCode).toBe(403);
    const queshan = await t.login("queshan-leader");
    expect((await t.request(queshan, "GET", url)).statusCode).toBe(404);
    expect((await t.request(queshan, "DELETE", `${url}/${two.id}?version=2`)).statusCode).toBe(404);

    const removed = await t.request(leader, "DELETE", `${url}/${two.id}?version=2`);
    expect(removed.json()).toHaveLength(1);
    const audit = (await t.request(leader, "GET", "/api/v1/audit?entity=projectPhase")).json();
    expect(audit.items.map((a: { action: string }) => a.action).sort()).toEqual([
      "create",
      "create",
      "delete",
      "update",
    ]);
  });

  it("takes attachments of the allowed kinds and sizes, and gives them back", async () => {
    const added = await attach(secretary, projectId, PDF, "施工许可证.pdf", "application/pdf", "施工许可证扫描件");
    expect(added.statusCode, added.body).toBe(201);
    const [item] = added.json();
    expect(item).toMatchObject({ name: "施工许可证.pdf", mime: "application/pdf", note: "施工许可证扫描件" });
    expect(item.uploadedByName).toBe("周鹏");

    const file = await t.app.inject({
      method: "GET",
      url: `/api/v1/projects/${projectId}/attachments/${item.id}`,
      headers: { cookie: leader.cookie },
    });
    expect(file.statusCode).toBe(200);
    expect(file.headers["content-type"]).toBe("application/pdf");
    expect(file.headers["content-disposition"]).toContain(encodeURIComponent("施工许可证.pdf"));
    expect(Buffer.compare(file.rawPayload, PDF)).toBe(0);

    const exe = await attach(leader, projectId, Buffer.from("MZ"), "setup.exe", "application/x-msdownload");
    expect(exe.statusCode).toBe(415);
    const big = await attach(leader, projectId, Buffer.alloc(20 * 1024 * 1024 + 1, 1), "图纸.pdf", "application/pdf");
    expect(big.statusCode).toBe(400);
    expect(big.json().detail).toBe("文件不能超过 20MB");
    // A Word file a browser labels octet-stream is known by its extension.
    const word = await attach(
      leader,
      projectId,
      Buffer.from("PK\u0003\u0004"),
      "服务方案.docx",
      "application/octet-stream",
    );
    expect(word.json().find((a: { name: string }) => a.name === "服务方案.docx")?.mime).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
  });

  it("lets only the right people attach, read and remove", async () => {
    // The secretary of one project cannot reach another project.
    expect((await attach(secretary, otherId, PDF, "a.pdf", "application/pdf")).statusCode).toBe(404);
    expect((await t.request(secretary, "GET", `/api/v1/projects/${otherId}/attachments`)).statusCode).toBe(404);
    // A zone officer who only reads projects may not attach.
    const economy = await t.login("yucheng-economy");
    expect((await attach(economy, projectId, PDF, "a.pdf", "application/pdf")).statusCode).toBe(403);
    const queshan = await t.login("queshan-leader");
    expect((await t.request(queshan, "GET", `/api/v1/projects/${projectId}/attachments`)).statusCode).toBe(404);

    const list = (await t.request(economy, "GET", `/api/v1/projects/${projectId}/attachments`)).json();
    const byLeader = list.find((a: { name: string }) => a.name === "服务方案.docx");
    const bySecretary = list.find((a: { name: string }) => a.name === "施工许可证.pdf");
    // The secretary removes what they added, not the leader's file.
    const url = (id: string) => `/api/v1/projects/${projectId}/attachments/${id}`;
    expect((await t.request(secretary, "DELETE", url(byLeader.id))).statusCode).toBe(403);
    expect((await t.request(secretary, "DELETE", url(bySecretary.id))).statusCode).toBe(200);
    expect((await t.request(queshan, "DELETE", url(byLeader.id))).statusCode).toBe(404);
    const left = await t.request(leader, "DELETE", url(byLeader.id));
    expect(left.json()).toEqual([]);
    expect((await t.request(leader, "GET", url(byLeader.id))).statusCode).toBe(404);
  });

  it("removes a milestone for writers only", async () => {
    const ms = (await t.request(leader, "GET", `/api/v1/projects/${projectId}/milestones`)).json();
    const url = `/api/v1/projects/${projectId}/milestones/${ms[0].id}`;
    expect((await t.request(secretary, "DELETE", url)).statusCode).toBe(403);
    expect((await t.request(await t.login("queshan-leader"), "DELETE", url)).statusCode).toBe(404);
    const left = await t.request(leader, "DELETE", url);
    expect(left.statusCode).toBe(200);
    expect(left.json().map((m: { id: string }) => m.id)).toEqual(ms.slice(1).map((m: { id: string }) => m.id));
    expect((await t.request(leader, "DELETE", url)).statusCode).toBe(404);
  });

  it("hands a problem out to a unit and person with a deadline", async () => {
    const units = (await t.request(leader, "GET", "/api/v1/units")).json() as { id: string; name: string }[];
    const unit = units.find((u) => u.name.includes("行政审批"));
    const raised = (
      await t.request(secretary, "POST", `/api/v1/projects/${projectId}/problems`, {
        category: "approval",
        description: "环评批复未下达",
      })
    ).json();
    const move = (session: Session, body: object) =>
      t.request(session, "POST", `/api/v1/problems/${raised.id}/moves`, { to: "inProgress", version: 1, ...body });
    const queshanUnit = (
      (await t.request(await t.login("queshan-leader"), "GET", "/api/v1/units")).json() as { id: string }[]
    )[0]?.id;
    const foreign = await move(leader, { responsibleUnitId: queshanUnit, deadline: "2026-12-15" });
    expect(foreign.json().errors[0].field).toBe("responsibleUnitId");
    const past = await move(leader, { responsibleUnitId: unit?.id, deadline: "2026-11-01" });
    expect(past.json().errors[0]).toMatchObject({ field: "deadline" });
    expect((await move(secretary, { responsibleUnitId: unit?.id, deadline: "2026-12-15" })).statusCode).toBe(403);
    const handed = await move(leader, {
      responsibleUnitId: unit?.id,
      responsiblePerson: "赵敏",
      deadline: "2026-12-15",
    });
    expect(handed.statusCode, handed.body).toBe(200);
    expect(handed.json()).toMatchObject({
      status: "inProgress",
      responsibleUnitId: unit?.id,
      responsibleUnitName: unit?.name,
      responsiblePerson: "赵敏",
      deadline: "2026-12-15",
      version: 2,
    });
  });
});
