import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import react from "@vitejs/plugin-react";
import { defaultClientConditions, defineConfig, type Plugin, type PluginOption, version } from "vite";
import { compression } from "vite-plugin-compression2";

/** Packages every page needs, cached across deploys as one chunk; the rest is split by route. */
const FRAMEWORK = [
  "react",
  "react-dom",
  "scheduler",
  "react-router",
  "react-router-dom",
  "@tanstack/query-core",
  "@tanstack/react-query",
  "i18next",
  "react-i18next",
];

function chunkFor(id: string): string | undefined {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id.replaceAll("\\", "/"));
  if (!m) return undefined;
  const pkg = m[1] ?? "";
  if (FRAMEWORK.includes(pkg)) return "framework";
  // if (pkg.startsWith("@ant-design/pro-")) return "pro-components";
  return undefined;
}

/**
 * npm hoists @vitejs/plugin-react to the root, where it imports the root's vite 8 (vitest's) rather
 * than web's vite 7, takes itself for rolldown-vite and installs vite 8's native refresh plugin, which
 * vite 7's dev server cannot run. While the majors differ, drop that plugin: the dev server then works
 * (esbuild compiles the JSX) without React Fast Refresh (edits reload the page). Builds are unaffected.
 */
function reactPlugins(): PluginOption[] {
  const plugins = react() as unknown as Plugin[];
  const pluginRequire = createRequire(createRequire(import.meta.url).resolve("@vitejs/plugin-react"));
  const pluginVite = JSON.parse(readFileSync(pluginRequire.resolve("vite/package.json"), "utf8")).version as string;
  if (pluginVite.split(".")[0] === version.split(".")[0]) return plugins as PluginOption[];
  return plugins.filter((p) => p.name !== "vite:react:refresh-wrapper") as PluginOption[];
}

export default defineConfig({
  root: import.meta.dirname,
  // .gz and .br beside each asset: the server sends them as they are (no compression per request).
  plugins: [...reactPlugins(), compression({ algorithms: ["gzip", "brotliCompress"] })],
  resolve: {
    conditions: ["source", ...defaultClientConditions],
    // npm nests a copy of @ant-design/icons under antd and each pro-* package (and pro-descriptions
    // imports it without declaring it): resolve these from web/ so the bundle holds one copy.
    dedupe: ["react", "react-dom", "antd", "@ant-design/icons", "@ant-design/cssinjs", "dayjs"],
  },
  server: {
    port: 5173,
    proxy: { "/api": { target: "http://127.0.0.1:3000", changeOrigin: false } },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    manifest: true,
    target: "es2022",
    chunkSizeWarningLimit: 1200,
    rollupOptions: { output: { manualChunks: chunkFor } },
  },
});
