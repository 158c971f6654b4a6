/**
 * Gzip size of the JS and CSS a first visit downloads for a route: the entry chunk, its static
 * imports and the route's lazy page with its own static imports. Reads dist/.vite/manifest.json.
 * Usage: node web/scripts/bundle-size.mjs [src/modules/platform/LoginPage.tsx ...]
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const dist = join(import.meta.dirname, "..", "dist");
const manifest = JSON.parse(readFileSync(join(dist, ".vite", "manifest.json"), "utf8"));
const pages = process.argv.slice(2);
if (pages.length === 0)
  pages.push("src/modules/platform/LoginPage.tsx", "src/app/Shell.tsx", "src/modules/platform/HomePage.tsx");

function closure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const dep of manifest[key]?.imports ?? []) closure(dep, seen);
  return seen;
}

function size(keys) {
  let js = 0;
  let css = 0;
  const files = new Set();
  for (const k of keys) {
    const chunk = manifest[k];
    files.add(chunk.file);
    for (const c of chunk.css ?? []) files.add(c);
  }
  for (const f of files) {
    const gz = gzipSync(readFileSync(join(dist, f))).length;
    if (f.endsWith(".css")) css += gz;
    else js += gz;
  }
  return { js, css, files: files.size };
}

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
const base = closure(entry);
const b = size(base);
console.log(`entry (${entry}): ${kb(b.js)} JS + ${kb(b.css)} CSS gzip in ${b.files} files`);
let cumulative = new Set(base);
for (const page of pages) {
  if (!manifest[page]) {
    console.log(`${page}: not in manifest`);
    continue;
  }
  const own = closure(page);
  const all = new Set([...base, ...own]);
  const s = size(all);
  const extra = size([...own].filter((k) => !cumulative.has(k)));
  cumulative = new Set([...cumulative, ...own]);
  console.log(
    `entry + ${page}: ${kb(s.js)} JS + ${kb(s.css)} CSS gzip (${s.files} files; +${kb(extra.js)} JS over what came before)`,
  );
}
