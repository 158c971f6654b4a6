/**
 * Loads the investment-attraction demo: leads with their stage history, landing reviews with votes, contracts,
 * links to the demo's enterprises and projects, 撞单 claims, activities over 2026, targets and thresholds.
 * Runs after the projects demo: converted leads point at its projects, whose investment is the 到位资金.
 */

import { normaliseCompanyName } from "@zoneos/core/investment-names";
import { compareThresholds } from "@zoneos/core/investment-review";
import { PIPELINE } from "@zoneos/core/investment-stages";
import { asc, eq } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { enterprises } from "../modules/enterprises/tables.js";
import {
  investmentClaims,
  investmentConflicts,
  investmentContracts,
  investmentLeadStages,
  investmentLeads,
  investmentReviews,
  investmentReviewVotes,
  investmentTargets,
  investmentThresholds,
} from "../modules/investment/tables.js";
import { projects } from "../modules/projects/tables.js";
import { insertBatched } from "./enterprises/insert-batched.js";
import { Rand } from "./enterprises/seeded-random.js";
import { loadInvestmentActivities } from "./investment-activities.js";
import {
  buildDashan,
  buildHeze,
  buildQueshan,
  buildYucheng,
  type LeadSpec,
  type LinkedProject,
  ZONE_LIMITS,
} from "./investment-build.js";
import { COMMITTEE } from "./investment-data.js";
import type { DemoIds } from "./platform.js";
import { DEMO_ZONES } from "./platform-data.js";
import { addDays, at, daysBetween, TODAY } from "./projects/dates.js";

const CHECKS = ["notGreen", "overCapacity", "safetyHazard", "lowContribution"] as const;

async function linkedProjects(db: Db, zoneId: string, unitKeyOf: Map<string, string>) {
  const rows = await db
    .select({
      id: projects.id,
      name: projects.name,
      enterpriseId: projects.enterpriseId,
      enterpriseName: enterprises.name,
      totalYuan: projects.totalInvestmentYuan,
      industryCode: projects.industryCode,
      startOn: projects.actualStartOn,
      plannedStartOn: projects.plannedStartOn,
      leadUnitId: projects.leadUnitId,
      category: projects.category,
      stage: projects.stage,
    })
    .from(projects)
    .leftJoin(enterprises, eq(enterprises.id, projects.enterpriseId))
    .where(eq(projects.zoneId, zoneId))
    .orderBy(asc(projects.code));
  return rows.map((r): LinkedProject & { category: string; stage: string } => ({
    ...r,
    unitKey: r.leadUnitId ? (unitKeyOf.get(r.leadUnitId) ?? null) : null,
  }));
}

/** The stage path a lead walked, dated between its creation and its last move. */
function history(spec: LeadSpec, leadId: string, zoneId: string, actorId: string | null) {
  const end = spec.contract?.signedOn ?? spec.review?.on ?? addDays(spec.createdOn, 30);
  const last = spec.stage === "onHold" || spec.stage === "lost" ? (spec.heldFrom ?? "clue") : spec.stage;
  const path = PIPELINE.slice(0, PIPELINE.indexOf(last) + 1);
  const span = Math.max(1, daysBetween(spec.createdOn, end < spec.createdOn ? spec.createdOn : end));
  const rows = path.map((to, i) => ({
    zoneId,
    leadId,
    fromStage: i === 0 ? null : (path[i - 1] ?? null),
    toStage: to,
    reason: null as string | null,
    actorId,
    at: at(i === 0 ? spec.createdOn : addDays(spec.createdOn, Math.round((span * i) / path.length)), 9 + (i % 8)),
  }));
  if (spec.stage === "onHold" || spec.stage === "lost")
    rows.push({
      zoneId,
      leadId,
      fromStage: last,
      toStage: spec.stage,
      reason: spec.reason,
      actorId,
      at: at(addDays(end, 10)),
    });
  return rows.filter((r) => r.at.toISOString().slice(0, 10) <= TODAY);
}

export async function loadInvestmentDemo(db: Db, ids: DemoIds): Promise<{ leads: number; activities: number }> {
  const zoneId = (key: string) => {
    const id = ids.zones.get(key);
    if (!id) throw new Error(`demo zone ${key} not loaded`);
    return id;
  };
  const unitId = (zone: string, key: string) => {
    const id = ids.units.get(`${zone}/${key}`);
    if (!id) throw new Error(`demo unit ${zone}/${key} not loaded`);
    return id;
  };
  const unitKeyOf = new Map([...ids.units].map(([k, v]) => [v, k.split("/")[1] ?? ""]));
  const queshanProjects = await linkedProjects(db, zoneId("queshan"), unitKeyOf);
  const yuchengProjects = (await linkedProjects(db, zoneId("yucheng"), unitKeyOf)).filter(
    (p) =>
      p.category === "industry" &&
      p.enterpriseId &&
      ["started", "construction", "completed", "production"].includes(p.stage),
  );
  const specs = [
    ...buildQueshan(new Map(queshanProjects.map((p) => [p.name, p]))),
    ...buildYucheng(yuchengProjects.slice(0, 14)),
    ...buildHeze(),
    ...buildDashan(),
  ];

  for (const [zone, l] of Object.entries(ZONE_LIMITS))
    await db.insert(investmentThresholds).values({
      zoneId: zoneId(zone),
      minIntensityWanPerMu: String(l.intensity),
      minTaxWanPerMu: String(l.taxPerMu),
      maxEnergyTcePerWan: String(l.energy),
    });

  const leadIds = new Map<string, string>();
  const leadRows: (typeof investmentLeads.$inferInsert)[] = [];
  const stageRows: (typeof investmentLeadStages.$inferInsert)[] = [];
  const reviewRows: (typeof investmentReviews.$inferInsert)[] = [];
  const voteRows: (typeof investmentReviewVotes.$inferInsert)[] = [];
  const contractRows: (typeof investmentContracts.$inferInsert)[] = [];
  const leader = (zone: string) => ids.users.get(`${zone}-leader`) ?? null;
  for (const s of specs) {
    const id = crypto.randomUUID();
    leadIds.set(s.key, id);
    const zid = zoneId(s.zone);
    const officer = s.unit === "investment" ? (ids.users.get(`${s.zone}-investment`) ?? null) : null;
    const rand = new Rand(`investment/lead/${s.key}`);
    leadRows.push({
      id,
      zoneId: zid,
      ownerUnitId: unitId(s.zone, s.unit),
      ownerUserId: officer,
      investorName: s.investor,
      investorNameKey: normaliseCompanyName(s.investor),
      investorCreditCode: s.creditCode,
      investorHq: s.hq,
      investorSize: Number(s.amountYuan) >= 500_000_000 ? "large" : "medium",
      investorListed: Number(s.amountYuan) >= 1_000_000_000,
      contacts: [{ name: `${rand.pick(["王", "李", "张", "刘", "陈", "赵"])}经理`, title: "投资发展部", phone: null }],
      projectName: s.project,
      projectContent: s.content,
      industryCode: s.industryCode,
      intendedInvestmentYuan: s.amountYuan,
      landMu: s.landMu,
      expectedOutputYuan: s.outputYuan,
      expectedTaxYuan: s.taxYuan,
      expectedJobs: s.jobs,
      expectedEnergyTce: s.energyTce,
      source: s.source,
      firstContactOn: s.createdOn,
      stage: s.stage,
      heldFrom: s.heldFrom,
      stageReason: s.reason,
      stageChangedAt: at(s.contract?.signedOn ?? s.review?.on ?? s.createdOn),
      enterpriseId: s.enterpriseId,
      projectId: s.projectId,
      createdBy: officer ?? leader(s.zone),
      createdAt: at(s.createdOn),
      updatedAt: at(s.contract?.signedOn ?? s.createdOn),
    });
    stageRows.push(...history(s, id, zid, officer ?? leader(s.zone)));
    if (s.review) {
      const reviewId = crypto.randomUUID();
      const decided = s.review.decision !== null;
      const checklist = CHECKS.map((item) => ({
        item,
        finding:
          s.review?.decision === "rejected" && (item === "overCapacity" || item === "notGreen")
            ? ("violation" as const)
            : s.review?.concern && item === "lowContribution"
              ? ("concern" as const)
              : ("clear" as const),
        evidence:
          item === "notGreen"
            ? "生态环境分局出具环评预审意见"
            : item === "overCapacity"
              ? "经发局比对国家产能过剩行业目录"
              : item === "safetyHazard"
                ? "应急管理部门安全预评价"
                : "税务、人社部门测算亩均税收与用工",
        fileId: null,
      }));
      const limits = ZONE_LIMITS[s.zone];
      reviewRows.push({
        id: reviewId,
        zoneId: zid,
        leadId: id,
        status: decided ? "decided" : "open",
        meetingOn: s.review.on <= TODAY ? s.review.on : null,
        summary: `${s.investor}${s.project}落地审查`,
        checklist,
        metrics:
          decided && limits
            ? compareThresholds(
                {
                  intendedInvestmentYuan: s.amountYuan,
                  landMu: s.landMu,
                  expectedOutputYuan: s.outputYuan,
                  expectedTaxYuan: s.taxYuan,
                  expectedEnergyTce: s.energyTce,
                },
                {
                  minIntensityWanPerMu: String(limits.intensity),
                  minTaxWanPerMu: String(limits.taxPerMu),
                  maxEnergyTcePerWan: String(limits.energy),
                },
              )
            : null,
        decision: s.review.decision,
        conditions: s.review.decision === "conditional" ? "按期完成二期投资，达产后亩均税收不低于约定值" : null,
        decidedOn: decided ? s.review.on : null,
        decidedBy: decided ? leader(s.zone) : null,
        createdBy: officer ?? leader(s.zone),
        createdAt: at(addDays(s.review.on, -14)),
      });
      if (decided || s.review.on <= TODAY)
        voteRows.push(
          ...COMMITTEE.map((member, i): typeof investmentReviewVotes.$inferInsert => ({
            zoneId: zid,
            reviewId,
            memberName: member,
            memberTitle: member,
            vote:
              s.review?.decision === "rejected"
                ? i === 0
                  ? "abstain"
                  : "reject"
                : s.review?.decision === "conditional" && i === 4
                  ? "conditional"
                  : "approve",
            opinion: s.review?.decision === "rejected" ? "触及“四不要”，不同意落地" : "同意落地",
            at: at(s.review?.on ?? TODAY, 15),
          })),
        );
    }
    if (s.contract) {
      const c = s.contract;
      const first = (Number(s.amountYuan) * 0.4).toFixed(2);
      contractRows.push({
        zoneId: zid,
        leadId: id,
        kind: c.kind,
        code: `${s.zone.toUpperCase().slice(0, 2)}-ZS-${c.signedOn.slice(0, 4)}-${String(contractRows.length + 1).padStart(3, "0")}`,
        title: `${s.project}${c.kind === "framework" ? "战略合作协议" : "投资合同"}`,
        signedOn: c.signedOn,
        amountYuan: s.amountYuan,
        schedule:
          c.kind === "framework"
            ? []
            : [
                { dueOn: addDays(c.startOn, 180), amountYuan: first },
                { dueOn: c.productionOn, amountYuan: (Number(s.amountYuan) - Number(first)).toFixed(2) },
              ],
        promisedStartOn: c.startOn,
        promisedProductionOn: c.productionOn,
        promisedOutputYuan: s.outputYuan,
        promisedTaxYuan: s.taxYuan,
        promisedJobs: s.jobs,
        landMu: s.landMu,
        incentives: [
          { kind: "land", description: "工业用地按出让最低价标准供地", amountYuan: null },
          {
            kind: "subsidy",
            description: "设备投资奖补（按设备投资额3%）",
            amountYuan: (Number(s.amountYuan) * 0.6 * 0.03).toFixed(2),
          },
        ],
        clawback:
          "约定开工期满6个月未开工的，无偿收回土地并追回已兑现奖补；达产后亩均税收未达约定的，按差额追缴扶持资金。",
        investorSignatory: s.investor,
        ourSignatory: DEMO_ZONES.find((z) => z.key === s.zone)?.units[0]?.name ?? null,
        createdBy: leader(s.zone),
        createdAt: at(c.signedOn),
        updatedAt: at(c.signedOn),
      });
    }
  }
  await insertBatched(db, investmentLeads, leadRows);
  await insertBatched(db, investmentLeadStages, stageRows);
  await insertBatched(db, investmentReviews, reviewRows);
  await insertBatched(db, investmentReviewVotes, voteRows);
  await insertBatched(db, investmentContracts, contractRows);

  await loadConflicts(db, ids, specs, leadIds);
  await loadTargets(db, ids);
  const activities = await loadInvestmentActivities(db, ids, specs, leadIds);
  return { leads: specs.length, activities };
}

/** 撞单: a decided case in 确山 (朗陵街道 yielded to 招商局), open ones in 虞城 and 菏泽 for the leaders. */
async function loadConflicts(db: Db, ids: DemoIds, specs: LeadSpec[], leadIds: Map<string, string>) {
  const cases: { zone: string; target: (s: LeadSpec) => boolean; rivalUnit: string; decided: boolean }[] = [
    {
      zone: "queshan",
      target: (s) => s.investor === "永康市鑫途门业有限公司",
      rivalUnit: "street-langling",
      decided: true,
    },
    {
      zone: "yucheng",
      target: (s) => s.investor === "金华锐五金工量具有限公司",
      rivalUnit: "town-chengjiao",
      decided: false,
    },
    { zone: "heze", target: (s) => s.key === "heze/3", rivalUnit: "office", decided: false },
  ];
  for (const c of cases) {
    const spec = specs.find((s) => s.zone === c.zone && c.target(s));
    const zid = ids.zones.get(c.zone);
    const rivalUnitId = ids.units.get(`${c.zone}/${c.rivalUnit}`);
    const ownerLeadId = spec ? leadIds.get(spec.key) : undefined;
    if (!spec || !zid || !rivalUnitId || !ownerLeadId) continue;
    const rivalName = `${spec.investor.replace("有限公司", "")}（集团）`;
    const rivalLeadId = crypto.randomUUID();
    const claimedOn = addDays(spec.createdOn, 21);
    await db.insert(investmentLeads).values({
      id: rivalLeadId,
      zoneId: zid,
      ownerUnitId: rivalUnitId,
      investorName: rivalName,
      investorNameKey: normaliseCompanyName(rivalName),
      investorHq: spec.hq,
      projectName: spec.project,
      industryCode: spec.industryCode,
      intendedInvestmentYuan: spec.amountYuan,
      source: "other",
      stage: "contact",
      firstContactOn: claimedOn,
      stageChangedAt: at(claimedOn),
      createdAt: at(claimedOn),
      updatedAt: at(claimedOn),
    });
    await db.insert(investmentLeadStages).values([
      { zoneId: zid, leadId: rivalLeadId, fromStage: null, toStage: "clue", at: at(claimedOn) },
      { zoneId: zid, leadId: rivalLeadId, fromStage: "clue", toStage: "contact", at: at(claimedOn, 16) },
    ]);
    const [conflict] = await db
      .insert(investmentConflicts)
      .values({
        zoneId: zid,
        investorName: rivalName,
        creditCode: spec.creditCode,
        nameKey: normaliseCompanyName(rivalName),
        status: c.decided ? "decided" : "open",
        note: c.decided ? "招商局首谈在先并已签约，朗陵街道配合做好落地服务" : null,
        decidedBy: c.decided ? (ids.users.get(`${c.zone}-leader`) ?? null) : null,
        decidedAt: c.decided ? at(addDays(claimedOn, 5)) : null,
        createdAt: at(claimedOn),
      })
      .returning({ id: investmentConflicts.id });
    if (!conflict) continue;
    await db.insert(investmentClaims).values([
      {
        conflictId: conflict.id,
        leadId: ownerLeadId,
        zoneId: zid,
        unitId: ids.units.get(`${c.zone}/${spec.unit}`) ?? rivalUnitId,
        status: c.decided ? "owner" : "contested",
        claimedAt: at(spec.createdOn),
      },
      {
        conflictId: conflict.id,
        leadId: rivalLeadId,
        zoneId: zid,
        unitId: rivalUnitId,
        status: c.decided ? "yielded" : "contested",
        claimedAt: at(claimedOn),
      },
    ]);
  }
}

/** 目标责任制 2026: the investment bureau carries most, towns, streets and departments a share (全员招商). */
async function loadTargets(db: Db, ids: DemoIds) {
  const plan: Record<string, [string, number, number, number, number, number][]> = {
    // unit, signed projects, signed 百万, ≥1亿 projects, 到位 百万, started
    queshan: [
      ["investment", 24, 9_000, 16, 3_000, 12],
      ["street-langling", 6, 1_200, 3, 400, 3],
      ["economy", 3, 600, 2, 200, 2],
    ],
    yucheng: [
      ["investment", 12, 4_000, 8, 2_500, 8],
      ["town-shaogang", 3, 500, 1, 200, 2],
      ["town-chengjiao", 3, 500, 1, 200, 2],
      ["dept-commerce", 2, 300, 1, 100, 1],
      ["dept-industry", 2, 300, 1, 100, 1],
      ["dept-projects", 2, 400, 1, 150, 1],
    ],
    heze: [
      ["investment", 14, 10_000, 12, 1_500, 8],
      ["economy", 6, 4_000, 5, 600, 4],
      ["service", 5, 3_000, 4, 400, 3],
      ["approval", 4, 2_500, 3, 300, 2],
      ["office", 3, 2_000, 2, 200, 2],
    ],
    dashan: [
      ["investment", 10, 3_000, 6, 800, 5],
      ["economy", 4, 1_000, 2, 300, 2],
    ],
  };
  const rows = Object.entries(plan).flatMap(([zone, list]) =>
    list.flatMap(([unit, signed, amount, large, funds, started]) => {
      const zid = ids.zones.get(zone);
      const uid = ids.units.get(`${zone}/${unit}`);
      if (!zid || !uid) return [];
      return [
        {
          zoneId: zid,
          unitId: uid,
          year: 2026,
          signedProjects: signed,
          signedAmountYuan: `${amount * 1_000_000}.00`,
          largeProjects: large,
          fundsInPlaceYuan: `${funds * 1_000_000}.00`,
          startedProjects: started,
        },
      ];
    }),
  );
  await db.insert(investmentTargets).values(rows);
}
