/**
 * npm run bench:data -- --scale province|smoke
 * Fills the PostgreSQL database of DATABASE_URL with the synthetic province through COPY, after the app's own
 * migrations and reference data; modules whose tables are not in the schema yet are skipped and said so.
 */
import { writeFileSync } from "node:fs";
import { hostname } from "node:os";
import pg from "pg";
import { loadEnterprises } from "./data/enterprises.js";
import { loadInvestment } from "./data/investment.js";
import { loadPlatform } from "./data/platform.js";
import { loadProjects } from "./data/projects.js";
import { loadStatistics } from "./data/statistics.js";
import { databaseUrl, openMigrated, prepareDatabase } from "./lib/db.js";
import { Random } from "./lib/random.js";
import { scaleFromArgs } from "./lib/scale.js";

const { scale } = scaleFromArgs();
const url = databaseUrl();
const started = performance.now();
const steps: { step: string; rows: number; seconds: number; note?: string }[] = [];
const seconds = (t0: number) => Math.round((performance.now() - t0) / 100) / 10;

async function step<T extends { rows: number }>(name: string, work: () => Promise<T | string>): Promise<T | null> {
  const t0 = performance.now();
  process.stdout.write(`[data] ${name}…`);
  const result = await work();
  if (typeof result === "string") {
    steps.push({ step: name, rows: 0, seconds: seconds(t0), note: result });
    console.log(` skipped: ${result}`);
    return null;
  }
  const s = seconds(t0);
  steps.push({ step: name, rows: result.rows, seconds: s });
  console.log(
    ` ${result.rows.toLocaleString("en")} rows in ${s} s (${Math.round(result.rows / Math.max(s, 0.1)).toLocaleString("en")} rows/s)`,
  );
  return result;
}

console.log(
  `[data] scale ${scale.name}: ${scale.zones} zones, ${scale.enterprises} enterprises, ${scale.projects} projects, reports ${scale.reportsFrom}..${scale.reportsTo}`,
);
await step("database and migrations", async () => {
  await prepareDatabase(url);
  const database = await openMigrated(url);
  await database.close();
  return { rows: 0 };
});

const client = new pg.Client({ connectionString: url });
await client.connect();
try {
  // Generated rows agree with each other by construction; skipping the per-row foreign-key triggers during
  // the load is what pg_restore does too. Needs a superuser; without one the load is slower, not wrong.
  await client
    .query("set session_replication_role = replica")
    .catch(() => console.log("[data] (foreign-key checks stay on: not a superuser)"));
  const rnd = new Random(20261123);
  const platform = await step("regions, zones, units, users", () => loadPlatform(client, rnd, scale.zones));
  if (!platform) throw new Error("platform data not loaded");
  const roleId = platform.roleIds.get("enterprise-user");
  if (!roleId) throw new Error("enterprise-user role missing");
  const ents = await step("enterprises, name grams, scale flags, qualifications, accounts", () =>
    loadEnterprises(client, rnd, platform.zones, scale.enterprises, {
      count: scale.enterpriseUsers,
      passwordHash: platform.passwordHash,
      roleId,
    }),
  );
  if (!ents) throw new Error("enterprises not loaded");
  await step("projects, monthly investment, plans, milestones", () =>
    loadProjects(client, rnd, platform.zones, ents.enterprises, scale.projects),
  );
  await step("monthly reports, revisions, periods and rollups", () =>
    loadStatistics(client, url, scale, platform.zones, ents.enterprises),
  );
  await step("investment leads and contracts", () => loadInvestment(client, rnd, scale, platform.zones));
  await client.query("set session_replication_role = origin").catch(() => undefined);
  await step("vacuum analyze", async () => {
    await client.query("vacuum analyze");
    return { rows: 0 };
  });
} finally {
  await client.end();
}
const total = seconds(started);
const rows = steps.reduce((s, x) => s + x.rows, 0);
console.log(`[data] done: ${rows.toLocaleString("en")} rows in ${total} s`);
writeFileSync(
  new URL(`./results/load-${scale.name}-${hostname()}.json`, import.meta.url),
  `${JSON.stringify({ scale: scale.name, at: new Date().toISOString(), totalSeconds: total, rows, steps }, null, 2)}\n`,
);
