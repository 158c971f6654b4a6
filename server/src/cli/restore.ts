/** `restore`: replaces every application table's rows with a backup's, in one transaction. */
import { access } from "node:fs/promises";
import path from "node:path";
import { sql } from "drizzle-orm";
import type { Database, Tx } from "../db/client.js";
import { migrate } from "../db/migrate.js";
import { printCounts, type TableCount } from "./backup.js";
import { type BackupHeader, backupHeader, backupLine, type Row, readLines } from "./backup-file.js";
import { CliError, type Command, DATABASE_HELP, requiredString, UsageError } from "./command.js";
import { queryRows } from "./rows.js";
import { type AppliedMigration, appliedMigrations } from "./setup.js";
import { type AppTable, appTables } from "./tables.js";

const BATCH = 1_000;

/** The parsed JSON, or undefined when the text is not JSON: the schema check then names what is wrong. */
function parseJson(text: string | undefined): unknown {
  try {
    return JSON.parse(text ?? "");
  } catch {
    return undefined;
  }
}

function parseHeader(line: string | undefined): BackupHeader {
  const header = backupHeader.safeParse(parseJson(line));
  if (!header.success) throw new CliError("Not a ZoneOS backup (version 1): the header line is missing or damaged.");
  return header.data;
}

function parseLine(text: string): { t: string; r: Row } {
  const line = backupLine.safeParse(parseJson(text));
  if (!line.success) throw new CliError("The backup has a damaged row line.");
  return line.data;
}

/** The backup must come from this database's migration history, at the same point or an earlier one. */
function assertMigrations(backup: AppliedMigration[], current: AppliedMigration[]): void {
  const at = backup.findIndex((m, i) => current[i]?.hash !== m.hash || current[i]?.createdAt !== m.createdAt);
  if (at === -1) return;
  if (at >= current.length)
    throw new CliError(
      `The backup was made by a newer ZoneOS (${backup.length} migrations, this database has ${current.length}): ` +
        "upgrade ZoneOS first.",
    );
  throw new CliError(`The backup's migration #${at + 1} differs from this database's: it belongs to another history.`);
}

/** Every backed-up table must exist here and come after the tables it references. */
function tablesInOrder(header: BackupHeader): AppTable[] {
  const known = new Map(appTables().map((t) => [t.name, t]));
  return header.tables.map((name, i) => {
    const table = known.get(name);
    if (!table) throw new CliError(`The backup has a table this version of ZoneOS does not know: ${name}.`);
    const late = table.parents.find((p) => header.tables.indexOf(p) > i);
    if (late) throw new CliError(`The backup lists ${name} before ${late}, which it references.`);
    return table;
  });
}

/** The database converts the JSON itself, so timestamps, numerics, arrays and jsonb arrive exactly as saved. */
async function insertRows(tx: Tx, table: AppTable, rows: Row[]): Promise<void> {
  const names = Object.keys(rows[0] ?? {});
  const unknown = names.find((c) => !table.columns.has(c));
  if (unknown) throw new CliError(`The backup has a column this version does not know: ${table.name}.${unknown}.`);
  const list = sql.join(
    names.filter((c) => !table.generated.has(c)).map((c) => sql.identifier(c)),
    sql`, `,
  );
  const name = sql.identifier(table.name);
  await tx.execute(
    sql`insert into ${name} (${list}) overriding system value
        select ${list} from json_populate_recordset(null::${name}, ${JSON.stringify(rows)}::json)`,
  );
}

/** Serial and identity columns continue after the restored maximum. */
async function resetSequences(tx: Tx, tables: AppTable[]): Promise<void> {
  const names = sql.join(
    tables.map((t) => sql`${t.name}`),
    sql`, `,
  );
  const serials = await queryRows<{ table_name: string; column_name: string; seq: string }>(
    tx,
    sql`select table_name::text, column_name::text, seq from (
          select table_name, column_name, pg_get_serial_sequence(quote_ident(table_name), column_name) as seq
          from information_schema.columns where table_schema = current_schema() and table_name in (${names})
        ) c where seq is not null`,
  );
  for (const s of serials) {
    const max = sql`(select max(${sql.identifier(s.column_name)}) from ${sql.identifier(s.table_name)})`;
    await tx.execute(sql`select setval(${s.seq}::regclass, coalesce(${max}, 1), ${max} is not null)`);
  }
}

export async function restore(database: Database, file: string, options: { yes: boolean }): Promise<TableCount[]> {
  if (!options.yes) throw new CliError("Restore replaces all data: confirm with --yes.");
  await access(file).catch(() => {
    throw new CliError(`Cannot read ${file}.`);
  });
  const lines = readLines(file);
  try {
    const first = await lines.next().catch(() => ({ done: true, value: undefined }) as const);
    const header = parseHeader(first.done ? undefined : first.value);
    const order = tablesInOrder(header);
    await migrate(database);
    assertMigrations(header.migrations, await appliedMigrations(database.db));
    const counts = new Map(order.map((t) => [t.name, 0]));
    await database.db.transaction(async (tx) => {
      const all = appTables();
      const names = sql.join(
        all.map((t) => sql.identifier(t.name)),
        sql`, `,
      );
      // A server still running waits for the swap instead of writing into the middle of it.
      await tx.execute(sql`lock table ${names} in access exclusive mode`);
      for (const table of [...all].reverse()) await tx.execute(sql`delete from ${sql.identifier(table.name)}`);
      let index = 0;
      let batch: Row[] = [];
      const flush = async () => {
        const table = order[index];
        if (!table || batch.length === 0) return;
        await insertRows(tx, table, batch);
        counts.set(table.name, (counts.get(table.name) ?? 0) + batch.length);
        batch = [];
      };
      for await (const text of lines) {
        if (text === "") continue;
        const line = parseLine(text);
        if (line.t !== order[index]?.name) {
          await flush();
          const next = order.findIndex((t, i) => i > index && t.name === line.t);
          if (next === -1) throw new CliError(`The backup's rows of ${line.t} are out of order.`);
          index = next;
        }
        batch.push(line.r);
        if (batch.length === BATCH) await flush();
      }
      await flush();
      await resetSequences(tx, all);
    });
    return order.map((t) => ({ table: t.name, rows: counts.get(t.name) ?? 0 }));
  } finally {
    await lines.return(undefined);
  }
}

export const restoreCommand: Command = {
  summary: "replace all data with a backup's (needs --yes)",
  usage: "restore --in <file> --yes",
  help: `Migrates the database, then replaces the rows of every application table with those
of the backup, in one transaction: on any error nothing changes. The backup must come from
this ZoneOS or an older one (its migrations a prefix of the database's). Stop the server
first: users signed in now would find their sessions replaced by the backup's.

Options:
  --in <file>  a file written by \`zoneos backup\`
  --yes        confirm that the current data is to be replaced

${DATABASE_HELP}`,
  options: { in: { type: "string" }, yes: { type: "boolean" } },
  async run(values, withDatabase) {
    const file = path.resolve(requiredString(values, "in"));
    if (values.yes !== true) throw new UsageError("restore replaces all data in the database: add --yes to confirm");
    const started = performance.now();
    const counts = await withDatabase((database) => restore(database, file, { yes: true }));
    printCounts(counts);
    const total = counts.reduce((n, c) => n + c.rows, 0);
    console.log(`Restored ${total} rows from ${file} in ${Math.round(performance.now() - started)} ms.`);
  },
};
