import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/client.js";
import { loadDemo } from "../demo/index.js";
import { databaseTargets } from "../test/harness.js";
import { createAdmin } from "./admin.js";
import { backup } from "./backup.js";
import { restore } from "./restore.js";
import { queryRows } from "./rows.js";
import { appliedMigrations, prepareDatabase } from "./setup.js";
import { appTables } from "./tables.js";

type Row = Record<string, unknown>;

/** Every row of every application table, exactly as the driver returns it. */
async function snapshot(database: Database): Promise<Record<string, Row[]>> {
  const all: Record<string, Row[]> = {};
  for (const t of appTables()) {
    const key = sql.join(
      t.key.map((k) => sql.identifier(k)),
      sql`, `,
    );
    all[t.name] = await queryRows<Row>(database.db, sql`select * from ${sql.identifier(t.name)} order by ${key}`);
  }
  return all;
}

describe.each(databaseTargets)("backup and restore on $name", (target) => {
  let database: Database;
  let drop: () => Promise<void>;
  let dir: string;
  let file: string;
  let original: Record<string, Row[]>;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "zoneos-backup-"));
    file = path.join(dir, "backup.jsonl.gz");
    ({ database, drop } = await target.open());
    await prepareDatabase(database);
    await loadDemo(database);
    // An audit row with a jsonb diff, and a zone with microsecond timestamps and an exact area.
    await createAdmin(database, { username: "ops", name: "运维", password: "Harbor-Gate-2025" });
    await database.db.execute(
      sql`update zones set planned_area_km2 = '12345678.1234', updated_at = '2025-03-04 05:06:07.123456+08'
          where short_name = '虞城高新区'`,
    );
    original = await snapshot(database);
  });

  afterAll(async () => {
    await database.close();
    await drop();
    await rm(dir, { recursive: true, force: true });
  });

  it("backs up every table and restores the data exactly, sequences included", async () => {
    const written = await backup(database, file);
    expect(written.bytes).toBeGreaterThan(0);
    expect(Object.fromEntries(written.tables.map((c) => [c.table, c.rows]))).toEqual(
      Object.fromEntries(Object.entries(original).map(([name, rows]) => [name, rows.length])),
    );

    await database.db.execute(sql`delete from users where username = 'ops'`);
    await database.db.execute(sql`update zones set built_area_km2 = null, leading_industries = '{}'`);
    await database.db.execute(sql`delete from audit_log`);

    const restored = await restore(database, file, { yes: true });
    expect(restored.find((c) => c.table === "users")?.rows).toBe(original.users?.length);
    expect(await snapshot(database)).toEqual(original);

    const [zone] = await queryRows<Row>(
      database.db,
      sql`select planned_area_km2, built_area_km2, leading_industries,
                 updated_at = '2025-03-04 05:06:07.123456+08'::timestamptz as same_instant
          from zones where short_name = '虞城高新区'`,
    );
    expect(zone).toEqual({
      planned_area_km2: "12345678.1234",
      built_area_km2: "8.6000",
      leading_industries: ["装备制造", "纺织服装", "食品加工"],
      same_instant: true,
    });
    const [entry] = await queryRows<{ id: string | number; actor_name: string; changes: Record<string, unknown> }>(
      database.db,
      sql`select id, actor_name, changes from audit_log where entity = 'user' and action = 'create'`,
    );
    expect(entry?.actor_name).toBe("cli");
    expect(entry?.changes).toMatchObject({
      username: { before: null, after: "ops" },
      roleCodes: { before: null, after: ["admin"] },
      passwordHash: { before: null, after: "***" },
    });
    // The audit sequence continues after the restored rows instead of colliding with them.
    const [next] = await queryRows<{ id: string | number }>(
      database.db,
      sql`insert into audit_log (at, actor_name, entity, entity_id, action, changes)
          values (now(), 'test', 'zone', 'x', 'update', '{}') returning id`,
    );
    expect(Number(next?.id)).toBe(Number(entry?.id) + 1);
    await database.db.execute(sql`delete from audit_log where actor_name = 'test'`);
  });

  it("refuses without --yes, a damaged header or rows out of order, and changes nothing", async () => {
    await backup(database, file);
    await database.db.execute(sql`update zones set name = name || '（改）' where short_name = '虞城高新区'`);
    const changed = await snapshot(database);

    await expect(restore(database, file, { yes: false })).rejects.toThrow("--yes");
    const corrupt = path.join(dir, "corrupt.jsonl.gz");
    await writeFile(corrupt, gzipSync('{"format":"something-else","version":1}\n'));
    await expect(restore(database, corrupt, { yes: true })).rejects.toThrow("Not a ZoneOS backup");
    await writeFile(corrupt, "plain text, not gzip");
    await expect(restore(database, corrupt, { yes: true })).rejects.toThrow("Not a ZoneOS backup");

    // A valid header, then a row that breaks a foreign key after the tables were emptied: all rolled back.
    const header = { format: "zoneos-backup", version: 1, createdAt: new Date().toISOString() };
    const tables = appTables().map((t) => t.name);
    const migrations = await appliedMigrations(database.db);
    const orphan = { t: "user_roles", r: { user_id: crypto.randomUUID(), role_id: crypto.randomUUID() } };
    await writeFile(
      corrupt,
      gzipSync(`${JSON.stringify({ ...header, migrations, tables })}\n${JSON.stringify(orphan)}\n`),
    );
    await expect(restore(database, corrupt, { yes: true })).rejects.toMatchObject({
      cause: { message: expect.stringContaining("foreign key") },
    });

    const newer = [...migrations, { hash: "f".repeat(64), createdAt: Date.now() * 2 }];
    await writeFile(corrupt, gzipSync(`${JSON.stringify({ ...header, migrations: newer, tables })}\n`));
    await expect(restore(database, corrupt, { yes: true })).rejects.toThrow("newer ZoneOS");

    expect(await snapshot(database)).toEqual(changed);
  });

  it("accepts a backup from an earlier point of the same migration history", async () => {
    await backup(database, file);
    const saved = await snapshot(database);
    const [first = "", ...rows] = gunzipSync(await readFile(file))
      .toString("utf8")
      .split("\n");
    const header = JSON.parse(first);
    const older = path.join(dir, "older.jsonl.gz");
    const migrations = header.migrations.slice(0, -1);
    await writeFile(older, gzipSync([JSON.stringify({ ...header, migrations }), ...rows].join("\n")));
    await database.db.execute(sql`delete from user_roles`);
    await restore(database, older, { yes: true });
    expect(await snapshot(database)).toEqual(saved);
  });
});
