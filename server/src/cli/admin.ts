/** `create-admin`: a platform administrator (built-in role `admin`, scope all) created from the shell. */
import { randomBytes } from "node:crypto";
import { passwordProblems } from "@zoneos/core/password";
import { userCreate } from "@zoneos/core/platform-api";
import { eq } from "drizzle-orm";
import type { Database } from "../db/client.js";
import { roles, userRoles, users } from "../modules/platform/tables.js";
import { audit } from "../platform/audit.js";
import type { Actor } from "../platform/context.js";
import { message } from "../platform/messages.js";
import { hashPassword } from "../platform/passwords.js";
import { CliError, type Command, DATABASE_HELP, optionalString, requiredString } from "./command.js";
import { prepareDatabase } from "./setup.js";

export interface NewAdmin {
  username: string;
  name: string;
  password: string;
}

const identity = userCreate.pick({ username: true, name: true });

/** Refuses what the web's user form would refuse: the username and name formats and the password rules. */
export function checkNewAdmin(input: NewAdmin): void {
  const parsed = identity.safeParse(input);
  if (!parsed.success) {
    const fields = new Set(parsed.error.issues.map((i) => String(i.path[0])));
    const lines: string[] = [];
    if (fields.has("username"))
      lines.push(
        "用户名须为 3–32 位小写字母、数字或 . _ -，以字母或数字开头 / " +
          "username: 3–32 of a-z 0-9 . _ -, starting with a letter or digit",
      );
    if (fields.has("name")) lines.push("姓名须为 1–30 个字符 / name: 1–30 characters");
    throw new CliError(lines.join("\n"));
  }
  const problems = passwordProblems(input.password, input.username);
  if (problems.length > 0) {
    const lines = problems.map((p) => `  - ${message(p, "zh-CN")} / ${message(p, "en-US")}`);
    throw new CliError(`密码不符合要求 / The password breaks the rules:\n${lines.join("\n")}`);
  }
}

/** 18 random bytes as 24 base64url characters; drawn again in the rare case a character class is missing. */
export function generatePassword(username: string): string {
  for (;;) {
    const password = randomBytes(18).toString("base64url");
    if (passwordProblems(password, username).length === 0) return password;
  }
}

/** Creates the user, its admin role and the audit row in one transaction. */
export async function createAdmin(database: Database, input: NewAdmin, now = new Date()): Promise<{ id: string }> {
  checkNewAdmin(input);
  const username = input.username;
  const [taken] = await database.db.select({ id: users.id }).from(users).where(eq(users.username, username));
  if (taken) throw new CliError(`用户名 ${username} 已存在 / The username ${username} is already taken`);
  const [admin] = await database.db.select({ id: roles.id }).from(roles).where(eq(roles.code, "admin"));
  if (!admin) throw new CliError("The built-in admin role is missing: run `zoneos migrate` first");
  const passwordHash = await hashPassword(input.password);
  return database.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(users)
      .values({ username, name: input.name.trim(), passwordHash, passwordChangedAt: now })
      .returning();
    if (!row) throw new Error("insert returned nothing");
    await tx.insert(userRoles).values({ userId: row.id, roleId: admin.id });
    // The CLI has no signed-in user: the trail names "cli" and points at the account it made.
    const actor: Actor = {
      kind: "user",
      userId: row.id,
      name: "cli",
      permissions: new Set(),
      scope: "all",
      zoneId: null,
      unitId: null,
      unitPath: null,
      regionCode: null,
      enterpriseId: null,
    };
    await audit(
      tx,
      { actor, now },
      {
        entity: "user",
        entityId: row.id,
        action: "create",
        zoneId: null,
        after: { ...row, roleCodes: ["admin"] },
      },
    );
    return { id: row.id };
  });
}

export const createAdminCommand: Command = {
  summary: "create a platform administrator (role admin, all data)",
  usage: "create-admin --username <username> --name <full name> [--password <password>]",
  help: `Creates a user with the built-in role "admin" (data scope: all), after migrating.
The password comes from --password, else from the ZONEOS_ADMIN_PASSWORD environment
variable, else a strong random one is generated and printed once. Prefer the variable:
a --password value stays in the shell history. Passwords need at least 10 characters
from three of: lower case, upper case, digits, symbols, and must not contain the username.

Options:
  --username <username>  3–32 of a-z 0-9 . _ -, starting with a letter or digit
  --name <full name>     display name, e.g. 张三
  --password <password>  optional, see above

${DATABASE_HELP}`,
  options: {
    username: { type: "string" },
    name: { type: "string" },
    password: { type: "string" },
  },
  async run(values, withDatabase) {
    const username = requiredString(values, "username");
    const name = requiredString(values, "name");
    const given = optionalString(values, "password") ?? (process.env.ZONEOS_ADMIN_PASSWORD || undefined);
    const password = given ?? generatePassword(username);
    checkNewAdmin({ username, name, password });
    const { id } = await withDatabase(async (database) => {
      await prepareDatabase(database);
      return createAdmin(database, { username, name, password });
    });
    console.log(`Administrator ${username} created (id ${id}).`);
    if (!given) console.log(`Generated password (shown only now): ${password}`);
  },
};
