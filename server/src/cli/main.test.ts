import { execFile, execFileSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const run = promisify(execFile);

/** Runs the compiled CLI on the embedded database; resolves with its exit code and output whatever the code. */
async function cli(args: string[], env: Record<string, string> = {}) {
  const { DATABASE_URL: _, ...inherited } = process.env;
  try {
    const { stdout, stderr } = await run(process.execPath, ["server/dist/cli/main.js", ...args], {
      cwd: root,
      env: { ...inherited, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("the compiled CLI", () => {
  beforeAll(() => {
    // The build may report type errors in code being written elsewhere; it still emits, and this test runs the CLI.
    try {
      execFileSync(process.execPath, ["node_modules/typescript/bin/tsc", "-b", "server"], { cwd: root, stdio: "pipe" });
    } catch {}
  }, 120_000);

  it("prints help and answers wrong usage with exit code 2", async () => {
    const help = await cli(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("create-admin");
    const backupHelp = await cli(["backup", "--help"]);
    expect(backupHelp.stdout).toContain("--out <file>");
    expect(backupHelp.stdout).toContain("stop the ZoneOS server");
    expect((await cli([])).code).toBe(2);
    expect((await cli(["nope"])).code).toBe(2);
    expect((await cli(["backup", "--bogus"])).code).toBe(2);
    const unconfirmed = await cli(["restore", "--in", "x.gz"]);
    expect(unconfirmed.code).toBe(2);
    expect(unconfirmed.stderr).toContain("--yes");
  });

  it("refuses a weak password with exit code 1 and migrates a fresh data directory", async () => {
    const weak = await cli(["create-admin", "--username", "ops", "--name", "运维", "--password", "weak"]);
    expect(weak.code).toBe(1);
    expect(weak.stderr).toContain("至少 10 个字符");
    const dir = await mkdtemp(path.join(tmpdir(), "zoneos-cli-"));
    try {
      const migrated = await cli(["migrate"], { ZONEOS_DATA_DIR: dir });
      expect(migrated).toMatchObject({
        code: 0,
        stdout: expect.stringMatching(/Migrations: (\d+) applied \(\1 new\)/),
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
