/**
 * The application tables as backup and restore see them: every table of db/schema.ts, read from the Drizzle
 * definitions so a new module's tables are included without touching the CLI, parents before children.
 */
import { is } from "drizzle-orm";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import * as schema from "../db/schema.js";

export interface AppTable {
  name: string;
  /** Primary key columns: the order rows are read in. */
  key: string[];
  columns: Set<string>;
  /** Computed (generated always as … stored) columns: backed up but never inserted. */
  generated: Set<string>;
  /** Tables this one references through foreign keys. */
  parents: string[];
}

function describe(table: PgTable): AppTable {
  const config = getTableConfig(table);
  const composite = config.primaryKeys[0]?.columns.map((c) => c.name);
  const key = composite ?? config.columns.filter((c) => c.primary).map((c) => c.name);
  if (key.length === 0) throw new Error(`table ${config.name} has no primary key, so it cannot be backed up in order`);
  const parents = config.foreignKeys.map((fk) => getTableConfig(fk.reference().foreignTable).name);
  // Rows are restored in key order, which need not put a parent row before its children.
  if (parents.includes(config.name))
    throw new Error(`table ${config.name} references itself: teach the CLI's restore to order its rows first`);
  return {
    name: config.name,
    key,
    columns: new Set(config.columns.map((c) => c.name)),
    generated: new Set(config.columns.filter((c) => c.generated).map((c) => c.name)),
    parents: [...new Set(parents)],
  };
}

/** Every application table, each after the tables it references (so inserts in this order satisfy the keys). */
export function appTables(): AppTable[] {
  const all = new Map<string, AppTable>();
  for (const value of Object.values(schema))
    if (is(value, PgTable)) all.set(getTableConfig(value).name, describe(value));
  const ordered: AppTable[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (table: AppTable) => {
    if (state.get(table.name) === "done") return;
    if (state.get(table.name) === "visiting") throw new Error(`foreign keys form a cycle through ${table.name}`);
    state.set(table.name, "visiting");
    for (const parent of table.parents) {
      const found = all.get(parent);
      if (found) visit(found);
    }
    state.set(table.name, "done");
    ordered.push(table);
  };
  for (const table of all.values()) visit(table);
  return ordered;
}
