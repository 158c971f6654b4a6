/** The two data scales: a province (the figures) and a smoke set small enough for CI. */
import { parseArgs } from "node:util";

export interface Scale {
  name: "province" | "city" | "smoke";
  zones: number;
  enterprises: number;
  projects: number;
  /** First and last month of monthly reports, inclusive (YYYY-MM). */
  reportsFrom: string;
  reportsTo: string;
  /** Enterprise accounts created for the report-submission case. */
  enterpriseUsers: number;
  leadsPerZone: number;
}

export const SCALES: Record<Scale["name"], Scale> = {
  province: {
    name: "province",
    zones: 200,
    enterprises: 100_000,
    projects: 50_000,
    reportsFrom: "2016-01",
    reportsTo: "2025-12",
    enterpriseUsers: 2_000,
    leadsPerZone: 60,
  },
  /** A fifth of the province over the same ten years: a quicker full-shape run. */
  city: {
    name: "city",
    zones: 40,
    enterprises: 20_000,
    projects: 10_000,
    reportsFrom: "2016-01",
    reportsTo: "2025-12",
    enterpriseUsers: 400,
    leadsPerZone: 60,
  },
  smoke: {
    name: "smoke",
    zones: 4,
    enterprises: 2_000,
    projects: 400,
    reportsFrom: "2025-01",
    reportsTo: "2025-12",
    enterpriseUsers: 100,
    leadsPerZone: 10,
  },
};

/** --scale (default province) and --only (comma-separated case ids). */
export function scaleFromArgs(): { scale: Scale; only: string[] | null } {
  const { values } = parseArgs({
    options: { scale: { type: "string", default: "province" }, only: { type: "string" } },
    allowPositionals: true,
  });
  const name = String(values.scale);
  if (name !== "province" && name !== "city" && name !== "smoke")
    throw new Error(`--scale must be province, city or smoke, not ${name}`);
  return { scale: SCALES[name], only: values.only ? values.only.split(",") : null };
}
