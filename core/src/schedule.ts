/**
 * 序时进度 and progress against it, as bulletins state them: "1–8月完成年度计划的74%，超序时进度7.33个百分点".
 * Percentages are floats, rounded only for display.
 */

/** Months elapsed ÷ 12. January is published with February (1–2月), so it counts as 2/12. */
export function schedulePct(month: number): number {
  if (month < 1 || month > 12) throw new Error(`month ${month}`);
  return (Math.max(month, 2) / 12) * 100;
}

/** Completion as a percentage of plan; null when there is no plan to measure against. */
export function completionPct(done: string | number, plan: string | number): number | null {
  const p = Number(plan);
  if (!Number.isFinite(p) || p <= 0) return null;
  return (Number(done) / p) * 100;
}

/** Percentage points ahead (+) or behind (−) the schedule. */
export function pointsAgainstSchedule(actualPct: number, month: number): number {
  return actualPct - schedulePct(month);
}

/** "超序时进度 7.33 个百分点" / "欠序时进度 …" / "与序时进度持平", and the English equivalents. */
export function describeAgainstSchedule(points: number, locale: "zh-CN" | "en-US" = "zh-CN"): string {
  const abs = Math.abs(points).toFixed(2);
  if (abs === "0.00") return locale === "zh-CN" ? "与序时进度持平" : "on schedule";
  if (locale === "en-US") return `${abs} points ${points > 0 ? "ahead of" : "behind"} schedule`;
  return `${points > 0 ? "超" : "欠"}序时进度 ${abs} 个百分点`;
}

/** "1–2月", "1–8月" / "Jan–Feb", "Jan–Aug": the period a year-to-date figure covers. */
export function ytdLabel(month: number, locale: "zh-CN" | "en-US" = "zh-CN"): string {
  const en = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const m = Math.max(month, 2);
  return locale === "zh-CN" ? `1–${m}月` : `Jan–${en[m - 1]}`;
}
