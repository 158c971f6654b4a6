/** Applies the committed drizzle-kit migrations under an advisory lock, so concurrent starts migrate once. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { Database } from "./client.js";

export const MIGRATIONS_FOLDER = fileURLToPath(new URL("../../migrations", import.meta.url));
const MIGRATION_LOCK = 720_001;

export async function migrate(database: Database): Promise<void> {
  await database.withLock(MIGRATION_LOCK, async () => {
    const config = { migrationsFolder: MIGRATIONS_FOLDER };
    if (database.kind === "postgres") await migratePg(database.db as unknown as NodePgDatabase, config);
    else await migratePglite(database.db as unknown as PgliteDatabase, config);
  });
}

interface Journal {
  entries: { tag: string; when: number }[];
}

/** True when every committed migration has been applied (for /api/ready). */
export async function migrationsCurrent(database: Database): Promise<boolean> {
  const journal = JSON.parse(readFileSync(`${MIGRATIONS_FOLDER}/meta/_journal.json`, "utf8")) as Journal;
  const latest = Math.max(...journal.entries.map((e) => e.when));
  try {
    const rows = await database.db.execute<{ created_at: string }>(
      sql`select max(created_at) as created_at from drizzle.__drizzle_migrations`,
    );
    const applied = Number((rows as unknown as { rows: { created_at: string }[] }).rows[0]?.created_at ?? 0);
    return applied >= latest;
  } catch {
    return false;
  }
}
