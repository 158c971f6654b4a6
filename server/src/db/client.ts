/**
 * One database handle for the whole server: PGlite (embedded, in the data directory or in memory)
 * when no URL is given, a PostgreSQL pool otherwise. Both speak the same SQL through Drizzle.
 */
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import * as schema from "./schema.js";

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction handle; services write through it so a write and its audit commit together. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export interface Database {
  db: Db;
  kind: "pglite" | "postgres";
  /** Runs `work` while holding a session-level advisory lock (for migrations and demo loading). */
  withLock<T>(key: number, work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export type DatabaseTarget = { url: string } | { dataDir: string } | { memory: true };

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if ("url" in target) {
    const pool = new pg.Pool({ connectionString: target.url, max: 20 });
    // An idle connection dropped by the server (restart, terminate) must not crash the process.
    pool.on("error", (error) => console.error("PostgreSQL pool:", error.message));
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    return {
      db,
      kind: "postgres",
      async withLock(key, work) {
        const client = await pool.connect();
        try {
          await client.query("select pg_advisory_lock($1)", [key]);
          return await work();
        } finally {
          await client.query("select pg_advisory_unlock($1)", [key]).catch(() => undefined);
          client.release();
        }
      },
      close: () => pool.end(),
    };
  }
  let client: PGlite;
  if ("dataDir" in target) {
    mkdirSync(target.dataDir, { recursive: true });
    client = await PGlite.create(target.dataDir);
  } else {
    client = await PGlite.create();
  }
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    kind: "pglite",
    // PGlite is one connection in one process: the lock is taken for the same code path as PostgreSQL.
    async withLock(key, work) {
      await client.query("select pg_advisory_lock($1)", [key]);
      try {
        return await work();
      } finally {
        await client.query("select pg_advisory_unlock($1)", [key]);
      }
    },
    close: () => client.close(),
  };
}
