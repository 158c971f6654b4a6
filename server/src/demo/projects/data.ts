/**
 * Demo key projects: the projects the field reports name (seeds 000–004) and, per zone, the plan for a synthetic
 * population around them. 虞城 samples its "十百千" (10 特大 / 100 大 / 1,025 小) with the big ones over-weighted so
 * every tier shows; 襄阳's construction types follow its 145 industrial projects (52 新开工, 27 续建, 50 技改, 16 扩能).
 */
import type { CONSTRUCTION_TYPES, PROJECT_CATEGORIES } from "@zoneos/core/project-api";
import type { ProjectStage } from "@zoneos/core/project-lifecycle";

export type Category = (typeof PROJECT_CATEGORIES)[number];
export type ConstructionType = (typeof CONSTRUCTION_TYPES)[number];
export type Profile = "normal" | "behind" | "ahead";

export interface PhaseSpec {
  name: string;
  /** Yuan. */
  investment: number;
  start: string;
  end: string;
}

export interface ProjectSpec {
  zone: string;
  name: string;
  /** Owner enterprise by its demo name; null for projects the committee or a town builds itself. */
  enterprise: string | null;
  unit: string;
  category: Category;
  type: ConstructionType;
  /** Yuan. */
  total: number;
  stage: ProjectStage;
  /** The actual start for started projects. */
  start?: string;
  industryCode?: string | null;
  phases?: PhaseSpec[];
  profile?: Profile;
  content?: string;
  /** Gets the zone's project secretary, if it has one. */
  secretary?: boolean;
}

export interface ZoneProjectPlan {
  zone: string;
  prefix: string;
  /** Projects in all, the named ones included. */
  count: number;
  /** How many 特大 (≥10亿) and 大 (≥1亿) projects in all. */
  mega: number;
  large: number;
  /** Construction-type counts for the synthetic projects; else drawn 45:25:20:10. */
  types?: Record<ConstructionType, number>;
  /** Lead units of synthetic industrial projects (unit keys), and of infrastructure / public-service ones. */
  units: string[];
  publicUnits: string[];
  center: [number, number];
  /** Invented 区级领导 who lead projects besides the zone's head. */
  deputies: string[];
  /** Names for synthetic infrastructure and public-service projects. */
  publicWorks: { name: string; category: Category }[];
  /** 集中开工 events: projects starting near one are started on its day. */
  batches?: { name: string; heldOn: string }[];
  secretaries?: string[];
}

const YI = 100_000_000;
const WAN = 10_000;

export const NAMED_PROJECTS: ProjectSpec[] = [
  // 虞城 (seed 000)
  {
    zone: "yucheng",
    name: "中国五金工量具产业生态城项目",
    enterprise: "虞城高新区木兰科技发展投资有限公司",
    unit: "company-mulan",
    category: "industry",
    type: "continued",
    total: 50 * YI,
    stage: "construction",
    start: "2024-03-18",
    industryCode: "3322",
    secretary: true,
    content: "规划建设五金工量具研发、检测、生产、商贸物流和创新公园，打造全国五金工量具产业生态城。",
    phases: [
      { name: "一期（标准化厂房及创新公园）", investment: 18 * YI, start: "2024-03-18", end: "2026-06-30" },
      { name: "二期（商贸物流及配套）", investment: 32 * YI, start: "2026-09-01", end: "2029-12-31" },
    ],
  },
  {
    zone: "yucheng",
    name: "科迪80万吨液态奶项目",
    enterprise: "河南科迪乳业股份有限公司",
    unit: "dept-projects",
    category: "industry",
    type: "continued",
    total: 12 * YI,
    stage: "construction",
    start: "2025-04-16",
    industryCode: "1441",
    secretary: true,
    content: "新建年产80万吨液态奶生产线及配套冷链仓储，落户食品产业园。",
  },
  {
    zone: "yucheng",
    name: "食品工业园基础设施及配套项目",
    enterprise: "虞城县伊尹发展投资有限公司",
    unit: "company-yiyin",
    category: "infrastructure",
    type: "continued",
    total: 10.8 * YI,
    stage: "construction",
    start: "2024-09-20",
    profile: "behind",
    content: "食品工业园道路、供排水、污水处理及标准化厂房建设，由伊尹公司融资开发。",
  },
  {
    zone: "yucheng",
    name: "电镀中心项目",
    enterprise: "虞城高新区电镀中心有限公司",
    unit: "dept-industry",
    category: "industry",
    type: "continued",
    total: 3.6 * YI,
    stage: "construction",
    start: "2025-03-10",
    industryCode: "3360",
    profile: "ahead",
    secretary: true,
    content: "集中建设电镀园区及污水集中处理设施，纳入PPP项目库；一期基本完成。",
    phases: [
      { name: "一期", investment: 1.6 * YI, start: "2025-03-10", end: "2026-05-31" },
      { name: "二期", investment: 2.0 * YI, start: "2026-06-01", end: "2027-10-31" },
    ],
  },
  {
    zone: "yucheng",
    name: "“双创”综合体项目",
    enterprise: "虞城高新区木兰科技发展投资有限公司",
    unit: "service",
    category: "publicService",
    type: "continued",
    total: 2.8 * YI,
    stage: "construction",
    start: "2025-05-08",
    secretary: true,
  },
  {
    zone: "yucheng",
    name: "国家级科技企业孵化器项目",
    enterprise: "虞城高新区木兰科技发展投资有限公司",
    unit: "service",
    category: "publicService",
    type: "continued",
    total: 1.5 * YI,
    stage: "completed",
  },
  {
    zone: "yucheng",
    name: "电子商务园项目",
    enterprise: null,
    unit: "dept-commerce",
    category: "publicService",
    type: "new",
    total: 8000 * WAN,
    stage: "production",
  },
  {
    zone: "yucheng",
    name: "金豆子芽菜扩能项目",
    enterprise: "河南金豆子芽菜食品有限公司",
    unit: "town-chengjiao",
    category: "industry",
    type: "expansion",
    total: 1.2 * YI,
    stage: "production",
    industryCode: "1371",
  },
  {
    zone: "yucheng",
    name: "乔治白服饰智能化技术改造项目",
    enterprise: "虞城乔治白服饰有限公司",
    unit: "dept-industry",
    category: "industry",
    type: "renovation",
    total: 1.6 * YI,
    stage: "construction",
    industryCode: "1811",
    secretary: true,
  },
  {
    zone: "yucheng",
    name: "汇丰棉业纺纱生产线技术改造项目",
    enterprise: "虞城县汇丰棉业有限公司",
    unit: "town-shaogang",
    category: "industry",
    type: "renovation",
    total: 6500 * WAN,
    stage: "completed",
    industryCode: "1711",
  },
  {
    zone: "yucheng",
    name: "商丘保税物流中心二期项目",
    enterprise: "商丘保税物流中心有限公司",
    unit: "dept-commerce",
    category: "industry",
    type: "new",
    total: 4.5 * YI,
    stage: "preparation",
  },

  // 确山 (seed 002)
  {
    zone: "queshan",
    name: "天源国际物流产业园项目",
    enterprise: "确山天源国际物流有限公司",
    unit: "investment",
    category: "industry",
    type: "continued",
    total: 20 * YI,
    stage: "construction",
    start: "2025-06-18",
    secretary: true,
    content: "山东临沂顺和集团投资建设，含仓储物流区、电商快递分拨中心、冷链及商贸配套。",
  },
  {
    zone: "queshan",
    name: "步阳门业中部门都智能制造产业园项目",
    enterprise: "确山步阳门业有限公司",
    unit: "economy",
    category: "industry",
    type: "new",
    total: 6 * YI,
    stage: "construction",
    start: "2026-03-18",
    industryCode: "3353",
    secretary: true,
  },
  {
    zone: "queshan",
    name: "索福门业年产30万樘智能门项目",
    enterprise: "确山索福门业有限公司",
    unit: "economy",
    category: "industry",
    type: "new",
    total: 3.2 * YI,
    stage: "construction",
    start: "2026-08-26",
    industryCode: "2032",
    secretary: true,
  },
  {
    zone: "queshan",
    name: "“中部门都”门业产业园标准化厂房项目",
    enterprise: null,
    unit: "street-langling",
    category: "infrastructure",
    type: "continued",
    total: 4.8 * YI,
    stage: "construction",
    start: "2025-04-12",
    profile: "behind",
    secretary: true,
  },
  {
    zone: "queshan",
    name: "门业质量检测中心项目",
    enterprise: null,
    unit: "service",
    category: "publicService",
    type: "new",
    total: 8000 * WAN,
    stage: "preparation",
  },
  {
    zone: "queshan",
    name: "泛华新型建材扩能项目",
    enterprise: "确山泛华新型建材有限公司",
    unit: "economy",
    category: "industry",
    type: "expansion",
    total: 1.5 * YI,
    stage: "completed",
  },
  {
    zone: "queshan",
    name: "惠洁管业生产线技术改造项目",
    enterprise: "河南惠洁管业有限公司",
    unit: "service",
    category: "industry",
    type: "renovation",
    total: 9000 * WAN,
    stage: "construction",
  },
  {
    zone: "queshan",
    name: "鼎复康医药新建生产基地项目",
    enterprise: "河南鼎复康医药科技有限公司",
    unit: "investment",
    category: "industry",
    type: "new",
    total: 2.2 * YI,
    stage: "signed",
  },
  {
    zone: "queshan",
    name: "全宇生物扩能项目",
    enterprise: "河南全宇生物科技有限公司",
    unit: "economy",
    category: "industry",
    type: "expansion",
    total: 1.1 * YI,
    stage: "production",
  },

  // 襄阳 (seed 004)
  {
    zone: "xiangyang",
    name: "汉江流域检测认证中心项目",
    enterprise: "湖北汉江流域检测认证有限公司",
    unit: "street-zizhen",
    category: "industry",
    type: "continued",
    total: 15 * YI,
    stage: "construction",
    start: "2024-05-20",
    industryCode: "7452",
    content: "集设计孵化、检测认证、标准研修、培训考试、会展会务五大功能平台于一体，建设27万平方米检测大楼。",
  },
  {
    zone: "xiangyang",
    name: "华越汽车零部件整车装配及特种汽车改装项目",
    enterprise: "湖北华越汽车零部件有限公司",
    unit: "town-tuanshan",
    category: "industry",
    type: "expansion",
    total: 3.5 * YI,
    stage: "production",
    industryCode: "3670",
    content: "整车装配、特种汽车改装、尼龙管、快插接头及车身等车间投入批量生产。",
  },
  {
    zone: "xiangyang",
    name: "美洋汽车零部件智能化技术改造项目",
    enterprise: "襄阳美洋汽车零部件有限公司",
    unit: "town-mizhuang",
    category: "industry",
    type: "renovation",
    total: 1.8 * YI,
    stage: "construction",
  },
  {
    zone: "xiangyang",
    name: "雅致集成房屋新建生产基地项目",
    enterprise: "襄阳雅致集成房屋有限公司",
    unit: "street-qilihe",
    category: "industry",
    type: "new",
    total: 2.6 * YI,
    stage: "construction",
  },
  {
    zone: "xiangyang",
    name: "汇尔杰机械扩能项目",
    enterprise: "襄阳汇尔杰机械有限公司",
    unit: "town-tuanshan",
    category: "industry",
    type: "expansion",
    total: 7500 * WAN,
    stage: "construction",
  },

  // 延吉 (seed 003): one project, two phases.
  {
    zone: "yanji",
    name: "可喜安集团科技大厦暨医疗器械新厂项目",
    enterprise: "延吉可喜安医疗器械有限公司",
    unit: "economy",
    category: "industry",
    type: "continued",
    total: 5 * YI,
    stage: "construction",
    start: "2024-08-15",
    industryCode: "3584",
    content: "建设科技研发中心、医疗器械新厂及集团科技大厦，占地42万平方米；一期竣工后试生产，预计年产值2亿元。",
    phases: [
      { name: "一期（科技研发中心及医疗器械新厂）", investment: 1.2 * YI, start: "2024-08-15", end: "2025-11-30" },
      { name: "二期（集团科技大厦）", investment: 3.8 * YI, start: "2026-05-15", end: "2028-06-30" },
    ],
  },
  {
    zone: "heze",
    name: "纳米晶新材料产业化项目",
    enterprise: "菏泽纳米晶新材料有限公司",
    unit: "economy",
    category: "industry",
    type: "continued",
    total: 3 * YI,
    stage: "construction",
  },
  {
    zone: "heze",
    name: "天和铜箔高性能电解铜箔项目",
    enterprise: "山东天和铜箔科技有限公司",
    unit: "investment",
    category: "industry",
    type: "new",
    total: 12 * YI,
    stage: "construction",
  },
  {
    zone: "heze",
    name: "安固强石墨烯材料生产线项目",
    enterprise: "山东安固强石墨烯科技有限公司",
    unit: "economy",
    category: "industry",
    type: "new",
    total: 2 * YI,
    stage: "preparation",
  },
  {
    zone: "heze",
    name: "步长制药智能化技术改造项目",
    enterprise: "山东步长制药股份有限公司",
    unit: "service",
    category: "industry",
    type: "renovation",
    total: 1.4 * YI,
    stage: "production",
  },
  {
    zone: "yuxi",
    name: "升华电梯西南生产运营中心项目",
    enterprise: "云南升华电梯有限公司",
    unit: "dept-smart-manufacturing",
    category: "industry",
    type: "new",
    total: 2.5 * YI,
    stage: "construction",
  },
  {
    zone: "yuxi",
    name: "玉溪高新区龙泉片区标准厂房项目",
    enterprise: null,
    unit: "company-longyuan",
    category: "infrastructure",
    type: "continued",
    total: 4.2 * YI,
    stage: "completed",
  },
  {
    zone: "dashan",
    name: "中原智慧冷链物流园项目",
    enterprise: "大善中原智慧冷链物流有限公司",
    unit: "investment",
    category: "industry",
    type: "new",
    total: 3.8 * YI,
    stage: "construction",
  },
  {
    zone: "dashan",
    name: "天鑫新能源储能材料项目",
    enterprise: "河南天鑫新能源科技有限公司",
    unit: "economy",
    category: "industry",
    type: "new",
    total: 1.6 * YI,
    stage: "signed",
  },
  {
    zone: "xiamen",
    name: "美亚柏科电子数据取证研发中心项目",
    enterprise: "厦门美亚柏科信息股份有限公司",
    unit: "economy",
    category: "industry",
    type: "new",
    total: 2.4 * YI,
    stage: "construction",
  },
  {
    zone: "shihezi",
    name: "张裕巴保男爵酒庄扩建项目",
    enterprise: "新疆张裕巴保男爵酒庄有限公司",
    unit: "economy",
    category: "industry",
    type: "expansion",
    total: 6000 * WAN,
    stage: "construction",
  },
  {
    zone: "chuxiong",
    name: "龙发制药中药提取生产线技术改造项目",
    enterprise: "云南龙发制药股份有限公司",
    unit: "economy",
    category: "industry",
    type: "renovation",
    total: 8500 * WAN,
    stage: "completed",
  },
];

export const ZONE_PROJECT_PLANS: ZoneProjectPlan[] = [
  {
    zone: "yucheng",
    prefix: "YC",
    count: 60,
    mega: 3,
    large: 15,
    units: ["economy", "investment", "service", "dept-projects", "dept-industry", "town-shaogang", "town-chengjiao"],
    publicUnits: ["company-mulan", "company-yiyin", "dept-development", "town-chengjiao"],
    center: [34.4, 115.86],
    deputies: ["刘建设", "韩志军"],
    secretaries: ["yucheng-secretary"],
    publicWorks: [
      { name: "高新区纬三路道路工程", category: "infrastructure" },
      { name: "高新区110千伏变电站项目", category: "infrastructure" },
      { name: "高新区污水处理厂提标改造工程", category: "infrastructure" },
      { name: "高新区人才公寓项目", category: "publicService" },
      { name: "五金工量具检测中心项目", category: "publicService" },
      { name: "高新区集中供热管网工程", category: "infrastructure" },
    ],
  },
  {
    zone: "queshan",
    prefix: "QS",
    count: 40,
    mega: 1,
    large: 12,
    units: ["economy", "investment", "service", "street-langling"],
    publicUnits: ["street-langling", "economy"],
    center: [32.8, 114.03],
    deputies: ["孙长青", "黄国庆"],
    secretaries: ["queshan-secretary"],
    publicWorks: [
      { name: "产业集聚区盘龙大道东延工程", category: "infrastructure" },
      { name: "朗陵街道雨污分流改造工程", category: "infrastructure" },
      { name: "产业集聚区职工公寓项目", category: "publicService" },
      { name: "门业产业园天然气管网工程", category: "infrastructure" },
    ],
    batches: [
      { name: "2025年第四季度重点项目集中开工", heldOn: "2025-11-12" },
      { name: "2026年第一批重点项目集中开工", heldOn: "2026-03-18" },
      { name: "2026年第二季度重点项目集中开工", heldOn: "2026-05-20" },
      { name: "2026年第三季度重点项目集中开工", heldOn: "2026-08-26" },
    ],
  },
  {
    zone: "xiangyang",
    prefix: "XY",
    count: 60,
    mega: 3,
    large: 22,
    // 52:27:50:16 of 145, scaled to 60 (named ones included).
    types: { new: 21, continued: 11, renovation: 21, expansion: 7 },
    units: ["town-tuanshan", "town-mizhuang", "street-zizhen", "street-qilihe", "economy", "investment", "service"],
    publicUnits: ["town-tuanshan", "street-zizhen", "economy"],
    center: [32.07, 112.12],
    deputies: ["陈宏伟", "余晓明"],
    publicWorks: [
      { name: "高新区汽车零部件产业园配套道路工程", category: "infrastructure" },
      { name: "团山镇标准化厂房项目", category: "infrastructure" },
      { name: "七里河片区公共服务中心项目", category: "publicService" },
      { name: "新能源汽车检测公共服务平台项目", category: "publicService" },
    ],
  },
];

/** Zone centres for the named projects of the other zones. */
export const OTHER_CENTERS: Record<string, [number, number]> = {
  yanji: [42.9, 129.51],
  heze: [35.23, 115.48],
  yuxi: [24.35, 102.54],
  dashan: [35.26, 113.66],
  xiamen: [24.48, 118.18],
  shihezi: [44.3, 86.03],
  chuxiong: [25.03, 101.55],
};
