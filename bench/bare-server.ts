/**
 * The physical-limit reference for B4: a Fastify app with no plugins, no auth, no validation, that answers
 * GET /bare/<name> by running the statements the real server ran for that request (BENCH_REPLAY, a JSON file of
 * name → statements), in the order they ran in, on a pool of the app's size, and sending the rows as JSON.
 */
import { readFileSync } from "node:fs";
import Fastify from "fastify";
import pg from "pg";
import { replay, type Statement } from "./lib/replay.js";

const captured = JSON.parse(readFileSync(String(process.env.BENCH_REPLAY), "utf8")) as Record<string, Statement[]>;
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 20 });
const app = Fastify();

app.get("/api/ready", async () => ({ status: "ready" }));
app.get<{ Params: { name: string } }>("/bare/:name", async (req, reply) => {
  const statements = captured[req.params.name];
  if (!statements) return reply.status(404).send();
  const results = await replay(statements, (s) => pool.query(s.text, s.values));
  return results.map((r) => r.rows);
});

await app.listen({ port: Number(process.env.PORT), host: "127.0.0.1" });
