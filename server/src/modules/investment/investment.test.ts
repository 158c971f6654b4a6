import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoCreditCode } from "../../demo/enterprises/credit-code.js";
import { databaseTargets, type Session, startTestApp, type TestApp } from "../../test/harness.js";

const FANHUA_CODE = demoCreditCode("411425", 990001);

describe.each(databaseTargets)("investment attraction on $name", (target) => {
  let t: TestApp;
  let leader: Session;
  let officer: Session;
  let supervisor: Session;
  let queshan: Session;
  let zoneId: string;
  let bureauId: string;
  let townId: string;
  let leadId: string;
  let townLeadId: string;
  let conflictId: string;
  let reviewId: string;
  let contractId: string;
  let projectId: string;

  const call = (who: Session, method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE", url: string, body?: unknown) =>
    t.request(who, method, `/api/v1/investment${url}`, body);
  const leadBody = (extra: Record<string, unknown> = {}) => ({
    zoneId,
    investorName: "泛华集团有限公司",
    investorCreditCode: FANHUA_CODE,
    investorHq: "北京市",
    investorSize: "large",
    contacts: [{ name: "王经理", title: "投资总监", phone: "010-88886666" }],
    projectName: "泛华智能装备产业园",
    industryCode: "3424",
    intendedInvestmentYuan: "1000000000",
    landMu: "300",
    expectedOutputYuan: "2000000000",
    expectedTaxYuan: "60000000",
    expectedJobs: 800,
    expectedEnergyTce: "20000",
    source: "businessReferral",
    ...extra,
  });
  const version = async (id: string) => (await call(leader, "GET", `/leads/${id}`)).json().version as number;

  beforeAll(async () => {
    t = await startTestApp(target);
    t.clock.now = new Date("2026-11-23T04:00:00Z");
    leader = await t.login("yucheng-leader");
    officer = await t.login("yucheng-investment");
    supervisor = await t.login("henan-supervisor");
    queshan = await t.login("queshan-investment");
    const me = (await t.request(officer, "GET", "/api/v1/auth/me")).json();
    zoneId = me.zoneId;
    bureauId = me.unitId;
    const units = (await t.request(leader, "GET", `/api/v1/units?zoneId=${zoneId}`)).json();
    townId = (units.items ?? units).find((u: { name: string }) => u.name === "稍岗镇").id;
  });
  afterAll(() => t.close());

  it("refuses a wrong credit code, negative or absurd amounts, and changes nothing", async () => {
    const before = (await call(officer, "GET", "/leads")).json().total;
    const badCode = await call(
      officer,
      "POST",
      "/leads",
      leadBody({ investorCreditCode: `${FANHUA_CODE.slice(0, 17)}0` }),
    );
    expect(badCode.statusCode).toBe(400);
    expect(badCode.json().errors[0]).toMatchObject({ field: "investorCreditCode" });
    expect(badCode.json().errors[0].message).toContain("统一社会信用代码");
    for (const amount of ["-5", "10000000000000", "abc"]) {
      const res = await call(officer, "POST", "/leads", leadBody({ intendedInvestmentYuan: amount }));
      expect(res.statusCode).toBe(400);
      expect(res.json().errors[0].field).toBe("intendedInvestmentYuan");
    }
    expect((await call(officer, "GET", "/leads")).json().total).toBe(before);
  });

  it("enters a lead for the officer's unit, starting as 线索 with its history", async () => {
    const res = await call(officer, "POST", "/leads", leadBody());
    expect(res.statusCode, res.body).toBe(201);
    const lead = res.json();
    leadId = lead.id;
    expect(lead).toMatchObject({
      ownerUnitId: bureauId,
      ownerUnitName: "招商局",
      stage: "clue",
      intendedInvestmentYuan: "1000000000.00",
      industryName: expect.any(String),
      claim: null,
    });
    expect(lead.moves.find((m: { to: string }) => m.to === "signed")).toMatchObject({ ok: false });
    const history = (await call(officer, "GET", `/leads/${leadId}/history`)).json();
    expect(history).toEqual([expect.objectContaining({ fromStage: null, toStage: "clue" })]);
  });

  it("warns of 撞单 when another unit enters the same investor, and keeps both claims once confirmed", async () => {
    const variant = { investorName: "泛华（中国）控股集团股份有限公司", investorCreditCode: null, ownerUnitId: townId };
    const warned = await call(leader, "POST", "/leads", leadBody(variant));
    expect(warned.statusCode).toBe(409);
    expect(warned.json()).toMatchObject({ code: "investment.leadDuplicate" });
    expect(warned.json().detail).toContain("招商局");
    expect(warned.json().duplicates[0]).toMatchObject({ matchedBy: "name", unitName: "招商局", sameUnit: false });

    const check = await call(
      officer,
      "GET",
      `/leads/duplicates?zoneId=${zoneId}&name=${encodeURIComponent("泛华集团")}`,
    );
    expect(check.json()).toMatchObject({ normalisedName: "泛华", matches: [{ sameUnit: true, leadId }] });

    const created = await call(leader, "POST", "/leads", leadBody({ ...variant, acknowledgeDuplicate: true }));
    expect(created.statusCode, created.body).toBe(201);
    townLeadId = created.json().id;
    expect(created.json().claim).toMatchObject({ status: "contested", rivals: [{ unitName: "招商局" }] });

    // The officer sees the rival unit, not the rival lead.
    const own = (await call(officer, "GET", `/leads/${leadId}`)).json();
    expect(own.claim).toMatchObject({ status: "contested", rivals: [{ unitName: "稍岗镇", status: "contested" }] });
    expect((await call(officer, "GET", `/leads/${townLeadId}`)).statusCode).toBe(404);
    const byCode = (await call(officer, "GET", `/leads/duplicates?creditCode=${FANHUA_CODE}`)).json();
    expect(byCode.matches).toEqual([expect.objectContaining({ matchedBy: "creditCode", sameUnit: true })]);
    const byName = (await call(officer, "GET", `/leads/duplicates?name=${encodeURIComponent("泛华集团")}`)).json();
    expect(byName.matches.find((m: { sameUnit: boolean }) => !m.sameUnit)).toMatchObject({
      unitName: "稍岗镇",
      leadId: null,
      investorName: null,
    });

    const conflicts = (await call(leader, "GET", `/conflicts?zoneId=${zoneId}&status=open`)).json();
    expect(conflicts.total).toBe(1);
    conflictId = conflicts.items[0].id;
    expect(conflicts.items[0].claims.map((c: { unitName: string }) => c.unitName).sort()).toEqual(["招商局", "稍岗镇"]);
    expect((await call(officer, "GET", "/conflicts")).statusCode).toBe(403);
  });

  it("holds a contested lead before review until the leaders arbitrate, audited", async () => {
    const toNegotiation = await call(officer, "POST", `/leads/${leadId}/transitions`, {
      to: "negotiation",
      version: await version(leadId),
    });
    expect(toNegotiation.statusCode, toNegotiation.body).toBe(200);
    const blocked = await call(officer, "POST", `/leads/${leadId}/transitions`, {
      to: "review",
      version: await version(leadId),
    });
    expect(blocked.statusCode).toBe(400);
    expect(blocked.json().errors[0]).toMatchObject({ field: "claim" });
    expect(blocked.json().errors[0].message).toContain("撞单");

    expect(
      (await call(officer, "POST", `/conflicts/${conflictId}/decision`, { ownerLeadId: leadId, note: "x" })).statusCode,
    ).toBe(403);
    const decided = await call(leader, "POST", `/conflicts/${conflictId}/decision`, {
      ownerLeadId: leadId,
      note: "招商局首谈在先，稍岗镇配合服务",
    });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json().status).toBe("decided");
    const again = await call(leader, "POST", `/conflicts/${conflictId}/decision`, {
      ownerLeadId: townLeadId,
      note: "x",
    });
    expect(again.statusCode).toBe(409);

    const yielded = await call(leader, "POST", `/leads/${townLeadId}/transitions`, {
      to: "contact",
      version: await version(townLeadId),
    });
    expect(yielded.json().errors[0]).toMatchObject({ field: "claim" });
    expect((await call(leader, "GET", `/leads/${townLeadId}`)).json().claim.status).toBe("yielded");
    const auditRes = await t.request(leader, "GET", `/api/v1/audit?entity=investmentConflict`);
    expect(JSON.stringify(auditRes.json())).toContain("decide");
  });

  it("detects 撞单 when an edit renames the investor into one pursued elsewhere", async () => {
    const mine = await call(
      officer,
      "POST",
      "/leads",
      leadBody({ investorName: "豫东精工有限公司", investorCreditCode: null }),
    );
    expect(mine.statusCode, mine.body).toBe(201);
    const other = await call(
      leader,
      "POST",
      "/leads",
      leadBody({ investorName: "豫东精密机械厂", investorCreditCode: null, ownerUnitId: townId }),
    );
    expect(other.statusCode, other.body).toBe(201);
    expect(other.json().claim).toBeNull();
    const renamed = await call(leader, "PATCH", `/leads/${other.json().id}`, {
      investorName: "豫东精工（中国）有限公司",
      version: other.json().version,
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json().claim).toMatchObject({ status: "contested", rivals: [{ unitName: "招商局" }] });
    // The same edit again does not open a second case.
    const again = await call(leader, "PATCH", `/leads/${other.json().id}`, {
      investorName: "豫东精工集团",
      version: renamed.json().version,
    });
    expect(again.json().claim.conflictId).toBe(renamed.json().claim.conflictId);
    for (const lead of [mine.json(), (await call(leader, "GET", `/leads/${other.json().id}`)).json()])
      await call(leader, "POST", `/leads/${lead.id}/transitions`, {
        to: "lost",
        reason: "测试数据",
        version: lead.version,
      });
  });

  it("needs a reason to hold or lose a lead, and refuses a stale version", async () => {
    const noReason = await call(leader, "POST", `/leads/${townLeadId}/transitions`, {
      to: "lost",
      version: await version(townLeadId),
    });
    expect(noReason.json().errors[0].field).toBe("reason");
    const stale = await call(officer, "PATCH", `/leads/${leadId}`, { projectName: "新名称", version: 1 });
    expect(stale.statusCode).toBe(409);
  });

  it("logs visits, trips and events linked to leads and shows them on the calendar", async () => {
    const visit = await call(officer, "POST", "/activities", {
      zoneId,
      kind: "visit",
      title: "拜访泛华集团总部",
      startsOn: "2026-10-12",
      location: "北京",
      members: ["张局长", "李科长"],
      counterparts: "泛华集团 王经理",
      leads: [{ leadId, relation: "about" }],
    });
    expect(visit.statusCode, visit.body).toBe(201);
    expect(visit.json().leads).toEqual([expect.objectContaining({ leadId, investorName: "泛华集团有限公司" })]);
    const trip = await call(officer, "POST", "/activities", {
      zoneId,
      kind: "trip",
      title: "长三角外出招商",
      startsOn: "2026-11-02",
      endsOn: "2026-11-06",
      destinations: ["上海", "苏州", "宁波"],
      members: ["张局长"],
      leads: [{ leadId, relation: "met" }],
    });
    expect(trip.statusCode, trip.body).toBe(201);
    const wrongLink = await call(officer, "POST", "/activities", {
      zoneId,
      kind: "call",
      title: "电话",
      startsOn: "2026-11-10",
      leads: [{ leadId: townLeadId, relation: "about" }],
    });
    expect(wrongLink.json().errors[0].field).toBe("leads");
    const backwards = await call(officer, "POST", "/activities", {
      zoneId,
      kind: "trip",
      title: "x",
      startsOn: "2026-11-10",
      endsOn: "2026-11-01",
    });
    expect(backwards.json().errors[0].field).toBe("endsOn");

    const calendar = (await call(officer, "GET", "/activities/calendar?from=2026-11-01&to=2026-11-30")).json();
    expect(calendar).toEqual([expect.objectContaining({ kind: "trip", startsOn: "2026-11-02", leadCount: 1 })]);
    const byLead = (await call(officer, "GET", `/activities?leadId=${leadId}`)).json();
    expect(byLead.total).toBe(2);
    expect((await call(queshan, "GET", `/activities/${visit.json().id}`)).statusCode).toBe(404);
    expect((await call(supervisor, "GET", "/activities")).statusCode).toBe(403);
    const timeline = (await call(officer, "GET", `/leads/${leadId}/timeline`)).json();
    expect(timeline.map((e: { kind: string }) => e.kind)).toEqual(
      expect.arrayContaining(["activity", "stage", "claim"]),
    );
  });

  it("reviews a lead: 四不要 checklist, thresholds compared, votes by the leaders, and no signing before", async () => {
    const open = await call(officer, "POST", "/reviews", { leadId, meetingOn: "2026-11-16" });
    expect(open.statusCode, open.body).toBe(201);
    reviewId = open.json().id;
    expect((await call(officer, "GET", `/leads/${leadId}`)).json().stage).toBe("review");

    const early = await call(officer, "POST", "/contracts", {
      leadId,
      kind: "formal",
      title: "泛华智能装备产业园投资合同",
      signedOn: "2026-11-20",
      amountYuan: "1000000000",
    });
    expect(early.statusCode).toBe(400);
    expect(early.json().errors[0]).toMatchObject({ field: "review" });
    expect(early.json().errors[0].message).toContain("落地审查");

    expect((await call(officer, "PUT", `/thresholds/${zoneId}`, { minIntensityWanPerMu: "300" })).statusCode).toBe(403);
    const limits = await call(leader, "PUT", `/thresholds/${zoneId}`, {
      minIntensityWanPerMu: "400",
      minTaxWanPerMu: "15",
      maxEnergyTcePerWan: "0.1",
    });
    expect(limits.statusCode, limits.body).toBe(200);

    let review = (await call(officer, "GET", `/reviews/${reviewId}`)).json();
    expect(review.metrics).toEqual([
      expect.objectContaining({ metric: "investmentIntensity", value: "333.33", pass: false }),
      expect.objectContaining({ metric: "taxPerMu", value: "20.00", pass: true }),
      expect.objectContaining({ metric: "energyPerOutput", value: "0.1000", pass: true }),
    ]);
    const checklist = await call(officer, "PUT", `/reviews/${reviewId}/checklist`, {
      items: ["notGreen", "overCapacity", "safetyHazard", "lowContribution"].map((item) => ({
        item,
        finding: "clear",
        evidence: "经发局、环保分局出具意见",
      })),
      version: review.version,
    });
    expect(checklist.statusCode, checklist.body).toBe(200);
    review = checklist.json();

    expect(
      (await call(officer, "POST", `/reviews/${reviewId}/votes`, { memberName: "张局长", vote: "approve" })).statusCode,
    ).toBe(403);
    for (const [memberName, vote] of [
      ["马主任", "approve"],
      ["刘副主任", "conditional"],
      ["陈局长", "reject"],
    ])
      expect((await call(leader, "POST", `/reviews/${reviewId}/votes`, { memberName, vote })).statusCode).toBe(200);
    review = (await call(leader, "GET", `/reviews/${reviewId}`)).json();
    expect(review.allowedDecisions).toEqual([
      { decision: "passed", ok: false, refusal: "thresholdFailed" },
      { decision: "conditional", ok: true },
      { decision: "rejected", ok: true },
    ]);
    const passed = await call(leader, "POST", `/reviews/${reviewId}/decision`, {
      decision: "passed",
      decidedOn: "2026-11-16",
      version: review.version,
    });
    expect(passed.json().errors[0].message).toContain("准入指标");
    const noConditions = await call(leader, "POST", `/reviews/${reviewId}/decision`, {
      decision: "conditional",
      decidedOn: "2026-11-16",
      version: review.version,
    });
    expect(noConditions.json().errors[0].field).toBe("conditions");
    const conditional = await call(leader, "POST", `/reviews/${reviewId}/decision`, {
      decision: "conditional",
      conditions: "二期追加投资使投资强度不低于400万元/亩",
      decidedOn: "2026-11-16",
      version: review.version,
    });
    expect(conditional.statusCode, conditional.body).toBe(200);
    expect(conditional.json()).toMatchObject({
      status: "decided",
      decision: "conditional",
      decidedByName: expect.any(String),
    });
    expect(
      (await call(leader, "POST", `/reviews/${reviewId}/votes`, { memberName: "x", vote: "approve" })).statusCode,
    ).toBe(409);
  });

  it("signs a formal contract with its promises, refusing an over-scheduled one", async () => {
    const body = {
      leadId,
      kind: "formal",
      code: "YC-ZS-2026-018",
      title: "泛华智能装备产业园投资合同",
      signedOn: "2026-01-20",
      amountYuan: "1000000000",
      schedule: [
        { dueOn: "2026-06-30", amountYuan: "300000000" },
        { dueOn: "2027-06-30", amountYuan: "700000000" },
      ],
      promisedStartOn: "2026-05-01",
      promisedProductionOn: "2027-12-31",
      promisedOutputYuan: "2000000000",
      promisedTaxYuan: "60000000",
      promisedJobs: 800,
      landMu: "300",
      incentives: [{ kind: "land", description: "土地出让金按挂牌价", amountYuan: null }],
      clawback: "未按期开工的，收回土地并退还奖补资金",
    };
    const over = await call(officer, "POST", "/contracts", {
      ...body,
      schedule: [{ dueOn: "2026-06-30", amountYuan: "1000000001" }],
    });
    expect(over.json().errors[0].field).toBe("schedule");
    const res = await call(officer, "POST", "/contracts", body);
    expect(res.statusCode, res.body).toBe(201);
    contractId = res.json().id;
    expect(res.json()).toMatchObject({ leadStage: "signed", unitName: "招商局", amountYuan: "1000000000.00" });
    const lead = (await call(officer, "GET", `/leads/${leadId}`)).json();
    expect(lead).toMatchObject({ stage: "signed", signedOn: "2026-01-20", signedAmountYuan: "1000000000.00" });
    expect((await call(queshan, "GET", `/contracts/${contractId}`)).statusCode).toBe(404);
  });

  it("registers the enterprise through the registry and converts to a project with the contract's figures", async () => {
    const skip = await call(leader, "POST", `/leads/${leadId}/convert`, {
      code: "YC-ZS-01",
      version: await version(leadId),
    });
    expect(skip.json().errors[0].field).toBe("enterprise");
    // The officer may not write the enterprise registry: the registry's own rule answers.
    const officerTry = await call(officer, "POST", `/leads/${leadId}/register`, {
      enterprise: { registeredOn: "2026-03-01" },
      version: await version(leadId),
    });
    expect(officerTry.statusCode).toBe(403);
    const reg = await call(leader, "POST", `/leads/${leadId}/register`, {
      enterprise: { registeredOn: "2026-03-01", address: "虞城高新区工业大道" },
      version: await version(leadId),
    });
    expect(reg.statusCode, reg.body).toBe(200);
    const enterpriseId = reg.json().enterpriseId;
    expect(reg.json().lead).toMatchObject({ stage: "registered", enterpriseName: "泛华集团有限公司" });
    const enterprise = (await t.request(leader, "GET", `/api/v1/enterprises/${enterpriseId}`)).json();
    expect(enterprise).toMatchObject({ creditCode: FANHUA_CODE, industryCode: "3424" });

    const conv = await call(leader, "POST", `/leads/${leadId}/convert`, {
      code: "YC-ZS-2026-018",
      plannedCompletionOn: "2027-12-31",
      version: await version(leadId),
    });
    expect(conv.statusCode, conv.body).toBe(200);
    projectId = conv.json().projectId;
    expect(conv.json().lead).toMatchObject({ stage: "converted", linkedProjectName: "泛华智能装备产业园" });
    const project = (await t.request(leader, "GET", `/api/v1/projects/${projectId}`)).json();
    expect(project).toMatchObject({
      name: "泛华智能装备产业园",
      totalInvestmentYuan: "1000000000.00",
      landMu: "300.00",
      plannedStartOn: "2026-05-01",
      expectedJobs: 800,
      enterpriseId,
      leadUnitId: bureauId,
      stage: "signed",
    });
    const list = (await t.request(leader, "GET", "/api/v1/projects?q=泛华")).json();
    expect(list.items.map((p: { id: string }) => p.id)).toContain(projectId);
    const again = await call(leader, "POST", `/leads/${leadId}/convert`, {
      code: "YC-X",
      version: await version(leadId),
    });
    expect(again.statusCode).toBe(400);
  });

  it("measures fulfilment from the project's investment and lifecycle, and lists it as behind", async () => {
    let f = (await call(officer, "GET", `/contracts/${contractId}/fulfilment`)).json();
    expect(f).toMatchObject({
      promised: { toDateYuan: "300000000.00", startOn: "2026-05-01" },
      actual: { investmentYuan: "0.00", startedOn: null },
      fulfilling: false,
      behind: ["investmentBehind", "startOverdue"],
    });
    for (const [month, amountYuan] of [
      ["2026-09", "80000000"],
      ["2026-10", "70000000"],
    ]) {
      const r = await t.request(leader, "PUT", `/api/v1/projects/${projectId}/investments`, { month, amountYuan });
      expect(r.statusCode, r.body).toBeLessThan(300);
    }
    let v = (await t.request(leader, "GET", `/api/v1/projects/${projectId}`)).json().version;
    for (const [to, extra] of [
      ["preparation", {}],
      ["started", { date: "2026-09-01", permitNo: "411425202609010101" }],
    ] as const) {
      const r = await t.request(leader, "POST", `/api/v1/projects/${projectId}/transitions`, {
        to,
        ...extra,
        version: v,
      });
      expect(r.statusCode, r.body).toBe(200);
      v = r.json().version;
    }
    f = (await call(officer, "GET", `/contracts/${contractId}/fulfilment`)).json();
    expect(f.actual).toMatchObject({ investmentYuan: "150000000.00", startedOn: "2026-09-01" });
    expect(f.actual.byMonth.map((m: { cumulativeYuan: string }) => m.cumulativeYuan)).toEqual([
      "80000000.00",
      "150000000.00",
    ]);
    expect(f).toMatchObject({ fundsInPlacePct: 15, started: true, behind: ["investmentBehind"] });

    const rates = (await call(officer, "GET", `/fulfilment?zoneId=${zoneId}&year=2026`)).json();
    expect(rates.zone).toMatchObject({
      contracts: 1,
      started: 1,
      fulfilling: 0,
      contractedYuan: "1000000000.00",
      inPlaceYuan: "150000000.00",
      fundsInPlaceRate: 15,
      startRate: 100,
      fulfilmentRate: 0,
    });
    expect(rates.units).toEqual([expect.objectContaining({ unitName: "招商局", contracts: 1 })]);

    const behind = (await call(officer, "GET", `/fulfilment/behind?zoneId=${zoneId}`)).json();
    expect(behind).toEqual([
      expect.objectContaining({
        investorName: "泛华集团有限公司",
        gapYuan: "150000000.00",
        reasons: ["investmentBehind"],
      }),
    ]);
    const forSupervisor = await call(supervisor, "GET", `/fulfilment/behind?zoneId=${zoneId}`);
    expect(forSupervisor.statusCode).toBe(200);
    expect(forSupervisor.json()[0]).toMatchObject({ investorName: null, projectName: null, gapYuan: "150000000.00" });
    expect(forSupervisor.body).not.toContain("泛华");

    const saved = await call(officer, "PUT", `/contracts/${contractId}/actuals`, { year: 2026, jobs: 120 });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().actual).toMatchObject({ year: 2026, jobs: 120 });
  });

  it("sets targets per unit and ranks progress against 序时进度", async () => {
    const body = {
      zoneId,
      unitId: bureauId,
      year: 2026,
      signedProjects: 4,
      signedAmountYuan: "2000000000",
      largeProjects: 2,
      fundsInPlaceYuan: "600000000",
      startedProjects: 2,
    };
    expect((await call(officer, "PUT", "/targets", body)).statusCode).toBe(403);
    const saved = await call(leader, "PUT", "/targets", body);
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await call(leader, "PUT", "/targets", { ...body, version: 7 })).statusCode).toBe(409);
    await call(leader, "PUT", "/targets", { ...body, unitId: townId, signedProjects: 2 });

    const progress = (await call(officer, "GET", `/targets/progress?zoneId=${zoneId}&year=2026&month=10`)).json();
    expect(progress.schedulePct).toBeCloseTo(83.33, 2);
    const bureau = progress.units.find((u: { unitId: string }) => u.unitId === bureauId);
    expect(bureau.rank).toBe(1);
    expect(bureau.metrics).toEqual([
      expect.objectContaining({ metric: "signedProjects", target: "4", actual: "1", completionPct: 25 }),
      expect.objectContaining({ metric: "signedAmountYuan", actual: "1000000000.00", completionPct: 50 }),
      expect.objectContaining({ metric: "largeProjects", actual: "1", completionPct: 50 }),
      expect.objectContaining({ metric: "fundsInPlaceYuan", actual: "150000000.00", completionPct: 25 }),
      expect.objectContaining({ metric: "startedProjects", actual: "1", completionPct: 50 }),
    ]);
    expect(bureau.metrics[0].pointsAgainstSchedule).toBeCloseTo(25 - 83.333, 2);
    expect(progress.units.find((u: { unitId: string }) => u.unitId === townId)).toMatchObject({ rank: 2, score: 0 });
    expect(progress.monthly[0]).toMatchObject({ month: 1, signedProjects: 1 });
    expect(progress.monthly[9]).toMatchObject({ month: 10, fundsInPlaceYuan: "70000000.00" });
    const bySupervisor = await call(supervisor, "GET", `/targets/progress?zoneId=${zoneId}&year=2026`);
    expect(bySupervisor.statusCode).toBe(200);
    expect((await call(queshan, "GET", `/targets?zoneId=${zoneId}&year=2026`)).statusCode).toBe(404);
  });

  it("gives supervisors and other roles aggregates only, and the wrong users nothing", async () => {
    const summary = await call(supervisor, "GET", "/leads/summary");
    expect(summary.statusCode).toBe(200);
    expect(summary.body).not.toContain("泛华");
    const zone = summary.json().byZone.find((z: { zoneId: string }) => z.zoneId === zoneId);
    // 泛华 (signed), its town rival, and the two 豫东 leads set aside as lost.
    expect(zone).toMatchObject({ count: 4, signedCount: 1 });
    for (const url of [
      "/leads",
      `/leads/${leadId}`,
      "/reviews",
      `/reviews/${reviewId}`,
      "/contracts",
      `/contracts/${contractId}`,
    ])
      expect((await call(supervisor, "GET", url)).statusCode, url).toBe(403);
    expect((await call(supervisor, "POST", "/leads", leadBody())).statusCode).toBe(403);
    const admin = await t.login("yucheng-admin");
    expect((await call(admin, "GET", "/leads")).statusCode).toBe(403);
    expect((await call(admin, "GET", "/leads/summary")).statusCode).toBe(200);
    const economy = await t.login("yucheng-economy");
    for (const url of ["/leads", "/leads/summary", "/activities", "/fulfilment", `/targets?year=2026`])
      expect((await call(economy, "GET", url)).statusCode, url).toBe(403);
    for (const url of [`/leads/${leadId}`, `/reviews/${reviewId}`, `/contracts/${contractId}/fulfilment`])
      expect((await call(queshan, "GET", url)).statusCode, url).toBe(404);
    expect((await call(queshan, "PATCH", `/leads/${leadId}`, { projectName: "x", version: 1 })).statusCode).toBe(404);
    expect((await call(queshan, "GET", "/leads")).json().total).toBe(0);
    const funnel = (await call(officer, "GET", `/leads/funnel?zoneId=${zoneId}&year=2026`)).json();
    expect((await call(officer, "GET", `/leads/summary?zoneId=${zoneId}&year=2025`)).json().total).toBe(0);
    expect(funnel.stages[0]).toMatchObject({ stage: "clue", reached: 4 });
    expect(funnel.stages.find((s: { stage: string }) => s.stage === "converted")).toMatchObject({ reached: 1 });
    expect(funnel.bySource).toEqual([expect.objectContaining({ source: "businessReferral", leads: 4, signed: 1 })]);
  });

  it("publishes every route in the OpenAPI document", async () => {
    const doc = (await t.request(leader, "GET", "/api/openapi.json")).json();
    const paths = Object.keys(doc.paths).filter((p) => p.startsWith("/api/v1/investment/"));
    expect(paths.length).toBeGreaterThanOrEqual(25);
    expect(doc.paths["/api/v1/investment/leads"].post.requestBody).toBeDefined();
  });
});
