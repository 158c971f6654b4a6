/** The period a 月通报 covers: the month, the day its figures stand at, and the instants that bound it. */

const DAY = 86_400_000;
/** China keeps UTC+8 all year (no daylight saving), so a Shanghai day starts at 16:00 UTC the day before. */
const SHANGHAI_OFFSET = 8 * 3_600_000;

export interface BulletinPeriod {
  zoneId: string;
  /** "2026-10" */
  month: string;
  year: number;
  monthNo: number;
  /** First days of the year and of the month, ISO dates. */
  yearStart: string;
  monthStart: string;
  /** The month's last day, or today while the month is still running: every figure stands at this day. */
  asOf: string;
  /** [startTs, endTs): the month in Shanghai time, for timestamps (the audit trail). */
  startTs: string;
  endTs: string;
}

export function shanghaiDate(now: Date): string {
  return new Date(now.getTime() + SHANGHAI_OFFSET).toISOString().slice(0, 10);
}

export function bulletinPeriod(zoneId: string, month: string, now: Date): BulletinPeriod {
  const year = Number(month.slice(0, 4));
  const monthNo = Number(month.slice(5, 7));
  const lastDay = new Date(Date.UTC(year, monthNo, 1) - DAY).toISOString().slice(0, 10);
  const today = shanghaiDate(now);
  const asOf = lastDay < today ? lastDay : today;
  return {
    zoneId,
    month,
    year,
    monthNo,
    yearStart: `${year}-01-01`,
    monthStart: `${month}-01`,
    asOf,
    startTs: new Date(Date.UTC(year, monthNo - 1, 1) - SHANGHAI_OFFSET).toISOString(),
    endTs: new Date(Date.parse(`${asOf}T00:00:00Z`) + DAY - SHANGHAI_OFFSET).toISOString(),
  };
}
