import type { PgInsertValue, PgTable } from "drizzle-orm/pg-core";
import type { Db } from "../../db/client.js";

const BATCH = 500;

export async function insertBatched<T extends PgTable>(db: Db, table: T, rows: PgInsertValue<T>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await db.insert(table).values(rows.slice(i, i + BATCH));
}
