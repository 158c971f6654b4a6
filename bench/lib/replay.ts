/**
 * What one request ran in SQL, read from the capture log, with the order it ran in: each statement waits for
 * exactly the statements that had been answered before it was issued (so Promise.all siblings run together and
 * a statement that used an earlier result waits for it, as in the app).
 */
import { readFileSync } from "node:fs";

export interface Statement {
  text: string;
  values: unknown[];
  /** Indexes of the statements answered before this one was issued. */
  after: number[];
}

interface Logged {
  text: string;
  values: unknown[];
  issued: number;
  done: number;
}

export function statementsOf(logFile: string, keep: (text: string) => boolean): Statement[] {
  const all = readFileSync(logFile, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Logged)
    .filter((s) => keep(s.text))
    .sort((a, b) => a.issued - b.issued);
  return all.map((s, i) => ({
    text: s.text,
    values: s.values,
    after: all.flatMap((o, j) => (j < i && o.done <= s.issued ? [j] : [])),
  }));
}

/** Runs the statements in their captured order through `run`, each as soon as its predecessors are answered. */
export async function replay<T>(statements: Statement[], run: (s: Statement) => Promise<T>): Promise<T[]> {
  const started: Promise<T>[] = [];
  for (const s of statements) started.push(Promise.all(s.after.map((j) => started[j])).then(() => run(s)));
  return Promise.all(started);
}

function levels(statements: Statement[]): number[] {
  const level = statements.map(() => 0);
  statements.forEach((s, i) => {
    level[i] = s.after.length === 0 ? 0 : Math.max(...s.after.map((j) => (level[j] ?? 0) + 1));
  });
  return level;
}

/** How many statements could run at once at most: for the table's note. */
export function widest(statements: Statement[]): number {
  const counts = new Map<number, number>();
  for (const d of levels(statements)) counts.set(d, (counts.get(d) ?? 0) + 1);
  return Math.max(0, ...counts.values());
}

/** The longest chain of statements that waited for one another: round trips a request cannot overlap. */
export function chain(statements: Statement[]): number {
  return statements.length === 0 ? 0 : Math.max(...levels(statements)) + 1;
}
