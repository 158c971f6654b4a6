/** Days of the demo as ISO strings: building them, certificate validity, and what holds on a given day. */

export const iso = (y: number, m: number, d: number) =>
  `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

/** The day before the `years`th anniversary: a three-year certificate issued 2023-12-08 ends 2026-12-07. */
export function validUntil(issued: string, years: number): string {
  const [y, m, d] = issued.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y + years, m - 1, d) - 86_400_000).toISOString().slice(0, 10);
}

export const held = (f: { startedOn: string; endedOn: string | null }, day: string) =>
  f.startedOn <= day && (f.endedOn === null || f.endedOn >= day);
export const inForce = (q: { issuedOn: string | null; expiresOn: string | null }, day: string) =>
  (q.issuedOn === null || q.issuedOn <= day) && (q.expiresOn === null || q.expiresOn >= day);
