/** Bulk loading through PostgreSQL's COPY FROM STDIN (text format), streamed with backpressure. */
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";

export type Cell = string | number | boolean | null | undefined | readonly string[];

/** Text-format escaping: backslash, tab, newline, carriage return; null as \N; arrays as {a,b}. */
function cell(v: Cell): string {
  if (v === null || v === undefined) return "\\N";
  if (Array.isArray(v))
    return `{${v.map((x) => `"${String(x).replace(/["\\]/g, (c) => `\\${c}`)}"`).join(",")}}`.replace(
      /[\\\t\n\r]/g,
      (c) => (c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r"),
    );
  if (typeof v === "boolean") return v ? "t" : "f";
  const s = String(v);
  return /[\\\t\n\r]/.test(s)
    ? s.replace(/[\\\t\n\r]/g, (c) => (c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r"))
    : s;
}

async function* lines(rows: Iterable<readonly Cell[]> | AsyncIterable<readonly Cell[]>) {
  let buffer: string[] = [];
  for await (const row of rows) {
    buffer.push(`${row.map(cell).join("\t")}\n`);
    if (buffer.length >= 2000) {
      yield buffer.join("");
      buffer = [];
    }
  }
  if (buffer.length > 0) yield buffer.join("");
}

/** COPYs rows into `table (columns)`; returns the number of rows PostgreSQL reports. */
export async function copyRows(
  client: pg.ClientBase,
  table: string,
  columns: readonly string[],
  rows: Iterable<readonly Cell[]> | AsyncIterable<readonly Cell[]>,
): Promise<number> {
  const stream = client.query(copyFrom(`copy ${table} (${columns.join(", ")}) from stdin`));
  await pipeline(Readable.from(lines(rows)), stream);
  return Number(stream.rowCount ?? 0);
}
