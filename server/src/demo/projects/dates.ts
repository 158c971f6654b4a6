/** Day and month arithmetic on ISO dates for the project demo, and money as whole cents. */
import { DEMO_TODAY } from "../enterprises-data.js";

export const TODAY = DEMO_TODAY;
const DAY = 86_400_000;

export const addDays = (day: string, n: number) => new Date(Date.parse(day) + n * DAY).toISOString().slice(0, 10);
export const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY);
export const minDay = (a: string, b: string) => (a < b ? a : b);
export const maxDay = (a: string, b: string) => (a > b ? a : b);

/** Months as `y * 12 + (m - 1)`, for counting. */
export const monthIndex = (day: string) => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
export const monthStart = (index: number) =>
  `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}-01`;

/** The Monday of the week holding `day`. */
export function mondayOf(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}

/** The last 8 report weeks before DEMO_TODAY (a Monday): the Mondays from 8 weeks back to last week. */
export const REPORT_WEEKS = Array.from({ length: 8 }, (_, i) => addDays(mondayOf(TODAY), -7 * (8 - i)));

/** Whole cents → a numeric(16,2) literal. */
export function yuan(cents: number): string {
  const c = Math.round(cents);
  return `${Math.floor(c / 100)}.${String(c % 100).padStart(2, "0")}`;
}

/** A timestamp on `day` at the given Beijing hour. */
export const at = (day: string, hour = 10) => new Date(`${day}T${String(hour).padStart(2, "0")}:00:00+08:00`);
