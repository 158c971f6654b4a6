/**
 * Many rows in one statement: each column travels as one array parameter and `unnest` turns them back into rows.
 * Far fewer parameters than multi-row VALUES (no 65,535 limit), the same SQL on PGlite and PostgreSQL.
 */
import { getTableColumns, getTableName, sql } from "drizzle-orm";
import type { PgColumn, PgInsertValue, PgTable } from "drizzle-orm/pg-core";
import type { Db, Tx } from "../../db/client.js";

export type Cell = string | number | boolean | Date | null;

/** A PostgreSQL array literal; every element quoted (valid for any element type), null as NULL. */
export function arrayLiteral(values: readonly Cell[]): string {
  const parts = values.map((v) => {
    if (v === null) return "NULL";
    const text = v instanceof Date ? v.toISOString() : typeof v === "boolean" ? (v ? "t" : "f") : String(v);
    return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
  });
  return `{${parts.join(",")}}`;
}

export interface BulkColumn {
  name: string;
  /** The SQL element type: uuid, numeric, int, text, date, timestamptz, boolean… */
  type: string;
}

export async function insertRows(
  db: Db | Tx,
  table: string,
  columns: readonly BulkColumn[],
  rows: readonly (readonly Cell[])[],
  chunk = 5_000,
): Promise<void> {
  for (let at = 0; at < rows.length; at += chunk) {
    const part = rows.slice(at, at + chunk);
    const arrays = columns.map((c, i) => sql`${arrayLiteral(part.map((r) => r[i] ?? null))}::${sql.raw(c.type)}[]`);
    await db.execute(
      sql`insert into ${sql.raw(table)} (${sql.raw(columns.map((c) => c.name).join(", "))})
        select * from unnest(${sql.join(arrays, sql`, `)})`,
    );
  }
}

/** Inserts objects shaped like the table's insert type, in `unnest` chunks (the keys of the first row decide). */
export async function insertObjects<T extends PgTable>(
  db: Db | Tx,
  table: T,
  objects: readonly PgInsertValue<T>[],
  chunk = 5_000,
): Promise<void> {
  const first = objects[0] as Record<string, unknown> | undefined;
  if (!first) return;
  const all = getTableColumns(table) as Record<string, PgColumn>;
  const keys = Object.keys(first).filter((k) => all[k]);
  const columns = keys.map((k) => ({ name: `"${all[k]?.name}"`, type: all[k]?.getSQLType() ?? "text" }));
  const rows = objects.map((o) => keys.map((k) => ((o as Record<string, unknown>)[k] ?? null) as Cell));
  await insertRows(db, `"${getTableName(table)}"`, columns, rows, chunk);
}
