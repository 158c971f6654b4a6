/**
 * Key projects: each zone's share of 50,000, tiers from their total investment, stages that agree with their
 * dates (today is the app's today), monthly completed investment from the actual start with the winter lull,
 * yearly plans, and the category's milestone chain with actual dates for the steps already done.
 */
import { MILESTONE_TEMPLATES, PROJECT_CATEGORIES, tierOf } from "@zoneos/core/project-api";
import type pg from "pg";
import { copyRows } from "../lib/copy.js";
import type { Random } from "../lib/random.js";
import { type EnterpriseRow, monthsBetween, TODAY, type ZoneRow } from "./model.js";

const PRODUCTS = [
  "智能装备",
  "新型建材",
  "食品深加工",
  "电子元器件",
  "生物制药",
  "纺织面料",
  "冷链物流",
  "汽车零部件",
  "光伏组件",
  "锂电池材料",
];
const SEASON = [0.45, 0.55, 1.0, 1.05, 1.1, 1.1, 1.05, 1.0, 1.1, 1.1, 1.05, 1.2];

function addMonths(month: string, n: number): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7)) - 1 + n;
  return `${y + Math.floor(m / 12)}-${String((((m % 12) + 12) % 12) + 1).padStart(2, "0")}`;
}

export interface ProjectResult {
  rows: number;
  months: number;
}

export async function loadProjects(
  client: pg.ClientBase,
  rnd: Random,
  zones: ZoneRow[],
  enterprises: EnterpriseRow[],
  count: number,
): Promise<ProjectResult> {
  const byZone = new Map<string, EnterpriseRow[]>();
  for (const e of enterprises) {
    if (e.exitsMonth) continue;
    const list = byZone.get(e.zone.id);
    if (list) list.push(e);
    else byZone.set(e.zone.id, [e]);
  }
  const totalWeight = zones.reduce((s, z) => s + z.weight, 0);
  const thisMonth = TODAY.slice(0, 7);
  const lastReported = addMonths(thisMonth, -1);

  const projects: unknown[][] = [];
  const investments: unknown[][] = [];
  const plans: unknown[][] = [];
  const milestones: unknown[][] = [];
  let serial = 0;
  for (const zone of zones) {
    const share = Math.round((count * zone.weight) / totalWeight);
    const local = byZone.get(zone.id) ?? [];
    for (let k = 0; k < share && serial < count; k++, serial++) {
      const id = rnd.uuid();
      const category = rnd.next() < 0.6 ? "industry" : rnd.pick(PROJECT_CATEGORIES);
      const total = Math.round(Math.exp(Math.log(2e8) + 1.1 * rnd.normal()) / 10000) * 10000;
      const plannedStart = `${rnd.int(2019, 2026)}-${String(rnd.int(1, 12)).padStart(2, "0")}`;
      const duration = rnd.int(10, 42);
      const plannedEnd = addMonths(plannedStart, duration);
      const slip = rnd.int(0, 4);
      const actualStart = addMonths(plannedStart, slip) <= lastReported ? addMonths(plannedStart, slip) : null;
      const actualEnd =
        actualStart && addMonths(actualStart, duration) <= lastReported ? addMonths(actualStart, duration) : null;
      const fate = rnd.next();
      let stage: string;
      if (fate < 0.03) stage = "terminated";
      else if (fate < 0.06) stage = "paused";
      else if (!actualStart) stage = rnd.pick(["planning", "reserve", "signed", "preparation"]);
      else if (!actualEnd) stage = addMonths(actualStart, 1) > lastReported ? "started" : "construction";
      else stage = addMonths(actualEnd, 12) <= thisMonth ? rnd.pick(["production", "effective"]) : "completed";
      const enterprise = category === "industry" && local.length > 0 && rnd.chance(0.7) ? rnd.pick(local) : null;
      const product = rnd.pick(PRODUCTS);
      projects.push([
        id,
        zone.id,
        `XM${plannedStart.slice(0, 4)}-${String(serial).padStart(6, "0")}`,
        `${enterprise ? enterprise.name.replace(/有限公司$/, "") : zone.shortName}年产${rnd.int(1, 50)}万件${product}项目`,
        enterprise?.id ?? null,
        zone.units.investment,
        category,
        rnd.pick(["new", "new", "continued", "expansion", "renovation"]),
        rnd.chance(0.2) ? ["provincial"] : rnd.chance(0.5) ? ["municipal"] : [],
        tierOf(String(total)),
        enterprise?.industryCode ?? null,
        total.toFixed(2),
        (20 + rnd.next() * 300).toFixed(2),
        `年产${product}`,
        `${plannedStart}-01`,
        `${plannedEnd}-28`,
        actualStart ? `${actualStart}-01` : null,
        actualEnd ? `${actualEnd}-28` : null,
        stage,
      ]);
      if (actualStart) {
        const months = monthsBetween(actualStart, actualEnd ?? lastReported);
        const monthly = total / duration;
        const byYear = new Map<number, number>();
        for (const m of months) {
          const amount = Math.max(0, monthly * (SEASON[Number(m.slice(5, 7)) - 1] ?? 1) * (0.6 + 0.8 * rnd.next()));
          const rounded = Math.round(amount / 100) * 100;
          investments.push([zone.id, id, `${m}-01`, rounded.toFixed(2)]);
          byYear.set(Number(m.slice(0, 4)), (byYear.get(Number(m.slice(0, 4))) ?? 0) + rounded);
        }
        for (const [year, done] of byYear)
          plans.push([zone.id, id, year, (Math.round((done * (0.9 + 0.3 * rnd.next())) / 10000) * 10000).toFixed(2)]);
      }
      const template = MILESTONE_TEMPLATES[category as keyof typeof MILESTONE_TEMPLATES] ?? [];
      template.forEach((name, s) => {
        const planned = addMonths(plannedStart, Math.round(((s - 2) * duration) / Math.max(1, template.length - 2)));
        const done = actualStart && addMonths(planned, slip) <= lastReported && stage !== "paused";
        milestones.push([
          rnd.uuid(),
          zone.id,
          id,
          name,
          s + 1,
          `${planned}-15`,
          done ? `${addMonths(planned, slip)}-15` : null,
        ]);
      });
    }
  }
  let rows = 0;
  rows += await copyRows(
    client,
    "projects",
    [
      "id",
      "zone_id",
      "code",
      "name",
      "enterprise_id",
      "lead_unit_id",
      "category",
      "construction_type",
      "level_tags",
      "tier",
      "industry_code",
      "total_investment_yuan",
      "land_mu",
      "content",
      "planned_start_on",
      "planned_completion_on",
      "actual_start_on",
      "actual_completion_on",
      "stage",
    ],
    projects as never,
  );
  rows += await copyRows(
    client,
    "project_investments",
    ["zone_id", "project_id", "month", "amount_yuan"],
    investments as never,
  );
  rows += await copyRows(
    client,
    "project_annual_plans",
    ["zone_id", "project_id", "year", "planned_yuan"],
    plans as never,
  );
  rows += await copyRows(
    client,
    "project_milestones",
    ["id", "zone_id", "project_id", "name", "sort", "planned_on", "actual_on"],
    milestones as never,
  );
  return { rows, months: investments.length };
}
