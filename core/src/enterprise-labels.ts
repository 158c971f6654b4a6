/** Chinese and English names of the enterprise registry's terms and fields. */
type Labels = Record<string, { "zh-CN": string; "en-US": string }>;
const l = (zh: string, en: string) => ({ "zh-CN": zh, "en-US": en });

export const OWNERSHIP_LABELS: Labels = {
  state: l("国有", "State-owned"),
  collective: l("集体", "Collective"),
  private: l("私营", "Private"),
  hkMacauTaiwan: l("港澳台投资", "HK/Macao/Taiwan-invested"),
  foreign: l("外商投资", "Foreign-invested"),
  jointStock: l("股份制", "Joint-stock"),
  other: l("其他", "Other"),
};

export const ENTERPRISE_STATUS_LABELS: Labels = {
  operating: l("在营", "Operating"),
  suspended: l("停产", "Suspended"),
  cancelled: l("注销", "Deregistered"),
  movedOut: l("迁出", "Moved out"),
};

export const SCALE_KIND_LABELS: Labels = {
  industry: l("规上工业", "Above-scale industry"),
  trade: l("限上批零住餐", "Above-quota trade & catering"),
  service: l("规上服务业", "Above-scale services"),
  construction: l("资质建筑业", "Qualified construction"),
  realEstate: l("房地产开发", "Real-estate development"),
  fourAbove: l("四上企业", "“Four-above” enterprises"),
};

export const QUALIFICATION_LABELS: Labels = {
  hitech: l("高新技术企业", "High-tech enterprise"),
  techSme: l("科技型中小企业", "Tech-based SME"),
  innovativeSme: l("创新型中小企业", "Innovative SME"),
  srdiSme: l("专精特新中小企业", "Specialised SME (SRDI)"),
  srdiProvincial: l("省级专精特新", "Provincial SRDI"),
  littleGiant: l("专精特新“小巨人”", "SRDI “little giant”"),
  gazelle: l("瞪羚企业", "Gazelle"),
  listed: l("上市企业", "Listed"),
  listingReserve: l("上市后备", "Listing reserve"),
};

export const BOARD_LABELS: Labels = {
  shMain: l("沪主板", "Shanghai main board"),
  szMain: l("深主板", "Shenzhen main board"),
  chinext: l("创业板", "ChiNext"),
  star: l("科创板", "STAR Market"),
  bse: l("北交所", "Beijing Stock Exchange"),
  neeq: l("新三板", "NEEQ"),
  hk: l("港股", "Hong Kong"),
  overseas: l("境外", "Overseas"),
};

export const PLATFORM_KIND_LABELS: Labels = {
  engineeringCenter: l("工程技术研究中心", "Engineering research centre"),
  techCenter: l("企业技术中心", "Enterprise technology centre"),
  keyLab: l("重点实验室", "Key laboratory"),
  academicianStation: l("院士工作站", "Academician workstation"),
  incubator: l("孵化器", "Incubator"),
  makerSpace: l("众创空间", "Maker space"),
};

export const PARTY_FORM_LABELS: Labels = {
  standalone: l("单独建立", "Own branch"),
  joint: l("联合建立", "Joint branch"),
  affiliated: l("挂靠建立", "Affiliated"),
  building: l("楼宇党组织", "Building branch"),
};

export const SEGMENT_LABELS: Labels = {
  upstream: l("上游", "Upstream"),
  midstream: l("中游", "Midstream"),
  downstream: l("下游", "Downstream"),
};

export const RUNG_LABELS: Labels = {
  individual: l("个体户", "Individual business"),
  enterprise: l("企业", "Enterprise"),
  aboveScale: l("规上企业", "Above-scale"),
  jointStock: l("股份制企业", "Joint-stock company"),
  listed: l("挂牌/上市", "Listed"),
};

export const ENTERPRISE_FIELD_LABELS: Labels = {
  creditCode: l("统一社会信用代码", "Credit code"),
  formerNames: l("曾用名", "Former names"),
  legalRepresentative: l("法定代表人", "Legal representative"),
  registeredCapitalYuan: l("注册资本", "Registered capital"),
  establishedOn: l("成立日期", "Established on"),
  address: l("地址", "Address"),
  industryCode: l("所属行业", "Industry"),
  ownership: l("经济类型", "Ownership"),
  employees: l("从业人员", "Employees"),
  landMu: l("占地面积", "Land"),
  contactName: l("联系人", "Contact"),
  contactPhone: l("联系电话", "Contact phone"),
  liaisonUserId: l("包保干部", "Liaison cadre"),
  cluster: l("主导产业集群", "Leading cluster"),
  rung: l("培育梯次", "Cultivation rung"),
  startedOn: l("起始日期", "Started on"),
  endedOn: l("终止日期", "Ended on"),
  certificateNo: l("证书编号", "Certificate no."),
  issuedOn: l("发证日期", "Issued on"),
  board: l("上市板块", "Board"),
  stockCode: l("证券代码", "Stock code"),
  tier: l("梯队", "Tier"),
  note: l("备注", "Note"),
  segment: l("环节", "Segment"),
  keyProducts: l("关键产品", "Key products"),
  technologies: l("关键技术", "Key technologies"),
  description: l("说明", "Description"),
  members: l("党员人数", "Party members"),
  secretary: l("书记", "Secretary"),
  instructor: l("党建指导员", "Party instructor"),
  target: l("目标数", "Target"),
  year: l("年度", "Year"),
};
