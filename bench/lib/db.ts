/**
 * The bench database: created when missing, marked as bench data (a database comment) so that reloading
 * never wipes a database that holds anything else, migrated and given reference data by the app's own code.
 */
import pg from "pg";
import { type Database, openDatabase } from "../../server/src/db/client.js";
import { migrate } from "../../server/src/db/migrate.js";
import { loadReferenceData } from "../../server/src/reference.js";

export const MARKER = "zoneos bench data";

export function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url)
    throw new Error(
      "Set DATABASE_URL to the PostgreSQL database to fill (e.g. postgres://postgres@127.0.0.1:5432/zoneos_bench).",
    );
  return url;
}

function nameOf(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Use a plain lower-case database name, not "${name}".`);
  return name;
}

async function withMaintenance<T>(url: string, work: (c: pg.Client) => Promise<T>): Promise<T> {
  const u = new URL(url);
  u.pathname = "/postgres";
  const c = new pg.Client({ connectionString: u.toString() });
  await c.connect();
  try {
    return await work(c);
  } finally {
    await c.end();
  }
}

/** Creates the database, or empties it when it is an earlier bench load; refuses any other non-empty one. */
export async function prepareDatabase(url: string): Promise<void> {
  const name = nameOf(url);
  await withMaintenance(url, async (c) => {
    const exists = await c.query("select 1 from pg_database where datname = $1", [name]);
    if (exists.rowCount === 0) await c.query(`create database ${name}`);
  });
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const marked = await c.query<{ d: string | null }>(
      "select shobj_description(oid, 'pg_database') as d from pg_database where datname = current_database()",
    );
    const tables = await c.query("select 1 from pg_tables where schemaname = 'public' limit 1");
    if (tables.rowCount && marked.rows[0]?.d !== MARKER)
      throw new Error(`Database ${name} holds tables that are not bench data; choose an empty or new database.`);
    await c.query("drop schema if exists drizzle cascade");
    await c.query("drop schema if exists public cascade");
    await c.query("create schema public");
    await c.query(`comment on database ${name} is '${MARKER}'`);
  } finally {
    await c.end();
  }
}

/** Opens the database through the app, applies its migrations and its reference data. */
export async function openMigrated(url: string): Promise<Database> {
  const database = await openDatabase({ url });
  await migrate(database);
  await loadReferenceData(database.db);
  return database;
}

export async function tableExists(client: pg.ClientBase, table: string): Promise<boolean> {
  const r = await client.query("select to_regclass($1) is not null as ok", [`public.${table}`]);
  return Boolean(r.rows[0]?.ok);
}

export async function columnsOf(client: pg.ClientBase, table: string): Promise<string[]> {
  const r = await client.query<{ column_name: string }>(
    "select column_name from information_schema.columns where table_schema = 'public' and table_name = $1 order by ordinal_position",
    [table],
  );
  return r.rows.map((x) => x.column_name);
}
