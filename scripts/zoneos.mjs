// `npm run zoneos -- <command>`: runs the compiled operator CLI, building the server first when its sources
// (or core's) are newer than the last build. A no-op `tsc -b` still costs seconds; a walk of mtimes does not.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const cli = `${root}server/dist/cli/main.js`;

function newestSource(dir) {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    // Tests are not part of the build, so they must not trigger one.
    if (!entry.isFile() || !entry.name.endsWith(".ts") || entry.name.endsWith(".test.ts")) continue;
    newest = Math.max(newest, statSync(`${entry.parentPath}/${entry.name}`).mtimeMs);
  }
  return newest;
}

function mtime(file) {
  return existsSync(file) ? statSync(file).mtimeMs : 0;
}

// tsc -b rewrites a project's build info whenever it builds that project, even when no output changed.
const stale = ["server", "core"].some(
  (p) => newestSource(`${root}${p}/src`) > mtime(`${root}${p}/tsconfig.tsbuildinfo`),
);
if (!existsSync(cli) || stale) {
  console.error("Building the server (tsc -b server)…");
  const tsc = spawnSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, "-b", `${root}server`], {
    stdio: "inherit",
  });
  if (tsc.status !== 0) {
    console.error("The build failed; fix the errors above and run the command again.");
    process.exit(1);
  }
}

const run = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], { stdio: "inherit" });
process.exit(run.status ?? 1);
