/** GB/T 4754-2017 industries: the shipped table, loaded at start, searched by code or Chinese name. */
import { readFileSync } from "node:fs";
import type { industryQuery } from "@zoneos/core/enterprise-api";
import { and, asc, eq, like, or, type SQL, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "../../db/client.js";
import type { ServiceContext } from "../../platform/context.js";
import { likePattern } from "../../platform/pagination.js";
import { industries } from "./tables.js";

const TABLE_FILE = new URL("../../../src/modules/enterprises/industries-data/gbt4754-2017.tsv", import.meta.url);

type Level = "section" | "division" | "group" | "class";

export function readIndustryTable(): { code: string; name: string; level: Level; parent: string | null }[] {
  const lines = readFileSync(TABLE_FILE, "utf8").trim().split("\n").slice(1);
  return lines.map((line) => {
    const [code = "", name = "", level = "", parent = ""] = line.split("\t");
    return { code, name, level: level as Level, parent: parent || null };
  });
}

/** Loads the table when the database lacks rows of it; names follow the shipped file on every load. */
export async function ensureIndustries(db: Db): Promise<void> {
  const table = readIndustryTable();
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(industries);
  if ((row?.n ?? 0) === table.length) return;
  for (let i = 0; i < table.length; i += 500)
    await db
      .insert(industries)
      .values(table.slice(i, i + 500))
      .onConflictDoUpdate({
        target: industries.code,
        set: { name: sql`excluded.name`, level: sql`excluded.level`, parent: sql`excluded.parent` },
      });
}

/** Any signed-in user may read the dictionary. */
export async function listIndustries(ctx: ServiceContext, q: z.infer<typeof industryQuery>) {
  const where: SQL[] = [];
  if (q.level) where.push(eq(industries.level, q.level));
  if (q.parent) where.push(eq(industries.parent, q.parent));
  if (q.q) {
    const text = or(like(industries.code, `${q.q}%`), like(industries.name, likePattern(q.q)));
    if (text) where.push(text);
  }
  return ctx.db
    .select()
    .from(industries)
    .where(and(...where))
    .orderBy(asc(industries.code))
    .limit(q.q || q.parent || q.level === "section" ? 200 : 100);
}
