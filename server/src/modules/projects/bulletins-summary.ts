/** Everything a 月通报 states, gathered for one zone and month; archived as the bulletin's summary. */
import { ytdLabel } from "@zoneos/core/schedule";
import { sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { notFound } from "../../platform/errors.js";
import { redList, rowsOf, stageTotals, startsAndCompletions, unitRanking, zoneFigures } from "./bulletins-data.js";
import { blackList } from "./bulletins-health.js";
import type { BulletinPeriod } from "./bulletins-period.js";
import { problemFigures } from "./bulletins-problems.js";

async function zoneOf(db: Db, zoneId: string) {
  const [zone] = await rowsOf<{ name: string; short_name: string; issuer: string | null }>(
    db,
    sql`select z.name, z.short_name,
        (select u.name from units u where u.zone_id = z.id and u.kind = 'committee' and u.parent_id is null
          order by u.sort limit 1) as issuer
      from zones z where z.id = ${zoneId}`,
  );
  if (!zone) throw notFound();
  return { zoneName: zone.name, zoneShortName: zone.short_name, issuer: zone.issuer ?? `${zone.name}管理委员会` };
}

export async function bulletinSummary(db: Db, p: BulletinPeriod) {
  // One zone's figures are a handful of small queries; a pool runs them side by side.
  const [zone, stages, figures, units, red, black, moves, problems] = await Promise.all([
    zoneOf(db, p.zoneId),
    stageTotals(db, p),
    zoneFigures(db, p),
    unitRanking(db, p),
    redList(db, p),
    blackList(db, p),
    startsAndCompletions(db, p),
    problemFigures(db, p),
  ]);
  return {
    zoneId: p.zoneId,
    ...zone,
    month: p.month,
    year: p.year,
    monthNo: p.monthNo,
    asOf: p.asOf,
    /** "1–10月": the span the year-to-date figures cover (January is published with February). */
    period: ytdLabel(p.monthNo),
    projects: figures.projects,
    totalInvestmentYuan: figures.totalInvestmentYuan,
    stages,
    started: moves.started,
    completed: moves.completed,
    investment: figures.investment,
    rates: {
      start: figures.rates.start,
      investment: { pct: figures.investment.completionPct },
      onTimeCompletion: figures.rates.onTimeCompletion,
      /** 资金到位率 belongs to the investment-attraction module (到位资金 ÷ 合同投资); not stated here. */
      funding: null,
    },
    units,
    redList: red,
    blackList: black,
    problems,
  };
}

export type BulletinSummary = Awaited<ReturnType<typeof bulletinSummary>>;
