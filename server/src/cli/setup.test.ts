import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/client.js";
import { databaseTargets } from "../test/harness.js";
import { queryRows } from "./rows.js";
import { appliedMigrations, prepareDatabase, seedDemo } from "./setup.js";

describe.each(databaseTargets)("migrate and seed-demo on $name", (target) => {
  let database: Database;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    ({ database, drop } = await target.open());
  });
  afterAll(async () => {
    // See backup.test.ts: the pool re-emits a closing client's error after the forced drop.
    (database.db as unknown as { $client: { on?: (event: string, f: () => void) => void } }).$client.on?.(
      "error",
      () => {},
    );
    await database.close();
    await drop();
  });

  it("migrates once, then finds nothing new", async () => {
    const first = await prepareDatabase(database);
    expect(first.before).toBe(0);
    expect(first.after).toBeGreaterThan(0);
    expect(await prepareDatabase(database)).toEqual({ before: first.after, after: first.after });
    expect(await appliedMigrations(database.db)).toHaveLength(first.after);
  });

  it("loads the demo data into an empty database only", async () => {
    expect(await seedDemo(database)).toEqual({ loaded: true });
    const [counts] = await queryRows<{ zones: number; users: number }>(
      database.db,
      sql`select (select count(*)::int from zones) as zones, (select count(*)::int from users) as users`,
    );
    expect(await seedDemo(database)).toEqual({ loaded: false, ...counts });
  });
});
