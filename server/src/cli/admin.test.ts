import { passwordProblems } from "@zoneos/core/password";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/client.js";
import { auditLog } from "../platform/audit-table.js";
import { countActiveAdmins } from "../platform/identity.js";
import { verifyPassword } from "../platform/passwords.js";
import { databaseTargets } from "../test/harness.js";
import { createAdmin, generatePassword } from "./admin.js";
import { queryRows } from "./rows.js";
import { prepareDatabase } from "./setup.js";

describe.each(databaseTargets)("create-admin on $name", (target) => {
  let database: Database;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    ({ database, drop } = await target.open());
    await prepareDatabase(database);
  });
  afterAll(async () => {
    // pg's pool.end() resolves before its sockets close; the forced drop then makes an idle client fail, and the
    // pool re-emits that as an "error" nobody listens to (db/client.ts should listen; reported).
    (database.db as unknown as { $client: { on?: (event: string, f: () => void) => void } }).$client.on?.(
      "error",
      () => {},
    );
    await database.close();
    await drop();
  });

  const userCount = async () =>
    (await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from users`))[0]?.n;

  it("refuses passwords that break the rules and malformed usernames, naming the problems in both languages", async () => {
    await expect(createAdmin(database, { username: "ops", name: "运维", password: "short" })).rejects.toThrow(
      /至少 10 个字符 \/ at least 10 characters/,
    );
    await expect(createAdmin(database, { username: "ops", name: "运维", password: "alllowercase1" })).rejects.toThrow(
      /至少三类/,
    );
    await expect(
      createAdmin(database, { username: "ops", name: "运维", password: "My-ops-Password1" }),
    ).rejects.toThrow(/must not contain the username/);
    await expect(
      createAdmin(database, { username: "Ops Team", name: "运维", password: "Harbor-Gate-2025" }),
    ).rejects.toThrow(/username/);
    expect(await userCount()).toBe(0);
  });

  it("creates an active admin with an audited create, then refuses the same username", async () => {
    const now = new Date("2025-05-06T07:08:09.000Z");
    const { id } = await createAdmin(database, { username: "ops", name: " 运维 ", password: "Harbor-Gate-2025" }, now);
    expect(await countActiveAdmins(database.db)).toBe(1);
    const [user] = await queryRows<{ name: string; password_hash: string; roles: string[] }>(
      database.db,
      sql`select u.name, u.password_hash, array(select r.code from user_roles ur join roles r on r.id = ur.role_id
          where ur.user_id = u.id) as roles from users u where u.id = ${id}`,
    );
    expect(user).toMatchObject({ name: "运维", roles: ["admin"] });
    expect(await verifyPassword(user?.password_hash ?? "", "Harbor-Gate-2025")).toBe(true);

    const trail = await database.db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(trail).toHaveLength(1);
    expect(trail[0]).toMatchObject({ actorId: id, actorName: "cli", entity: "user", action: "create", at: now });
    expect(trail[0]?.changes).toMatchObject({
      username: { before: null, after: "ops" },
      roleCodes: { before: null, after: ["admin"] },
      passwordHash: { before: null, after: "***" },
    });

    await expect(
      createAdmin(database, { username: "ops", name: "另一个", password: "Harbor-Gate-2026" }),
    ).rejects.toThrow(/already taken/);
    expect(await userCount()).toBe(1);
  });

  it("generates passwords that pass the rules", () => {
    for (let i = 0; i < 50; i++) expect(passwordProblems(generatePassword("ops"), "ops")).toEqual([]);
  });
});
