/**
 * npm run bench [-- --scale smoke] [--only B4,B6]
 * Starts the real server on DATABASE_URL (filled by bench:data), runs the cases, prints one table, writes
 * bench/results/<date>-<host>.json and checks bench/budgets.json: a missed budget fails the run at province
 * scale and is only reported at smoke scale (CI keeps the suite working; timings there mean nothing).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, hostname, totalmem } from "node:os";
import { b4Lists } from "./cases/b4-lists.js";
import { b6Web } from "./cases/b6-web.js";
import { b7Embedded } from "./cases/b7-embedded.js";
import { statisticsCases } from "./cases/statistics.js";
import { databaseUrl } from "./lib/db.js";
import { type BenchContext, type CaseResult, failed } from "./lib/result.js";
import { scaleFromArgs } from "./lib/scale.js";
import { startServer } from "./lib/server.js";

const { scale, only } = scaleFromArgs();
const wanted = (id: string) => !only || only.some((o) => id.startsWith(o));
const url = databaseUrl();
const started = new Date();
const results: CaseResult[] = [];

console.log(`[bench] scale ${scale.name}; starting the server on ${new URL(url).pathname.slice(1)}…`);
const server = await startServer(url);
const ctx: BenchContext = {
  scale,
  databaseUrl: url,
  server,
  runs: scale.name === "smoke" ? 30 : 100,
  loadSeconds: scale.name === "smoke" ? 2 : 10,
  wanted,
};
async function run(ids: string[], title: string, work: () => Promise<CaseResult[]>) {
  const id = ids.join("/");
  if (!ids.some(wanted)) return;
  console.log(`[bench] ${id} ${title}…`);
  try {
    const r = await work();
    for (const x of r) console.log(`[bench]   ${x.id}: ${x.status}${x.note ? ` (${x.note})` : ""}`);
    results.push(...r);
  } catch (error) {
    results.push(failed(id, title, error));
    console.log(`[bench]   ${id}: failed (${(error as Error).message})`);
  }
}
try {
  await run(["B1", "B2", "B3", "B5"], "cockpit, comparison, submission, import", () => statisticsCases(ctx));
  await run(["B4"], "lists", () => b4Lists(ctx));
  await run(["B6"], "web", () => b6Web(ctx));
} finally {
  await server.stop();
}
await run(["B7"], "embedded default", () => b7Embedded(ctx));

// Budgets: each metric that was measured is checked; unmeasured ones are listed as not run.
const budgets = JSON.parse(readFileSync(new URL("./budgets.json", import.meta.url), "utf8")) as Record<
  string,
  { max?: number; min?: number; what: string }
>;
const metrics = Object.assign({}, ...results.map((r) => r.metrics)) as Record<string, number>;
const checks = Object.entries(budgets).map(([key, b]) => {
  const value = metrics[key];
  if (value === undefined) return { key, what: b.what, budget: b, value: null, ok: null as boolean | null };
  const ok = (b.max === undefined || value <= b.max) && (b.min === undefined || value >= b.min);
  return { key, what: b.what, budget: b, value, ok };
});

const cell = (v: unknown) => (v === undefined || v === null ? "" : String(v));
const header = ["case", "what", "status", "median ms", "p95 ms", "throughput", "ratios / note"];
const rows = results.map((r) => [
  r.id,
  r.title,
  r.status,
  cell(r.medianMs),
  cell(r.p95Ms),
  cell(r.throughput),
  [r.ratios, r.note].filter(Boolean).join("; "),
]);
console.log(`\n| ${header.join(" | ")} |\n|${header.map(() => "---").join("|")}|`);
for (const row of rows) console.log(`| ${row.join(" | ")} |`);
console.log("\n| budget | limit | measured | |\n|---|---|---|---|");
for (const c of checks)
  console.log(
    `| ${c.key} | ${c.budget.max !== undefined ? `≤ ${c.budget.max}` : `≥ ${c.budget.min}`} | ${c.value ?? "not run"} | ${c.ok === null ? "—" : c.ok ? "ok" : "MISSED"} |`,
  );

const machine = {
  hostname: hostname(),
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
};
const loadFile = new URL(`./results/load-${scale.name}-${hostname()}.json`, import.meta.url);
const dataLoad = existsSync(loadFile) ? JSON.parse(readFileSync(loadFile, "utf8")) : null;
const out = new URL(
  `./results/${started.toISOString().slice(0, 10)}-${hostname()}${scale.name === "province" ? "" : `-${scale.name}`}.json`,
  import.meta.url,
);
writeFileSync(
  out,
  `${JSON.stringify({ scale: scale.name, at: started.toISOString(), machine, dataLoad, results, budgets: checks }, null, 2)}\n`,
);
console.log(`\n[bench] results in ${out.pathname}`);

const missed = checks.filter((c) => c.ok === false);
const broken = results.filter((r) => r.status === "failed");
if (broken.length > 0) console.log(`[bench] failed cases: ${broken.map((r) => r.id).join(", ")}`);
if (missed.length > 0) console.log(`[bench] budgets missed: ${missed.map((c) => `${c.key} = ${c.value}`).join(", ")}`);
if (broken.length > 0 || (scale.name !== "smoke" && missed.length > 0)) process.exitCode = 1;
