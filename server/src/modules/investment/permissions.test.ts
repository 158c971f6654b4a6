import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets, type Session, startTestApp, type TestApp } from "../../test/harness.js";

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** Every investment endpoint against the wrong users: no permission 403, another zone 404, supervisors no names. */
describe.each(databaseTargets)("investment permissions on $name", (target) => {
  let t: TestApp;
  let leader: Session;
  let officer: Session;
  const ids: Record<string, string> = {};

  const call = (who: Session, method: Method, url: string, body?: unknown) =>
    t.request(who, method, `/api/v1/investment${url}`, body);

  beforeAll(async () => {
    t = await startTestApp(target);
    t.clock.now = new Date("2026-11-23T04:00:00Z");
    leader = await t.login("yucheng-leader");
    officer = await t.login("yucheng-investment");
    const me = (await t.request(officer, "GET", "/api/v1/auth/me")).json();
    ids.zone = me.zoneId;
    ids.unit = me.unitId;
    const units = (await t.request(leader, "GET", `/api/v1/units?zoneId=${ids.zone}`)).json();
    const townId = (units.items ?? units).find((u: { name: string }) => u.name === "城郊乡").id;
    const lead = await call(officer, "POST", "/leads", {
      zoneId: ids.zone,
      investorName: "常州精测量具有限公司",
      projectName: "数显卡尺项目",
      intendedInvestmentYuan: "200000000",
      landMu: "60",
      source: "exhibition",
    });
    ids.lead = lead.json().id;
    const twin = await call(leader, "POST", "/leads", {
      zoneId: ids.zone,
      ownerUnitId: townId,
      investorName: "常州精测量具股份有限公司",
      projectName: "量具配套",
      intendedInvestmentYuan: "50000000",
      source: "other",
      acknowledgeDuplicate: true,
    });
    ids.twin = twin.json().id;
    ids.conflict = twin.json().claim.conflictId;
    await call(leader, "POST", `/conflicts/${ids.conflict}/decision`, { ownerLeadId: ids.lead, note: "招商局在先" });
    ids.activity = (
      await call(officer, "POST", "/activities", {
        zoneId: ids.zone,
        kind: "visit",
        title: "拜访常州精测",
        startsOn: "2026-11-02",
        leads: [{ leadId: ids.lead, relation: "about" }],
      })
    ).json().id;
    await call(officer, "POST", `/leads/${ids.lead}/transitions`, { to: "negotiation", version: 1 });
    ids.review = (await call(officer, "POST", "/reviews", { leadId: ids.lead })).json().id;
    const review = (await call(officer, "GET", `/reviews/${ids.review}`)).json();
    await call(officer, "PUT", `/reviews/${ids.review}/checklist`, {
      items: ["notGreen", "overCapacity", "safetyHazard", "lowContribution"].map((item) => ({
        item,
        finding: "clear",
      })),
      version: review.version,
    });
    await call(leader, "POST", `/reviews/${ids.review}/votes`, { memberName: "主任", vote: "approve" });
    const decided = await call(leader, "POST", `/reviews/${ids.review}/decision`, {
      decision: "passed",
      decidedOn: "2026-11-10",
      version: review.version + 1,
    });
    expect(decided.statusCode, decided.body).toBe(200);
    const contract = await call(officer, "POST", "/contracts", {
      leadId: ids.lead,
      kind: "formal",
      title: "数显卡尺项目投资合同",
      signedOn: "2026-11-12",
      amountYuan: "200000000",
      promisedStartOn: "2026-11-20",
    });
    expect(contract.statusCode, contract.body).toBe(201);
    ids.contract = contract.json().id;
  });
  afterAll(() => t.close());

  const detail = (): [Method, string, unknown?][] => [
    ["GET", "/leads"],
    ["GET", `/leads/${ids.lead}`],
    ["GET", `/leads/${ids.lead}/history`],
    ["GET", `/leads/${ids.lead}/timeline`],
    ["GET", `/leads/duplicates?name=x`],
    ["GET", "/activities"],
    ["GET", `/activities/${ids.activity}`],
    ["GET", "/activities/calendar?from=2026-11-01&to=2026-11-30"],
    ["GET", "/reviews"],
    ["GET", `/reviews/${ids.review}`],
    ["GET", "/contracts"],
    ["GET", `/contracts/${ids.contract}`],
    ["GET", `/contracts/${ids.contract}/fulfilment`],
  ];
  const writes = (): [Method, string, unknown][] => [
    ["PATCH", `/leads/${ids.lead}`, { projectName: "x", version: 1 }],
    ["POST", `/leads/${ids.lead}/transitions`, { to: "lost", reason: "x", version: 1 }],
    ["POST", `/leads/${ids.lead}/register`, { enterpriseId: ids.lead, version: 1 }],
    ["POST", `/leads/${ids.lead}/convert`, { code: "X-1", version: 1 }],
    ["PATCH", `/activities/${ids.activity}`, { title: "x", version: 1 }],
    ["DELETE", `/activities/${ids.activity}`, undefined],
    ["PUT", `/reviews/${ids.review}/checklist`, { items: [{ item: "notGreen", finding: "clear" }], version: 1 }],
    ["PATCH", `/contracts/${ids.contract}`, { title: "x", version: 1 }],
    ["PUT", `/contracts/${ids.contract}/actuals`, { year: 2026, jobs: 1 }],
  ];

  it("refuses every endpoint to a role without investment permissions (403)", async () => {
    const economy = await t.login("yucheng-economy");
    const all: [Method, string, unknown?][] = [
      ...detail(),
      ...writes(),
      ["GET", "/leads/summary"],
      ["GET", "/leads/funnel"],
      ["GET", `/targets?year=2026`],
      ["GET", `/targets/progress?year=2026`],
      ["GET", `/thresholds/${ids.zone}`],
      ["GET", "/fulfilment"],
      ["GET", "/fulfilment/behind"],
      ["GET", "/conflicts"],
      [
        "POST",
        "/leads",
        { zoneId: ids.zone, investorName: "x", projectName: "x", intendedInvestmentYuan: "1", source: "other" },
      ],
      ["POST", "/activities", { zoneId: ids.zone, kind: "call", title: "x", startsOn: "2026-11-01" }],
      ["POST", "/reviews", { leadId: ids.lead }],
      ["POST", "/contracts", { leadId: ids.lead, kind: "formal", title: "x", signedOn: "2026-11-01", amountYuan: "1" }],
      [
        "PUT",
        "/targets",
        {
          zoneId: ids.zone,
          unitId: ids.unit,
          year: 2026,
          signedProjects: 1,
          signedAmountYuan: "1",
          largeProjects: 0,
          fundsInPlaceYuan: "0",
          startedProjects: 0,
        },
      ],
      ["PUT", `/thresholds/${ids.zone}`, { minIntensityWanPerMu: "1" }],
      ["POST", `/reviews/${ids.review}/votes`, { memberName: "x", vote: "approve" }],
      ["POST", `/reviews/${ids.review}/decision`, { decision: "rejected", decidedOn: "2026-11-01", version: 1 }],
      ["POST", `/conflicts/${ids.conflict}/decision`, { ownerLeadId: ids.lead, note: "x" }],
    ];
    for (const [method, url, body] of all)
      expect((await call(economy, method, url, body)).statusCode, `${method} ${url}`).toBe(403);
  });

  it("answers 404 for another zone's records, and never lists them", async () => {
    const queshan = await t.login("queshan-investment");
    for (const [method, url, body] of [
      ...detail().filter(([, u]) => u.includes(ids.lead as string) || /\/[0-9a-f-]{36}/.test(u)),
      ...writes(),
    ])
      expect((await call(queshan, method, url, body)).statusCode, `${method} ${url}`).toBe(404);
    for (const url of ["/leads", "/activities", "/reviews", "/contracts"])
      expect((await call(queshan, "GET", url)).json().total, url).toBe(0);
    expect((await call(queshan, "GET", `/leads/duplicates?zoneId=${ids.zone}&name=常州精测`)).json().matches).toEqual(
      [],
    );
    expect((await call(queshan, "GET", `/thresholds/${ids.zone}`)).statusCode).toBe(404);
    expect((await call(queshan, "GET", `/targets/progress?zoneId=${ids.zone}&year=2026`)).statusCode).toBe(404);
    const queshanLeader = await t.login("queshan-leader");
    expect((await call(queshanLeader, "GET", `/conflicts/${ids.conflict}`)).statusCode).toBe(404);
    expect(
      (await call(queshanLeader, "POST", `/conflicts/${ids.conflict}/decision`, { ownerLeadId: ids.lead, note: "x" }))
        .statusCode,
    ).toBe(404);
  });

  it("answers 404 for another unit's lead in the same zone", async () => {
    expect((await call(officer, "GET", `/leads/${ids.twin}`)).statusCode).toBe(404);
    expect((await call(officer, "PATCH", `/leads/${ids.twin}`, { projectName: "x", version: 1 })).statusCode).toBe(404);
    const list = (await call(officer, "GET", "/leads")).json();
    expect(list.items.map((l: { id: string }) => l.id)).toEqual([ids.lead]);
  });

  it("gives supervisors aggregates without names and refuses them every detail and write", async () => {
    const supervisor = await t.login("shangqiu-supervisor");
    for (const [method, url, body] of [...detail(), ...writes()])
      expect((await call(supervisor, method, url, body)).statusCode, `${method} ${url}`).toBe(403);
    for (const url of [
      "/leads/summary",
      "/leads/funnel",
      `/targets?zoneId=${ids.zone}&year=2026`,
      `/targets/progress?zoneId=${ids.zone}&year=2026`,
      `/thresholds/${ids.zone}`,
      "/fulfilment",
      "/fulfilment/behind",
    ]) {
      const res = await call(supervisor, "GET", url);
      expect(res.statusCode, url).toBe(200);
      expect(res.body, url).not.toContain("精测");
    }
    expect((await call(supervisor, "GET", "/fulfilment/behind")).json()[0]).toMatchObject({
      investorName: null,
      reasons: ["startOverdue"],
    });
    expect((await call(supervisor, "GET", "/conflicts")).statusCode).toBe(403);
  });

  it("keeps arbitration, votes, decisions, targets and thresholds to the leaders", async () => {
    for (const [method, url, body] of [
      ["GET", "/conflicts", undefined],
      ["PUT", `/thresholds/${ids.zone}`, { minIntensityWanPerMu: "1" }],
      ["POST", `/reviews/${ids.review}/votes`, { memberName: "x", vote: "approve" }],
      [
        "PUT",
        "/targets",
        {
          zoneId: ids.zone,
          unitId: ids.unit,
          year: 2026,
          signedProjects: 1,
          signedAmountYuan: "1",
          largeProjects: 0,
          fundsInPlaceYuan: "0",
          startedProjects: 0,
        },
      ],
    ] as [Method, string, unknown][]) {
      const res = await call(officer, method, url, body);
      expect(res.statusCode, `${method} ${url}`).toBe(403);
    }
    const res = await call(officer, "PUT", `/thresholds/${ids.zone}`, { minIntensityWanPerMu: "1" });
    expect(res.json().detail).toContain("园区领导");
  });
});
