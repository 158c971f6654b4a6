import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "@playwright/test";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const port = Number(process.env.E2E_PORT ?? 3217);
// Each run starts on a fresh embedded database loaded with the demo data.
const dataDir = mkdtempSync(path.join(tmpdir(), "zoneos-e2e-"));

export default defineConfig({
  testDir: "specs",
  outputDir: "output/results",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" },
    screenshot: "only-on-failure",
    trace: "off",
  },
  webServer: {
    command: "node server/dist/main.js",
    cwd: root,
    url: `http://127.0.0.1:${port}/api/ready`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { PORT: String(port), ZONEOS_DATA_DIR: dataDir, ZONEOS_DEMO: "on", LOG_LEVEL: "warn" },
  },
});
