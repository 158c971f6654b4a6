/**
 * Investment-attraction tables: leads and their stage history, 撞单 conflicts and claims, activities, targets,
 * landing reviews with votes, contracts and the fulfilment figures entered for them.
 */
import type {
  ACTIVITY_KINDS,
  ACTIVITY_LEAD_RELATIONS,
  CHECK_FINDINGS,
  CONFLICT_STATUSES,
  CONTRACT_KINDS,
  INCENTIVE_KINDS,
  INVESTOR_SIZES,
  LEAD_SOURCES,
  REVIEW_CHECKS,
  REVIEW_METRICS,
  REVIEW_STATUSES,
  REVIEW_VOTES,
} from "@zoneos/core/investment-api";
import type { ClaimStatus, LeadStage, ReviewDecision } from "@zoneos/core/investment-stages";
import { sql } from "drizzle-orm";
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";
import { enterprises } from "../enterprises/tables.js";
import { units, users, zones } from "../platform/tables.js";
import { projects } from "../projects/tables.js";

type Of<T extends readonly string[]> = T[number];
const money = (name: string) => numeric(name, { precision: 16, scale: 2 });
const at = (name: string) => timestamp(name, { withTimezone: true });
const zoneId = () =>
  uuid("zone_id")
    .notNull()
    .references(() => zones.id);

export interface InvestmentContact {
  name: string;
  title: string | null;
  phone: string | null;
}

export const investmentLeads = pgTable(
  "investment_leads",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    zoneId: zoneId(),
    ownerUnitId: uuid("owner_unit_id")
      .notNull()
      .references(() => units.id),
    ownerUserId: uuid("owner_user_id").references(() => users.id),
    investorName: text("investor_name").notNull(),
    /** normaliseCompanyName(investorName): what 撞单 detection compares. */
    investorNameKey: text("investor_name_key").notNull(),
    investorCreditCode: varchar("investor_credit_code", { length: 18 }),
    investorForeign: boolean("investor_foreign").notNull().default(false),
    investorHq: text("investor_hq"),
    investorIndustry: text("investor_industry"),
    investorSize: varchar("investor_size", { length: 8 }).$type<Of<typeof INVESTOR_SIZES>>(),
    investorListed: boolean("investor_listed").notNull().default(false),
    contacts: jsonb("contacts").$type<InvestmentContact[]>().notNull().default(sql`'[]'::jsonb`),
    projectName: text("project_name").notNull(),
    projectContent: text("project_content"),
    industryCode: varchar("industry_code", { length: 4 }),
    chainNodeId: uuid("chain_node_id"),
    intendedInvestmentYuan: money("intended_investment_yuan").notNull(),
    landMu: numeric("land_mu", { precision: 10, scale: 2 }),
    expectedOutputYuan: money("expected_output_yuan"),
    expectedTaxYuan: money("expected_tax_yuan"),
    expectedJobs: integer("expected_jobs"),
    expectedEnergyTce: numeric("expected_energy_tce", { precision: 14, scale: 4 }),
    source: varchar("source", { length: 20 }).$type<Of<typeof LEAD_SOURCES>>().notNull(),
    sourceNote: text("source_note"),
    firstContactOn: date("first_contact_on"),
    stage: varchar("stage", { length: 12 }).$type<LeadStage>().notNull().default("clue"),
    /** For 暂缓 and 流失: the stage the lead was in. */
    heldFrom: varchar("held_from", { length: 12 }).$type<LeadStage>(),
    stageReason: text("stage_reason"),
    stageChangedAt: at("stage_changed_at").notNull().defaultNow(),
    enterpriseId: uuid("enterprise_id").references(() => enterprises.id),
    projectId: uuid("project_id").references(() => projects.id),
    createdBy: uuid("created_by").references(() => users.id),
    version: integer("version").notNull().default(1),
    createdAt: at("created_at").notNull().defaultNow(),
    updatedAt: at("updated_at").notNull().defaultNow(),
  },
  (t) => [
    index("investment_leads_zone_stage_idx").on(t.zoneId, t.stage),
    index("investment_leads_zone_unit_idx").on(t.zoneId, t.ownerUnitId),
    index("investment_leads_name_key_idx").on(t.zoneId, t.investorNameKey),
    index("investment_leads_credit_code_idx").on(t.zoneId, t.investorCreditCode),
  ],
);

export const investmentLeadStages = pgTable(
  "investment_lead_stages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    zoneId: uuid("zone_id").notNull(),
    leadId: uuid("lead_id")
      .notNull()
      .references(() => investmentLeads.id, { onDelete: "cascade" }),
    fromStage: varchar("from_stage", { length: 12 }).$type<LeadStage>(),
    toStage: varchar("to_stage", { length: 12 }).$type<LeadStage>().notNull(),
    reason: text("reason"),
    actorId: uuid("actor_id").references(() => users.id),
    at: at("at").notNull(),
  },
  (t) => [index("investment_lead_stages_lead_idx").on(t.leadId, t.at)],
);

/** 撞单: one investor pursued by several units of a zone, until the leaders decide whose it is. */
export const investmentConflicts = pgTable(
  "investment_conflicts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    zoneId: zoneId(),
    investorName: text("investor_name").notNull(),
    creditCode: varchar("credit_code", { length: 18 }),
    nameKey: text("name_key").notNull(),
    status: varchar("status", { length: 8 }).$type<Of<typeof CONFLICT_STATUSES>>().notNull().default("open"),
    note: text("note"),
    decidedBy: uuid("decided_by").references(() => users.id),
    decidedAt: at("decided_at"),
    createdAt: at("created_at").notNull().defaultNow(),
  },
  (t) => [index("investment_conflicts_zone_idx").on(t.zoneId, t.status)],
);

export const investmentClaims = pgTable(
  "investment_claims",
  {
    conflictId: uuid("conflict_id")
      .notNull()
      .references(() => investmentConflicts.id, { onDelete: "cascade" }),
    leadId: uuid("lead_id")
      .notNull()
      .references(() => investmentLeads.id, { onDelete: "cascade" }),
    zoneId: uuid("zone_id").notNull(),
    unitId: uuid("unit_id").notNull(),
    status: varchar("status", { length: 10 }).$type<ClaimStatus>().notNull().default("contested"),
    claimedAt: at("claimed_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.conflictId, t.leadId] }), index("investment_claims_lead_idx").on(t.leadId)],
);

export const investmentActivities = pgTable(
  "investment_activities",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    zoneId: zoneId(),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id),
    kind: varchar("kind", { length: 10 }).$type<Of<typeof ACTIVITY_KINDS>>().notNull(),
    title: text("title").notNull(),
    startsOn: date("starts_on").notNull(),
    endsOn: date("ends_on"),
    location: text("location"),
    destinations: text("destinations").array().notNull().default(sql`'{}'::text[]`),
    members: text("members").array().notNull().default(sql`'{}'::text[]`),
    counterparts: text("counterparts"),
    attendees: integer("attendees"),
    summary: text("summary"),
    outcome: text("outcome"),
    createdBy: uuid("created_by").references(() => users.id),
    version: integer("version").notNull().default(1),
    createdAt: at("created_at").notNull().defaultNow(),
    updatedAt: at("updated_at").notNull().defaultNow(),
  },
  (t) => [
    index("investment_activities_zone_date_idx").on(t.zoneId, t.startsOn),
    index("investment_activities_unit_idx").on(t.unitId, t.startsOn),
  ],
);

export const investmentActivityLeads = pgTable(
  "investment_activity_leads",
  {
    activityId: uuid("activity_id")
      .notNull()
      .references(() => investmentActivities.id, { onDelete: "cascade" }),
    leadId: uuid("lead_id")
      .notNull()
      .references(() => investmentLeads.id, { onDelete: "cascade" }),
    zoneId: uuid("zone_id").notNull(),
    relation: varchar("relation", { length: 10 }).$type<Of<typeof ACTIVITY_LEAD_RELATIONS>>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.activityId, t.leadId] }), index("investment_activity_leads_lead_idx").on(t.leadId)],
);

/** 目标责任制: what each unit is to deliver in a year (全员招商 gives towns and departments targets too). */
export const investmentTargets = pgTable(
  "investment_targets",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    zoneId: zoneId(),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id),
    year: integer("year").notNull(),
    signedProjects: integer("signed_projects").notNull(),
    signedAmountYuan: money("signed_amount_yuan").notNull(),
    largeProjects: integer("large_projects").notNull(),
    fundsInPlaceYuan: money("funds_in_place_yuan").notNull(),
    startedProjects: integer("started_projects").notNull(),
    version: integer("version").notNull().default(1),
    updatedAt: at("updated_at").notNull().defaultNow(),
  },
  (t) => [uniqueIndex("investment_targets_unit_year_uq").on(t.zoneId, t.unitId, t.year)],
);

/** A zone's landing-review thresholds (准入指标). */
export const investmentThresholds = pgTable("investment_thresholds", {
  zoneId: uuid("zone_id")
    .primaryKey()
    .references(() => zones.id),
  minIntensityWanPerMu: numeric("min_intensity_wan_per_mu", { precision: 12, scale: 4 }),
  minTaxWanPerMu: numeric("min_tax_wan_per_mu", { precision: 12, scale: 4 }),
  maxEnergyTcePerWan: numeric("max_energy_tce_per_wan", { precision: 12, scale: 4 }),
  version: integer("version").notNull().default(1),
  updatedAt: at("updated_at").notNull().defaultNow(),
});

export interface InvestmentChecklistEntry {
  item: Of<typeof REVIEW_CHECKS>;
  finding: Of<typeof CHECK_FINDINGS>;
  evidence: string | null;
  fileId: string | null;
}

export interface InvestmentMetricSnapshot {
  metric: Of<typeof REVIEW_METRICS>;
  value: string | null;
  threshold: string | null;
  comparator: ">=" | "<=";
  pass: boolean | null;
}

export const investmentReviews = pgTable(
  "investment_reviews",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    zoneId: zoneId(),
    leadId: uuid("lead_id")
      .notNull()
      .references(() => investmentLeads.id, { onDelete: "cascade" }),
    status: varchar("status", { length: 8 }).$type<Of<typeof REVIEW_STATUSES>>().notNull().default("open"),
    meetingOn: date("meeting_on"),
    summary: text("summary"),
    checklist: jsonb("checklist").$type<InvestmentChecklistEntry[]>().notNull().default(sql`'[]'::jsonb`),
    /** The comparison with the thresholds as it stood when the decision was taken. */
    metrics: jsonb("metrics").$type<InvestmentMetricSnapshot[]>(),
    decision: varchar("decision", { length: 12 }).$type<ReviewDecision>(),
    conditions: text("conditions"),
    decidedOn: date("decided_on"),
    decidedBy: uuid("decided_by").references(() => users.id),
    createdBy: uuid("created_by").references(() => users.id),
    version: integer("version").notNull().default(1),
    createdAt: at("created_at").notNull().defaultNow(),
  },
  (t) => [index("investment_reviews_lead_idx").on(t.leadId), index("investment_reviews_zone_idx").on(t.zoneId)],
);

export const investmentReviewVotes = pgTable(
  "investment_review_votes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    zoneId: uuid("zone_id").notNull(),
    reviewId: uuid("review_id")
      .notNull()
      .references(() => investmentReviews.id, { onDelete: "cascade" }),
    memberName: text("member_name").notNull(),
    memberUserId: uuid("member_user_id").references(() => users.id),
    memberTitle: text("member_title"),
    vote: varchar("vote", { length: 12 }).$type<Of<typeof REVIEW_VOTES>>().notNull(),
    opinion: text("opinion"),
    at: at("at").notNull(),
  },
  (t) => [uniqueIndex("investment_review_votes_member_uq").on(t.reviewId, t.memberName)],
);

export interface InvestmentScheduleItem {
  dueOn: string;
  amountYuan: string;
}
export interface InvestmentIncentive {
  kind: Of<typeof INCENTIVE_KINDS>;
  description: string;
  amountYuan: string | null;
}

export const investmentContracts = pgTable(
  "investment_contracts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    zoneId: zoneId(),
    leadId: uuid("lead_id")
      .notNull()
      .references(() => investmentLeads.id),
    kind: varchar("kind", { length: 14 }).$type<Of<typeof CONTRACT_KINDS>>().notNull(),
    parentContractId: uuid("parent_contract_id"),
    code: text("code"),
    title: text("title").notNull(),
    signedOn: date("signed_on").notNull(),
    amountYuan: money("amount_yuan").notNull(),
    schedule: jsonb("schedule").$type<InvestmentScheduleItem[]>().notNull().default(sql`'[]'::jsonb`),
    promisedStartOn: date("promised_start_on"),
    promisedProductionOn: date("promised_production_on"),
    promisedOutputYuan: money("promised_output_yuan"),
    promisedTaxYuan: money("promised_tax_yuan"),
    promisedJobs: integer("promised_jobs"),
    landMu: numeric("land_mu", { precision: 10, scale: 2 }),
    incentives: jsonb("incentives").$type<InvestmentIncentive[]>().notNull().default(sql`'[]'::jsonb`),
    clawback: text("clawback"),
    investorSignatory: text("investor_signatory"),
    ourSignatory: text("our_signatory"),
    notes: text("notes"),
    createdBy: uuid("created_by").references(() => users.id),
    version: integer("version").notNull().default(1),
    createdAt: at("created_at").notNull().defaultNow(),
    updatedAt: at("updated_at").notNull().defaultNow(),
  },
  (t) => [
    index("investment_contracts_lead_idx").on(t.leadId),
    index("investment_contracts_zone_signed_idx").on(t.zoneId, t.signedOn),
  ],
);

/** Output, tax and jobs delivered in a year, entered until the enterprise statistics provide them. */
export const investmentActuals = pgTable(
  "investment_actuals",
  {
    contractId: uuid("contract_id")
      .notNull()
      .references(() => investmentContracts.id, { onDelete: "cascade" }),
    zoneId: uuid("zone_id").notNull(),
    year: integer("year").notNull(),
    outputYuan: money("output_yuan"),
    taxYuan: money("tax_yuan"),
    jobs: integer("jobs"),
    note: text("note"),
    enteredBy: uuid("entered_by").references(() => users.id),
    updatedAt: at("updated_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.contractId, t.year] })],
);
