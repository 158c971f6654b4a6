/** `migrate` and `seed-demo`: bring the schema and reference data up to date; load the demo data set. */
import { sql } from "drizzle-orm";
import type { Database, Db } from "../db/client.js";
import { migrate } from "../db/migrate.js";
import { loadDemo } from "../demo/index.js";
import { DEMO_PASSWORD } from "../demo/platform.js";
import { loadReferenceData } from "../reference.js";
import { type Command, DATABASE_HELP } from "./command.js";
import { queryRows } from "./rows.js";

/** One applied drizzle-kit migration: `createdAt` is the journal's `when`, which orders them. */
export interface AppliedMigration {
  hash: string;
  createdAt: number;
}

export async function appliedMigrations(db: Pick<Db, "execute">): Promise<AppliedMigration[]> {
  const [table] = await queryRows<{ t: string | null }>(
    db,
    sql`select to_regclass('drizzle.__drizzle_migrations')::text as t`,
  );
  if (!table?.t) return [];
  const rows = await queryRows<{ hash: string; created_at: string | number }>(
    db,
    sql`select hash, created_at from drizzle.__drizzle_migrations order by created_at, id`,
  );
  // node-postgres returns bigint as a string, PGlite as a number.
  return rows.map((r) => ({ hash: r.hash, createdAt: Number(r.created_at) }));
}

/** Migrations, then the reference data every installation has (roles, regions, industries). Idempotent. */
export async function prepareDatabase(database: Database): Promise<{ before: number; after: number }> {
  const before = (await appliedMigrations(database.db)).length;
  await migrate(database);
  await loadReferenceData(database.db);
  return { before, after: (await appliedMigrations(database.db)).length };
}

export type SeedResult = { loaded: true } | { loaded: false; zones: number; users: number };

/** Loads the demo data set, but only into a database without zones or users (demo usernames would clash). */
export async function seedDemo(database: Database): Promise<SeedResult> {
  await prepareDatabase(database);
  const counts = async () => {
    const [row] = await queryRows<{ zones: number; users: number }>(
      database.db,
      sql`select (select count(*)::int from zones) as zones, (select count(*)::int from users) as users`,
    );
    return { zones: row?.zones ?? 0, users: row?.users ?? 0 };
  };
  const existing = await counts();
  if (existing.zones > 0 || existing.users > 0) return { loaded: false, ...existing };
  if (await loadDemo(database)) return { loaded: true };
  return { loaded: false, ...(await counts()) }; // another process loaded it in the meantime
}

export const migrateCommand: Command = {
  summary: "apply database migrations and reference data",
  usage: "migrate",
  help: `Applies the pending schema migrations, then the reference data (built-in roles, regions,
industries).
Safe to run repeatedly; the server does the same at start.

${DATABASE_HELP}`,
  options: {},
  async run(_values, withDatabase) {
    const { before, after } = await withDatabase(prepareDatabase);
    console.log(`Migrations: ${after} applied (${after - before} new). Reference data up to date.`);
  },
};

export const seedDemoCommand: Command = {
  summary: "load the demo data set into an empty database",
  usage: "seed-demo",
  help: `Migrates, then loads the demo zones, units and accounts (every demo account's password is
"${DEMO_PASSWORD}"). Does nothing when the database already has zones or users.

${DATABASE_HELP}`,
  options: {},
  async run(_values, withDatabase) {
    const result = await withDatabase(seedDemo);
    if (result.loaded) console.log(`Demo data loaded; every demo account's password is ${DEMO_PASSWORD}`);
    else
      console.log(
        `Nothing loaded: the database already has data (${result.zones} zones, ${result.users} users). ` +
          "seed-demo only fills an empty database.",
      );
  },
};
