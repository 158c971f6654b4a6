/** Regions (GB/T 2260): a read-only dictionary, small enough to answer in one page. */
import type { regionQuery } from "@zoneos/core/platform-api";
import { and, asc, eq, like, or, type SQL } from "drizzle-orm";
import type { z } from "zod";
import type { ServiceContext } from "../../platform/context.js";
import { likePattern } from "../../platform/pagination.js";
import { regions } from "./tables.js";

export async function listRegions(ctx: ServiceContext, q: z.infer<typeof regionQuery>) {
  const where: SQL[] = [];
  if (q.parentCode) where.push(eq(regions.parentCode, q.parentCode));
  if (q.level) where.push(eq(regions.level, q.level));
  if (q.q) {
    const text = or(like(regions.name, likePattern(q.q)), like(regions.code, `${q.q}%`));
    if (text) where.push(text);
  }
  return ctx.db
    .select()
    .from(regions)
    .where(and(...where))
    .orderBy(asc(regions.code))
    .limit(500);
}
