/**
 * 比学赶超 demo: the 赛区 of 虞城, 襄阳 and 确山 (seed 003: 园镇, 街道 and 部门 compete), 襄阳's own scoring
 * weights, and 点评 / 观摩 inspections scored by three judges — closed ones that feed the rankings, and one still
 * open in 虞城 for judges to finish. Scores come from seeded PRNGs, so the figures are the same on every load.
 */
import type { InspectionCriterion, RACE_GROUP_KINDS } from "@zoneos/core/project-ranking";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import {
  inspectionScores,
  inspections,
  raceGroups,
  raceGroupUnits,
  rankingConfigs,
} from "../../modules/projects/ranking-tables.js";
import { projects } from "../../modules/projects/tables.js";
import { Rand } from "../enterprises/seeded-random.js";
import type { DemoIds } from "../platform.js";
import { at } from "./dates.js";

type Kind = (typeof RACE_GROUP_KINDS)[number];

const GROUPS: Record<string, { name: string; kind: Kind; units: string[] }[]> = {
  yucheng: [
    { name: "园镇赛区", kind: "town", units: ["town-shaogang", "town-chengjiao"] },
    { name: "县直部门赛区", kind: "department", units: ["dept-projects", "dept-industry", "dept-development"] },
    { name: "管委会局办赛区", kind: "department", units: ["economy", "investment", "service"] },
    { name: "平台公司赛区", kind: "other", units: ["company-mulan", "company-yiyin"] },
  ],
  xiangyang: [
    { name: "园镇赛区", kind: "town", units: ["town-tuanshan", "town-mizhuang"] },
    { name: "街道赛区", kind: "street", units: ["street-zizhen", "street-qilihe"] },
    { name: "部门赛区", kind: "department", units: ["economy", "investment", "service"] },
  ],
  queshan: [
    { name: "朗陵街道赛区", kind: "street", units: ["street-langling"] },
    { name: "部门赛区", kind: "department", units: ["economy", "investment", "service"] },
  ],
};

const QUARTERLY: InspectionCriterion[] = [
  { key: "progress", name: "形象进度", weight: 40 },
  { key: "investment", name: "投资完成", weight: 30 },
  { key: "quality", name: "质量安全", weight: 15 },
  { key: "service", name: "服务保障", weight: 15 },
];
const HALF_YEAR: InspectionCriterion[] = [
  { key: "progress", name: "形象进度", weight: 30 },
  { key: "investment", name: "投资强度", weight: 25 },
  { key: "innovation", name: "科技含量", weight: 15 },
  { key: "quality", name: "质量安全", weight: 15 },
  { key: "site", name: "现场管理", weight: 15 },
];

interface DemoInspection {
  zone: string;
  kind: "quarterly" | "halfYear";
  title: string;
  heldOn: string;
  criteria: InspectionCriterion[];
  open?: boolean;
}

const INSPECTIONS: DemoInspection[] = [
  { zone: "yucheng", kind: "halfYear", title: "2026年上半年重点项目观摩", heldOn: "2026-07-16", criteria: HALF_YEAR },
  {
    zone: "yucheng",
    kind: "quarterly",
    title: "2026年第三季度重点项目点评",
    heldOn: "2026-10-22",
    criteria: QUARTERLY,
  },
  {
    zone: "yucheng",
    kind: "halfYear",
    title: "2026年下半年重点项目观摩",
    heldOn: "2026-11-20",
    criteria: HALF_YEAR,
    open: true,
  },
  { zone: "xiangyang", kind: "halfYear", title: "2026年上半年项目观摩拉练", heldOn: "2026-07-09", criteria: HALF_YEAR },
  { zone: "xiangyang", kind: "quarterly", title: "2026年三季度项目点评", heldOn: "2026-10-15", criteria: QUARTERLY },
];

const JUDGES = ["leader", "supervision", "admin"];

export async function loadRankingDemo(db: Db, ids: DemoIds): Promise<void> {
  const need = (map: Map<string, string>, key: string) => {
    const id = map.get(key);
    if (!id) throw new Error(`demo ${key} not loaded`);
    return id;
  };
  for (const [zone, groups] of Object.entries(GROUPS)) {
    const zoneId = need(ids.zones, zone);
    for (const [sort, g] of groups.entries()) {
      const [row] = await db
        .insert(raceGroups)
        .values({ zoneId, name: g.name, kind: g.kind, sort })
        .returning({ id: raceGroups.id });
      if (!row) throw new Error("race group not inserted");
      await db
        .insert(raceGroupUnits)
        .values(g.units.map((u) => ({ groupId: row.id, unitId: need(ids.units, `${zone}/${u}`) })));
    }
  }
  // 襄阳 weighs 观摩 and new starts more than the defaults ("六个一", 一季一点评、半年一观摩).
  await db.insert(rankingConfigs).values({
    zoneId: need(ids.zones, "xiangyang"),
    weights: { investment: 35, newStarts: 20, milestones: 15, problems: 10, inspection: 20 },
    updatedBy: ids.users.get("xiangyang-leader") ?? null,
    updatedAt: at("2026-03-02", 9),
  });

  for (const spec of INSPECTIONS) {
    const zoneId = need(ids.zones, spec.zone);
    const judges = JUDGES.map((j) => ids.users.get(`${spec.zone}-${j}`)).filter((u): u is string => Boolean(u));
    const [row] = await db
      .insert(inspections)
      .values({
        zoneId,
        kind: spec.kind,
        title: spec.title,
        heldOn: spec.heldOn,
        criteria: spec.criteria,
        status: spec.open ? "open" : "closed",
        createdBy: judges[0] ?? null,
      })
      .returning({ id: inspections.id });
    if (!row) throw new Error("inspection not inserted");
    // The projects visited: those under construction by the day, at most twelve.
    const visited = await db
      .select({ id: projects.id, code: projects.code })
      .from(projects)
      .where(and(eq(projects.zoneId, zoneId), inArray(projects.stage, ["started", "construction", "completed"])))
      .orderBy(asc(projects.code))
      .limit(12);
    const scores: (typeof inspectionScores.$inferInsert)[] = [];
    for (const p of visited) {
      const r = new Rand(`inspection/${spec.title}/${p.code}`);
      const merit = r.int(62, 92);
      // An open inspection is part-way: the first judge has scored everything, the others some.
      const scoring = spec.open ? judges.filter((_, i) => i === 0 || r.chance(0.4)) : judges;
      for (const judgeId of scoring)
        for (const c of spec.criteria)
          scores.push({
            inspectionId: row.id,
            projectId: p.id,
            judgeId,
            criterion: c.key,
            score: String(Math.min(100, Math.max(40, merit + r.int(-8, 8)))),
            scoredAt: at(spec.heldOn, 17),
          });
    }
    if (scores.length > 0) await db.insert(inspectionScores).values(scores);
  }
}
