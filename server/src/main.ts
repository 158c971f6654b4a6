/** Start: config → database → migrations → reference and demo data → HTTP server. */
import { buildApp } from "./app.js";
import { loadConfig } from "./config.js";
import { openDatabase } from "./db/client.js";
import { migrate } from "./db/migrate.js";
import { loadDemo } from "./demo/index.js";
import { DEMO_PASSWORD } from "./demo/platform.js";
import { countActiveAdmins } from "./platform/identity.js";
import { loadReferenceData } from "./reference.js";

const started = performance.now();
const config = loadConfig();
const database = await openDatabase(config.databaseUrl ? { url: config.databaseUrl } : { dataDir: config.dataDir });
await migrate(database);
await loadReferenceData(database.db);

const wantDemo = config.demo === "on" || (config.demo === "auto" && database.kind === "pglite");
if (wantDemo && (await loadDemo(database)))
  console.log(`Demo data loaded; every demo account's password is ${DEMO_PASSWORD}`);

if ((await countActiveAdmins(database.db)) === 0) {
  console.error(
    "ZoneOS has no administrator. Create one first:\n  npm run zoneos -- create-admin --username <name> --name <full name>\n" +
      "(or start with ZONEOS_DEMO=on to load the demo data).",
  );
  await database.close();
  process.exit(2);
}

const app = await buildApp({ database, config, logger: true });
const shutdown = async () => {
  await app.close();
  await database.close();
  process.exit(0);
};
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
await app.listen({ port: config.port, host: config.host });
const where = database.kind === "pglite" ? config.dataDir : "PostgreSQL";
console.log(
  `ZoneOS ready on http://${config.host}:${config.port} (${where}) in ${Math.round(performance.now() - started)} ms`,
);
