/** Enterprise registry tables: enterprises and what is known of them, industries, chains and cultivation targets. */
import type {
  BOARDS,
  CHAIN_SEGMENTS,
  ENTERPRISE_STATUSES,
  OWNERSHIPS,
  PARTY_FORMS,
  PLATFORM_KINDS,
  PLATFORM_LEVELS,
  QUALIFICATION_KINDS,
} from "@zoneos/core/enterprise-api";
import type { Rung, ScaleKind } from "@zoneos/core/enterprise-scale";
import { sql } from "drizzle-orm";
import {
  date,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";
import { users, zones } from "../platform/tables.js";

type Of<T extends readonly string[]> = T[number];

/** GB/T 4754-2017, all four levels. */
export const industries = pgTable(
  "industries",
  {
    code: varchar("code", { length: 4 }).primaryKey(),
    name: text("name").notNull(),
    level: varchar("level", { length: 10 }).$type<"section" | "division" | "group" | "class">().notNull(),
    parent: varchar("parent", { length: 4 }),
  },
  (t) => [index("industries_parent_idx").on(t.parent)],
);

export const enterprises = pgTable(
  "enterprises",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    zoneId: uuid("zone_id")
      .notNull()
      .references(() => zones.id),
    creditCode: varchar("credit_code", { length: 18 }),
    name: text("name").notNull(),
    formerNames: text("former_names").array().notNull().default(sql`'{}'::text[]`),
    legalRepresentative: text("legal_representative"),
    registeredCapitalYuan: numeric("registered_capital_yuan", { precision: 16, scale: 2 }),
    establishedOn: date("established_on"),
    address: text("address"),
    industryCode: varchar("industry_code", { length: 4 })
      .notNull()
      .references(() => industries.code),
    ownership: varchar("ownership", { length: 16 }).$type<Of<typeof OWNERSHIPS>>().notNull(),
    status: varchar("status", { length: 12 }).$type<Of<typeof ENTERPRISE_STATUSES>>().notNull(),
    employees: integer("employees"),
    landMu: numeric("land_mu", { precision: 11, scale: 2 }),
    contactName: text("contact_name"),
    contactPhone: text("contact_phone"),
    liaisonUserId: uuid("liaison_user_id").references(() => users.id),
    cluster: text("cluster"),
    rung: varchar("rung", { length: 12 }).$type<Rung>().notNull(),
    /** The normalised name and its pinyin initials (步长制药 → "步长制药 bczy"), confirming gram matches. */
    searchKey: text("search_key").notNull().default(""),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("enterprises_credit_code_uq").on(t.creditCode),
    // Prefix search on credit codes (LIKE 'X%') needs pattern ops whatever the database collation.
    index("enterprises_credit_code_prefix_idx").on(t.creditCode.op("varchar_pattern_ops")),
    index("enterprises_zone_name_idx").on(t.zoneId, t.name),
    index("enterprises_zone_industry_idx").on(t.zoneId, t.industryCode),
    index("enterprises_liaison_idx").on(t.liaisonUserId),
  ],
);

/**
 * Every two consecutive characters of an enterprise's name (and of its pinyin initials), so a search for
 * any 2+ characters is an index lookup rather than a scan of every name.
 */
export const enterpriseNameGrams = pgTable(
  "enterprise_name_grams",
  {
    gram: varchar("gram", { length: 2 }).notNull(),
    enterpriseId: uuid("enterprise_id")
      .notNull()
      .references(() => enterprises.id, { onDelete: "cascade" }),
    zoneId: uuid("zone_id").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.gram, t.enterpriseId] }),
    index("enterprise_grams_enterprise_idx").on(t.enterpriseId),
  ],
);

const owned = {
  id: uuid("id").primaryKey().defaultRandom(),
  zoneId: uuid("zone_id").notNull(),
  enterpriseId: uuid("enterprise_id")
    .notNull()
    .references(() => enterprises.id, { onDelete: "cascade" }),
};

/** 规上/限上/资质 flags with the dates they held: "how many 规上 in June 2023" is a range query. */
export const scaleFlags = pgTable(
  "enterprise_scale_flags",
  {
    ...owned,
    kind: varchar("kind", { length: 12 }).$type<ScaleKind>().notNull(),
    startedOn: date("started_on").notNull(),
    endedOn: date("ended_on"),
    note: text("note"),
  },
  (t) => [
    index("scale_flags_zone_kind_idx").on(t.zoneId, t.kind, t.startedOn),
    index("scale_flags_ent_idx").on(t.enterpriseId),
  ],
);

export const qualifications = pgTable(
  "enterprise_qualifications",
  {
    ...owned,
    kind: varchar("kind", { length: 16 }).$type<Of<typeof QUALIFICATION_KINDS>>().notNull(),
    certificateNo: text("certificate_no"),
    issuedOn: date("issued_on"),
    expiresOn: date("expires_on"),
    board: varchar("board", { length: 10 }).$type<Of<typeof BOARDS>>(),
    stockCode: text("stock_code"),
    tier: text("tier"),
    note: text("note"),
  },
  (t) => [
    index("qualifications_zone_kind_idx").on(t.zoneId, t.kind, t.expiresOn),
    index("qualifications_ent_idx").on(t.enterpriseId),
  ],
);

export const rdPlatforms = pgTable(
  "enterprise_rd_platforms",
  {
    ...owned,
    kind: varchar("kind", { length: 20 }).$type<Of<typeof PLATFORM_KINDS>>().notNull(),
    level: varchar("level", { length: 12 }).$type<Of<typeof PLATFORM_LEVELS>>().notNull(),
    name: text("name").notNull(),
    approvedOn: date("approved_on"),
  },
  (t) => [index("rd_platforms_ent_idx").on(t.enterpriseId), index("rd_platforms_zone_idx").on(t.zoneId, t.level)],
);

/** Innovation figures and party organisation: one row per enterprise, edited as a whole. */
export const enterpriseProfiles = pgTable("enterprise_profiles", {
  enterpriseId: uuid("enterprise_id")
    .primaryKey()
    .references(() => enterprises.id, { onDelete: "cascade" }),
  zoneId: uuid("zone_id").notNull(),
  inventionPatents: integer("invention_patents").notNull().default(0),
  utilityPatents: integer("utility_patents").notNull().default(0),
  designPatents: integer("design_patents").notNull().default(0),
  validInventionPatents: integer("valid_invention_patents").notNull().default(0),
  highLevelTalents: integer("high_level_talents").notNull().default(0),
  partners: text("partners").array().notNull().default(sql`'{}'::text[]`),
  /** Last full year's revenue as the enterprise declared it, until the statistics module reports it. */
  declaredRevenueYuan: numeric("declared_revenue_yuan", { precision: 16, scale: 2 }),
  declaredRevenueYear: integer("declared_revenue_year"),
  partyForm: varchar("party_form", { length: 12 }).$type<Of<typeof PARTY_FORMS>>(),
  partyMembers: integer("party_members"),
  partySecretary: text("party_secretary"),
  partyInstructor: text("party_instructor"),
  version: integer("version").notNull().default(1),
});

/** Dated steps on the 个转企 → 小升规 → 规改股 → 股上市 ladder. */
export const rungSteps = pgTable(
  "enterprise_rung_steps",
  {
    ...owned,
    rung: varchar("rung", { length: 12 }).$type<Rung>().notNull(),
    reachedOn: date("reached_on").notNull(),
  },
  (t) => [
    index("rung_steps_zone_idx").on(t.zoneId, t.rung, t.reachedOn),
    index("rung_steps_ent_idx").on(t.enterpriseId),
  ],
);

export const cultivationTargets = pgTable(
  "cultivation_targets",
  {
    zoneId: uuid("zone_id")
      .notNull()
      .references(() => zones.id),
    year: integer("year").notNull(),
    rung: varchar("rung", { length: 12 }).$type<Rung>().notNull(),
    target: integer("target").notNull(),
    version: integer("version").notNull().default(1),
  },
  (t) => [primaryKey({ columns: [t.zoneId, t.year, t.rung] })],
);

export const chains = pgTable(
  "chains",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    zoneId: uuid("zone_id")
      .notNull()
      .references(() => zones.id),
    name: text("name").notNull(),
    description: text("description"),
    version: integer("version").notNull().default(1),
  },
  (t) => [uniqueIndex("chains_zone_name_uq").on(t.zoneId, t.name)],
);

export const chainNodes = pgTable(
  "chain_nodes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    zoneId: uuid("zone_id").notNull(),
    chainId: uuid("chain_id")
      .notNull()
      .references(() => chains.id, { onDelete: "cascade" }),
    parentId: uuid("parent_id"),
    name: text("name").notNull(),
    segment: varchar("segment", { length: 10 }).$type<Of<typeof CHAIN_SEGMENTS>>().notNull(),
    keyProducts: text("key_products"),
    technologies: text("technologies"),
    sort: integer("sort").notNull().default(0),
  },
  (t) => [index("chain_nodes_chain_idx").on(t.zoneId, t.chainId)],
);

export const enterpriseChainNodes = pgTable(
  "enterprise_chain_nodes",
  {
    zoneId: uuid("zone_id").notNull(),
    nodeId: uuid("node_id")
      .notNull()
      .references(() => chainNodes.id, { onDelete: "cascade" }),
    enterpriseId: uuid("enterprise_id")
      .notNull()
      .references(() => enterprises.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.nodeId, t.enterpriseId] }),
    index("enterprise_chain_nodes_ent_idx").on(t.enterpriseId),
  ],
);
