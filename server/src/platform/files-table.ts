/** Attachments and photos, kept in the database so a backup holds them and PGlite needs no file store. */
import { bigint, customType, index, pgTable, text, timestamp, uuid, varchar } from "drizzle-orm/pg-core";

const bytea = customType<{ data: Buffer }>({ dataType: () => "bytea" });

export const files = pgTable(
  "files",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    zoneId: uuid("zone_id").notNull(),
    name: text("name").notNull(),
    mime: varchar("mime", { length: 100 }).notNull(),
    size: bigint("size", { mode: "number" }).notNull(),
    sha256: varchar("sha256", { length: 64 }).notNull(),
    data: bytea("data").notNull(),
    createdBy: uuid("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("files_zone_idx").on(t.zoneId, t.createdAt)],
);
