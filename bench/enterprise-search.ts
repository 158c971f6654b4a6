/**
 * Enterprise search at province scale: 100,000 enterprises in a fresh PostgreSQL database (DATABASE_URL's
 * server), then 2-character, 4-character, initials and credit-code queries through the HTTP API, with the
 * latency of each kind. Usage: DATABASE_URL=postgres://… npm run bench:search [-- --count 100000]
 */
import { parseArgs } from "node:util";
import { creditCodeCheckChar } from "@zoneos/core/credit-code";
import { grams, normaliseForSearch } from "@zoneos/core/search-grams";
import pg from "pg";
import { buildApp } from "../server/src/app.js";
import { loadConfig } from "../server/src/config.js";
import { openDatabase } from "../server/src/db/client.js";
import { migrate } from "../server/src/db/migrate.js";
import { loadDemo } from "../server/src/demo/index.js";
import { initialsOf } from "../server/src/modules/enterprises/search.js";
import { loadReferenceData } from "../server/src/reference.js";

const { values } = parseArgs({ options: { count: { type: "string", default: "100000" } } });
const COUNT = Number(values.count);
const base = process.env.DATABASE_URL;
if (!base) throw new Error("Set DATABASE_URL to a PostgreSQL server (a fresh database is created beside it).");

let seed = 20261123;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const PLACES = [
  "虞城",
  "确山",
  "菏泽",
  "商丘",
  "驻马店",
  "新乡",
  "襄阳",
  "玉溪",
  "楚雄",
  "延吉",
  "厦门",
  "郑州",
  "洛阳",
];
const WORDS = "华宏鑫泰恒通达瑞丰源盛兴隆金鼎昌顺祥和安康锦程天宇嘉诚博远凯旋中原豫东步长科迪花溪惠洁".split("");
const TRADES = [
  "机械制造",
  "五金工具",
  "食品",
  "纺织服装",
  "门业",
  "新材料",
  "生物科技",
  "医药",
  "电子",
  "物流",
  "建材",
  "商贸",
];
const INDUSTRIES = ["3311", "3321", "1441", "1811", "2032", "3312", "2740", "3971", "5199", "3021", "5191"];

function creditCode(n: number): string {
  const org8 = `BM${String(n).padStart(6, "0")}`;
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  const v = (c: string) => (/\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55);
  const c = 11 - ([...org8].reduce((s, ch, i) => s + v(ch) * (weights[i] ?? 0), 0) % 11);
  const first17 = `91410000${org8}${c === 10 ? "X" : c === 11 ? "0" : c}`;
  return first17 + creditCodeCheckChar(first17);
}

const name = `zoneos_bench_search_${Date.now()}`;
const admin = new pg.Client({ connectionString: base });
await admin.connect();
await admin.query(`create database ${name}`);
const url = new URL(base);
url.pathname = `/${name}`;
const database = await openDatabase({ url: url.toString() });
try {
  await migrate(database);
  await loadReferenceData(database.db);
  await loadDemo(database);
  const zones = (await database.db.execute<{ id: string }>("select id from zones")) as unknown as {
    rows: { id: string }[];
  };
  const zoneIds = zones.rows.map((r) => r.id);
  const client = new pg.Client({ connectionString: url.toString() });
  client.on("error", () => undefined); // the database is dropped under it at the end
  await client.connect();
  const started = performance.now();
  const names: string[] = [];
  for (let start = 0; start < COUNT; start += 2000) {
    const ents: unknown[][] = [];
    const gramRows: unknown[][] = [];
    for (let i = start; i < Math.min(COUNT, start + 2000); i++) {
      const id = crypto.randomUUID();
      const zoneId = pick(zoneIds);
      const n = `${pick(PLACES)}${pick(WORDS)}${pick(WORDS)}${pick(TRADES)}有限公司`;
      names.push(n);
      const initials = initialsOf(n);
      ents.push([id, zoneId, creditCode(i), n, pick(INDUSTRIES), `${normaliseForSearch(n)} ${initials}`]);
      for (const g of grams(n)) gramRows.push([g, id, zoneId]);
    }
    const values = (rows: unknown[][]) =>
      rows.map((r, i) => `(${r.map((_, j) => `$${i * r.length + j + 1}`).join(",")})`).join(",");
    await client.query(
      `insert into enterprises (id, zone_id, credit_code, name, industry_code, search_key, ownership, status, rung)
       select v.id::uuid, v.zone_id::uuid, v.code, v.name, v.industry, v.key, 'private', 'operating', 'enterprise'
       from (values ${values(ents)}) v(id, zone_id, code, name, industry, key)`,
      ents.flat(),
    );
    for (let g = 0; g < gramRows.length; g += 10_000) {
      const chunk = gramRows.slice(g, g + 10_000);
      await client.query(
        `insert into enterprise_name_grams (gram, enterprise_id, zone_id)
         select v.gram, v.eid::uuid, v.zid::uuid from (values ${values(chunk)}) v(gram, eid, zid) on conflict do nothing`,
        chunk.flat(),
      );
    }
  }
  await client.query("analyze");
  console.log(`Loaded ${COUNT} enterprises in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const app = await buildApp({ database, config: { ...loadConfig({}), webDist: "/nonexistent" } });
  const login = await app.inject({
    method: "POST",
    url: "/api/v1/auth/login",
    payload: { username: "admin", password: "zoneos-demo" },
  });
  const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  const kinds: Record<string, () => string> = {
    "2 characters": () => {
      const n = pick(names);
      const i = 2 + Math.floor(random() * 2);
      return n.slice(i, i + 2);
    },
    "4 characters": () => pick(names).slice(2, 6),
    "pinyin initials": () => initialsOf(pick(names)).slice(0, 4),
    "credit-code prefix": () => creditCode(Math.floor(random() * COUNT)).slice(0, 12),
  };
  for (const [kind, make] of Object.entries(kinds)) {
    const times: number[] = [];
    let hits = 0;
    for (let i = 0; i < 220; i++) {
      const q = make();
      const t0 = performance.now();
      const res = await app.inject({
        method: "GET",
        url: `/api/v1/enterprises?q=${encodeURIComponent(q)}&pageSize=20`,
        headers: { cookie },
      });
      const ms = performance.now() - t0;
      if (res.statusCode !== 200) throw new Error(`${res.statusCode} ${res.body}`);
      if (i >= 20) times.push(ms); // the first 20 warm the caches
      hits += res.json().total > 0 ? 1 : 0;
    }
    times.sort((a, b) => a - b);
    const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]?.toFixed(1);
    console.log(`${kind.padEnd(20)} p50 ${at(0.5)} ms  p95 ${at(0.95)} ms  (${hits}/220 found)`);
  }
  await app.close();
  await client.end();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await database.close();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
}
