import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets, type Session, startTestApp, type TestApp } from "../../test/harness.js";

async function multipart(fields: Record<string, string>, photos: Buffer[]) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  for (const [i, p] of photos.entries()) form.append("photos", new Blob([p], { type: "image/jpeg" }), `IMG_${i}.jpg`);
  const res = new Response(form);
  return { body: Buffer.from(await res.arrayBuffer()), type: res.headers.get("content-type") ?? "" };
}

describe.each(databaseTargets)("weekly reports and the problem list on $name", (target) => {
  let t: TestApp;
  let leader: Session;
  let secretary: Session;
  let projectId: string;
  let unitId: string;

  beforeAll(async () => {
    t = await startTestApp(target);
    leader = await t.login("yucheng-leader");
    secretary = await t.login("yucheng-secretary");
    const me = (await t.request(leader, "GET", "/api/v1/auth/me")).json();
    const project = await t.request(leader, "POST", "/api/v1/projects", {
      zoneId: me.zoneId,
      code: "YC-2026-101",
      name: "中国五金工量具产业生态城二期",
      category: "industry",
      constructionType: "continued",
      totalInvestmentYuan: "800000000",
      stage: "preparation",
    });
    projectId = project.json().id;
    await t.request(leader, "POST", `/api/v1/projects/${projectId}/transitions`, {
      to: "started",
      date: "2026-06-01",
      permitNo: "411425202606010101",
      version: 1,
    });
    const secretaryId = (await t.request(secretary, "GET", "/api/v1/auth/me")).json().id;
    await t.request(leader, "PUT", `/api/v1/projects/${projectId}/members`, { userId: secretaryId, role: "secretary" });
    const units = (await t.request(leader, "GET", "/api/v1/units")).json() as { id: string; name: string }[];
    unitId = units.find((u) => u.name.includes("行政审批"))?.id ?? "";
  });
  afterAll(() => t.close());

  it("files a weekly report with a phone photo, resized on the server", async () => {
    const photo = await sharp({ create: { width: 4000, height: 3000, channels: 3, background: "#8a9" } })
      .jpeg()
      .toBuffer();
    const form = await multipart(
      {
        weekOf: "2026-11-18",
        progress: "主体结构施工至三层",
        imageProgressPct: "35",
        problemsFound: "施工用电容量不足",
      },
      [photo],
    );
    const res = await t.app.inject({
      method: "POST",
      url: `/api/v1/projects/${projectId}/reports`,
      payload: form.body,
      headers: { cookie: secretary.cookie, "x-csrf-token": secretary.csrf, "content-type": form.type },
    });
    expect(res.statusCode, res.body).toBe(201);
    const [report] = res.json();
    expect(report).toMatchObject({ weekOf: "2026-11-16", imageProgressPct: 35 });
    const served = await t.app.inject({
      method: "GET",
      url: `/api/v1/projects/${projectId}/photos/${report.photoIds[0]}`,
      headers: { cookie: secretary.cookie },
    });
    expect(served.headers["content-type"]).toBe("image/jpeg");
    const meta = await sharp(served.rawPayload).metadata();
    expect(Math.max(meta.width ?? 0, meta.height ?? 0)).toBe(1600);

    const bad = await multipart({ weekOf: "2026-11-18", progress: "", imageProgressPct: "130" }, []);
    const refused = await t.app.inject({
      method: "POST",
      url: `/api/v1/projects/${projectId}/reports`,
      payload: bad.body,
      headers: { cookie: secretary.cookie, "x-csrf-token": secretary.csrf, "content-type": bad.type },
    });
    expect(refused.statusCode).toBe(400);
    expect(
      refused
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(["imageProgressPct", "progress"]);
    const queshan = await t.login("queshan-leader");
    const foreign = await t.app.inject({
      method: "GET",
      url: `/api/v1/projects/${projectId}/photos/${report.photoIds[0]}`,
      headers: { cookie: queshan.cookie },
    });
    expect(foreign.statusCode).toBe(404);
  });

  it("raises a problem, escalates it, and puts the late unit on the 约谈 list", async () => {
    const raised = await t.request(secretary, "POST", `/api/v1/projects/${projectId}/problems`, {
      category: "utilities",
      description: "施工用电容量不足，需增容",
      responsibleUnitId: unitId,
      deadline: "2026-11-01",
    });
    expect(raised.statusCode, raised.body).toBe(201);
    const problem = raised.json();
    expect(
      (await t.request(secretary, "POST", `/api/v1/problems/${problem.id}/moves`, { to: "inProgress", version: 1 }))
        .statusCode,
    ).toBe(403);
    const handed = await t.request(leader, "POST", `/api/v1/problems/${problem.id}/moves`, {
      to: "inProgress",
      version: 1,
    });
    expect(handed.json().status).toBe("inProgress");
    const skip = await t.request(leader, "POST", `/api/v1/problems/${problem.id}/moves`, {
      to: "confirmed",
      version: 2,
    });
    expect(skip.statusCode).toBe(400);
    const escalated = await t.request(leader, "POST", `/api/v1/problems/${problem.id}/escalation`, { version: 2 });
    expect(escalated.json().escalated).toBe(true);
    const overdue = (await t.request(leader, "GET", "/api/v1/problems?overdue=true")).json();
    expect(overdue.items.map((p: { id: string }) => p.id)).toContain(problem.id);
    const zoneId = (await t.request(leader, "GET", "/api/v1/auth/me")).json().zoneId;
    const summons = (await t.request(leader, "GET", `/api/v1/problems/summons?zoneId=${zoneId}`)).json();
    expect(summons[0]).toMatchObject({ unitId, overdue: 1 });

    const approval = await t.login("yucheng-approval");
    const done = await t.request(approval, "POST", `/api/v1/problems/${problem.id}/moves`, {
      to: "resolved",
      resolution: "供电公司已完成临时增容",
      version: 3,
    });
    expect(done.statusCode, done.body).toBe(200);
    const confirmed = await t.request(leader, "POST", `/api/v1/problems/${problem.id}/moves`, {
      to: "confirmed",
      version: 4,
    });
    expect(confirmed.json().status).toBe("confirmed");
  });

  it("builds a 会办 agenda from escalated problems and the minutes move them", async () => {
    const zoneId = (await t.request(leader, "GET", "/api/v1/auth/me")).json().zoneId;
    const raised = await t.request(leader, "POST", `/api/v1/projects/${projectId}/problems`, {
      category: "land",
      description: "二期用地指标未落实",
      deadline: "2026-12-31",
    });
    await t.request(leader, "POST", `/api/v1/problems/${raised.json().id}/escalation`, { version: 1 });
    const meeting = await t.request(leader, "POST", "/api/v1/meetings", {
      zoneId,
      title: "2026年第6次项目会办",
      heldOn: "2026-11-25",
    });
    expect(meeting.statusCode, meeting.body).toBe(201);
    expect(meeting.json().agenda.map((a: { problemId: string }) => a.problemId)).toEqual([raised.json().id]);
    const minutes = await t.request(leader, "PUT", `/api/v1/meetings/${meeting.json().id}/minutes`, {
      minutes: "会议研究了二期用地问题。",
      decisions: [
        {
          problemId: raised.json().id,
          decision: "自然资源局牵头，年底前落实指标",
          deadline: "2026-12-20",
          responsibleUnitId: unitId,
        },
      ],
      version: 1,
    });
    expect(minutes.statusCode, minutes.body).toBe(200);
    expect(minutes.json()).toMatchObject({
      status: "held",
      agenda: [{ decision: "自然资源局牵头，年底前落实指标", status: "inProgress" }],
    });
    const supervisor = await t.login("henan-supervisor");
    expect(
      (await t.request(supervisor, "POST", "/api/v1/meetings", { zoneId, title: "x", heldOn: "2026-11-25" }))
        .statusCode,
    ).toBe(403);
  });

  it("groups a 集中开工 batch and counts the rolling library", async () => {
    const zoneId = (await t.request(leader, "GET", "/api/v1/auth/me")).json().zoneId;
    const batch = await t.request(leader, "POST", "/api/v1/batches", {
      zoneId,
      name: "2026年第四季度集中开工",
      heldOn: "2026-10-18",
      projectIds: [projectId],
    });
    expect(batch.statusCode, batch.body).toBe(201);
    expect(batch.json()).toMatchObject({ projectCount: 1, totalInvestmentYuan: "800000000.00" });
    const library = (
      await t.request(leader, "GET", `/api/v1/projects-library?zoneId=${zoneId}&fromYear=2026&years=3`)
    ).json();
    expect(library).toContainEqual({
      year: 2026,
      group: "construction",
      count: 1,
      totalInvestmentYuan: "800000000.00",
    });
  });

  it("judges silence once a project is under way", async () => {
    const project = (await t.request(leader, "GET", `/api/v1/projects/${projectId}`)).json();
    expect(project.health.flags.find((f: { rule: string }) => f.rule === "silent")).toBeUndefined();
  });
});
