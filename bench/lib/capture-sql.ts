/**
 * Loaded into the server process with --import when BENCH_SQL_LOG names a file: every statement the app sends
 * through node-postgres is appended there with its parameters and when it was issued and answered, so the
 * bare route can replay exactly the SQL a request ran, in the same concurrent rounds.
 */
import { appendFileSync } from "node:fs";
import pg from "pg";

const file = process.env.BENCH_SQL_LOG;
if (file) {
  const original = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const first = args[0] as string | { text?: string; values?: unknown[] };
    const text = typeof first === "string" ? first : first?.text;
    const values =
      typeof first === "string" || Array.isArray(args[1]) ? (args[1] as unknown[] | undefined) : first?.values;
    const issued = performance.now();
    const record = () => {
      if (text)
        appendFileSync(file, `${JSON.stringify({ text, values: values ?? [], issued, done: performance.now() })}\n`);
    };
    // pg.Pool passes a callback; drizzle's own client calls return a promise.
    const last = args.length - 1;
    const callback = args[last];
    if (typeof callback === "function") {
      args[last] = (error: unknown, result: unknown) => {
        if (!error) record();
        return (callback as (e: unknown, r: unknown) => unknown)(error, result);
      };
    }
    const result = original.apply(this, args);
    if (typeof callback !== "function" && result instanceof Promise) result.then(record, () => undefined);
    return result;
  } as typeof pg.Client.prototype.query;
}
