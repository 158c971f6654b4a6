/**
 * The SQL behind one request: a server started with the capture hook (capture-sql.ts) answers the request once,
 * signed in as `user`; its statements are read back without the session and actor look-ups (the platform's work).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { BENCH_PASSWORD } from "../data/platform.js";
import { getJson, login } from "./http.js";
import { type Statement, statementsOf } from "./replay.js";
import { startServer } from "./server.js";

export async function captureSql(
  url: string,
  requests: Record<string, { user: string; path: string }>,
): Promise<Record<string, Statement[]>> {
  const log = path.join(mkdtempSync(path.join(tmpdir(), "zoneos-bench-")), "sql.jsonl");
  const server = await startServer(url, { BENCH_SQL_LOG: log }, ["./bench/lib/capture-sql.ts"]);
  const out: Record<string, Statement[]> = {};
  try {
    for (const [name, r] of Object.entries(requests)) {
      const session = await login(server.base, r.user, BENCH_PASSWORD);
      await getJson(server.base, r.path, session); // warm: first-use look-ups are not the steady state
      writeFileSync(log, "");
      await getJson(server.base, r.path, session);
      await new Promise((done) => setTimeout(done, 200));
      out[name] = statementsOf(
        log,
        (text) =>
          !/\bfrom "?(sessions|api_tokens|users|user_roles|roles)"?(\s|$)/i.test(text) &&
          !/^\s*(begin|commit)/i.test(text),
      );
    }
  } finally {
    await server.stop();
  }
  return out;
}
