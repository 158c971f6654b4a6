/** `backup`: a logical backup of every application table to one gzip'd JSON-lines file (see backup-file.ts). */
import { createWriteStream } from "node:fs";
import { rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import { type SQL, sql } from "drizzle-orm";
import type { Database, Db } from "../db/client.js";
import { migrationsCurrent } from "../db/migrate.js";
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupHeader, type Row } from "./backup-file.js";
import { CliError, type Command, DATABASE_HELP, requiredString } from "./command.js";
import { queryRows } from "./rows.js";
import { appliedMigrations } from "./setup.js";
import { type AppTable, appTables } from "./tables.js";

const BATCH = 1_000;

export interface TableCount {
  table: string;
  rows: number;
}

/** Keyset batches in primary-key order: each query starts after the last key seen, so no batch rescans. */
async function* batches(db: Pick<Db, "execute">, table: AppTable): AsyncGenerator<Row[]> {
  const key = sql.join(
    table.key.map((k) => sql.identifier(k)),
    sql`, `,
  );
  let last: Row | undefined;
  for (;;) {
    const from = last;
    const after: SQL = from
      ? sql`where (${key}) > (${sql.join(
          table.key.map((k) => sql`${from[k]}`),
          sql`, `,
        )})`
      : sql``;
    const rows = await queryRows<Row>(
      db,
      sql`select * from ${sql.identifier(table.name)} ${after} order by ${key} limit ${BATCH}`,
    );
    if (rows.length > 0) yield rows;
    if (rows.length < BATCH) return;
    last = rows.at(-1);
  }
}

/** Writes the backup to `file` (through `file.partial`, so an interrupted backup never looks complete). */
export async function backup(database: Database, file: string): Promise<{ tables: TableCount[]; bytes: number }> {
  if (!(await migrationsCurrent(database)))
    throw new CliError("The database is not fully migrated: run `zoneos migrate` first.");
  const tables = appTables();
  const counts: TableCount[] = [];
  const partial = `${file}.partial`;
  try {
    // One read-only snapshot for every table; dates printed as ISO in UTC whatever the server's settings.
    await database.db.transaction(
      async (tx) => {
        await tx.execute(sql`set local datestyle = 'ISO, YMD'`);
        await tx.execute(sql`set local timezone = 'UTC'`);
        await tx.execute(sql`set local intervalstyle = 'postgres'`);
        const header: BackupHeader = {
          format: BACKUP_FORMAT,
          version: BACKUP_VERSION,
          createdAt: new Date().toISOString(),
          migrations: await appliedMigrations(tx),
          tables: tables.map((t) => t.name),
        };
        async function* lines() {
          yield `${JSON.stringify(header)}\n`;
          for (const table of tables) {
            let rows = 0;
            for await (const batch of batches(tx, table)) {
              rows += batch.length;
              yield batch.map((r) => `${JSON.stringify({ t: table.name, r })}\n`).join("");
            }
            counts.push({ table: table.name, rows });
          }
        }
        await pipeline(lines, createGzip(), createWriteStream(partial));
      },
      { isolationLevel: "repeatable read", accessMode: "read only" },
    );
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  return { tables: counts, bytes: (await stat(file)).size };
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
}

export function printCounts(counts: TableCount[]): void {
  const width = Math.max(...counts.map((c) => c.table.length));
  for (const c of counts) console.log(`  ${c.table.padEnd(width)}  ${String(c.rows).padStart(9)} rows`);
}

export const backupCommand: Command = {
  summary: "write every application table to a gzip'd JSON-lines file",
  usage: "backup --out <file>",
  help: `Writes a logical backup of all application tables (and the list of applied migrations)
to one gzip'd JSON-lines file, from a single consistent snapshot. It is independent of the
database engine: a PGlite backup restores into PostgreSQL and the other way round.
The server may keep running on PostgreSQL; with PGlite stop it first (see below).

Options:
  --out <file>  the file to write, e.g. zoneos-2025-01-31.jsonl.gz (replaced if it exists)

${DATABASE_HELP}`,
  options: { out: { type: "string" } },
  async run(values, withDatabase) {
    const file = path.resolve(requiredString(values, "out"));
    const started = performance.now();
    const result = await withDatabase((database) => backup(database, file));
    printCounts(result.tables);
    const total = result.tables.reduce((n, c) => n + c.rows, 0);
    const ms = Math.round(performance.now() - started);
    console.log(`Backed up ${total} rows to ${file} (${formatBytes(result.bytes)}) in ${ms} ms.`);
  },
};
