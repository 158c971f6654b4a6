/**
 * The investment-attraction (招商引资) API contract: leads, 撞单 conflicts, activities, targets, landing reviews,
 * contracts, 注册落地 / 转项目 and fulfilment. Money is yuan as decimal strings; 万元 and 亿元 are display units.
 */
import { z } from "zod";
import { creditCodeProblem } from "./credit-code.js";
import { CLAIM_STATUSES, LEAD_STAGES, REVIEW_DECISIONS } from "./investment-stages.js";
import { pageOf, pageQuery } from "./platform-api.js";
import { CONSTRUCTION_TYPES, PROJECT_CATEGORIES } from "./project-api.js";

export const LEAD_SOURCES = [
  "businessReferral", // 以商招商
  "resident", // 驻地招商
  "entrusted", // 委托招商
  "exhibition", // 展会
  "platform", // 平台
  "professional", // 专业招商
  "other",
] as const;
export const INVESTOR_SIZES = ["large", "medium", "small", "micro"] as const;
export const ACTIVITY_KINDS = ["visit", "reception", "call", "trip", "event"] as const;
/** How an activity relates to a lead: about it, the investor was met (trips), the lead came out of it (events). */
export const ACTIVITY_LEAD_RELATIONS = ["about", "met", "produced"] as const;
/** The "四不要": 不符合绿色发展要求, 产能过剩, 严重安全隐患, 税收/就业贡献小. */
export const REVIEW_CHECKS = ["notGreen", "overCapacity", "safetyHazard", "lowContribution"] as const;
export const CHECK_FINDINGS = ["clear", "concern", "violation"] as const;
export const REVIEW_VOTES = ["approve", "conditional", "reject", "abstain"] as const;
export const REVIEW_STATUSES = ["open", "decided"] as const;
export const REVIEW_METRICS = ["investmentIntensity", "taxPerMu", "energyPerOutput"] as const;
export const CONTRACT_KINDS = ["framework", "formal", "supplementary"] as const;
export const INCENTIVE_KINDS = ["land", "tax", "subsidy", "other"] as const;
export const CONFLICT_STATUSES = ["open", "decided"] as const;
export const TARGET_METRICS = [
  "signedProjects",
  "signedAmountYuan",
  "largeProjects",
  "fundsInPlaceYuan",
  "startedProjects",
] as const;
/** Why a contract is listed as falling behind. */
export const BEHIND_REASONS = [
  "investmentBehind",
  "startOverdue",
  "productionOverdue",
  "outputBehind",
  "taxBehind",
  "jobsBehind",
] as const;

/** Investment amounts: yuan, at most 1万亿 (anything larger is a typing error, not a project). */
const money = z.string().regex(/^\d{1,12}(\.\d{1,2})?$/, { message: "money" });
const mu = z.string().regex(/^\d{1,6}(\.\d{1,2})?$/, { message: "decimal" });
const decimal = z.string().regex(/^\d{1,8}(\.\d{1,4})?$/, { message: "decimal" });
const isoDate = z.iso.date();
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: "month" });
const year = z.number().int().min(2000).max(2100);
const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().default(null);
const version = z.number().int().min(1);
const creditCode = z
  .string()
  .trim()
  .toUpperCase()
  .refine((c) => creditCodeProblem(c) === null, { message: "creditCode" });
const jobs = z.number().int().min(0).max(1_000_000);

// Leads
export const contactInput = z.object({
  name: text(30),
  title: optionalText(40),
  phone: z
    .string()
    .trim()
    .regex(/^[0-9+\-() ]{5,20}$/, { message: "phone" })
    .nullable()
    .default(null),
});

export const leadInput = z.object({
  zoneId: z.uuid(),
  /** Defaults to the caller's unit. */
  ownerUnitId: z.uuid().nullable().default(null),
  /** The officer in charge; defaults to the caller. */
  ownerUserId: z.uuid().nullable().default(null),
  investorName: text(120),
  /** Required only of Chinese investors; checked against GB 32100. */
  investorCreditCode: creditCode.nullable().default(null),
  investorForeign: z.boolean().default(false),
  investorHq: optionalText(60),
  investorIndustry: optionalText(60),
  investorSize: z.enum(INVESTOR_SIZES).nullable().default(null),
  investorListed: z.boolean().default(false),
  contacts: z.array(contactInput).max(10).default([]),
  projectName: text(120),
  projectContent: optionalText(2000),
  /** GB/T 4754-2017: division (2 digits) to class (4 digits). */
  industryCode: z
    .string()
    .regex(/^\d{2,4}$/, { message: "industryCode" })
    .nullable()
    .default(null),
  chainNodeId: z.uuid().nullable().default(null),
  intendedInvestmentYuan: money,
  landMu: mu.nullable().default(null),
  expectedOutputYuan: money.nullable().default(null),
  expectedTaxYuan: money.nullable().default(null),
  expectedJobs: jobs.nullable().default(null),
  /** Annual energy use, tonnes of standard coal (tce), for the review's 能耗 threshold. */
  expectedEnergyTce: decimal.nullable().default(null),
  source: z.enum(LEAD_SOURCES),
  sourceNote: optionalText(200),
  firstContactOn: isoDate.nullable().default(null),
  /** Create despite a 撞单 warning: the conflict is recorded for the leaders to arbitrate. */
  acknowledgeDuplicate: z.boolean().default(false),
});
export const leadUpdate = leadInput
  .omit({ zoneId: true, acknowledgeDuplicate: true })
  .partial()
  .extend({ ownerUnitId: z.uuid().optional(), version });

export const leadQuery = pageQuery.extend({
  q: z.string().trim().max(60).optional(),
  zoneId: z.uuid().optional(),
  stage: z.enum(LEAD_STAGES).optional(),
  source: z.enum(LEAD_SOURCES).optional(),
  ownerUnitId: z.uuid().optional(),
  industryCode: z.string().max(4).optional(),
  chainNodeId: z.uuid().optional(),
  minInvestmentYuan: money.optional(),
  contested: z.coerce.boolean().optional(),
  mine: z.coerce.boolean().optional(),
  sort: z.enum(["updatedAt", "createdAt", "investorName", "intendedInvestmentYuan", "stage"]).default("updatedAt"),
});

export const leadTransitionInput = z.object({
  to: z.enum(LEAD_STAGES),
  reason: optionalText(500),
  version,
});

export const duplicateQuery = z.object({
  zoneId: z.uuid().optional(),
  creditCode: z.string().trim().max(18).optional(),
  name: z.string().trim().max(120).optional(),
  /** Leave this lead out (when checking an edit). */
  excludeLeadId: z.uuid().optional(),
});

export const leadClaim = z.object({
  conflictId: z.uuid(),
  status: z.enum(CLAIM_STATUSES),
  /** The other units pursuing the same investor. */
  rivals: z.array(z.object({ unitId: z.uuid(), unitName: z.string(), status: z.enum(CLAIM_STATUSES) })),
});

export const lead = z.object({
  id: z.uuid(),
  zoneId: z.uuid(),
  zoneName: z.string(),
  ownerUnitId: z.uuid(),
  ownerUnitName: z.string(),
  ownerUserId: z.uuid().nullable(),
  ownerUserName: z.string().nullable(),
  investorName: z.string(),
  investorCreditCode: z.string().nullable(),
  investorForeign: z.boolean(),
  investorHq: z.string().nullable(),
  investorIndustry: z.string().nullable(),
  investorSize: z.enum(INVESTOR_SIZES).nullable(),
  investorListed: z.boolean(),
  contacts: z.array(contactInput),
  projectName: z.string(),
  projectContent: z.string().nullable(),
  industryCode: z.string().nullable(),
  industryName: z.string().nullable(),
  chainNodeId: z.uuid().nullable(),
  chainNodeName: z.string().nullable(),
  intendedInvestmentYuan: z.string(),
  landMu: z.string().nullable(),
  expectedOutputYuan: z.string().nullable(),
  expectedTaxYuan: z.string().nullable(),
  expectedJobs: z.number().int().nullable(),
  expectedEnergyTce: z.string().nullable(),
  source: z.enum(LEAD_SOURCES),
  sourceNote: z.string().nullable(),
  firstContactOn: z.string().nullable(),
  stage: z.enum(LEAD_STAGES),
  /** The stage a lead on hold or lost was in. */
  heldFrom: z.enum(LEAD_STAGES).nullable(),
  stageReason: z.string().nullable(),
  stageChangedAt: z.string(),
  reviewDecision: z.enum(REVIEW_DECISIONS).nullable(),
  contractCount: z.number().int(),
  signedOn: z.string().nullable(),
  signedAmountYuan: z.string().nullable(),
  enterpriseId: z.uuid().nullable(),
  enterpriseName: z.string().nullable(),
  projectId: z.uuid().nullable(),
  linkedProjectName: z.string().nullable(),
  claim: leadClaim.nullable(),
  /** Every other stage with whether the caller may move the lead there now, and why not. */
  moves: z.array(z.object({ to: z.enum(LEAD_STAGES), ok: z.boolean(), refusal: z.string().optional() })),
  canEdit: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export const leadPage = pageOf(lead);

export const leadHistoryEntry = z.object({
  id: z.uuid(),
  fromStage: z.enum(LEAD_STAGES).nullable(),
  toStage: z.enum(LEAD_STAGES),
  reason: z.string().nullable(),
  at: z.string(),
  byName: z.string().nullable(),
});

/** A match for an investor already pursued; other units' leads stay confidential (no id, no project). */
export const duplicateMatch = z.object({
  matchedBy: z.enum(["creditCode", "name"]),
  unitId: z.uuid(),
  unitName: z.string(),
  sameUnit: z.boolean(),
  stage: z.enum(LEAD_STAGES),
  since: z.string(),
  /** Only when the caller may open that lead. */
  leadId: z.uuid().nullable(),
  investorName: z.string().nullable(),
});
export const duplicateResult = z.object({
  normalisedName: z.string().nullable(),
  matches: z.array(duplicateMatch),
});

/** The 409 body of a lead create that hits 撞单 (problem+json with these extensions). */
export const duplicateProblem = z.object({
  code: z.literal("leadDuplicate"),
  detail: z.string(),
  duplicates: z.array(duplicateMatch),
});

export const timelineEntry = z.object({
  at: z.string(),
  kind: z.enum(["stage", "activity", "review", "contract", "claim"]),
  refId: z.uuid(),
  title: z.string(),
  detail: z.string().nullable(),
});

// 撞单 conflicts (leaders only)
export const conflict = z.object({
  id: z.uuid(),
  zoneId: z.uuid(),
  investorName: z.string(),
  creditCode: z.string().nullable(),
  normalisedName: z.string(),
  status: z.enum(CONFLICT_STATUSES),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
  decidedByName: z.string().nullable(),
  note: z.string().nullable(),
  claims: z.array(
    z.object({
      leadId: z.uuid(),
      unitId: z.uuid(),
      unitName: z.string(),
      ownerUserName: z.string().nullable(),
      projectName: z.string(),
      stage: z.enum(LEAD_STAGES),
      intendedInvestmentYuan: z.string(),
      claimedAt: z.string(),
      status: z.enum(CLAIM_STATUSES),
    }),
  ),
});
export const conflictQuery = pageQuery.extend({
  zoneId: z.uuid().optional(),
  status: z.enum(CONFLICT_STATUSES).optional(),
});
export const conflictPage = pageOf(conflict);
export const conflictDecisionInput = z.object({ ownerLeadId: z.uuid(), note: text(500) });

// Aggregates: what other units and supervisors see (no investor names)
const stageAggregate = z.object({ stage: z.enum(LEAD_STAGES), count: z.number().int(), amountYuan: z.string() });
export const leadSummary = z.object({
  total: z.number().int(),
  amountYuan: z.string(),
  byStage: z.array(stageAggregate),
  bySource: z.array(z.object({ source: z.enum(LEAD_SOURCES), count: z.number().int(), amountYuan: z.string() })),
  byUnit: z.array(
    z.object({
      zoneId: z.uuid(),
      unitId: z.uuid(),
      unitName: z.string(),
      count: z.number().int(),
      amountYuan: z.string(),
      signedCount: z.number().int(),
      signedAmountYuan: z.string(),
    }),
  ),
  byZone: z.array(
    z.object({
      zoneId: z.uuid(),
      zoneName: z.string(),
      count: z.number().int(),
      amountYuan: z.string(),
      negotiatingCount: z.number().int(),
      negotiatingAmountYuan: z.string(),
      signedCount: z.number().int(),
      signedAmountYuan: z.string(),
    }),
  ),
});
export const summaryQuery = z.object({ zoneId: z.uuid().optional(), year: z.coerce.number().int().optional() });

/** Funnel and conversion by source and unit, over leads created in the year. */
export const funnel = z.object({
  stages: z.array(z.object({ stage: z.enum(LEAD_STAGES), reached: z.number().int(), amountYuan: z.string() })),
  bySource: z.array(
    z.object({
      source: z.enum(LEAD_SOURCES),
      leads: z.number().int(),
      signed: z.number().int(),
      conversionPct: z.number().nullable(),
      avgDaysToSign: z.number().nullable(),
    }),
  ),
  byUnit: z.array(
    z.object({
      unitId: z.uuid(),
      unitName: z.string(),
      leads: z.number().int(),
      signed: z.number().int(),
      conversionPct: z.number().nullable(),
      avgDaysToSign: z.number().nullable(),
    }),
  ),
});

// Activities
export const activityLinkInput = z.object({ leadId: z.uuid(), relation: z.enum(ACTIVITY_LEAD_RELATIONS) });
export const activityInput = z.object({
  zoneId: z.uuid(),
  /** Defaults to the caller's unit. */
  unitId: z.uuid().nullable().default(null),
  kind: z.enum(ACTIVITY_KINDS),
  title: text(120),
  startsOn: isoDate,
  /** Trips and multi-day events. */
  endsOn: isoDate.nullable().default(null),
  location: optionalText(120),
  /** Trips: cities or regions visited. */
  destinations: z.array(text(60)).max(20).default([]),
  /** Our side: trip members, hosts. */
  members: z.array(text(30)).max(50).default([]),
  /** Their side: investors and guests met or received. */
  counterparts: optionalText(500),
  /** Events: how many attended. */
  attendees: z.number().int().min(0).max(100_000).nullable().default(null),
  summary: optionalText(2000),
  outcome: optionalText(2000),
  leads: z.array(activityLinkInput).max(100).default([]),
});
export const activityUpdate = activityInput
  .omit({ zoneId: true })
  .partial()
  .extend({ unitId: z.uuid().optional(), version });
export const activityQuery = pageQuery.extend({
  zoneId: z.uuid().optional(),
  unitId: z.uuid().optional(),
  kind: z.enum(ACTIVITY_KINDS).optional(),
  leadId: z.uuid().optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  q: z.string().trim().max(60).optional(),
});
export const calendarQuery = z.object({
  zoneId: z.uuid().optional(),
  from: isoDate,
  to: isoDate,
  kind: z.enum(ACTIVITY_KINDS).optional(),
  unitId: z.uuid().optional(),
});
export const activity = z.object({
  id: z.uuid(),
  zoneId: z.uuid(),
  unitId: z.uuid(),
  unitName: z.string(),
  kind: z.enum(ACTIVITY_KINDS),
  title: z.string(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  location: z.string().nullable(),
  destinations: z.array(z.string()),
  members: z.array(z.string()),
  counterparts: z.string().nullable(),
  attendees: z.number().int().nullable(),
  summary: z.string().nullable(),
  outcome: z.string().nullable(),
  leads: z.array(
    z.object({
      leadId: z.uuid(),
      relation: z.enum(ACTIVITY_LEAD_RELATIONS),
      investorName: z.string(),
      projectName: z.string(),
    }),
  ),
  createdByName: z.string().nullable(),
  canEdit: z.boolean(),
  createdAt: z.string(),
  version: z.number().int(),
});
export const activityPage = pageOf(activity);
export const calendarEntry = z.object({
  id: z.uuid(),
  kind: z.enum(ACTIVITY_KINDS),
  title: z.string(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  unitId: z.uuid(),
  unitName: z.string(),
  leadCount: z.number().int(),
});

// Targets (目标责任制, 全员招商)
export const targetInput = z.object({
  zoneId: z.uuid(),
  unitId: z.uuid(),
  year,
  signedProjects: z.number().int().min(0).max(10_000),
  signedAmountYuan: money,
  largeProjects: z.number().int().min(0).max(10_000),
  fundsInPlaceYuan: money,
  startedProjects: z.number().int().min(0).max(10_000),
  /** Required when replacing an existing target. */
  version: version.nullable().default(null),
});
export const targetQuery = z.object({ zoneId: z.uuid().optional(), year: z.coerce.number().int().min(2000).max(2100) });
export const target = z.object({
  id: z.uuid(),
  zoneId: z.uuid(),
  unitId: z.uuid(),
  unitName: z.string(),
  year: z.number().int(),
  signedProjects: z.number().int(),
  signedAmountYuan: z.string(),
  largeProjects: z.number().int(),
  fundsInPlaceYuan: z.string(),
  startedProjects: z.number().int(),
  version: z.number().int(),
});
export const progressQuery = z.object({
  zoneId: z.uuid().optional(),
  year: z.coerce.number().int().min(2000).max(2100),
  /** Year to date through this month (1–12); defaults to the current month of the current year, else 12. */
  month: z.coerce.number().int().min(1).max(12).optional(),
});
const metricProgress = z.object({
  metric: z.enum(TARGET_METRICS),
  target: z.string(),
  actual: z.string(),
  completionPct: z.number().nullable(),
  /** Percentage points ahead (+) or behind (−) 序时进度. */
  pointsAgainstSchedule: z.number().nullable(),
});
export const unitProgress = z.object({
  unitId: z.uuid(),
  unitName: z.string(),
  rank: z.number().int(),
  score: z.number().nullable(),
  metrics: z.array(metricProgress),
});
export const targetProgress = z.object({
  zoneId: z.uuid(),
  year: z.number().int(),
  month: z.number().int(),
  schedulePct: z.number(),
  units: z.array(unitProgress),
  zone: z.object({ metrics: z.array(metricProgress) }),
  /** Month by month zone totals, for the trend chart. */
  monthly: z.array(
    z.object({
      month: z.number().int(),
      signedProjects: z.number().int(),
      signedAmountYuan: z.string(),
      fundsInPlaceYuan: z.string(),
      startedProjects: z.number().int(),
    }),
  ),
});

// Landing review (项目落地审查)
export const thresholdsInput = z.object({
  /** 投资强度 floor, 万元 per 亩. */
  minIntensityWanPerMu: decimal.nullable().default(null),
  /** 亩均税收 floor, 万元 per 亩 per year. */
  minTaxWanPerMu: decimal.nullable().default(null),
  /** 能耗 ceiling, tce per 万元 of output. */
  maxEnergyTcePerWan: decimal.nullable().default(null),
  version: version.nullable().default(null),
});
export const thresholds = z.object({
  zoneId: z.uuid(),
  minIntensityWanPerMu: z.string().nullable(),
  minTaxWanPerMu: z.string().nullable(),
  maxEnergyTcePerWan: z.string().nullable(),
  version: z.number().int(),
});

export const reviewInput = z.object({
  leadId: z.uuid(),
  meetingOn: isoDate.nullable().default(null),
  summary: optionalText(2000),
});
export const checklistItemInput = z.object({
  item: z.enum(REVIEW_CHECKS),
  finding: z.enum(CHECK_FINDINGS),
  evidence: optionalText(2000),
  fileId: z.uuid().nullable().default(null),
});
export const checklistInput = z.object({
  items: z.array(checklistItemInput).min(1).max(4),
  meetingOn: isoDate.nullable().optional(),
  summary: optionalText(2000).optional(),
  version,
});
export const voteInput = z.object({
  memberName: text(30),
  memberUserId: z.uuid().nullable().default(null),
  memberTitle: optionalText(60),
  vote: z.enum(REVIEW_VOTES),
  opinion: optionalText(2000),
});
export const reviewDecisionInput = z.object({
  decision: z.enum(REVIEW_DECISIONS),
  conditions: optionalText(2000),
  decidedOn: isoDate,
  version,
});
export const reviewQuery = pageQuery.extend({
  zoneId: z.uuid().optional(),
  leadId: z.uuid().optional(),
  status: z.enum(REVIEW_STATUSES).optional(),
  decision: z.enum(REVIEW_DECISIONS).optional(),
});
export const metricComparison = z.object({
  metric: z.enum(REVIEW_METRICS),
  value: z.string().nullable(),
  threshold: z.string().nullable(),
  comparator: z.enum([">=", "<="]),
  /** Null when the lead's figures or the zone's threshold are missing. */
  pass: z.boolean().nullable(),
});
export const review = z.object({
  id: z.uuid(),
  zoneId: z.uuid(),
  leadId: z.uuid(),
  investorName: z.string(),
  projectName: z.string(),
  ownerUnitName: z.string(),
  status: z.enum(REVIEW_STATUSES),
  meetingOn: z.string().nullable(),
  summary: z.string().nullable(),
  checklist: z.array(
    z.object({
      item: z.enum(REVIEW_CHECKS),
      finding: z.enum(CHECK_FINDINGS),
      evidence: z.string().nullable(),
      fileId: z.uuid().nullable(),
    }),
  ),
  metrics: z.array(metricComparison),
  votes: z.array(
    z.object({
      id: z.uuid(),
      memberName: z.string(),
      memberUserId: z.uuid().nullable(),
      memberTitle: z.string().nullable(),
      vote: z.enum(REVIEW_VOTES),
      opinion: z.string().nullable(),
      at: z.string(),
    }),
  ),
  decision: z.enum(REVIEW_DECISIONS).nullable(),
  conditions: z.string().nullable(),
  decidedOn: z.string().nullable(),
  decidedByName: z.string().nullable(),
  /** Which decisions the rules allow now, and why not. */
  allowedDecisions: z.array(
    z.object({ decision: z.enum(REVIEW_DECISIONS), ok: z.boolean(), refusal: z.string().optional() }),
  ),
  createdAt: z.string(),
  version: z.number().int(),
});
export const reviewPage = pageOf(review);

// Contracts (签约)
export const scheduleItemInput = z.object({ dueOn: isoDate, amountYuan: money });
export const incentiveInput = z.object({
  kind: z.enum(INCENTIVE_KINDS),
  description: text(200),
  amountYuan: money.nullable().default(null),
});
export const contractInput = z.object({
  leadId: z.uuid(),
  kind: z.enum(CONTRACT_KINDS),
  /** A supplementary agreement amends this contract. */
  parentContractId: z.uuid().nullable().default(null),
  code: optionalText(40),
  title: text(120),
  signedOn: isoDate,
  amountYuan: money,
  /** Promised investment in place by each date (分期到位). */
  schedule: z.array(scheduleItemInput).max(40).default([]),
  promisedStartOn: isoDate.nullable().default(null),
  promisedProductionOn: isoDate.nullable().default(null),
  promisedOutputYuan: money.nullable().default(null),
  promisedTaxYuan: money.nullable().default(null),
  promisedJobs: jobs.nullable().default(null),
  landMu: mu.nullable().default(null),
  incentives: z.array(incentiveInput).max(20).default([]),
  clawback: optionalText(4000),
  investorSignatory: optionalText(60),
  ourSignatory: optionalText(60),
  notes: optionalText(2000),
});
export const contractUpdate = contractInput.omit({ leadId: true, kind: true }).partial().extend({ version });
export const contractQuery = pageQuery.extend({
  zoneId: z.uuid().optional(),
  leadId: z.uuid().optional(),
  unitId: z.uuid().optional(),
  kind: z.enum(CONTRACT_KINDS).optional(),
  year: z.coerce.number().int().optional(),
  behind: z.coerce.boolean().optional(),
  sort: z.enum(["signedOn", "amountYuan"]).default("signedOn"),
});
export const contract = contractInput.omit({ schedule: true, incentives: true }).extend({
  id: z.uuid(),
  zoneId: z.uuid(),
  unitId: z.uuid(),
  unitName: z.string(),
  investorName: z.string(),
  projectName: z.string(),
  leadStage: z.enum(LEAD_STAGES),
  schedule: z.array(scheduleItemInput),
  incentives: z.array(
    z.object({ kind: z.enum(INCENTIVE_KINDS), description: z.string(), amountYuan: z.string().nullable() }),
  ),
  enterpriseId: z.uuid().nullable(),
  projectId: z.uuid().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
});
export const contractPage = pageOf(contract);

// 注册落地 and 转项目
export const registerInput = z
  .object({
    /** Link an enterprise already in the registry … */
    enterpriseId: z.uuid().nullable().default(null),
    /** … or register a new one (name and credit code default to the investor's). */
    enterprise: z
      .object({
        name: text(120).optional(),
        creditCode: creditCode.optional(),
        industryCode: z
          .string()
          .regex(/^\d{4}$/, { message: "industryCode" })
          .optional(),
        registeredOn: isoDate.optional(),
        address: optionalText(200).optional(),
        legalRepresentative: optionalText(30).optional(),
        registeredCapitalYuan: money.nullable().optional(),
      })
      .nullable()
      .default(null),
    version,
  })
  .refine((v) => (v.enterpriseId === null) !== (v.enterprise === null), {
    message: "enterpriseChoice",
    path: ["enterpriseId"],
  });
export const convertInput = z.object({
  /** The project's code in the projects module. */
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9-]{2,40}$/, { message: "projectCode" }),
  category: z.enum(PROJECT_CATEGORIES).default("industry"),
  constructionType: z.enum(CONSTRUCTION_TYPES).default("new"),
  /** Defaults to the project name on the lead. */
  name: text(120).optional(),
  plannedCompletionOn: isoDate.nullable().default(null),
  version,
});
export const landingResult = z.object({
  lead: lead,
  enterpriseId: z.uuid().nullable(),
  projectId: z.uuid().nullable(),
});

// Fulfilment (履约)
export const actualsInput = z.object({
  year,
  outputYuan: money.nullable().default(null),
  taxYuan: money.nullable().default(null),
  jobs: jobs.nullable().default(null),
  note: optionalText(500),
});
export const fulfilment = z.object({
  contractId: z.uuid(),
  leadId: z.uuid(),
  projectId: z.uuid().nullable(),
  enterpriseId: z.uuid().nullable(),
  asOf: z.string(),
  promised: z.object({
    investmentYuan: z.string(),
    toDateYuan: z.string(),
    schedule: z.array(scheduleItemInput),
    startOn: z.string().nullable(),
    productionOn: z.string().nullable(),
    outputYuan: z.string().nullable(),
    taxYuan: z.string().nullable(),
    jobs: z.number().int().nullable(),
  }),
  actual: z.object({
    investmentYuan: z.string(),
    byMonth: z.array(z.object({ month, amountYuan: z.string(), cumulativeYuan: z.string() })),
    startedOn: z.string().nullable(),
    productionOn: z.string().nullable(),
    /** The latest year entered. */
    year: z.number().int().nullable(),
    outputYuan: z.string().nullable(),
    taxYuan: z.string().nullable(),
    jobs: z.number().int().nullable(),
  }),
  actuals: z.array(
    z.object({
      year: z.number().int(),
      outputYuan: z.string().nullable(),
      taxYuan: z.string().nullable(),
      jobs: z.number().int().nullable(),
      note: z.string().nullable(),
    }),
  ),
  fundsInPlacePct: z.number().nullable(),
  fulfilling: z.boolean(),
  started: z.boolean(),
  behind: z.array(z.enum(BEHIND_REASONS)),
});
const rateRow = z.object({
  contracts: z.number().int(),
  fulfilling: z.number().int(),
  started: z.number().int(),
  contractedYuan: z.string(),
  inPlaceYuan: z.string(),
  /** 资金到位率, 合同履约率, 开工率 in percent; null when nothing is contracted. */
  fundsInPlaceRate: z.number().nullable(),
  fulfilmentRate: z.number().nullable(),
  startRate: z.number().nullable(),
});
export const fulfilmentQuery = z.object({
  zoneId: z.uuid().optional(),
  /** Contracts signed in this year; all years when absent. */
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
export const fulfilmentRates = z.object({
  asOf: z.string(),
  zone: rateRow,
  units: z.array(rateRow.extend({ unitId: z.uuid(), unitName: z.string() })),
  zones: z.array(rateRow.extend({ zoneId: z.uuid(), zoneName: z.string() })),
});
export const behindContract = z.object({
  contractId: z.uuid(),
  leadId: z.uuid(),
  zoneId: z.uuid(),
  unitName: z.string(),
  /** Null for callers who see aggregates only. */
  investorName: z.string().nullable(),
  projectName: z.string().nullable(),
  signedOn: z.string(),
  amountYuan: z.string(),
  promisedToDateYuan: z.string(),
  actualYuan: z.string(),
  gapYuan: z.string(),
  fundsInPlacePct: z.number().nullable(),
  promisedStartOn: z.string().nullable(),
  startedOn: z.string().nullable(),
  daysLate: z.number().int().nullable(),
  reasons: z.array(z.enum(BEHIND_REASONS)),
});

export type Lead = z.infer<typeof lead>;
export type LeadInput = z.input<typeof leadInput>;
export type LeadSummary = z.infer<typeof leadSummary>;
export type DuplicateMatch = z.infer<typeof duplicateMatch>;
export type Conflict = z.infer<typeof conflict>;
export type Activity = z.infer<typeof activity>;
export type CalendarEntry = z.infer<typeof calendarEntry>;
export type Target = z.infer<typeof target>;
export type TargetProgress = z.infer<typeof targetProgress>;
export type Thresholds = z.infer<typeof thresholds>;
export type Review = z.infer<typeof review>;
export type Contract = z.infer<typeof contract>;
export type Fulfilment = z.infer<typeof fulfilment>;
export type FulfilmentRates = z.infer<typeof fulfilmentRates>;
export type BehindContract = z.infer<typeof behindContract>;
export type Funnel = z.infer<typeof funnel>;
export type TimelineEntry = z.infer<typeof timelineEntry>;
