/**
 * Loads the demo key projects: the projects the field reports name and a synthetic population per zone (虞城's
 * "十百千" sample, 确山's 集中开工 batches, 襄阳's 新开工/续建/技改/扩能 mix), each with its lifecycle history,
 * phases, yearly plans, monthly investment, milestones, 包保 and secretaries, weekly reports, problems and 会办
 * meetings. Everything but row ids is derived from seeded PRNGs and dated against DEMO_TODAY.
 */
import { inArray } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { enterprises } from "../modules/enterprises/tables.js";
import { batches, batchProjects, meetingDecisions, meetings } from "../modules/projects/supervision-tables.js";
import {
  annualPlans,
  members,
  milestones,
  monthlyInvestments,
  problems,
  projectPhases,
  projects,
  transitions,
  weeklyReports,
} from "../modules/projects/tables.js";
import { insertBatched } from "./enterprises/insert-batched.js";
import { Rand } from "./enterprises/seeded-random.js";
import type { DemoIds } from "./platform.js";
import { DEMO_ZONES } from "./platform-data.js";
import { type BuiltProject, batchMembers, buildProjectDemo } from "./projects/build.js";
import { ZONE_PROJECT_PLANS } from "./projects/data.js";
import { at, TODAY, yuan } from "./projects/dates.js";
import { buildProblems, buildReports, isSilent, type ProblemRow, underway } from "./projects/supervision.js";

const MANUFACTURING = /^(1[3-9]|[23]\d|4[0-3])/;
const HELD_MEETING = { title: "虞城高新区2026年第五次重点项目会办会", heldOn: "2026-10-16", chair: "李国强" };
const PLANNED_MEETING = { title: "虞城高新区2026年第六次重点项目会办会", heldOn: "2026-12-10", chair: "李国强" };

type Row<T extends { $inferInsert: unknown }> = T["$inferInsert"];

export async function loadProjectDemo(db: Db, ids: DemoIds): Promise<{ projects: number }> {
  const need = (map: Map<string, string>, key: string, what: string) => {
    const id = map.get(key);
    if (!id) throw new Error(`demo ${what} ${key} not loaded`);
    return id;
  };
  const zoneKeys = [...ids.zones.keys()];
  const zoneOf = new Map([...ids.zones].map(([k, v]) => [v, k]));
  const rows = await db
    .select({
      id: enterprises.id,
      name: enterprises.name,
      zoneId: enterprises.zoneId,
      industryCode: enterprises.industryCode,
      status: enterprises.status,
    })
    .from(enterprises)
    .where(inArray(enterprises.zoneId, [...ids.zones.values()]));
  const enterpriseId = new Map(rows.map((e) => [`${zoneOf.get(e.zoneId)}/${e.name}`, e.id]));
  const byZone = new Map<string, { name: string; industryCode: string | null }[]>();
  // Manufacturers own most projects; where a zone has too few, other operating enterprises follow them.
  const sorted = rows
    .filter((e) => e.status === "operating")
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const isMaker = (code: string | null) => code !== null && MANUFACTURING.test(code);
  for (const e of [
    ...sorted.filter((x) => isMaker(x.industryCode)),
    ...sorted.filter((x) => !isMaker(x.industryCode)),
  ]) {
    const zone = zoneOf.get(e.zoneId) ?? "";
    byZone.set(zone, [...(byZone.get(zone) ?? []), { name: e.name, industryCode: e.industryCode }]);
  }

  const built = buildProjectDemo({ byZone });
  const projectId = new Map(built.map((p) => [p, crypto.randomUUID()]));
  const idOf = (p: BuiltProject) => projectId.get(p) as string;
  const unitName = new Map<string, string>(
    DEMO_ZONES.flatMap((z) => z.units.map((u) => [`${z.key}/${u.key}`, u.name] as const)),
  );
  const region = new Map(DEMO_ZONES.map((z) => [z.key, z.regionCode]));
  const unitKeys = new Map(
    zoneKeys.map((z) => [z, new Set(DEMO_ZONES.find((d) => d.key === z)?.units.map((u) => u.key))]),
  );
  const user = (name: string) => ids.users.get(name) ?? null;

  // Secretaries: the named projects that ask for one, then other projects under construction, up to eight a zone.
  const secretaryOf = new Map<BuiltProject, string>();
  for (const plan of ZONE_PROJECT_PLANS)
    for (const username of plan.secretaries ?? []) {
      const r = new Rand(`projects/${plan.zone}/secretary`);
      const id = need(ids.users, username, "user");
      const candidates = built.filter((p) => p.zone === plan.zone && underway(p));
      for (const p of candidates.filter((c) => c.spec.secretary)) secretaryOf.set(p, id);
      for (const p of r
        .shuffle(candidates.filter((c) => !c.spec.secretary))
        .slice(0, Math.max(0, 8 - secretaryOf.size)))
        secretaryOf.set(p, id);
    }

  const projectRows: Row<typeof projects>[] = [];
  const phaseRows: Row<typeof projectPhases>[] = [];
  const planRows: Row<typeof annualPlans>[] = [];
  const investmentRows: Row<typeof monthlyInvestments>[] = [];
  const transitionRows: Row<typeof transitions>[] = [];
  const milestoneRows: Row<typeof milestones>[] = [];
  const memberRows: Row<typeof members>[] = [];
  const reportRows: Row<typeof weeklyReports>[] = [];
  const problemRows: (Row<typeof problems> & { id: string; zone: string; plain: ProblemRow })[] = [];

  for (const p of built) {
    const r = new Rand(`project/${p.code}/rows`);
    const zoneId = need(ids.zones, p.zone, "zone");
    const id = idOf(p);
    const owned = { zoneId, projectId: id };
    const s = p.spec;
    const t = p.timeline;
    const lead = `${p.zone}/${s.unit}`;
    const others = [...(unitKeys.get(p.zone) ?? [])].filter((u) => u !== s.unit && u !== "committee" && u !== "office");
    const helpers = r
      .shuffle(others)
      .slice(0, 2)
      .map((u) => unitName.get(`${p.zone}/${u}`));
    const entered = user(`${p.zone}-economy`) ?? user(`${p.zone}-admin`);
    const actor = user(`${p.zone}-admin`) ?? user(`${p.zone}-leader`);
    const secretary = secretaryOf.get(p) ?? null;
    projectRows.push({
      id,
      zoneId,
      code: p.code,
      name: s.name,
      enterpriseId: s.enterprise ? (enterpriseId.get(`${p.zone}/${s.enterprise}`) ?? null) : null,
      leadUnitId: need(ids.units, lead, "unit"),
      category: s.category,
      constructionType: s.type,
      levelTags: p.levelTags,
      tier: p.tier,
      industryCode: s.industryCode ?? null,
      totalInvestmentYuan: yuan(s.total * 100),
      landMu: p.landMu,
      buildingAreaM2: p.buildingAreaM2,
      content: s.content ?? `${s.name.replace(/项目$/, "")}，总投资${(s.total / 1e8).toFixed(2)}亿元。`,
      plannedStartOn: t.plannedStart,
      plannedCompletionOn: t.plannedCompletion,
      actualStartOn: t.actualStart,
      actualCompletionOn: t.actualCompletion,
      productionOn: t.productionOn,
      expectedOutputYuan: p.expectedOutput === null ? null : yuan(p.expectedOutput * 100),
      expectedTaxYuan: p.expectedTax === null ? null : yuan(p.expectedTax * 100),
      expectedJobs: p.expectedJobs,
      lat: p.lat,
      lng: p.lng,
      stage: s.stage,
      pausedFrom: t.pausedFrom,
      leaderName: p.leaderName,
      team: `${unitName.get(lead)}牵头，${helpers.join("、")}配合，企业项目负责人驻场对接`,
      servicePlan:
        "落实“六个一”：一名区级领导、一个牵头单位、一个工作班子、一名项目秘书、一套服务方案、一抓到底；每周现场办公，每月调度，问题清单销号管理。",
      createdAt: at(t.createdOn, 9),
      updatedAt: at(t.steps.at(-1)?.on ?? t.createdOn, 16),
    });
    (s.phases ?? []).forEach((ph, i) => {
      phaseRows.push({
        ...owned,
        name: ph.name,
        investmentYuan: yuan(ph.investment * 100),
        plannedStartOn: ph.start,
        plannedCompletionOn: ph.end,
        sort: i + 1,
      });
    });
    for (const plan of p.plans) planRows.push({ ...owned, year: plan.year, plannedYuan: yuan(plan.cents) });
    for (const m of p.investments)
      investmentRows.push({
        ...owned,
        month: m.month,
        amountYuan: yuan(m.cents),
        enteredBy: entered,
        enteredAt: at(`${m.month.slice(0, 8)}28`, 15),
      });
    for (const step of t.steps) {
      const tolerance = step.to === "started" && r.chance(0.25);
      transitionRows.push({
        ...owned,
        fromStage: step.from,
        toStage: step.to,
        happenedOn: step.on,
        permitNo:
          step.to === "started" && !tolerance
            ? `${region.get(p.zone)}${step.on.replaceAll("-", "")}${String(r.int(1, 9999)).padStart(4, "0")}01`
            : null,
        toleranceNote: tolerance ? "容缺受理：施工许可证后补，企业承诺30日内补齐消防设计审查意见" : null,
        reason: step.reason ?? null,
        actorId: actor,
        at: at(step.on, 10),
      });
    }
    for (const m of p.milestones) milestoneRows.push({ ...owned, ...m });
    const sponsor = user(`${p.zone}-leader`);
    if (sponsor) memberRows.push({ ...owned, userId: sponsor, role: "sponsor" });
    if (secretary) memberRows.push({ ...owned, userId: secretary, role: "secretary" });
    const liaison = user(`${p.zone}-economy`);
    if (liaison && p.tier !== "small") memberRows.push({ ...owned, userId: liaison, role: "liaison" });
    for (const w of buildReports(p, isSilent(p, r), r))
      reportRows.push({
        ...owned,
        weekOf: w.weekOf,
        progress: w.progress,
        imageProgressPct: w.imageProgressPct,
        problemsFound: w.problemsFound,
        authorId: secretary,
        submittedAt: at(w.submittedOn, 17),
      });
    for (const plain of buildProblems(p, unitKeys.get(p.zone) ?? new Set(), r))
      problemRows.push({
        id: crypto.randomUUID(),
        zone: p.zone,
        plain,
        ...owned,
        category: plain.category,
        description: plain.description,
        raisedBy: secretary ?? user(`${p.zone}-supervision`) ?? actor,
        raisedOn: plain.raisedOn,
        responsibleUnitId: need(ids.units, `${p.zone}/${plain.unit}`, "unit"),
        responsiblePerson: plain.responsiblePerson,
        deadline: plain.deadline,
        status: plain.status,
        resolution: plain.resolution,
        escalated: plain.escalated,
      });
  }

  // 两月一会办 in 虞城: the October meeting decided on its agenda; December's takes what has been escalated since.
  const yuchengId = need(ids.zones, "yucheng", "zone");
  const heldId = crypto.randomUUID();
  const plannedId = crypto.randomUUID();
  const inYucheng = problemRows.filter((p) => p.zone === "yucheng");
  const heldAgenda = inYucheng.filter((p) => p.plain.raisedOn < "2026-10-06" && p.status !== "confirmed").slice(0, 4);
  const decisions: Row<typeof meetingDecisions>[] = [];
  for (const p of heldAgenda) {
    p.escalated = true;
    p.meetingId = heldId;
    if (p.status === "pending" || p.status === "returned") p.status = "inProgress";
    p.deadline = "2026-11-15";
    decisions.push({
      zoneId: yuchengId,
      meetingId: heldId,
      problemId: p.id,
      decision: `由${unitName.get(`yucheng/${p.plain.unit}`)}牵头，11月15日前办结并书面报大项目管理中心`,
      decidedAt: at(HELD_MEETING.heldOn, 17),
    });
  }
  const open = (p: (typeof problemRows)[number]) => ["pending", "inProgress", "returned"].includes(p.status as string);
  const later = inYucheng.filter((p) => !p.meetingId && open(p) && (p.deadline ?? TODAY) < TODAY);
  const escalatedLater = later.filter((p) => p.escalated);
  const plannedAgenda = [...escalatedLater, ...later.filter((p) => !p.escalated)].slice(
    0,
    Math.max(2, escalatedLater.length),
  );
  for (const p of plannedAgenda) {
    p.escalated = true;
    p.meetingId = plannedId;
    decisions.push({ zoneId: yuchengId, meetingId: plannedId, problemId: p.id, decision: null, decidedAt: null });
  }
  const meetingRows: Row<typeof meetings>[] = [
    {
      id: heldId,
      zoneId: yuchengId,
      ...HELD_MEETING,
      status: "held",
      minutes: `会议听取了${heldAgenda.length}个重点项目问题的办理情况汇报，逐一研究明确了牵头单位、办结时限和责任人，要求各单位按期办结、对账销号。`,
      createdBy: user("yucheng-supervision"),
      version: 2,
    },
    { id: plannedId, zoneId: yuchengId, ...PLANNED_MEETING, status: "planned", createdBy: user("yucheng-supervision") },
  ];

  const batchRows: Row<typeof batches>[] = [];
  const batchMemberRows: Row<typeof batchProjects>[] = [];
  for (const b of batchMembers(built)) {
    if (b.projects.length === 0) continue;
    const id = crypto.randomUUID();
    const zoneId = need(ids.zones, b.zone, "zone");
    batchRows.push({ id, zoneId, name: b.name, heldOn: b.heldOn });
    for (const p of b.projects) batchMemberRows.push({ zoneId, batchId: id, projectId: idOf(p) });
  }

  await insertBatched(db, projects, projectRows);
  await insertBatched(db, projectPhases, phaseRows);
  await insertBatched(db, annualPlans, planRows);
  await insertBatched(db, monthlyInvestments, investmentRows);
  await insertBatched(db, transitions, transitionRows);
  await insertBatched(db, milestones, milestoneRows);
  await insertBatched(db, members, memberRows);
  await insertBatched(db, weeklyReports, reportRows);
  await insertBatched(
    db,
    problems,
    problemRows.map(({ zone: _zone, plain: _plain, ...row }) => row),
  );
  await insertBatched(db, meetings, meetingRows);
  await insertBatched(db, meetingDecisions, decisions);
  await insertBatched(db, batches, batchRows);
  await insertBatched(db, batchProjects, batchMemberRows);
  return { projects: projectRows.length };
}
