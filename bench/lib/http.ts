/** Sessions and throughput through HTTP: log in like the web does, load with autocannon. */
import autocannon from "autocannon";

export interface Session {
  headers: Record<string, string>;
}

export async function login(base: string, username: string, password: string): Promise<Session> {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  const cookies = res.headers.getSetCookie().map((c) => c.split(";")[0] as string);
  const csrf = cookies.find((c) => c.startsWith("zoneos_csrf="))?.slice("zoneos_csrf=".length) ?? "";
  return { headers: { cookie: cookies.join("; "), "x-csrf-token": csrf } };
}

export async function getJson<T = unknown>(base: string, path: string, session?: Session): Promise<T> {
  const res = await fetch(`${base}${path}`, { headers: session?.headers });
  const body = await res.text();
  if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${body.slice(0, 300)}`);
  return JSON.parse(body) as T;
}

export interface Throughput {
  requestsPerSec: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
}

/** Requests per second at `connections` concurrent connections over `seconds`, cycling through `paths`. */
export async function load(
  base: string,
  paths: string[],
  headers: Record<string, string>,
  seconds: number,
  connections = 50,
): Promise<Throughput> {
  let i = 0;
  const result = await autocannon({
    url: base,
    connections,
    duration: seconds,
    headers,
    requests: [{ setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length] as string }) }],
  });
  return {
    requestsPerSec: Math.round(result.requests.average),
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}
