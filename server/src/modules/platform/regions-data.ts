/**
 * The GB/T 2260 divisions shipped with the platform: every provincial-level division, and the cities and
 * counties the zones on record lie in. Loaded at every start (new codes are added, none removed).
 */
/** A GB/T 2260 division; level and parent follow from the code (PP0000 province, PPCC00 city, else county). */
export interface RegionEntry {
  code: string;
  name: string;
}

export const REGIONS: RegionEntry[] = [
  { code: "110000", name: "北京市" },
  { code: "120000", name: "天津市" },
  { code: "130000", name: "河北省" },
  { code: "140000", name: "山西省" },
  { code: "150000", name: "内蒙古自治区" },
  { code: "210000", name: "辽宁省" },
  { code: "220000", name: "吉林省" },
  { code: "222400", name: "延边朝鲜族自治州" },
  { code: "222401", name: "延吉市" },
  { code: "230000", name: "黑龙江省" },
  { code: "310000", name: "上海市" },
  { code: "320000", name: "江苏省" },
  { code: "330000", name: "浙江省" },
  { code: "340000", name: "安徽省" },
  { code: "350000", name: "福建省" },
  { code: "350200", name: "厦门市" },
  { code: "350206", name: "湖里区" },
  { code: "360000", name: "江西省" },
  { code: "370000", name: "山东省" },
  { code: "371700", name: "菏泽市" },
  { code: "371702", name: "牡丹区" },
  { code: "410000", name: "河南省" },
  { code: "410700", name: "新乡市" },
  // Seed 001 calls its county 大善县, which is not a real county; the zone it describes (中原智慧冷链物流园,
  // 花溪科技 as 新乡市's first 北交所 listing, 国家骨干冷链物流基地 2023) is the one in 获嘉县, 新乡市.
  { code: "410724", name: "获嘉县" },
  { code: "411400", name: "商丘市" },
  { code: "411425", name: "虞城县" },
  { code: "411700", name: "驻马店市" },
  { code: "411725", name: "确山县" },
  { code: "420000", name: "湖北省" },
  { code: "420600", name: "襄阳市" },
  { code: "420606", name: "樊城区" },
  { code: "430000", name: "湖南省" },
  { code: "440000", name: "广东省" },
  { code: "450000", name: "广西壮族自治区" },
  { code: "460000", name: "海南省" },
  { code: "500000", name: "重庆市" },
  { code: "510000", name: "四川省" },
  { code: "520000", name: "贵州省" },
  { code: "530000", name: "云南省" },
  { code: "530400", name: "玉溪市" },
  { code: "530402", name: "红塔区" },
  { code: "532300", name: "楚雄彝族自治州" },
  { code: "532301", name: "楚雄市" },
  { code: "540000", name: "西藏自治区" },
  { code: "610000", name: "陕西省" },
  { code: "620000", name: "甘肃省" },
  { code: "630000", name: "青海省" },
  { code: "640000", name: "宁夏回族自治区" },
  { code: "650000", name: "新疆维吾尔自治区" },
  // 石河子市 is a county-level city directly under the autonomous region; GB/T 2260 groups such cities under 659000.
  { code: "659000", name: "自治区直辖县级行政区划" },
  { code: "659001", name: "石河子市" },
  { code: "710000", name: "台湾省" },
  { code: "810000", name: "香港特别行政区" },
  { code: "820000", name: "澳门特别行政区" },
];
