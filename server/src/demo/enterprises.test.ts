import { isValidCreditCode } from "@zoneos/core/credit-code";
import { type SQL, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../cli/rows.js";
import { type Database, type Db, openDatabase } from "../db/client.js";
import { migrate } from "../db/migrate.js";
import { ensureIndustries } from "../modules/enterprises/industries-service.js";
import { ensureReferenceData } from "../modules/platform/reference.js";
import { buildEnterpriseDemo } from "./enterprises/build-registry.js";
import { isCandidate } from "./enterprises/demo-enterprise.js";
import { loadEnterpriseDemo } from "./enterprises.js";
import { DEMO_TODAY } from "./enterprises-data.js";
import { loadPlatformDemo } from "./platform.js";

describe("demo enterprises", () => {
  let database: Database;
  let loadMs = 0;
  let enterpriseMs = 0;
  const rows = <T>(query: SQL) => queryRows<T>(database.db, query);
  const one = async (query: SQL) => (await rows<{ n: number }>(query))[0]?.n;
  const zoneId = async (shortName: string) =>
    (await rows<{ id: string }>(sql`select id from zones where short_name like ${`${shortName}%`}`))[0]?.id ?? "";

  beforeAll(async () => {
    database = await openDatabase({ memory: true });
    await migrate(database);
    await ensureReferenceData(database.db);
    await ensureIndustries(database.db);
    const started = performance.now();
    await database.db.transaction(async (tx) => {
      const ids = await loadPlatformDemo(tx as unknown as Db);
      const mark = performance.now();
      await loadEnterpriseDemo(tx as unknown as Db, ids);
      enterpriseMs = performance.now() - mark;
    });
    loadMs = performance.now() - started;
  });
  afterAll(() => database.close());

  /** Figures as the overview computes them, on the demo's date. */
  const figures = async (zone: string) => {
    const id = await zoneId(zone);
    const [f] = await rows<Record<string, number>>(sql`
      select
        (select count(*)::int from enterprises e where e.zone_id = ${id} and e.status = 'operating') as operating,
        (select count(distinct f.enterprise_id)::int from enterprise_scale_flags f where f.zone_id = ${id}
          and f.started_on <= ${DEMO_TODAY} and (f.ended_on is null or f.ended_on >= ${DEMO_TODAY})) as four_above,
        (select count(distinct f.enterprise_id)::int from enterprise_scale_flags f where f.zone_id = ${id}
          and f.kind = 'industry' and f.started_on <= ${DEMO_TODAY}
          and (f.ended_on is null or f.ended_on >= ${DEMO_TODAY})) as industry,
        (select count(distinct q.enterprise_id)::int from enterprise_qualifications q where q.zone_id = ${id}
          and q.kind = 'hitech' and q.issued_on <= ${DEMO_TODAY} and q.expires_on >= ${DEMO_TODAY}) as hitech,
        (select count(distinct p.enterprise_id)::int from enterprise_rd_platforms p where p.zone_id = ${id}
          and p.level = 'provincial') as provincial_rd`);
    return f ?? {};
  };

  it("loads within the time budget", () => {
    console.info(`demo loaded in ${Math.round(loadMs)} ms, of which enterprises ${Math.round(enterpriseMs)} ms`);
    expect(loadMs).toBeLessThan(10_000);
  });

  it("builds the same registry on every call", () => {
    expect(JSON.stringify(buildEnterpriseDemo())).toBe(JSON.stringify(buildEnterpriseDemo()));
  });

  it("has 虞城's 206 enterprises, 165 四上 and 111 规上工业, and its party branches", async () => {
    expect(await figures("虞城")).toMatchObject({ operating: 206, four_above: 165, industry: 111 });
    const id = await zoneId("虞城");
    const party = await rows<{ form: string; n: number }>(sql`select p.party_form as form, count(*)::int as n
      from enterprise_profiles p where p.zone_id = ${id} and p.party_form is not null group by p.party_form`);
    expect(Object.fromEntries(party.map((p) => [p.form, p.n]))).toEqual({ standalone: 75, joint: 21 });
    expect(
      await one(sql`select count(distinct party_instructor)::int as n from enterprise_profiles where zone_id = ${id}`),
    ).toBe(40);
    // History differs by date: fewer 规上 before this year's and last year's entrants.
    const earlier = await one(sql`select count(distinct enterprise_id)::int as n from enterprise_scale_flags
      where zone_id = ${id} and kind = 'industry' and started_on <= '2024-06-30'
      and (ended_on is null or ended_on >= '2024-06-30')`);
    expect(earlier).not.toBe(111);
  });

  it("has 大善's 600 enterprises, 131 四上, 77 规上工业, 15 高企 and 8 provincial R&D centres", async () => {
    expect(await figures("大善")).toMatchObject({
      operating: 600,
      four_above: 131,
      industry: 77,
      hitech: 15,
      provincial_rd: 8,
    });
  });

  it("gives every zone 40 or more enterprises and 小升规 candidates", async () => {
    const counts = await rows<{ name: string; n: number }>(sql`select z.short_name as name, count(e.id)::int as n
      from zones z left join enterprises e on e.zone_id = z.id and e.status = 'operating' group by z.short_name`);
    expect(counts).toHaveLength(10);
    for (const c of counts) expect(c.n, c.name).toBeGreaterThanOrEqual(40);
    const built = buildEnterpriseDemo();
    for (const zone of new Set(built.map((e) => e.zone)))
      expect(built.filter((e) => e.zone === zone && isCandidate(e)).length, zone).toBeGreaterThanOrEqual(3);
  });

  it("uses valid, unique credit codes and 4-digit industry classes of the shipped table", async () => {
    const codes = await rows<{ code: string }>(
      sql`select credit_code as code from enterprises where credit_code is not null`,
    );
    expect(codes.length).toBeGreaterThan(1000);
    expect(codes.filter((c) => !isValidCreditCode(c.code))).toEqual([]);
    expect(new Set(codes.map((c) => c.code)).size).toBe(codes.length);
    expect(
      await one(sql`select count(*)::int as n from enterprises e left join industries i on i.code = e.industry_code
        where i.level is distinct from 'class'`),
    ).toBe(0);
  });

  it("indexes every enterprise for search", async () => {
    expect(
      await one(sql`select count(*)::int as n from enterprises e
        where not exists (select 1 from enterprise_name_grams g where g.enterprise_id = e.id)`),
    ).toBe(0);
    expect(await one(sql`select count(*)::int as n from enterprises where search_key = ''`)).toBe(0);
  });

  it("dates certificates: 高企 run three years less a day, some lapse within 90 days", async () => {
    const bad = await one(sql`select count(*)::int as n from enterprise_qualifications where kind = 'hitech'
      and expires_on <> (issued_on + interval '3 years' - interval '1 day')::date`);
    expect(bad).toBe(0);
    const soon = await one(sql`select count(*)::int as n from enterprise_qualifications where kind = 'hitech'
      and expires_on between ${DEMO_TODAY}::date and ${DEMO_TODAY}::date + 90`);
    expect(soon).toBeGreaterThan(10);
    expect(
      await one(sql`select count(*)::int as n from enterprise_qualifications where kind = 'hitech'
      and certificate_no !~ '^GR20[0-9]{2}[0-9]{2}0[0-9]{5}$'`),
    ).toBe(0);
  });

  it("maps 确山's door-industry chain with gaps, and one gap each in 虞城 and 菏泽", async () => {
    const gaps = await rows<{ name: string; gaps: number; placed: number }>(sql`
      select c.name, (select count(*)::int from chain_nodes n where n.chain_id = c.id
        and not exists (select 1 from chain_nodes k where k.parent_id = n.id)
        and not exists (select 1 from enterprise_chain_nodes e where e.node_id = n.id)) as gaps,
        (select count(*)::int from enterprise_chain_nodes e join chain_nodes n on n.id = e.node_id
          where n.chain_id = c.id) as placed
      from chains c order by c.name`);
    const gapsOf = (name: string) => gaps.find((g) => g.name === name)?.gaps;
    expect(gapsOf("门业产业链")).toBeGreaterThanOrEqual(2);
    expect(gapsOf("五金工量具产业链")).toBeGreaterThanOrEqual(1);
    expect(gapsOf("生物医药产业链")).toBeGreaterThanOrEqual(1);
    for (const g of gaps) expect(g.placed, g.name).toBeGreaterThan(10);
  });

  it("links both enterprise accounts and sets liaison cadres", async () => {
    const linked = await rows<{ username: string; name: string }>(sql`select u.username, e.name from users u
      join enterprises e on e.id = u.enterprise_id and e.zone_id = u.zone_id order by u.username`);
    expect(linked).toEqual([
      { username: "queshan-enterprise", name: "确山步阳门业有限公司" },
      { username: "yucheng-enterprise", name: "河南科迪乳业股份有限公司" },
    ]);
    const liaisons = await rows<{ username: string; n: number }>(sql`select u.username, count(*)::int as n
      from enterprises e join users u on u.id = e.liaison_user_id group by u.username order by u.username`);
    expect(liaisons.map((l) => l.username)).toEqual(["queshan-service", "yucheng-service"]);
    for (const l of liaisons) expect(l.n).toBeGreaterThanOrEqual(30);
  });

  it("sets 2026 cultivation targets with progress to show", async () => {
    const id = await zoneId("虞城");
    const targets = await rows<{ rung: string; target: number }>(sql`select rung, target from cultivation_targets
      where zone_id = ${id} and year = 2026 order by rung`);
    expect(targets).toContainEqual({ rung: "aboveScale", target: 4 });
    const reached = await one(sql`select count(distinct enterprise_id)::int as n from enterprise_rung_steps
      where zone_id = ${id} and rung = 'aboveScale' and reached_on between '2026-01-01' and '2026-12-31'`);
    expect(reached).toBeGreaterThan(0);
  });
});
