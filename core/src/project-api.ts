/** The key-projects API contract and its local conventions (tiers, milestone templates) as defaults. */
import { z } from "zod";
import { pageQuery } from "./platform-api.js";
import { HEALTH_LEVELS } from "./project-health.js";
import { PROJECT_STAGES } from "./project-lifecycle.js";
import { PROBLEM_CATEGORIES, PROBLEM_STATUSES } from "./project-problems.js";

export const PROJECT_CATEGORIES = [
  "industry",
  "infrastructure",
  "publicService",
  "realEstate",
  "shantytown",
  "transport",
] as const;
export const CONSTRUCTION_TYPES = ["new", "continued", "renovation", "expansion"] as const;
export const LEVEL_TAGS = ["national", "provincial", "municipal", "county"] as const;
export const PROJECT_TIERS = ["mega", "large", "small"] as const;
export const MEMBER_ROLES = ["sponsor", "secretary", "liaison"] as const;

/** "十百千": 特大 from 10亿, 大 from 1亿 (虞城's split); a zone may set its own. */
export const DEFAULT_TIER_THRESHOLDS = { mega: "1000000000", large: "100000000" };

export function tierOf(totalYuan: string, thresholds = DEFAULT_TIER_THRESHOLDS): (typeof PROJECT_TIERS)[number] {
  const total = Number(totalYuan);
  if (total >= Number(thresholds.mega)) return "mega";
  if (total >= Number(thresholds.large)) return "large";
  return "small";
}

/** Milestone templates per category: the usual approval and construction chain of DOMAIN.md §6. */
export const MILESTONE_TEMPLATES: Record<(typeof PROJECT_CATEGORIES)[number], string[]> = {
  industry: ["土地摘牌", "规划许可", "施工许可", "开工", "主体封顶", "设备安装", "竣工验收", "投产"],
  infrastructure: ["立项批复", "初步设计批复", "招标完成", "开工", "主体完工", "竣工验收"],
  publicService: ["立项批复", "规划许可", "施工许可", "开工", "主体封顶", "竣工验收", "投入使用"],
  realEstate: ["土地摘牌", "规划许可", "施工许可", "开工", "主体封顶", "竣工验收", "交付"],
  shantytown: ["征收启动", "征收完成", "施工许可", "开工", "主体封顶", "竣工验收", "回迁安置"],
  transport: ["立项批复", "初步设计批复", "施工许可", "开工", "路基完工", "竣工验收", "通车"],
};

const money = z.string().regex(/^\d{1,14}(\.\d{1,2})?$/, { message: "money" });
const decimal = z.string().regex(/^\d{1,10}(\.\d{1,2})?$/, { message: "decimal" });
const isoDate = z.iso.date();
const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().default(null);

export const projectInput = z.object({
  zoneId: z.uuid(),
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9-]{2,40}$/, { message: "projectCode" }),
  name: text(120),
  enterpriseId: z.uuid().nullable().default(null),
  leadUnitId: z.uuid().nullable().default(null),
  category: z.enum(PROJECT_CATEGORIES),
  constructionType: z.enum(CONSTRUCTION_TYPES),
  levelTags: z.array(z.enum(LEVEL_TAGS)).max(4).default([]),
  industryCode: z
    .string()
    .regex(/^\d{4}$/, { message: "industryCode" })
    .nullable()
    .default(null),
  totalInvestmentYuan: money,
  landMu: decimal.nullable().default(null),
  buildingAreaM2: decimal.nullable().default(null),
  content: optionalText(2000),
  plannedStartOn: isoDate.nullable().default(null),
  plannedCompletionOn: isoDate.nullable().default(null),
  expectedOutputYuan: money.nullable().default(null),
  expectedTaxYuan: money.nullable().default(null),
  expectedJobs: z.number().int().min(0).max(1_000_000).nullable().default(null),
  lat: z.number().min(3).max(54).nullable().default(null),
  lng: z.number().min(73).max(136).nullable().default(null),
  stage: z.enum(["planning", "reserve", "signed", "preparation"]).default("planning"),
  leaderName: optionalText(30),
  team: optionalText(500),
  servicePlan: optionalText(2000),
});
export const projectUpdate = projectInput
  .omit({ zoneId: true, stage: true })
  .partial()
  .extend({ version: z.number().int().min(1) });

export const projectQuery = pageQuery.extend({
  q: z.string().trim().max(40).optional(),
  zoneId: z.uuid().optional(),
  stage: z.enum(PROJECT_STAGES).optional(),
  tier: z.enum(PROJECT_TIERS).optional(),
  category: z.enum(PROJECT_CATEGORIES).optional(),
  constructionType: z.enum(CONSTRUCTION_TYPES).optional(),
  leadUnitId: z.uuid().optional(),
  enterpriseId: z.uuid().optional(),
  level: z.enum(LEVEL_TAGS).optional(),
  health: z.enum(HEALTH_LEVELS).optional(),
  mine: z.coerce.boolean().optional(),
  /** Health totals over a large filtered set cost a judgement of every project: asked for explicitly. */
  healthTotals: z.enum(["true", "false"]).optional(),
  sort: z.enum(["code", "name", "totalInvestmentYuan", "plannedStartOn"]).default("code"),
});

export const transitionInput = z.object({
  to: z.enum(PROJECT_STAGES),
  date: isoDate.nullable().default(null),
  permitNo: optionalText(60),
  toleranceNote: optionalText(500),
  reason: optionalText(500),
  version: z.number().int().min(1),
});

export const investmentInput = z.object({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: "month" }),
  amountYuan: money,
});
export const annualPlanInput = z.object({ year: z.number().int().min(2000).max(2100), plannedYuan: money });

export const milestoneInput = z.object({
  name: text(60),
  sort: z.number().int().min(0).max(999).default(0),
  plannedOn: isoDate.nullable().default(null),
  actualOn: isoDate.nullable().default(null),
});

export const memberInput = z.object({ userId: z.uuid(), role: z.enum(MEMBER_ROLES) });

/** 分期建设 (一期/二期): each phase with its own investment and dates. */
export const phaseInput = z.object({
  name: text(40),
  investmentYuan: money.nullable().default(null),
  plannedStartOn: isoDate.nullable().default(null),
  plannedCompletionOn: isoDate.nullable().default(null),
  actualStartOn: isoDate.nullable().default(null),
  actualCompletionOn: isoDate.nullable().default(null),
  content: optionalText(2000),
  sort: z.number().int().min(0).max(99).default(0),
});
export const phaseUpdate = phaseInput.extend({ version: z.number().int().min(1) });
export const versionQuery = z.object({ version: z.coerce.number().int().min(1) });

/** Monthly investment in and out of Excel: the zone's template for a month, the import into a zone. */
export const investmentTemplateQuery = z.object({
  zoneId: z.uuid(),
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: "month" }),
});
export const investmentImportQuery = z.object({ zoneId: z.uuid() });

export const weeklyReportInput = z.object({
  weekOf: isoDate,
  progress: text(2000),
  imageProgressPct: z.number().int().min(0).max(100),
  problemsFound: optionalText(2000),
});

export const problemInput = z.object({
  category: z.enum(PROBLEM_CATEGORIES),
  description: text(2000),
  responsibleUnitId: z.uuid().nullable().default(null),
  responsiblePerson: optionalText(30),
  deadline: isoDate.nullable().default(null),
});
/** 交办 (and 重新交办) may name the responsible unit and person and set the deadline; omitted ones stay. */
export const problemMove = z.object({
  to: z.enum(PROBLEM_STATUSES),
  resolution: optionalText(2000),
  responsibleUnitId: z.uuid().optional(),
  responsiblePerson: z.string().trim().max(30).nullable().optional(),
  deadline: isoDate.optional(),
  version: z.number().int().min(1),
});
export const problemQuery = pageQuery.extend({
  zoneId: z.uuid().optional(),
  projectId: z.uuid().optional(),
  status: z.enum(PROBLEM_STATUSES).optional(),
  category: z.enum(PROBLEM_CATEGORIES).optional(),
  responsibleUnitId: z.uuid().optional(),
  overdue: z.coerce.boolean().optional(),
  escalated: z.coerce.boolean().optional(),
});

/** 月通报: a zone's bulletin for one month (generated, archived, listed). */
export const bulletinInput = z.object({
  zoneId: z.uuid(),
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: "month" }),
});
export const bulletinQuery = pageQuery.extend({ zoneId: z.uuid().optional() });

export const meetingInput = z.object({
  zoneId: z.uuid(),
  title: text(120),
  heldOn: isoDate,
  chair: optionalText(30),
});
export const meetingMinutesInput = z.object({
  minutes: text(10_000),
  decisions: z
    .array(
      z.object({
        problemId: z.uuid(),
        decision: text(2000),
        deadline: isoDate.nullable().default(null),
        responsibleUnitId: z.uuid().nullable().default(null),
      }),
    )
    .max(200),
  version: z.number().int().min(1),
});
export const batchInput = z.object({
  zoneId: z.uuid(),
  name: text(120),
  heldOn: isoDate,
  projectIds: z.array(z.uuid()).min(1).max(500),
});
