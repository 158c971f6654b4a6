/**
 * B7 the embedded default: `node scripts/start.mjs` with a fresh data directory and demo data, no
 * DATABASE_URL, timed from spawn to /api/ready 200 with install and build already done (a run that had to
 * install or build is a warm-up, and the start is timed again); then the cockpit on PGlite.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { getJson, login } from "../lib/http.js";
import type { BenchContext, CaseResult } from "../lib/result.js";
import { failed, skipped } from "../lib/result.js";
import { freePort, ROOT, track, waitReady } from "../lib/server.js";
import { timeLoop } from "../lib/stats.js";
import { cockpitPath, hasRoute } from "./statistics.js";

async function startOnce() {
  const dataDir = mkdtempSync(path.join(tmpdir(), "zoneos-bench-b7-"));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ZONEOS_DATA_DIR: dataDir,
    ZONEOS_DEMO: "on",
    PORT: String(port),
    HOST: "127.0.0.1",
  };
  delete env.DATABASE_URL;
  const t0 = performance.now();
  const running = track(spawn(process.execPath, ["scripts/start.mjs"], { cwd: ROOT, env }), port);
  try {
    await waitReady(`${running.base}/api/ready`, running.child, 300_000);
  } catch (error) {
    await running.stop();
    rmSync(dataDir, { recursive: true, force: true });
    throw new Error(`${(error as Error).message}: ${running.output().slice(-400)}`);
  }
  const ms = performance.now() - t0;
  const warmup = /Installing dependencies|Building the web app/.test(running.output());
  return { running, ms, warmup, dataDir };
}

export async function b7Embedded(ctx: BenchContext): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  let started = await startOnce();
  if (started.warmup) {
    await started.running.stop();
    rmSync(started.dataDir, { recursive: true, force: true });
    started = await startOnce();
  }
  const { running, ms, dataDir } = started;
  try {
    const seconds = Math.round(ms / 100) / 10;
    results.push({
      id: "B7.start",
      title: "npm start → /api/ready on demo data (PGlite, fresh data dir)",
      status: "ok",
      medianMs: Math.round(ms),
      note: "one start, install and build done beforehand",
      metrics: { "B7.start.readySeconds": seconds },
    });
    const title = "cockpit on PGlite (demo data), warm";
    if (!(await hasRoute(running.base, "/api/v1/statistics/cockpit"))) {
      results.push(skipped("B7.cockpit", title, "the statistics module has no cockpit endpoint yet"));
    } else {
      try {
        const session = await login(running.base, "yucheng-leader", "zoneos-demo");
        const me = await getJson<{ zoneId?: string | null }>(running.base, "/api/v1/auth/me", session);
        const path = cockpitPath(String(me.zoneId), "2025-06");
        const lat = await timeLoop(() => getJson(running.base, path, session), ctx.runs);
        results.push({
          id: "B7.cockpit",
          title,
          status: "ok",
          medianMs: lat.medianMs,
          p95Ms: lat.p95Ms,
          metrics: { "B7.cockpit.medianMs": lat.medianMs },
        });
      } catch (error) {
        results.push(failed("B7.cockpit", title, error));
      }
    }
  } finally {
    await running.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return results;
}
