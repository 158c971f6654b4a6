/** Who is acting and with what: passed explicitly to every service call. */
import type { DataScope, Permission } from "@zoneos/core/access";
import type { Locale } from "@zoneos/core/format";
import type { Db } from "../db/client.js";
import { forbidden } from "./errors.js";

export interface Actor {
  kind: "user" | "token";
  /** The user (or, for a token, the user who created it). */
  userId: string;
  name: string;
  permissions: ReadonlySet<Permission>;
  scope: DataScope;
  zoneId: string | null;
  unitId: string | null;
  /** Materialised path of the actor's unit, for subtree filters. */
  unitPath: string | null;
  regionCode: string | null;
  enterpriseId: string | null;
}

export interface ServiceContext {
  db: Db;
  actor: Actor;
  now: Date;
  locale: Locale;
  ip?: string;
}

export function can(actor: Actor, permission: Permission): boolean {
  return actor.permissions.has(permission);
}

export function requirePermission(actor: Actor, permission: Permission): void {
  if (!can(actor, permission)) throw forbidden();
}
