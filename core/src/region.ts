/** GB/T 2260 administrative division codes: 6 digits, province PP0000, city PPCC00, county PPCCDD. */
export type RegionLevel = "province" | "city" | "county";

export const REGION_CODE = /^\d{6}$/;

export function regionLevel(code: string): RegionLevel {
  if (code.endsWith("0000")) return "province";
  if (code.endsWith("00")) return "city";
  return "county";
}

/** The prefix shared by every code inside a region: 41 for 410000, 4117 for 411700, the code itself for a county. */
export function regionPrefix(code: string): string {
  const level = regionLevel(code);
  return level === "province" ? code.slice(0, 2) : level === "city" ? code.slice(0, 4) : code;
}

export function regionContains(outer: string, inner: string): boolean {
  return inner.startsWith(regionPrefix(outer));
}

export function parentRegionCode(code: string): string | null {
  const level = regionLevel(code);
  if (level === "province") return null;
  return level === "city" ? `${code.slice(0, 2)}0000` : `${code.slice(0, 4)}00`;
}
