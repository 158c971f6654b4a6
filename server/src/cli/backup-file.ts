/**
 * The backup file: gzip'd JSON lines. A header line, then one `{t: table, r: row}` line per row, table by table
 * in foreign-key order, each row as `select *` returns it (snake_case columns, timestamps as ISO text in UTC,
 * numerics as strings, arrays and jsonb as JSON).
 */
import { createReadStream } from "node:fs";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";
import { z } from "zod";

export const BACKUP_FORMAT = "zoneos-backup";
export const BACKUP_VERSION = 1;

export const backupHeader = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  createdAt: z.string(),
  migrations: z.array(z.object({ hash: z.string(), createdAt: z.number() })),
  tables: z.array(z.string()),
});
export type BackupHeader = z.infer<typeof backupHeader>;

export type Row = Record<string, unknown>;
export const backupLine = z.object({ t: z.string(), r: z.record(z.string(), z.unknown()) });

/** The file's lines, decompressed as they are read; a damaged or truncated file fails the loop. */
export async function* readLines(file: string): AsyncGenerator<string> {
  const gunzip = createGunzip();
  // Errors of either stream reach the loop below through gunzip, which pipeline destroys with them.
  pipeline(createReadStream(file), gunzip).catch(() => undefined);
  gunzip.setEncoding("utf8");
  let rest = "";
  for await (const chunk of gunzip as AsyncIterable<string>) {
    const lines = (rest + chunk).split("\n");
    rest = lines.pop() ?? "";
    yield* lines;
  }
  if (rest !== "") yield rest;
}
