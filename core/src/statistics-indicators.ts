/**
 * The economic-monitoring indicator catalogue (DOMAIN.md §4): what every figure of the monthly enterprise
 * report and of a zone's indicator set means, its unit, period, source and aggregation rule.
 * Identifiers are stable: the API, the tables and the web all speak them.
 */

/** The eight figures of the monthly enterprise report (企业月报), each reported year-to-date where it is a flow. */
export const REPORT_FIELDS = [
  "output",
  "revenue",
  "profit",
  "tax",
  "electricity",
  "employees",
  "exportValue",
  "energy",
] as const;
export type ReportField = (typeof REPORT_FIELDS)[number];

/** Flow figures accumulate within the calendar year (累计); stock figures are point-in-time (期末). */
export const FLOW_FIELDS: readonly ReportField[] = [
  "output",
  "revenue",
  "profit",
  "tax",
  "electricity",
  "exportValue",
  "energy",
];
/** Flows that may legitimately fall (a loss month lowers 利润总额 累计): excluded from monotonicity checks. */
export const SIGNED_FIELDS: readonly ReportField[] = ["profit"];

export const INDICATOR_UNITS = ["yuan", "kwh", "tce", "persons", "count", "percent"] as const;
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];
export const INDICATOR_PERIODS = ["month", "quarter", "year"] as const;
export type IndicatorPeriod = (typeof INDICATOR_PERIODS)[number];
export const INDICATOR_SOURCES = ["computed", "entered", "imported"] as const;
export type IndicatorSource = (typeof INDICATOR_SOURCES)[number];
/**
 * How a zone value is formed: `sumCumulative` sums the enterprises' 累计 (当月 by difference), `sumStock` sums
 * point-in-time values (never over months), `count` counts enterprises, `projects` reads the projects module,
 * `asEntered` keeps the entered figure as it is (already a zone total or a rate).
 */
export const AGGREGATIONS = ["sumCumulative", "sumStock", "count", "projects", "asEntered"] as const;
export type Aggregation = (typeof AGGREGATIONS)[number];
/** Which enterprises a computed indicator covers. */
export const INDICATOR_SCOPES = ["scaleIndustry", "reporting"] as const;
export type IndicatorScope = (typeof INDICATOR_SCOPES)[number];

export interface IndicatorDefinition {
  id: string;
  nameZh: string;
  nameEn: string;
  unit: IndicatorUnit;
  period: IndicatorPeriod;
  source: IndicatorSource;
  aggregation: Aggregation;
  /** For computed indicators: the report field summed, and over which enterprises. */
  field: ReportField | null;
  scope: IndicatorScope | null;
  /** True when the entered value is year-to-date (累计), so 目标完成率 applies. */
  cumulative: boolean;
  /** True when an annual target may be set (a rate has none). */
  targetable: boolean;
  definitionZh: string;
  definitionEn: string;
}

/** Report fields: names, units and the decimals the form accepts. */
export const REPORT_FIELD_DEFINITIONS: Record<
  ReportField,
  { nameZh: string; nameEn: string; unit: IndicatorUnit; scale: number; flow: boolean; signed: boolean }
> = {
  output: {
    nameZh: "工业总产值(当年价)",
    nameEn: "Gross industrial output (current prices)",
    unit: "yuan",
    scale: 2,
    flow: true,
    signed: false,
  },
  revenue: { nameZh: "营业收入", nameEn: "Operating revenue", unit: "yuan", scale: 2, flow: true, signed: false },
  profit: { nameZh: "利润总额", nameEn: "Total profit", unit: "yuan", scale: 2, flow: true, signed: true },
  tax: { nameZh: "实缴税金", nameEn: "Taxes paid", unit: "yuan", scale: 2, flow: true, signed: false },
  electricity: { nameZh: "用电量", nameEn: "Electricity use", unit: "kwh", scale: 0, flow: true, signed: false },
  employees: {
    nameZh: "期末从业人员",
    nameEn: "Employees at month end",
    unit: "persons",
    scale: 0,
    flow: false,
    signed: false,
  },
  exportValue: {
    nameZh: "出口交货值",
    nameEn: "Export delivery value",
    unit: "yuan",
    scale: 2,
    flow: true,
    signed: false,
  },
  energy: { nameZh: "综合能耗", nameEn: "Total energy consumption", unit: "tce", scale: 3, flow: true, signed: false },
};

type Def = Omit<IndicatorDefinition, "period" | "cumulative" | "targetable"> &
  Partial<Pick<IndicatorDefinition, "period" | "cumulative" | "targetable">>;

function computed(
  id: string,
  field: ReportField,
  scope: IndicatorScope,
  nameZh: string,
  nameEn: string,
  definitionZh: string,
  definitionEn: string,
): Def {
  const f = REPORT_FIELD_DEFINITIONS[field];
  return {
    id,
    nameZh,
    nameEn,
    unit: f.unit,
    source: "computed",
    aggregation: f.flow ? "sumCumulative" : "sumStock",
    field,
    scope,
    cumulative: f.flow,
    targetable: true,
    definitionZh,
    definitionEn,
  };
}

const DEFINITIONS: Def[] = [
  computed(
    "industrialOutput",
    "output",
    "scaleIndustry",
    "规上工业总产值",
    "Output of industry above scale",
    "规模以上工业企业(主营业务收入2000万元及以上)工业总产值(当年价格)之和，企业按年累计报送，当月=本月累计−上月累计。",
    "Sum of the gross industrial output at current prices of industrial enterprises above scale (revenue ≥ 20 M yuan), reported year-to-date; the month's value is this month's YTD minus last month's.",
  ),
  computed(
    "revenue",
    "revenue",
    "scaleIndustry",
    "规上工业营业收入",
    "Revenue of industry above scale",
    "规模以上工业企业营业收入之和，按年累计。",
    "Sum of the operating revenue of industrial enterprises above scale, year-to-date.",
  ),
  computed(
    "profit",
    "profit",
    "scaleIndustry",
    "规上工业利润总额",
    "Profit of industry above scale",
    "规模以上工业企业利润总额之和，按年累计；亏损企业以负数计入。",
    "Sum of total profit of industrial enterprises above scale, year-to-date; losses count negative.",
  ),
  computed(
    "tax",
    "tax",
    "reporting",
    "税收(企业实缴税金)",
    "Taxes paid by reporting enterprises",
    "报送月报企业实缴税金之和，按年累计。",
    "Sum of taxes paid by all reporting enterprises, year-to-date.",
  ),
  computed(
    "electricity",
    "electricity",
    "reporting",
    "工业用电量",
    "Electricity use",
    "报送月报企业用电量之和(千瓦时)，按年累计。",
    "Electricity used by all reporting enterprises (kWh), year-to-date.",
  ),
  computed(
    "employees",
    "employees",
    "reporting",
    "从业人员",
    "Employees",
    "报送月报企业期末从业人员之和，为时点数，不跨月累加。",
    "Employees at month end over all reporting enterprises: a point-in-time figure, never summed over months.",
  ),
  computed(
    "exportValue",
    "exportValue",
    "scaleIndustry",
    "规上工业出口交货值",
    "Export delivery value above scale",
    "规模以上工业企业出口交货值之和，按年累计。",
    "Export delivery value of industrial enterprises above scale, year-to-date.",
  ),
  computed(
    "energy",
    "energy",
    "scaleIndustry",
    "规上工业综合能耗",
    "Energy use above scale",
    "规模以上工业企业综合能源消费量(吨标准煤)之和，按年累计。",
    "Total energy consumption (tonnes of coal equivalent) of industrial enterprises above scale, year-to-date.",
  ),
  {
    id: "reportingEnterprises",
    nameZh: "报送企业数",
    nameEn: "Reporting enterprises",
    unit: "count",
    source: "computed",
    aggregation: "count",
    field: null,
    scope: "reporting",
    targetable: false,
    definitionZh: "本月已提交或已通过月报的企业数。",
    definitionEn: "Enterprises whose report for the month is submitted or approved.",
  },
  {
    id: "scaleIndustryEnterprises",
    nameZh: "规上工业企业数",
    nameEn: "Industrial enterprises above scale",
    unit: "count",
    source: "computed",
    aggregation: "count",
    field: null,
    scope: "scaleIndustry",
    targetable: true,
    definitionZh: "本月报送月报的规模以上工业企业数(按报送月份的规上标识)。",
    definitionEn: "Industrial enterprises above scale that reported for the month (by their flag in that month).",
  },
  {
    id: "fixedAssetInvestment",
    nameZh: "固定资产投资(重点项目)",
    nameEn: "Fixed-asset investment (key projects)",
    unit: "yuan",
    source: "computed",
    aggregation: "projects",
    field: null,
    scope: null,
    cumulative: true,
    targetable: true,
    definitionZh: "计划总投资500万元及以上重点项目本年累计完成投资，取自重点项目月度完成投资。",
    definitionEn:
      "Investment completed this year by key projects with planned total investment ≥ 5 M yuan, from the projects' monthly investment.",
  },
  {
    id: "gdp",
    nameZh: "地区生产总值",
    nameEn: "Gross regional product",
    unit: "yuan",
    period: "quarter",
    source: "entered",
    aggregation: "asEntered",
    field: null,
    scope: null,
    cumulative: true,
    targetable: true,
    definitionZh: "统计部门核算的园区地区生产总值(按季累计，当年价)，由经发局录入。",
    definitionEn:
      "The zone's gross regional product as the statistics bureau accounts it (quarterly, year-to-date), entered by the economy bureau.",
  },
  {
    id: "industrialValueAddedGrowth",
    nameZh: "规上工业增加值增速",
    nameEn: "Growth of industrial value added above scale",
    unit: "percent",
    source: "imported",
    aggregation: "asEntered",
    field: null,
    scope: null,
    cumulative: false,
    targetable: false,
    definitionZh: "按可比价计算的规上工业增加值累计增速，取自统计局，平台不由产值推算。",
    definitionEn:
      "YTD growth of value added of industry above scale at comparable prices, from the statistics bureau; never derived from output.",
  },
  {
    id: "publicBudgetRevenue",
    nameZh: "一般公共预算收入",
    nameEn: "General public budget revenue",
    unit: "yuan",
    source: "entered",
    aggregation: "asEntered",
    field: null,
    scope: null,
    cumulative: true,
    targetable: true,
    definitionZh: "园区一般公共预算收入本年累计，取自财政部门。",
    definitionEn: "The zone's general public budget revenue, year-to-date, from the finance bureau.",
  },
  {
    id: "taxRevenueShare",
    nameZh: "税收占一般公共预算收入比重",
    nameEn: "Tax share of budget revenue",
    unit: "percent",
    source: "entered",
    aggregation: "asEntered",
    field: null,
    scope: null,
    cumulative: false,
    targetable: false,
    definitionZh: "一般公共预算收入中税收收入所占比重(%)。",
    definitionEn: "Share of tax revenue in general public budget revenue (%).",
  },
  {
    id: "foreignTrade",
    nameZh: "进出口总额",
    nameEn: "Imports and exports",
    unit: "yuan",
    source: "entered",
    aggregation: "asEntered",
    field: null,
    scope: null,
    cumulative: true,
    targetable: true,
    definitionZh: "海关统计的园区企业进出口总额本年累计(人民币)。",
    definitionEn: "Customs' total imports and exports of the zone's enterprises, year-to-date (RMB).",
  },
  {
    id: "actualForeignInvestment",
    nameZh: "实际利用外资",
    nameEn: "Foreign investment actually used",
    unit: "yuan",
    source: "entered",
    aggregation: "asEntered",
    field: null,
    scope: null,
    cumulative: true,
    targetable: true,
    definitionZh: "商务部门统计的实际使用外资金额本年累计(人民币)。",
    definitionEn: "Foreign direct investment actually used, year-to-date (RMB), from the commerce bureau.",
  },
  {
    id: "newMarketEntities",
    nameZh: "新增市场主体",
    nameEn: "New market entities",
    unit: "count",
    source: "entered",
    aggregation: "asEntered",
    field: null,
    scope: null,
    cumulative: true,
    targetable: true,
    definitionZh: "市场监管部门登记的新设立市场主体数本年累计。",
    definitionEn: "Market entities newly registered this year (year-to-date), from market regulation.",
  },
];

export const INDICATORS: readonly IndicatorDefinition[] = DEFINITIONS.map((d) => ({
  period: "month",
  cumulative: false,
  targetable: true,
  ...d,
}));

export const INDICATOR_IDS = INDICATORS.map((i) => i.id) as [string, ...string[]];
export const COMPUTED_INDICATOR_IDS = INDICATORS.filter((i) => i.source === "computed").map((i) => i.id);
export const ENTERED_INDICATOR_IDS = INDICATORS.filter((i) => i.source !== "computed").map((i) => i.id) as [
  string,
  ...string[],
];

const BY_ID = new Map(INDICATORS.map((i) => [i.id, i]));
export function indicatorById(id: string): IndicatorDefinition | undefined {
  return BY_ID.get(id);
}

/** The computed indicator of each report field, for drill-down from a report figure. */
export function indicatorOfField(field: ReportField): IndicatorDefinition {
  const found = INDICATORS.find((i) => i.source === "computed" && i.field === field);
  if (!found) throw new Error(`no indicator for ${field}`);
  return found;
}

/** The cockpit's KPI cards, in order. */
export const COCKPIT_KPIS = [
  "industrialOutput",
  "revenue",
  "profit",
  "tax",
  "electricity",
  "employees",
  "fixedAssetInvestment",
  "gdp",
  "publicBudgetRevenue",
  "industrialValueAddedGrowth",
] as const;
/** The supervisor's comparison columns. */
export const COMPARISON_INDICATORS = [
  "industrialOutput",
  "revenue",
  "tax",
  "electricity",
  "scaleIndustryEnterprises",
  "fixedAssetInvestment",
] as const;
