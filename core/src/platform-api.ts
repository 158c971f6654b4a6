/**
 * The platform API contract (regions, zones, units, users, roles, tokens, audit, auth), shared by the
 * server (validation, OpenAPI) and the web (forms, types). Money and areas travel as decimal strings.
 */
import { z } from "zod";
import { DATA_SCOPES, PERMISSIONS } from "./access.js";
import { REGION_CODE } from "./region.js";

export const ZONE_KINDS = ["hitech", "econ", "cluster", "manufacturing", "bonded", "other"] as const;
export const ZONE_LEVELS = ["national", "provincial", "municipal"] as const;
export const UNIT_KINDS = ["committee", "bureau", "town", "street", "department", "company"] as const;
export const USER_STATUSES = ["active", "disabled"] as const;
export const LOCALES = ["zh-CN", "en-US"] as const;
export const MONEY_UNITS = ["yuan", "wan", "yi"] as const;

const decimal = z.string().regex(/^\d{1,12}(\.\d{1,4})?$/, { message: "decimal" });
const isoDate = z.iso.date();
const uuid = z.uuid();
const regionCode = z.string().regex(REGION_CODE, { message: "regionCode" });
const text = (max: number) => z.string().trim().min(1).max(max);

export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
  order: z.enum(["asc", "desc"]).default("asc"),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

// Regions
export const region = z.object({
  code: z.string(),
  name: z.string(),
  level: z.enum(["province", "city", "county"]),
  parentCode: z.string().nullable(),
});
export const regionQuery = z.object({
  parentCode: regionCode.optional(),
  level: z.enum(["province", "city", "county"]).optional(),
  q: z.string().trim().max(40).optional(),
});

// Zones
export const zoneInput = z.object({
  name: text(100),
  shortName: text(30),
  kind: z.enum(ZONE_KINDS),
  level: z.enum(ZONE_LEVELS),
  regionCode: regionCode,
  plannedAreaKm2: decimal.nullable().default(null),
  builtAreaKm2: decimal.nullable().default(null),
  leadingIndustries: z.array(text(40)).max(12).default([]),
  approvedOn: isoDate.nullable().default(null),
  upgradedOn: isoDate.nullable().default(null),
});
export const zoneUpdate = zoneInput.partial().extend({ version: z.number().int().min(1) });
export const zone = zoneInput.extend({
  id: uuid,
  regionName: z.string(),
  regionPath: z.string(),
  unitCount: z.number().int(),
  userCount: z.number().int(),
  version: z.number().int(),
});
export const zoneQuery = pageQuery.extend({
  q: z.string().trim().max(40).optional(),
  regionCode: regionCode.optional(),
  kind: z.enum(ZONE_KINDS).optional(),
  level: z.enum(ZONE_LEVELS).optional(),
  sort: z.enum(["name", "regionCode", "level", "approvedOn"]).default("regionCode"),
});

// Units
export const unitInput = z.object({
  zoneId: uuid,
  parentId: uuid.nullable().default(null),
  name: text(60),
  kind: z.enum(UNIT_KINDS),
  leaderName: z.string().trim().max(30).nullable().default(null),
  phone: z.string().trim().max(30).nullable().default(null),
  sort: z.number().int().min(0).max(9999).default(0),
});
export const unitUpdate = unitInput
  .omit({ zoneId: true })
  .partial()
  .extend({ version: z.number().int().min(1) });
export const unit = unitInput.extend({
  id: uuid,
  zoneName: z.string(),
  userCount: z.number().int(),
  version: z.number().int(),
});
export const unitQuery = z.object({ zoneId: uuid.optional() });

// Roles
export const roleInput = z.object({
  code: z.string().regex(/^[a-z][a-z0-9-]{1,39}$/, { message: "roleCode" }),
  nameZh: text(30),
  nameEn: text(60),
  scope: z.enum(DATA_SCOPES),
  permissions: z.array(z.enum(PERMISSIONS)).max(PERMISSIONS.length),
});
export const roleUpdate = roleInput
  .omit({ code: true })
  .partial()
  .extend({ version: z.number().int().min(1) });
export const role = roleInput.extend({
  id: uuid,
  builtin: z.boolean(),
  userCount: z.number().int(),
  version: z.number().int(),
});

// Users
export const username = z.string().regex(/^[a-z0-9][a-z0-9._-]{2,31}$/, { message: "username" });
export const phone = z.string().regex(/^(1\d{10}|0\d{2,3}-?\d{7,8})$/, { message: "phone" });
export const userCreate = z.object({
  username,
  name: text(30),
  phone: phone.nullable().default(null),
  zoneId: uuid.nullable().default(null),
  unitId: uuid.nullable().default(null),
  regionCode: regionCode.nullable().default(null),
  roleCodes: z.array(z.string()).min(1).max(8),
  password: z.string().min(1).max(128),
});
export const userUpdate = z.object({
  name: text(30).optional(),
  phone: phone.nullable().optional(),
  unitId: uuid.nullable().optional(),
  roleCodes: z.array(z.string()).min(1).max(8).optional(),
  status: z.enum(USER_STATUSES).optional(),
  version: z.number().int().min(1),
});
export const passwordReset = z.object({ password: z.string().min(1).max(128) });
export const user = z.object({
  id: uuid,
  username: z.string(),
  name: z.string(),
  phone: z.string().nullable(),
  zoneId: uuid.nullable(),
  zoneName: z.string().nullable(),
  unitId: uuid.nullable(),
  unitName: z.string().nullable(),
  regionCode: z.string().nullable(),
  roleCodes: z.array(z.string()),
  status: z.enum(USER_STATUSES),
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
});
export const userQuery = pageQuery.extend({
  q: z.string().trim().max(40).optional(),
  zoneId: uuid.optional(),
  unitId: uuid.optional(),
  roleCode: z.string().max(40).optional(),
  status: z.enum(USER_STATUSES).optional(),
  sort: z.enum(["username", "name", "createdAt", "lastLoginAt"]).default("username"),
});

// API tokens
export const staffQuery = z.object({ zoneId: uuid, q: z.string().trim().max(30).optional() });
export const staffMember = z.object({ id: uuid, name: z.string(), unitName: z.string().nullable() });

export const tokenCreate = z.object({
  name: text(60),
  roleCode: z.string().max(40),
  zoneId: uuid.nullable().default(null),
  expiresOn: isoDate.nullable().default(null),
});
export const apiToken = z.object({
  id: uuid,
  name: z.string(),
  roleCode: z.string(),
  zoneId: uuid.nullable(),
  zoneName: z.string().nullable(),
  createdByName: z.string(),
  createdAt: z.string(),
  expiresOn: z.string().nullable(),
  revokedAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
});
export const createdToken = apiToken.extend({ token: z.string() });

// Audit
export const auditEntry = z.object({
  id: z.string(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string(),
  /** The person's name when the actor is a user account. */
  actorDisplayName: z.string().nullable(),
  zoneId: z.string().nullable(),
  entity: z.string(),
  entityId: z.string(),
  action: z.string(),
  changes: z.record(z.string(), z.object({ before: z.unknown(), after: z.unknown() })),
});
export const auditQuery = pageQuery.extend({
  order: z.enum(["asc", "desc"]).default("desc"),
  entity: z.string().max(40).optional(),
  entityId: z.string().max(60).optional(),
  actor: z.string().max(40).optional(),
  zoneId: uuid.optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});

// Auth and the current user
export const loginInput = z.object({
  username: z.string().trim().min(1).max(32),
  password: z.string().min(1).max(128),
});
export const passwordChange = z.object({
  currentPassword: z.string().min(1).max(128),
  newPassword: z.string().min(1).max(128),
});
export const preferencesInput = z.object({
  locale: z.enum(LOCALES).optional(),
  moneyUnit: z.enum(MONEY_UNITS).optional(),
});
export const me = z.object({
  id: uuid,
  username: z.string(),
  name: z.string(),
  phone: z.string().nullable(),
  zoneId: uuid.nullable(),
  zoneName: z.string().nullable(),
  zoneShortName: z.string().nullable(),
  unitId: uuid.nullable(),
  unitName: z.string().nullable(),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  roleCodes: z.array(z.string()),
  /** The enterprise an enterprise account reports for. */
  enterpriseId: uuid.nullable(),
  permissions: z.array(z.string()),
  scope: z.enum(DATA_SCOPES),
  locale: z.enum(LOCALES),
  moneyUnit: z.enum(MONEY_UNITS),
  passwordChangedAt: z.string().nullable(),
});

export type Region = z.infer<typeof region>;
export type Zone = z.infer<typeof zone>;
export type ZoneInput = z.input<typeof zoneInput>;
export type Unit = z.infer<typeof unit>;
export type Role = z.infer<typeof role>;
export type User = z.infer<typeof user>;
export type ApiToken = z.infer<typeof apiToken>;
export type CreatedToken = z.infer<typeof createdToken>;
export type AuditEntry = z.infer<typeof auditEntry>;
export type Me = z.infer<typeof me>;
export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };
