/**
 * B6 web: the JavaScript a first visit downloads (gzip) for the login page and the cockpit page, read from the
 * Vite manifest (entry chunk + static imports + the route's lazy page and its static imports; the cockpit
 * also needs the signed-in shell), and a Lighthouse performance score for each in Debian's Chromium.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { BENCH_PASSWORD } from "../data/platform.js";
import { login } from "../lib/http.js";
import { type BenchContext, type CaseResult, failed, skipped } from "../lib/result.js";
import { ROOT, startServer } from "../lib/server.js";

const WEB = path.join(ROOT, "web");
const DIST = path.join(WEB, "dist");
const CHROMIUM = process.env.CHROME_PATH ?? "/usr/bin/chromium";

type Manifest = Record<string, { file: string; imports?: string[]; isEntry?: boolean }>;

function newest(dir: string): number {
  let latest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === "node_modules" || e.name === "dist") continue;
    const full = path.join(dir, e.name);
    latest = Math.max(latest, e.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

/** Builds the web unless its dist is newer than every source (as npm start decides). */
function ensureBuilt(): string | null {
  const manifest = path.join(DIST, ".vite", "manifest.json");
  const built = existsSync(manifest) ? statSync(manifest).mtimeMs : 0;
  if (built >= Math.max(newest(WEB), newest(path.join(ROOT, "core", "src")))) return null;
  console.log("[bench]   building the web (npm run build -w web)…");
  const r = spawnSync("npm", ["run", "build", "-w", "web"], { cwd: ROOT, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`web build failed: ${(r.stderr || r.stdout).slice(-600)}`);
  return "built";
}

function initialJsBytes(manifest: Manifest, keys: string[]): number {
  const seen = new Set<string>();
  const visit = (k: string) => {
    if (seen.has(k) || !manifest[k]) return;
    seen.add(k);
    for (const d of manifest[k]?.imports ?? []) visit(d);
  };
  for (const k of keys) visit(k);
  const files = new Set([...seen].map((k) => manifest[k]?.file as string).filter((f) => f.endsWith(".js")));
  let total = 0;
  for (const f of files) total += gzipSync(readFileSync(path.join(DIST, f))).length;
  return total;
}

interface Score {
  score: number;
  /** First and largest contentful paint, total blocking time: why the score is what it is. */
  detail: string;
}

/** Lighthouse's performance category in a fresh headless Chromium: the default mobile profile, or desktop. */
async function lighthouseScore(url: string, headers: Record<string, string>, desktop: boolean): Promise<Score> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"], extraHeaders: headers },
      desktop ? desktopConfig : undefined,
    );
    const score = result?.lhr.categories.performance?.score;
    if (score === null || score === undefined) {
      const error = result?.lhr.runtimeError?.message ?? result?.lhr.runWarnings.join("; ");
      throw new Error(`no performance score${error ? `: ${error}` : ""}`);
    }
    const audit = (k: string) => result?.lhr.audits[k]?.displayValue ?? "?";
    return {
      score: Math.round(score * 100),
      detail: `FCP ${audit("first-contentful-paint")}, LCP ${audit("largest-contentful-paint")}, TBT ${audit("total-blocking-time")}`,
    };
  } finally {
    chrome.kill();
  }
}

/**
 * A page's URL as router.tsx declares it: the first route path naming it, joined to the paths of the routes it
 * is nested in (each a less indented `path:` above it).
 */
function routeOf(name: string): string | null {
  const lines = readFileSync(path.join(WEB, "src", "app", "router.tsx"), "utf8").split("\n");
  const at = lines.findIndex((l) => new RegExp(`path:\\s*"[^"]*${name}[^"]*"`).test(l));
  if (at < 0) return null;
  const indent = (l: string) => l.length - l.trimStart().length;
  const parts: string[] = [];
  let level = Number.POSITIVE_INFINITY;
  for (let i = at; i >= 0; i--) {
    const line = lines[i] ?? "";
    const m = /path:\s*"([^"]*)"/.exec(line);
    if (m && indent(line) < level) {
      parts.unshift((m[1] ?? "").replace(/^\/|\/$/g, ""));
      level = indent(line);
    }
  }
  return `/${parts.filter(Boolean).join("/")}`;
}

/** Whether the server compresses the JavaScript it sends (Lighthouse's network model counts the bytes sent). */
async function wireEncoding(base: string, file: string): Promise<string> {
  const res = await fetch(`${base}/${file}`, { headers: { "accept-encoding": "gzip, br" } });
  const raw = Buffer.from(await res.arrayBuffer()).length;
  const encoding = res.headers.get("content-encoding");
  return encoding
    ? `entry chunk sent ${encoding}`
    : `entry chunk sent uncompressed (${Math.round(raw / 1024)} KB; ${Math.round(gzipSync(readFileSync(path.join(DIST, file))).length / 1024)} KB gzip)`;
}

export async function b6Web(ctx: BenchContext): Promise<CaseResult[]> {
  const built = ensureBuilt();
  const manifest = JSON.parse(readFileSync(path.join(DIST, ".vite", "manifest.json"), "utf8")) as Manifest;
  const entry = Object.keys(manifest).find((k) => manifest[k]?.isEntry);
  if (!entry) throw new Error("no entry chunk in the Vite manifest");
  const cockpitKey = Object.keys(manifest).find((k) => /modules\/statistics\/.*cockpit.*\.tsx$/i.test(k));
  const cockpitRoute = routeOf("cockpit");
  const pages = [
    {
      id: "B6.login",
      title: "login page: initial JS (gzip) and Lighthouse",
      keys: [entry, "src/modules/platform/LoginPage.tsx"],
      route: "/login",
      user: null as string | null,
    },
    {
      id: "B6.cockpit",
      title: "cockpit page: initial JS (gzip) and Lighthouse",
      keys: cockpitKey && cockpitRoute ? [entry, "src/app/Shell.tsx", cockpitKey] : [],
      route: cockpitRoute ?? "",
      user: "bz000-leader",
    },
  ];
  const server = await startServer(ctx.databaseUrl);
  const results: CaseResult[] = [];
  try {
    for (const p of pages) {
      if (p.keys.length === 0) {
        results.push(skipped(p.id, p.title, "the web has no statistics cockpit page yet"));
        continue;
      }
      try {
        const kb = Math.round(initialJsBytes(manifest, p.keys) / 102.4) / 10;
        const metrics: Record<string, number> = { [`${p.id}.initialJsKb`]: kb };
        let note = built ? "web built for this run" : "web dist up to date";
        if (p.id === "B6.login") note += `; ${await wireEncoding(server.base, manifest[entry]?.file ?? "")}`;
        let scores = "";
        try {
          const headers = p.user ? (await login(server.base, p.user, BENCH_PASSWORD)).headers : {};
          const mobile = await lighthouseScore(`${server.base}${p.route}`, { cookie: headers.cookie ?? "" }, false);
          metrics[`${p.id}.lighthouse`] = mobile.score;
          scores = `Lighthouse mobile ${mobile.score} (${mobile.detail})`;
          // The desktop profile too, for context, except in the smoke run (CI keeps it short).
          if (ctx.scale.name !== "smoke") {
            const desktop = await lighthouseScore(`${server.base}${p.route}`, { cookie: headers.cookie ?? "" }, true);
            metrics[`${p.id}.lighthouseDesktop`] = desktop.score;
            scores += `; desktop ${desktop.score} (${desktop.detail})`;
          }
        } catch (error) {
          note += `; Lighthouse could not run: ${(error as Error).message.split("\n")[0]}`;
        }
        results.push({
          id: p.id,
          title: p.title,
          status: "ok",
          throughput: `${kb} KB JS gzip`,
          ratios: scores || undefined,
          note,
          metrics,
        });
      } catch (error) {
        results.push(failed(p.id, p.title, error));
      }
    }
  } finally {
    await server.stop();
  }
  return results;
}
