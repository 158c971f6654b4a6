#!/usr/bin/env node
// npm start: install what is missing, build what is stale, then serve ZoneOS (embedded database unless DATABASE_URL).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const started = performance.now();

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name === "dist") continue;
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

const mtime = (file) => (existsSync(file) ? statSync(file).mtimeMs : 0);
const at = (...parts) => path.join(root, ...parts);

// Install when node_modules is absent or older than the lockfile. `npm install` rather than `npm ci`: ci
// refuses a lockfile that lacks another platform's optional binaries, which some registry mirrors omit.
if (mtime(at("node_modules", ".package-lock.json")) < mtime(at("package-lock.json"))) {
  console.log("Installing dependencies…");
  run("npm", ["install", "--no-audit", "--no-fund"]);
}

// tsc -b is incremental: a no-op when nothing changed.
run("npx", ["tsc", "-b", "server"]);

const webBuilt = mtime(at("web", "dist", "index.html"));
if (webBuilt < Math.max(newest(at("web")), newest(at("core", "src")))) {
  console.log("Building the web app…");
  run("npm", ["run", "build", "-w", "web"]);
}

console.log(`Build checked in ${Math.round(performance.now() - started)} ms; starting the server…`);
const server = spawn(process.execPath, [at("server", "dist", "main.js")], { cwd: root, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
