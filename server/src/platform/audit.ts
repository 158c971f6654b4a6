/** Writes the audit trail inside the caller's transaction: who, when, what, and a field-by-field diff. */
import type { Tx } from "../db/client.js";
import { auditLog } from "./audit-table.js";

type Row = Record<string, unknown>;
export type Changes = Record<string, { before: unknown; after: unknown }>;

/** Fields never copied into the trail. */
const SECRET = new Set(["passwordHash", "tokenHash", "password"]);
const NOISE = new Set(["updatedAt", "createdAt", "version"]);

function normalise(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "bigint") return value.toString();
  return value ?? null;
}

/** The fields that differ between two versions of a record (all fields for a create or a delete). */
export function diff(before: Row | null, after: Row | null): Changes {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: Changes = {};
  for (const key of keys) {
    if (NOISE.has(key)) continue;
    const b = normalise(before?.[key]);
    const a = normalise(after?.[key]);
    if (JSON.stringify(b) === JSON.stringify(a)) continue;
    changes[key] = SECRET.has(key) ? { before: b === null ? null : "***", after: "***" } : { before: b, after: a };
  }
  return changes;
}

export interface AuditEvent {
  entity: string;
  entityId: string;
  action: string;
  zoneId: string | null;
  before?: Row | null;
  after?: Row | null;
  /** Extra facts for actions that are not plain edits (login failures, token use). */
  changes?: Changes;
}

/** Who acted: a signed-in actor, or nobody (userId null) for anonymous events such as failed sign-ins. */
export interface AuditContext {
  actor: { userId: string | null; name: string };
  now: Date;
  ip?: string;
}

export async function audit(tx: Tx, ctx: AuditContext, event: AuditEvent) {
  await tx.insert(auditLog).values({
    at: ctx.now,
    actorId: ctx.actor.userId,
    actorName: ctx.actor.name,
    zoneId: event.zoneId,
    entity: event.entity,
    entityId: event.entityId,
    action: event.action,
    changes: event.changes ?? diff(event.before ?? null, event.after ?? null),
    ip: ctx.ip ?? null,
  });
}
