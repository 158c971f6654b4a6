/** Platform tables: regions, zones, org units, roles, users, sessions and API tokens. */

import type { DataScope, Permission } from "@zoneos/core/access";
import type { Locale, MoneyUnit } from "@zoneos/core/format";
import type { UNIT_KINDS, USER_STATUSES, ZONE_KINDS, ZONE_LEVELS } from "@zoneos/core/platform-api";
import type { RegionLevel } from "@zoneos/core/region";
import { sql } from "drizzle-orm";
import {
  boolean,
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

const timestamps = {
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
};

/** GB/T 2260 administrative divisions. */
export const regions = pgTable(
  "regions",
  {
    code: varchar("code", { length: 6 }).primaryKey(),
    name: text("name").notNull(),
    level: varchar("level", { length: 10 }).$type<RegionLevel>().notNull(),
    parentCode: varchar("parent_code", { length: 6 }),
  },
  (t) => [index("regions_parent_idx").on(t.parentCode)],
);

export const zones = pgTable(
  "zones",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    shortName: text("short_name").notNull(),
    kind: varchar("kind", { length: 20 }).$type<(typeof ZONE_KINDS)[number]>().notNull(),
    level: varchar("level", { length: 20 }).$type<(typeof ZONE_LEVELS)[number]>().notNull(),
    regionCode: varchar("region_code", { length: 6 })
      .notNull()
      .references(() => regions.code),
    plannedAreaKm2: numeric("planned_area_km2", { precision: 12, scale: 4 }),
    builtAreaKm2: numeric("built_area_km2", { precision: 12, scale: 4 }),
    leadingIndustries: text("leading_industries").array().notNull().default(sql`'{}'::text[]`),
    approvedOn: date("approved_on"),
    upgradedOn: date("upgraded_on"),
    version: integer("version").notNull().default(1),
    ...timestamps,
  },
  (t) => [uniqueIndex("zones_name_uq").on(t.name), index("zones_region_idx").on(t.regionCode)],
);

/** Org units as a tree per zone; `path` is the chain of ids from the root, for subtree scope filters. */
export const units = pgTable(
  "units",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    zoneId: uuid("zone_id")
      .notNull()
      .references(() => zones.id),
    parentId: uuid("parent_id"),
    path: text("path").notNull(),
    name: text("name").notNull(),
    kind: varchar("kind", { length: 20 }).$type<(typeof UNIT_KINDS)[number]>().notNull(),
    leaderName: text("leader_name"),
    phone: text("phone"),
    sort: integer("sort").notNull().default(0),
    version: integer("version").notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index("units_zone_idx").on(t.zoneId, t.parentId),
    index("units_path_idx").on(t.path),
    uniqueIndex("units_zone_parent_name_uq").on(t.zoneId, t.parentId, t.name),
  ],
);

export const roles = pgTable("roles", {
  id: uuid("id").primaryKey().defaultRandom(),
  code: varchar("code", { length: 40 }).notNull().unique(),
  nameZh: text("name_zh").notNull(),
  nameEn: text("name_en").notNull(),
  scope: varchar("scope", { length: 12 }).$type<DataScope>().notNull(),
  permissions: text("permissions").array().$type<Permission[]>().notNull(),
  builtin: boolean("builtin").notNull().default(false),
  version: integer("version").notNull().default(1),
  ...timestamps,
});

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    username: varchar("username", { length: 32 }).notNull().unique(),
    name: text("name").notNull(),
    phone: text("phone"),
    zoneId: uuid("zone_id").references(() => zones.id),
    unitId: uuid("unit_id").references(() => units.id),
    regionCode: varchar("region_code", { length: 6 }).references(() => regions.code),
    /** Set for enterprise users once the enterprises module exists. */
    enterpriseId: uuid("enterprise_id"),
    status: varchar("status", { length: 10 }).$type<(typeof USER_STATUSES)[number]>().notNull().default("active"),
    passwordHash: text("password_hash").notNull(),
    passwordChangedAt: timestamp("password_changed_at", { withTimezone: true }),
    failedLogins: integer("failed_logins").notNull().default(0),
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    lastLoginAt: timestamp("last_login_at", { withTimezone: true }),
    locale: varchar("locale", { length: 5 }).$type<Locale>().notNull().default("zh-CN"),
    moneyUnit: varchar("money_unit", { length: 4 }).$type<MoneyUnit>().notNull().default("wan"),
    version: integer("version").notNull().default(1),
    ...timestamps,
  },
  (t) => [index("users_zone_unit_idx").on(t.zoneId, t.unitId)],
);

export const userRoles = pgTable(
  "user_roles",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    roleId: uuid("role_id")
      .notNull()
      .references(() => roles.id),
  },
  (t) => [primaryKey({ columns: [t.userId, t.roleId] }), index("user_roles_role_idx").on(t.roleId)],
);

/** Browser sessions; only the SHA-256 of the cookie's token is stored. */
export const sessions = pgTable(
  "sessions",
  {
    tokenHash: varchar("token_hash", { length: 64 }).primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

/** Bearer tokens for integrations: a role applied within an optional zone. */
export const apiTokens = pgTable(
  "api_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    tokenHash: varchar("token_hash", { length: 64 }).notNull().unique(),
    roleId: uuid("role_id")
      .notNull()
      .references(() => roles.id),
    zoneId: uuid("zone_id").references(() => zones.id),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresOn: date("expires_on"),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
  },
  (t) => [index("api_tokens_zone_idx").on(t.zoneId)],
);
