/**
 * Demo platform data: the regions, zones, organisation units and accounts of the ten development zones named
 * in the field reports (seeds 000–004). Zone names, kinds, levels, areas, leading industries, dates and the
 * units the reports name are taken from them; people's names and phone numbers are invented.
 */

export interface DemoUnit {
  key: string;
  name: string;
  kind: "committee" | "bureau" | "town" | "street" | "department" | "company";
  parentKey: string | null;
  leaderName?: string;
  sort: number;
}

export interface DemoZone {
  key: string;
  name: string;
  shortName: string;
  kind: "hitech" | "econ" | "cluster" | "manufacturing" | "bonded" | "other";
  level: "national" | "provincial" | "municipal";
  regionCode: string;
  plannedAreaKm2: string | null;
  builtAreaKm2: string | null;
  leadingIndustries: string[];
  approvedOn: string | null;
  upgradedOn: string | null;
  units: DemoUnit[];
}

export interface DemoUser {
  username: string;
  name: string;
  phone: string | null;
  zoneKey: string | null;
  unitKey: string | null;
  regionCode: string | null;
  roleCodes: string[];
}

/** The 管委会 and its five bureaus, the structure every zone in the reports shares (sort 1–6). */
function committeeWithBureaus(committeeName: string, leaderName: string): DemoUnit[] {
  return [
    { key: "committee", name: committeeName, kind: "committee", parentKey: null, leaderName, sort: 1 },
    { key: "office", name: "党政办", kind: "bureau", parentKey: "committee", sort: 2 },
    { key: "economy", name: "经济发展局", kind: "bureau", parentKey: "committee", sort: 3 },
    { key: "investment", name: "招商局", kind: "bureau", parentKey: "committee", sort: 4 },
    { key: "service", name: "企业服务局", kind: "bureau", parentKey: "committee", sort: 5 },
    { key: "approval", name: "行政审批局", kind: "bureau", parentKey: "committee", sort: 6 },
  ];
}

export const DEMO_ZONES: DemoZone[] = [
  {
    key: "yucheng",
    name: "虞城县高新技术产业开发区",
    shortName: "虞城高新区",
    kind: "hitech",
    level: "provincial",
    regionCode: "411425",
    plannedAreaKm2: null,
    builtAreaKm2: "8.6",
    leadingIndustries: ["装备制造", "纺织服装", "食品加工"],
    // Seed 000: in June 2016 the province had just approved the zone (省里刚批建).
    approvedOn: "2016-06-01",
    upgradedOn: null,
    units: [
      ...committeeWithBureaus("虞城县高新技术产业开发区管理委员会", "李国强"),
      {
        key: "company-mulan",
        name: "虞城高新区木兰科技发展投资有限公司",
        kind: "company",
        parentKey: "committee",
        sort: 7,
      },
      { key: "company-yiyin", name: "虞城县伊尹发展投资有限公司", kind: "company", parentKey: null, sort: 8 },
      { key: "town-shaogang", name: "稍岗镇", kind: "town", parentKey: null, sort: 9 },
      { key: "town-chengjiao", name: "城郊乡", kind: "town", parentKey: null, sort: 10 },
      { key: "dept-projects", name: "虞城县大项目管理中心", kind: "department", parentKey: null, sort: 11 },
      { key: "dept-development", name: "虞城县发展和改革委员会", kind: "department", parentKey: null, sort: 12 },
      { key: "dept-industry", name: "虞城县工业和信息化局", kind: "department", parentKey: null, sort: 13 },
      { key: "dept-commerce", name: "虞城县商务局", kind: "department", parentKey: null, sort: 14 },
    ],
  },
  {
    key: "dashan",
    name: "大善县先进制造业开发区",
    shortName: "大善开发区",
    kind: "manufacturing",
    level: "provincial",
    regionCode: "410724",
    plannedAreaKm2: "13.15",
    builtAreaKm2: null,
    leadingIndustries: ["现代化工", "装备制造", "生物医药", "冷链物流"],
    approvedOn: null,
    upgradedOn: null,
    units: [
      ...committeeWithBureaus("大善县先进制造业开发区管理委员会", "谢志远"),
      { key: "dept-finance", name: "大善县金融工作局", kind: "department", parentKey: null, sort: 7 },
    ],
  },
  {
    key: "queshan",
    name: "确山县产业集聚区",
    shortName: "确山产业集聚区",
    kind: "cluster",
    level: "provincial",
    regionCode: "411725",
    plannedAreaKm2: null,
    builtAreaKm2: null,
    leadingIndustries: ["门业", "建材", "生物科技", "现代物流"],
    approvedOn: null,
    upgradedOn: null,
    units: [
      ...committeeWithBureaus("确山县产业集聚区管理委员会", "马永刚"),
      // Seed 002: the committee and 朗陵街道办事处 work as one (套合发展).
      { key: "street-langling", name: "朗陵街道办事处", kind: "street", parentKey: "committee", sort: 7 },
    ],
  },
  {
    key: "heze",
    name: "菏泽高新技术产业开发区",
    shortName: "菏泽高新区",
    kind: "hitech",
    level: "provincial",
    regionCode: "371702",
    plannedAreaKm2: null,
    builtAreaKm2: null,
    leadingIndustries: ["生物医药", "新材料", "健康食品"],
    approvedOn: null,
    upgradedOn: null,
    units: committeeWithBureaus("菏泽高新技术产业开发区管理委员会", "唐立新"),
  },
  {
    key: "shihezi",
    name: "石河子高新技术产业开发区",
    shortName: "石河子高新区",
    kind: "hitech",
    level: "national",
    regionCode: "659001",
    plannedAreaKm2: null,
    builtAreaKm2: null,
    leadingIndustries: ["信息技术及互联网", "生命健康", "节能环保", "装备制造", "现代服务业"],
    approvedOn: null,
    // Seed 003: upgraded to a national high-tech zone by the State Council in 2013.
    upgradedOn: "2013-01-01",
    units: committeeWithBureaus("石河子高新技术产业开发区管理委员会", "许卫东"),
  },
  {
    key: "chuxiong",
    name: "楚雄高新技术产业开发区",
    shortName: "楚雄高新区",
    kind: "hitech",
    level: "national",
    regionCode: "532301",
    plannedAreaKm2: null,
    builtAreaKm2: null,
    leadingIndustries: ["生物医药", "绿色食品", "装备制造", "新材料", "现代商贸物流"],
    approvedOn: null,
    upgradedOn: null,
    units: committeeWithBureaus("楚雄高新技术产业开发区管理委员会", "普文华"),
  },
  {
    key: "yanji",
    name: "延吉高新技术产业开发区",
    shortName: "延吉高新区",
    kind: "hitech",
    level: "national",
    regionCode: "222401",
    plannedAreaKm2: null,
    builtAreaKm2: null,
    leadingIndustries: ["医药健康", "医疗器械", "绿色食品"],
    approvedOn: null,
    upgradedOn: null,
    units: committeeWithBureaus("延吉高新技术产业开发区管理委员会", "朴成浩"),
  },
  {
    key: "xiangyang",
    name: "襄阳高新技术产业开发区",
    shortName: "襄阳高新区",
    kind: "hitech",
    level: "national",
    regionCode: "420606",
    plannedAreaKm2: null,
    builtAreaKm2: null,
    leadingIndustries: ["汽车及零部件", "新能源汽车", "装备制造", "检测认证"],
    approvedOn: null,
    upgradedOn: null,
    units: [
      ...committeeWithBureaus("襄阳高新技术产业开发区管理委员会", "董立军"),
      // Seed 003: the zone's 赛区 are its 园镇, 街道 and 部门; the bureaus above form the 部门 赛区.
      { key: "town-tuanshan", name: "团山镇", kind: "town", parentKey: "committee", sort: 7 },
      { key: "town-mizhuang", name: "米庄镇", kind: "town", parentKey: "committee", sort: 8 },
      { key: "street-zizhen", name: "紫贞街道办事处", kind: "street", parentKey: "committee", sort: 9 },
      { key: "street-qilihe", name: "七里河街道办事处", kind: "street", parentKey: "committee", sort: 10 },
    ],
  },
  {
    key: "xiamen",
    name: "厦门火炬高技术产业开发区",
    shortName: "厦门火炬高新区",
    kind: "hitech",
    level: "national",
    regionCode: "350206",
    plannedAreaKm2: null,
    builtAreaKm2: null,
    leadingIndustries: ["软件和信息服务", "互联网", "平板显示", "计算机与通讯设备"],
    approvedOn: null,
    upgradedOn: null,
    units: committeeWithBureaus("厦门火炬高技术产业开发区管理委员会", "林志明"),
  },
  {
    key: "yuxi",
    name: "玉溪高新技术产业开发区",
    shortName: "玉溪高新区",
    kind: "hitech",
    level: "national",
    regionCode: "530402",
    plannedAreaKm2: null,
    builtAreaKm2: null,
    leadingIndustries: ["生物医药", "电子信息", "装备制造"],
    approvedOn: null,
    upgradedOn: null,
    units: [
      ...committeeWithBureaus("玉溪高新技术产业开发区管理委员会", "李春艳"),
      { key: "company-longyuan", name: "龙源开发建设公司", kind: "company", parentKey: "committee", sort: 7 },
      {
        key: "dept-smart-manufacturing",
        name: "玉溪高新区智能制造产业服务中心",
        kind: "department",
        parentKey: "committee",
        sort: 8,
      },
    ],
  },
];

export const DEMO_USERS: DemoUser[] = [
  {
    username: "admin",
    name: "赵文博",
    phone: null,
    zoneKey: null,
    unitKey: null,
    regionCode: null,
    roleCodes: ["admin"],
  },
  {
    username: "henan-supervisor",
    name: "王淑芬",
    phone: "13803712586",
    zoneKey: null,
    unitKey: null,
    regionCode: "410000",
    roleCodes: ["supervisor"],
  },
  {
    username: "shangqiu-supervisor",
    name: "刘振华",
    phone: "15937062418",
    zoneKey: null,
    unitKey: null,
    regionCode: "411400",
    roleCodes: ["supervisor"],
  },

  // 虞城高新区: one account per persona.
  {
    username: "yucheng-admin",
    name: "张晓燕",
    phone: "13569320417",
    zoneKey: "yucheng",
    unitKey: "committee",
    regionCode: null,
    roleCodes: ["zone-admin"],
  },
  {
    username: "yucheng-leader",
    name: "李国强",
    phone: "13903706152",
    zoneKey: "yucheng",
    unitKey: "committee",
    regionCode: null,
    roleCodes: ["zone-leader"],
  },
  {
    username: "yucheng-investment",
    name: "王磊",
    phone: "15836285073",
    zoneKey: "yucheng",
    unitKey: "investment",
    regionCode: null,
    roleCodes: ["investment-officer"],
  },
  {
    username: "yucheng-economy",
    name: "陈静",
    phone: "18637019264",
    zoneKey: "yucheng",
    unitKey: "economy",
    regionCode: null,
    roleCodes: ["economy-officer"],
  },
  {
    username: "yucheng-service",
    name: "杨帆",
    phone: "13782145390",
    zoneKey: "yucheng",
    unitKey: "service",
    regionCode: null,
    roleCodes: ["service-officer"],
  },
  {
    username: "yucheng-approval",
    name: "赵敏",
    phone: "15290687341",
    zoneKey: "yucheng",
    unitKey: "approval",
    regionCode: null,
    roleCodes: ["approval-officer"],
  },
  {
    username: "yucheng-supervision",
    name: "孙伟",
    phone: "18238572096",
    zoneKey: "yucheng",
    unitKey: "office",
    regionCode: null,
    roleCodes: ["supervision-officer"],
  },
  {
    username: "yucheng-secretary",
    name: "周鹏",
    phone: "13663705528",
    zoneKey: "yucheng",
    unitKey: "town-shaogang",
    regionCode: null,
    roleCodes: ["project-secretary"],
  },
  {
    username: "yucheng-enterprise",
    name: "吴丽娟",
    phone: "15565013847",
    zoneKey: "yucheng",
    unitKey: null,
    regionCode: null,
    roleCodes: ["enterprise-user"],
  },

  // 确山县产业集聚区: one account per persona.
  {
    username: "queshan-admin",
    name: "郑海燕",
    phone: "13939608273",
    zoneKey: "queshan",
    unitKey: "committee",
    regionCode: null,
    roleCodes: ["zone-admin"],
  },
  {
    username: "queshan-leader",
    name: "马永刚",
    phone: "13839652071",
    zoneKey: "queshan",
    unitKey: "committee",
    regionCode: null,
    roleCodes: ["zone-leader"],
  },
  {
    username: "queshan-investment",
    name: "胡志强",
    phone: "15893961452",
    zoneKey: "queshan",
    unitKey: "investment",
    regionCode: null,
    roleCodes: ["investment-officer"],
  },
  {
    username: "queshan-economy",
    name: "朱丽",
    phone: "18839617025",
    zoneKey: "queshan",
    unitKey: "economy",
    regionCode: null,
    roleCodes: ["economy-officer"],
  },
  {
    username: "queshan-service",
    name: "郭亮",
    phone: "13513964780",
    zoneKey: "queshan",
    unitKey: "service",
    regionCode: null,
    roleCodes: ["service-officer"],
  },
  {
    username: "queshan-approval",
    name: "何雪梅",
    phone: "15139683926",
    zoneKey: "queshan",
    unitKey: "approval",
    regionCode: null,
    roleCodes: ["approval-officer"],
  },
  {
    username: "queshan-supervision",
    name: "高建军",
    phone: "18739651308",
    zoneKey: "queshan",
    unitKey: "office",
    regionCode: null,
    roleCodes: ["supervision-officer"],
  },
  {
    username: "queshan-secretary",
    name: "罗明",
    phone: "13462975614",
    zoneKey: "queshan",
    unitKey: "economy",
    regionCode: null,
    roleCodes: ["project-secretary"],
  },
  {
    username: "queshan-enterprise",
    name: "梁红",
    phone: "15239604857",
    zoneKey: "queshan",
    unitKey: null,
    regionCode: null,
    roleCodes: ["enterprise-user"],
  },

  // The other zones' leaders.
  {
    username: "dashan-leader",
    name: "谢志远",
    phone: "13837320948",
    zoneKey: "dashan",
    unitKey: "committee",
    regionCode: null,
    roleCodes: ["zone-leader"],
  },
  {
    username: "heze-leader",
    name: "唐立新",
    phone: "13953062715",
    zoneKey: "heze",
    unitKey: "committee",
    regionCode: null,
    roleCodes: ["zone-leader"],
  },
  {
    username: "shihezi-leader",
    name: "许卫东",
    phone: "13899528364",
    zoneKey: "shihezi",
    unitKey: "committee",
    regionCode: null,
    roleCodes: ["zone-leader"],
  },
  {
    username: "chuxiong-leader",
    name: "普文华",
    phone: "15987801264",
    zoneKey: "chuxiong",
    unitKey: "committee",
    regionCode: null,
    roleCodes: ["zone-leader"],
  },
  {
    username: "yanji-leader",
    name: "朴成浩",
    phone: "13894315027",
    zoneKey: "yanji",
    unitKey: "committee",
    regionCode: null,
    roleCodes: ["zone-leader"],
  },
  {
    username: "xiangyang-leader",
    name: "董立军",
    phone: "18671068935",
    zoneKey: "xiangyang",
    unitKey: "committee",
    regionCode: null,
    roleCodes: ["zone-leader"],
  },
  {
    username: "xiamen-leader",
    name: "林志明",
    phone: "13806052741",
    zoneKey: "xiamen",
    unitKey: "committee",
    regionCode: null,
    roleCodes: ["zone-leader"],
  },
  {
    username: "yuxi-leader",
    name: "李春艳",
    phone: "15808773196",
    zoneKey: "yuxi",
    unitKey: "committee",
    regionCode: null,
    roleCodes: ["zone-leader"],
  },
];
