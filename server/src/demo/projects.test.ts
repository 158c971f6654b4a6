import { assessHealth } from "@zoneos/core/project-health";
import { type SQL, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../cli/rows.js";
import { type Database, type Db, openDatabase } from "../db/client.js";
import { migrate } from "../db/migrate.js";
import { loadReferenceData } from "../reference.js";
import { loadEnterpriseDemo } from "./enterprises.js";
import { loadPlatformDemo } from "./platform.js";
import { TODAY } from "./projects/dates.js";
import { loadProjectDemo } from "./projects.js";

describe("demo projects", () => {
  let database: Database;
  let projectMs = 0;
  const rows = <T>(query: SQL) => queryRows<T>(database.db, query);

  beforeAll(async () => {
    database = await openDatabase({ memory: true });
    await migrate(database);
    await loadReferenceData(database.db);
    await database.db.transaction(async (tx) => {
      const ids = await loadPlatformDemo(tx as unknown as Db);
      await loadEnterpriseDemo(tx as unknown as Db, ids);
      const mark = performance.now();
      await loadProjectDemo(tx as unknown as Db, ids);
      projectMs = performance.now() - mark;
    });
  });
  afterAll(() => database.close());

  const perZone = async (table: string) =>
    Object.fromEntries(
      (
        await rows<{ key: string; n: number }>(
          sql.raw(`select z.short_name as key, count(t.*)::int as n from zones z
            left join ${table} t on t.zone_id = z.id group by z.short_name`),
        )
      ).map((r) => [r.key, r.n]),
    );

  it("loads within the time budget", () => {
    console.info(`project demo loaded in ${Math.round(projectMs)} ms`);
    expect(projectMs).toBeLessThan(5_000);
  });

  it("gives each zone its projects, the named ones among them", async () => {
    const counts = await perZone("projects");
    console.info("projects per zone", counts);
    for (const t of ["project_investments", "project_milestones", "project_weekly_reports", "project_problems"])
      console.info(t, await perZone(t));
    expect(counts.虞城高新区).toBe(60);
    expect(counts.确山产业集聚区).toBe(40);
    expect(counts.襄阳高新区).toBe(60);
    expect(counts.延吉高新区).toBeGreaterThanOrEqual(1);
    const named = await rows<{ name: string; enterprise: string | null; phases: number }>(sql`
      select p.name, e.name as enterprise, (select count(*)::int from project_phases f where f.project_id = p.id) as phases
      from projects p left join enterprises e on e.id = p.enterprise_id
      where p.name in ('科迪80万吨液态奶项目', '中国五金工量具产业生态城项目', '天源国际物流产业园项目',
        '可喜安集团科技大厦暨医疗器械新厂项目', '汉江流域检测认证中心项目')`);
    expect(named).toHaveLength(5);
    expect(named.every((n) => n.enterprise)).toBe(true);
    expect(named.find((n) => n.name.startsWith("可喜安"))?.phases).toBe(2);
    const tiers = await rows<{ tier: string; n: number }>(sql`select tier, count(*)::int as n from projects p
      join zones z on z.id = p.zone_id where z.short_name = '虞城高新区' group by tier`);
    const tier = Object.fromEntries(tiers.map((t) => [t.tier, t.n]));
    expect(tier.mega).toBe(3);
    expect(tier.large).toBe(15);
  });

  it("follows 襄阳's 52:27:50:16 construction-type mix", async () => {
    const types = await rows<{ type: string; n: number }>(sql`select construction_type as type, count(*)::int as n
      from projects p join zones z on z.id = p.zone_id where z.short_name = '襄阳高新区' group by 1`);
    const n = Object.fromEntries(types.map((t) => [t.type, t.n]));
    const expected = { new: 52, continued: 27, renovation: 50, expansion: 16 };
    for (const [k, v] of Object.entries(expected))
      expect(Math.abs((n[k] ?? 0) - (v * 60) / 145)).toBeLessThanOrEqual(1);
  });

  it("records a transition for every stage change, ending at the project's stage", async () => {
    const bad = await rows<{ name: string }>(sql`
      select p.name from projects p
      left join lateral (select t.to_stage from project_transitions t where t.project_id = p.id
        order by t.at desc limit 1) last on true
      where coalesce(last.to_stage, 'planning') <> p.stage`);
    expect(bad).toEqual([]);
    const undated = await rows<{ n: number }>(sql`select count(*)::int as n from project_transitions
      where happened_on is null or happened_on > ${TODAY}
        or (to_stage = 'started' and permit_no is null and tolerance_note is null)
        or (to_stage in ('paused', 'terminated') and reason is null)`);
    expect(undated[0]?.n).toBe(0);
  });

  it("sums monthly investment to exact decimals", async () => {
    const monthly = await rows<{ project_id: string; amount: string }>(sql`
      select project_id, amount_yuan::text as amount from project_investments where month >= '2026-01-01'`);
    const cents = new Map<string, bigint>();
    for (const m of monthly) {
      const [whole, frac = "00"] = m.amount.split(".");
      cents.set(
        m.project_id,
        (cents.get(m.project_id) ?? 0n) + BigInt(whole ?? "0") * 100n + BigInt(frac.padEnd(2, "0")),
      );
    }
    const sums = await rows<{ project_id: string; ytd: string }>(sql`
      select project_id, sum(amount_yuan)::text as ytd from project_investments where month >= '2026-01-01'
      group by project_id`);
    expect(sums.length).toBeGreaterThan(50);
    for (const s of sums) {
      const c = cents.get(s.project_id) ?? 0n;
      expect(s.ytd).toBe(`${c / 100n}.${String(c % 100n).padStart(2, "0")}`);
    }
    const months = await rows<{ lo: string; hi: string }>(sql`
      select min(month)::text as lo, max(month)::text as hi from project_investments`);
    expect(months[0]).toEqual({ lo: "2025-01-01", hi: "2026-10-01" });
  });

  it("puts projects of every seeded zone on the black list, and keeps others on time", async () => {
    const projectsOf = await rows<{
      id: string;
      zone: string;
      stage: string;
      ytd: string;
      plan: string | null;
      last: string | null;
    }>(sql`
      select p.id, z.short_name as zone, p.stage,
        (select coalesce(sum(amount_yuan), 0)::text from project_investments i
          where i.project_id = p.id and i.month >= '2026-01-01') as ytd,
        (select planned_yuan::text from project_annual_plans a where a.project_id = p.id and a.year = 2026) as plan,
        (select max(week_of)::text from project_weekly_reports w where w.project_id = p.id) as last
      from projects p join zones z on z.id = p.zone_id`);
    const open = await rows<{ project_id: string; name: string; planned: string }>(sql`
      select project_id, name, planned_on::text as planned from project_milestones
      where actual_on is null and planned_on is not null`);
    const levels = new Map<string, string[]>();
    let silent = 0;
    let overdue = 0;
    for (const p of projectsOf) {
      const underway = ["started", "construction", "completed"].includes(p.stage);
      const health = assessHealth({
        today: TODAY,
        openMilestones: open.filter((m) => m.project_id === p.id).map((m) => ({ name: m.name, plannedOn: m.planned })),
        investment: underway ? { ytd: p.ytd, annualPlan: p.plan, month: 11 } : null,
        lastReportOn: p.last,
        expectsReports: underway,
      });
      levels.set(p.zone, [...(levels.get(p.zone) ?? []), health.level]);
      if (health.flags.some((f) => f.rule === "silent")) silent++;
      if (health.flags.some((f) => f.rule === "milestoneOverdue")) overdue++;
    }
    console.info(
      "health",
      Object.fromEntries(
        [...levels].map(([z, l]) => [
          z,
          `${l.filter((x) => x === "normal").length}/${l.filter((x) => x === "lagging").length}/${l.filter((x) => x === "severe").length}`,
        ]),
      ),
    );
    for (const zone of ["虞城高新区", "确山产业集聚区", "襄阳高新区"]) {
      const l = levels.get(zone) ?? [];
      expect(l.some((x) => x !== "normal")).toBe(true);
      expect(l.filter((x) => x === "normal").length).toBeGreaterThan(l.length / 2);
    }
    expect(silent).toBeGreaterThan(0);
    expect(overdue).toBeGreaterThan(0);
  });

  it("assigns secretaries and sponsors, and holds the supervision cadence", async () => {
    const secretary = await rows<{ username: string; n: number }>(sql`
      select u.username, count(*)::int as n from project_members m join users u on u.id = m.user_id
      where m.role = 'secretary' group by u.username`);
    const n = Object.fromEntries(secretary.map((s) => [s.username, s.n]));
    expect(n["yucheng-secretary"]).toBeGreaterThanOrEqual(3);
    expect(n["queshan-secretary"]).toBeGreaterThanOrEqual(3);
    const unsponsored = await rows<{ n: number }>(sql`select count(*)::int as n from projects p where not exists
      (select 1 from project_members m where m.project_id = p.id and m.role = 'sponsor')`);
    expect(unsponsored[0]?.n).toBe(0);
    const meetingsHeld = await rows<{ status: string; decisions: number; decided: number }>(sql`
      select m.status, count(d.*)::int as decisions, count(d.decision)::int as decided
      from project_meetings m left join project_meeting_decisions d on d.meeting_id = m.id group by m.status`);
    expect(meetingsHeld.find((m) => m.status === "held")?.decided).toBeGreaterThan(0);
    expect(meetingsHeld.find((m) => m.status === "planned")?.decisions).toBeGreaterThan(0);
    const batches = await rows<{ name: string; n: number }>(sql`
      select b.name, count(*)::int as n from project_batches b join project_batch_members m on m.batch_id = b.id
      join projects p on p.id = m.project_id where p.actual_start_on = b.held_on group by b.name`);
    console.info("batches", batches);
    expect(batches.length).toBeGreaterThanOrEqual(2);
    const problems = await rows<{ status: string; n: number }>(sql`
      select status, count(*)::int as n from project_problems group by status`);
    console.info("problems", problems);
    expect(problems.length).toBeGreaterThanOrEqual(4);
  });
});
