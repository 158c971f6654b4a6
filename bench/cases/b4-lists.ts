/**
 * B4 lists: the projects list (filtered, paginated) and enterprise search by two Chinese characters, as the
 * province supervisor (the widest scope), through HTTP; beside the bare route replaying the same statements.
 * Ratio = the platform's throughput ÷ the bare route's, at 50 connections.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import pg from "pg";
import { BENCH_PASSWORD } from "../data/platform.js";
import { captureSql } from "../lib/capture.js";
import { getJson, load, login } from "../lib/http.js";
import { widest } from "../lib/replay.js";
import { type BenchContext, type CaseResult, failed } from "../lib/result.js";
import { startNode, waitReady } from "../lib/server.js";
import { timeLoop } from "../lib/stats.js";

const PROJECTS = "/api/v1/projects?stage=construction&sort=code&page=1&pageSize=20";
const projectPage = (i: number) => `/api/v1/projects?stage=construction&sort=code&page=${1 + (i % 5)}&pageSize=20`;
const search = (q: string) => `/api/v1/enterprises?q=${encodeURIComponent(q)}&page=1&pageSize=20`;

/** Two-character queries as people type them: a pair of characters from the middle of real names. */
async function searchTerms(url: string, n: number): Promise<string[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const r = await c.query<{ name: string }>("select name from enterprises order by id limit $1", [n]);
    return r.rows.map((x) => [...x.name].slice(2, 4).join(""));
  } finally {
    await c.end();
  }
}

export async function b4Lists(ctx: BenchContext): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  const terms = await searchTerms(ctx.databaseUrl, 200);
  const fixedTerm = terms[0] ?? "华宏";
  const replay = await captureSql(ctx.databaseUrl, {
    projects: { user: "bench-province", path: PROJECTS },
    search: { user: "bench-province", path: search(fixedTerm) },
  });
  // Kept under results/tmp (not committed) so the replayed SQL can be read after a run.
  mkdirSync(new URL("../results/tmp/", import.meta.url), { recursive: true });
  const replayFile = new URL("../results/tmp/b4-replay.json", import.meta.url).pathname;
  writeFileSync(replayFile, JSON.stringify(replay, null, 1));
  const bare = await startNode("bench/bare-server.ts", { DATABASE_URL: ctx.databaseUrl, BENCH_REPLAY: replayFile });
  try {
    await waitReady(`${bare.base}/api/ready`, bare.child, 60_000);
    const session = await login(ctx.server.base, "bench-province", BENCH_PASSWORD);
    const cases = [
      {
        id: "B4.projects",
        title: "projects list, filtered + paginated (province scope)",
        fixed: PROJECTS,
        vary: projectPage,
        bareName: "projects",
      },
      {
        id: "B4.search",
        title: "enterprise search, 2 Chinese characters (province scope)",
        fixed: search(fixedTerm),
        vary: (i: number) => search(terms[i % terms.length] ?? fixedTerm),
        bareName: "search",
      },
    ];
    for (const c of cases) {
      try {
        const statements = replay[c.bareName]?.length ?? 0;
        if (statements === 0) throw new Error("no SQL captured for the bare route");
        const api = await timeLoop((i) => getJson(ctx.server.base, c.vary(i), session), ctx.runs);
        const apiFixed = await timeLoop(() => getJson(ctx.server.base, c.fixed, session), ctx.runs);
        const bareLat = await timeLoop(() => getJson(bare.base, `/bare/${c.bareName}`), ctx.runs);
        const apiLoad = await load(ctx.server.base, [c.fixed], session.headers, ctx.loadSeconds);
        const bareLoad = await load(bare.base, [`/bare/${c.bareName}`], {}, ctx.loadSeconds);
        // A wrong answer fails the case; a timeout (autocannon gives up after 10 s) is a figure of the load.
        if (apiLoad.non2xx > 0) throw new Error(`${apiLoad.non2xx} non-2xx answers under load`);
        const timeouts = apiLoad.errors > 0 ? `; ${apiLoad.errors} requests timed out (10 s) under load` : "";
        const ratio = apiLoad.requestsPerSec / Math.max(1, bareLoad.requestsPerSec);
        results.push({
          id: c.id,
          title: c.title,
          status: "ok",
          medianMs: api.medianMs,
          p95Ms: api.p95Ms,
          throughput: `${apiLoad.requestsPerSec} req/s (bare ${bareLoad.requestsPerSec})`,
          ratios: `API÷bare throughput ${ratio.toFixed(2)}; fixed query median ${apiFixed.medianMs} vs bare ${bareLat.medianMs} ms`,
          note: `bare route replays the request's ${statements} statements (up to ${widest(replay[c.bareName] ?? [])} at once)${timeouts}`,
          metrics: {
            [`${c.id}.medianMs`]: api.medianMs,
            [`${c.id}.p95Ms`]: api.p95Ms,
            [`${c.id}.bareMedianMs`]: bareLat.medianMs,
            [`${c.id}.requestsPerSec`]: apiLoad.requestsPerSec,
            [`${c.id}.bareRequestsPerSec`]: bareLoad.requestsPerSec,
            [`${c.id}.throughputRatio`]: Math.round(ratio * 1000) / 1000,
          },
        });
      } catch (error) {
        results.push(failed(c.id, c.title, error));
      }
    }
  } finally {
    await bare.stop();
  }
  return results;
}
