/** The audit trail: one row per write, stored in the writing transaction. */
import { bigserial, index, jsonb, pgTable, text, timestamp, uuid, varchar } from "drizzle-orm/pg-core";

export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "bigint" }).primaryKey(),
    at: timestamp("at", { withTimezone: true }).notNull(),
    actorId: uuid("actor_id"),
    actorName: text("actor_name").notNull(),
    zoneId: uuid("zone_id"),
    entity: varchar("entity", { length: 40 }).notNull(),
    entityId: text("entity_id").notNull(),
    action: varchar("action", { length: 40 }).notNull(),
    changes: jsonb("changes").notNull(),
    ip: text("ip"),
  },
  (t) => [
    index("audit_zone_at_idx").on(t.zoneId, t.at),
    index("audit_entity_idx").on(t.entity, t.entityId, t.at),
    index("audit_actor_idx").on(t.actorName, t.at),
    index("audit_at_idx").on(t.at),
  ],
);
