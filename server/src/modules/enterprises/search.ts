/** Name search: keeps each enterprise's grams (name and pinyin initials) and turns a query into SQL. */
import { grams, normaliseForSearch } from "@zoneos/core/search-grams";
import { eq, type SQL, sql } from "drizzle-orm";
import { pinyin } from "pinyin-pro";
import type { Tx } from "../../db/client.js";
import { enterpriseNameGrams, enterprises } from "./tables.js";

/** 山东步长制药 → sdbczy */
export function initialsOf(name: string): string {
  return pinyin(normaliseForSearch(name), { pattern: "first", toneType: "none", type: "array" }).join("").toLowerCase();
}

export function searchKeyOf(name: string): string {
  return `${normaliseForSearch(name)} ${initialsOf(name)}`;
}

/** Rewrites the grams of an existing enterprise row (call after inserting it); returns its search key. */
export async function indexName(tx: Tx, enterpriseId: string, zoneId: string, name: string): Promise<string> {
  await tx.delete(enterpriseNameGrams).where(eq(enterpriseNameGrams.enterpriseId, enterpriseId));
  const all = new Set(grams(name));
  if (all.size > 0)
    await tx.insert(enterpriseNameGrams).values([...all].map((gram) => ({ gram, enterpriseId, zoneId })));
  return searchKeyOf(name);
}

/**
 * A query of 2+ characters: enterprises having every gram of it, then confirmed by a substring match on
 * the name, the initials or the credit code. A query that looks like a credit code matches its prefix.
 */
export function searchCondition(q: string): SQL {
  const text = normaliseForSearch(q);
  if (/^[0-9a-z]{6,18}$/.test(text) && /\d/.test(text))
    return sql`${enterprises.creditCode} like ${`${text.toUpperCase()}%`}`;
  const qGrams = grams(text);
  // Latin-letter grams (initials) are too common for the gram index to narrow much; a scan of the short
  // search keys is faster for them.
  if (qGrams.length === 0 || /^[a-z]+$/.test(text)) return sql`${enterprises.searchKey} like ${`%${text}%`}`;
  const pattern = `%${text}%`;
  return sql`${enterprises.id} in (
    select g.enterprise_id from enterprise_name_grams g
    where g.gram in (${sql.join(
      qGrams.map((g) => sql`${g}`),
      sql`, `,
    )})
    group by g.enterprise_id having count(*) = ${qGrams.length}
  ) and ${enterprises.searchKey} like ${pattern}`;
}
