/** Child processes the suite measures: the real server, the bare route, `npm start`; and their readiness. */
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const address = s.address();
      s.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export async function waitReady(url: string, child: ChildProcess, timeoutMs: number): Promise<number> {
  const t0 = performance.now();
  let exited: number | null = null;
  child.once("exit", (code) => {
    exited = code ?? -1;
  });
  while (performance.now() - t0 < timeoutMs) {
    if (exited !== null) throw new Error(`process exited with ${exited} before ${url} answered`);
    try {
      const res = await fetch(url);
      if (res.status === 200) return performance.now() - t0;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${url} not ready after ${timeoutMs} ms`);
}

export interface Running {
  base: string;
  child: ChildProcess;
  output: () => string;
  stop: () => Promise<void>;
}

/** Spawns a Node process with tsx and the source condition (the app's TypeScript, unbuilt). */
export async function startNode(script: string, env: NodeJS.ProcessEnv, extraImports: string[] = []): Promise<Running> {
  const port = await freePort();
  const args = ["--conditions=source", "--import", "tsx", ...extraImports.flatMap((i) => ["--import", i]), script];
  return track(
    spawn(process.execPath, args, {
      cwd: ROOT,
      env: { ...process.env, ...env, PORT: String(port), HOST: "127.0.0.1" },
    }),
    port,
  );
}

export function track(child: ChildProcess, port: number): Running {
  let log = "";
  const keep = (b: Buffer) => {
    log = (log + b.toString()).slice(-20_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  return {
    base: `http://127.0.0.1:${port}`,
    child,
    output: () => log,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
        child.once("exit", () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill("SIGTERM");
      }),
  };
}

/** The real server on the bench database: no demo, warnings only (no per-request log lines). */
export async function startServer(
  databaseUrl: string,
  extra: NodeJS.ProcessEnv = {},
  imports: string[] = [],
): Promise<Running> {
  const server = await startNode(
    "server/src/main.ts",
    { DATABASE_URL: databaseUrl, ZONEOS_DEMO: "off", LOG_LEVEL: "warn", ...extra },
    imports,
  );
  try {
    await waitReady(`${server.base}/api/ready`, server.child, 120_000);
  } catch (error) {
    await server.stop();
    throw new Error(`${(error as Error).message}\n${server.output()}`);
  }
  return server;
}
