import { describe, expect, it } from "vitest";
import { bulletinDocument } from "./bulletins-document.js";
import { renderDocx } from "./bulletins-docx.js";
import { reasonText } from "./bulletins-health.js";
import { renderPdf } from "./bulletins-pdf.js";
import { bulletinPeriod } from "./bulletins-period.js";
import type { BulletinSummary } from "./bulletins-summary.js";

describe("bulletin period", () => {
  it("stands at the month's last day once the month is over, bounded in Shanghai time", () => {
    const p = bulletinPeriod("z", "2026-10", new Date("2026-11-05T02:00:00Z"));
    expect(p).toMatchObject({ year: 2026, monthNo: 10, yearStart: "2026-01-01", monthStart: "2026-10-01" });
    expect(p.asOf).toBe("2026-10-31");
    expect(p.startTs).toBe("2026-09-30T16:00:00.000Z");
    expect(p.endTs).toBe("2026-10-31T16:00:00.000Z");
  });

  it("stands at today while the month runs, today in Shanghai", () => {
    // 20:00 UTC on Nov 22 is already Nov 23 in Shanghai.
    expect(bulletinPeriod("z", "2026-11", new Date("2026-11-22T20:00:00Z")).asOf).toBe("2026-11-23");
    expect(bulletinPeriod("z", "2026-02", new Date("2026-11-22T20:00:00Z")).asOf).toBe("2026-02-28");
  });
});

describe("bulletin wording", () => {
  it("puts each health flag in words", () => {
    expect(
      reasonText({
        rule: "milestoneOverdue",
        level: "lagging",
        milestone: "施工许可",
        plannedOn: "2026-08-15",
        daysOverdue: 20,
      }),
    ).toBe("「施工许可」节点逾期20天（计划2026年8月15日完成）");
    expect(reasonText({ rule: "investmentBehind", level: "severe", ytd: "1", expected: "10", share: 0.4567 })).toBe(
      "年度投资完成额仅为序时进度的45.67%",
    );
    expect(reasonText({ rule: "silent", level: "severe", lastReportOn: null, weeks: -1 })).toBe("从未报送项目周报");
  });

  const empty: BulletinSummary = {
    zoneId: "z",
    zoneName: "确山县产业集聚区",
    zoneShortName: "确山集聚区",
    issuer: "确山县产业集聚区管理委员会",
    month: "2026-01",
    year: 2026,
    monthNo: 1,
    asOf: "2026-01-31",
    period: "1–2月",
    projects: 0,
    totalInvestmentYuan: "0",
    stages: [],
    started: { count: 0, totalInvestmentYuan: "0", projects: [] },
    completed: { count: 0, totalInvestmentYuan: "0", projects: [] },
    investment: {
      monthYuan: "0",
      ytdYuan: "0",
      planYuan: "0",
      schedulePct: 16.67,
      completionPct: null,
      points: null,
      againstSchedule: null,
    },
    rates: {
      start: { numerator: 0, denominator: 0, pct: null },
      investment: { pct: null },
      onTimeCompletion: { numerator: 0, denominator: 0, pct: null },
      funding: null,
    },
    units: [],
    redList: [],
    blackList: [],
    problems: { raised: 0, resolved: 0, confirmed: 0, open: 0, overdue: 0, escalatedOpen: 0, escalatedList: [] },
  };

  it("writes a January bulletin of an empty zone in both formats", async () => {
    const d = bulletinDocument(empty, "2026-02-03");
    expect(d.title).toBe("确山县产业集聚区重点项目建设情况通报（2026年1月）");
    expect(d.number).toBe("确山集聚区项目通〔2026〕1号");
    const text = d.blocks.map((b) => ("text" in b ? b.text : "")).join("\n");
    expect(text).toContain("1–2月累计完成投资0.00万元；年度计划投资尚未下达");
    expect(text).toContain("截至2026年1月底，全区尚无纳入调度的重点项目。");
    expect((await renderDocx(d)).subarray(0, 2).toString()).toBe("PK");
    const pdf = await renderPdf(d);
    if (pdf) expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  });
});
