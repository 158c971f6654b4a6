/**
 * The supervision side of the demo: the secretaries' weekly reports of the last eight weeks, the problem lists and
 * the 会办 meetings. Built as plain rows from the projects; the loader adds ids and inserts them.
 */
import { PROBLEM_CATEGORIES, type ProblemStatus } from "@zoneos/core/project-problems";
import type { Rand } from "../enterprises/seeded-random.js";
import type { BuiltProject } from "./build.js";
import { addDays, daysBetween, mondayOf, REPORT_WEEKS, TODAY } from "./dates.js";

type ProblemCategory = (typeof PROBLEM_CATEGORIES)[number];

export const underway = (p: BuiltProject) => ["started", "construction", "completed"].includes(p.spec.stage);

export interface ReportRow {
  weekOf: string;
  progress: string;
  imageProgressPct: number;
  problemsFound: string | null;
  submittedOn: string;
}

const WORKS = [
  [10, "场地平整及桩基施工，完成桩基{n}根"],
  [25, "基础及地下室施工，基础浇筑完成{n}%"],
  [45, "主体结构施工，{n}号厂房已施工至第{m}层"],
  [65, "主体封顶，钢结构安装及屋面施工，完成{n}%"],
  [85, "设备基础及安装，{n}台（套）主要设备进场"],
  [100, "室外配套及设备调试，厂区道路和管网完成{n}%"],
] as const;
const FOUND = [
  "施工用电负荷不足，需协调供电公司增容",
  "近期降雨较多，土方外运受影响",
  "部分设备到货延迟，安装进度受影响",
  "施工人员不足，需加快招工",
  "厂区北侧道路未贯通，材料运输绕行",
];

/** Weekly reports for a project under construction; a silent project stops 3–5 weeks before the demo's day. */
export function buildReports(p: BuiltProject, silent: boolean, r: Rand): ReportRow[] {
  if (!underway(p) || !p.timeline.actualStart) return [];
  const start = p.timeline.actualStart;
  const weeks = REPORT_WEEKS.filter((w) => w >= mondayOf(start));
  const kept = silent ? weeks.slice(0, Math.max(1, weeks.length - r.int(2, 4))) : weeks;
  const span = Math.max(30, daysBetween(start, p.timeline.plannedCompletion));
  const pace = p.profile === "behind" ? 0.75 : p.profile === "ahead" ? 1.12 : 1;
  let last = 0;
  return kept.map((weekOf) => {
    let pct: number;
    if (p.spec.stage === "completed") pct = 100;
    else if (p.spec.stage === "started") pct = Math.min(12, 2 + daysBetween(start, weekOf) / 4);
    else pct = 5 + 90 * Math.min(1, (daysBetween(start, weekOf) / span) * pace);
    const value = Math.max(last, Math.min(p.spec.stage === "completed" ? 100 : 98, Math.round(pct)));
    last = value;
    const work = WORKS.find(([upTo]) => value <= upTo) ?? WORKS[WORKS.length - 1];
    const progress =
      p.spec.stage === "completed"
        ? "已通过竣工验收，正在进行设备联调联试和试生产准备"
        : `本周${(work?.[1] ?? "").replace("{n}", String(r.int(3, 95))).replace("{m}", String(r.int(2, 6)))}，现场施工人员${r.int(40, 320)}人`;
    const found = r.chance(0.25) ? r.pick(FOUND) : null;
    return {
      weekOf,
      progress,
      imageProgressPct: value,
      problemsFound: found,
      submittedOn: addDays(weekOf, r.int(3, 5)),
    };
  });
}

export interface ProblemRow {
  category: ProblemCategory;
  description: string;
  raisedOn: string;
  unit: string;
  responsiblePerson: string;
  deadline: string;
  status: ProblemStatus;
  resolution: string | null;
  escalated: boolean;
}

const DESCRIPTIONS: Record<ProblemCategory, string[]> = {
  land: ["项目二期用地约{n}亩土地征收尚未完成，影响厂房开工", "项目用地指标未落实，土地尚未摘牌"],
  planning: ["总平面规划调整方案待审批，二期厂房无法报建", "规划条件与企业设计方案不符，需调整容积率"],
  environment: ["环评批复尚未下达，生产线无法试运行", "扬尘治理不达标被要求停工整改"],
  funding: ["项目贷款审批进度慢，资金缺口约{n}万元", "政府承诺的基础设施配套资金未到位"],
  approval: ["施工许可证办理中，消防设计审查尚未通过", "能评手续未办结，影响项目备案变更"],
  utilities: ["厂区供电线路未接入，需新建10千伏专线", "天然气管网未铺设到位，影响设备调试"],
  labour: ["施工高峰期用工短缺约{n}人", "企业技术工人招聘困难，影响投产准备"],
  relocation: ["项目红线内{n}户群众未完成搬迁", "红线内高压线杆及通信光缆未迁改"],
  other: ["项目周边道路未贯通，大型设备运输受阻", "企业反映周边配套学校、医院不足，人才留不住"],
};
const RESOLUTIONS: Record<ProblemCategory, string> = {
  land: "已完成土地组卷报批，土地已挂牌出让",
  planning: "规划委员会已审议通过调整方案",
  environment: "环评批复已下达，整改已完成并复工",
  funding: "已协调县农商行授信，首笔贷款已放款",
  approval: "已实行容缺受理，手续已办结",
  utilities: "供电公司已完成专线接入，已通电",
  labour: "人社局已组织专场招聘会，用工缺口已补齐",
  relocation: "属地已完成搬迁签约和拆除",
  other: "交通部门已完成便道施工，设备已进场",
};
/** Units answering for each kind of problem, by preference; a zone uses the first it has. */
const UNITS_FOR: Record<ProblemCategory, string[]> = {
  land: ["town-shaogang", "street-langling", "town-tuanshan", "economy"],
  planning: ["approval"],
  environment: ["approval"],
  funding: ["dept-finance", "service"],
  approval: ["approval"],
  utilities: ["service"],
  labour: ["service"],
  relocation: ["town-chengjiao", "street-langling", "town-mizhuang", "street-qilihe", "committee"],
  other: ["economy"],
};
const PEOPLE = ["王建华", "李红梅", "张国栋", "刘晓东", "陈素芳", "杨志刚", "赵立新", "黄海涛", "周文静", "吴建军"];

export function buildProblems(p: BuiltProject, unitKeys: Set<string>, r: Rand): ProblemRow[] {
  const count = underway(p) ? r.int(1, 3) : p.spec.stage === "preparation" && r.chance(0.3) ? 1 : 0;
  const rows: ProblemRow[] = [];
  for (let i = 0; i < count; i++) {
    const category = r.pick(PROBLEM_CATEGORIES);
    const earliest = p.timeline.actualStart ?? addDays(TODAY, -90);
    const raisedOn = addDays(TODAY, -r.int(5, Math.max(6, Math.min(150, daysBetween(earliest, TODAY)))));
    const deadline = addDays(raisedOn, r.int(10, 45));
    const x = r.float();
    let status: ProblemStatus;
    if (deadline < TODAY)
      status =
        x < 0.3 ? "confirmed" : x < 0.55 ? "resolved" : x < 0.85 ? "inProgress" : x < 0.93 ? "pending" : "returned";
    else status = x < 0.35 ? "pending" : x < 0.75 ? "inProgress" : "resolved";
    const open = status === "pending" || status === "inProgress" || status === "returned";
    const unit = UNITS_FOR[category].find((u) => unitKeys.has(u)) ?? "service";
    rows.push({
      category,
      description: r
        .pick(DESCRIPTIONS[category])
        .replace("{n}", String(r.int(3, 120) * (category === "funding" ? 50 : 1))),
      raisedOn,
      unit,
      responsiblePerson: r.pick(PEOPLE),
      deadline,
      status,
      resolution: open ? null : RESOLUTIONS[category],
      escalated: open && deadline < TODAY && r.chance(0.5),
    });
  }
  return rows;
}

/** The secretaries' reports go silent on about one project in eight; behind projects more often. */
export function isSilent(p: BuiltProject, r: Rand): boolean {
  return underway(p) && p.spec.stage !== "started" && r.chance(p.profile === "behind" ? 0.3 : 0.1);
}
