/**
 * Integration test harness: a real database (in-memory PGlite always, PostgreSQL too when
 * TEST_DATABASE_URL is set), migrated and loaded with the demo data, behind the real Fastify app.
 */
import { randomBytes } from "node:crypto";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import pg from "pg";
import { buildApp } from "../app.js";
import { loadConfig } from "../config.js";
import { type Database, openDatabase } from "../db/client.js";
import { migrate } from "../db/migrate.js";
import { loadDemo } from "../demo/index.js";
import { DEMO_PASSWORD } from "../demo/platform.js";
import { loadReferenceData } from "../reference.js";

export interface DatabaseTarget {
  name: "pglite" | "postgres";
  open(): Promise<{ database: Database; drop(): Promise<void> }>;
}

async function freshPostgres(url: string) {
  const name = `zoneos_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const database = await openDatabase({ url: target.toString() });
  return {
    database,
    async drop() {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

export const databaseTargets: DatabaseTarget[] = [
  { name: "pglite", open: async () => ({ database: await openDatabase({ memory: true }), drop: async () => {} }) },
  ...(process.env.TEST_DATABASE_URL
    ? [{ name: "postgres" as const, open: () => freshPostgres(process.env.TEST_DATABASE_URL as string) }]
    : []),
];

export interface Session {
  cookie: string;
  csrf: string;
}

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  clock: { now: Date };
  login(username: string, password?: string): Promise<Session>;
  request(
    session: Session | null,
    method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE",
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export async function startTestApp(target: DatabaseTarget): Promise<TestApp> {
  const { database, drop } = await target.open();
  await migrate(database);
  await loadReferenceData(database.db);
  await loadDemo(database, { projects: false });
  const clock = { now: new Date() };
  const config = { ...loadConfig({}), webDist: "/nonexistent" };
  const app = await buildApp({ database, config, now: () => clock.now, logger: process.env.TEST_LOG === "1" });

  function cookieOf(res: LightMyRequestResponse, name: string): string | undefined {
    return res.cookies.find((c) => c.name === name)?.value;
  }

  return {
    app,
    database,
    clock,
    async login(username, password = DEMO_PASSWORD) {
      const res = await app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { username, password } });
      if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
      const session = cookieOf(res, "zoneos_session");
      const csrf = cookieOf(res, "zoneos_csrf");
      if (!session || !csrf) throw new Error("login set no cookies");
      return { cookie: `zoneos_session=${session}; zoneos_csrf=${csrf}`, csrf };
    },
    request(session, method, url, body, headers = {}) {
      return app.inject({
        method,
        url,
        ...(body === undefined ? {} : { payload: body as object }),
        headers: {
          ...(session ? { cookie: session.cookie, "x-csrf-token": session.csrf } : {}),
          ...headers,
        },
      });
    },
    async close() {
      await app.close();
      await database.close();
      await drop();
    },
  };
}
