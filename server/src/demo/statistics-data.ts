/**
 * The economic-monitoring demo's shape per zone, and the figures the field reports publish, which the generated
 * monthly reports are calibrated to reproduce through the platform's own computation:
 * - seed 002 (确山产业集聚区): 上半年总产值53.2亿元，同比增长22.5%；主导产业产值35.7亿元，占园区的67%;
 * - seed 001 (大善开发区): 截至11月，77家规上工业企业工业总产值49.86亿元；工业营业收入累计50.4亿元，同比增长12.04%;
 * - seed 003 (菏泽高新区): 规模以上工业企业主营业务收入427.5亿元，增长11.7%；利润69亿元，增长8%；
 *   地区生产总值63.2亿元，增长8.5%；公共财政预算收入12.1亿元，增长5.9%，其中税收占比91.8%.
 * The reports' years are moved to the demo's calendar (2024-01 to 2026-10): 确山's half-year is 2026's, 大善's
 * and 菏泽's years are 2025.
 */

export const FIRST_MONTH = "2024-01";
export const LAST_MONTH = "2026-10";

export interface ZoneShape {
  zone: string;
  /** Typical annual output of one 规上 enterprise in 2024, in 亿元. */
  outputYi: number;
  /** Yearly growth of the zone's enterprises (2025 over 2024, 2026 over 2025). */
  growth: number;
}

export const ZONE_SHAPES: ZoneShape[] = [
  { zone: "yucheng", outputYi: 3.2, growth: 0.125 },
  { zone: "dashan", outputYi: 0.62, growth: 0.11 },
  { zone: "queshan", outputYi: 1.9, growth: 0.2 },
  { zone: "heze", outputYi: 13, growth: 0.11 },
  { zone: "shihezi", outputYi: 2.4, growth: 0.08 },
  { zone: "chuxiong", outputYi: 1.8, growth: 0.09 },
  { zone: "yanji", outputYi: 1.5, growth: 0.07 },
  { zone: "xiangyang", outputYi: 6, growth: 0.1 },
  { zone: "xiamen", outputYi: 9, growth: 0.09 },
  { zone: "yuxi", outputYi: 4, growth: 0.06 },
];

/** Share of a year's output made in each month (Spring Festival low, year-end high). */
export const SEASON = [0.066, 0.054, 0.085, 0.082, 0.084, 0.09, 0.079, 0.08, 0.087, 0.085, 0.09, 0.118];

const YI = 100_000_000;

/** 主导产业 where a report names them more narrowly than the zone's industries (seed 002: 建材、生物科技两大主导产业). */
export const LEADING_CLUSTERS: Record<string, string[]> = { queshan: ["建材", "生物科技"] };

/** A published figure the generated reports must reproduce. */
export interface Calibration {
  zone: string;
  month: string;
  field: "output" | "revenue" | "profit";
  /** 累计 of the zone's 规上 enterprises at `month`, in yuan. */
  totalYuan: number;
  /** Of which the zone's leading clusters (主导产业), in yuan. */
  leadingYuan?: number;
  /** 同比 on comparable scope, in %. */
  yoyPct?: number;
}

export const CALIBRATIONS: Calibration[] = [
  { zone: "queshan", month: "2026-06", field: "output", totalYuan: 53.2 * YI, leadingYuan: 35.7 * YI, yoyPct: 22.5 },
  { zone: "dashan", month: "2025-11", field: "output", totalYuan: 49.86 * YI },
  { zone: "dashan", month: "2025-11", field: "revenue", totalYuan: 50.4 * YI, yoyPct: 12.04 },
  { zone: "heze", month: "2025-12", field: "revenue", totalYuan: 427.5 * YI, yoyPct: 11.7 },
  { zone: "heze", month: "2025-12", field: "profit", totalYuan: 69 * YI, yoyPct: 8 },
];

/** Entered zone indicators the reports publish (yuan or %), at the year's last month. */
export const PUBLISHED_ENTERED: { zone: string; month: string; indicatorId: string; value: string }[] = [
  { zone: "heze", month: "2025-12", indicatorId: "gdp", value: String(63.2 * YI) },
  { zone: "heze", month: "2024-12", indicatorId: "gdp", value: String(Math.round((63.2 * YI) / 1.085)) },
  { zone: "heze", month: "2025-12", indicatorId: "publicBudgetRevenue", value: String(12.1 * YI) },
  {
    zone: "heze",
    month: "2024-12",
    indicatorId: "publicBudgetRevenue",
    value: String(Math.round((12.1 * YI) / 1.059)),
  },
  { zone: "heze", month: "2025-12", indicatorId: "taxRevenueShare", value: "91.8" },
];
