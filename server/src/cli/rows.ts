/** Rows of a raw query: both drivers answer `{ rows }`, a shape Drizzle's shared database type leaves unknown. */
import type { SQL } from "drizzle-orm";
import type { Db } from "../db/client.js";

export async function queryRows<T>(db: Pick<Db, "execute">, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
