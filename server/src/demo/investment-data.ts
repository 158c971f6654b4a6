/**
 * Investment-attraction demo facts from the field reports. 确山 (seed 002): 28 signed projects worth 105.6亿 and
 * 30 in negotiation worth 82.94亿, the signings with 泛华集团 and 河南省国土投资中心 (Beijing), 步阳 and 索福 with
 * 23 door makers (永康), 顺和集团's 天源国际物流产业园 (临沂), and the 驻马店(确山)—长三角(永康) promotion. 大善
 * (seed 001): 100+ activities, ~70 receptions, 20+ outbound trips to 北京、上海、天津、广东、江苏、浙江、四川、安徽.
 * 菏泽 (seed 003): 全员招商 targets for every department, the 项目落地审查委员会 and its "四不要", 31 projects over
 * 1亿 (安泰生物科技, 纳米晶新材料 named) worth 227亿. 虞城 (seed 000): 合同履约率、资金到位率、项目开工率 watched
 * for the signed projects. Other investor names, people and figures are invented to fill the totals.
 */

/** Amounts in 百万元 (10⁶ yuan), so totals add up exactly. */
export const QUESHAN_SIGNED_TOTAL = 10_560; // 105.6亿
export const QUESHAN_SIGNED_COUNT = 28;
export const QUESHAN_NEGOTIATING_TOTAL = 8_294; // 82.94亿
export const QUESHAN_NEGOTIATING_COUNT = 30;
export const HEZE_LARGE_TOTAL = 22_700; // 227亿
export const HEZE_LARGE_COUNT = 31;

export interface NamedLead {
  investor: string;
  project: string;
  /** 百万元 */
  amount: number;
  unit: string;
  industryCode: string;
  hq: string;
  source: "businessReferral" | "resident" | "entrusted" | "exhibition" | "platform" | "professional" | "other";
  kind?: "framework" | "formal";
  /** An existing demo project (and its enterprise) this lead became. */
  projectName?: string;
  enterpriseName?: string;
  listed?: boolean;
  content?: string;
}

export const QUESHAN_NAMED_SIGNED: NamedLead[] = [
  {
    investor: "顺和集团有限公司",
    project: "天源国际物流产业园项目",
    amount: 2_000,
    unit: "investment",
    industryCode: "5920",
    hq: "山东省临沂市",
    source: "businessReferral",
    projectName: "天源国际物流产业园项目",
    enterpriseName: "确山天源国际物流有限公司",
    content: "仓储物流区、电商快递分拨中心、冷链及商贸配套。",
  },
  {
    investor: "泛华集团有限公司",
    project: "新兴建材产业园",
    amount: 1_500,
    unit: "investment",
    industryCode: "3021",
    hq: "北京市",
    source: "professional",
    kind: "framework",
    content: "战略合作协议：建材产业转型升级，打造新兴建材产业园。",
  },
  {
    investor: "河南省国土投资中心",
    project: "新兴建材产业园土地整理及配套",
    amount: 800,
    unit: "investment",
    industryCode: "4819",
    hq: "河南省郑州市",
    source: "platform",
    kind: "framework",
  },
  {
    investor: "步阳集团有限公司",
    project: "步阳门业中部门都智能制造产业园项目",
    amount: 600,
    unit: "investment",
    industryCode: "3353",
    hq: "浙江省永康市",
    source: "businessReferral",
    projectName: "步阳门业中部门都智能制造产业园项目",
    enterpriseName: "确山步阳门业有限公司",
  },
  {
    investor: "索福门业有限公司",
    project: "索福门业年产30万樘智能门项目",
    amount: 320,
    unit: "investment",
    industryCode: "2032",
    hq: "浙江省永康市",
    source: "businessReferral",
    projectName: "索福门业年产30万樘智能门项目",
    enterpriseName: "确山索福门业有限公司",
  },
];

/** 永康 door makers among the 23 cooperation agreements (names invented). */
export const YONGKANG_DOOR_MAKERS = [
  "鑫途",
  "恒嘉",
  "铂晟",
  "金阙",
  "瑞安达",
  "华铠",
  "卓邦",
  "顺迈",
  "宏锦",
  "德弘",
  "安立信",
  "尚品居",
  "固丰",
  "雅戈门",
  "天鼎",
  "佳和",
  "盛泰",
  "荣御",
  "联晟",
  "福臻",
  "凯维",
  "正洋",
  "百安",
];

/** 门产业 环链 suppliers and the zone's other chains, for the 30 negotiations. */
export const QUESHAN_NEGOTIATING_IDEAS: { what: string; industryCode: string; hq: string }[] = [
  { what: "门业冷轧带钢", industryCode: "3130", hq: "江苏省无锡市" },
  { what: "门框型材", industryCode: "3351", hq: "浙江省永康市" },
  { what: "智能门锁", industryCode: "3351", hq: "广东省中山市" },
  { what: "门用钢化玻璃", industryCode: "3042", hq: "安徽省蚌埠市" },
  { what: "门业自动化成型装备", industryCode: "3423", hq: "浙江省台州市" },
  { what: "门业五金配件", industryCode: "3351", hq: "浙江省永康市" },
  { what: "门业粉末涂料", industryCode: "2641", hq: "江苏省常州市" },
  { what: "装配式建筑构件", industryCode: "3022", hq: "河南省郑州市" },
  { what: "环保墙材", industryCode: "3031", hq: "湖北省武汉市" },
  { what: "商品混凝土", industryCode: "3021", hq: "河南省驻马店市" },
  { what: "生物饲料添加剂", industryCode: "1329", hq: "山东省潍坊市" },
  { what: "生物农药", industryCode: "2631", hq: "江苏省南京市" },
  { what: "冷链仓储", industryCode: "5930", hq: "山东省临沂市" },
  { what: "电商快递分拨", industryCode: "6020", hq: "浙江省杭州市" },
  { what: "门窗密封件", industryCode: "2913", hq: "河北省衡水市" },
];

export const HEZE_NAMED: NamedLead[] = [
  {
    investor: "安泰生物科技有限公司",
    project: "安泰生物医药产业化项目",
    amount: 1_200,
    unit: "investment",
    industryCode: "2761",
    hq: "北京市",
    source: "professional",
  },
  {
    investor: "纳米晶新材料科技有限公司",
    project: "纳米晶软磁材料项目",
    amount: 850,
    unit: "investment",
    industryCode: "3985",
    hq: "江苏省苏州市",
    source: "businessReferral",
  },
];

export const HEZE_IDEAS: { what: string; industryCode: string; hq: string }[] = [
  { what: "中药配方颗粒", industryCode: "2740", hq: "陕西省西安市" },
  { what: "医疗器械", industryCode: "3581", hq: "广东省深圳市" },
  { what: "石墨烯导热膜", industryCode: "3985", hq: "江苏省常州市" },
  { what: "电子铜箔", industryCode: "3251", hq: "江西省鹰潭市" },
  { what: "生物肽", industryCode: "1495", hq: "山东省济南市" },
  { what: "健康食品", industryCode: "1491", hq: "上海市" },
  { what: "冷链物流园", industryCode: "5930", hq: "山东省青岛市" },
  { what: "通用航空零部件", industryCode: "3749", hq: "天津市" },
];

/** 大善's trips: the provinces and cities named in the report. */
export const DASHAN_DESTINATIONS = [
  "北京",
  "上海",
  "天津",
  "广州",
  "深圳",
  "南京",
  "苏州",
  "杭州",
  "宁波",
  "成都",
  "合肥",
];
export const DASHAN_IDEAS: { what: string; industryCode: string; hq: string }[] = [
  { what: "精细化工新材料", industryCode: "2614", hq: "江苏省南京市" },
  { what: "冷链食品加工", industryCode: "1353", hq: "山东省青岛市" },
  { what: "冷链仓储配送中心", industryCode: "5930", hq: "广东省广州市" },
  { what: "智能装备", industryCode: "3491", hq: "浙江省杭州市" },
  { what: "原料药", industryCode: "2710", hq: "四川省成都市" },
  { what: "汽车零部件", industryCode: "3670", hq: "安徽省合肥市" },
];

export const YUCHENG_TOWN_IDEAS: { what: string; industryCode: string; hq: string }[] = [
  { what: "五金工量具", industryCode: "3321", hq: "浙江省金华市" },
  { what: "钢卷尺", industryCode: "3321", hq: "江苏省常州市" },
  { what: "食品加工", industryCode: "1469", hq: "河南省郑州市" },
  { what: "纺织服装", industryCode: "1811", hq: "福建省泉州市" },
];

/** Leader and committee names invented for the votes (not the platform's accounts). */
export const COMMITTEE = ["管委会主任", "分管副主任", "经济发展局局长", "自然资源分局局长", "生态环境分局局长"];
